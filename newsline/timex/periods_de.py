"""German parts of a year and feasts: halves of a month or week, quarters and halves of a year,
weeks of a month, week numbers, holidays and the stretches named after them ("Karwoche",
"Fastenzeit", "Sommersession").

Split from dates_de (calendar days, months, seasons and relative units). Each function maps a
match of a grammar_de pattern to a semantic form.
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_de as L
from newsline.timex.dates_de import month_of, offset_of, pos_of, rel_direction, told, told_year
from newsline.timex.direction_de import announced_plan, clause_tense, steer
from newsline.timex.story_de import in_story
from newsline.timex.patterns import after, before, group, key, sentence_has, year_of
from newsline.timex.semantic import Sem


def month_half(m):
    mod = "START" if key(group(m, "o") or m.group("o2")) == "erste" else "END"
    return steer(m, Sem(month=month_of(group(m, "m") or m.group("m2")), mod=mod))


def unit_half(m):
    """"in der zweiten Wochenhälfte": the week (or month), early or late."""
    unit = "week" if key(group(m, "u") or m.group("u2")).startswith("woche") else "month"
    rel = group(m, "rel")
    return Sem(unit=unit, offset=L.RELATIVE[key(rel)] if rel else 0, narrative=told(rel),
               mod="START" if key(m.group("o")) == "erste" else "END")


# "die Zahlen des ersten Quartals", "die Bilanz für das zweite Halbjahr": the figures of a
# period reported on, the last one begun, even when they are still to be published
FIGURES_OF = re.compile(r"\b(?:Zahlen|Quartalszahlen|Bilanz|Ergebnisse?|Umsätze|Umsatz|Gewinne?|"
                        r"Verluste?|Bericht|Daten|Statistik|Kennzahlen)\s+(?P<fuer>für\s+)?$")

# "die Prognose für das vierte Quartal": a forecast is for the coming period
FORECAST_FOR = re.compile(r"\b(?:Prognosen?|Ausblick|Ziele?|Planung|Erwartungen?)\s+für\s+$")


def quarter(m):
    """"das erste Quartal", "im 2. Halbjahr 2023", "Ende des dritten Quartals" (its END)."""
    sem = _quarter(m)
    mod = pos_of(m) if group(m, "pos") else None
    return sem.but(mod=mod) if sem is not None and mod else sem


def _quarter(m):
    if group(m, "hn"):  # "H1 2024"
        return Sem(year=int(m.group("y")), half=int(m.group("hn")))
    o = group(m, "o")  # "ersten", "1." or, in "Q1 2024", none
    o = int(o[0]) if o and o[0].isdigit() else L.ORDINALS.get(key(o)) if o \
        else int(m.group("qn"))
    u = key(group(m, "u") or ("hälfte" if "älfte" in m.group(0) else "quartal"))
    unit = "half" if u.startswith(("halbjahr", "jahreshälfte", "hälfte")) else "quarter"
    if o == -1:
        return Sem(unit=unit, offset=-1)
    if o is None or o > (2 if unit == "half" else 4):
        return None
    part = {"half": o} if unit == "half" else {"quarter": o}
    if group(m, "y"):
        return Sem(year=int(m.group("y")), **part)
    if group(m, "rel") or group(m, "vj"):
        return Sem(unit="year", offset=offset_of(m), narrative=told_year(m), **part)
    figures = FIGURES_OF.search(before(m, 28))
    if figures and key(m.group(0)).startswith("das " if figures.group("fuer") else "des "):
        return Sem(direction="past_incl", **part)
    if FORECAST_FOR.search(before(m, 28)):  # however told, unless the last one ended much nearer
        return Sem(direction="lean_ahead", **part)
    return reported(m, Sem(**part))


# A quarter or half without a year beside a business result ("verdiente im dritten Quartal 40
# Millionen Euro", "Im ersten Halbjahr liegt der Umsatz bei ...") is one that has begun: results
# are reported for the past, forecasts say so ("soll", "rechnet mit", "erwartet"; not "mehr als
# erwartet", which compares a result with a forecast)
FIGURE = re.compile(r"\b(?:Umsatz|Umsätzen?|Gewinn\w*|Verlust\w*|Ergebnis(?:se)?|Absatz|"
                    r"Erlös\w*|Zinsüberschuss|Überschuss|Fehlbetrag|Betriebsergebnis|Plus|Minus|"
                    r"Wachstum|Rückgang|verdient\w*|erwirtschaftet\w*|erzielt\w*|umgesetzt)\b")
FORECAST = re.compile(r"\b(?:rechne[nt]?|(?<!als )(?<!wie )erwarte[nt]?|prognostizier\w*|peil\w*|anvisier\w*|"
                      r"Prognose|Ausblick|Ziel|Plan|geplant|budgetiert|dürften?|sollten?|"
                      r"könnten?|hofft|hoffen)\b", re.IGNORECASE)


def reported(m, sem: Sem) -> Sem:
    """A bare quarter or half in a sentence that reports a figure and forecasts nothing lies
    in the past unless a future marker says otherwise (resolve's direction "reported").
    Any other is told as a plan or forecast: a present tense speaks of the coming one ("Im
    vierten Quartal kommt das Modell auf den Markt" in April: this year's), unless the last
    one ended much nearer (resolve's direction "ahead"). A plan announced for it ("kündigte
    an, im vierten Quartal 200 Stellen zu schaffen") lies ahead however the announcing is told."""
    if announced_plan(m):
        return sem.but(direction="future_incl")
    if sentence_has(m, FIGURE, 120, 120) and not sentence_has(m, FORECAST, 120, 120):
        return sem.but(direction="reported")
    return sem.but(direction="ahead")


NAMED_QUARTERS = {"schluss": 4, "auftakt": 1, "start": 1, "eröffnungs": 1}


def named_quarter(m):
    """"im Schlussquartal": the fourth quarter; "das Auftaktquartal": the first."""
    sem = Sem(quarter=NAMED_QUARTERS[key(m.group("q"))])
    return sem.but(year=int(m.group("y"))) if group(m, "y") else reported(m, sem)


# Churches and parishes are named after feasts ("die Pfarre Maria Himmelfahrt", "Pfarrkirche
# zu Allerheiligen"): the feast is then part of a name, not a date.
CHURCH_BEFORE = re.compile(r"\b(?:Pfarre|Pfarrei|Pfarrgemeinde|Pfarrkirche|Kirche|Kapelle|"
                           r"Wallfahrtskirche|Basilika|Dom|Kloster|Stift|Seelsorgeeinheit)"
                           r"\s+(?:zu\s+|zur\s+|zum\s+)?$")


# "Nach den Weihnachtsferien beginnt der Umbau", "erst nach Dreikönig wird ... tagen": what
# follows a feast lies ahead, the feast itself may lie just behind (resolve's "after")
AFTER = re.compile(r"\bnach\s+(?:(?:den|dem|der)\s+)?$", re.IGNORECASE)


def placed(m, sem: Sem) -> Sem:
    """A feast, or a stretch named after one, in the year written after it ("Ostern 2023"),
    else on the side its relative word ("letzte Ostern") or the words around it say."""
    if group(m, "y"):
        return sem.but(year=int(m.group("y")))
    sem = steer(m, sem.but(direction=rel_direction(group(m, "rel")),
                           narrative=told(group(m, "rel"))))
    if sem.direction == "ahead" and AFTER.search(before(m, 12)):
        return sem.but(direction="after")
    return sem


# "Am Ostermontag bleiben die Geschäfte geschlossen": what is open or shut on a feast, told in
# the present of the feast's own clause, is arranged for the next one, even a few weeks after
# the last came round (a closure past is told in the past: "blieben geschlossen"). A plain
# present ("Am Bundesfeiertag feiern die Schweizer") still takes the nearer feast.
OPENING_HOURS = re.compile(r"[^.;:!?,]*?\b(?:geöffnet|geschlossen|gesperrt|offen)\b",
                           re.IGNORECASE)


def holiday(m):
    if CHURCH_BEFORE.search(before(m, 40)):
        return None
    word = key(m.group("h"))
    sem = placed(m, Sem(holiday=L.HOLIDAYS[word]))
    if sem.direction == "ahead" and OPENING_HOURS.match(after(m, 80)) and \
            clause_tense(m) == "present":
        sem = sem.but(direction="future_incl")
    if word in ("silvesternacht", "silvesterabend"):  # a part of the day
        return sem.but(kind="time", daypart="NI" if word.endswith("nacht") else "EV")
    return sem


def weekday_by_holiday(m):
    """"am Montag nach Aschermittwoch", "am Freitag vor dem ersten Adventsonntag": the first
    such weekday after (the last before) the feast."""
    if CHURCH_BEFORE.search(before(m, 40)):
        return None
    sign = ">" if key(m.group("dir")) == "nach" else "<"
    name = f"{L.HOLIDAYS[key(m.group('h'))]}{sign}{L.WEEKDAYS[key(m.group('wd'))]}"
    return placed(m, Sem(holiday=name))


# "im Advent", "vor dem Advent", "seit Advent": the weeks before Christmas as a time
TIME_OF_ADVENT = re.compile(r"\b(?:im|zum|seit|ab|vor\s+dem|nach\s+dem|bis\s+zum|"
                            r"während\s+des)\s+$", re.IGNORECASE)


def holiday_period(m):
    """"am Osterwochenende", "in der Karwoche": the weekend or week holding the feast; "in den
    Sommerferien", "in der Adventszeit": that season or month."""
    word = key(m.group("h"))
    word = word if word in L.HOLIDAY_PERIODS or word in L.SEASONAL_PERIODS else word[:-1]
    if word == "advent" and not TIME_OF_ADVENT.search(before(m, 16)):
        return None  # "Advent feiern", "den Advent genießen": the feast, not its weeks
    if word in L.SEASONAL_PERIODS:  # "in den Sommerferien", "in der Adventszeit"
        code = L.SEASONAL_PERIODS[word]
        sem = placed(m, Sem(month=code) if isinstance(code, int) else Sem(season=code))
        return sem if group(m, "y") else in_story(sem)
    name, unit = L.HOLIDAY_PERIODS[word]
    return placed(m, Sem(holiday=name, holiday_unit=unit))


def week_of_month(m):
    """"in der zweiten Maiwoche", "in der letzten Woche des Monats"."""
    n = L.ORDINALS.get(key(m.group("o")))
    if n is None or n > 4:
        return None
    month = group(m, "m") or group(m, "m2") or group(m, "m3")
    if month:
        return steer(m, Sem(month=month_of(month), week_of_month=n))
    rel = group(m, "rel")
    return Sem(unit="month", offset=L.RELATIVE[key(rel)] if rel else 0, week_of_month=n,
               narrative=told(rel))


def month_weekend(m):
    """"am zweiten Septemberwochenende": the weekend of the month's n-th Saturday (the last
    one's for "letzten")."""
    n = L.ORDINALS.get(re.sub(r"(?<=e)[ms]$", "", key(m.group("o"))))
    if n is None or n > 4:
        return None
    return steer(m, Sem(month=month_of(m.group("m")), week_of_month=n, weekend=True,
                        year=year_of(group(m, "y"))))


def ordinal_week(m):
    """"in der ersten Woche", "der dritten Woche": a week counted from the day the narrative
    last named (the start of what it tells about), else from the publication week."""
    n = L.ORDINALS.get(key(m.group("o")))
    if n is None:
        return None
    return Sem(unit="week", offset=n - 1, narrative=True)


def week_number(m):
    w = int(group(m, "w") or m.group("w2"))
    if not 1 <= w <= 53:
        return None
    y = group(m, "y")
    return Sem(week=w, year=int(y) if y else None)
