"""German: the rules that find temporal expressions and say what they mean.

Each rule pairs a pattern (built from the word tables in lexicon_de) with a function from the
match to a semantic form; the engine does the matching and the resolver the arithmetic.
Prepositions ("am", "im", "seit") steer a rule but stay outside the span, as in TimeML;
articles and adjectives belong to it ("den vergangenen Monaten").
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_de as L
from newsline.timex.engine import Grammar, Rule
from newsline.timex.patterns import (B, DAY, DIGITS, E, HOUR, MINUTE, MONTH_NUM, YEAR4, after,
                                     alt, before, group, key, number, stems,
                                     year_of)
from newsline.timex.semantic import Sem

MONTH = f"(?:{alt(L.MONTHS)}|{alt(L.MONTH_ABBREVIATIONS)}\\.)"
MONTH_FULL = alt(L.MONTHS)
WD = alt(L.WEEKDAYS)
NUM = f"(?:{DIGITS}|{alt(L.NUMBERS)})"
UNIT = alt(L.UNITS)
REL = alt(L.RELATIVE)
POS = alt(["anfang", "beginn", "mitte", "ende", "ausgang"])
QUAL = alt(L.QUALIFIERS)
DAYPART = alt(L.DAYPARTS)
TIME_TAIL = rf"(?:(?:[ \t]*[,–—-][ \t]*|[ \t]{{1,2}})(?P<th>{HOUR})[.:](?P<tm>{MINUTE})(?:\s*Uhr)?{E})?"
NOT_AMOUNT = (r"(?!\s*(?:%|Prozent|Euro|€|Franken|Dollar|Meter|Kilometer|km|Mio|Millionen|"
              r"Milliarden|Tonnen|Menschen|Personen|Einwohner|Mitglieder|Stück|Mal|Punkte)\b)")


def month_of(word: str | None) -> int | None:
    k = key(word)
    return L.MONTHS.get(k) or L.MONTH_ABBREVIATIONS.get(k)


def pos_of(m: re.Match) -> str | None:
    return L.POSITION.get(key(group(m, "pos")))


def rel_direction(word: str | None) -> str:
    offset = L.RELATIVE.get(key(word)) if word else None
    return {None: "tense", -1: "past", 1: "future", 0: "this"}[offset]


def with_time(m: re.Match, sem: Sem) -> Sem:
    if group(m, "th") is None:
        return sem
    return sem.but(kind="time", hour=int(m.group("th")), minute=int(m.group("tm")))


# ---- rule functions --------------------------------------------------------------------------

def date_range(m):
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if d2 <= d1:
        return None
    return Sem(year=year_of(group(m, "y")), month=month_of(m.group("m")), day=d1,
               range_end_day=d2)


def date_named(m):
    return with_time(m, Sem(year=year_of(group(m, "y")), month=month_of(m.group("m")),
                            day=int(m.group("d"))))


def date_numeric(m):
    y = group(m, "y")
    return with_time(m, Sem(year=year_of(y), month=int(m.group("mo")), day=int(m.group("d"))))


def month_year(m):
    return Sem(year=int(m.group("y")), month=month_of(m.group("m")), mod=pos_of(m))


def month_relative_year(m):
    return Sem(month=month_of(m.group("m")), unit="year",
               offset=L.RELATIVE[key(m.group("rel"))], mod=pos_of(m))


def month_bare(m):
    word = key(m.group("m"))
    lead = before(m, 12).lower()
    if word == "august" and not pos_of(m) and not re.search(r"\b(im|seit|bis|ab|vom|zum|ende|"
                                                            r"anfang|mitte|und|oder)\s+$", lead):
        return None  # the first name
    return Sem(month=L.MONTHS[word], mod=pos_of(m))


YEAR_CUE = re.compile(r"(?:\b(?:im|in|seit|bis|ab|um|vor|nach|von|vom|zwischen|bereits|schon|"
                      r"Jahre?s?|Sommer|Winter|Herbst|Frühjahr)\s+|\()$", re.IGNORECASE)


def year(m):
    if re.match(r"\s*(?:[-–/]\s*\d|[.,]\d)", after(m, 3)):
        return None
    y = int(m.group("y"))
    cued = pos_of(m) or "jahr" in m.group(0).lower() or YEAR_CUE.search(before(m, 12))
    if not cued and (y < 1800 or re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]", after(m, 3))):
        return None  # a count: "2000 Quadratmeter", "rund 1200 Unterschriften"
    return Sem(year=y, mod=pos_of(m))


def year_pair(m):
    return Sem(year=int(m.group("y")))


DECADE_WORDS = {"zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5,
                "sechziger": 6, "siebziger": 7, "achtziger": 8, "neunziger": 9}


def decade(m):
    digits = group(m, "dec")
    if digits is None:
        return Sem(decade=190 + DECADE_WORDS[key(m.group("w"))], mod=pos_of(m))
    n = int(digits)
    if n < 100:
        n = 1900 + n if n >= 20 else 2000 + n
    return Sem(decade=n // 10, mod=pos_of(m))


def century(m):
    n = int(m.group("n"))
    return Sem(century=n - 1, mod=pos_of(m)) if 1 <= n <= 21 else None


def day_word(m):
    w = m.group("w")
    dp = group(m, "dp")
    if w == "Morgen" and not dp:
        if re.search(r"\b(am|den|der|dem|jeden|diesen|guten|frühen|späten|einen)\s+$",
                     before(m, 12), re.IGNORECASE):
            return None  # "am Morgen": the morning, not tomorrow
    sem = Sem(unit="day", offset=L.DAY_WORDS[key(w)])
    if dp:
        return sem.but(kind="time", daypart=L.DAYPARTS[key(dp)])
    return sem


DAY_ADJECTIVES = {"vorgestrig": -2, "gestrig": -1, "heutig": 0, "morgig": 1, "übermorgig": 2}


def day_adjective(m):
    sem = Sem(unit="day", offset=DAY_ADJECTIVES[key(m.group("a"))])
    x = key(m.group("x"))
    if x in L.DAYPARTS:
        return sem.but(kind="time", daypart=L.DAYPARTS[x])
    return sem


def narrative_day(m):
    return Sem(unit="day", offset=L.NARRATIVE_DAYS[key(m.group(0))], narrative=True)


RELATIVE_UNITS = {"woche": "week", "monat": "month", "monats": "month", "jahr": "year",
                  "jahres": "year", "quartal": "quarter", "quartals": "quarter",
                  "halbjahr": "half", "halbjahres": "half", "jahrzehnt": "decade",
                  "jahrzehnts": "decade", "jahrhundert": "century", "jahrhunderts": "century"}


def relative_unit(m):
    u = key(m.group("u"))
    rel = group(m, "rel")
    if rel is None and not pos_of(m):
        return None  # "des Jahres" alone says nothing
    offset = L.RELATIVE[key(rel)] if rel else 0
    season = L.SEASONS.get(re.sub(r"(es|s)$", "", u)) or L.SEASONS.get(u)
    if season:
        return Sem(season=season, direction=rel_direction(rel), mod=pos_of(m))
    if u.startswith("wochenende"):
        return Sem(weekend=True, direction=rel_direction(rel), mod=pos_of(m))
    return Sem(unit=RELATIVE_UNITS[u], offset=offset, mod=pos_of(m))


COMPOUNDS = {
    "vorjahr": ("year", -1, None), "vormonat": ("month", -1, None),
    "vorwoche": ("week", -1, None), "jahresende": ("year", 0, "END"),
    "jahresanfang": ("year", 0, "START"), "jahresbeginn": ("year", 0, "START"),
    "jahresmitte": ("year", 0, "MID"), "jahreswechsel": ("year", 0, "END"),
    "monatsende": ("month", 0, "END"), "monatsanfang": ("month", 0, "START"),
    "monatsbeginn": ("month", 0, "START"), "monatsmitte": ("month", 0, "MID"),
    "wochenbeginn": ("week", 0, "START"), "wochenanfang": ("week", 0, "START"),
    "wochenmitte": ("week", 0, "MID"), "folgejahr": ("year", 1, None),
}


def compound(m):
    unit, offset, mod = COMPOUNDS[re.sub(r"(es|s)$", "", key(m.group("c")))]
    y = group(m, "y")
    if y:
        return Sem(year=int(y), mod=mod) if unit == "year" else None
    return Sem(unit=unit, offset=offset, mod=mod, narrative=key(m.group("c")) == "folgejahr")


def weekend(m):
    return Sem(weekend=True, direction=rel_direction(group(m, "rel")))


def weekday(m):
    wd = L.WEEKDAYS[key(m.group("wd"))]
    dp = group(m, "dp") or group(m, "dp2")
    wrel = group(m, "wrel")
    if wrel:
        sem = Sem(weekday=wd, unit="week", offset=L.RELATIVE[key(wrel)])
    else:
        sem = Sem(weekday=wd, direction=rel_direction(group(m, "rel")))
    if dp:
        return sem.but(kind="time", daypart=L.DAYPARTS[key(dp)])
    return sem


def daypart(m):
    mod = {"frühen": "START", "späten": "END"}.get(key(group(m, "early")))
    return Sem(kind="time", daypart=L.DAYPARTS[key(m.group("dp"))], mod=mod)


def clock(m):
    h = int(m.group("h"))
    mi = group(m, "mi") or group(m, "mi2")
    if h > 24:
        return None
    return Sem(kind="time", hour=h, minute=int(mi) if mi else 0)


def clock_range(m):
    out = []
    for h, mi in (("h1", "m1"), ("h2", "m2")):
        minute = group(m, mi)
        out.append((m.start(h), m.end(mi) if minute else m.end(h),
                    Sem(kind="time", hour=int(m.group(h)), minute=int(minute or 0))))
    start, end, sem = out[1]
    out[1] = (start, m.end(), sem)
    return out


def _amount(m):
    return number(m.group("n"), L.NUMBERS)


def ago(m):
    n, unit = _amount(m), L.UNITS[key(m.group("u"))]
    if n is None:
        return None
    mod = L.QUALIFIERS.get(key(group(m, "q")))
    if n == "X" or unit in ("hour", "minute", "second"):
        return Sem(kind="ref", ref="PAST_REF", ref_unit=unit, ref_span="ago")
    if not float(n).is_integer():
        return None
    return Sem(unit=unit, offset=-int(float(n)), mod=mod)


def later(m):
    n, unit = _amount(m), L.UNITS[key(m.group("u"))]
    if n is None:
        return None
    if n == "X" or unit in ("hour", "minute", "second"):
        return Sem(kind="ref", ref="FUTURE_REF", ref_unit=unit, ref_span="later")
    if not float(n).is_integer():
        return None
    return Sem(unit=unit, offset=int(float(n)))


def narrative_shift(m):
    n, unit = _amount(m), L.UNITS[key(m.group("u"))]
    if n is None or n == "X" or not float(n).is_integer():
        return None
    sign = 1 if key(m.group("dir")) in ("später", "danach", "darauf") else -1
    count = int(float(n))
    if unit == "week":
        unit, count = "day", 7 * count
    if unit in ("hour", "minute", "second"):
        return None
    return Sem(unit=unit, offset=sign * count, narrative=True)


def unit_after(m):
    sign = 1 if key(m.group("dir")) in ("darauf", "danach") else -1
    return Sem(unit=RELATIVE_UNITS[key(m.group("u"))], offset=sign, narrative=True)


def duration(m):
    n = _amount(m)
    unit_word = key(m.group("u"))
    unit = L.UNITS[unit_word]
    if n is None or (unit_word.endswith("s") and unit_word not in ("jahres",) and n == "1"):
        return None
    if unit_word in ("jahres", "tages", "monats", "tags") and n == "1":
        return None  # "eines Tages": some day
    if re.search(r"\b(?:ab|unter)\s+$", before(m, 7), re.IGNORECASE):
        return None  # an age limit: "ab 16 Jahren"
    rel = key(group(m, "rel"))
    anchored = "until" if rel in ("vergangenen", "letzten") else (
        "from" if rel in ("kommenden", "nächsten") else None)
    ongoing = key(group(m, "pre")) == "seit"
    if ongoing:
        anchored = "until"
    return Sem(kind="duration", amount=n, unit=unit, mod=L.QUALIFIERS.get(key(group(m, "q"))),
               anchored=anchored, ongoing=ongoing)


def fuzzy_period(m):
    rel = key(m.group("rel"))
    unit = L.PLURAL_UNITS[key(m.group("u"))]
    if rel in ("kommenden", "nächsten", "folgenden"):
        return Sem(kind="ref", ref="FUTURE_REF", ref_unit=unit, ref_span="coming")
    return Sem(kind="ref", ref="PAST_REF", ref_unit=unit, ref_span="period")


def since_plural(m):
    return Sem(kind="duration", amount="X", unit=L.PLURAL_UNITS[key(m.group("u"))],
               anchored="until", ongoing=True)


def long_word(m):
    return Sem(kind="duration", amount="X", unit=L.LONG_UNITS[key(m.group("u"))])


def length_adjective(m):
    if m.group("a")[0].isupper():
        return None  # "die 44-Jährige": a person
    n = number(m.group("n"), L.NUMBERS)
    if n is None or n == "X":
        return None
    return Sem(kind="duration", amount=n, unit=L.LENGTH_ADJECTIVES[key(m.group("a"))])


RECENT = {"kürzlich", "jüngst", "unlängst", "neulich", "vor kurzem", "vor kurzer zeit",
          "in letzter zeit", "in jüngster zeit"}


def reference(m):
    w = key(m.group(0))
    if w == "früher" and re.match(r"\s+als\b", after(m, 6)):
        return None
    if w in RECENT:
        return Sem(kind="ref", ref="PAST_REF", ref_unit="month", ref_span="recent")
    return Sem(kind="ref", ref=L.REFERENCES[w])


def season(m):
    s = L.SEASONS[re.sub(r"(es|s)$", "", key(m.group("s"))) if key(m.group("s")) not in
                  L.SEASONS else key(m.group("s"))]
    if group(m, "y"):
        return Sem(season=s, year=int(m.group("y")), mod=pos_of(m))
    if group(m, "rel"):
        return Sem(season=s, unit="year", offset=L.RELATIVE[key(m.group("rel"))], mod=pos_of(m))
    return Sem(season=s, mod=pos_of(m))


def quarter(m):
    o = L.ORDINALS.get(key(m.group("o"))) if group(m, "o") else int(m.group("qn"))
    u = key(group(m, "u") or "quartal")
    unit = "half" if u.startswith(("halbjahr", "jahreshälfte")) else "quarter"
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


EVERY = {"tag": "P1D", "woche": "P1W", "monat": "P1M", "jahr": "P1Y", "quartal": "P3M",
         "stunde": "PT1H", "morgen": "XXXX-XX-XXTMO", "abend": "XXXX-XX-XXTEV",
         "nacht": "XXXX-XX-XXTNI", "wochenende": "XXXX-WXX-WE", "sommer": "XXXX-SU",
         "winter": "XXXX-WI"}


def every(m):
    x = key(m.group("x"))
    if x in L.WEEKDAYS:
        return Sem(kind="set", set_value=f"XXXX-WXX-{L.WEEKDAYS[x] + 1}", quant="EVERY")
    return Sem(kind="set", set_value=EVERY[x], quant="EVERY")


def adverb_set(m):
    w = key(m.group("w"))
    if w[:-1] in L.WEEKDAYS:
        return Sem(kind="set", set_value=f"XXXX-WXX-{L.WEEKDAYS[w[:-1]] + 1}")
    return Sem(kind="set", set_value={"morgens": "XXXX-XX-XXTMO", "abends": "XXXX-XX-XXTEV",
                                      "nachts": "XXXX-XX-XXTNI"}[w])


def set_word(m):
    return Sem(kind="set", set_value=L.SET_WORDS[key(m.group("w"))])


def per_unit(m):
    return Sem(kind="set", set_value={"tag": "P1D", "woche": "P1W", "monat": "P1M",
                                      "jahr": "P1Y"}[key(m.group("u"))])


def every_n(m):
    n = number(m.group("n"), L.NUMBERS)
    if n is None or n == "X":
        return None
    unit = L.UNITS[key(m.group("u"))]
    from newsline.timex.resolve import duration_value
    return Sem(kind="set", set_value=duration_value(n, unit))


def week_number(m):
    w = int(group(m, "w") or m.group("w2"))
    if not 1 <= w <= 53:
        return None
    y = group(m, "y")
    return Sem(week=w, year=int(y) if y else None)


RULES = [
    Rule("date_range", rf"{B}(?P<d1>{DAY})\.?\s*(?:und|bis|-|–|/)\s*(?P<d2>{DAY})\.\s?"
         rf"(?P<m>{MONTH})(?:\s+(?P<y>{YEAR4}))?{E}", date_range),
    Rule("date_named", rf"{B}(?:(?:{WD}),?\s+(?:(?:den|dem)\s+)?)?(?P<d>{DAY})\.\s?"
         rf"(?P<m>{MONTH})(?:\s+(?P<y>{YEAR4}))?{E}{TIME_TAIL}", date_named),
    Rule("date_numeric", rf"(?<![\d.,])(?:(?:{WD}),?\s+(?:(?:den|dem)\s+)?)?(?P<d>{DAY})\."
         rf"\s?(?P<mo>{MONTH_NUM})\.\s?(?P<y>{YEAR4}|\d\d)(?![\d.,]\d|\d){TIME_TAIL}",
         date_numeric),
    Rule("date_numeric_short", rf"(?<![\d.,])(?P<d>{DAY})\.(?P<mo>{MONTH_NUM})\.(?![\d]|\w)",
         date_numeric, priority=6),
    Rule("date_iso", rf"{B}(?P<y>{YEAR4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:[T ](?P<th>{HOUR}):"
         rf"(?P<tm>{MINUTE}))?{E}", date_numeric),
    Rule("month_year", rf"{B}(?:(?P<pos>{POS})\s+)?(?P<m>{MONTH})\s+(?P<y>{YEAR4}){E}",
         month_year),
    Rule("month_relative_year", rf"{B}(?:(?P<pos>{POS})\s+)?(?P<m>{MONTH})\s+(?:des\s+)?"
         rf"(?P<rel>{REL})\s+Jahres{E}", month_relative_year),
    Rule("month", rf"{B}(?:(?P<pos>{POS})\s+)?(?P<m>{MONTH_FULL}){E}", month_bare, priority=7),
    Rule("year", rf"(?<![\d][.,])(?<!\d){B}(?:(?P<pos>{POS})\s+)?(?:(?:des\s+)?Jahr(?:es)?\s+)?"
         rf"(?P<y>{YEAR4}){E}{NOT_AMOUNT}", year, priority=7),
    Rule("year_pair", rf"{B}(?P<y>{YEAR4})\s*/\s*(?:\d\d|{YEAR4}){E}", year_pair),
    Rule("decade", rf"{B}(?:(?P<pos>{POS})\s+)?(?:der\s+)?(?:(?P<dec>(?:1\d|20)?\d0)er"
         rf"(?:[\s-]*Jahren?\b)?|(?P<w>{alt(DECADE_WORDS)})(?:[\s-]*jahren?|n)?){E}", decade),
    Rule("century", rf"{B}(?:(?P<pos>{POS})\s+)?(?:des\s+)?(?P<n>\d{{1,2}})\.\s*"
         rf"Jahrhunderts?{E}", century),
    Rule("day_word", rf"{B}(?P<w>vorgestern|gestern|heute|übermorgen|morgen)"
         rf"(?:\s*(?P<dp>{DAYPART}))?{E}", day_word),
    Rule("day_adjective", rf"{B}(?P<a>{alt(DAY_ADJECTIVES)})(?:e|en|er|em|es)\s+"
         rf"(?P<x>{WD}|Tag|Tages|Abend|Morgen|Vormittag|Nachmittag|Nacht){E}", day_adjective),
    Rule("this_year", rf"{B}heuer{E}", lambda m: Sem(unit="year", offset=0)),
    Rule("narrative_day", rf"{B}{alt(L.NARRATIVE_DAYS)}{E}", narrative_day),
    Rule("relative_unit", rf"{B}(?:(?P<pos>{POS})\s+)?(?:(?:der|die|das|den|dem|des)\s+)?"
         rf"(?:(?P<rel>{REL})\s+)?(?P<u>Woche|Wochenendes?|Monats?|Jahr(?:es)?|Quartals?|"
         rf"Halbjahr(?:es)?|Jahrzehnts?|Jahrhunderts?|Sommers?|Winters?|Herbst(?:es)?|"
         rf"Frühjahr(?:s|es)?|Frühlings?){E}", relative_unit, priority=6),
    Rule("compound", rf"{B}(?P<c>(?:{alt(COMPOUNDS)})(?:e?s)?)(?:\s+(?P<y>{YEAR4}))?{E}",
         compound),
    Rule("weekend", rf"{B}(?:(?:das|dem|am)\s+)?(?:(?P<rel>{REL})\s+)?Wochenende{E}", weekend),
    Rule("weekday", rf"{B}(?:(?P<rel>{REL})\s+)?(?P<wd>{WD})(?P<dp>{DAYPART})?"
         rf"(?:\s+(?P<dp2>früh|morgen|vormittag|mittag|nachmittag|abend|nacht){E})?"
         rf"(?:\s+(?:der\s+)?(?P<wrel>{REL})\s+Woche)?{E}", weekday),
    Rule("daypart", rf"{B}(?:am|in\s+der|gegen|zur|im)\s+(?P<t>(?:(?P<early>frühen|späten)\s+)?"
         rf"(?P<dp>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)){E}", daypart),
    Rule("daypart_hours", rf"{B}(?P<t>den\s+(?P<early>frühen|späten)\s+"
         rf"(?P<dp>Morgenstunden|Abendstunden|Nachtstunden)){E}", daypart),
    Rule("clock", rf"{B}(?P<h>{HOUR})(?:[.:](?P<mi>{MINUTE}))?\s*Uhr(?:\s+(?P<mi2>{MINUTE}))?{E}",
         clock),
    Rule("clock_colon", rf"(?<![\d:.,]){B}(?P<h>{HOUR}):(?P<mi>{MINUTE})(?![\d]|:\d)"
         rf"(?:\s*Uhr{E})?", clock, priority=6),
    Rule("clock_range", rf"{B}(?P<h1>{HOUR})(?:[.:](?P<m1>{MINUTE}))?\s*(?:bis|-|–)\s*"
         rf"(?P<h2>{HOUR})(?:[.:](?P<m2>{MINUTE}))?\s*Uhr{E}", clock_range),
    Rule("ago", rf"{B}vor\s+(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT}){E}", ago),
    Rule("later", rf"{B}in\s+(?P<n>{NUM})\s+(?P<u>{UNIT}){E}", later),
    Rule("narrative_shift", rf"{B}(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\s+"
         rf"(?P<dir>später|danach|darauf|zuvor|davor|vorher|früher){E}", narrative_shift),
    Rule("unit_after", rf"{B}(?:(?:der|die|das|dem|den|im)\s+)?(?P<u>Woche|Monat|Jahr)\s+"
         rf"(?P<dir>darauf|danach|zuvor|davor){E}", unit_after),
    Rule("duration", rf"{B}(?:(?P<pre>seit|binnen|innerhalb|für|während)\s+)?"
         rf"(?P<t>(?:(?:den|die|der)\s+)?(?:(?P<rel>vergangenen|letzten|kommenden|nächsten|"
         rf"ersten|ganzen)\s+)?(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})(?:\s+lang)?)"
         rf"{E}", duration, priority=6),
    Rule("fuzzy_period", rf"{B}(?P<t>(?:den|der)\s+(?P<rel>vergangenen|letzten|zurückliegenden|"
         rf"kommenden|nächsten|folgenden)\s+(?P<u>{alt(L.PLURAL_UNITS)})){E}", fuzzy_period),
    Rule("since_plural", rf"{B}seit\s+(?P<t>(?P<u>Jahren|Monaten|Wochen|Tagen|Jahrzehnten|"
         rf"Stunden)){E}", since_plural),
    Rule("long_word", rf"{B}(?P<u>{alt(L.LONG_UNITS)})lang(?:e|en|er|em|es)?{E}", long_word),
    Rule("length_adjective", rf"{B}(?P<n>\d+|{alt(L.NUMBERS)})-?(?P<a>{alt(L.LENGTH_ADJECTIVES)})"
         rf"(?:e|en|er|em|es)?{E}", length_adjective),
    Rule("reference", rf"{B}{alt(L.REFERENCES)}{E}", reference, priority=8),
    Rule("season", rf"{B}(?:(?P<pos>{POS})\s+)?(?:(?:des|der|dem|den)\s+)?"
         rf"(?P<s>Frühjahr|Frühling|Sommer|Herbst|Winter)(?:e?s)?(?:\s+(?P<y>{YEAR4})"
         rf"(?:/\d\d)?|\s+(?:des\s+)?(?P<rel>{REL})\s+Jahres)?{E}", season),
    Rule("quarter", rf"{B}(?:(?:das|dem|des)\s+)?(?P<o>(?:erste|zweite|dritte|vierte|letzte)n?|"
         rf"[1-4]\.)\s+(?P<u>Quartals?|Halbjahr(?:es|s)?|Jahreshälfte)(?:\s+(?P<y>{YEAR4})|"
         rf"\s+(?:des\s+)?(?:(?P<rel>{REL})\s+)?Jahres)?{E}", quarter),
    Rule("quarter_code", rf"{B}Q(?P<qn>[1-4])\s*[/ ]?\s*(?P<y>{YEAR4}){E}", quarter),
    Rule("holiday", rf"{B}(?:(?P<rel>{REL})\s+)?(?P<h>{alt(L.HOLIDAYS)})(?:\s+(?P<y>{YEAR4}))?"
         rf"{E}", holiday),
    Rule("every_nth_weekday", rf"{B}jede[nrs]?\s+(?:ersten|zweiten|dritten|vierten|letzten)\s+"
         rf"{WD}\s+(?:im|des|eines)\s+Monats?{E}",
         lambda m: Sem(kind="set", set_value="P1M", quant="EVERY")),
    Rule("former", rf"{B}(?:ehemalig(?:e|en|er|em|es)?{E}|(?-i:Ex)(?=-[A-ZÄÖÜ]))",
         lambda m: Sem(kind="ref", ref="PAST_REF"), priority=8),
    Rule("every", rf"{B}jede[nrs]?\s+(?P<x>{WD}|Tag|Woche|Monat|Jahr|Morgen|Abend|Nacht|"
         rf"Wochenende|Quartal|Stunde|Sommer|Winter){E}", every),
    Rule("adverb_set", rf"{B}(?-i:(?P<w>montags|dienstags|mittwochs|donnerstags|freitags|"
         rf"samstags|sonntags|morgens|abends|nachts)){E}", adverb_set),
    Rule("set_word", rf"{B}(?P<w>{alt(L.SET_WORDS)})(?:e|en|er|em|es)?{E}", set_word),
    Rule("per_unit", rf"{B}(?:einmal|zweimal|dreimal|\d+\s*-?\s*mal)\s+(?:pro|im|in\s+der|die|"
         rf"je|jede[nrs]?)\s+(?P<u>Tag|Woche|Monat|Jahr){E}", per_unit),
    Rule("every_n", rf"{B}alle\s+(?P<n>{NUM})\s+(?P<u>{UNIT}){E}", every_n),
    Rule("week_number", rf"{B}(?:(?:KW|Kalenderwoche)\s*(?P<w>\d{{1,2}})|(?P<w2>\d{{1,2}})\.\s*"
         rf"Kalenderwoche)(?:\s*/?\s*(?P<y>{YEAR4}))?{E}",
         week_number),
]


PAST = (r"(?i:\b(?:war|waren|warst|hatte|hatten|hattest|wurde|wurden|worden|gewesen|gab|kam|"
        r"kamen|ging|gingen|sagte|sagten|teilte|teilten|erklärte|erklärten|berichtete|"
        r"berichteten|meldete|meldeten|betonte|kündigte|bestätigte|forderte|warnte|nannte|hieß|"
        r"ließ|stand|standen|lag|lagen|fand|traf|trafen|nahm|gewann|verlor|starb|starben|"
        r"begann|endete|zeigte|stellte|legte|führte|brachte|sprach|rief|fiel|wies|schrieb|"
        r"unterzeichnete|einigten|beschloss|billigte|wählte|entschied|eröffnete|verletzte|"
        r"ereignete|passierte|geschah|kollidierte|prallte|stürzte)\b|"
        r"\b(?:hat|haben|habe|hätte|hätten|ist|sind|sei|seien)\s(?:\S+\s){0,10}?"
        r"[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)\b)")
FUTURE = (r"(?i:\b(?:wird|werden|werde|wirst|soll|sollen|solle|will|wollen|wolle|plant|planen|"
          r"geplant|kommende[nmrs]?|nächste[nmrs]?|künftig\w*|bevorstehend\w*|voraussichtlich|"
          r"angesetzt|anberaumt|stattfinden)\b)")

STEMS = stems(
    L.MONTHS, L.MONTH_ABBREVIATIONS, L.WEEKDAYS, L.DAYPARTS, L.UNITS, L.LONG_UNITS,
    L.RELATIVE, L.SEASONS, L.HOLIDAYS, L.REFERENCES, L.DAY_WORDS, L.NARRATIVE_DAYS,
    L.SET_WORDS, COMPOUNDS, DECADE_WORDS, DAY_ADJECTIVES,
    extra=("uhr", "kw", "kalenderwoche", "q", "jahr", "woch", "monat", "tag", "quartal",
           "halbjahr", "jahrzehnt", "jahrhundert", "heuer", "ehemalig", "ex", "jede", "jeden",
           "jedes", "jeder", "montags", "morgens", "abends", "nachts", "vorjahr", "vortag",
           "tags"))

GRAMMAR = Grammar("de", RULES, PAST, FUTURE, STEMS)
