"""German calendar points: what dates, months, weekdays, relative units and seasons mean (years,
decades and centuries: years_de; quarters, weeks of a month and feasts: periods_de; day words:
days_de; clock times and parts of the day: times_de).

Each function takes a match of a pattern in grammar_de and returns a semantic form (or None when
the words turn out not to be a date, e.g. "August" as a first name). Prepositions only steer.
"""

from __future__ import annotations

import re
from calendar import monthrange

from newsline.timex import lexicon_de as L
from newsline.timex.direction_de import MOVED, clause_tense, extended_to, steer
from newsline.timex.story_de import in_story
from newsline.timex.patterns import after, before, group, key, year_of
from newsline.timex.ranges_de import (MONTH_RANGE_END, ends_range_from_month, month_of,
                                      range_into_month, year_from_range_end)
from newsline.timex.semantic import Sem


def pos_of(m: re.Match) -> str | None:
    return L.POSITION.get(key(group(m, "pos")))


def told(word: str | None) -> bool:
    """Whether a relative word points into the story ("desselben", "jenes", "folgenden")."""
    return bool(word) and key(word).startswith(L.TOLD_STEMS)


def rel_direction(word: str | None) -> str:
    offset = L.RELATIVE.get(key(word)) if word else None
    if offset is None:
        return "tense"
    return "this" if offset == 0 else ("past" if offset < 0 else "future")


def with_time(m: re.Match, sem: Sem) -> Sem:
    if group(m, "th") is None:
        return sem
    return sem.but(kind="time", hour=int(m.group("th")), minute=int(m.group("tm")))


# ---- rule functions --------------------------------------------------------------------------

def date_range(m):
    """"11. und 12. Juli", "12., 13. und 14. Juli", "vom 3. bis zum 5. Mai": one DATE from the
    first to the last day."""
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if d2 <= d1:
        return None
    return steer(m, Sem(year=year_of(group(m, "y")), month=month_of(m.group("m")), day=d1,
                        range_end_day=d2))


# "d. J." (dieses Jahres) and "v. J." (vorigen Jahres) after a date; "d. M." after a day
ABBREVIATED_OFFSET = {"d": 0, "v": -1}


def offset_of(m: re.Match) -> int | None:
    """The year or month offset a date's tail gives ("v. J.", "vergangenen Jahres", "des
    Vorjahres")."""
    if group(m, "abbr"):
        return ABBREVIATED_OFFSET[m.group("abbr").lower()]
    if group(m, "rel"):
        return L.RELATIVE[key(m.group("rel"))]
    if group(m, "vj"):
        return -1 if key(m.group("vj")) == "vor" else 1
    return None


def told_year(m: re.Match) -> bool:
    """Whether a date's year tail counts from the story: "desselben Jahres", and "des
    Vorjahres", the year before the one reported on (as "das Vorjahr")."""
    return told(group(m, "rel")) or group(m, "vj") is not None


def weekday_of(m) -> int | None:
    """The weekday written before a date ("Dienstag, 12. November"): it fixes the year."""
    if not group(m, "wd"):
        return None
    day = key(m.group("wd"))
    return L.WEEKDAYS.get(day, L.WEEKDAY_ABBREVIATIONS.get(day))


def date_moved_from(m):
    """"vom 8. auf den 15. März verschoben": the day a thing was set for, which like the day it
    moves to is mostly still ahead, whatever the tense of the telling; a day just past only
    when it is much nearer ("lean_ahead"). Without such a verb right after it ("der Kurs
    stieg vom 8. auf den 15. März") the day is placed as the day after it is, in one year."""
    year = year_of(group(m, "y"))
    sem = Sem(year=year, month=month_of(m.group("m")), day=int(m.group("d")))
    if year or not MOVED.match(m.string, m.end("y") if group(m, "y") else m.end("m")):
        return steer(m, sem)
    return sem.but(direction="lean_ahead")


def date_ordinal_word(m):
    """"am ersten Mai", "vom elften September 2001": the day as an ordinal word, which only
    an article or a preposition with its article puts in front of a month."""
    if not re.search(r"\b(?:am|vom|zum|beim|dem|den|der|des)\s+$", before(m, 8), re.IGNORECASE):
        return None
    sem = Sem(year=year_of(group(m, "y")), month=month_of(m.group("m")),
              day=L.DAY_ORDINALS[key(m.group("o"))])
    return steer(m, sem)


# "am 7. Mai, einem Dienstag,": the weekday after the date in apposition fixes its year, and
# is that same day
APPOSED_WEEKDAY = re.compile(r",\s+(?:an\s+)?(?:einem|einen|ein)\s+(?P<wd>"
                             + "|".join(L.WEEKDAYS) + r")\b", re.IGNORECASE)
APPOSED_TO_DATE = re.compile(r"\b(?P<d>\d{1,2})\.\s?(?P<m>[A-Za-zäöü]+)\.?"
                             r"(?:\s+(?P<y>(?:1[0-9]|20)\d\d))?,\s+"
                             r"(?:an\s+)?(?:einem|einen|ein)\s+$")


def apposed_weekday(m) -> int | None:
    found = APPOSED_WEEKDAY.match(after(m, 24))
    return L.WEEKDAYS[found.group("wd").lower()] if found else None


def date_named(m):
    month = month_of(m.group("m"))
    y = year_of(group(m, "y"))
    if y is None and group(m, "rel") is None and group(m, "abbr") is None:
        y = year_from_range_end(m, month)
    wd = weekday_of(m)
    sem = Sem(year=y, month=month, day=int(m.group("d")),
              weekday=apposed_weekday(m) if wd is None and group(m, "th") is None else wd)
    if y is None and group(m, "rel") is None and group(m, "abbr") is None:
        if (into := range_into_month(m, month)) is not None:
            sem = sem.but(range_end_month=into[0], range_end_day=into[1])
        elif ends_range_from_month(m, month):
            sem = sem.but(direction="future", narrative=True)  # after the range's first day
    offset = offset_of(m)
    if offset is not None:
        sem = sem.but(unit="year", offset=offset, narrative=told_year(m))
    sem = steer(m, sem)
    if sem.direction == "ahead" and sem.year is None and sem.unit is None and sem.weekday is None \
            and sem.range_end_month is None:
        # told in the past in a sentence that named a year, or opening its sentence after one
        # that did, the day lies in that year, as a month does ("2015 zog sie nach Wien und
        # begann am 3. Mai ein Studium"; resolve: else "ahead")
        sem = in_story(sem.but(direction="tense"), m)
    return with_time(m, sem)


def date_numeric(m):
    y = group(m, "y")
    first, day = group(m, "d1"), int(m.group("d"))
    if first and int(first) < day:  # "vom 1. bis 3.5.2025": one DATE from the first day
        return steer(m, Sem(year=year_of(y), month=int(m.group("mo")), day=int(first),
                            range_end_day=day))
    if first:  # "vom 28. bis 3.5.2025" starts in the month before: one DATE from its first day
        month, year = int(m.group("mo")), year_of(y)
        start_month = month - 1 or 12
        if year is not None and month == 1:
            year -= 1
        if 1 <= int(first) <= monthrange(2024 if year is None else year, start_month)[1]:
            return steer(m, Sem(year=year, month=start_month, day=int(first),
                                range_end_month=month, range_end_day=day))
        return [(m.start("d"), m.end(), with_time(m, steer(m, Sem(  # ("vom 31. bis 2.5.")
            year=year_of(y), month=month, day=day))))]
    return with_time(m, steer(m, Sem(year=year_of(y), month=int(m.group("mo")),
                                     day=day, weekday=weekday_of(m))))


# "am 21.", "bis zum 5.", "seit dem 3." with no month: a day of the month the clause places;
# not an ordinal of a noun ("am 21. ordentlichen Parteitag") or a day whose month follows
# ("am 1. oder 2. Mai")
BARE_DAY_BEFORE = re.compile(r"\b(?:am|zum|vom|ab\s+dem|seit\s+dem|bis\s+zum)\s+$", re.I)
NOT_BARE_DAY_AFTER = re.compile(r"\s+(?:[a-zäöüß]+(?:e[nrsm]?)\s+[A-ZÄÖÜ]|(?:oder|und|bis|"
                                r"bzw\.)\s+\d)")


def day_of_month(m):
    if m.group("bare") is not None:
        prep = BARE_DAY_BEFORE.search(before(m, 12))
        if prep is None or NOT_BARE_DAY_AFTER.match(after(m, 40)):
            return None  # the latest such day up to the publication when told in the past
        return Sem(day=int(m.group("d")),  # (and after "seit"), else the next
                   direction="past_incl" if key(prep.group()).startswith("seit") else "onward")
    each = key(group(m, "each"))
    if each and (each != "des" or re.search(r"\bjeweils\s+(?:am\s+)?$", before(m, 16),
                                            re.IGNORECASE)):
        # "am 3. jedes Monats", "jeweils am 15. des Monats": that day every month
        return Sem(kind="set", set_value=f"XXXX-XX-{int(m.group('d')):02d}", quant="EVERY")
    if each:  # "am 3. des Monats": of the month the text tells about
        return Sem(day=int(m.group("d")), unit="month", offset=0, narrative=True)
    return Sem(day=int(m.group("d")), unit="month", offset=offset_of(m),
               narrative=told(group(m, "rel")))


# After "Mai 68", "der Herbst 89" as a year: the clause's end, a conjunction or preposition, or
# a verb of the past; before a noun or an adjective the two digits count something ("im Mai 68
# Anzeigen", "im Mai 68 neue Fälle")
AFTER_SHORT_YEAR = re.compile(r"\s*(?:[,.;:!?)\"“”»«–]|$)|\s+(?:und|oder|bis|sowie|in|an|auf|"
                              r"mit|im|am|vor|nach|gegen|durch|als|wie|ist|sind|hat|haben|"
                              r"begann|wurde|wurden|war|waren|hatte|hatten|soll|sollen|wird|"
                              r"werden)\b")
COUNT_LIST_AFTER = re.compile(r"\s*[,;]\s*(?:im|in|am)\s|\s+(?:und|bis)\s+\d")
COUNT_LIST_BEFORE = re.compile(r"\d\s*[,;]\s*(?:im|in|am)\s+$")
# "veränderte", "prägten": a weak preterite; "gemeldete" (Fälle) is a participle
WEAK_PRETERITE = re.compile(r"(?!ge)[a-zäöüß]{3,}ten?")
NEXT_WORD = re.compile(r"\s+([a-zäöüß]+)\b")
NOUN_NEXT = re.compile(r"\s+[A-ZÄÖÜ]")
PREPOSITION_BEFORE = re.compile(r"\b(?:im|in|am|seit|bis|ab|vom)\s+$", re.IGNORECASE)


def short_year(m) -> bool:
    """Whether the year group holds a year: four digits, "'89", or two bare digits the words
    after them leave a year ("Mai 68 in Paris", "der Herbst 89 veränderte")."""
    y = group(m, "y")
    if y is None or len(y) != 2:
        return True
    tail = after(m, 30)
    if COUNT_LIST_AFTER.match(tail) or COUNT_LIST_BEFORE.search(before(m, 24)):
        return False  # "lag im Mai bei 20, im Juni 30, im Juli 40": counts month by month
    if AFTER_SHORT_YEAR.match(tail):
        return True
    word = NEXT_WORD.match(tail)
    if word is None:
        return False
    w = word.group(1)
    if w not in L.PAST_VERBS_SET and WEAK_PRETERITE.fullmatch(w) is None:
        return False
    # a "-te" word before a noun after "im Mai 15" is an adjective the digits count ("im April
    # 15 erkrankte Kinder", "im März 12 bestätigte Fälle"); a subject's verb may have one ("Der
    # Herbst 89 veränderte Europa")
    return not (w.endswith("te") and NOUN_NEXT.match(tail, word.end())
                and PREPOSITION_BEFORE.search(before(m, 8)))



def month_year(m):
    if not short_year(m):
        return None
    return Sem(year=year_of(m.group("y")), month=month_of(m.group("m")), mod=pos_of(m))


def month_relative_year(m):
    return Sem(month=month_of(m.group("m")), unit="year", offset=offset_of(m), mod=pos_of(m),
               narrative=told_year(m))


# Capitalised words that stand before a month or season without making it a name
LEAD_WORDS = frozenset("""im in am an bis seit ab vom von zum zur über nach vor für um gegen
    durch während den der die das dem des diesen dieser dieses diesem jeden jeder jedes noch
    schon bereits erst auch und oder sowie wie als zwischen spätestens frühestens monat monats
    wonnemonat heuer ganzen ganze zeitraum zeitraums monate monaten stand
    ende""".split()) | frozenset(L.RELATIVE) | frozenset(L.POSITION)
NAME_BEFORE = re.compile(r"(?<![\w.-])([A-ZÄÖÜ][a-zäöüß]+)\s+$")


def after_a_name(m, start: int) -> bool:
    """"Ron Sommer", "die Autorin Juli Zeh": a month or season right after a capitalised word
    that is no preposition, article or time word is part of a name."""
    lead = NAME_BEFORE.search(m.string, max(0, start - 24), start)
    # ("die Sommermonate Juli und August", "im Berichtsmonat März": a month noun before it)
    return lead is not None and lead.group(1).lower() not in LEAD_WORDS \
        and not lead.group(1).lower().endswith(("monat", "monate", "monaten", "monats"))


def told_after(m) -> bool | None:
    """"darauf"/"danach" (True) or "zuvor"/"davor" (False) after the words; None without."""
    word = key(group(m, "dir"))
    return None if not word else word in ("darauf", "danach")


def month_bare(m):
    word = key(m.group("m"))
    if not pos_of(m) and after_a_name(m, m.start()):
        return None
    end = MONTH_RANGE_END.match(after(m, 40))
    if end and month_of(end.group("m")) and not group(m, "dir"):
        year = int(end.group("y"))
        return Sem(year=year if L.MONTHS[word] <= month_of(end.group("m")) else year - 1,
                   month=L.MONTHS[word], mod=pos_of(m))
    ahead = told_after(m)
    if ahead is not None:  # "im Mai darauf": the next May after the date told about
        return Sem(month=L.MONTHS[word], mod=pos_of(m), narrative=True,
                   direction="future" if ahead else "past")
    lead = before(m, 12).lower()
    if word == "august" and not pos_of(m) and not re.search(r"\b(im|seit|bis|ab|vom|zum|ende|"
                                                            r"anfang|mitte|und|oder)\s+$", lead):
        return None  # the first name
    return in_story(steer(m, Sem(month=L.MONTHS[word], mod=pos_of(m))), m)


RELATIVE_UNITS = {"woche": "week", "monat": "month", "monats": "month", "jahr": "year",
                  "jahres": "year", "quartal": "quarter", "quartals": "quarter",
                  # the business year: a calendar year where the text does not say otherwise
                  "geschäftsjahr": "year", "geschäftsjahres": "year",
                  "halbjahr": "half", "halbjahres": "half", "jahrzehnt": "decade",
                  "jahrzehnts": "decade", "jahrhundert": "century", "jahrhunderts": "century"}


def relative_unit(m):
    u = key(m.group("u"))
    rel = group(m, "rel")
    if rel is None and (not pos_of(m) or u.startswith("geschäfts")):
        # "des Jahres" alone says nothing; where a business year ends the text does not say
        return None
    if u.startswith("geschäfts") and re.match(r"\s+\d{4}(?!\d)", after(m, 6)):
        return None  # "im abgelaufenen Geschäftsjahr 2023": the year says it
    offset = L.RELATIVE[key(rel)] if rel else 0
    season = L.SEASONS.get(re.sub(r"(es|s)$", "", u)) or L.SEASONS.get(u)
    if season:
        return Sem(season=season, direction=rel_direction(rel), mod=pos_of(m),
                   narrative=told(rel))
    if u.startswith("wochenende"):
        return Sem(weekend=True, direction=rel_direction(rel), mod=pos_of(m),
                   narrative=told(rel))
    # "im selben Jahr", "in derselben Woche", "im folgenden Jahr": of the narrative
    sem = Sem(unit=RELATIVE_UNITS[u], offset=offset, mod=pos_of(m), narrative=told(rel),
              direction="edge" if rel is None and pos_of(m) in EDGES and not extended_to(m)
              else "tense")
    if rel and pos_of(m) and re.match(r"\w+\s+de[rs]\s", m.group(0), re.IGNORECASE):
        # "Mitte des laufenden Jahres": the guideline tags the genitive's noun phrase
        return [(m.start("rel"), m.end(), sem)]
    return sem


# the start or end of the current unit ("Ende des Jahres", "Jahresende"), which the tense may
# move to the unit before or after (resolve's direction "edge")
EDGES = ("START", "END")


# the side a weekday or weekend lies on by the tense of its own clause (direction_de.clause_tense)
CLAUSE_SIDE = {"past": "past_incl", "future": "scheduled", "present": "scheduled"}


def weekend(m):
    if rel_direction(group(m, "rel")) == "this":  # "dieses Wochenende": the one of this week
        return Sem(unit="weekend", offset=0)
    offset = L.RELATIVE.get(key(group(m, "rel")))
    if offset is not None and abs(offset) > 1:  # "am vorletzten Wochenende": two weeks back
        return Sem(unit="weekend", offset=offset)
    sem = steer(m, Sem(weekend=True, direction=rel_direction(group(m, "rel"))))
    # like a weekday: in a present-tense clause the coming weekend ("feiert am Wochenende"),
    # its own clause's verb deciding where it has one
    if sem.direction != "tense":
        return sem
    return sem.but(direction=CLAUSE_SIDE.get(clause_tense(m), "onward"))


# an indefinite article before a weekday: some such day, which the text does not date
SOME_DAY_BEFORE = re.compile(r"\b(?:ein|einem|einen|eines|einer)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?$",
                             re.IGNORECASE)


# "jeden Mittwoch und Samstag", "jeden Montag, Mittwoch und Freitag": the weekdays after the
# first share its "jeden" and recur as it does
EVERY_BEFORE = re.compile(r"\bjede[nrs]?\s+(?:%s)(?:\s*,\s*(?:%s))*\s*(?:,|und|oder|sowie)\s*$"
                          % (("|".join(L.WEEKDAYS),) * 2), re.IGNORECASE)


def weekday(m):
    wd = L.WEEKDAYS[key(m.group("wd"))]
    dp = group(m, "dp") or group(m, "dp2")
    if not dp and not group(m, "rel") and not group(m, "wrel") and not group(m, "wrel0") \
            and not group(m, "dir") and EVERY_BEFORE.search(before(m, 80)):
        return Sem(kind="set", set_value=f"XXXX-WXX-{wd + 1}")
    date = APPOSED_TO_DATE.search(before(m, 40))
    if date and month_of(date.group("m")) and not dp and not group(m, "rel"):
        # "am 7. Mai, einem Dienstag": the date's day
        return steer(m, Sem(year=year_of(date.group("y")), month=month_of(date.group("m")),
                            day=int(date.group("d")), weekday=wd))
    if SOME_DAY_BEFORE.search(before(m, 30)) and not group(m, "rel"):
        return None  # "an einem Freitag im Mai", "ein schwarzer Freitag": no day that is named
    # "Mittwoch voriger Woche", "vorige Woche Mittwoch"
    wrel = group(m, "wrel") or group(m, "wrel0")
    rel_offset = L.RELATIVE.get(key(group(m, "rel")))
    if wrel:
        sem = Sem(weekday=wd, unit="week", offset=L.RELATIVE[key(wrel)])
    elif (ahead := told_after(m)) is not None:  # "am Freitag darauf": after the day told about
        sem = Sem(weekday=wd, narrative=True, direction="future" if ahead else "past")
    elif rel_offset is not None and abs(rel_offset) > 1:
        # "übernächsten Montag": that weekday in the week after next
        sem = Sem(weekday=wd, unit="week", offset=rel_offset)
    else:
        sem = steer(m, Sem(weekday=wd, direction=rel_direction(group(m, "rel")),
                           narrative=told(group(m, "rel"))))
        if sem.direction == "tense":
            # German news tells the past in Perfekt or Präteritum; a weekday in a present-tense
            # clause is a scheduled day ("steht am Mittwoch zur Abstimmung"). The weekday's own
            # clause decides where it has a verb; else the sentence's nearest one ("onward")
            sem = sem.but(direction=CLAUSE_SIDE.get(clause_tense(m), "onward"))
    if dp:  # "am frühen Sonntagmorgen": the start of that morning
        return sem.but(kind="time", daypart=L.DAYPARTS[key(dp)],
                       mod={"frühen": "START", "späten": "END"}.get(key(group(m, "early"))))
    return sem


def season(m):
    s = L.SEASONS[re.sub(r"(es|s)$", "", key(m.group("s"))) if key(m.group("s")) not in
                  L.SEASONS else key(m.group("s"))]
    if group(m, "y") and short_year(m):
        return Sem(season=s, year=year_of(m.group("y")), mod=pos_of(m))
    if group(m, "y"):  # "im Herbst 30 Wohnungen": the season alone
        sem = season_alone(m, s)
        return sem and [(m.start(), m.string.rindex(" ", 0, m.start("y")), sem)]
    if group(m, "rel") or group(m, "vj"):
        return Sem(season=s, unit="year", offset=offset_of(m), mod=pos_of(m),
                   narrative=told_year(m))
    if group(m, "fol") or group(m, "dir"):
        ahead = group(m, "fol") or told_after(m)
        return Sem(season=s, direction="future" if ahead else "past", narrative=True,
                   mod=pos_of(m))
    return season_alone(m, s)


def season_alone(m, s: str) -> Sem | None:
    if m.start("s") == m.start() and after_a_name(m, m.start()):
        return None
    return in_story(steer(m, Sem(season=s, mod=pos_of(m))), m)


SEASON_PARTS = {"früh": "START", "hoch": "MID", "spät": "END"}


def season_part(m):
    """"Spätsommer", "im Frühherbst 2023": the early, middle or late part of a season."""
    s = L.SEASONS[key(m.group("s"))]
    mod = SEASON_PARTS[key(m.group("p"))]
    if group(m, "y"):
        return Sem(season=s, year=int(m.group("y")), mod=mod)
    return steer(m, Sem(season=s, mod=mod))
