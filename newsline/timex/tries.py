"""Regular expressions shaped as prefix trees: an alternation of many words written so that the
regex engine walks it letter by letter instead of trying every word in turn at every place.

word_tree and word_trie write a word list as such a tree; compiled() compiles any pattern with
its alternations of known strings made into trees, matching exactly what the pattern matches
(the engine compiles every rule and the tense markers so).
"""

from __future__ import annotations

import re
from array import array
from base64 import b64decode, b64encode
from functools import lru_cache
from itertools import groupby
from re import _compiler, _parser
from re import _constants as C  # noqa: N812 - the regex engine's own opcodes

import _sre

from newsline.timex.pattern_cache import STORE


def word_tree(words: list[str]) -> str:
    """An alternation of whole words as a prefix tree ("wa(?:r(?:en)?|s)"), which the regex
    engine walks letter by letter instead of trying every word in turn; where a word goes on
    into longer ones, the longer are tried first (the words in reverse order put each one's
    longer words before it)."""
    return _tree(sorted(set(words), reverse=True))


def word_trie(words: list[str]) -> str:
    """word_tree of the words that begin with no other one: for the starts of tokens
    ("ma(?:r|y)"), where the shorter word already makes a token a trigger."""
    kept: list[str] = []
    for w in sorted(set(words)):  # a word's prefixes sort before it and all between them
        if not (kept and w.startswith(kept[-1])):
            kept.append(w)
    return word_tree(kept)


# --- Any pattern's alternations of plain words, compiled as prefix trees -----------------------
#
# A grammar writes its word lists as alternations ("(?:januar|februar|...)", "(?:jan|feb)\\.?");
# the regex engine tries such an alternation one word after the other at every place it is
# reached, while a prefix tree tests each letter once. compiled() reads a pattern with the regex
# engine's own parser, replaces each run of alternatives that match a few known strings by the
# same strings as a tree, and compiles the result: the grammars keep their readable alternations.
#
# The tree finds exactly what the run found. At one place of a text the strings of a run that
# match are each a beginning of the next (two different strings cannot both match the same
# letters), and the regex engine tries them in the order they are written (an optional part
# first with it, then without). The tree keeps that order: where a string ends and longer ones
# go on, it tries the longer ones first ("(?:...)?") when they were written first, else the end
# first ("(?:...)??"); a run that wants both at one place is left as it is. Under IGNORECASE
# the strings are compared in the lower case the regex engine matches them in, and only letters
# whose case variants no other letter shares (ASCII, German umlauts and ß) are taken.

_MIN_STRINGS = 4  # fewer gain too little to be worth a tree
_MAX_STRINGS = 256  # an alternative that matches more is left as it is
_CASELESS = frozenset(map(ord, "äöüÄÖÜß"))
_IGNORECASE = int(re.IGNORECASE)
_UNUSUAL = int(re.ASCII | re.LOCALE | re.DEBUG)  # (flags a tree is not written for)


def compiled(pattern: str, flags: int = 0, trees: bool = True) -> re.Pattern:
    """re.compile(pattern, flags), its runs of known-string alternatives walked as prefix trees
    (the regex engine's code for it kept between processes: newsline.timex.pattern_cache).
    trees=False: a pattern written as trees already (word_tree), which need not be sought."""
    flags = int(flags)  # (as re.compile does: enum flags are slow to test)
    kind = "tree" if trees else "code"
    for _ in range(2):  # (a kept answer the regex engine finds invalid: once more, made anew)
        kept = STORE.get(kind, pattern, flags, lambda: _code(pattern, flags, trees),
                         lambda v: v is None or isinstance(v, list) and len(v) == 5)
        if kept is None:
            break
        every, packed, groups, groupdict, names = kept
        try:
            code = array(_CODE_ITEM, b64decode(packed, validate=True)).tolist()
            return _sre.compile(pattern, every, code, groups - 1, groupdict, tuple(names))
        except (RuntimeError, TypeError, ValueError):
            STORE.forget(kind, pattern, flags)
    return re.compile(pattern, flags)


try:  # (the code points the regex engine folds together beyond their lower case: an internal
    # table of CPython's; where a Python has none, no first characters are named under IGNORECASE)
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - tested in a process made to lack it
    _EXTRA_CASES = None

_CODE_ITEM = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)


def _code(pattern: str, flags: int, trees: bool = True) -> list | None:
    """[flags, the regex engine's code (its words' bytes in base64: a few thousand numbers
    each, read faster and held smaller so), groups, group names to numbers, numbers to names]
    of the pattern with its trees, or None where re.compile is to compile it as it comes."""
    try:
        parsed = _parser.parse(pattern, flags)
        every = flags | int(parsed.state.flags)
        if every & _UNUSUAL:
            return None
        if trees:
            _rewrite(parsed, every, {})
        code = _with_first_chars(_compiler._code(parsed, flags), parsed, every)
    except Exception:  # noqa: BLE001 - anything unusual: the regex engine as it comes
        return None
    state = parsed.state
    names = [None] * state.groups
    for name, index in state.groupdict.items():
        names[index] = name
    packed = b64encode(array(_CODE_ITEM, code).tobytes()).decode("ascii")
    return [every, packed, state.groups, dict(state.groupdict), names]


def _rewrite(sub, flags: int, memo: dict) -> bool:
    """Replace the runs of known-string alternatives in a parsed pattern, in place; whether any
    was replaced. memo: _strings' answers by alternative, for this pattern."""
    changed = False
    items = sub.data
    for i, (op, av) in enumerate(items):
        if op is C.BRANCH:
            changed |= any([_rewrite(branch, flags, memo) for branch in av[1]])  # inner first
            branches = _with_trees(av[1], flags, memo)
            if branches is not None:
                items[i] = (C.BRANCH, (av[0], branches)) if len(branches) > 1 else \
                    (C.SUBPATTERN, (None, 0, 0, branches[0]))
                changed = True
        elif op is C.SUBPATTERN:
            group, add, remove, inner = av
            changed |= _rewrite(inner, (flags | int(add)) & ~int(remove), memo)
        elif op is C.ATOMIC_GROUP:
            changed |= _rewrite(av, flags, memo)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if av[0] >= 0:  # (a lookbehind needs all its strings of one length: left alone)
                changed |= _rewrite(av[1], flags, memo)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            changed |= _rewrite(av[2], flags, memo)
        elif op is C.GROUPREF_EXISTS:
            changed |= any([_rewrite(part, flags, memo) for part in av[1:] if part is not None])
    return changed


def _with_trees(branches, flags: int, memo: dict) -> list | None:
    """The alternatives with each run of known-string ones as one prefix tree, or None when
    no run makes a tree."""
    out: list = []
    changed = False
    strings = [_strings(branch.data, flags, memo) for branch in branches]
    for known, run in groupby(zip(strings, branches), key=lambda pair: pair[0] is not None):
        run = list(run)
        tree = None
        if known:
            words = [word for each, _ in run for word in each]
            if len(words) >= _MIN_STRINGS:
                tree = _parsed_tree(tuple(words))
        if tree is not None:
            out.append(tree)
            changed = True
        else:
            out.extend(branch for _, branch in run)
    return out if changed else None


def _strings(items, flags: int, memo: dict) -> list[str] | None:
    """Every string the parsed items in a row match, in the order the regex engine tries them
    (lower case under IGNORECASE), or None when unknown or too many."""
    key = (id(items), flags)
    if key not in memo:  # (kept beside its answer: a list let go could pass its id on)
        memo[key] = (items, _strings_of(items, flags, memo))
    return memo[key][1]


def _strings_of(items, flags: int, memo: dict) -> list[str] | None:
    out = [""]
    for op, av in items:
        if op is C.LITERAL:
            each = _letters([av], flags)
        elif op is C.IN:
            each = None if any(kind is not C.LITERAL for kind, _ in av) else \
                _letters([value for _, value in av], flags)
        elif op is C.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            each = _strings(av[3].data, flags, memo)
        elif op is C.BRANCH:
            parts = [_strings(branch.data, flags, memo) for branch in av[1]]
            each = None if None in parts else [w for part in parts for w in part]
        elif op is C.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            inner = _strings(av[2].data, flags, memo)
            each = None if inner is None else inner + [""]  # greedy: with it first
        else:
            return None
        if each is None or len(out) * len(each) > _MAX_STRINGS:
            return None
        out = [a + b for a in out for b in each]
    return out


def _letters(codes: list[int], flags: int) -> list[str] | None:
    if flags & _IGNORECASE:
        if any(code >= 128 and code not in _CASELESS for code in codes):
            return None
        codes = [_sre.unicode_tolower(code) for code in codes]
    return list(dict.fromkeys(map(chr, codes)))


@lru_cache(maxsize=512)  # (the two grammars' rules hold ~190 different word lists)
def _parsed_tree(words: tuple[str, ...]):
    """_tree parsed, once for every pattern that holds the same words (the parsed tree is
    only read after, never changed)."""
    tree = _tree(list(words))
    return None if tree is None else _parser.parse(tree)


def _tree(words: list[str]) -> str | None:
    """The words, in the order they are tried, as a prefix tree tried in the same order; None
    when a place needs the end of a word tried between longer words."""
    root: dict = {}
    for index, word in enumerate(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node.setdefault("", index)  # a repeated word keeps its first place

    def emit(node: dict) -> tuple[str, int, int] | None:
        """(the node's regex, the first and the last place of the words through it)"""
        parts = []
        places: list[int] = []
        for ch in sorted(k for k in node if k):
            child = emit(node[ch])
            if child is None:
                return None
            parts.append(re.escape(ch) + child[0])
            places += child[1:]
        end = node.get("")
        if not parts:
            return "", end, end
        inner = "|".join(parts)
        lo, hi = min(places), max(places)
        if end is None:
            return (inner if len(parts) == 1 else f"(?:{inner})"), lo, hi
        if end > hi:
            return f"(?:{inner})?", lo, end
        if end < lo:
            return f"(?:{inner})??", end, hi
        return None

    tree = emit(root)
    return None if tree is None else tree[0]


# --- where a match can begin ---------------------------------------------------------------------
#
# The regex engine passes over the places of a text where a match cannot begin without trying
# the pattern there only when the pattern opens with a literal or a set of characters. Most rules
# open with a test that consumes nothing ("(?<!\\w)") and their words under IGNORECASE, so the
# engine tries them at every place (~25 ns each, the most of a rule's scan). The set of
# characters a match can begin with is worked out here from the parsed pattern (every case
# variant the engine folds onto a letter included) and put into the code's info block, as the
# engine's compiler does for a pattern that opens with a class: the same matches, found after
# a test of one character at each place that cannot begin one.

_MAX_FIRST = 512  # characters in the set: a larger one is not worth the test
# classes a first character may be of, kept as classes (\\d, \\w, \\s; what the engine
# matches them to does not change with IGNORECASE: a letter with case is a word's in every case)
_FIRST_CATEGORIES = frozenset({C.CATEGORY_DIGIT, C.CATEGORY_WORD, C.CATEGORY_SPACE})


def _with_first_chars(code: list, parsed, flags: int) -> list:
    """The code with the characters its matches begin with in its info block, when its own
    block names none and they are known; the code as the engine's compiler made it where the
    engine's internals are not as read here (another Python)."""
    try:
        return _first_chars_in_info(code, parsed, flags)
    except Exception:  # noqa: BLE001 - the engine's own code is right without the set
        return code


def _first_chars_in_info(code: list, parsed, flags: int) -> list:
    if code[0] != C.INFO or code[2] & (C.SRE_INFO_PREFIX | C.SRE_INFO_CHARSET) or code[3] == 0:
        return code
    first = _first_chars(parsed.data, flags)
    if first is None or first[1] or not first[0] or len(first[0]) > _MAX_FIRST:
        return code
    chars = sorted(ch for ch in first[0] if isinstance(ch, int))
    charset, _ = _compiler._optimize_charset([(C.LITERAL, ch) for ch in chars])
    charset += [(C.CATEGORY, each[1]) for each in sorted(first[0] - set(chars))]
    info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags & ~int(re.IGNORECASE), info)
    info[1] = len(info) - 1
    return info + code[1 + code[1]:]


def _first_chars(items, flags: int) -> tuple[set, bool] | None:
    """(the code points a match of the items in a row can begin with, and ("category", c)
    for a class c of them, whether it can be empty), or None when unknown."""
    out: set[int] = set()
    for op, av in items:
        node = _first_of(op, av, flags)
        if node is None:
            return None
        out |= node[0]
        if len(out) > _MAX_FIRST:
            return None
        if not node[1]:
            return out, False
    return out, True


def _first_of(op, av, flags: int) -> tuple[set[int], bool] | None:
    if op is C.LITERAL:
        return _variants([av], flags), False
    if op is C.IN:
        codes: list[int] = []
        classes: set = set()
        for kind, value in av:
            if kind is C.LITERAL:
                codes.append(value)
            elif kind is C.RANGE and value[1] - value[0] < _MAX_FIRST:
                codes.extend(range(value[0], value[1] + 1))
            elif kind is C.CATEGORY and value in _FIRST_CATEGORIES:
                classes.add(("category", value))
            else:  # NEGATE, other classes, wide ranges
                return None
        return _variants(codes, flags) | classes, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True
    if op is C.SUBPATTERN:
        _, add, remove, inner = av
        return _first_chars(inner.data, (flags | int(add)) & ~int(remove))
    if op is C.ATOMIC_GROUP:
        return _first_chars(av.data, flags)
    if op is C.BRANCH:
        parts = [_first_chars(branch.data, flags) for branch in av[1]]
        if None in parts:
            return None
        return set().union(*(p[0] for p in parts)), any(p[1] for p in parts)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, item = av
        inner = _first_chars(item.data, flags)
        if inner is None:
            return None
        return inner[0], inner[1] or low == 0
    return None  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS ...


def _variants(codes: list[int], flags: int) -> set[int]:
    """The code points matching any of codes: under IGNORECASE every one whose lower case (as
    the regex engine folds) is that of one of them or an equivalent of it."""
    if not flags & _IGNORECASE:
        return set(codes)
    if _EXTRA_CASES is None:
        raise LookupError("the regex engine's table of extra case folds is missing")
    out: set[int] = set()
    inverse = _lower_inverse()
    for code in codes:
        low = _sre.unicode_tolower(code)
        for each in (low, *_EXTRA_CASES.get(low, ())):
            out.add(each)
            out.update(inverse.get(each, ()))
    out.update(codes)
    return out


_CASED_BELOW = 0x20000  # no letter with case lies beyond the first two planes of Unicode


@lru_cache(maxsize=1)
def _lower_inverse() -> dict[int, list[int]]:
    """Each lower-case code point with the others the regex engine lowers onto it."""
    table: dict[int, list[int]] = {}
    tolower = _sre.unicode_tolower
    for code in range(_CASED_BELOW):
        low = tolower(code)
        if low != code:
            table.setdefault(low, []).append(code)
    return table
