"""English years, spans of years, decades and centuries: what "1998", "1995-96", "the late
1800s", "the '90s" and "the 19th century" mean, from a match of one of grammar_en's rules.

Split from dates_en (dates, months, seasons, holidays), whose helpers it shares. Each function
returns a semantic form or None where the digits turn out to count something ("laid off 2000
workers", counts_en), to name a thing ("Flight 1549") or to give degrees ("lows in the 40s").
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_en as L
from newsline.timex.counts_en import counts
from newsline.timex.dates_en import approx, pos_of, spelled_year
from newsline.timex.patterns import after, alt, before, group, key, sentence_has
from newsline.timex.semantic import Sem

# a spelled year is never an amount of these
NOT_AMOUNT = (r"(?!\s*(?:%|percent|dollars|people|shares|barrels|tons|troops|soldiers|"
              r"members|points|units|feet|miles|meters|cars|jobs|cases)\b)")
# a year in digits is never an amount of these; whether it counts what follows it is for the
# year and month rules to say (counts_en: "in 2000 people were poorer" is the year, "In March
# 2000 troops were sent" a count)
NOT_MONEY = r"(?!\s*(?:%|percent|dollars)\b)"

# a year in words, as broadcast copy spells it: "nineteen ninety-eight", "two thousand and one"
_TWO_DIGITS = (rf"(?:{alt(L.TEEN_WORDS)}|{alt(L.TEN_WORDS)}(?:[\s-]{alt(L.UNIT_WORDS)})?|"
               rf"oh[\s-]{alt(L.UNIT_WORDS)})")
SPELLED_YEAR = (rf"(?:{alt(L.CENTURY_WORDS)}[\s-]+(?:{_TWO_DIGITS}|hundred)(?![\s-]\w+teen)|"
                rf"two[\s-]thousand(?:[\s-]+(?:and[\s-]+)?(?:{_TWO_DIGITS}|{alt(L.UNIT_WORDS)}))?)")


def spelled(m):
    y = spelled_year(m.group("sy"))
    return Sem(year=y) if y else None


# a number naming a thing: "Flight 1549", "Article 2019", "Room 1920"
NUMBERED = re.compile(r"\b(?-i:Flight|Article|Route|Room|Section|Chapter|Resolution|Paragraph|"
                      r"Highway|Interstate|Model|Boeing|Airbus|Apollo|Bus|Platform|Gate|Suite|"
                      r"Box|Clause|Item|Lot|Track|Pier|Terminal|Channel|Precinct|Ward|Block|Page|"
                      r"Volume|Vol\.|No\.|Nos\.|Nr\.|Number)\s+$")


def year(m):
    if re.match(r"\s*(?:[-–/]\s*\d|[.,]\d)", after(m, 3)) or before(m, 1) == "$":
        return None
    if NUMBERED.search(before(m, 16)):
        return None
    if re.match(r"\s*(?:GMT|UTC|Zulu|hours\b|hrs\b|local\s+time)", after(m, 12)):
        return None  # "1430 GMT": a clock time written as four digits
    if counts(m.string, m.start("y"), m.end("y")):
        return None  # "laid off 2000 workers", "Some 1999 votes were counted"
    later_or = {"later": "ON_OR_AFTER", "earlier": "ON_OR_BEFORE"}.get(key(group(m, "ol")))
    return Sem(year=int(m.group("y")), mod=pos_of(m) or later_or or approx(m))


def year_range(m):
    """ "2015-2020", "1995-96": consecutive years written as one span."""
    first, last = int(m.group("y")), m.group("y2")
    last = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    return Sem(year=first, range_end_year=last) if first < last <= first + 30 else None


# a decade beside it makes "the 1900s" a decade too ("in the 1900s and 1910s", "the 1890s
# and 1900s"); another hundred does not ("the 1800s and 1900s" are two centuries)
NEXT_DECADE = re.compile(r"\s*(?:and|or|to|through|[-–])\s*(?:the\s+)?\d\d[1-9]0['’]?s\b")
PREVIOUS_DECADE = re.compile(r"\b\d\d[1-9]0['’]?s\s*(?:and|or|to|through|[-–])\s*(?:the\s+)?$")


def decade(m):
    if re.search(r"\b(?:his|her|their|my|your|our|its)\s+(?:early\s+|late\s+|mid-)?$",
                 before(m, 18), re.IGNORECASE):
        return None  # "in his 30s": an age
    digits = group(m, "dec")
    if digits is None:
        return Sem(decade=190 + L.DECADE_WORDS[key(m.group("w"))], mod=pos_of(m))
    if len(digits) == 2 and reads_a_measure(m):
        return None  # "highs in the mid-70s", "lows dipping into the 40s": degrees
    n = int(digits)
    if n < 100:
        n = 1900 + n if n >= 20 else 2000 + n
    elif n % 100 == 0 and n < 2000 and not NEXT_DECADE.match(after(m, 24)) \
            and not PREVIOUS_DECADE.search(before(m, 24)):
        return Sem(century=n // 100, mod=pos_of(m))  # "the late 1800s": the century's hundred
    return Sem(decade=n // 10, mod=pos_of(m))


# what a bare "the 40s" may count besides years: the degrees of a weather report ("prices
# peaked in the 70s" stays the decade)
MEASURES = re.compile(r"\b(?:highs|lows|(?:high|low)\s+temperatures?|temperatures?|degrees|"
                      r"readings|wind\s+chills?|heat\s+index|mercury|thermometers?|"
                      r"fahrenheit|celsius)\b", re.IGNORECASE)


def reads_a_measure(m: re.Match) -> bool:
    """The sentence around a two-digit decade speaks of degrees."""
    return sentence_has(m, MEASURES, 80, 40)


def century(m):
    n = group(m, "n")
    value = int(n) if n else L.ORDINAL_WORDS.get(key(m.group("w")))
    return Sem(century=value - 1, mod=pos_of(m)) if value and 1 <= value <= 21 else None


# the sentence looks ahead to the turn: the next century's or year's start ("will be gone by
# the turn of the century" is the start of the 2100s; "has grown since the turn of the
# century", even after "expected", the start of the 2000s)
TURN_AHEAD = re.compile(r"\b(?:will|shall|going\s+to|expected|forecast|due|planned|set\s+to|"
                        r"scheduled)\b[^.;!?]*$|'ll\b[^.;!?]*$", re.IGNORECASE)


def turn_of(m):
    """ "the turn of the century": the start of this century, or of the next where the sentence
    looks ahead ("will be gone by the turn of the century"); "the turn of the 20th century" the
    start of that one, "the turn of the last century" the start of the one before, "the turn
    of the year" a new year's start, "the turn of the millennium" the year 2000."""
    u = key(m.group("u"))
    if u == "millennium":
        return Sem(year=2000, mod="APPROX")
    n = group(m, "n")
    value = int(n) if n else L.ORDINAL_WORDS.get(key(group(m, "w")))
    if value:
        return Sem(century=value - 1, mod="START") if u == "century" and value <= 21 else None
    rel = key(group(m, "rel") or "")
    if rel:  # "the turn of the last century": around 1900, told in 2024
        return Sem(unit=u, offset=1 if rel == "next" else -1, mod="START")
    ahead = TURN_AHEAD.search(before(m, 80)) and not re.search(r"\bsince\s+$", before(m, 8))
    return Sem(unit=u, offset=1 if ahead else 0, mod="START")
