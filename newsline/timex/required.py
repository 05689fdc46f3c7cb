"""The words a rule cannot match without: a stretch of text lacking all of them is skipped.

Most rules of a grammar find nothing in most texts (holidays, clock times, decades), yet a
regular expression that starts with a word boundary gets no help from Python's regex engine
in skipping ahead: it is tried at every position of every stretch the engine hands it. But a
pattern such as `(?<!\\w)(?:christmas|easter) (?:day|eve)` cannot match where neither
"christmas" nor "easter" occurs, and str.find tells that at C speed. This module reads a rule's
parsed pattern and works out such a set of strings (lower case; every match contains one of
them), or None when it cannot promise one. Lookarounds consume nothing and count as nothing.

The same reading also tells which characters a match can begin with, and makes a guard of
them for patterns that open blind (openings.py; guarded is imported from here too).

Searching the lower-cased text is exact for case-insensitive patterns too, with two caveats
handled here: strings are kept only when made of ASCII letters, digits, punctuation, spaces and
German letters, and a text holding one of the few letters the regex engine folds onto an ASCII
letter that str.lower() does not (dotless ı, long ſ) is not filtered at all (see usable()).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from re import _constants as C  # noqa: N812 - the regex engine's own opcodes
from re import _parser

from newsline.timex.openings import guarded  # noqa: F401 - (callers import it from here)
from newsline.timex.pattern_cache import STORE

_MAX_STRINGS = 48  # strings joined from several items: more are not worth working out
# the alternatives of one branch (a list of holidays): the engine looks for all of a text's
# strings in one pass (windows.occurring) and for a rule's as one prefix tree, so a long
# list costs little more than a short one
_MAX_ALTERNATIVES = 192
_SAFE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 .,:;-/'’&+()[]äöüß")
_FOLDED_ONTO_ASCII = ("ı", "ſ")  # re.IGNORECASE matches them to "i" and "s"; lower() does not


@lru_cache(maxsize=1024)  # (asked for each rule by the one-pass search and by the rule itself)
def required_strings(pattern: str, flags: int) -> tuple[str, ...] | None:
    """Strings one of which occurs (lower-cased) in every match of the pattern, or None."""
    kept = STORE.get("required", pattern, flags, lambda: _required_strings(pattern, flags),
                     lambda v: v is None or isinstance(v, list) and
                     all(isinstance(s, str) for s in v))
    return None if kept is None else tuple(kept)


def _required_strings(pattern: str, flags: int) -> list[str] | None:
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern is re.compile's business
        return None
    required = _sequence(parsed.data)[1]
    if not required or "" in required or not all(set(s) <= _SAFE for s in required):
        return None
    return sorted(required)


def usable(text: str) -> bool:
    """Whether the lower-cased text can be searched for the strings (see the module's note)."""
    return not any(ch in text for ch in _FOLDED_ONTO_ASCII)


def _best(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two requirements: longer shortest string, then fewer strings
    (a set with a character outside _SAFE is none: required_strings would drop it)."""
    candidates = [s for s in (a, b) if s and "" not in s and all(set(x) <= _SAFE for x in s)]
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _joined(a: set[str], b: set[str]) -> set[str] | None:
    """Every string of a followed by every string of b, or None when too many."""
    out = {x + y for x, y in product(a, b)}
    return out if len(out) <= _MAX_STRINGS else None


# Each parsed node is read into (exact, required, begins, ends): every string it can match
# when they are few, else None; a requirement or None; and strings every match begins with and
# ends with ({""} when nothing is known). An item whose matches are not known still passes on
# how they end to the literals after it: "(?:\d\d|'\d)0s" needs "0s", not only "s".
_NOTHING = frozenset({""})


def _sequence(items):
    """(exact, required, begins, ends) of items in a row."""
    # plain: the strings the known items since the last unknown one match; run: the same
    # after how that unknown item ends, when known (else plain: a run too long to keep starts
    # again from plain, so that the ends never cost a requirement the plain reading finds)
    plain: set[str] = {""}
    run: set[str] = {""}
    all_known = True
    required: set[str] | None = None
    begins: set[str] | None = None  # known once the first unknown item is met
    for op, av in items:
        item_exact, item_required, item_begins, item_ends = _node(op, av)
        if item_exact is None:
            into = _joined(run, item_begins) or run
            if begins is None:
                begins = into
            all_known = False
            required = _best(_best(_best(required, plain), into), item_required)
            plain, run = {""}, set(item_ends)
            continue
        joined = _joined(plain, item_exact)
        if joined is None:  # too many: the run so far is a requirement, a new one starts here
            if begins is None:
                begins = plain
            all_known = False
            required = _best(_best(required, plain), run)
            joined = set(item_exact)
        extended = _joined(run, item_exact) if run != plain else joined
        if extended is None:  # the run after the unknown item's ends is too long to keep
            required = _best(required, run)
            extended = joined
        plain, run = joined, extended
    exact = plain if all_known else None
    return exact, _best(_best(required, plain), run), (plain if begins is None else begins), \
        run


def _node(op, av):
    """(exact, required, begins, ends) of one parsed node."""
    if op is C.LITERAL:
        ch = {chr(av).lower()}
        return ch, ch, ch, ch
    if op is C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value).lower())
            elif kind is C.RANGE and value[1] - value[0] < 16:
                chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY, wide ranges: anything, as far as we know
                return None, None, _NOTHING, _NOTHING
        if len(chars) > _MAX_STRINGS:
            return None, None, _NOTHING, _NOTHING
        return chars, chars, chars, chars
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}, None, _NOTHING, _NOTHING
    if op is C.SUBPATTERN:
        return _sequence(av[-1].data)
    if op is C.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is C.BRANCH:
        parts = [_sequence(branch.data) for branch in av[1]]
        exact = None
        if all(p[0] is not None for p in parts):
            exact = set().union(*(p[0] for p in parts))
            if len(exact) > _MAX_ALTERNATIVES:
                exact = None
        required = None
        if all(p[1] for p in parts):
            required = set().union(*(p[1] for p in parts))
            if len(required) > _MAX_ALTERNATIVES or "" in required:
                required = None
        ends = []
        for k in (2, 3):  # (a branch that tells nothing makes the union tell nothing)
            union = set().union(*(p[k] for p in parts))
            ends.append(_NOTHING if len(union) > _MAX_STRINGS or "" in union else union)
        return exact, (required if exact is None or "" in exact else _best(required, exact)), \
            ends[0], ends[1]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, item = av
        item_exact, item_required, item_begins, item_ends = _sequence(item.data)
        if low == 0:
            if high == 1 and item_exact is not None:
                return item_exact | {""}, None, _NOTHING, _NOTHING
            return None, None, _NOTHING, _NOTHING
        if low == high == 1:
            return item_exact, item_required, item_begins, item_ends
        # one match or more: each begins as the item's first and ends as its last
        return None, _best(item_required, item_exact), item_begins, item_ends
    return None, None, _NOTHING, _NOTHING  # ANY, NOT_LITERAL, CATEGORY, GROUPREF ...



# --- characters no match consumes --------------------------------------------------------------
#
# A position next to a character that no match of a pattern can consume lies inside no match:
# a scan started there finds what one started earlier finds from there on (the engine uses it to
# scan for tense markers only in the sentences that hold an expression, engine.Grammar.markers).

_CATEGORY_TESTS = {
    C.CATEGORY_DIGIT: str.isdecimal, C.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(),
    C.CATEGORY_SPACE: str.isspace, C.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    C.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    C.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_")}


def never_consumed(pattern: str, flags: int, chars: str) -> frozenset[str]:
    """The characters of chars (each one without case, no letter or digit, no line break) that
    no match of the pattern consumes: none of its consuming items outside a lookaround can
    match them. Anything not understood counts as consuming every character."""
    if any(ch.isalnum() or ch.lower() != ch.upper() or ch == "\n" or ch == "_" for ch in chars):
        raise ValueError("only caseless punctuation and blanks can be asked about")
    kept = STORE.get("unconsumed", f"{chars}\0{pattern}", flags,
                     lambda: "".join(sorted(_never_consumed(pattern, flags, chars))),
                     lambda v: isinstance(v, str) and set(v) <= set(chars))
    return frozenset(kept)


def _never_consumed(pattern: str, flags: int, chars: str) -> frozenset[str]:
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern is re.compile's business
        return frozenset()
    left = set(chars)
    _consumed(parsed.data, left)
    return frozenset(left)


def _consumed(items, left: set[str]) -> None:
    """Removes from left each character an item of items can consume."""
    for op, av in items:
        if not left:
            return
        if op is C.LITERAL:
            left.discard(chr(av))
        elif op is C.NOT_LITERAL:
            left.intersection_update({chr(av)})
        elif op is C.IN:
            for ch in list(left):
                if _in_class(av, ch):
                    left.discard(ch)
        elif op is C.SUBPATTERN:
            _consumed(av[-1].data, left)
        elif op is C.ATOMIC_GROUP:
            _consumed(av.data, left)
        elif op is C.BRANCH:
            for branch in av[1]:
                _consumed(branch.data, left)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _consumed(av[2].data, left)
        elif op is C.GROUPREF_EXISTS:
            for part in av[1:]:
                if part is not None:
                    _consumed(part.data, left)
        elif op not in (C.AT, C.ASSERT, C.ASSERT_NOT):  # (lookarounds consume nothing)
            left.clear()  # ANY, GROUPREF (a group's text may come from a lookahead) ...


def _in_class(items, ch: str) -> bool:
    """Whether the parsed character class matches ch (True where not understood)."""
    negate = False
    hit = False
    for kind, value in items:
        if kind is C.NEGATE:
            negate = True
        elif kind is C.LITERAL:
            hit |= chr(value) == ch
        elif kind is C.RANGE:
            hit |= value[0] <= ord(ch) <= value[1]
        elif kind is C.CATEGORY and value in _CATEGORY_TESTS:
            hit |= _CATEGORY_TESTS[value](ch)
        else:
            return True
    return hit != negate
