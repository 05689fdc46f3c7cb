"""A topic of 10,000 events still renders: its chart counts per week or month, with details."""

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from newsline.config import SiteConfig, Topic
from newsline.model import Event, Mention
from newsline.render.aggregate import AGGREGATE_ABOVE, bin_end, bin_start, bin_unit
from newsline.render.chart import chart_payload
from newsline.render.pages import make_env, render_topic

SITE = SiteConfig(root=Path("."), title="Viele", base_url="https://example.org/", default_lang="de",
                  timezone="UTC", topics=(Topic("bau", "Bau"), Topic("wahl", "Wahl")))


def events(count: int, days_apart: int = 1) -> list[Event]:
    first = date(2015, 1, 1)
    out = []
    for i in range(count):
        day = first + timedelta(days=(i * days_apart) % 3000)
        mention = Mention(slug=f"a{i % 400}", title="T", url=None, source="Blatt", lang="de",
                          published=datetime(2024, 1, 1, tzinfo=timezone.utc), expression="x",
                          value=day.isoformat(), span=(0, 1), sentence_span=(0, 10))
        out.append(Event(id=f"e{i:05d}", start=day, end=day, granularity="day",
                         approximate=False, text=f"Ereignis Nummer {i}.",
                         topics=("bau",) if i % 3 else ("wahl",), sources=[mention]))
    return sorted(out, key=lambda e: (e.start, e.id))


def test_bins():
    assert bin_start(date(2024, 3, 14), "week") == date(2024, 3, 11)
    assert bin_end(date(2024, 3, 11), "week") == date(2024, 3, 17)
    assert bin_start(date(2024, 2, 14), "month") == date(2024, 2, 1)
    assert bin_end(date(2024, 2, 1), "month") == date(2024, 2, 29)
    assert bin_unit(date(2020, 1, 1), date(2022, 1, 1)) == "week"
    assert bin_unit(date(2010, 1, 1), date(2022, 1, 1)) == "month"


def test_ten_thousand_events_are_counted_not_drawn_one_by_one():
    many = events(10_000)
    payload = json.loads(chart_payload(many, SITE, "de"))
    traces = payload["figure"]["data"]
    assert traces and all(t["meta"] == ["aggregate"] for t in traces)
    assert sum(len(t["x"]) for t in traces) < 2 * 450  # bins, not events
    counted = sum(int(c[0].split()[0].replace(".", "")) for t in traces for c in t["customdata"])
    assert counted == 10_000
    detail = payload["aggregate"]["detail"]
    assert len(detail) == 10_000 and payload["aggregate"]["unit"] == "month"
    assert {row[4] for row in detail} == {e.id for e in many}
    assert payload["figure"]["layout"]["height"] < 400


def test_small_charts_are_unchanged():
    few = events(AGGREGATE_ABOVE)
    payload = json.loads(chart_payload(few, SITE, "de"))
    assert "aggregate" not in payload
    assert all(t.get("meta") != ["aggregate"] for t in payload["figure"]["data"])


def test_a_topic_page_of_ten_thousand_events_renders():
    many = events(10_000)
    page = render_topic(make_env(SITE), SITE, SITE.topics[0], many, [])
    assert page.count('id="event-e') >= 6000  # the plain list names every event of the topic
    assert '"aggregate"' in page
