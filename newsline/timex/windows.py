"""Where in a text the rules of a grammar need to run at all.

Most of a news text says nothing about time, and most rules find nothing in most texts. The
engine hands each rule only stretches of text (windows) around the words that can start or
carry an expression: the grammar's trigger stems and digits, or a rule's own trigger; and it
skips a rule, or the windows of it, lacking every string the rule's matches must contain
(newsline.timex.required), which one pass over the text tells for all rules at once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsline.timex import required
from newsline.timex.pattern_cache import STORE
from newsline.timex.tries import compiled, word_tree, word_trie

if TYPE_CHECKING:
    from newsline.timex.engine import Grammar

_REQUIRED: dict[tuple[str, int], tuple[re.Pattern, tuple[str, ...]] | None] = {}


def rule_required(pattern: str, flags: int) -> tuple[re.Pattern, tuple[str, ...]] | None:
    """The strings every match of the pattern contains (newsline.timex.required), and a search
    for them in the lower-cased text; None when there is no such set."""
    key = (pattern, flags)
    if key not in _REQUIRED:
        strings = required.required_strings(pattern, flags)
        _REQUIRED[key] = None if strings is None else \
            (compiled(_tree("trie", strings), trees=False), strings)
    return _REQUIRED[key]


def _tree(kind: str, words) -> str:
    """word_trie ("trie") or word_tree ("tree") of the words, kept on disk with the compiled
    patterns (newsline.timex.pattern_cache): a fresh process then builds no tree for its
    first text."""
    words = sorted(words)
    make = word_trie if kind == "trie" else word_tree
    return STORE.get(kind + "-words", "\n".join(words), 0, lambda: make(words),
                     lambda v: isinstance(v, str))


def occurring(grammar: Grammar, low: str) -> set[str]:
    """Which of the strings the grammar's rules require occur in the lower-cased text, found in
    one pass: at each position the longest of them that starts there (a lookahead, so that
    overlapping ones are all seen), and with it every shorter one it begins with. The strings
    the rules' triggers require (trigger_required) are sought in the same pass."""
    if grammar._occurring is None:
        strings = {s for r in grammar.rules
                   for s in required.required_strings(r.pattern, r.flags) or ()}
        strings |= {s for r in grammar.rules if r.trigger is not None
                    for s in trigger_required(r.trigger) or ()}
        prefixes = {s: [s[:k] for k in range(1, len(s) + 1) if s[:k] in strings]
                    for s in strings}
        # (the lookahead then consumes the string's first character: the regex engine passes
        # over every place whose character begins no string without trying the tree there;
        # the next search starts at the next place all the same, so no string is missed)
        firsts = "".join(sorted({s[0] for s in strings}))
        grammar._occurring = (compiled(f"(?=({_tree('tree', strings)}))[{re.escape(firsts)}]"
                                       if strings else "(?!)", trees=False), prefixes)
    regex, prefixes = grammar._occurring
    return {p for longest in set(regex.findall(low)) for p in prefixes[longest]}


def trigger_required(trigger: str) -> tuple[str, ...] | None:
    """Strings one of which every hit of a rule's trigger in the lower-cased text contains
    (read as a case-insensitive pattern, whose hits include the trigger's own), or None: when
    occurring() finds none of them, the trigger has no hit and its windows need no search."""
    return required.required_strings(trigger, re.IGNORECASE)


_REACH = 48  # characters a rule may reach before or after its trigger word


_TRIGGERS: dict[frozenset[str], re.Pattern] = {}


def _trigger_regex(stems: frozenset[str]) -> re.Pattern:
    """Words that start with a digit or with a stem (2 to 12 characters long)."""
    if stems not in _TRIGGERS:
        words = _tree("trie", {s.lower() for s in stems if 2 <= len(s) <= 12}) or "(?!)"
        _TRIGGERS[stems] = compiled(rf"(?<!\w)(?:\d|{words})\w*", re.IGNORECASE, trees=False)
    return _TRIGGERS[stems]


def chunks(grammar: Grammar, text: str) -> list[tuple[int, int]]:
    """Stretches of text around trigger words (digits or a grammar stem), merged. Rules only
    run there: most of a news text says nothing about time."""
    out: list[tuple[int, int]] = []
    lo = hi = -1
    size = len(text)
    for m in _trigger_regex(grammar.stems).finditer(text):
        start, end = m.span()
        if hi < 0 or start - _REACH > hi:
            if hi >= 0:
                out.append((lo, hi))
            lo = max(0, start - _REACH)
        if end + _REACH > hi:  # else the window's end (a space or the text's end) stays
            space = text.find(" ", end + _REACH)
            hi = size if space < 0 else space
    if hi >= 0:
        out.append((lo, hi))
    return out


_HITS: dict[str, re.Pattern] = {}


def near(trigger: str, low: str) -> list[tuple[int, int]]:
    """Stretches of the lower-cased text around the trigger's hits, cut at spaces, merged."""
    hits = _HITS.get(trigger)
    if hits is None:
        hits = _HITS[trigger] = compiled(trigger)
    return _merged_windows(hits.finditer(low), low)


def _merged_windows(found, text: str) -> list[tuple[int, int]]:
    """Each hit widened by _REACH either side out to the next space (the window's end at a
    space, or the text's end), overlapping windows merged. A hit whose widened start already
    lies within the current window needs no search for its start; one whose widened end does
    not pass the current end (a space or the text's end) needs none for its end."""
    out: list[tuple[int, int]] = []
    lo = hi = -1
    size = len(text)
    for m in found:
        start, end = m.span()
        if hi < 0 or start - _REACH > hi:
            new_lo = text.rfind(" ", 0, max(0, start - _REACH)) + 1
            if new_lo > hi:
                if hi >= 0:
                    out.append((lo, hi))
                lo = new_lo
        if end + _REACH > hi:
            space = text.find(" ", end + _REACH)
            hi = size if space < 0 else space
    if hi >= 0:
        out.append((lo, hi))
    return out


def with_required(spans: list[tuple[int, int]], needed: re.Pattern, low: str,
                  each: bool) -> list[tuple[int, int]]:
    """The spans where a match of a rule whose matches all hold a hit of `needed` can lie:
    none when the stretch they cover has no hit; with `each`, only the spans holding one
    (worth it for the few long spans around all trigger words, not for the many short ones
    around a rule's own trigger, which mostly is the required word anyway)."""
    end = spans[-1][1]
    hit = needed.search(low, spans[0][0], end)
    if hit is None:
        return []
    if not each:
        return spans
    kept = []
    for lo, hi in spans:
        if hit.start() < lo:  # the last hit lies before this span: look again from here
            hit = needed.search(low, lo, end)
            if hit is None:
                break
        if hit.start() >= hi:
            continue
        if hit.end() <= hi or needed.search(low, lo, hi):
            kept.append((lo, hi))
    return kept
