"""English stretches and shifts: durations, "ago"/"later" shifts, vague references (PAST_REF,
PRESENT_REF, FUTURE_REF) and sets, from a match of one of grammar_en's rules.
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_en as L
from newsline.timex.durations import duration_value
from newsline.timex.patterns import after, before, group, key, number
from newsline.timex.semantic import CLOCK_UNITS, Sem, every_set

def _amount(m):
    return number(m.group("n"), L.NUMBERS)


def ago(m):
    n, unit = _amount(m), L.UNITS[key(m.group("u"))]
    if n is None:
        return None
    if n == "X" or unit in ("hour", "minute", "second"):
        return Sem(kind="ref", ref="PAST_REF", ref_unit=unit, ref_span="ago")
    if not float(n).is_integer():
        return None
    return Sem(unit=unit, offset=-int(float(n)), mod=L.QUALIFIERS.get(key(group(m, "q"))),
               reporting=-1 if (n, unit) == ("1", "year") else None)


def ago_weekday(m):
    sem = ago(m)
    if sem is None or sem.kind != "date":
        return None
    if sem.unit == "week":  # "a week ago Friday": last Friday, a week further back
        return sem.but(weekday=L.WEEKDAYS[key(m.group("wd"))], reporting=None, same_day=True,
                       direction="past_incl")
    return sem.but(weekday=L.WEEKDAYS[key(m.group("wd"))], reporting=None)


def weeks_from_weekday(m):
    """ "a week from Friday", "two weeks on Monday", "Sunday week": the coming such weekday,
    that many weeks on (not the weekday of the week that many weeks on: "a week from Monday"
    on a Tuesday is 13 days ahead)."""
    n = _amount(m) if group(m, "n") else "1"
    if n is None or n == "X" or not float(n).is_integer():
        return None
    weeks = int(float(n)) * (2 if key(group(m, "u") or m.group("u2")).startswith("f") else 1)
    if group(m, "dw"):  # "a week today", "a fortnight tomorrow": that day, so many weeks on
        return Sem(unit="day", offset=7 * weeks + (key(m.group("dw")) == "tomorrow"))
    wd = L.WEEKDAYS[key(group(m, "wd") or m.group("wd2"))]
    return Sem(weekday=wd, unit="week", offset=weeks, same_day=True, direction="future_incl")


def ago_this_month(m):
    sem = ago(m)
    if sem is None or sem.kind != "date":
        return None
    return Sem(unit="month", offset=12 * sem.offset)


def later(m):
    n, unit = _amount(m), L.UNITS[key(m.group("u"))]
    if n is None or n == "X" or not float(n).is_integer() or unit in ("hour", "minute"):
        return None
    return Sem(unit=unit, offset=int(float(n)))


def fortnight(m):
    """ "a fortnight ago" (two weeks back), "a fortnight later" (14 days on from the day told),
    "the past fortnight" (two weeks up to now), "for a fortnight" (a length)."""
    rel = key(group(m, "rel")).replace("the ", "")
    weeks = 2 * int(number(group(m, "n"), L.NUMBERS) or 1) if not rel else 2
    direction = key(group(m, "dir"))
    if direction == "ago":
        return Sem(unit="week", offset=-weeks)
    if direction in ("later", "earlier"):
        return Sem(unit="day", offset=(7 if direction == "later" else -7) * weeks,
                   narrative=True)
    if not rel and re.search(r"\bin\s+$", before(m, 4), re.IGNORECASE) and \
            WILL_HAPPEN.search(before(m, 70)):
        return Sem(unit="week", offset=weeks)  # "will resume in a fortnight": that far ahead
    anchored = "until" if rel in ("past", "last", "previous") else (
        "from" if rel in ("next", "coming", "following") else None)
    return Sem(kind="duration", amount=str(weeks), unit="week", anchored=anchored)


def narrative_shift(m):
    n, unit = _amount(m), L.UNITS[key(m.group("u"))]
    if n is None or n == "X" or not float(n).is_integer() or unit in ("hour", "minute",
                                                                       "second"):
        return None
    if key(m.group("dir")) in ("after", "before") and re.match(r"\s+[\w$]", after(m, 3)):
        return None  # "a month after Qantas suspended ...": a length of time and a signal
    sign = 1 if key(m.group("dir")) in ("later", "after", "afterwards") else -1
    count = int(float(n))
    if unit == "week":
        unit, count = "day", 7 * count
    return Sem(unit=unit, offset=sign * count, narrative=True,
               reporting=sign * count if unit == "year" and count == 1 else None)


# A clause that tells what lies ahead, with no superlative that would make "in N years" a
# stretch looked back over ("will be the highest in five years"); "again" right before it looks
# ahead too ("will meet again in two weeks"), but not after a negation ("will not be this high
# again in five years").
WILL_HAPPEN = re.compile(r"\b(?:will|'ll|shall|going\s+to|expected\s+to|plans?\s+to)\b"
                         r"(?![^.;]*\b(?:first|\w+est|most|least|time|once|twice|"
                         r"again(?!\s*$)|(?:not|never)\b[^.;]*\bagain)\b)"
                         r"[^.;!?]*$", re.IGNORECASE)


# "a day" after a length: the length recurs within each day ("24 hours a day")
SHARE = re.compile(r"\s+(?:a|an|per|each)\s+(day|week|month|year)\b"
                   r"(?!\s+(?:ago|earlier|later|before|after)\b)", re.IGNORECASE)


def duration(m):
    if group(m, "n1"):
        sem = range_duration(m)
        if sem is not None and key(group(m, "rel")) == "last" and \
                not m.group("t").lower().startswith("the") and LAST_VERB.search(before(m, 24)):
            # "is expected to last six to eight weeks": the verb, as below
            start = m.start("q") if group(m, "q") else m.start("n1")
            return [(start, m.end("t"), sem.but(anchored=None))]
        return sem
    n = _amount(m)
    unit = L.UNITS[key(m.group("u"))]
    if n is None:
        return None
    if re.match(r"[\s-]old\b", after(m, 4)):
        return None  # an age: "a 37-year-old", "Mr. Smith, 52 years old"
    share = None if group(m, "rel") else SHARE.match(m.string, m.end())
    if share:  # "24 hours a day", "five days a week": a share of each, recurring
        return [(m.start("t"), share.end(), Sem(kind="set", set_value=EVERY[key(share.group(1))]))]
    if unit == "second" and key(m.group("n")) in ("a", "an", "one") and \
            re.match(r"\s+(?!or\b|and\b|to\b|of\b|later\b|earlier\b|ago\b)[a-z]", after(m, 8)):
        return None  # "a second round": the ordinal
    if unit in ("quarter", "half") and re.match(r"(?:\s+of\b|[\s-]+(?:percentage[\s-]+)?points?\b)",
                                                after(m, 20), re.IGNORECASE):
        return None  # "more than a quarter of the market", "by a quarter point": a fraction
    if unit in ("quarter", "half") and n.isdigit() and 1800 <= int(n) <= 2100:
        return None  # "the 1988 quarter" is a year's quarter, not 1988 of them
    rel = key(group(m, "rel"))
    anchored = "until" if rel in ("past", "last", "previous") else (
        "from" if rel in ("next", "coming") else None)
    pre = key(group(m, "pre"))
    ongoing = pre == "since" or (pre == "for" and re.search(
        r"\b(?:has|have|had)(?:n't)?\s+(?:\w+\s+){0,4}$", before(m, 60)) is not None)
    if ongoing:
        anchored = "until"
    if key(m.group("n")) in ("a", "an") and not pre and is_rate(m):
        return None  # (a preposition opens a length: "in business for a century", "its first
        # loss in a decade", "sales over a year")
    if pre == "in" and not rel and not group(m, "q") and WILL_HAPPEN.search(before(m, 70)):
        return later(m)  # "will open in two years": a date that far ahead
    n, unit = in_years(n, unit)
    sem = Sem(kind="duration", amount=n, unit=unit, mod=L.QUALIFIERS.get(key(group(m, "q"))),
              anchored=anchored, ongoing=ongoing)
    if rel == "last" and not m.group("t").lower().startswith("the") and \
            (group(m, "q") or LAST_VERB.search(before(m, 24))):
        # "could last up to three years", "is expected to last six weeks": the verb, not "the
        # last ..."
        start = m.start("q") if group(m, "q") else m.start("n")
        return [(start, m.end("t"), sem.but(anchored="until" if ongoing else None))]
    return without_article(m, sem) if adjectival(m) else sem


# the words before "last" as a verb: "to last", "will last", "could easily last"
LAST_VERB = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|shall|did|does|do|"
                       r"not|n't|'ll)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def adjectival(m: re.Match) -> bool:
    """ "the 30-day rate", "the two day rally": a length used as an adjective."""
    word = m.group("u").lower()
    joined = m.string[m.start("u") - 1] == "-"
    return joined or (word in L.UNITS and not word.endswith("s") and m.group("n").lower() not in
                      ("a", "an", "one", "1"))


def without_article(m: re.Match, sem: Sem) -> list:
    """The span without a leading "the", which belongs to the noun the expression describes."""
    start, end = m.span("t")
    text = m.string[start:end]
    if text[:4].lower() == "the ":
        start += 4
    return [(start, end, sem)]


def in_years(amount: str, unit: str) -> tuple[str, str]:
    """Decades and centuries as TimeML durations count them, in years: "two decades" is P20Y,
    "a century" P100Y."""
    if unit not in ("decade", "century"):
        return amount, unit
    per = 10 if unit == "decade" else 100
    return ("X" if amount == "X" else f"{float(amount) * per:g}"), "year"


def long_singular(m):
    """ "month-long", "two-week-long": that length (one where no number, or only "a", comes
    before the unit)."""
    start, n = m.start(), "1"
    if group(m, "n") and key(m.group("n")) not in ("a", "an"):
        n = _amount(m)
    else:
        start = m.start("u")
    if n is None or n == "X":
        return None
    amount, unit = in_years(n, L.UNITS[key(m.group("u"))])
    return [(start, m.end(), Sem(kind="duration", amount=amount, unit=unit))]


# "four flights a week", "$2 million a year", "24 hours a day": a rate, not a stretch of time
RATE = re.compile(r"(?:\d|%|\b(?:million|billion|thousand|hundred|dozen|once|twice|times|hours|"
                  r"percent|"
                  r"(?!(?:is|was|has|as|this|his|its|us|always|perhaps|less|across|plus)\b)"
                  r"[a-z]+s))\s+$", re.IGNORECASE)


def is_rate(m: re.Match) -> bool:
    return RATE.search(before(m, 24)) is not None


# "a year and a half" and "half an hour" in the next smaller unit TimeML can count in whole.
HALVES = {"year": (6, "month"), "hour": (30, "minute"), "day": (12, "hour"),
          "minute": (30, "second"), "month": (15, "day"), "decade": (5, "year"),
          "century": (50, "year")}
PER_UNIT = {"year": 12, "hour": 60, "day": 24, "minute": 60, "month": 30, "decade": 10,
            "century": 100}
# units whose whole and half part make one TimeML value: "2 1/2 years" is P2Y6M (two years
# and six months), as a reader says it; decades and centuries count in years (P65Y)
MIXED = {"year": "P{n}Y{h}M", "day": "P{n}DT{h}H", "hour": "PT{n}H{h}M", "minute": "PT{n}M{h}S",
         "month": "P{n}M{h}D"}


def and_a_half(m):
    if group(m, "h"):
        unit = L.UNITS[key(m.group("hu"))]
        count = 0
    elif group(m, "fn"):  # "2 1/2 years"
        unit, count = L.UNITS[key(m.group("fu"))], int(m.group("fn"))
    else:  # "two years and a half", "two and a half years"
        unit = L.UNITS[key(group(m, "u") or m.group("au"))]
        n = number(group(m, "n") or m.group("an"), L.NUMBERS)
        if n is None or n == "X" or not float(n).is_integer():
            return None
        count = int(float(n))
    mod = L.QUALIFIERS.get(key(group(m, "q")))
    if unit not in HALVES:  # "two and a half weeks": a decimal in the unit itself
        sem = Sem(kind="duration", amount=f"{count}.5", unit=unit, mod=mod)
        return [(m.start(), _before_ago(m), sem)] if group(m, "ago") else sem
    half, small = HALVES[unit]
    total = count * PER_UNIT[unit] + half
    if group(m, "ago") and small in ("year", "month"):
        return Sem(unit=small, offset=-total, mod=mod)  # "a year and a half ago": so far back
    if group(m, "ago") and small in CLOCK_UNITS:  # "an hour and a half ago"
        return Sem(kind="ref", ref="PAST_REF", ref_unit=small, ref_span="ago")
    mixed = MIXED[unit].format(n=count, h=half) if count and unit in MIXED else None
    sem = Sem(kind="duration", amount=str(total), unit=small, mod=mod, duration_text=mixed)
    # ("a month and a half ago": the length, the shift in days would say more than the words)
    return [(m.start(), _before_ago(m), sem)] if group(m, "ago") else sem


def _before_ago(m: re.Match) -> int:
    return len(m.string[:m.start("ago")].rstrip())


# a length counted in two units, the larger first ("two years and three months", "14 hours
# and 20 minutes"): the smaller unit, how many of it the larger holds (weeks count in days, as
# ISO 8601 writes no weeks beside other units)
SMALLER = {("year", "month"): 12, ("year", "day"): 365, ("month", "day"): 30,
           ("week", "day"): 7, ("day", "hour"): 24, ("hour", "minute"): 60,
           ("minute", "second"): 60}
_LETTERS = {"year": "Y", "month": "M", "day": "D", "hour": "H", "minute": "M", "second": "S"}


def two_units(m):
    big, small = L.UNITS[key(m.group("u"))], L.UNITS[key(m.group("u2"))]
    per = SMALLER.get((big, small))
    n1, n2 = number(m.group("n"), L.NUMBERS), number(m.group("n2"), L.NUMBERS)
    if per is None or "X" in (n1, n2) or None in (n1, n2) or \
            not (float(n1).is_integer() and float(n2).is_integer()):
        return None
    n1, n2 = int(float(n1)), int(float(n2))
    total = n1 * per + n2
    mod = L.QUALIFIERS.get(key(group(m, "q")))
    if group(m, "ago"):  # "two years and three months ago": so far back, in the smaller unit
        if small in ("hour", "minute", "second"):
            return Sem(kind="ref", ref="PAST_REF", ref_unit=small, ref_span="ago")
        return Sem(unit=small, offset=-total, mod=mod)
    if group(m, "dir") and small in CLOCK_UNITS:
        # "two hours and 15 minutes later": the length alone, as "two hours later" gives it
        return [(m.start(), m.end("u2"), _two_units_length(n1, big, n2, small, total, mod))]
    if group(m, "dir"):  # "two years and three months later": from the day told about
        sign = -1 if key(m.group("dir")) == "earlier" else 1
        return Sem(unit=small, offset=sign * total, narrative=True)
    return _two_units_length(n1, big, n2, small, total, mod)


def _two_units_length(n1: int, big: str, n2: int, small: str, total: int, mod) -> Sem:
    if big == "week":
        text = f"P{total}D"
    else:
        parts = [(n1, big), (n2, small)]
        date = "".join(f"{n}{_LETTERS[u]}" for n, u in parts if u not in CLOCK_UNITS)
        clock = "".join(f"{n}{_LETTERS[u]}" for n, u in parts if u in CLOCK_UNITS)
        text = "P" + date + (f"T{clock}" if clock else "")
    return Sem(kind="duration", amount=str(total), unit=small, mod=mod, duration_text=text)


def fuzzy_period(m):
    rel = key(m.group("rel"))
    unit = L.UNITS[key(m.group("u"))]
    if rel == "recent":
        return Sem(kind="ref", ref="PAST_REF", ref_unit=unit, ref_span="period")
    # "the next few days", "in coming weeks", "the past few months": vague lengths of time
    amount, unit = in_years("X", unit)
    if rel == "last" and not m.group("t").lower().startswith("the") and \
            LAST_VERB.search(before(m, 24)):
        # "expected to last several months": the verb's length, from the words after it
        start = m.start("rel") + len(re.match(r"last\s+", m.group("t"), re.I).group())
        return [(start, m.end("t"), Sem(kind="duration", amount=amount, unit=unit))]
    return Sem(kind="duration", amount=amount, unit=unit,
               anchored="from" if rel in ("coming", "next") else "until")


# Words that make "months of ..." a counted or chosen stretch rather than a bare length.
NOT_BARE = frozenset("the these those many few several some recent past coming next last first "
                     "final early later two three four five six seven eight nine ten".split())


def plural_of(m):
    """ "after months of deadlock": a bare plural unit before "of" is a vague duration."""
    words = re.findall(r"[\w'-]+", before(m, 24).lower())
    if words and (words[-1] in NOT_BARE or words[-1][0].isdigit() or words[-1] in L.NUMBERS):
        return None
    return plural_duration(m)


def plural_duration(m):
    amount, unit = in_years("X", L.UNITS[key(m.group("u"))])
    return Sem(kind="duration", amount=amount, unit=unit,
               anchored="until" if key(group(m, "pre")) == "since" else None)


# a past verb right after "soon": "that soon became", "and soon fled"
PAST_VERB = re.compile(r"\s+(?:became|was|were|had|came|went|took|gave|made|began|fell|rose|"
                       r"left|got|found|fled|grew|won|lost|saw|knew|sent|spread|"
                       r"(?!(?:ex|suc|pro)ceed\b|need\b|speed\b)[a-z]+ed)\b",
                       re.IGNORECASE)


def reference(m):
    w = key(m.group(0))
    if w in ("soon", "shortly") and (re.match(r"\s+(?:after|before|as|afterwards?|thereafter)\b",
                                              after(m, 12))
                                     or re.search(r"\bas\s+$", before(m, 4))):
        return None  # "soon after the vote", "as soon as Tuesday": a relation, not a time
    if w in ("soon", "shortly") and (
            re.search(r"\b(?:was|were|had|been)\s+$", before(m, 8), re.I)
            or (PAST_VERB.match(after(m, 12))
                and not re.search(r"\b(?:will|would|may|might|could|can|should|must|to)\s+$",
                                  before(m, 8), re.I))):
        return None  # "cash that soon became a flood": shortly after a past event, not ahead
    if w == "recently" and re.search(r"\b(?:most|more|least)\s+$", before(m, 6), re.I):
        return None  # "killed three times, most recently last October": the latest of several
    if m.group(0) == "Now" and after(m, 1) == "," and re.search(
            r"(?:^|[.!?:;][\"'’”)]*|[\"“‘`'])\s*$", before(m, 4)):
        return None  # "Now, he says, ...": a sentence's opening turn of thought, not a time
    if w.endswith(" term") and re.match(r"\s+(?!and\b|or\b|but\b|to\b|from\b|at\b|in\b|on\b|"
                                        r"for\b|as\b|is\b|was\b|will\b)[a-z]", after(m, 12)):
        return None  # "the long term outlook" describes a noun; "in the short term" is ahead
    if w == "the past" and re.match(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                                    r"eleven|twelve|few|several|couple)\b", after(m, 10), re.I):
        return None  # "the past four seasons", "the past three presidents": a determiner
    if w in ("recently", "lately"):
        return Sem(kind="ref", ref="PAST_REF", ref_unit="month", ref_span="recent")
    if w == "current" and re.match(r"\s+(?:account|affairs|events)\b", after(m, 12)):
        return None
    return Sem(kind="ref", ref=L.REFERENCES[w])


EVERY = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M",
         "hour": "PT1H", "morning": "XXXX-XX-XXTMO", "evening": "XXXX-XX-XXTEV",
         "night": "XXXX-XX-XXTNI", "weekend": "XXXX-WXX-WE", "summer": "XXXX-SU",
         "winter": "XXXX-WI"}


def every(m):
    return every_set(key(m.group("x")), L.WEEKDAYS, EVERY)


def times_per(m):
    """ "twice a month", "three times a day", "twice yearly": a SET of the unit, whatever the
    count within it."""
    if group(m, "w"):
        return Sem(kind="set", set_value=L.SET_WORDS[key(m.group("w"))])
    unit = key(m.group("u"))
    return Sem(kind="set", set_value=EVERY.get(unit) or {"decade": "P10Y"}[unit])


def plural_weekday(m):
    dp = key(group(m, "dp")).rstrip("s")  # "Tuesday nights": every Tuesday night
    part = f"T{L.DAYPARTS[dp]}" if dp else ""
    return Sem(kind="set", set_value=f"XXXX-WXX-{L.WEEKDAYS[key(m.group('wd'))] + 1}{part}")


def range_duration(m):
    """ "two to three weeks", "the next 12 to 18 months": a length known only roughly."""
    low, high = number(m.group("n1"), L.NUMBERS), number(m.group("n"), L.NUMBERS)
    if low in (None, "X") or high in (None, "X") or float(low) >= float(high):
        return None
    if re.match(r"[\s-]old\b", after(m, 4)):
        return None  # "children 6 to 12 years old": ages
    rel = key(group(m, "rel"))
    amount, unit = in_years("X", L.UNITS[key(m.group("u"))])
    return Sem(kind="duration", amount=amount, unit=unit,
               anchored="from" if rel in ("next", "coming", "following") else
               "until" if rel in ("past", "last", "previous") else None)


def set_word(m):
    if re.match(r"\s+(?!and\b|or\b|to\b|from\b|at\b|in\b|on\b|for\b|since\b|by\b)[A-Za-z]",
                after(m, 12)):
        return None  # "its quarterly dividend", "the annual meeting": describes a noun
    return Sem(kind="set", set_value=L.SET_WORDS[key(m.group("w"))])


def every_n(m):
    n = number(m.group("n"), L.NUMBERS)
    if n is None or n == "X":
        return None
    return Sem(kind="set", set_value=duration_value(n, L.UNITS[key(m.group("u"))]),
               quant="EVERY")


