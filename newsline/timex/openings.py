"""Which characters a match of a rule's pattern can begin with, and a guard made of them.

A pattern that opens with a word boundary or a lookbehind gives the regex engine nothing to skip
ahead by, so it runs every alternative at every position; a lookahead for those characters put in
front (guarded) lets it pass most positions after one test, and matches exactly the same. (Split
from required.py, which reads the same parsed patterns for the strings every match contains.)
"""

from __future__ import annotations

import re

from re import _constants as C  # noqa: N812 - the regex engine's own opcodes
from re import _parser

from newsline.timex.pattern_cache import STORE


_WORD_CATEGORIES = frozenset({C.CATEGORY_WORD, C.CATEGORY_UNI_WORD, C.CATEGORY_DIGIT,
                              C.CATEGORY_UNI_DIGIT})


def guarded(pattern: str, flags: int) -> str:
    """The pattern behind a lookahead for the characters its matches begin with, when they are
    known and it opens with a test that consumes nothing; else the pattern as it is (one that
    opens with a literal the regex engine already skips ahead by itself)."""
    return STORE.get("guarded", pattern, flags, lambda: _guarded(pattern, flags),
                     lambda v: isinstance(v, str))


def _guarded(pattern: str, flags: int) -> str:
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern is re.compile's business
        return pattern
    if parsed.state.flags & (re.ASCII | re.VERBOSE) or not _opens_blind(parsed.data):
        return pattern  # (under re.ASCII the guard's \\w would mean less)
    first = _first(parsed.data)
    if first is None or first[1]:  # unknown, or the match may be empty
        return pattern
    chars = first[0]
    entry = _entry(parsed.data) if "\\w" in chars else None
    if entry is not None:
        # every alternative must find a word starting here (or begins with one of the few
        # characters of entry): positions inside a word, the most of a text, then fail on one
        # or two tests instead of on each alternative's own
        others = "".join(sorted(re.escape(ch) for ch in entry))
        out = f"\\b(?=\\w)(?:{pattern})" if not entry else \
            f"(?:\\b(?=\\w)|(?=[{others}]))(?:{pattern})"
    else:
        word = "\\w" if "\\w" in chars else ""
        others = "".join(sorted(re.escape(ch) for ch in chars if ch != "\\w"))
        out = f"(?=[{word}{others}])(?:{pattern})"
    try:
        re.compile(out, flags)
    except re.error:  # global flags inside the pattern ("(?i)") must stay at its start
        return pattern
    return out


def _opening(items, test, combine) -> bool:
    """test(op, av) of the first thing the parsed pattern tests, looking into groups; over the
    alternatives of a branch, combined with any or all."""
    while items:
        op, av = items[0]
        if op is C.SUBPATTERN:
            items = av[-1].data
        elif op is C.ATOMIC_GROUP:
            items = av.data
        elif op is C.BRANCH:
            return combine(_opening(branch.data, test, combine) for branch in av[1])
        else:
            return test(op, av)
    return False


def _opens_blind(items) -> bool:
    """Whether the first thing the pattern tests consumes nothing (a boundary, a lookaround),
    so that the regex engine finds no character to skip ahead to."""
    return _opening(items, lambda op, av: op in (C.AT, C.ASSERT, C.ASSERT_NOT), any)


_NOT_AFTER_WORD = (-1, [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])])  # (?<!\\w), parsed


def _non_word(code: int) -> bool:
    """Whether the character is none that \\w matches (in any case)."""
    ch = chr(code)
    return not (ch.isalnum() or ch == "_") and ch.lower() == ch.upper()


def _after_non_word(op, av) -> bool:
    """Whether the test, passed, tells that the character before (if any) is no word's: \\b
    or ^ before a word character, (?<!\\w), (?<![^\\n]) (a line's start), (?<=: ) (a
    lookbehind whose last character is no word's)."""
    if op is C.AT:
        return av in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_LINE,
                      C.AT_BEGINNING_STRING)
    if op not in (C.ASSERT, C.ASSERT_NOT) or av[0] != -1 or not av[1].data:
        return False
    last_op, last_av = av[1].data[-1]
    if op is C.ASSERT_NOT:
        if len(av[1].data) != 1:
            return False
        if last_op is C.NOT_LITERAL:  # (?<![^\\n]): a line's start
            return _non_word(last_av)
        if last_op is not C.IN:
            return False
        if list(last_av) == _NOT_AFTER_WORD[1][0][1]:
            return True
        # (?<![^...]): the character before is one of a few, or there is none
        return bool(last_av) and last_av[0] == (C.NEGATE, None) and len(last_av) > 1 and all(
            kind is C.LITERAL and _non_word(value) for kind, value in last_av[1:])
    if last_op is C.LITERAL:
        return _non_word(last_av)
    return last_op is C.IN and all(kind is C.LITERAL and _non_word(value)
                                   for kind, value in last_av)


def _entry(items) -> set[str] | None:
    """The characters other than word characters that a match can begin with, when every
    alternative either opens at a word's start (_after_non_word) with a word character or
    opens with one of those; None when that is not known. (A group's items are read with the
    items after it: "(?:^|(?<=: ))[A-Z]" opens at a word's start.)"""
    while items:
        op, av = items[0]
        if op is C.SUBPATTERN:
            items = [*av[-1].data, *items[1:]]
        elif op is C.ATOMIC_GROUP:
            items = [*av.data, *items[1:]]
        elif op is C.BRANCH:
            parts = [_entry([*branch.data, *items[1:]]) for branch in av[1]]
            return None if None in parts else set().union(*parts)
        elif _after_non_word(op, av):
            return set() if _first(items) == ({"\\w"}, False) else None
        elif op in (C.LITERAL, C.IN):
            first = _first_node(op, av)
            return None if first is None or "\\w" in first[0] else first[0]
        else:
            return None
    return None


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_äöüß"
                        "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def _char(ch: str) -> str | None:
    """The class \\w for a letter whose case variants are all letters too (the ASCII and German
    ones), the character itself for one without case, None for any other."""
    if ch in _WORD_CHARS:
        return "\\w"
    return ch if ch.lower() == ch.upper() and not ch.isalnum() else None


def _first(items) -> tuple[set[str], bool] | None:
    """(the characters a match of the items in a row can begin with, whether it can be
    empty), or None when unknown."""
    chars: set[str] = set()
    for op, av in items:
        node = _first_node(op, av)
        if node is None:
            return None
        chars |= node[0]
        if not node[1]:
            return chars, False
    return chars, True


def _first_node(op, av) -> tuple[set[str], bool] | None:
    if op is C.LITERAL:
        ch = _char(chr(av))
        return None if ch is None else ({ch}, False)
    if op is C.IN:
        chars = set()
        for kind, value in av:
            if kind is C.LITERAL and _char(chr(value)) is not None:
                chars.add(_char(chr(value)))
            elif kind is C.RANGE and all(chr(c) in _WORD_CHARS
                                         for c in range(value[0], value[1] + 1)):
                chars.add("\\w")
            elif kind is C.CATEGORY and value in _WORD_CATEGORIES:
                chars.add("\\w")
            else:  # NEGATE, spaces, ranges with punctuation: anything, as far as we know
                return None
        return chars, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True
    if op is C.SUBPATTERN:
        return _first(av[-1].data)
    if op is C.ATOMIC_GROUP:
        return _first(av.data)
    if op is C.BRANCH:
        parts = [_first(branch.data) for branch in av[1]]
        if any(p is None for p in parts):
            return None
        return set().union(*(p[0] for p in parts)), any(p[1] for p in parts)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, item = av
        inner = _first(item.data)
        if inner is None:
            return None
        return inner[0], inner[1] or low == 0
    return None  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS ...
