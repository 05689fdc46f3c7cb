"""German ranges of dates without a year of their own: what their end tells their start.

"vom 1. März bis zum 3. März 2024", "zwischen März und Juni 2022": the end's year is the
start's (or the year before, when the start's month comes later); "vom 28. April bis 3. Mai":
the start lies on the side of the publication its whole stretch does. dates_de asks these when
it builds a date or month followed by the end of a range.
"""

from __future__ import annotations

import re
from calendar import monthrange

from newsline.timex import lexicon_de as L
from newsline.timex.patterns import after, before, key


def month_of(word: str | None) -> int | None:
    k = key(word)
    return L.MONTHS.get(k) or L.MONTH_ABBREVIATIONS.get(k)


# "vom 1. März bis zum 3. März 2024": the range's end gives its start the year
RANGE_END = re.compile(r"\s*(?:bis(?:\s+zum)?|[-–])\s*(?:[A-Za-zäöüß]+,?\s+(?:den\s+)?)?"
                       r"\d{1,2}\.\s?(?P<m>[A-Za-zäöü]+)\.?\s+(?P<y>(?:1[0-9]|20)\d\d)\b")


# "vom 28. April bis 3. Mai": a range into another month without a year; its first day lies
# on the side of the publication its whole stretch does (the fair that began two days ago and
# ends in three is this year's), so the first day's point spans the range
YEARLESS_RANGE_END = re.compile(r"\s*(?:bis(?:\s+zum)?|[-–]|(?P<und>und(?:\s+dem)?))\s*"
                                r"(?:[A-Za-zäöüß]+,?\s+(?:den\s+)?)?"
                                r"(?P<d>\d{1,2})\.\s?(?P<m>[A-Za-zäöü]+)\b(?!\.?\s*\d)")
# "zwischen dem 28. April und dem 3. Mai": "und" ends a range only after "zwischen" ("am 28.
# April und am 3. Mai" are two days)
BETWEEN_BEFORE = re.compile(r"\bzwischen\s+(?:dem\s+)?$", re.IGNORECASE)


def range_into_month(m, month: int | None) -> tuple[int, int] | None:
    """The (month, day) a yearless range starting at m ends on in another month, if any."""
    end = YEARLESS_RANGE_END.match(after(m, 40))
    if end is None or month is None:
        return None
    if end.group("und") and not BETWEEN_BEFORE.search(before(m, 16)):
        return None
    last_month, last_day = month_of(end.group("m")), int(end.group("d"))
    # (a day its month never has, "bis 31. April", ends no range)
    if last_month is None or last_month == month or \
            not 1 <= last_day <= monthrange(2024, last_month)[1]:
        return None
    return last_month, last_day


# "vom 30. Dezember bis 2. Januar": the end of a range that starts in another month, neither
# with a year, is the first such day after the start (told in the past on 31 December, the
# coming 2 January, not the one a year before the range began)
YEARLESS_RANGE_START = re.compile(r"\b(?:vom|von|zwischen\s+dem)\s+\d{1,2}\.\s?(?P<m>[A-Za-zäöü]+)"
                                  r"\.?\s+(?:bis(?:\s+zum)?|und(?:\s+dem)?|[-–])\s*"
                                  r"(?:[A-Za-zäöüß]+,?\s+(?:den\s+)?)?$", re.IGNORECASE)


def ends_range_from_month(m, month: int | None) -> bool:
    """Whether the yearless date at m ends a range whose first day, just before, is in another
    month."""
    start = YEARLESS_RANGE_START.search(before(m, 48))
    return start is not None and month_of(start.group("m")) not in (None, month)


def year_from_range_end(m, month: int | None) -> int | None:
    end = RANGE_END.match(after(m, 40))
    if end is None or month is None or month_of(end.group("m")) is None:
        return None
    year = int(end.group("y"))
    return year if month <= month_of(end.group("m")) else year - 1


# "zwischen März und Juni 2022", "von Mai bis Ende September 2019": the range's end gives its
# start the year
MONTH_RANGE_END = re.compile(r"\s*(?:und|bis|-|–)\s*(?:(?:Anfang|Mitte|Ende)\s+)?"
                             r"(?P<m>[A-Za-zäöü]+)\s+(?P<y>(?:1[0-9]|20)\d\d)\b")
