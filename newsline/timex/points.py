"""Calendar points: the period a TIMEX3 value names, with its first and last day.

Resolution (newsline.timex.resolve) places an expression by choosing among such points; this
module knows only the calendar: the week, month, quarter, season or year holding a day, the
day or period a month, weekday, holiday or week number names inside a given year, and the part
of a period that Anfang/Mitte/Ende (early/mid/late) narrow it to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from newsline.timex import calendar as cal
from newsline.timex.holidays import holiday_date
from newsline.timex.model import Interval
from newsline.timex.semantic import Sem


@dataclass(frozen=True)
class Point:
    value: str
    start: date
    end: date
    granularity: str


def period(unit: str, d: date) -> Point:
    """The period of the given unit that contains d."""
    if unit == "day":
        return Point(d.isoformat(), d, d, "day")
    if unit == "week":
        s = cal.week_start(d)
        return Point(cal.week_value(d), s, s + timedelta(days=6), "week")
    if unit == "weekend":
        sat = cal.week_start(d) + timedelta(days=5)
        return Point(cal.week_value(d) + "-WE", sat, sat + timedelta(days=1), "week")
    if unit == "month":
        return Point(f"{d.year:04d}-{d.month:02d}", d.replace(day=1),
                     cal.month_end(d.year, d.month), "month")
    if unit == "quarter":
        q = (d.month - 1) // 3 + 1
        return Point(f"{d.year:04d}-Q{q}", *cal.quarter_range(d.year, q), "quarter")
    if unit == "half":
        h = (d.month - 1) // 6 + 1
        return Point(f"{d.year:04d}-H{h}", *cal.half_range(d.year, h), "half")
    if unit == "season":
        y, s = cal.season_of(d)
        return Point(f"{y:04d}-{s}", *cal.season_range(y, s), "season")
    if unit == "year":
        return Point(f"{d.year:04d}", *cal.year_range(d.year), "year")
    if unit == "decade":
        return Point(f"{d.year // 10:03d}", *cal.decade_range(d.year // 10), "decade")
    if unit == "century":
        return Point(f"{d.year // 100:02d}", *cal.century_range(d.year // 100), "century")
    raise KeyError(unit)


def in_year(sem: Sem, year: int) -> Point | None:
    """The point sem's month/day/season/... names inside a given year."""
    if sem.holiday is not None:
        return period(sem.holiday_unit, holiday_date(sem.holiday, year))
    if sem.week is not None:
        s, e = cal.iso_week_range(year, sem.week)
        return Point(f"{year:04d}-W{sem.week:02d}", s, e, "week")
    if sem.week_of_month is not None and sem.month is not None:
        if sem.weekend:  # "the second weekend of September": that of its second Saturday
            return period("weekend", cal.nth_weekday(year, sem.month, 5, sem.week_of_month))
        if sem.weekday is not None:
            return nth_weekday(year, sem.month, sem.weekday, sem.week_of_month)
        return week_of_month(year, sem.month, sem.week_of_month)
    if sem.month is not None and sem.day is not None:
        first = date(year, sem.month, sem.day)
        if sem.in_week:
            return period("week", first)
        if sem.range_end_month is not None and sem.range_end_day is not None:
            # a range into another month: the value is its first day, the interval all of it
            last_year = year + 1 if sem.range_end_month < sem.month else year
            last = date(last_year, sem.range_end_month, sem.range_end_day)
            return Point(first.isoformat(), first, last, "day")
        if sem.range_end_day is not None and sem.range_end_day > sem.day:
            last = date(year, sem.month, sem.range_end_day)
            return Point(first.isoformat(), first, last, "day")
        return period("day", first)
    if sem.month is not None:
        return period("month", date(year, sem.month, 1))
    if sem.season is not None:
        return Point(f"{year:04d}-{sem.season}", *cal.season_range(year, sem.season), "season")
    if sem.quarter is not None:
        return Point(f"{year:04d}-Q{sem.quarter}", *cal.quarter_range(year, sem.quarter),
                     "quarter")
    if sem.half is not None:
        return Point(f"{year:04d}-H{sem.half}", *cal.half_range(year, sem.half), "half")
    return None


def day_in_months_around(day: int, anchor: date) -> list[Point]:
    """A day of the month named without its month ("on the 21st", "am 21."): that day in
    each month from two before to two after the anchor's, earliest first, skipping months
    too short for it ("the 31st" has no April)."""
    first = anchor.replace(day=1)
    months = (cal.shift(first, "month", k) for k in range(-2, 3))
    return [period("day", d.replace(day=day)) for d in months
            if day <= cal.month_end(d.year, d.month).day]


def in_year_if_real(sem: Sem, year: int) -> Point | None:
    """in_year, or None where that year lacks the day ("Feb. 29" is only in leap years)."""
    try:
        return in_year(sem, year)
    except ValueError:
        return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> Point:
    """The n-th weekday of a month ("the last Sunday of October": n = -1, weekday 6)."""
    d = cal.nth_weekday(year, month, weekday, n)
    if d.month != month:
        raise ValueError("the month has no such weekday")  # a fifth Monday it lacks
    return period("day", d)


def week_of_month(year: int, month: int, n: int) -> Point:
    """The ISO week holding the n-th seventh of a month (n = -1: the week of its last day)."""
    d = cal.month_end(year, month) if n < 0 else date(year, month, 1) + timedelta(weeks=n - 1)
    return period("week", d)


def years(first: int, last: int) -> Point:
    """Years written as one ("die Saison 2023/24", "1995-96", "2015-2020"); the interval is all
    of them, which is what a timeline draws. The value is the smallest TimeML unit holding every
    one of them: their decade ("202" for 2023/24), their century when a decade ends between
    them ("20" for 2019/20). A season or business year starts in its first year, but the value
    "2023" would claim that the whole span lies in 2023, which is false for its second part; a
    vaguer value that is true is preferred to a precise one that is partly wrong (the KRAUTS
    gold agrees: '1925/26' is 192). When a century ends between them ("1999/2000") no value
    holds both, and the first year, where the span starts, stands for it."""
    if last <= first:
        return period("year", date(first, 1, 1))
    if first // 10 == last // 10:
        value = f"{first // 10:03d}"
    else:
        value = f"{first // 100:02d}" if first // 100 == last // 100 else f"{first:04d}"
    return Point(value, date(first, 1, 1), date(last, 12, 31), "year")


def narrow(point: Point, mod: str | None) -> Interval:
    start, end = point.start, point.end
    approximate = mod in ("APPROX", "START", "MID", "END")
    length = (end - start).days + 1
    if mod in ("START", "MID", "END") and length >= 3:
        third = length // 3
        if mod == "START":
            end = start + timedelta(days=third - 1)
        elif mod == "END":
            start = end - timedelta(days=third - 1)
        else:
            start = start + timedelta(days=third)
            end = end - timedelta(days=third)
    return Interval(start, end, point.granularity, approximate=approximate)
