"""English: the rules that find temporal expressions and say what they mean.

Same shape as grammar_de: patterns from the word tables in lexicon_en, each with a function from
the match to a semantic form. Prepositions ("on", "in", "for", "since") steer a rule but stay
outside the span; "ago" and determiners belong to it ("two years ago", "the third quarter").
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_en as L
from newsline.timex.engine import Grammar, Rule
from newsline.timex.patterns import (B, DAY, DIGITS, E, HOUR, MINUTE, MONTH_NUM, YEAR4, after,
                                     alt, before, group, key, number, stems,
                                     year_of)
from newsline.timex.resolve import duration_value
from newsline.timex.semantic import Sem

MONTH = f"(?:{alt(L.MONTHS)}|{alt(L.MONTH_ABBREVIATIONS)}\\.?)"
MONTH_FULL = alt(L.MONTHS)
WD = f"(?:{alt(L.WEEKDAYS)}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.)"
NUM = f"(?:{DIGITS}|{alt(L.NUMBERS)})"
UNIT = alt(L.UNITS)
REL = alt(L.RELATIVE)
POS = r"(?:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of|the\s+(?:early|mid|late))"
QUAL = alt(L.QUALIFIERS)
DAYPART = alt(L.DAYPARTS)
ORD = r"(?:st|nd|rd|th)"
TIME_TAIL = (rf"(?:,?\s*(?:at\s+)?(?P<th>{HOUR})(?::(?P<tm>{MINUTE}))?\s*"
             rf"(?P<ap>[ap]\.m\.|[ap]m)(?!\w))?")
NOT_AMOUNT = (r"(?!\s*(?:%|percent|dollars|people|shares|barrels|tons|troops|soldiers|"
              r"members|points|units|feet|miles|meters|cars|jobs|cases)\b)")
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


# Words after which an underspecified date is a deadline or a start still ahead ("payable
# Jan. 2", "by February", "effective June 1", "until March 6").
DEADLINE = re.compile(r"\b(?:by|until|till|effective|payable|due|expires?|expiring|starting|"
                      r"beginning|record|(?:extend|postpone|delay|defer|adjourn|push)\w*"
                      r"(?:\s+back)?\s+to)\s+$", re.IGNORECASE)


def lean(m: re.Match) -> str:
    """The direction of a date without a year: the tense's, or ahead after a deadline word."""
    return "lean_future" if DEADLINE.search(before(m, 20)) else "lean"


def date_md(m):
    month = month_of(m.group("m"))
    if month is None:
        return None
    wd = group(m, "wd")
    return with_time(m, Sem(year=year_of(group(m, "y")), month=month, day=int(m.group("d")),
                            weekday=weekday_of(wd) if wd else None, direction=lean(m)))


def date_range(m):
    month = month_of(m.group("m"))
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if month is None or d2 <= d1:
        return None
    return Sem(year=year_of(group(m, "y")), month=month, day=d1, range_end_day=d2,
               direction=lean(m))


def date_numeric(m):
    return with_time(m, Sem(year=year_of(m.group("y")), month=int(m.group("mo")),
                            day=int(m.group("d"))))


def month_year(m):
    month = month_of(m.group("m"))
    return Sem(year=int(m.group("y")), month=month, mod=pos_of(m)) if month else None


def month_bare(m):
    word = m.group("m")
    month = month_of(word)
    if month is None:
        return None
    if key(word) == "may" and re.search(r"\b(?:Theresa|Mrs?\.?|Ms\.?|Brian|Rollo)\s+$",
                                        before(m, 12)):
        return None
    return Sem(month=month, mod=pos_of(m), direction=lean(m))


def year(m):
    if re.match(r"\s*(?:[-–/]\s*\d|[.,]\d)", after(m, 3)) or before(m, 1) == "$":
        return None
    return Sem(year=int(m.group("y")), mod=pos_of(m))


def decade(m):
    digits = group(m, "dec")
    if digits is None:
        return Sem(decade=190 + L.DECADE_WORDS[key(m.group("w"))], mod=pos_of(m))
    n = int(digits)
    if n < 100:
        n = 1900 + n if n >= 20 else 2000 + n
    return Sem(decade=n // 10, mod=pos_of(m))


def century(m):
    n = group(m, "n")
    value = int(n) if n else L.ORDINAL_WORDS.get(key(m.group("w")))
    return Sem(century=value - 1, mod=pos_of(m)) if value and 1 <= value <= 21 else None


def day_word(m):
    sem = Sem(unit="day", offset=L.DAY_WORDS[key(m.group("w"))], mod=pos_of(m))
    dp = group(m, "dp")
    return sem.but(kind="time", daypart=L.DAYPARTS[key(dp)]) if dp else sem


def tonight(m):
    w = key(m.group("w"))
    offset = -1 if w == "last night" else 0
    dp = {"tonight": "NI", "last night": "NI"}.get(w) or L.DAYPARTS[w.split()[-1]]
    return Sem(kind="time", unit="day", offset=offset, daypart=dp)


def narrative_day(m):
    return Sem(unit="day", offset=L.NARRATIVE_DAYS[key(m.group(0))], narrative=True)


REL_UNITS = {"week": "week", "month": "month", "year": "year", "quarter": "quarter",
             "decade": "decade", "century": "century"}


def relative_unit(m):
    u, rel = key(m.group("u")), key(m.group("rel"))
    offset = L.RELATIVE[rel]
    if group(m, "the") and rel in ("past", "last") and u in REL_UNITS:
        return Sem(kind="duration", amount="1", unit=REL_UNITS[u], anchored="until")
    if u in L.SEASONS:
        return Sem(season=L.SEASONS[u], direction=rel_direction(rel), mod=pos_of(m))
    if u == "weekend":
        return Sem(weekend=True, direction=rel_direction(rel))
    if rel == "following":
        return Sem(unit=REL_UNITS[u], offset=1, narrative=True, mod=pos_of(m))
    return Sem(unit=REL_UNITS[u], offset=offset, mod=pos_of(m))


def weekday(m):
    wd = weekday_of(m.group("wd"))
    dp = group(m, "dp")
    if group(m, "wrel"):
        sem = Sem(weekday=wd, unit="week", offset=L.RELATIVE[key(m.group("wrel"))])
    else:
        sem = Sem(weekday=wd, direction=rel_direction(group(m, "rel")))
    return sem.but(kind="time", daypart=L.DAYPARTS[key(dp)]) if dp else sem


def weekend(m):
    return Sem(weekend=True, direction=rel_direction(group(m, "rel")))


def daypart(m):
    return Sem(kind="time", daypart=L.DAYPARTS[key(m.group("dp"))], mod=pos_of(m))


def clock(m):
    h = clock_hour(int(m.group("h")), group(m, "ap"))
    if h is None:
        return None
    return Sem(kind="time", hour=h, minute=int(group(m, "mi") or 0))


def noon(m):
    return Sem(kind="time", hour=12 if key(m.group(0)) == "noon" else 24, minute=0)


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
    return Sem(unit=unit, offset=-int(float(n)), mod=L.QUALIFIERS.get(key(group(m, "q"))))


def later(m):
    n, unit = _amount(m), L.UNITS[key(m.group("u"))]
    if n is None or n == "X" or not float(n).is_integer() or unit in ("hour", "minute"):
        return None
    return Sem(unit=unit, offset=int(float(n)))


def narrative_shift(m):
    n, unit = _amount(m), L.UNITS[key(m.group("u"))]
    if n is None or n == "X" or not float(n).is_integer() or unit in ("hour", "minute",
                                                                       "second"):
        return None
    sign = 1 if key(m.group("dir")) in ("later", "after", "afterwards") else -1
    count = int(float(n))
    if unit == "week":
        unit, count = "day", 7 * count
    return Sem(unit=unit, offset=sign * count, narrative=True)


def duration(m):
    n = _amount(m)
    unit = L.UNITS[key(m.group("u"))]
    if n is None:
        return None
    if re.match(r"-old\b", after(m, 4)):
        return None  # an age
    rel = key(group(m, "rel"))
    anchored = "until" if rel in ("past", "last", "previous") else (
        "from" if rel in ("next", "coming") else None)
    pre = key(group(m, "pre"))
    ongoing = pre == "since" or (pre == "for" and re.search(
        r"\b(?:has|have|had)(?:n't)?\s+(?:\w+\s+){0,4}$", before(m, 60)) is not None)
    if ongoing:
        anchored = "until"
    return Sem(kind="duration", amount=n, unit=unit, mod=L.QUALIFIERS.get(key(group(m, "q"))),
               anchored=anchored, ongoing=ongoing)


def fuzzy_period(m):
    rel = key(m.group("rel"))
    unit = L.UNITS[key(m.group("u"))]
    if rel in ("coming", "next", "next few"):
        return Sem(kind="ref", ref="FUTURE_REF", ref_unit=unit, ref_span="coming")
    return Sem(kind="ref", ref="PAST_REF", ref_unit=unit, ref_span="period")


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
    return Sem(kind="duration", amount="X", unit=L.UNITS[key(m.group("u"))],
               anchored="until" if key(group(m, "pre")) == "since" else None)


def reference(m):
    w = key(m.group(0))
    if w in ("recently", "lately"):
        return Sem(kind="ref", ref="PAST_REF", ref_unit="month", ref_span="recent")
    if w == "current" and re.match(r"\s+(?:account|affairs|events)\b", after(m, 12)):
        return None
    return Sem(kind="ref", ref=L.REFERENCES[w])


def season(m):
    s = L.SEASONS[key(m.group("s"))]
    if key(m.group("s")) == "fall" and not (group(m, "y") or group(m, "the") or group(m, "pos")):
        return None  # the verb
    if group(m, "y"):
        return Sem(season=s, year=int(m.group("y")), mod=pos_of(m))
    return Sem(season=s, mod=pos_of(m))


def quarter(m):
    o = L.ORDINALS.get(key(group(m, "o"))) if group(m, "o") else int(m.group("qn"))
    unit = "half" if key(group(m, "u") or "quarter") == "half" else "quarter"
    if o == -1:
        return Sem(unit=unit, offset=-1)
    if o is None or o > (2 if unit == "half" else 4):
        return None
    part = {"half": o} if unit == "half" else {"quarter": o}
    if group(m, "y"):
        return Sem(year=int(m.group("y")), **part)
    if group(m, "rel"):
        return Sem(unit="year", offset=L.RELATIVE[key(m.group("rel"))], **part)
    return Sem(**part)


def holiday(m):
    name = L.HOLIDAYS[key(m.group("h"))]
    if group(m, "y"):
        return Sem(holiday=name, year=int(m.group("y")))
    return Sem(holiday=name, direction=rel_direction(group(m, "rel")))


EVERY = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M",
         "hour": "PT1H", "morning": "XXXX-XX-XXTMO", "evening": "XXXX-XX-XXTEV",
         "night": "XXXX-XX-XXTNI", "weekend": "XXXX-WXX-WE", "summer": "XXXX-SU",
         "winter": "XXXX-WI"}


def every(m):
    x = key(m.group("x"))
    if x in L.WEEKDAYS:
        return Sem(kind="set", set_value=f"XXXX-WXX-{L.WEEKDAYS[x] + 1}", quant="EVERY")
    return Sem(kind="set", set_value=EVERY[x], quant="EVERY")


def plural_weekday(m):
    return Sem(kind="set", set_value=f"XXXX-WXX-{L.WEEKDAYS[key(m.group('wd'))] + 1}")


def set_word(m):
    return Sem(kind="set", set_value=L.SET_WORDS[key(m.group("w"))])


def every_n(m):
    n = number(m.group("n"), L.NUMBERS)
    if n is None or n == "X":
        return None
    return Sem(kind="set", set_value=duration_value(n, L.UNITS[key(m.group("u"))]),
               quant="EVERY")


def relative_month(m):
    month = month_of(m.group("m"))
    if month is None:
        return None
    return Sem(month=month, direction=rel_direction(m.group("rel")))


def position_this(m):
    u = key(m.group("u"))
    return Sem(unit=REL_UNITS[u], offset=L.RELATIVE[key(m.group("rel"))], mod=pos_of(m))


RULES = [
    Rule("date_range", rf"{B}(?P<m>{MONTH})\s+(?P<d1>{DAY}){ORD}?\s*(?:-|–|to|and|through)\s*"
         rf"(?P<d2>{DAY}){ORD}?(?:,?\s+(?P<y>{YEAR4}))?{E}", date_range),
    Rule("date_mdy", rf"{B}(?:(?P<wd>{WD}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY}){ORD}?{E}"
         rf"(?:,?\s+(?P<y>{YEAR4}){E})?{TIME_TAIL}", date_md),
    Rule("date_dmy", rf"{B}(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<d>{DAY}){ORD}?\s+(?:of\s+)?"
         rf"(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?{E}{TIME_TAIL}", date_md),
    Rule("date_numeric", rf"(?<![\d/.]){B}(?P<mo>{MONTH_NUM})/(?P<d>{DAY})/(?P<y>{YEAR4}|\d\d)"
         rf"(?![\d/]){TIME_TAIL}", date_numeric),
    Rule("date_iso", rf"{B}(?P<y>{YEAR4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:[T ](?P<th>{HOUR}):"
         rf"(?P<tm>{MINUTE}))?{E}", date_numeric),
    Rule("month_year", rf"{B}(?:(?P<pos>{POS})[\s-]+)?(?P<m>{MONTH})(?:\s+of)?,?\s+"
         rf"(?P<y>{YEAR4}){E}", month_year),
    Rule("month", rf"{B}(?:(?P<pos>{POS})[\s-]+)?(?P<m>{MONTH_FULL}|(?-i:Sept?|Oct|Nov|Dec|"
         rf"Jan|Feb|Aug)\.){E}", month_bare, priority=7),
    Rule("relative_month", rf"{B}(?P<rel>last|next|this|coming|past)\s+(?P<m>{MONTH_FULL}){E}",
         relative_month),
    Rule("year", rf"(?<![\d][.,])(?<!\d){B}(?:(?P<pos>{POS})[\s-]+)?(?:(?:fiscal|calendar|"
         rf"the\s+year|fy)\s*)?(?P<y>{YEAR4}){E}{NOT_AMOUNT}", year, priority=7),
    Rule("decade", rf"{B}(?:(?P<pos>{POS})[\s-]+)?(?:the\s+)?(?:(?P<dec>(?:1\d|20)?\d0|"
         rf"['’]\d0)'?s|(?P<w>{alt(L.DECADE_WORDS)})){E}",
         lambda m: decade(m) if not (group(m, "dec") or "").startswith(("'", "’")) else
         Sem(decade=190 + int(m.group("dec")[1]), mod=pos_of(m))),
    Rule("century", rf"{B}(?:(?P<pos>{POS})[\s-]+)?(?:the\s+)?(?:(?P<n>\d{{1,2}}){ORD}|"
         rf"(?P<w>{alt(L.ORDINAL_WORDS)}))[\s-]+century{E}", century),
    Rule("day_word", rf"{B}(?:(?P<pos>early|late)\s+)?(?P<w>yesterday|today|tomorrow)"
         rf"(?:\s+(?P<dp>morning|afternoon|evening|night))?{E}", day_word),
    Rule("tonight", rf"{B}(?P<w>tonight|last\s+night|this\s+(?:morning|afternoon|evening))"
         rf"{E}", tonight),
    Rule("narrative_day", rf"{B}{alt(L.NARRATIVE_DAYS)}{E}", narrative_day),
    Rule("relative_unit", rf"{B}(?:(?P<pos>{POS}|earlier|later)[\s-]+)?(?P<the>the\s+)?"
         rf"(?P<rel>{REL})\s+(?P<u>week|weekend|month|year|quarter|decade|century|spring|"
         rf"summer|fall|autumn|winter){E}", relative_unit, priority=6),
    Rule("position_this", rf"{B}(?P<pos>{POS})\s+(?:the\s+)?(?P<rel>this|next|last)\s+"
         rf"(?P<u>week|month|year|quarter|decade){E}", position_this),
    Rule("weekday", rf"{B}(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<wd>{WD})"
         rf"(?:\s+(?P<dp>morning|afternoon|evening|night){E})?(?:\s+(?:of\s+)?"
         rf"(?P<wrel>last|next|this)\s+week)?(?!\w)", weekday),
    Rule("weekend", rf"{B}(?:(?P<rel>last|next|this|coming|past)\s+|the\s+)weekend{E}",
         weekend),
    Rule("daypart", rf"{B}(?:in|during)\s+the\s+(?P<t>(?:(?P<pos>early|late)\s+)?"
         rf"(?P<dp>morning|afternoon|evening|night)){E}", daypart),
    Rule("clock", rf"{B}(?P<h>{HOUR})(?::(?P<mi>{MINUTE}))?\s*(?P<ap>[ap]\.m\.|[ap]m(?!\w)|"
         rf"o'clock)", clock),
    Rule("clock_colon", rf"(?<![\d:.,]){B}(?P<h>{HOUR}):(?P<mi>{MINUTE})(?![\d]|:\d)", clock,
         priority=6),
    Rule("noon", rf"{B}(?:noon|midnight){E}", noon),
    Rule("ago", rf"{B}(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\s+ago{E}", ago),
    Rule("years_ago", rf"{B}(?P<u>years|months|weeks|days|decades)\s+ago{E}",
         lambda m: Sem(kind="ref", ref="PAST_REF", ref_unit=L.UNITS[key(m.group("u"))],
                       ref_span="ago")),
    Rule("later", rf"{B}in\s+(?P<t>(?P<n>{NUM})\s+(?P<u>{UNIT})){E}(?!\s+(?:of|since|ago))",
         later, priority=7),
    Rule("narrative_shift", rf"{B}(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\s+"
         rf"(?P<dir>later|earlier|after|before|afterwards|previously){E}(?!\s+(?:the|that|his|"
         rf"her|its|their|a)\b)", narrative_shift),
    Rule("duration", rf"{B}(?:(?P<pre>for|since|over|during|within|in)\s+)?(?P<t>(?:the\s+)?"
         rf"(?:(?P<rel>past|last|next|coming|first|previous|following|final|full)\s+)?"
         rf"(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})[\s-]+(?P<u>{UNIT})){E}", duration, priority=6),
    Rule("fuzzy_period", rf"{B}(?:in\s+|over\s+|during\s+)?(?P<t>(?:the\s+)?(?P<rel>recent|"
         rf"past|last|coming|next)(?:\s+few|\s+several)?\s+(?P<u>days|weeks|months|years|"
         rf"decades)){E}", fuzzy_period),
    Rule("plural_duration", rf"{B}(?P<pre>for|since|in|over|after|within|during|following)\s+"
         rf"(?P<t>(?P<u>years|months|weeks|days|decades|hours|centuries)){E}", plural_duration),
    Rule("plural_of", rf"{B}(?P<t>(?P<u>years|months|weeks|days|decades|centuries))\s+of\s+"
         rf"(?!the\b|this\b|that\b|these\b|those\b|his\b|her\b|its\b|their\b)[a-z]",
         plural_of),
    Rule("long_adjective", rf"{B}(?P<u>years|months|weeks|days|decades|hours)-long{E}",
         lambda m: Sem(kind="duration", amount="X", unit=L.UNITS[key(m.group("u"))])),
    Rule("reference", rf"{B}{alt(L.REFERENCES)}{E}", reference, priority=8),
    Rule("season", rf"{B}(?:(?P<pos>{POS})[\s-]+)?(?P<the>the\s+)?(?P<s>spring|summer|fall|"
         rf"autumn|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR4}))?{E}", season, priority=6),
    Rule("quarter", rf"{B}(?:the\s+)?(?:(?P<rel>this|last|next)\s+year's\s+)?(?:fiscal\s+)?"
         rf"(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal\s+)?"
         rf"(?P<u>quarter|half)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>{YEAR4}))?{E}", quarter),
    Rule("quarter_code", rf"{B}Q(?P<qn>[1-4])\s*[/ ]?\s*(?P<y>{YEAR4})?{E}", quarter),
    Rule("holiday", rf"{B}(?:(?P<rel>last|next|this)\s+)?(?P<h>{alt(L.HOLIDAYS)})"
         rf"(?:,?\s+(?P<y>{YEAR4}))?{E}", holiday),
    Rule("every", rf"{B}(?:every|each)\s+(?P<x>{alt(L.WEEKDAYS)}|day|week|month|year|quarter|"
         rf"hour|morning|evening|night|weekend|summer|winter){E}", every),
    Rule("every_n", rf"{B}every\s+(?P<n>{NUM})\s+(?P<u>{UNIT}){E}", every_n),
    Rule("plural_weekday", rf"{B}(?:on\s+)?(?P<wd>{alt(L.WEEKDAYS)})s{E}", plural_weekday),
    Rule("set_word", rf"{B}(?P<w>{alt(L.SET_WORDS)}){E}", set_word, priority=7),
    Rule("per_unit", rf"{B}(?:a|per)\s+(?P<u>year|month|week|day){E}(?!\s+(?:ago|earlier|later))",
         lambda m: None if re.search(r"\b(?:for|in|within|over)\s+$", before(m, 8)) else
         Sem(kind="set", set_value={"year": "P1Y", "month": "P1M", "week": "P1W",
                                    "day": "P1D"}[key(m.group("u"))]), priority=9),
]

PAST = (r"(?i:\b(?:was|were|had|did|said|told|announced|reported|came|went|took|gave|made|"
        r"met|began|won|lost|fell|rose|left|got|saw|found|died|killed)\b|"
        r"\b(?<!\bbe )(?<!\bbeen )(?<!being )(?<!\bwill )(?!scheduled\b|expected\s+to\b)"
        r"\w+ed\b)")
FUTURE = (r"(?i:\b(?:will|won't|shall|going\s+to|is\s+to|are\s+to|plans?\s+to|"
          r"scheduled|expected\s+to|next|upcoming|would|planning\s+to|set\s+to)\b|'ll\b)")

STEMS = stems(
    L.MONTHS, L.MONTH_ABBREVIATIONS, L.WEEKDAYS, SHORT_DAYS, L.DAYPARTS, L.UNITS, L.RELATIVE,
    L.SEASONS, L.HOLIDAYS, L.REFERENCES, L.DAY_WORDS, L.NARRATIVE_DAYS, L.SET_WORDS,
    L.DECADE_WORDS, L.ORDINAL_WORDS,
    extra=("ago", "noon", "midnight", "tonight", "q", "fiscal", "fy", "quarter", "half",
           "every", "each", "per", "years", "months", "weeks", "days", "decades", "hours",
           "night", "later", "earlier", "before", "after", "recent")) - frozenset(
    # words of multi-word table keys that say nothing about time on their own; as stems
    # (prefixes) they would wake the rules up almost everywhere ("at", "in", "the", "new")
    "a an at in of the all new good near king palm ash eve whit semi this last next each "
    "every per".split())

GRAMMAR = Grammar("en", RULES, PAST, FUTURE, STEMS)
