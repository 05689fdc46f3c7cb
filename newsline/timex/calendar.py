"""Calendar arithmetic the resolver needs and `datetime` lacks.

ISO weeks, quarters, halves, meteorological seasons, decades and centuries as day ranges, month
shifts that clamp the day, and the Easter date all holidays of the church year hang on. Every
function returns plain `date`s; the resolver turns them into TIMEX3 values and intervals.
"""

from __future__ import annotations

import calendar as _stdcal
from datetime import date, timedelta

# Meteorological seasons: the start month of each; winter runs into the next year.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

MIN_YEAR, MAX_YEAR = 1, 9998  # keep one year of headroom either way for shifts


def month_end(year: int, month: int) -> date:
    return date(year, month, _stdcal.monthrange(year, month)[1])


def add_months(d: date, months: int) -> date:
    """d shifted by whole months; the day is clamped to the target month's length."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, _stdcal.monthrange(year, month)[1]))


def add_years(d: date, years: int) -> date:
    return add_months(d, 12 * years)


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def iso_week_range(year: int, week: int) -> tuple[date, date]:
    start = date.fromisocalendar(year, week, 1)
    return start, start + timedelta(days=6)


def week_value(d: date) -> str:
    iso_year, iso_week, _ = d.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def quarter_range(year: int, quarter: int) -> tuple[date, date]:
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), month_end(year, first + 2)


def half_range(year: int, half: int) -> tuple[date, date]:
    first = 6 * (half - 1) + 1
    return date(year, first, 1), month_end(year, first + 5)


def season_range(year: int, season: str) -> tuple[date, date]:
    first = SEASON_START[season]
    start = date(year, first, 1)
    return start, add_months(start, 3) - timedelta(days=1)


def season_of(d: date) -> tuple[int, str]:
    """The meteorological season a day falls in, with the year it is named after."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    for name, first in SEASON_START.items():
        if first <= d.month < first + 3:
            return d.year, name
    raise AssertionError(d)


def year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def decade_range(decade: int) -> tuple[date, date]:
    """decade is the year's first three digits: 199 -> 1990-01-01..1999-12-31."""
    return date(max(decade * 10, MIN_YEAR), 1, 1), date(decade * 10 + 9, 12, 31)


def century_range(century: int) -> tuple[date, date]:
    """century is the year's first two digits (TimeML): 19 -> 1900..1999."""
    return date(max(century * 100, MIN_YEAR), 1, 1), date(century * 100 + 99, 12, 31)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (0 = Monday) of a month; n = -1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def shift(d: date, unit: str, n: int) -> date:
    """d moved by n units (day, week, month, quarter, half, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    months = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12, "decade": 120,
              "century": 1200}[unit]
    return add_months(d, months * n)
