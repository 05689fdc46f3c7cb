"""Which happening each date of a sentence belongs to, approximate bounds, planned events, datelines."""

from datetime import date

from eventcase import events_of, tagged_article

from newsline.events import article_events, event_id
from newsline.render.chart import build_figure, status
from newsline.render.dates import event_label


def spans(event):
    return [event.sources[0].span] + list(event.sources[0].related)


def test_dates_in_different_clauses_are_different_happenings():
    body = ("Die G7 sagten der Ukraine am 12. Juli 2023 in Vilnius Hilfe zu; bereits im "
            "September 2023 begannen die ersten Gespräche.")
    first, second = events_of(body)
    assert (first.start, first.granularity) == (date(2023, 7, 12), "day")
    assert (second.start, second.end) == (date(2023, 9, 1), date(2023, 9, 30))
    assert first.text == second.text == body  # the sentence, never other words
    assert first.id != second.id


def test_two_dates_joined_as_one_happening_are_one_event():
    [event] = events_of("Das Treffen am 11. und 12. Juli 2023 stand im Zeichen des Krieges.")
    assert (event.start, event.end) == (date(2023, 7, 11), date(2023, 7, 12))
    [meeting] = events_of("Vom 1. März bis zum 3. März 2024 tagte der Rat in Brüssel.")
    assert (meeting.start, meeting.end) == (date(2024, 3, 1), date(2024, 3, 3))
    assert meeting.sources[0].expression.startswith("1. März") and len(spans(meeting)) == 2


def test_a_date_after_seit_qualifies_the_clause_date_and_makes_no_event():
    body = "Die erste Reise seit Dezember 2022 führte ihn am 21. September 2023 nach Washington."
    [event] = events_of(body)
    assert event.start == date(2023, 9, 21)
    # the qualifying date is kept as part of the happening, so its page mark links to it
    assert (body.index("Dezember 2022"), body.index("Dezember 2022") + 13) in spans(event)


def test_durations_ages_and_clock_times_belong_to_their_day():
    body = ("Am 3. März 2024 um 14 Uhr unterschrieb der 72 Jahre alte Minister nach drei "
            "Stunden Verhandlung den Vertrag.")
    [event] = events_of(body)
    assert event.start == event.end == date(2024, 3, 3)
    assert (body.index("14 Uhr"), body.index("14 Uhr") + 6) in spans(event)
    english = events_of("On March 3, 2024, the minister signed after three hours of talks.",
                        lang="en")
    assert [e.start for e in english] == [date(2024, 3, 3)]


def test_a_qualifying_date_alone_in_its_clause_dates_that_clause():
    [event] = events_of("Seit Dezember 2022 verhandeln die Staaten über den Vertrag.")
    assert event.start == date(2022, 12, 1)


def test_approximate_dates_carry_bounds_the_reader_sees():
    body = ("Selenskyj hatte vor einigen Tagen berichtet, beide Seiten arbeiteten an einem Text. "
            "In den vergangenen Monaten unterzeichnete die Ukraine mehrere Abkommen. "
            "Seit mehr als zwei Jahren hält die Ukraine stand.")
    days, months, years = events_of(body)
    assert (days.start, days.end, days.approximate) == (date(2024, 4, 23), date(2024, 4, 29), True)
    assert event_label(days, "de") == "zwischen 23. und 29. April 2024 (ungefähr)"
    assert event_label(days, "en") == "between 23 and 29 April 2024 (approximate)"
    assert months.approximate and months.end <= date(2024, 4, 30) < months.start.replace(year=2025)
    assert event_label(months, "de").startswith("zwischen ") and "(ungefähr)" in event_label(months, "de")
    assert years.open_start and years.open_end and years.start == date(2022, 4, 30)
    assert event_label(years, "de") == "vor dem 30. April 2022 – andauernd"
    assert event_label(years, "en") == "before 30 April 2022 – ongoing"
    assert status(days) == "approximate"


def test_chart_labels_show_the_same_bounds():
    tagged = tagged_article("Selenskyj hatte vor einigen Tagen berichtet, es gebe Fortschritte.")
    events = article_events(tagged)

    class Site:
        lanes = "topic"
        topics = ()

        def topic(self, slug):
            return None

    figure = build_figure(events, Site(), "de").to_plotly_json()
    labels = [c[0] for t in figure["data"] for c in t.get("customdata", [])]
    assert labels == ["zwischen 23. und 29. April 2024 (ungefähr)"]


def test_future_dates_are_planned():
    week, june, past = events_of("Der Senat soll nächste Woche abstimmen. Der Gipfel findet im "
                                 "Juni statt. Am Montag hatte der Ausschuss beraten.")
    assert week.planned and june.planned and not past.planned
    assert status(week) == "planned" and june.start == date(2024, 6, 1)
    [english] = events_of("Leaders will meet next week in Apulia.", lang="en")
    assert english.planned


def test_the_dateline_is_no_event():
    body = ("Berlin, 30.4.2024 - 14:57\n\n"
            "Der Ausschuss hat am Dienstag über den Vertrag beraten.")
    events = events_of(body)
    assert [e.sources[0].expression for e in events] == ["Dienstag"]


def test_ids_hash_the_article_sentence_and_value_and_count_repeats():
    body = "Der Rat tagte am 2. Mai 2024. Der Rat tagte am 2. Mai 2024."
    first, second = events_of(body, slug="rat")
    assert first.id == event_id("rat", first.text, "2024-05-02")
    assert second.id == event_id("rat", first.text, "2024-05-02", 1) != first.id
    assert first.sources[0].event_id == first.id and second.sources[0].event_id == second.id
