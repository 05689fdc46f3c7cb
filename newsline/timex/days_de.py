"""German day words: "heute", "gestern", "morgen früh", "die gestrige Sitzung", "am Vortag".

Split from dates_de: a day word is usually a day counted from the publication (or, for "am
Vortag", from the day the story is on), but German also uses it for an age ("die Welt von
morgen", "Wo früher ..., steht heute") and in idioms naming no time ("von heute auf morgen");
the functions here tell these apart. Each maps a match of a grammar_de pattern to a semantic form.
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_de as L
from newsline.timex.direction_de import steer
from newsline.timex.patterns import after, before, group, key
from newsline.timex.semantic import Sem

GENERIC_LEAD = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+von\s+$")
# "Wo früher Kühe weideten, steht heute ein Hotel": "heute" set against a bygone time is the
# present age (PRESENT_REF), not the day of publication
BYGONE = re.compile(r"\b(?:früher|damals|einst|ehemals|seinerzeit|vor\s+\w+\s+(?:Jahren|"
                    r"Jahrzehnten|Jahrhunderten))\b[^.!?]*$", re.IGNORECASE)
GENERIC_REFS = {"gestern": "PAST_REF", "heute": "PRESENT_REF", "morgen": "FUTURE_REF"}


# "von heute auf morgen" says "suddenly", no day
SUDDENLY = re.compile(r"\bvon\s+(?:heute\s+auf\s+)?$", re.IGNORECASE)
# a day word as a noun ("das Heute", "das Morgen", "im Gestern") is the present age, the future
# or the past; so is a "morgen" one is readied for ("für morgen gerüstet")
AS_NOUN = re.compile(r"\b(?:das|im|ins)\s+$", re.IGNORECASE)
READIED = re.compile(r"\s+(?:gerüstet|gewappnet)\b")
READIED_BEFORE = re.compile(r"\b(?:gerüstet|gewappnet)\s+für\s+$")


def idiom_of_day_word(m: re.Match) -> Sem | None | bool:
    """None where the day word belongs to an idiom naming no time, a reference where it names
    an age, False where it is an ordinary day word."""
    w, lead = m.group("w"), before(m, 24)
    if key(w) == "heute" and SUDDENLY.search(lead) and re.match(r"\s+auf\s+morgen\b",
                                                                after(m, 12)):
        return None
    if key(w) == "morgen" and re.search(r"\bvon\s+heute\s+auf\s+$", lead, re.IGNORECASE):
        return None
    as_noun = w[0].isupper() and AS_NOUN.search(lead) and (key(w) != "morgen" or
                                                           lead.lower().endswith("das "))
    readied = key(w) == "morgen" and lead.endswith("für ") and (
        READIED.match(after(m, 12)) or READIED_BEFORE.search(lead))
    if as_noun or readied:
        return Sem(kind="ref", ref=GENERIC_REFS[key(w)])
    return False


def day_word(m):
    w = m.group("w")
    dp = group(m, "dp") or group(m, "dp3")
    if not dp and (idiom := idiom_of_day_word(m)) is not False:
        return idiom
    lead = GENERIC_LEAD.search(before(m, 40))
    noun = lead.group(1).lower() if lead else ""
    if lead and not dp and key(w) in GENERIC_REFS and (
            noun in L.GENERIC_NOUNS or noun[:-1] in L.GENERIC_NOUNS):  # "Rezepten"
        # "die Mobilität von morgen": the future, not tomorrow
        return Sem(kind="ref", ref=GENERIC_REFS[key(w)])
    if key(w) == "heute" and not dp and BYGONE.search(before(m, 160)):
        return Sem(kind="ref", ref="PRESENT_REF")
    if w == "Morgen" and not dp:
        if re.search(r"\b(am|den|der|dem|jeden|diesen|guten|frühen|späten|einen|nächsten|"
                     r"folgenden|selben|gleichen|ganzen)\s+$",
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
    if x in L.WEEKDAYS:  # "am heutigen Samstag": the weekday is the expression, and the day
        # named (resolve takes the one nearest the adjective's day: a story written the day
        # before its publication date says "am morgigen Sonntag" of that Sunday)
        return [(m.start("x"), m.end(), sem.but(weekday=L.WEEKDAYS[x]))]
    return sem


DAY_NOUN = re.compile(r"\s+(?:" + "|".join(L.WEEKDAYS) + r"|tag|abend|morgen|vormittag|"
                      r"nachmittag|nacht)", re.IGNORECASE)


def day_adjective_alone(m):
    """"die gestrige Sitzung", "die morgige Wahl": the adjective is the day ("heutig" is left
    out: "das heutige Europa" means the present, not the day)."""
    if DAY_NOUN.match(after(m, 14)):
        return None  # "am morgigen Sonntag": the weekday is the expression (day_adjective)
    return Sem(unit="day", offset=DAY_ADJECTIVES[key(m.group("a"))])


# "die diesjährige Ernte", "die letztjährige Saison"; "der vorjährige Sieger" counts, like
# "das Vorjahr", from the year the story is in
YEAR_ADJECTIVES = {"diesjährig": 0, "heurig": 0, "letztjährig": -1, "vorjährig": -1,
                   "nächstjährig": 1}


# a month, season or feast after the adjective, which is then the expression
# (year_adjective_named)
YEAR_NOUN = re.compile(r"\s+(?:" + "|".join(sorted((*L.MONTHS, *L.SEASONS, *L.HOLIDAYS),
                                                    key=len, reverse=True))
                       + r")(?:e?s)?(?![\w–-])", re.IGNORECASE)


def year_adjective(m):
    if YEAR_NOUN.match(after(m, 40)):
        return None
    word = key(m.group("a"))
    return Sem(unit="year", offset=YEAR_ADJECTIVES[word], narrative=word == "vorjährig")


def year_adjective_named(m):
    """"im letztjährigen Dezember", "der diesjährige Sommer", "zu den vorjährigen Ostern": the
    month, season or feast is the expression (as the weekday after "am heutigen"), in the
    year the adjective counts to."""
    word = key(m.group("a"))
    if group(m, "h"):  # (the genitive's "s" left out: "des diesjährigen Nationalfeiertags")
        sem = Sem(holiday=L.HOLIDAYS[key(m.group("h"))])
    elif group(m, "s"):
        sem = Sem(season=L.SEASONS[key(m.group("s"))])
    else:  # ("des diesjährigen Oktobers")
        sem = Sem(month=L.MONTHS[key(m.group("mo"))])
    return [(m.start("x"), m.end("x"), sem.but(unit="year", offset=YEAR_ADJECTIVES[word],
                                                narrative=word == "vorjährig"))]


def narrative_day(m):
    return Sem(unit="day", offset=L.NARRATIVE_DAYS[key(m.group("t"))], narrative=True)


def nth_weekday(m):
    """"am zweiten Montag im September", "am letzten Sonntag im Oktober 2024", "am ersten
    Freitag des Monats": a weekday counted in a month. Without a year it is placed as a day
    date is ("Der Schulbeginn ist am zweiten Montag im September" told in October: next
    year's)."""
    n = L.ORDINALS.get(key(m.group("o")))
    if n is None or not (n == -1 or 1 <= n <= 5):
        return None
    wd = L.WEEKDAYS[key(m.group("wd"))]
    if not group(m, "m"):
        rel = group(m, "rel")
        return Sem(unit="month", offset=L.RELATIVE[key(rel)] if rel else 0, week_of_month=n,
                   weekday=wd)
    month = L.MONTHS[key(m.group("m"))]
    if group(m, "y"):
        return Sem(year=int(m.group("y")), month=month, week_of_month=n, weekday=wd)
    sem = steer(m, Sem(month=month, week_of_month=n, weekday=wd))
    return sem.but(direction="ahead") if sem.direction == "tense" else sem

