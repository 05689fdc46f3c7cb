"""German compounds that name a period by a word of their own: "Jahresende", "Vormonat",
"Vorjahresquartal", "im gleichen Monat des Vorjahres", "zum Jahreswechsel".

Most of them count from the period the text reports on rather than from the publication date
("im März ... gegenüber dem Vormonat" is February): business and statistics news speak this
way. Split from dates_de; each function maps a match of a grammar_de pattern to a semantic form.
"""

from __future__ import annotations

import re

from newsline.timex.dates_de import EDGES
from newsline.timex.direction_de import announced_plan, extended_to, steer
from newsline.timex.patterns import before, group, key
from newsline.timex.semantic import Sem

COMPOUNDS = {
    "vorjahr": ("year", -1, None), "vormonat": ("month", -1, None),
    "vorwoche": ("week", -1, None), "jahresende": ("year", 0, "END"),
    "jahresanfang": ("year", 0, "START"), "jahresbeginn": ("year", 0, "START"),
    "jahresmitte": ("year", 0, "MID"), "jahreswechsel": ("year", 0, "END"),
    "monatsende": ("month", 0, "END"), "monatsanfang": ("month", 0, "START"),
    "monatsbeginn": ("month", 0, "START"), "monatsmitte": ("month", 0, "MID"),
    "wochenbeginn": ("week", 0, "START"), "wochenanfang": ("week", 0, "START"),
    "wochenstart": ("week", 0, "START"), "monatsstart": ("month", 0, "START"),
    "jahresstart": ("year", 0, "START"),
    "wochenmitte": ("week", 0, "MID"), "folgejahr": ("year", 1, None),
    "vorjahresmonat": ("month", -12, None), "vorjahresquartal": ("quarter", -4, None),
    "gesamtjahr": ("year", 0, None), "quartalsende": ("quarter", 0, "END"),
    "quartalsbeginn": ("quarter", 0, "START"), "quartalsanfang": ("quarter", 0, "START"),
    "vorjahreszeitraum": ("year", -1, None), "vorjahresperiode": ("year", -1, None),
    "vorquartal": ("quarter", -1, None),
    # "unter dem Vorjahresniveau", "über dem Vorjahreswert": the period a year before, as above
    "vorjahresniveau": ("year", -1, None), "vorjahreswert": ("year", -1, None),
}
# Compounds that count from the period the text is reporting on, not from the publication:
# "im März ... gegenüber dem Vormonat" is February, "2019 ... im Vorjahr" 2018, "der
# Vorjahresmonat" the same month a year before the one reported.
NARRATIVE_COMPOUNDS = frozenset({"folgejahr", "vorjahr", "vormonat", "vorwoche", "gesamtjahr",
                                 "vorjahresmonat", "vorjahresquartal", "vorjahreszeitraum",
                                 "vorjahresperiode", "vorquartal", "vorjahresniveau",
                                 "vorjahreswert"})
# "der Vorjahreszeitraum": the reporting period the text named (a quarter or half) a year
# before, else the year before the one it reports on
YEAR_AGO_PERIODS = frozenset({"vorjahresquartal", "vorjahreszeitraum", "vorjahresperiode",
                              "vorjahresniveau", "vorjahreswert"})


def turn_of_year(m):
    """"zum Jahreswechsel", "zwischen den Jahren": the end of December on the sentence's side
    (told ahead, "tritt zum Jahreswechsel in Kraft", the coming one). In the present it is the
    coming one unless the turn has just gone by ("Zum Jahreswechsel steigen die Preise" told in
    March is next December's, told on 5 January the one just past: resolve's "after")."""
    sem = steer(m, Sem(month=12, mod="END"))
    return sem.but(direction="after") if sem.direction == "tense" else sem


# "im gleichen Monat des Vorjahres" means what the compound "im Vorjahresmonat" does
SAME_PERIOD = {"monat": "vorjahresmonat", "quartal": "vorjahresquartal",
               "halbjahr": "vorjahreszeitraum", "zeitraum": "vorjahreszeitraum",
               "periode": "vorjahreszeitraum"}


# "2008 geriet die Firma in die Krise. Im Vorjahr hatte sie noch ...", "Sie hatte im Vorjahr
# ...": "im Vorjahr" as the time of what the sentence tells goes on with the story, so it counts
# from the last year the text named, even after a reporting quarter; as a comparison ("über dem
# Wert des Vorjahres", "mehr als im Vorjahr", "gegenüber dem Vorjahr") it counts from the
# period reported on
STORY_TIME = re.compile(r"(?<!\bals\s)(?<!\bwie\s)\bim\s+$", re.IGNORECASE)


def same_period_year_ago(m):
    word = SAME_PERIOD[re.sub(r"(es|s)$", "", key(m.group("u")))]
    unit, offset, mod = COMPOUNDS[word]
    return Sem(unit=unit, offset=offset, narrative=True,
               reporting=-1 if word in YEAR_AGO_PERIODS else None)


def compound(m):
    word = re.sub(r"(es|s)$", "", key(m.group("c")))
    word = word if word in COMPOUNDS else key(m.group("c"))
    unit, offset, mod = COMPOUNDS[word]
    y = group(m, "y")
    if word == "jahreswechsel" and not y:
        return turn_of_year(m)
    if y:  # "im Gesamtjahr 2023": the year alone is the expression
        return Sem(year=int(y), mod=mod) if unit == "year" and word != "gesamtjahr" else None
    # "das Vorjahresquartal": a year before the reporting quarter the text named, if it named one
    reporting = -1 if word in YEAR_AGO_PERIODS else None
    per_report = word == "vorjahr" and not STORY_TIME.search(before(m, 8))
    # the edge of the current period, or of the one before or after by the sentence's tense;
    # a plan announced for it ("beschloss, die Förderung bis Jahresende zu verlängern") keeps
    # the current one however the announcing is told
    edge = offset == 0 and mod in EDGES and not announced_plan(m) and not extended_to(m)
    return Sem(unit=unit, offset=offset, mod=mod, narrative=word in NARRATIVE_COMPOUNDS,
               reporting=reporting, per_report=per_report,
               direction="edge" if edge else "tense")
