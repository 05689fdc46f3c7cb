"""The sample site's promise, checked on a real build of the repository's content/: the German
report of Tuesday 30 April 2024 puts the Vilnius summit in 2023, the Congress aid vote in ISO
week 17 of 2024 and the talks on 30 April 2024, and the topic pages list those events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsline.build import build

REPO = Path(__file__).resolve().parents[2]
REPORT = "2024-04-30-sicherheitspakt-gespraeche"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample-site")
    build(REPO, out=out)
    return out


@pytest.fixture(scope="module")
def report_events(site) -> dict[str, dict]:
    """The events the German report contributes to, by the TIMEX3 value of its expression."""
    events = json.loads((site / "events.json").read_text(encoding="utf-8"))["events"]
    return {source["value"]: event for event in events for source in event["sources"]
            if source["article"] == REPORT}


def test_vilnius_summit_lies_in_2023(report_events):
    event = report_events["2023"]
    assert "2023-01-01" <= event["start"] <= event["end"] <= "2023-12-31"
    assert "Vilnius" in event["text"] or any("Vilnius" in s.get("sentence", "")
                                             for s in event["sources"])


def test_congress_aid_vote_lies_in_week_17_of_2024(report_events):
    event = report_events["2024-W17"]
    assert "2024-04-22" <= event["start"] <= event["end"] <= "2024-04-28"


def test_talks_are_dated_30_april_2024(report_events):
    event = report_events["2024-04-30"]
    assert event["start"] == event["end"] == "2024-04-30"
    assert event["granularity"] == "day"


def test_the_approximate_and_ongoing_dates_carry_their_bounds(report_events):
    few_days = report_events["PXD"]
    assert few_days["approximate"] and few_days["start"] < few_days["end"] < "2024-04-30"
    ongoing = report_events["P2Y"]
    assert ongoing["open_start"] and ongoing["open_end"] and ongoing["start"] == "2022-04-30"


def test_topic_pages_list_the_three_events(site, report_events):
    pages = "".join((site / topic / "index.html").read_text(encoding="utf-8")
                    for topic in ("security-pact", "us-aid"))
    for value in ("2023", "2024-W17", "2024-04-30"):
        assert f'id="event-{report_events[value]["id"]}"' in pages
