"""Calendar intervals as words a reader expects: "KW 17: 22.–28. April 2024", "around 2023".

Events carry an interval and its granularity; a timeline shows them as a label in the page's
language. Babel supplies month names and the locale's date patterns; the composition (weeks,
seasons, ranges, vague and open ends) is ours because no CLDR skeleton says "KW".
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from babel import Locale
from babel.dates import format_date

from newsline.render.strings import strings_for

# Full-month patterns per language: CLDR's interval skeletons abbreviate month names.
_PATTERNS = {
    "de": {"dmy": "d. MMMM y", "dm": "d. MMMM", "d": "d.", "my": "MMMM y", "m": "MMMM"},
    "en": {"dmy": "d MMMM y", "dm": "d MMMM", "d": "d", "my": "MMMM y", "m": "MMMM"},
}
_DAY_LIKE = ("time", "day", "week")
_MONTH_LIKE = ("month", "season", "quarter", "half")
# German says "vor dem 30. April", "seit dem 2. Quartal" but "vor September", "seit 2023".
_WITH_ARTICLE = ("time", "day", "season", "quarter", "half", "century")


def _lang(lang: str) -> str:
    return lang if lang in _PATTERNS else "en"


@lru_cache(maxsize=65536)  # babel's formatting is slow and pages label the same days again
def _fmt(d: date, key: str, lang: str) -> str:
    lang = _lang(lang)
    return format_date(d, _PATTERNS[lang][key], locale=_locale(strings_for(lang)["locale"]))


@lru_cache(maxsize=16)
def _locale(name: str) -> Locale:
    # babel parses a locale given by name on every call: most of formatting one date
    return Locale.parse(name)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def day_label(d: date, lang: str) -> str:
    """'30. April 2024' / '30 April 2024'."""
    return _fmt(d, "dmy", lang)


def day_range_label(start: date, end: date, lang: str) -> str:
    """'22.–28. April 2024', '29. April – 5. Mai 2024', with shared parts said once."""
    if start == end:
        return day_label(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{_fmt(start, 'd', lang)}–{_fmt(end, 'dmy', lang)}"
    if start.year == end.year:
        return f"{_fmt(start, 'dm', lang)} – {_fmt(end, 'dmy', lang)}"
    return f"{_fmt(start, 'dmy', lang)} – {_fmt(end, 'dmy', lang)}"


def month_range_label(start: date, end: date, lang: str) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return _fmt(start, "my", lang)
    if start.year == end.year:
        return f"{_fmt(start, 'm', lang)}–{_fmt(end, 'my', lang)}"
    return f"{_fmt(start, 'my', lang)} – {_fmt(end, 'my', lang)}"


def _months_span(start: date, end: date, first_months: tuple[int, ...], length: int) -> bool:
    """Whether [start, end] is exactly `length` whole months starting in one of `first_months`."""
    if start.day != 1 or start.month not in first_months:
        return False
    last = _add_months(start, length - 1)
    return end == _month_end(last.year, last.month)


def unit_label(start: date, end: date, granularity: str, lang: str) -> str | None:
    """The name of the one calendar unit [start, end] is, or None when it is not exactly one."""
    s = strings_for(lang)
    if granularity in ("time", "day") and start == end:
        return day_label(start, lang)
    if granularity == "week" and start.weekday() == 0 and end == start + timedelta(days=6):
        return s["week"].format(week=start.isocalendar()[1], days=day_range_label(start, end, lang))
    if granularity == "month" and _months_span(start, end, tuple(range(1, 13)), 1):
        return _fmt(start, "my", lang)
    if granularity == "season" and _months_span(start, end, (3, 6, 9, 12), 3):
        name = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}[start.month]
        return s[f"season_{name}"].format(year=start.year, next=f"{(start.year + 1) % 100:02d}")
    if granularity == "quarter" and _months_span(start, end, (1, 4, 7, 10), 3):
        return format_date(start, "QQQQ y", locale=_locale(s["locale"]))
    if granularity == "half" and _months_span(start, end, (1, 7), 6):
        return s[f"half_{1 if start.month == 1 else 2}"].format(year=start.year)
    whole_years = start == date(start.year, 1, 1) and end == date(end.year, 12, 31)
    if granularity == "year" and whole_years and start.year == end.year:
        return str(start.year)
    if granularity == "decade" and whole_years and start.year % 10 == 0 and end.year == start.year + 9:
        return s["decade"].format(decade=start.year)
    if granularity == "century" and whole_years and end.year == start.year + 99:
        number = start.year // 100 + 1
        return s["century"].format(century=_ordinal_en(number) if _lang(lang) == "en" else number)
    return None


def range_label(start: date, end: date, granularity: str, lang: str) -> str:
    """[start, end] in words at the granularity's precision, as one unit where it is one."""
    unit = unit_label(start, end, granularity, lang)
    if unit is not None:
        return unit
    if granularity == "week" and start.weekday() == 0 and end.weekday() == 6:
        s = strings_for(lang)
        return s["weeks"].format(
            first=start.isocalendar()[1], last=end.isocalendar()[1],
            days=day_range_label(start, end, lang),
        )
    if granularity in _MONTH_LIKE:
        return month_range_label(start, end, lang)
    if granularity in ("year", "decade", "century"):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return day_range_label(start, end, lang)


def point_label(d: date, granularity: str, lang: str) -> str:
    """One end of a span, at the precision the granularity warrants."""
    if granularity in _DAY_LIKE:
        return day_label(d, lang)
    if granularity in _MONTH_LIKE:
        return _fmt(d, "my", lang)
    return str(d.year)


def bound_label(d: date, granularity: str, lang: str, at_start: bool) -> tuple[str, bool]:
    """One end of a span, and whether it reads as a day: at the granularity's precision when it
    falls on a unit boundary, else as the day it is ("vor dem 30. April 2022", not "vor 2022")."""
    if granularity in _MONTH_LIKE:
        aligned = d.day == 1 if at_start else d == _month_end(d.year, d.month)
    elif granularity in ("year", "decade", "century"):
        aligned = (d.month, d.day) == ((1, 1) if at_start else (12, 31))
    else:
        aligned = True
    if aligned:
        return point_label(d, granularity, lang), granularity in _DAY_LIKE
    return day_label(d, lang), True


def start_precision(d: date, granularity: str) -> int:
    """How precisely an interval of `granularity` starting on `d` dates its start, as
    bound_label says it: 0 a day, 1 a month (a month, season, quarter or half), 2 a year."""
    # bound_label's reading without its words (it is asked of every event of a split list)
    if granularity in _MONTH_LIKE:
        return 1 if d.day == 1 else 0
    if granularity in ("year", "decade", "century"):
        return 2 if (d.month, d.day) == (1, 1) else 0
    return 0 if granularity in _DAY_LIKE else 2


def between_label(start: date, end: date, granularity: str, lang: str) -> str:
    """'zwischen 23. und 29. April 2024': both ends, the parts they share said once."""
    s = strings_for(lang)
    first, first_day = bound_label(start, granularity, lang, True)
    last, last_day = bound_label(end, granularity, lang, False)
    if first_day and last_day:
        if (start.year, start.month) == (end.year, end.month):
            first = _fmt(start, "d", lang)
        elif start.year == end.year:
            first = _fmt(start, "dm", lang)
    elif not first_day and not last_day and granularity in _MONTH_LIKE and start.year == end.year:
        first = _fmt(start, "m", lang)
    return s["between"].format(first, last)


@lru_cache(maxsize=65536)  # every page, chart, feed and export labels the same intervals
def interval_label(
    start: date,
    end: date,
    granularity: str,
    lang: str,
    approximate: bool = False,
    open_start: bool = False,
    open_end: bool = False,
) -> str:
    """The label a timeline shows for an interval, vague and open ends included.

    A vague span names both its bounds ("zwischen 23. und 29. April 2024 (ungefähr)"); an open
    one the bound it has ("seit dem ...", "vor dem ... – andauernd").
    """
    s = strings_for(lang)
    day_like = granularity in ("time", "day")
    single = unit_label(start, end, granularity, lang)
    # A span that is not one unit is named by its ends, which are days, months or years.
    article = granularity in _WITH_ARTICLE if single is not None else granularity in _DAY_LIKE
    if open_start and open_end:
        first, as_day = bound_label(start, granularity, lang, True)
        before = s["before_day" if as_day else "before"].format(first)
        return s["ongoing"].format(before)
    if open_end:
        if single is not None:
            return s["since_day" if article else "since"].format(single)
        first, as_day = bound_label(start, granularity, lang, True)
        return s["since_day" if as_day else "since"].format(first)
    if open_start:
        if single is not None:
            return s["before_day" if article else "before"].format(single)
        first, as_day = bound_label(start, granularity, lang, True)
        last, _ = bound_label(end, granularity, lang, False)
        return s["from_to"].format(s["before_day" if as_day else "before"].format(first), last)
    if approximate and single is None:
        return s["approximately"].format(between_label(start, end, granularity, lang))
    label = single if single is not None else range_label(start, end, granularity, lang)
    if approximate:
        return s["around_day" if day_like and start == end else "around"].format(label)
    return label


def event_label(event, lang: str) -> str:
    """interval_label for an Event (or anything with its interval fields)."""
    return interval_label(
        event.start, event.end, event.granularity, lang,
        approximate=event.approximate, open_start=event.open_start, open_end=event.open_end,
    )


def datetime_attr(start: date, end: date, granularity: str) -> str:
    """A valid HTML <time datetime> for the interval: the unit where HTML has one, else the start."""
    if granularity == "week" and start.weekday() == 0 and end == start + timedelta(days=6):
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "month" and _months_span(start, end, tuple(range(1, 13)), 1):
        return f"{start.year:04d}-{start.month:02d}"
    if granularity == "year" and start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return f"{start.year:04d}"
    return start.isoformat()
