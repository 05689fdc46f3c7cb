"""Turns a rule's semantic form into a TIMEX3 (type, value, mod) and a calendar interval.

All arithmetic against the anchor lives here and nowhere else: shifting by weeks, months,
quarters or years, placing a bare weekday or month by the sentence's tense, fuzzy references
("vor einigen Tagen") and durations tied to the anchor ("seit mehr als zwei Jahren"). The
calendar periods it chooses among, and the part of one that Anfang/Mitte/Ende (early/mid/late)
narrow it to, are newsline.timex.points'; a duration's value and reach and the stretch a fuzzy
reference covers, newsline.timex.durations'; which of a date's candidates the sentence's tense
points to, newsline.timex.choosing's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from newsline.timex import calendar as cal
from newsline.timex.choosing import choose, direction_of
from newsline.timex.durations import UNIT_GRANULARITY, duration_value, fuzzy_stretch, reach
from newsline.timex.model import Interval
from newsline.timex.points import (Point, day_in_months_around, in_year, in_year_if_real,
                                   narrow, nth_weekday, period, week_of_month, years)
from newsline.timex.semantic import Sem



@dataclass(frozen=True)
class Context:
    dct: date
    tense: str  # "past", "present" or "future": the sentence's
    tense_gap: int | None = None  # characters between the expression and its tense marker
    last_day: date | None = None  # the last day-precise date the text mentioned
    sentence_day: date | None = None  # the same, but only within the current sentence
    last_period: str | None = None  # the last quarter or half the text named ("1989-Q3")
    # the start of the last month, quarter, season or year the text named after its last
    # day-precise date: "in 1989 ... two years later" counts from it
    last_coarse: date | None = None
    last_coarse_granularity: str | None = None  # the granularity of that period
    sentence_coarse: date | None = None  # last_coarse, when named within the current sentence
    near_coarse: date | None = None  # the same, named within it or the sentence before
    # the first date the text named that is not the story's own day: (value, its interval)
    first_told: tuple[str, Interval] | None = None
    lang: str = ""  # the text's language ("en", "de")


@dataclass(frozen=True)
class Resolved:
    type: str
    value: str
    mod: str | None
    interval: Interval | None
    anchor: str | None


def resolve(sem: Sem, ctx: Context) -> Resolved | None:
    """The TIMEX3 reading of sem in ctx, or None when it names no real calendar position."""
    try:
        if sem.kind == "duration":
            return _duration(sem, ctx)
        if sem.kind == "set":
            return Resolved("SET", sem.set_value or "P1D", sem.mod, None, None)
        if sem.kind == "ref":
            return _reference(sem, ctx)
        if sem.reporting is not None and ctx.last_period is not None:
            return _reporting(sem, ctx.last_period)
        if sem.per_report and ctx.last_period is not None and ctx.sentence_coarse is None:
            point = period("year", date(int(ctx.last_period[:4]) + (sem.offset or 0), 1, 1))
            return Resolved("DATE", point.value, sem.mod, narrow(point, sem.mod),
                            ctx.last_period)
        if sem.event_time and ctx.first_told is not None:
            return _event_time(ctx.first_told, sem.unit or "month")
        if sem.narrative and sem.kind == "date" and sem.offset == 0 and ctx.last_coarse is not None \
                and (ctx.last_coarse_granularity, sem.unit) in UNSAID_PART:
            return _part_within(sem, ctx.last_coarse, ctx.last_coarse_granularity)
        anchor = _anchor(sem, ctx)
        if sem.hour == 24 and sem.direction == "night" and ctx.tense == "past" \
                and anchor == ctx.dct and not _has_date(sem):
            # "The blaze started shortly after midnight" told on the day: the midnight it
            # began with, on its own date (T24:00 would end it, hours after the telling)
            sem = sem.but(hour=0, direction=None)
        point = _point(sem, ctx, anchor)
        if point is None or _after_telling(sem, ctx, anchor, point):
            return None
        used = None if _absolute(sem) else anchor.isoformat()
        if sem.kind == "time":
            return _time(sem, point, used)
        return Resolved("DATE", point.value, sem.mod, narrow(point, sem.mod), used)
    except (ValueError, OverflowError, KeyError):
        return None


def _after_telling(sem: Sem, ctx: Context, anchor: date, point: Point) -> bool:
    """ "The next day, troops moved in" with no day told before it: the day after the story's
    day, which the text does not give; counted from the publication it would date what is told
    as gone by after it was told (a wrong date, worse than none). English only: the German rules
    count "Zwei Tage später wurde er entlassen" from the publication (test_constructs_de)."""
    return sem.narrative and ctx.lang == "en" and ctx.tense == "past" and anchor == ctx.dct \
        and (sem.offset or 0) > 0 and point.start > ctx.dct


# "that same day" after "last October" ("1998-10-XX"), "im selben Monat" after "2019 gegründet"
# ("2019-XX"): a part of the period last named, which one the text does not say
UNSAID_PART = {("month", "day"): "-XX", ("year", "day"): "-XX-XX", ("year", "month"): "-XX",
               ("year", "quarter"): "-QX", ("year", "half"): "-HX"}


def _part_within(sem: Sem, start: date, granularity: str) -> Resolved:
    point = period(granularity, start)
    value = point.value + UNSAID_PART[granularity, sem.unit]
    interval = Interval(point.start, point.end, granularity, approximate=True)
    return Resolved("DATE", value, sem.mod, interval, start.isoformat())


def _event_time(told: tuple[str, Interval], unit: str) -> Resolved:
    """The date an event the text told of first lies in: its month (or day, when the unit is a
    day) when the text gave the day."""
    value, iv = told
    if unit == "day" and iv.granularity in ("day", "time"):
        point = period("day", iv.start)
        return Resolved("DATE", point.value, None, narrow(point, None), value)
    if iv.granularity in ("day", "time", "week", "weekend"):
        point = period("month", iv.start)
        return Resolved("DATE", point.value, None, narrow(point, "APPROX"), value)
    return Resolved("DATE", value, None, Interval(iv.start, iv.end, iv.granularity, True), value)


def _reporting(sem: Sem, reported: str) -> Resolved:
    """The reporting period, moved by sem.reporting years ("the year-ago quarter")."""
    part, n = reported[5], int(reported[6:])
    year = sem.year if sem.year is not None else int(reported[:4]) + (sem.reporting or 0)
    if part == "Q":
        point = Point(f"{year:04d}-Q{n}", *cal.quarter_range(year, n), "quarter")
    else:
        point = Point(f"{year:04d}-H{n}", *cal.half_range(year, n), "half")
    return Resolved("DATE", point.value, sem.mod, narrow(point, sem.mod), reported)


COARSE_UNITS = ("month", "quarter", "half", "season", "year", "decade")


# A year (or longer) names no month, quarter or half in it: counting one of those away from it
# ("1998 gegründet. Im Vorjahresquartal ...") would count from its January (UNSAID_PART: the same)
PART_UNITS = ("month", "quarter", "half")
WHOLE_YEARS = ("year", "decade", "century")


def _anchor(sem: Sem, ctx: Context) -> date:
    if sem.narrative and ctx.last_coarse is not None and (
            sem.unit in COARSE_UNITS or sem.season is not None
            or (sem.month is not None and sem.day is None)) and not (
            sem.unit in PART_UNITS and sem.offset
            and ctx.last_coarse_granularity in WHOLE_YEARS):
        # ("im Herbst 2022 ... im Mai darauf")
        if sem.unit is None and sem.direction == "future" and ctx.last_coarse_granularity:
            # "in 2015 ... the following spring": after the whole period told, not its start
            return period(ctx.last_coarse_granularity, ctx.last_coarse).end
        return ctx.last_coarse
    if sem.narrative and ctx.last_day is not None:
        return ctx.last_day
    if sem.kind == "time" and not _has_date(sem):
        if sem.daypart is not None and ctx.last_day is not None:
            return ctx.last_day  # "am Nachmittag": of the day the text is telling about
        if sem.direction == "in_story" and ctx.tense == "past" and ctx.last_day is not None \
                and ctx.last_day <= ctx.dct:
            # "Am Freitag brannte ... Die Feuerwehr wurde um 3.15 Uhr": not a day still to
            # come ("will meet him on Monday. ... was shot at about 10 p.m.")
            return ctx.last_day
        if ctx.sentence_day is not None:
            return ctx.sentence_day  # "am Samstag ... um 20 Uhr"
    if sem.direction in ("onward", "scheduled") and sem.weekday is not None and sem.month is None \
            and ctx.sentence_day is not None and ctx.sentence_day > ctx.dct:
        # a plan told day by day: "reist am Montag nach Rom, am Dienstag trifft er ..." is the
        # Tuesday after that Monday
        return ctx.sentence_day
    return ctx.dct


def _has_date(sem: Sem) -> bool:
    return sem.weekend or any(v is not None for v in (
        sem.year, sem.month, sem.day, sem.weekday, sem.holiday, sem.unit, sem.week, sem.season,
        sem.quarter, sem.half, sem.decade, sem.century))


def _absolute(sem: Sem) -> bool:
    if sem.unit is not None or sem.narrative:
        return False
    return sem.year is not None or sem.decade is not None or sem.century is not None


def _point(sem: Sem, ctx: Context, anchor: date) -> Point | None:
    if not _has_date(sem):
        if sem.direction == "night" and ctx.tense == "past" and anchor == ctx.dct:
            # "In der Nacht brachen Unbekannte ein", "über Nacht hatte es geschneit": a night
            # told as past on the publication day is the one before, as "last night" (the
            # publication day's own night has not begun)
            return period("day", anchor - timedelta(days=1))
        return period("day", anchor) if sem.kind == "time" else None
    if (sem.unit in ("month", "year") or sem.same_day) and sem.offset and sem.week_of_month \
            is None and (sem.weekday is not None or sem.weekend):
        # "a year ago Saturday", "a week from Friday": that weekday's day, moved by the units
        day = _point(sem.but(unit=None, offset=None), ctx, anchor)
        return None if day is None else period("weekend" if sem.weekend else "day",
                                               cal.shift(day.start, sem.unit, sem.offset))
    if sem.narrative and sem.season is not None and ctx.last_coarse is None \
            and ctx.last_day is None and ctx.tense in ("past", "future"):
        # "That summer, the river flooded", "The following spring, the dam was rebuilt" with no
        # time told before: counted from the publication they may lie on the side the tense
        # denies (a summer still to come); then the season is placed as a bare one is
        told = _point(sem.but(narrative=False), ctx, anchor)
        if told is not None and (ctx.tense == "past" and told.start > ctx.dct
                                 or ctx.tense == "future" and told.end < ctx.dct):
            sem = sem.but(unit=None, offset=None, narrative=False, direction="tense")
    if sem.unit is not None and sem.offset is not None:
        moved = cal.shift(anchor, sem.unit, sem.offset)
        if sem.same_day:
            return period("day", moved)
        if sem.weekday is not None and sem.unit == "day" and sem.direction == "past_incl":
            # the first day of a range told in the past, its last day that many days on: the
            # last such weekday that leaves the range's end no later than the anchor
            return period("day", moved - timedelta(days=(moved.weekday() - sem.weekday) % 7))
        if sem.weekday is not None and sem.unit == "day":
            # "am morgigen Sonntag": the weekday named nearest the day counted to
            return period("day", moved + timedelta(days=(sem.weekday - moved.weekday() + 3) % 7
                                                   - 3))
        if sem.weekday is not None and sem.unit == "week":
            d = cal.week_start(moved) + timedelta(days=sem.weekday)
            return period("day", d)
        if sem.unit == "year" and in_year(sem, moved.year) is not None:
            return in_year(sem, moved.year)
        if sem.unit == "month" and sem.day is not None:
            return period("day", moved.replace(day=sem.day))
        if sem.unit == "month" and sem.week_of_month is not None and sem.weekday is not None:
            return nth_weekday(moved.year, moved.month, sem.weekday, sem.week_of_month)
        if sem.unit == "month" and sem.week_of_month is not None:
            return week_of_month(moved.year, moved.month, sem.week_of_month)
        if sem.direction == "edge" and sem.offset == 0:
            # "Ende des Jahres war ... gestiegen" in January: the end just past, not the coming
            # one; "Anfang der Woche wird ..." on a Friday: the next week's start
            part = narrow(period(sem.unit, moved), sem.mod)
            if ctx.tense == "past" and part.start > anchor:
                moved = cal.shift(anchor, sem.unit, -1)
            elif ctx.tense == "future" and part.end < anchor:
                moved = cal.shift(anchor, sem.unit, 1)
        return period(sem.unit, moved)
    if sem.year is not None and sem.range_end_year is not None:
        return years(sem.year, sem.range_end_year)
    if sem.year is not None:
        inside = in_year(sem, sem.year)
        return inside if inside is not None else period("year", date(sem.year, 1, 1))
    if sem.decade is not None:
        return period("decade", date(max(sem.decade * 10, 1), 1, 1))
    if sem.century is not None:
        return period("century", date(max(sem.century * 100, 1), 1, 1))
    if sem.story_year and ctx.tense == "past" and ctx.last_coarse is not None and \
            ctx.last_coarse_granularity in ("year", "half", "quarter", "season", "month"):
        inside = in_year_if_real(sem, ctx.last_coarse.year)
        if inside is not None:
            return inside
    if sem.direction in ("in_story", "in_story_fronted"):
        # a month or season told in the past in a sentence that named its year ("2015 zog sie
        # nach Wien und begann im Herbst ein Studium") lies in that year
        if ctx.tense == "past" and ctx.sentence_coarse is not None and \
                ctx.last_coarse_granularity in ("year", "half", "quarter", "season", "month"):
            inside = in_year_if_real(sem, ctx.sentence_coarse.year)
            # (not when that year's month is still to come: "das Budget für 2024 wurde im
            # Dezember beschlossen" in January 2024 is the December before)
            if inside is not None and inside.start <= ctx.dct:
                return inside
        elif sem.direction == "in_story_fronted" and ctx.tense == "past" and \
                ctx.near_coarse is not None and \
                ctx.last_coarse_granularity in ("year", "half", "quarter", "season", "month"):
            # ... or in the sentence before, when it comes after the period named there ("Im
            # März 2019 gründete sie die Firma. Im Mai folgte die erste Finanzierung"); one
            # before it may be of the next year ("Im Herbst 2018 ... Im Februar")
            inside = in_year_if_real(sem, ctx.near_coarse.year)
            if inside is not None and ctx.near_coarse <= inside.start and \
                    narrow(inside, sem.mod).start <= ctx.dct:
                return inside
        sem = sem.but(direction="ahead")
    direction = direction_of(sem, ctx)
    if sem.weekday is not None and sem.month is not None and sem.day is not None:
        # "Saturday, April 25": the year in which that day is that weekday
        fits = [p for y in (anchor.year, anchor.year - 1, anchor.year + 1)
                if (p := in_year_if_real(sem, y)) is not None and p.start.weekday() == sem.weekday]
        if fits:
            return fits[0]
        sem = sem.but(weekday=None)
    if (sem.weekday is not None or sem.weekend) and sem.week_of_month is None:
        target = 5 if sem.weekend else sem.weekday
        base = cal.week_start(anchor) + timedelta(days=target)
        days = [base + timedelta(weeks=k) for k in (-2, -1, 0, 1, 2)]
        unit = "weekend" if sem.weekend else "day"
        cands = [period(unit, d) for d in days]
        return choose(cands, anchor, direction)
    cands = day_in_months_around(sem.day, anchor) if sem.day is not None and sem.month is None \
        else _in_years_around(sem, anchor)
    if not cands:
        return None
    if sem.day is not None and sem.month is None and direction == "future_incl" \
            and ctx.tense != "future":
        # "the 30th" said on 31 January without a future tense: the day just gone rather than
        # one two months on, past a February that lacks it
        ahead = choose(cands, anchor, direction)
        if ahead is None or \
                (ahead.start.year - anchor.year) * 12 + ahead.start.month - anchor.month > 1:
            return choose(cands, anchor, "past_incl")
    return choose(cands, anchor, direction, sem.mod)


def _in_years_around(sem: Sem, anchor: date) -> list[Point]:
    """The date in the anchor's year and the years either side, earliest first. A date some
    years lack (29 February, "the fifth Friday in June") is also taken in the nearest year
    before and after that has it, so a tense finds one on its side: "Feb. 29" told ahead on
    30 April 2024 is 2028's (the two years either side lack it; choosing raised IndexError)."""
    # (and two years back: a winter told as past in January, the one before the winter it is
    # now, is the one that began two Decembers ago)
    found = {y: p for y in range(anchor.year - 2, anchor.year + 2)
             if (p := in_year_if_real(sem, y)) is not None}
    if len(found) < 4:
        for years in (range(anchor.year - 3, anchor.year - 12, -1),
                      range(anchor.year + 2, anchor.year + 12)):
            y = next((y for y in years if in_year_if_real(sem, y) is not None), None)
            if y is not None:
                found[y] = in_year_if_real(sem, y)
    return [found[y] for y in sorted(found)]


def _time(sem: Sem, point: Point, used: str | None) -> Resolved | None:
    day = point.start if point.granularity == "day" else None
    if day is None:
        return None
    if sem.night_before:
        eve = day - timedelta(days=1)
        return Resolved("TIME", f"{eve.isoformat()}TNI", sem.mod, Interval(eve, day, "time"),
                        used)
    if sem.hour is not None:
        value = f"{day.isoformat()}T{sem.hour:02d}:{(sem.minute or 0):02d}"
    elif sem.daypart is not None:
        value = f"{day.isoformat()}T{sem.daypart}"
    else:
        value = day.isoformat()
    return Resolved("TIME", value, sem.mod, Interval(day, day, "time"), used)


# ---- references and durations ----------------------------------------------------------------

def _reference(sem: Sem, ctx: Context) -> Resolved:
    anchor = ctx.dct
    if sem.narrative:
        # ("wenige Tage später": from the story's last day, else from the period it named;
        # without either it is no stretch of the timeline)
        anchor = ctx.last_day or ctx.last_coarse or ctx.dct
        if sem.ref_span is not None and ctx.last_day is None and ctx.last_coarse is None:
            return Resolved("DATE", sem.ref or "PAST_REF", sem.mod, None, None)
    interval = None
    if sem.ref_unit is not None and sem.ref_span is not None:
        interval = fuzzy_stretch(anchor, sem.ref_unit, sem.ref_span)
    elif sem.ref == "PRESENT_REF" or sem.narrative:
        # ("in diesen Tagen" told in the past: about the day the story last named)
        interval = Interval(anchor, anchor, "day", approximate=True)
    return Resolved("DATE", sem.ref or "PRESENT_REF", sem.mod, interval, anchor.isoformat())


def _duration(sem: Sem, ctx: Context) -> Resolved:
    unit = sem.unit or "day"
    amount = sem.amount or "X"
    value = sem.duration_text or duration_value(amount, unit)
    interval, used = None, None
    if sem.placed is not None:
        point = resolve(sem.placed, ctx)
        if point is not None:
            interval, used = point.interval, point.anchor
        return Resolved("DURATION", value, sem.mod, interval, used)
    if sem.anchored is not None:
        anchor = ctx.last_day if sem.narrative and ctx.last_day else ctx.dct
        used = anchor.isoformat()
        gran = UNIT_GRANULARITY[unit]
        approximate = amount == "X" or sem.mod == "APPROX"
        more = sem.mod in ("MORE_THAN", "EQUAL_OR_MORE")
        if sem.anchored == "until":
            interval = Interval(reach(anchor, amount, unit, -1), anchor, gran,
                                approximate=approximate, open_start=more, open_end=sem.ongoing)
        else:
            interval = Interval(anchor, reach(anchor, amount, unit, 1), gran,
                                approximate=approximate, open_end=more or sem.ongoing)
    return Resolved("DURATION", value, sem.mod, interval, used)
