"""English days and times of day: weekdays, "today" and "tomorrow", parts of the day and clock
times, from a match of one of grammar_en's rules.

Split from dates_en (dates, months, seasons, holidays), whose helpers it shares: a day is placed
by the words around it far more often than a month is (a deadline, a timetable, a past verb of
its clause), and those choices read best together. Every function returns a semantic form or
None when the words name no time.
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_en as L
from newsline.timex import narrative_en as N
from newsline.timex.calendar import nth_weekday as nth_weekday_of
from newsline.timex.dates_en import (approx, clock_hour, month_of, pos_of, rel_direction,
                                     weekday_of)
from newsline.timex.clauses_en import (CLAUSE_FUTURE, PAST_BEFORE_SPAN, PAST_RIGHT_BEFORE,
                                       PLURAL_PLAIN_PAST, told_before, told_when)
from newsline.timex.direction_en import (AHEAD, AWAITED, DEADLINE, FORECAST_FOR, ORDERED_UNTIL,
                                         ORIGINAL_PLAN, POSTPONED, SCHEDULED, SINCE, attributed,
                                         by_told_as_past, directed, happened, lean, promised)
from newsline.timex.holidays_en import NAMES_AFTER
from newsline.timex.patterns import after, before, group, key, year_of
from newsline.timex.semantic import Sem


# "today's world", "the leaders of tomorrow": the present or future age in general, not a day
GENERIC_AGE = re.compile(r"['’]s\s+(?:world|youth|society|generations?|children|kids|young|"
                         r"teenagers|students|parents|families|consumers|culture|"
                         r"(?:\w+\s+)?computers)\b", re.IGNORECASE)
GENERIC_OF = re.compile(r"\b(?!(?:as|is|was|has|this|his|its|us|thus|plus|less|across)\s)"
                        r"(?:people|youth|world|generations?|children|[a-z]+s)\s+of\s+$",
                        re.IGNORECASE)


def day_word(m):
    w = key(m.group("w"))
    if w in ("today", "tomorrow") and not group(m, "pos") and not group(m, "dp") and (
            GENERIC_AGE.match(after(m, 24)) or (GENERIC_OF.search(before(m, 24))
                                                and not re.match(r"['’]", after(m, 1)))):
        return None
    sem = Sem(unit="day", offset=L.DAY_WORDS[key(m.group("w"))],
              mod=pos_of(m) if key(group(m, "pos")) in ("early", "late") else None)
    dp = group(m, "dp")
    return attributed(m, sem.but(kind="time", daypart=L.DAYPARTS[key(dp)]) if dp else sem)


def tonight(m):
    w = key(m.group("w"))
    offset = -1 if w == "last night" else 0
    dp = {"tonight": "NI", "last night": "NI"}.get(w) or L.DAYPARTS[w.split()[-1]]
    return Sem(kind="time", unit="day", offset=offset, daypart=dp, mod=pos_of(m))  # "late ..."


# "that" before a weekday names a day of the story only where no verb can have it as its
# conjunction: opening a sentence or after a preposition ("On that Monday, ..."), not in
# "officials said that Monday's vote ..."
THAT_OPENS = re.compile(r"(?:^|[.!?;:\n][\"'’”)]*\s*|\b(?:on|by|until|till|from|since)\s+)$",
                        re.IGNORECASE)


# a weekday in a name: a newspaper ("the Sunday Times", "the Mail on Sunday") or an event
# remembered by its name ("Black Monday", "Bloody Sunday"), a day of primaries or sales named
# for its weekday ("Super Tuesday", "Cyber Monday"), whose date the weekday does not give
PAPER_AFTER = re.compile(r"\s+(?-i:Times|Telegraph|Express|Mirror|Herald|Post|Independent|"
                         r"Tribune|Star|Mail|World|Observer|Age|Nation|Standard)\b(?!\s+Square\b)")
# a day named after a preposition of time: "On Sunday Times Square was empty"
DAY_PREPOSITION = re.compile(r"\b(?:on|by|since|until|till|from|through|last|next|this|every|"
                             r"early|late)\s+$", re.IGNORECASE)
NAME_BEFORE = re.compile(r"(?-i:\bBlack|\bBloody|\bSuper|\bCyber)\s+$")
PAPER_BEFORE = re.compile(r"(?-i:\b(?:Mail|Independent)\s+on)\s+$")
GOOD_BEFORE = re.compile(r"(?-i:\bGood)\s+$")


def weekday(m):
    rel_text = group(m, "rel")
    wd = m.group("wd")
    if rel_text is None and wd[0].isupper() and (
            (PAPER_AFTER.match(after(m, 16)) and not DAY_PREPOSITION.search(before(m, 8))) or
            (NAME_BEFORE.search(before(m, 8)) and not wd.startswith("Fri")) or
            (PAPER_BEFORE.search(before(m, 16)) and wd == "Sunday")):
        return None  # (not "Black Friday", the shopping day)
    if wd == "Friday" and GOOD_BEFORE.search(before(m, 6)) and NAMES_AFTER.match(after(m, 12)):
        return None  # "the Good Friday Agreement": a name (holidays_en.holiday)
    if key(rel_text) == "that" and not THAT_OPENS.search(before(m, 12)):
        return [(m.start("wd"), m.end(), sem) for sem in [_weekday(m, None)] if sem]
    sem = attributed(m, _weekday(m, rel_text))
    return None if sem is None else [(m.start(), m.end(), sem)]


# a day something was set or called for, or a deadline set: the setting has happened, the day
# lies ahead ("The judge set a hearing for Thursday", "called a strike for Thursday", "set a
# deadline of Thursday")
SET_FOR = re.compile(r"\b(?:set|called|fixed|booked|arranged|convened|scheduled|rescheduled|"
                     r"slated)\b[^,;:.!?]{0,40}\bfor\s+$|\bdeadline\s+(?:of|for)\s+$",
                     re.IGNORECASE)


# a weekday a day word is said to be ("Today is Friday", "yesterday was Thursday"): that day
# itself, a day away at most; neither "is" as a timetable nor the tense moves it a week
DAY_IS = re.compile(r"\b(?:today|tomorrow|yesterday)\s+(?:is|was|will\s+be)\s+$", re.IGNORECASE)


# the second weekday of a range ("from Monday to Wednesday", "between Tuesday and Thursday",
# "Monday through Friday", "Monday-Friday") or of two days to choose from in the week's order
# ("will vote Tuesday or Wednesday"): the first such day after the first one's (not after
# "and", nor in "Friday or Thursday": lists and choices may run backwards, "interviews given
# Saturday and Friday")
RANGE_END = re.compile(rf"(?:\b(?:from|between)\s+(?:{'|'.join(L.WEEKDAYS)})\s+(?:to|through|"
                       rf"till|until|and)|\b(?:{'|'.join(L.WEEKDAYS)})(?:\s+(?:to|through)|"
                       r"\s*[-–]))\s*$", re.IGNORECASE)
CHOICE_END = re.compile(rf"\b(?P<wd1>{'|'.join(L.WEEKDAYS)})\s+or\s+$", re.IGNORECASE)


def _range_end(m: re.Match, wd: int) -> bool:
    choice = CHOICE_END.search(before(m, 16))
    if choice is not None:
        return weekday_of(choice.group("wd1")) < wd
    return RANGE_END.search(before(m, 32)) is not None


# the second weekday of a range right after the first ("Monday to Wednesday", "Monday-Friday"),
# which no week follows ("Monday to Wednesday next week" names its own)
RANGE_TO = re.compile(rf"\s*(?:[-–]|\s(?:to|through|till|until)\s)\s*(?P<wd2>{'|'.join(L.WEEKDAYS)})"
                      r"\b(?!\s+(?:of\s+)?(?:last|next|this)\s+week\b)", re.IGNORECASE)


# the first weekday of a range or choice whose second one names its week ("Monday-Wednesday last
# week", "from Tuesday to Thursday next week", "Monday or Tuesday last week"): that week too
RANGE_WEEK = re.compile(rf"\s*(?:[-–]|\s(?:to|through|till|until|and|or)\s)\s*(?:{'|'.join(L.WEEKDAYS)})"
                        r"\s+(?:of\s+)?(?P<wrel>last|next|this)\s+week\b", re.IGNORECASE)


def _weekday(m: re.Match, rel_text: str | None) -> Sem | None:
    if not rel_text and re.search(r"\b(?:first|second|third|fourth|fifth)\s+$",
                                  before(m, 8), re.IGNORECASE):
        return None  # "the first Monday of every month": a weekday counted in a month
    wd = weekday_of(m.group("wd"))
    dp = group(m, "dp")
    rel = key(rel_text)
    if rel in ("following", "the following", "that"):
        sem = N.following_weekday(wd, rel.split()[-1])
    elif rel_text is None and ORIGINAL_PLAN.search(before(m, 40)):
        # "the vote, originally set for Monday, was delayed": the nearest Monday
        sem = Sem(weekday=wd, direction="present")
    elif rel_text is None and not group(m, "wrel") and _range_end(m, wd):
        sem = N.following_weekday(wd, "following")
    elif group(m, "wrel"):
        sem = Sem(weekday=wd, unit="week", offset=L.RELATIVE[key(m.group("wrel"))])
    elif rel_text is None and not dp and (week := RANGE_WEEK.match(after(m, 40))):
        sem = Sem(weekday=wd, unit="week", offset=L.RELATIVE[key(week.group("wrel"))])
    elif rel.endswith("previous"):
        sem = Sem(weekday=wd, direction="past", narrative=True)  # before the day told about
    elif rel == "" and (SINCE.search(before(m, 16)) or happened(m) or told_when(m) or
                        by_told_as_past(m)):
        # "searching since Friday evening", "will examine Tuesday's crash site", "delayed
        # until Monday, when it passed", "By Friday the rebels had taken the town"
        sem = Sem(weekday=wd, direction="past_incl")
    elif rel_text is None and not dp and (end := RANGE_TO.match(after(m, 16))) and \
            (PAST_RIGHT_BEFORE.search(before(m, 30)) or PAST_BEFORE_SPAN.search(before(m, 30))):
        # "The show ran Monday to Wednesday" told on a Tuesday: the whole range is past, so its
        # first day is the last one that many days before the telling at the latest
        days = (weekday_of(end.group("wd2")) - wd) % 7
        sem = Sem(weekday=wd, unit="day", offset=-days, direction="past_incl")
    elif rel_text is None and (PAST_RIGHT_BEFORE.search(before(m, 30)) or
                               PLURAL_PLAIN_PAST.search(before(m, 60))):
        # "The strike that began on Monday is expected to end on Thursday"; "Prices hit a
        # record on Thursday"
        sem = Sem(weekday=wd, direction="past_incl")
    elif rel_text is None and not dp and DAY_IS.search(before(m, 24)):
        sem = Sem(weekday=wd, direction="present")  # "Today is Friday": the nearest Friday
    elif rel_text is None and not group(m, "wrel") and (AWAITED.search(before(m, 90)) or
                                                        directed(m)):
        # "braced for the Fed's decision on Wednesday", "were told Monday to close on
        # Friday": after the day the story has reached
        sem = N.following_weekday(wd, "following")
    elif rel == "" and re.search(r"\bas\s+(?:soon|early)\s+as\s+$", before(m, 14), re.I):
        sem = Sem(weekday=wd, direction="future")  # "as soon as Tuesday", even when reported
    elif rel_text is None and (POSTPONED.search(before(m, 30)) or
                               ORDERED_UNTIL.search(before(m, 70)) or
                               FORECAST_FOR.search(before(m, 50)) or
                               SET_FOR.search(before(m, 50)) or promised(m) or
                               SCHEDULED.search(before(m, 60))):
        # "was adjourned to Friday", "issued a warning for Friday", "The judge set a hearing
        # for Friday", "vowed to return Saturday"; a timetable, also after a deadline's word
        # ("The truce, agreed in March, expires on Friday"): ahead
        sem = Sem(weekday=wd, direction="future_incl")
    elif rel_text is None and (DEADLINE.search(before(m, 20)) or
                               re.search(r"\bthrough\s+$", before(m, 9), re.I)):
        sem = Sem(weekday=wd, direction="onward")  # "by Friday", "until Tuesday"
    elif rel == "this":  # "this Sunday" said on a Monday: the coming one, unless told as past
        sem = Sem(weekday=wd, direction="onward")
    elif rel_text is None and not dp and told_before(m):
        sem = Sem(weekday=wd, direction="past_incl")  # "told reporters Friday that he would"
    elif rel_text is None and CLAUSE_FUTURE.search(before(m, 60)):
        # "will report results on Thursday, and its shares fell": the clause's own "will"
        sem = Sem(weekday=wd, direction="future_incl")
    else:
        sem = Sem(weekday=wd, direction=rel_direction(rel_text))
    if rel in ("early", "late"):  # "late Tuesday": the end of that day
        sem = sem.but(direction="tense", mod=L.POSITION[rel])
    return sem.but(kind="time", daypart=L.DAYPARTS[key(dp)]) if dp else sem


# "the first Tuesday of November", "the last Sunday in October": a weekday counted in a month
NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}


def nth_weekday(m):
    n, wd = NTH[key(m.group("o"))], weekday_of(m.group("wd"))
    if not group(m, "m"):  # "the last Friday of the month", "the first Monday of next month"
        offset = L.RELATIVE[key(m.group("rel"))] if group(m, "rel") else 0
        return Sem(unit="month", offset=offset, week_of_month=n, weekday=wd)
    month = month_of(m.group("m"))
    if month is None:
        return None
    if group(m, "y"):
        year = int(m.group("y"))
        if n == 5 and nth_weekday_of(year, month, wd, n).month != month:
            return [(m.start("m"), m.end(), Sem(year=year, month=month))]  # no such fifth one
        return Sem(year=year, month=month, week_of_month=n, weekday=wd)
    return Sem(month=month, week_of_month=n, weekday=wd, direction=lean(m))


def weekend(m):
    if group(m, "rel") is None and (AHEAD.search(before(m, 12)) or
                                    FORECAST_FOR.search(before(m, 50))):
        return Sem(weekend=True, direction="future")
    if key(group(m, "rel")) == "this" or (group(m, "rel") is None and re.search(
            r"\b(?:for|until|till|through|by)\s+$", before(m, 10), re.IGNORECASE)):
        return Sem(weekend=True, direction="onward")  # "this weekend", "forecast for the weekend"
    return Sem(weekend=True, direction=rel_direction(group(m, "rel")))


def daypart(m):
    return Sem(kind="time", daypart=L.DAYPARTS[key(m.group("dp"))], mod=pos_of(m))


# the day a clock time's own clause gives a few words on: "at 7 a.m. local time (0500 GMT) on
# Sunday" (a conjunction starts another clause: "The polls close at 8 p.m. and results are
# expected on Monday"), or right after it: "at 0402 GMT Saturday"
DAY_AFTER_CLOCK = re.compile(r"(?:(?:(?!\b(?:and|but|or|while|before|after|until|then|when)\b)"
                             rf"[^,;:.!?]){{0,30}}?\b(?:on|(?:local|eastern|central|pacific|"
                             rf"mountain)\s+time)\s+|(?:\s*\([^()]{{1,24}}\)|\))?\s+)"
                             rf"(?P<wd>{'|'.join(L.WEEKDAYS)})\b",
                             re.IGNORECASE)


def clock(m):
    h = clock_hour(int(m.group("h")), group(m, "ap"))
    if h is None:
        return None
    next_day = False
    if not group(m, "ap") and ":" in m.group(0) and m.group("h")[0] != "0" and 1 <= h:
        h, next_day = _past_noon(m, h)  # "at 8:30 Thursday evening" (not a 24-hour "08:30")
    sem = Sem(kind="time", hour=h, minute=int(group(m, "mi") or 0), mod=approx(m))
    if next_day:
        return sem.but(unit="day", offset=1)
    day = DAY_AFTER_CLOCK.match(m.string, m.end(), m.end() + 48)
    if day is not None:
        return sem.but(weekday=weekday_of(day.group("wd")), direction=_lead_direction(m))
    if key(group(m, "ap")).startswith("a") and OVERNIGHT_FROM.search(before(m, 40)):
        return sem.but(unit="day", offset=1, narrative=True)  # the day after the evening's
    # told in the past without its day: the day the story last named ("killed by a sniper
    # Friday night ... He was shot about 10 p.m."), not the day it was published
    return sem.but(direction="in_story")


# the evening hour that opens a range running past midnight: "a curfew from 10 p.m. to 6 a.m.",
# "between 11 p.m. Friday and 5 a.m." (its morning hour is the next day's)
OVERNIGHT_FROM = re.compile(r"\b(?:from|between)\s+(?:[6-9]|1[0-2])(?:[:.][0-5]\d)?\s*"
                            r"(?:p\.\s?m\.|pm\b)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
                            r"(?:to|until|till|through|and|[-–])\s*$",
                            re.IGNORECASE)


def _lead_direction(m: re.Match, direction: str = "tense") -> str:
    """A clock time's day ahead after a deadline or a timetable ("Polls close at 8 p.m. on
    Sunday", "expires at midnight on Friday"), else as given."""
    lead = re.sub(r"\bat\s+$", "", before(m, 40))
    if SCHEDULED.search(lead):  # (a present "expires" too, whatever the sentence told before)
        return "future_incl"
    return "onward" if DEADLINE.search(lead) else direction


# the part of the day a clock time without a.m. or p.m. lies in, named right after it ("nine
# o'clock tonight", "seven o'clock in the evening", "at 7:30 Saturday night")
EVENING_AFTER = re.compile(r"\s+(?:(?:eastern|central|pacific|local)\s+time\s+)?(?:tonight|"
                           rf"(?:this|in\s+the|on\s+\w+|{'|'.join(L.WEEKDAYS)})\s+"
                           rf"(?:afternoon|evening)|(?:{'|'.join(L.WEEKDAYS)})\s+night|"
                           r"at\s+night)\b", re.IGNORECASE)


def _past_noon(m: re.Match, h: int) -> tuple[int, bool]:
    """An hour without a.m. or p.m. before an afternoon, evening or night named after it: after
    noon, and whether it is the next day's ("at 1:30 tonight", "two o'clock tonight": the small
    hours after midnight, not 13:30; "three o'clock at night" stays 03:00)."""
    part = EVENING_AFTER.match(m.string, m.end(), m.end() + 40)
    if part is None or h >= 12:
        return h, False
    if h < 5 and "afternoon" not in part.group(0).lower():
        return h, "tonight" in part.group(0).lower()
    return h + 12, False


DAY_WORD_AFTER = re.compile(r"\s+(?:(?:eastern|central|pacific|local)\s+time\s+)?"
                            r"(yesterday|today|tomorrow)\b", re.IGNORECASE)


def clock_word(m):
    """ "nine o'clock": the hour spelled; after noon where the evening or night is named."""
    h = L.UNIT_WORDS.get(key(m.group("hw"))) or L.TEEN_WORDS.get(key(m.group("hw")))
    if h is None:
        return None
    h, next_day = _past_noon(m, h)
    sem = Sem(kind="time", hour=h, minute=0, mod=approx(m))
    if next_day:
        return sem.but(unit="day", offset=1)
    word = DAY_WORD_AFTER.match(m.string, m.end(), m.end() + 40)
    if word is not None:  # "ten o'clock tomorrow morning"
        return sem.but(unit="day", offset=L.DAY_WORDS[key(word.group(1))])
    day = DAY_AFTER_CLOCK.match(m.string, m.end(), m.end() + 48)
    if day is not None:
        return sem.but(weekday=weekday_of(day.group("wd")), direction=_lead_direction(m))
    return sem


def clock_day(m):
    """ "10 p.m. Wednesday", "noon Thursday", "mid-afternoon yesterday": a time of a day."""
    if group(m, "h"):
        h = clock_hour(int(m.group("h")), group(m, "ap"))
        if h is None:
            return None
        sem = Sem(kind="time", hour=h, minute=int(group(m, "mi") or 0))
    elif group(m, "noon"):
        sem = Sem(kind="time", hour=24 if key(m.group("noon")) == "midnight" else 12, minute=0)
    else:
        sem = Sem(kind="time", daypart=L.DAYPARTS[key(m.group("dp"))])
    if group(m, "today"):  # "3 p.m. this afternoon", "11 p.m. tonight": that time today
        return None if group(m, "dp") else sem.but(unit="day", offset=0)
    day = key(m.group("day"))
    if day in L.DAY_WORDS:
        return sem.but(unit="day", offset=L.DAY_WORDS[day])
    direction = rel_direction(group(m, "rel"))
    if group(m, "rel") is None:  # "kicks off at 3 p.m. on Saturday"
        direction = _lead_direction(m, direction)
    return sem.but(weekday=weekday_of(day), direction=direction)


def light(m):
    """ "at dawn", "before dusk Sunday": the part of the day the light changes in."""
    return clock_day(m) if group(m, "day") else daypart(m)


# time granted up to a deadline: "were given until midnight", "gave them until", "have until"
GIVEN_UNTIL = re.compile(r"\b(?:giv(?:e|es|en)|gave|grant(?:s|ed)?|allow(?:s|ed)?|ha(?:ve|s|d)|"
                         r"deadline|ultimatum)\b(?:\s+[\w'’-]+){0,4}?\s+(?:until|till|by)\s+$",
                         re.IGNORECASE)


def noon(m):
    if re.search(r"\bhigh\s+$", before(m, 6), re.IGNORECASE):
        return None  # "high noon": the idiom
    if key(m.group(0)) == "midnight":
        if GIVEN_UNTIL.search(before(m, 60)) and \
                re.match(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b", after(m, 24)):
            # a deadline to act by: "The rebels were given until midnight to surrender" ends
            # the day, though told in the past (not "worked until midnight to finish")
            return Sem(kind="time", hour=24, minute=0)
        # (told in the past on the publication day, the midnight the day began with:
        # newsline.timex.resolve)
        return Sem(kind="time", hour=24, minute=0, direction="night")
    return Sem(kind="time", hour=12, minute=0)


def small_hours(m):
    """ "the early hours of Monday", "the small hours of Sunday, May 5": the start of that day's
    morning, before dawn (TimeML has no part of the day for it; "early Friday morning" is the
    morning's start)."""
    if group(m, "w"):
        sem = Sem(unit="day", offset=L.DAY_WORDS[key(m.group("w"))])
    elif group(m, "m") or group(m, "mm"):
        month = month_of(group(m, "m") or group(m, "mm"))
        if month is None:
            return None
        wd = group(m, "wdd")
        sem = attributed(m, Sem(year=year_of(group(m, "y")), month=month,
                                day=int(group(m, "d") or group(m, "dd")),
                                weekday=weekday_of(wd) if wd else None, direction=lean(m)))
    else:
        sem = _weekday(m, None)
    return None if sem is None else sem.but(kind="time", daypart="MO", mod="START")


def election_night(m):
    """ "Election Night" (the capitalised American name): the night of the US Election Day;
    "election night": the night of the day the text tells about, which dates the vote where
    the text named it ("Thursday's election ... on election night")."""
    rel = group(m, "rel")
    if re.fullmatch(r"Election\s+Night", m.group("n")):
        return Sem(kind="time", daypart="NI", holiday="us_election_day",
                   direction=rel_direction(rel))
    if rel:
        return None  # "last election night" with no American name: which election is unsaid
    return Sem(kind="time", unit="day", offset=0, daypart="NI", narrative=True)


# "midweek" before a plural noun or after "a" says what kind of day something falls on, no
# week: "their last three midweek games", "a midweek fixture on Wednesday", "Midweek flights
# are cheaper"
GENERIC_MIDWEEK_AFTER = re.compile(r"\s+(?!(?:is|was|has|this|as|plus)\b)[a-z]+s\b")
GENERIC_MIDWEEK_BEFORE = re.compile(r"\b(?:a|an|every|each)\s+$", re.IGNORECASE)


def midweek(m):
    """ "Results are expected midweek", "midweek trading": the middle of this week, or of the
    last one where the week told in the past has not reached it."""
    if GENERIC_MIDWEEK_AFTER.match(after(m, 24)) or GENERIC_MIDWEEK_BEFORE.search(before(m, 8)):
        return None
    return Sem(unit="week", offset=0, mod="MID", direction="edge")
