"""German stretches of time and shifts: "vor drei Jahren", "seit Monaten", "zwei Wochen lang",
"in den vergangenen Tagen", "damals".

Durations, references (PAST_REF ...) and shifts from the anchor or from the narrative's last
date: each function maps a match of a grammar_de pattern to a semantic form. Sets ("jeden
Montag") are newsline.timex.sets_de's.
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_de as L
from newsline.timex.dates_de import RELATIVE_UNITS
from newsline.timex.idioms_de import comparative_earlier, comparative_shift, weeks_of_days
from newsline.timex.patterns import after, before, group, key, number
from newsline.timex.semantic import CLOCK_UNITS, DURATION_UNITS, Sem

def _amount(m):
    return number(m.group("n"), L.NUMBERS)


# Half of a unit as a whole number of the next smaller one: "ein halbes Jahr" is P6M.
HALVES = {"century": ("50", "year"), "decade": ("5", "year"), "year": ("6", "month"),
          "day": ("12", "hour"), "hour": ("30", "minute"), "minute": ("30", "second")}
# A whole number and a half ("zweieinhalb Jahre", "anderthalb Stunden") counts in two units, as a
# reader says it: P2Y6M, PT1H30M; its length in the smaller unit, and how many of it make one.
MIXED = {"year": ("P{n}Y6M", "month", 12), "day": ("P{n}DT12H", "hour", 24),
         "hour": ("PT{n}H30M", "minute", 60), "minute": ("PT{n}M30S", "second", 60)}


def _amount_unit(m) -> tuple[str | None, str]:
    n, unit = _amount(m), L.UNITS[key(m.group("u"))]
    if key(m.group("u")) in L.FRACTION_UNITS:
        per, unit = L.FRACTION_UNITS[key(m.group("u"))]
        return (None if n is None or n == "X" else f"{float(n) * int(per):g}"), unit
    if n == "0.5" and unit in HALVES:
        return HALVES[unit]
    return n, unit


def _measure(m) -> tuple[str | None, str, str | None]:
    """The amount, the unit and, for "zweieinhalb Jahre", the two-unit TimeML value (in which
    case amount and unit give the length in the smaller unit: 30 months)."""
    n, unit = _amount_unit(m)
    if n is None or not n.endswith(".5") or unit not in MIXED or m.group("n")[0].isdigit():
        return n, unit, None
    whole = int(float(n))
    text, small, per = MIXED[unit]
    return str(whole * per + per // 2), small, text.format(n=whole)


def span_start(m, first: str) -> int:
    """Where the expression starts: at its qualifier, unless that is one of the degree adverbs
    the guideline leaves outside ("rund", "kaum"), else at the group `first`."""
    q = group(m, "q")
    if q is not None and key(q) not in L.OUTSIDE_QUALIFIERS:
        return m.start("q")
    return m.start(first)


def placed_duration(m, point: Sem, n: str, unit: str, text: str | None = None):
    """"vor drei Jahren", "in zwei Wochen": TimeML-DE tags the DURATION after the preposition
    ("drei Jahren", P3Y); the event it dates lies at `point` (a year, a week, a fuzzy stretch
    before or after the anchor), which gives the timeline its interval."""
    mod = L.QUALIFIERS.get(key(group(m, "q")))
    sem = Sem(kind="duration", amount=n, unit=unit, mod=mod, placed=point, duration_text=text)
    return [(span_start(m, "n"), m.end("u"), sem)]


def _shift(m, sign: int, ref: str, ref_span: str):
    """"vor drei Jahren" (sign -1), "in drei Jahren" (+1): the length, placed that far from the
    anchor; hours and minutes stay on its day, "vor Jahren" is a vague reference."""
    n, unit, text = _measure(m)
    if n is None:
        return None
    if unit in ("hour", "minute", "second"):
        point = Sem(unit="day", offset=0)  # "vor zwei Stunden": today
    elif n == "X":
        point = Sem(kind="ref", ref=ref, ref_unit=unit, ref_span=ref_span)
    elif not float(n).is_integer():
        return None
    else:
        count = int(float(n))
        if unit == "day" and weeks_of_days(count):
            count = 7 * weeks_of_days(count)  # "in acht Tagen": a week on
        point = Sem(unit=unit, offset=sign * count, mod=L.QUALIFIERS.get(key(group(m, "q"))))
    return placed_duration(m, point, n, unit, text)


def ago(m):
    return _shift(m, -1, "PAST_REF", "ago")


def later(m):
    return _shift(m, 1, "FUTURE_REF", "later")


TERM_UNITS = {"jahres": "year", "monats": "month", "wochen": "week"}


def term(m):
    """"binnen Jahresfrist": one year (month, week) from the anchor; the noun is the span."""
    sem = Sem(kind="duration", amount="1", unit=TERM_UNITS[key(m.group("u"))])
    return [(m.start("t"), m.end("t"), sem)]


def same_day_shift(m):
    """"heute vor einem Jahr", "heute in zwei Wochen": that day, the given stretch back or ahead
    of today (one DATE: the day word alone would date the event today); "morgen in einer
    Woche" the day after tomorrow's week, "am Dienstag in zwei Wochen" that weekday two weeks
    on."""
    n, unit = _amount_unit(m)
    if n is None or n == "X" or not float(n).is_integer() or \
            unit not in ("day", "week", "month", "year"):
        return None
    sign = -1 if key(m.group("dir")) == "vor" else 1
    count, word = sign * int(float(n)), key(m.group("w"))
    if unit == "day" and weeks_of_days(abs(count)):  # "Freitag in acht Tagen": a week on
        unit, count = "week", sign * weeks_of_days(abs(count))
    if word == "heute":
        return Sem(unit=unit, offset=count, same_day=True)
    if unit not in ("day", "week") or re.search(r"\b(?:am|den|dem|der|jeden|diesem|einem)\s+$",
                                                 before(m, 10), re.IGNORECASE) and \
            word == "morgen":
        return None  # "am Morgen vor zwei Wochen": a morning
    if word in L.DAY_WORDS:
        return Sem(unit="day", offset=L.DAY_WORDS[word] + count * (7 if unit == "week" else 1))
    if unit != "week":
        return None
    return Sem(weekday=L.WEEKDAYS[word], unit="week", offset=count)


def narrative_shift(m):
    n, unit = _amount_unit(m)  # "ein halbes Jahr später": six months
    sign = 1 if key(m.group("dir")) in ("später", "danach", "darauf") else -1
    if key(m.group("dir")) in ("später", "früher") and comparative_shift(m):
        return None  # "zwei Wochen früher als üblich": a length, the rule "duration" tags it
    if n == "X" and unit not in ("hour", "minute", "second"):
        # "wenige Tage später", "einige Wochen zuvor": the DURATION TimeML-DE tags, placed a
        # few such units after (before) the date the story last named
        point = Sem(kind="ref", ref="PAST_REF", ref_unit=unit,
                    ref_span="later" if sign > 0 else "ago", narrative=True)
        return [(span_start(m, "n"), m.end("u"),
                 Sem(kind="duration", amount="X", unit=unit, placed=point))]
    if n is None or n == "X" or not float(n).is_integer():
        return None
    count = int(float(n))
    if unit == "week":
        unit, count = "day", 7 * count
    if unit in ("hour", "minute", "second"):
        return None
    return [(span_start(m, "n"), m.end(), Sem(unit=unit, offset=sign * count, narrative=True))]


def unit_after(m):
    sign = 1 if key(m.group("dir")) in ("darauf", "danach") else -1
    return Sem(unit=RELATIVE_UNITS[key(m.group("u"))], offset=sign, narrative=True)


AT_AGE = re.compile(r"\bmit\s+(?:(?:erst|knapp|gerade|bereits|schon|noch|nur)\s+)?$", re.IGNORECASE)
# "rechnet (für den Umbau) mit zwei Jahren": a length reckoned with, no age
RECKONED = re.compile(r"\b(?:rechne[nt]?|gerechnet)\b[^.,;:!?]*$", re.IGNORECASE)


# the units a length told in two may take, largest first (weeks mix with no other in ISO 8601)
PAIR_UNITS = ("year", "month", "day", "hour", "minute", "second")
AGE_AFTER = re.compile(r"\s+(?:alt(?:e[rnms]?)?|älter|jünger|jung)\b")


def duration_pair(m):
    """"zwei Jahre und acht Monate", "eine Stunde und 20 Minuten": one DURATION, as TimeML
    writes a length in two units (P2Y8M, PT1H20M); not an age ("drei Jahre und vier Monate
    alt")."""
    n1, n2 = number(m.group("n"), L.NUMBERS), number(m.group("n2"), L.NUMBERS)
    u1, u2 = L.UNITS[key(m.group("u"))], L.UNITS[key(m.group("u2"))]
    if not (n1 and n2 and n1.isdigit() and n2.isdigit()) or u1 not in PAIR_UNITS or \
            u2 not in PAIR_UNITS or PAIR_UNITS.index(u1) >= PAIR_UNITS.index(u2):
        return None
    if AGE_AFTER.match(after(m, 10)) or re.search(r"\bAlter\s+von\s+$", before(m, 20)):
        return None
    if re.search(r"\b(?:vor|in)\s+$", before(m, 6), re.IGNORECASE):
        return None  # "vor zehn Jahren": placed on the timeline by the rules of its first part
    parts = [(int(n1), u1), (int(n2), u2)]
    date_part = "".join(f"{n}{DURATION_UNITS[u]}" for n, u in parts if u not in CLOCK_UNITS)
    time_part = "".join(f"{n}{DURATION_UNITS[u]}" for n, u in parts if u in CLOCK_UNITS)
    value = f"P{date_part}" + (f"T{time_part}" if time_part else "")
    return Sem(kind="duration", amount=n2, unit=u2, duration_text=value)


def duration(m):
    n, unit, text = _measure(m)
    unit_word = key(m.group("u"))
    within = key(group(m, "pre")) in ("binnen", "innerhalb")
    if n is None or (unit_word.endswith("s") and unit_word not in ("jahres",) and n == "1"
                     and not within):
        return None  # "eines Tages", "des einen Monats" ("innerhalb eines Monats" is P1M)
    if unit_word in ("tages", "tags") and n == "1" and not group(m, "pre"):
        return None  # "eines Tages": some day
    if n == "X" and key(m.group("n")) in ("lange", "langen") and unit_word == "wochenende":
        return None  # "übers lange Wochenende": a weekend with a holiday, not a count
    if re.match(r"\s+(?:alt(?:e[rnms]?)?|älter|jünger|jung)\b", after(m, 10)):
        return None  # an age: "80 Jahre alt", "ein 30 Jahre alter Mann"
    if re.search(r"\b(?:ab|unter)\s+$|\bAlter\s+von\s+(?:\w+\s+)?$", before(m, 24),
                 re.IGNORECASE):
        return None  # an age limit or an age: "ab 16 Jahren", "im Alter von 55 Jahren"
    if unit == "year" and AT_AGE.search(before(m, 20)) and \
            not re.match(r"\s+[A-ZÄÖÜ]", after(m, 3)) and not RECKONED.search(before(m, 60)):
        return None  # an age: "mit 17 Jahren kam er" ("mit zwei Jahren Verspätung" stays)
    rel = key(group(m, "rel"))
    anchored = "until" if rel in ("vergangenen", "letzten") else (
        "from" if rel in ("kommenden", "nächsten") else None)
    ongoing = key(group(m, "pre")) == "seit"
    if ongoing:
        anchored = "until"
    sem = Sem(kind="duration", amount=n, unit=unit, mod=L.QUALIFIERS.get(key(group(m, "q"))),
              anchored=anchored, ongoing=ongoing, duration_text=text)
    start = m.start("t")
    if key(group(m, "q")) in L.OUTSIDE_QUALIFIERS and start == m.start("q"):
        start = m.start("n")  # "rund drei Wochen": "drei Wochen"
    if start < m.start("n") and not group(m, "rel") and re.search(r",\s*$", before(m, 4)):
        start = m.start(group(m, "q") and "q" or "n")  # ", die zwei Tage dauerten": a pronoun
    return [(start, m.end("t"), sem)]


def fuzzy_period(m):
    """"in den vergangenen Monaten": a DURATION of some months (PXM) in TimeML-DE, placed on
    the few months up to the anchor ("den kommenden Wochen": the few weeks after it)."""
    rel = key(m.group("rel"))
    unit = L.PLURAL_UNITS[key(m.group("u"))]
    if rel in ("kommenden", "nächsten", "folgenden"):
        point = Sem(kind="ref", ref="FUTURE_REF", ref_unit=unit, ref_span="coming")
    elif rel == "ersten":  # "in den ersten Monaten": of something the text tells about
        point = None
    else:
        point = Sem(kind="ref", ref="PAST_REF", ref_unit=unit, ref_span="period")
    return Sem(kind="duration", amount="X", unit=unit, placed=point)


def ago_plural(m):
    """"vor Jahren": the DURATION "Jahren" (PXY), placed some years back."""
    unit = L.PLURAL_UNITS[key(m.group("u"))]
    point = Sem(kind="ref", ref="PAST_REF", ref_unit=unit, ref_span="ago")
    return [(m.start("u"), m.end("u"), Sem(kind="duration", amount="X", unit=unit,
                                          placed=point))]


def vague_plural(m):
    """"über Monate", "für Jahre": a stretch of some units, not tied to the anchor."""
    return Sem(kind="duration", amount="X", unit=L.PLURAL_UNITS[key(m.group("u"))])


def vague_shift(m):
    """"Jahre später", "Wochen zuvor": the DURATION of some units (the noun is the span), placed
    some such units after (before) the story's last date."""
    unit = L.PLURAL_UNITS[key(m.group("u"))]
    later = key(m.group("dir")) in ("später", "danach", "darauf")
    point = Sem(kind="ref", ref="PAST_REF", ref_unit=unit, ref_span="later" if later else "ago",
                narrative=True)
    return [(m.start("u"), m.end("u"), Sem(kind="duration", amount="X", unit=unit, placed=point))]


def since_plural(m):
    return Sem(kind="duration", amount="X", unit=L.PLURAL_UNITS[key(m.group("u"))],
               anchored="until", ongoing=True)


def long_word(m):
    return Sem(kind="duration", amount="X", unit=L.LONG_UNITS[key(m.group("u"))])


# A compound's first parts before a hyphen: "Pkw-Lenker", "E-Bike-Fahrer", "SPÖ-Politikerin"
HYPHENED = r"(?:[A-ZÄÖÜ0-9][\wäöüß]*-)*"
# Ages are no temporal expressions in TimeML (TimeBank leaves "the 6-year-old boy" untagged,
# KRAUTS "der 38-jährige Eventmanager"); the length of a thing done or lasting is one ("nach
# 20-jähriger Pause", "das fast 100-jährige Problem"). A "-jährig" before a person is an age:
# a noun for one (by its ending or from the list), a first name and surname, or a name "aus"
# a place.
PERSON_AFTER = re.compile(
    r"\s+" + HYPHENED + r"(?:(?-i:[A-ZÄÖÜ][a-zäöüß]+(?:er|erin|in|innen|ist|istin|ent|entin|"
    r"ant|antin|eur|eurin|oge|ogin|ling|mann|männer|frau|frauen|kind|kinder|junge|jungen|"
    r"mädchen|sohn|tochter|vater|mutter|bub|buben|witwe|witwer|opfer|patient|rentner|senior|"
    r"seniorin))\b|"
    r"(?-i:[A-ZÄÖÜ][a-zäöüß]+\s+(?:aus\s+)?[A-ZÄÖÜ][a-zäöüß]+)\b(?!\s+(?:der|des)\b)|"
    r"(?:Mann|Frau|Kind|Junge|Bub|Sohn|Tochter|Vater|Mutter|Opfer|Täter|Patient|Senior|Afghane|"
    r"Türke|Pole|Russe|Franzose|Grieche|Schwede|Däne|Brite|Kroate|Serbe|Rumäne|Bulgare|Tscheche|"
    r"Slowake|Slowene|Zeuge|Kollege|Beamte|Angestellte|Deutsche|Verdächtige|Beschuldigte|"
    r"Angeklagte|Verletzte|Tote|Gast|Bursche|Kunde|Neffe|Enkel|Chef|Wirt|Bauer|Landwirt|Pfarrer)"
    r"(?:e[ns]?|s|n|r)?\b)")
# Nouns for something lasting ("-zeit", "-ung", "Pause", "Haft") stay durations even when
# their ending looks like a person's ("die 20-jährige Amtszeit", "der 10-jährige Vertrag")
LASTING_AFTER = re.compile(
    r"\s+" + HYPHENED + r"(?-i:[A-ZÄÖÜ][a-zäöüß]*(?:zeit|ung|heit|keit|schaft|dauer|pause|haft|"
    r"strafe|krieg|frist|vertrag|geschichte|tradition|bestehen|jubiläum|programm|problem|"
    r"projekt|streit|karriere|arbeit|suche|plan|phase|periode|tätigkeit|erfahrung|abwesenheit|ehe|"
    r"partnerschaft|mitgliedschaft|amtszeit|laufzeit|wartezeit|spiel|spiele|kampf))\b")


def length_adjective(m):
    if m.group("a")[0].isupper():
        return None  # "die 44-Jährige": a person
    if key(m.group("a")) == "jährig" and PERSON_AFTER.match(after(m, 40)) \
            and not LASTING_AFTER.match(after(m, 40)):
        return None  # an age: "der 55-jährige Lenker", "die 14-jährige Anna Berger"
    if key(m.group("a")) == "jährig" and m.group(0)[0].isupper() and \
            re.match(r"\s+[a-zäöüß]", after(m, 3)):
        return None  # "ein Zehnjähriger wurde": the noun, a person
    n = "X" if key(m.group("n")) == "mehr" else number(m.group("n"), L.NUMBERS)
    if n is None:
        return None
    sem = Sem(kind="duration", amount=n, unit=L.LENGTH_ADJECTIVES[key(m.group("a"))],
              mod=L.QUALIFIERS.get(key(group(m, "q"))))
    return [(span_start(m, "n"), m.end(), sem)]


RECENT = {"kürzlich", "jüngst", "unlängst", "neulich", "vor kurzem", "vor kurzer zeit",
          "in letzter zeit", "in jüngster zeit"}


OF_SOMETHING = re.compile(r"\s+(?:de[rsm]|eine[rs]?|seine[rs]?|ihre[rs]?|unsere[rs]?|vo[nm]|als|"
                          r"wo|wie)\b")


def reference(m):
    w = key(m.group(0))
    if w == "früher" and comparative_earlier(m):
        return None  # "schlossen früher", "früher als geplant": earlier, not the bygone past
    if w == "zur zeit" and OF_SOMETHING.match(after(m, 10)):
        return None  # "zur Zeit der Monarchie": the time of something, not now
    if w in RECENT:
        return Sem(kind="ref", ref="PAST_REF", ref_unit="month", ref_span="recent")
    if w == "in diesen tagen" and told_in_past(m):
        # "In diesen Tagen wurde klar ...": the days the story tells of, around the day it
        # last named (else the publication's)
        return Sem(kind="ref", ref="PAST_REF", narrative=True)
    return Sem(kind="ref", ref=L.REFERENCES[w])


SENTENCE_BEFORE = re.compile(r"[^.!?]*$")
SENTENCE_AFTER = re.compile(r"[^.!?]*")
# (not an infinitive with "zu": "In diesen Tagen haben die Bauern viel zu erledigen")
PERFEKT = re.compile(r"\b(?:hat|haben|hatte|hatten)\b.*(?<!\bzu )\b"
                     r"(?:[a-zäöüß]*ge|be|er|ver|zer|ent)[a-zäöüß]{3,}(?:t|en)\b")


def told_in_past(m) -> bool:
    """Whether the sentence around the match has a verb of the past tense (a Präteritum form
    of lexicon_de.PAST_VERBS, or "hat"/"hatte" with a participle)."""
    sentence = (SENTENCE_BEFORE.search(before(m, 120)).group(0) + " "
                + SENTENCE_AFTER.match(after(m, 160)).group(0))
    return any(w in L.PAST_VERBS_SET for w in re.findall(r"[a-zäöüß]+", sentence)) or \
        PERFEKT.search(sentence) is not None


COMPOUND_UNITS = {"tage": "day", "tages": "day", "wochen": "week", "monats": "month",
                  "monate": "month", "jahres": "year", "jahre": "year", "stunden": "hour",
                  "minuten": "minute"}


def count_compound(m):
    """"die 14-Tage-Frist", "ein 5-Jahres-Plan": a length written into a compound noun."""
    n = number(m.group("n"), L.NUMBERS)
    if n is None or n == "X":
        return None
    return Sem(kind="duration", amount=n, unit=COMPOUND_UNITS[key(m.group("u"))])


def clock_length(m):
    """"in 2:04 Stunden", "in 2:04:30 Stunden", "nach 1:52,31 Minuten": a length written as on a
    stopwatch, hours (or minutes) and the minutes (or seconds) after a colon, maybe seconds
    after a second colon and a fraction of the last after a comma."""
    big, small = int(m.group("h")), int(m.group("mm"))
    seconds, frac = group(m, "ss"), group(m, "frac")
    if key(m.group("u")).startswith("stunde"):
        if seconds is None and frac is None:
            return Sem(kind="duration", amount=str(big * 60 + small), unit="minute",
                       duration_text=f"PT{big}H{small}M" if small else f"PT{big}H")
        if seconds is None:  # "2:04,5 Stunden" is no stopwatch reading
            return None
        last = f"{int(seconds)}" + (f".{frac}" if frac else "")
        text = f"PT{big}H" + (f"{small}M" if small else "") + f"{last}S"
        return Sem(kind="duration", amount=str((big * 60 + small) * 60 + int(seconds)),
                   unit="second", duration_text=text)
    if seconds is not None:  # "1:02:03 Minuten" is no stopwatch reading
        return None
    last = f"{small}" + (f".{frac}" if frac else "")
    return Sem(kind="duration", amount=str(big * 60 + small), unit="second",
               duration_text=f"PT{big}M{last}S" if small or frac else f"PT{big}M")
