"""English holidays: what "Christmas Day", "the Easter weekend", "midnight on New Year's Eve",
"its Easter recess" mean, from a match of one of grammar_en's rules (the dates of the holidays
themselves are in holidays.py).
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_en as L
from newsline.timex.dates_en import rel_direction, with_time
from newsline.timex.direction_en import DEADLINE, SCHEDULED
from newsline.timex.holidays import holiday_date
from newsline.timex.patterns import after, before, group, key
from newsline.timex.semantic import Sem


def clock_holiday(m):
    """ "midnight on New Year's Eve", "8 p.m. on Christmas Day": a time of the holiday."""
    sem = holiday(m)
    if not isinstance(sem, Sem):
        return None
    if group(m, "noon"):
        return sem.but(kind="time", hour=24 if key(m.group("noon")) == "midnight" else 12,
                       minute=0)
    return with_time(m, sem)


# a holiday in the name of an agreement, a war or a rising ("the Good Friday Agreement", "the
# Easter Rising", "the Yom Kippur War"): a name, which TimeML leaves untagged. A war or a rising
# only capitalised: "On Good Friday war broke out", "After Easter rising prices ..." are dates
NAMES_AFTER = re.compile(r"\s+(?:(?i:agreement|accords?|pact|treaty)|War|Offensive|Rising|"
                         r"Uprising)\b")


def holiday(m):
    name = L.HOLIDAYS[key(m.group("h"))]
    if name == "us_election_day" and m.group("h") != "Election Day":
        return None  # only the capitalised name is the fixed American date
    if not group(m, "y") and not group(m, "hu") and NAMES_AFTER.match(after(m, 12)):
        return None
    if group(m, "hu"):
        if not weekend_holiday(name):
            return [(m.start(), m.end("h"), sem) for sem in [holiday_sem(m, name)] if sem]
        return holiday_sem(m, name).but(holiday_unit="weekend")
    return holiday_sem(m, name)


# the weekend of a holiday that always falls between Thursday and Sunday ("the Easter
# weekend", "the Thanksgiving weekend") is the one after it in the same week; a Monday
# holiday's weekend ("the Labor Day weekend") lies before it, which no unit says: the day only
def weekend_holiday(name: str) -> bool:
    return all(holiday_date(name, year).weekday() >= 3 for year in range(2020, 2028))


# a holiday naming the days off around it ("its Easter recess", "after the Christmas break"):
# the nearest one, as a return from it or a trip before it is told whatever the tense
BREAK_AFTER = re.compile(r"\s+(?:recess|break|holidays|vacation|hols|getaway|shutdown)\b",
                         re.IGNORECASE)


def holiday_sem(m: re.Match, name: str) -> Sem:
    if group(m, "y"):
        return Sem(holiday=name, year=int(m.group("y")))
    if group(m, "rel") is None and BREAK_AFTER.match(after(m, 12)):
        return Sem(holiday=name, direction="lean")
    if group(m, "rel") is None and SCHEDULED.search(before(m, 40)):
        return Sem(holiday=name, direction="future_incl")  # "the sales start on Boxing Day"
    if group(m, "rel") is None and DEADLINE.search(before(m, 20)):
        return Sem(holiday=name, direction="onward")  # "postmarked by Election Day"
    return Sem(holiday=name, direction=rel_direction(group(m, "rel")))
