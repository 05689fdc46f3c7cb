import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from newsline.events import article_events, event_id
from newsline.export import events_json
from newsline.model import Article, TaggedArticle
from newsline.order import merge_and_order, normalise_text
from newsline.timex.model import Interval, Timex

ZURICH = ZoneInfo("Europe/Zurich")
BODY = ("Bern, 14.3.2024 - 09:30\n\n"
        "Der Rat hat am Mittwoch zugestimmt. Die ersten Busse fahren am 1. Juni 2024, die "
        "letzten im Herbst. Seit mehr als zwei Jahren wird gestritten, monatelang ohne Ergebnis.")


def article(slug="busnetz", body=BODY, published=datetime(2024, 3, 14, 9, 30, tzinfo=ZURICH),
            topics=("verkehr",)):
    return Article(path=Path(f"content/articles/{slug}.md"), slug=slug, title="Busnetz",
                   date=published, lang="de", source="Stadtanzeiger",
                   url="https://example.org/busnetz", topics=topics, summary=None, body=body,
                   body_line=9)


def timex(body, text, type_, value, interval=None, mod=None, nth=0):
    start = body.index(text)
    for _ in range(nth):
        start = body.index(text, start + 1)
    return Timex(start, start + len(text), text, type_, value, mod=mod, interval=interval)


def day(y, m, d):
    return Interval(date(y, m, d), date(y, m, d), "day")


def tagged(body=BODY, **kwargs):
    return TaggedArticle(article(body=body, **kwargs), (
        timex(body, "14.3.2024 - 09:30", "TIME", "2024-03-14T09:30", day(2024, 3, 14)),
        timex(body, "am Mittwoch", "DATE", "2024-03-13", day(2024, 3, 13)),
        timex(body, "am 1. Juni 2024", "DATE", "2024-06-01", day(2024, 6, 1)),
        timex(body, "im Herbst", "DATE", "2024-FA",
              Interval(date(2024, 9, 1), date(2024, 11, 30), "season", approximate=True)),
        timex(body, "Seit mehr als zwei Jahren", "DURATION", "P2Y",
              Interval(date(2022, 3, 14), date(2024, 3, 14), "year", open_start=True),
              mod="MORE_THAN"),
        timex(body, "monatelang", "DURATION", "PXM"),
    ))


def test_one_event_per_dated_expression_with_its_sentence():
    events = article_events(tagged())
    assert [(e.start.isoformat(), e.granularity, e.text) for e in events] == [
        ("2024-03-13", "day", "Der Rat hat am Mittwoch zugestimmt."),
        ("2024-06-01", "day", "Die ersten Busse fahren am 1. Juni 2024, die letzten im Herbst."),
        ("2024-09-01", "season", "Die ersten Busse fahren am 1. Juni 2024, die letzten im Herbst."),
        ("2022-03-14", "year", "Seit mehr als zwei Jahren wird gestritten, monatelang ohne Ergebnis."),
    ]  # the dateline is the publication stamp; "monatelang" has no interval


def test_flags_come_from_the_interval_and_the_publication_date():
    mittwoch, juni, herbst, seit = article_events(tagged())
    assert not mittwoch.planned and juni.planned and herbst.planned and not seit.planned
    assert herbst.approximate and not juni.approximate
    assert seit.open_start and not seit.open_end
    assert juni.topics == ("verkehr",)


def test_the_mention_says_where_the_date_came_from():
    juni = article_events(tagged())[1]
    [mention] = juni.sources
    assert mention.expression == "am 1. Juni 2024" and mention.value == "2024-06-01"
    assert BODY[mention.span[0]:mention.span[1]] == "am 1. Juni 2024"
    assert BODY[mention.sentence_span[0]:mention.sentence_span[1]].startswith("Die ersten Busse")
    assert (mention.slug, mention.source, mention.lang) == ("busnetz", "Stadtanzeiger", "de")


def test_ids_depend_on_content_not_on_order_or_position():
    events = article_events(tagged())
    assert events[1].id == event_id("busnetz", events[1].text, "2024-06-01")
    assert len({e.id for e in events}) == len(events)
    moved = "Ein neuer erster Absatz.\n\n" + BODY
    again = article_events(tagged(body=moved))
    assert [e.id for e in again] == [e.id for e in events]


def test_a_date_on_publication_day_in_a_real_sentence_is_an_event():
    body = "Heute hat der Rat am 14. März 2024 entschieden, und zwar einstimmig."
    tagged_article = TaggedArticle(article(body=body), (
        timex(body, "am 14. März 2024", "DATE", "2024-03-14", day(2024, 3, 14)),))
    [event] = article_events(tagged_article)
    assert event.start == date(2024, 3, 14) and not event.planned


def test_the_same_article_twice_merges_into_one_event_with_two_sources():
    first = article_events(tagged())
    second = article_events(tagged(body=BODY.replace("Der Rat", "Der  Rat"),
                                   published=datetime(2024, 3, 14, 12, tzinfo=ZURICH)))
    second = [replace(e, sources=[replace(m, slug="busnetz-kopie") for m in e.sources])
              for e in second]
    merged = merge_and_order(second + first)
    assert len(merged) == 4
    assert all(len(e.sources) == 2 for e in merged)
    assert [m.slug for m in merged[0].sources] == ["busnetz", "busnetz-kopie"]  # earliest first


def test_order_start_then_finer_granularity_then_publication_then_id():
    a = article_events(tagged())
    year = replace(a[0], id="y", start=date(2024, 1, 1), end=date(2024, 12, 31), granularity="year",
                   text="x")
    day_early = replace(a[0], id="z", start=date(2024, 1, 1), end=date(2024, 1, 1), text="y")
    later_pub = replace(day_early, id="a", text="z", sources=[
        replace(day_early.sources[0], published=datetime(2025, 1, 1, tzinfo=ZURICH))])
    same_pub = replace(day_early, id="b", text="w")
    ordered = merge_and_order([year, later_pub, day_early, same_pub])
    assert [e.id for e in ordered] == ["b", "z", "a", "y"]


def test_normalised_text_ignores_quotes_spacing_case_and_end_punctuation():
    assert normalise_text("„Wir  sind bereit“, sagte sie – endlich.") == \
        normalise_text('"wir sind bereit", sagte sie - endlich')


def test_events_json_is_sorted_stable_utf8():
    events = merge_and_order(article_events(tagged()))
    data = events_json(events)
    assert data == events_json(events)
    assert data.endswith(b"}\n") and "Jahren".encode() in data and b"\\u" not in data
    document = json.loads(data)
    assert document["version"] == 2
    first = document["events"][0]
    assert list(first) == sorted(first)
    assert first["start"] == "2022-03-14" and first["end"] == "2024-03-14"
    assert first["open_start"] is True and first["planned"] is False
    source = first["sources"][0]
    assert source["article"] == "busnetz" and source["value"] == "P2Y"
    assert source["expression"] == "Seit mehr als zwei Jahren"
    assert source["link"] == f"articles/busnetz/index.html#x-{source['span'][0]}"
    assert source["published"] == "2024-03-14T09:30:00+01:00"
