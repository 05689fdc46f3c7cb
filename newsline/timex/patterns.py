"""Building blocks both grammars share: regex pieces for numbers and clock times, alternations
built from word tables, and small helpers rule functions use to read a match.
"""

from __future__ import annotations

import re

# Word boundaries that also hold next to umlauts and digits.
B = r"(?<![\w])"
E = r"(?![\w])"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
HOUR = r"(?:[01]?\d|2[0-4])"
MINUTE = r"[0-5]\d"
DIGITS = r"\d{1,4}(?:[.,]\d+)?"


def alt(words) -> str:
    """A non-capturing alternation, longest words first so the longest one wins."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


def group(m: re.Match, name: str) -> str | None:
    """The group's text, None when the pattern lacks the group or it did not take part."""
    try:
        return m.group(name)
    except IndexError:
        return None


def key(word: str | None) -> str:
    """A table key: lower case, trailing dot dropped, whitespace folded."""
    return " ".join((word or "").lower().rstrip(".").split())


def number(text: str | None, words: dict[str, str]) -> str | None:
    """A count as TimeML writes it: digits as they are, number words looked up, "X" for vague
    quantities ("einige", "several")."""
    if text is None:
        return None
    t = key(text)
    if re.fullmatch(r"\d+", t):
        return str(int(t))
    if re.fullmatch(r"\d+[.,]\d+", t):
        return f"{float(t.replace(',', '.')):g}"
    return words.get(t)


def year_of(text: str | None) -> int | None:
    """A year as written: four digits, or two digits with an apostrophe ('98 -> 1998)."""
    if not text:
        return None
    digits = text.strip("'’ ")
    if len(digits) == 2:
        y = int(digits)
        return 2000 + y if y < 40 else 1900 + y
    return int(digits)


def before(m: re.Match, n: int = 30) -> str:
    """Up to n characters of the text just before the match."""
    return m.string[max(0, m.start() - n):m.start()]


def after(m: re.Match, n: int = 30) -> str:
    return m.string[m.end():m.end() + n]


_SENTENCE_END_BEFORE = re.compile(r"[.!?]\s+(?=[A-Z\"“]|$)")
_SENTENCE_END_AFTER = re.compile(r"[.!?](?:\s|$)")


def sentence_has(m: re.Match, pattern: re.Pattern, back: int, ahead: int) -> bool:
    """pattern occurs within back characters before the match or ahead after it, neither
    part reaching past the match's sentence (a match that opens its sentence has no head)."""
    head = _SENTENCE_END_BEFORE.split(before(m, back))[-1]
    tail = _SENTENCE_END_AFTER.split(after(m, ahead))[0]
    return pattern.search(head) is not None or pattern.search(tail) is not None


def stems(*tables, extra=()) -> frozenset[str]:
    """Trigger stems for the engine: every word of the tables' keys, lower case, no dots."""
    out = set(extra)
    for table in tables:
        for entry in table:
            for word in re.findall(r"\w+", entry.lower()):
                if not word.isdigit():
                    out.add(word)
    return frozenset(out)
