"""The product's acceptance rows in German, in agency-report sentences of our own."""

from datetime import date

import pytest

from tests.timex.helpers import days, find

REPORT = (
    "Bern, 30.4.2024 - 14:57\n\n"
    "Die Gespräche über das Handelsabkommen kommen voran, teilte das Wirtschaftsministerium "
    "am Dienstag mit. Ein erstes Treffen der Delegationen hatte im September 2023 in Genf "
    "stattgefunden. Der Minister hatte vor einigen Tagen betont, man sei zuversichtlich. "
    "In den vergangenen Monaten seien mehrere Teilabkommen unterzeichnet worden. "
    "Die Verhandlungen begannen im vergangenen Jahr. Die beiden Länder streiten seit mehr "
    "als zwei Jahren über Zölle. Nach einer monatelangen Blockade hatte das Parlament "
    "vergangene Woche einer Übergangslösung zugestimmt."
)


def test_month_with_year():
    t = find(REPORT, "September 2023")
    assert (t.type, t.value, t.anchor) == ("DATE", "2023-09", None)
    assert days(t) == (date(2023, 9, 1), date(2023, 9, 30), "month")


def test_weekday_in_past_tense_is_the_publication_day():
    t = find(REPORT, "Dienstag")
    assert (t.type, t.value) == ("DATE", "2024-04-30")
    assert days(t) == (date(2024, 4, 30), date(2024, 4, 30), "day")
    assert t.anchor == "2024-04-30"


def test_a_few_days_ago():
    # TimeML-DE: the DURATION after the preposition; the timeline keeps the days before
    t = find(REPORT, "vor einigen Tagen")
    assert (t.text, t.type, t.value) == ("einigen Tagen", "DURATION", "PXD")
    assert t.anchor == "2024-04-30"
    assert days(t) == (date(2024, 4, 23), date(2024, 4, 29), "day")
    assert t.interval.approximate


def test_past_months():
    t = find(REPORT, "In den vergangenen Monaten")
    assert (t.type, t.value) == ("DURATION", "PXM")
    assert t.text == "den vergangenen Monaten"  # the preposition is a signal, not the span
    assert days(t) == (date(2023, 11, 1), date(2024, 4, 30), "month")
    assert t.interval.approximate


def test_last_year():
    t = find(REPORT, "im vergangenen Jahr")
    assert (t.type, t.value) == ("DATE", "2023")
    assert days(t) == (date(2023, 1, 1), date(2023, 12, 31), "year")


def test_since_more_than_two_years():
    t = find(REPORT, "seit mehr als zwei Jahren")
    assert (t.type, t.value, t.mod) == ("DURATION", "P2Y", "MORE_THAN")
    iv = t.interval
    assert (iv.start, iv.end) == (date(2022, 4, 30), date(2024, 4, 30))
    assert iv.open_start and iv.open_end


def test_last_week():
    t = find(REPORT, "vergangene Woche")
    assert (t.type, t.value) == ("DATE", "2024-W17")
    assert days(t) == (date(2024, 4, 22), date(2024, 4, 28), "week")


def test_months_long():
    t = find(REPORT, "monatelangen")
    assert (t.type, t.value, t.interval) == ("DURATION", "PXM", None)


def test_dateline():
    t = find(REPORT, "30.4.2024 - 14:57")
    assert t.text == "30.4.2024 - 14:57"
    assert (t.type, t.value) == ("TIME", "2024-04-30T14:57")
    assert days(t) == (date(2024, 4, 30), date(2024, 4, 30), "time")


@pytest.mark.parametrize("sentence, phrase, value", [
    ("Die Messe findet am 11. und 12. Juli 2023 statt.", "11. und 12. Juli 2023", "2023-07-11"),
    ("Der Vertrag wurde am 21. September 2023 unterzeichnet.", "21. September 2023",
     "2023-09-21"),
    ("Der Gipfel hatte am 20. April begonnen.", "20. April", "2024-04-20"),
    ("Im Juni soll das Gesetz in Kraft treten.", "Juni", "2024-06"),
    ("Die Kommission will nächste Woche entscheiden.", "nächste Woche", "2024-W19"),
    ("Das Werk schloss am 3.5.2021.", "3.5.2021", "2021-05-03"),
    ("Die Frist endet am 2024-06-15.", "2024-06-15", "2024-06-15"),
    ("Der Besuch ist für den 30.5. geplant.", "30.5.", "2024-05-30"),
    ("Mitte der 1990er Jahre wuchs die Stadt.", "Mitte der 1990er Jahre", "199"),
    ("Die Burg stammt aus dem 12. Jahrhundert.", "12. Jahrhundert", "11"),
    ("Er kam gestern an.", "gestern", "2024-04-29"),
    ("Sie reiste vorgestern ab.", "vorgestern", "2024-04-28"),
    ("Heute tagt der Rat.", "Heute", "2024-04-30"),
    ("Morgen wird gewählt.", "Morgen", "2024-05-01"),
    ("Der Umsatz stieg im vergangenen Jahr.", "vergangenen Jahr", "2023"),
    ("Der Bau soll Ende Mai fertig sein.", "Ende Mai", "2024-05"),
    ("Der Streik hatte Ende März begonnen.", "Ende März", "2024-03"),
    ("Die Zahlen für das erste Quartal 2024 liegen vor.", "erste Quartal 2024", "2024-Q1"),
    ("Im Sommer 2023 brannten die Wälder.", "Sommer 2023", "2023-SU"),
    ("Zu Ostern 2024 waren die Kirchen voll.", "Ostern 2024", "2024-03-31"),
    ("Pfingsten 2025 fällt auf einen späten Termin.", "Pfingsten 2025", "2025-06-08"),
    ("An Weihnachten wird das Museum geschlossen sein.", "Weihnachten", "2024-12-25"),
    ("Zu Pfingsten hatte es geregnet.", "Pfingsten", "2023-05-28"),
    ("Die Sitzung beginnt um 20.30 Uhr.", "20.30 Uhr", "2024-04-30T20:30"),
    ("Die Polizei griff am Abend ein.", "Abend", "2024-04-30TEV"),
    ("Am Montagabend hatte es geregnet.", "Montagabend", "2024-04-29TEV"),
    ("Bis zum Jahresende sollen die Arbeiten dauern.", "Jahresende", "2024"),
    ("Das Wochenende war ruhig verlaufen.", "Wochenende", "2024-W17-WE"),
    ("Die Messe öffnet im Jänner 2025.", "Jänner 2025", "2025-01"),
    ("Heuer fällt der Markt aus.", "Heuer", "2024"),
    ("Der Verein trifft sich jeden Montag.", "jeden Montag", "XXXX-WXX-1"),
    ("Der Bericht erscheint wöchentlich.", "wöchentlich", "P1W"),
    ("Er fährt jährlich nach Rom.", "jährlich", "P1Y"),
    ("Die Ausstellung dauert drei Wochen.", "drei Wochen", "P3W"),
    ("Sie hatten jahrelang gewartet.", "jahrelang", "PXY"),
    ("Derzeit gibt es keine Pläne.", "Derzeit", "PRESENT_REF"),
    ("Am 12. März kam es zu Protesten, zwei Tage später trat er zurück.", "zwei Tage später",
     "2024-03-14"),
    ("Am kommenden Dienstag wird entschieden.", "kommenden Dienstag", "2024-05-07"),
    ("Am vergangenen Samstag kam es zu Unfällen.", "vergangenen Samstag", "2024-04-27"),
    ("Am Freitag wird der Präsident erwartet.", "Freitag", "2024-05-03"),
    ("Die Partei wurde in den Neunzigerjahren gegründet.", "Neunzigerjahren", "199"),
])
def test_german_constructs(sentence, phrase, value):
    assert find(sentence, phrase).value == value


@pytest.mark.parametrize("sentence, phrase, span, value, first, last", [
    ("Das Amt war vor drei Wochen besetzt worden.", "vor drei Wochen", "drei Wochen", "P3W",
     date(2024, 4, 8), date(2024, 4, 14)),
    ("In zwei Monaten wird abgestimmt.", "In zwei Monaten", "zwei Monaten", "P2M",
     date(2024, 6, 1), date(2024, 6, 30)),
    ("Vor knapp einem Jahr hatte er gewonnen.", "Vor knapp einem Jahr", "einem Jahr", "P1Y",
     date(2023, 1, 1), date(2023, 12, 31)),
])
def test_shifts_are_placed_durations(sentence, phrase, span, value, first, last):
    """"vor drei Wochen": TimeML-DE tags the DURATION "drei Wochen"; its interval is the week
    it points to, so the timeline draws the same days as a DATE reading would."""
    t = find(sentence, phrase)
    assert (t.text, t.type, t.value) == (span, "DURATION", value)
    assert (t.interval.start, t.interval.end) == (first, last)


def test_range_interval_spans_both_days():
    t = find("Die Messe findet am 11. und 12. Juli 2023 statt.", "12. Juli")
    assert days(t) == (date(2023, 7, 11), date(2023, 7, 12), "day")


def test_beginning_of_month_narrows_interval():
    t = find("Anfang März begann der Streik.", "Anfang März")
    assert (t.value, t.mod) == ("2024-03", "START")
    assert t.interval.start == date(2024, 3, 1) and t.interval.end < date(2024, 3, 15)
    assert t.interval.approximate


def test_counts_are_not_years():
    from newsline.timex import tag
    assert tag("Rund 2000 Menschen und 1500 Polizisten waren im Einsatz.", "de", date(2024, 4, 30)) == []
