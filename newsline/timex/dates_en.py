"""English calendar points: what dates, months, years, weekdays, clock times, seasons,
quarters and holidays mean, from a match of one of grammar_en's rules.

Every function takes the rule's match and returns a semantic form (newsline.timex.semantic.Sem)
or None when the words turn out not to name a time ("may" the verb, a year that is an amount).
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_en as L
from newsline.timex.calendar import nth_weekday as nth_weekday_of
from newsline.timex.counts_en import counts
from newsline.timex import narrative_en as N
from newsline.timex.direction_en import (AHEAD, DEADLINE, SCHEDULED, SINCE, attributed, happened,
                                         in_story_year, lean, told_before)
from newsline.timex.patterns import after, before, group, key, year_of
from newsline.timex.semantic import Sem

SHORT_DAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
              "fri": 4, "sat": 5, "sun": 6}


def month_of(word: str | None) -> int | None:
    if word and key(word) in ("may", "march") and word[0].islower():
        return None  # the verbs
    k = key(word)
    return L.MONTHS.get(k) or L.MONTH_ABBREVIATIONS.get(k)


def weekday_of(word: str) -> int:
    k = key(word)
    return L.WEEKDAYS[k] if k in L.WEEKDAYS else SHORT_DAYS[k]


def pos_of(m: re.Match) -> str | None:
    return L.POSITION.get(key(group(m, "pos")).replace("the ", "the ", 1))


def rel_direction(word: str | None) -> str:
    offset = L.RELATIVE.get(key(word)) if word else None
    return {None: "tense", -1: "past", 1: "future", 0: "this"}[offset]


def clock_hour(h: int, ap: str | None) -> int | None:
    if ap:
        if not 1 <= h <= 12:
            return None
        pm = ap.lower().startswith("p")
        return (h % 12) + (12 if pm else 0)
    return h if h <= 24 else None


def with_time(m: re.Match, sem: Sem) -> Sem | None:
    if group(m, "th") is None:
        return sem
    h = clock_hour(int(m.group("th")), group(m, "ap"))
    if h is None:
        return sem
    return sem.but(kind="time", hour=h, minute=int(group(m, "tm") or 0))


def approx(m: re.Match) -> str | None:
    """APPROX when the match starts with "around", "about" ... ("around Nov. 1")."""
    return "APPROX" if group(m, "q") else None


def date_md(m):
    month = month_of(m.group("m"))
    if month is None:
        return None
    wd = group(m, "wd")
    return attributed(m, with_time(m, Sem(year=year_of(group(m, "y")), month=month,
                                          day=int(m.group("d")),
                                          weekday=weekday_of(wd) if wd else None,
                                          direction=lean(m), mod=approx(m))))


def date_range(m):
    month = month_of(m.group("m"))
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if month is None or d2 <= d1:
        return None
    return Sem(year=year_of(group(m, "y")), month=month, day=d1, range_end_day=d2,
               direction=lean(m))


def date_to_date(m):
    """ "from June 4 to June 11", "May 30 - June 2, 2025": two dates, the second counted on
    from the first (the engine resolves the first before it); a year at the end is both's,
    the year before for the first where the span crosses New Year."""
    m1, m2 = month_of(m.group("m")), month_of(m.group("m2"))
    if m1 is None or m2 is None:
        return None
    d1, d2 = int(m.group("d")), int(m.group("d2"))
    y = year_of(group(m, "y"))
    y1 = y - 1 if y is not None and (m1, d1) > (m2, d2) else y
    first = Sem(year=y1, month=m1, day=d1, direction=lean(m))
    second = Sem(year=y, month=m2, day=d2, direction="future_incl", narrative=y is None)
    return [(m.start(), m.end("d") + len(re.match(r"(?:st|nd|rd|th)?", m.string[m.end("d"):])
                                         .group(0)), first),
            (m.start("m2"), m.end(), second)]


def date_numeric(m):
    return with_time(m, Sem(year=year_of(m.group("y")), month=int(m.group("mo")),
                            day=int(m.group("d"))))


def spelled_year(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand" -> 2000, "two thousand and one" -> 2001."""
    words = re.findall(r"[a-z]+", text.lower())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + _below_hundred(rest) if rest else 2000
    if len(words) >= 2 and words[0] in L.CENTURY_WORDS:
        if words[1:] == ["hundred"]:
            return L.CENTURY_WORDS[words[0]] * 100
        rest = words[2:] if words[1] == "oh" else words[1:]
        return L.CENTURY_WORDS[words[0]] * 100 + _below_hundred(rest)
    return None


def _below_hundred(words: list[str]) -> int:
    total = 0
    for w in words:
        total += L.TEN_WORDS.get(w) or L.TEEN_WORDS.get(w) or L.UNIT_WORDS.get(w, 0)
    return total


def year_in(m: re.Match) -> int | None:
    """The year a match gives, in digits ("y") or in words ("sy")."""
    if group(m, "y"):
        return year_of(m.group("y"))
    return spelled_year(m.group("sy")) if group(m, "sy") else None


def month_year(m):
    month = month_of(m.group("m"))
    if group(m, "y") and counts(m.string, m.start("y"), m.end("y")):
        return None  # "In March 2000 troops were sent": the month, then a count
    return Sem(year=year_in(m), month=month, mod=pos_of(m)) if month else None


TITLE = re.compile(r"\b(?:Mrs?|Ms|Dr|Sen|Rep|Gov|Judge|Prof)\.?\s+$")


def month_bare(m):
    word = m.group("m")
    month = month_of(word)
    if month is None:
        return None
    if key(word) == "may" and re.search(r"\b(?:Theresa|Brian|Rollo)\s+$", before(m, 12)):
        return None
    if TITLE.search(before(m, 8)):
        return None  # "Mr. March": a name
    if re.match(r"\s+of\s+(?:the|a|an)\b", after(m, 10)):
        return None  # "the March of the Combatant Mothers": a march
    mod = pos_of(m)
    return Sem(month=month, mod=mod, direction=part_lean(m, mod),
               story_year=in_story_year(m))


# what may stand before a date that opens its sentence: quotes, a preposition ("In late March")
OPENING = re.compile(r"(?:[.!?]\s+|\n)[\"“'`]*(?:(?:in|by|until|till|since|from|through|"
                     r"during|around|about)\s+)?$", re.IGNORECASE)


def part_lean(m: re.Match, mod: str | None) -> str:
    """A month's start, middle or end opening its sentence follows the sentence's tense
    strictly: on 12 March "In late March the bridge was closed" is last year's, as this March's
    end still lies ahead, though the verb stands too far from the date to govern a bare month
    ("lean" takes the nearest March)."""
    direction = lean(m)
    head = ("\n" if m.start() <= 40 else "") + before(m, 40)  # the text's start opens one
    if direction == "lean" and mod in ("START", "MID", "END") and OPENING.search(head):
        return "tense"
    return direction


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
    return Sem(kind="time", unit="day", offset=offset, daypart=dp)


REL_UNITS = {"week": "week", "month": "month", "year": "year", "quarter": "quarter",
             "decade": "decade", "century": "century"}


# A comparison just before "last year" in a results report: the figure it compares with is the
# reporting period a year earlier ("profit of $5 million, compared with $3 million last year").
COMPARISON = re.compile(r"(?:\b(?:compared\s+(?:with|to)|versus|vs\.|than|against)\b[^.;]{0,60}"
                        r"|\bfrom\s+(?:(?:[$€£]|\d)[^.;]{0,40})?)$", re.IGNORECASE)


# a clause told in the past after the expression ("The next year, he was ...")
TOLD_AFTER = re.compile(r"[^.;:!?]*?\b(?:was|were|had|did|came|went|became|began|took|won|"
                        r"lost|fell|rose|left|made|\w{3,}ed)\b", re.IGNORECASE)


def relative_unit(m):
    u, rel = key(m.group("u")), key(m.group("rel"))
    offset = L.RELATIVE[rel]
    if m.group("u")[0].isupper() and not re.search(r"(?:^|[.!?\n][\"'`]*)\s*$", before(m, 4)):
        return None  # "on ABC's "This Week With David Brinkley"": a title mid-sentence
    if u == "year" and rel == "last" and not group(m, "the") and not group(m, "pos") \
            and COMPARISON.search(before(m, 70)):
        return Sem(unit="year", offset=-1, reporting=-1)
    if group(m, "the") and rel in ("past", "last") and u in REL_UNITS:
        if u == "decade":  # durations count decades in years
            return Sem(kind="duration", amount="10", unit="year", anchored="until")
        return Sem(kind="duration", amount="1", unit=REL_UNITS[u], anchored="until")
    if u in L.SEASONS:
        return Sem(season=L.SEASONS[u], direction=rel_direction(rel), mod=pos_of(m))
    if u == "weekend":
        return Sem(weekend=True, direction=rel_direction(rel))
    if rel == "following" or (rel == "next" and group(m, "the") and not group(m, "pos")
                              and TOLD_AFTER.match(after(m, 60))):
        # "the following year"; "The next year, its founder resigned": the year after the one
        # the story has reached
        return Sem(unit=REL_UNITS[u], offset=1, narrative=True, mod=pos_of(m))
    return Sem(unit=REL_UNITS[u], offset=offset, mod=pos_of(m))


# "that" before a weekday names a day of the story only where no verb can have it as its
# conjunction: opening a sentence or after a preposition ("On that Monday, ..."), not in
# "officials said that Monday's vote ..."
THAT_OPENS = re.compile(r"(?:^|[.!?;:\n][\"'’”)]*\s*|\b(?:on|by|until|till|from|since)\s+)$",
                        re.IGNORECASE)


def weekday(m):
    rel_text = group(m, "rel")
    if key(rel_text) == "that" and not THAT_OPENS.search(before(m, 12)):
        return [(m.start("wd"), m.end(), sem) for sem in [_weekday(m, None)] if sem]
    sem = attributed(m, _weekday(m, rel_text))
    return None if sem is None else [(m.start(), m.end(), sem)]


# a day something was put off to lies after the telling, even told in the past ("The hearing
# was adjourned until Friday" on a Tuesday is the coming Friday)
POSTPONED = re.compile(r"\b(?:postpon|delay|defer|adjourn|push|mov|reschedul)\w*(?:\s+back)?"
                       r"\s+(?:to|until|till)\s+(?:next\s+)?$", re.IGNORECASE)


def _weekday(m: re.Match, rel_text: str | None) -> Sem | None:
    if not rel_text and re.search(r"\b(?:first|second|third|fourth|fifth)\s+$",
                                  before(m, 8), re.IGNORECASE):
        return None  # "the first Monday of every month": a weekday counted in a month
    wd = weekday_of(m.group("wd"))
    dp = group(m, "dp")
    rel = key(rel_text)
    if rel in ("following", "the following", "that"):
        sem = N.following_weekday(wd, rel.split()[-1])
    elif group(m, "wrel"):
        sem = Sem(weekday=wd, unit="week", offset=L.RELATIVE[key(m.group("wrel"))])
    elif rel.endswith("previous"):
        sem = Sem(weekday=wd, direction="past", narrative=True)  # before the day told about
    elif rel == "" and (SINCE.search(before(m, 16)) or happened(m)):
        # "searching since Friday evening", "will examine Tuesday's crash site"
        sem = Sem(weekday=wd, direction="past_incl")
    elif rel == "" and re.search(r"\bas\s+(?:soon|early)\s+as\s+$", before(m, 14), re.I):
        sem = Sem(weekday=wd, direction="future")  # "as soon as Tuesday", even when reported
    elif rel_text is None and POSTPONED.search(before(m, 30)):
        sem = Sem(weekday=wd, direction="future_incl")  # "was adjourned to Friday": ahead
    elif rel_text is None and (DEADLINE.search(before(m, 20)) or
                               re.search(r"\bthrough\s+$", before(m, 9), re.I)):
        sem = Sem(weekday=wd, direction="onward")  # "by Friday", "until Tuesday"
    elif rel == "this":  # "this Sunday" said on a Monday: the coming one, unless told as past
        sem = Sem(weekday=wd, direction="onward")
    elif rel_text is None and SCHEDULED.search(before(m, 40)):
        sem = Sem(weekday=wd, direction="future_incl")
    elif rel_text is None and not dp and told_before(m):
        sem = Sem(weekday=wd, direction="past_incl")  # "told reporters Friday that he would"
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
    if group(m, "rel") is None and AHEAD.search(before(m, 12)):
        return Sem(weekend=True, direction="future")
    if key(group(m, "rel")) == "this" or (group(m, "rel") is None and re.search(
            r"\b(?:for|until|till|through|by)\s+$", before(m, 10), re.IGNORECASE)):
        return Sem(weekend=True, direction="onward")  # "this weekend", "forecast for the weekend"
    return Sem(weekend=True, direction=rel_direction(group(m, "rel")))


def daypart(m):
    return Sem(kind="time", daypart=L.DAYPARTS[key(m.group("dp"))], mod=pos_of(m))


# the day a clock time's own clause gives a few words on: "at 7 a.m. local time (0500 GMT) on
# Sunday" (a conjunction starts another clause: "The polls close at 8 p.m. and results are
# expected on Monday")
DAY_AFTER_CLOCK = re.compile(r"(?:(?!\b(?:and|but|or|while|before|after|until|then|when)\b)"
                             rf"[^,;:.!?]){{0,30}}?\bon\s+(?P<wd>{'|'.join(L.WEEKDAYS)})\b",
                             re.IGNORECASE)


def clock(m):
    h = clock_hour(int(m.group("h")), group(m, "ap"))
    if h is None:
        return None
    sem = Sem(kind="time", hour=h, minute=int(group(m, "mi") or 0), mod=approx(m))
    day = DAY_AFTER_CLOCK.match(m.string, m.end(), m.end() + 48)
    if day is not None:
        return sem.but(weekday=weekday_of(day.group("wd")), direction="tense")
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
    lead = re.sub(r"\bat\s+$", "", before(m, 30))  # "kicks off at 3 p.m. on Saturday"
    if group(m, "rel") is None and (DEADLINE.search(lead) or SCHEDULED.search(lead)):
        direction = "onward" if DEADLINE.search(lead) else "future_incl"
    return sem.but(weekday=weekday_of(day), direction=direction)


def light(m):
    """ "at dawn", "before dusk Sunday": the part of the day the light changes in."""
    return clock_day(m) if group(m, "day") else daypart(m)


def week_of_month(m):
    """ "the first week of March": the ISO week holding its first seventh ("last": its last
    day's)."""
    month = month_of(m.group("m"))
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1,
         "final": -1}[key(m.group("o"))]
    if month is None:
        return None
    if group(m, "y"):
        return Sem(year=int(m.group("y")), month=month, week_of_month=n)
    return Sem(month=month, week_of_month=n, direction=lean(m))


def noon_date(m):
    sem = date_md(m)
    hour = 24 if key(m.group("noon")) == "midnight" else 12
    return sem.but(kind="time", hour=hour, minute=0) if sem else None


def noon(m):
    if re.search(r"\bhigh\s+$", before(m, 6), re.IGNORECASE):
        return None  # "high noon": the idiom
    return Sem(kind="time", hour=24 if key(m.group(0)) == "midnight" else 12, minute=0)


def season(m):
    s = L.SEASONS[key(m.group("s"))]
    if key(m.group("s")) == "fall" and not (group(m, "y") or group(m, "the") or group(m, "pos")):
        return None  # the verb
    if key(m.group("s")) == "spring" and not (group(m, "y") or group(m, "sy")) and re.match(
            r"\s+of\s+(?:the|a|an|his|her|its|their)\b", after(m, 10), re.IGNORECASE):
        return None  # "the spring of the watch": the coil
    if m.group("s")[0].isupper() and not (group(m, "y") or group(m, "sy")) and (
            re.match(r"\s+(?:of\s+)?(?-i:[A-Z])", after(m, 6))
            or re.search(r"\b(?!(?:In|The|This|Last|Next|Early|Late|By|Since|During|Until|Each|"
                         r"Every|Of|Mid|Through|Throughout|Over|Before|After|For|From|Across|"
                         r"Around)\b)(?-i:[A-Z][a-z]+)\s+(?:the\s+)?$", before(m, 24))):
        return None  # "the Spring of Life rallies", "the Arab Spring", "the Winter Olympics"
    if not (group(m, "y") or group(m, "sy")) and re.match(
            r"\s+(?:break|training|term|semester|school|camp|collection|fashion|cleaning|"
            r"water|onions?|rolls?)\b", after(m, 12), re.IGNORECASE):
        return None  # "spring break", "summer school": a season naming something else
    if group(m, "y") or group(m, "sy"):
        return Sem(season=s, year=year_in(m), mod=pos_of(m))
    return Sem(season=s, mod=pos_of(m), story_year=in_story_year(m))


def holiday(m):
    name = L.HOLIDAYS[key(m.group("h"))]
    if name == "us_election_day" and m.group("h") != "Election Day":
        return None  # only the capitalised name is the fixed American date
    if group(m, "y"):
        return Sem(holiday=name, year=int(m.group("y")))
    if group(m, "rel") is None and SCHEDULED.search(before(m, 40)):
        return Sem(holiday=name, direction="future_incl")  # "the sales start on Boxing Day"
    if group(m, "rel") is None and DEADLINE.search(before(m, 20)):
        return Sem(holiday=name, direction="onward")  # "postmarked by Election Day"
    return Sem(holiday=name, direction=rel_direction(group(m, "rel")))


def month_rel_year(m):
    """ "January this year", "June last year", "Aug. 7 of last year"."""
    month = month_of(m.group("m"))
    day = int(m.group("d")) if group(m, "d") else None
    return Sem(month=month, day=day, unit="year",
               offset=L.RELATIVE[key(m.group("rel"))]) if month else None


def relative_month(m):
    month = month_of(m.group("m"))
    if month is None:
        return None
    if key(m.group("rel")) == "this":
        return Sem(month=month, unit="year", offset=0)  # "this September": this year's
    return Sem(month=month, direction=rel_direction(m.group("rel")))


def position_this(m):
    u = key(m.group("u"))
    return Sem(unit=REL_UNITS[u], offset=L.RELATIVE[key(m.group("rel"))], mod=pos_of(m))


