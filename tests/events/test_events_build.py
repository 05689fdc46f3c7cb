"""Through the build: merges across languages, the disagreement note, stable ids, evidence links,
reported markers."""

import json
import re

import pytest
from eventcase import ARTICLES, make_project

from newsline.build import build


def built_events(root):
    build(root)
    return json.loads((root / "build" / "events.json").read_text("utf-8"))["events"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("site"))
    return root, built_events(root)


def test_one_happening_reported_in_german_and_english_is_one_event(site):
    _, events = site
    [vote] = [e for e in events if e["start"] == "2024-03-12"]
    assert sorted(s["lang"] for s in vote["sources"]) == ["de", "en"]
    assert vote["merged"] and vote["date_note"] is None
    assert {s["report_id"] for s in vote["sources"]} >= {vote["id"]}


def test_sources_that_disagree_on_the_date_get_a_note(tmp_path):
    articles = dict(ARTICLES)
    articles["2024-03-14-council-bridge"] = articles["2024-03-14-council-bridge"].replace(
        "harbour bridge on Tuesday", "harbour bridge on Wednesday")
    events = built_events(make_project(tmp_path, articles))
    [vote] = [e for e in events if len(e["sources"]) == 2]
    assert vote["date_note"].startswith("Sources disagree on the date: 2024-03-12")
    assert "2024-03-13 (Harbour Ledger)" in vote["date_note"]


def test_the_dateline_is_no_event_but_the_article_is_a_reported_marker(site):
    root, events = site
    assert not any(s["expression"].startswith("13.3.2024") for e in events for s in e["sources"])
    page = (root / "build" / "articles" / "2024-03-13-ratsbeschluss" / "index.html").read_text()
    assert '<p class="reported-marker">Dieser Bericht erschien am 13. März 2024' in page
    chart = json.loads(re.search(r'id="chart-data">(.*?)</script>', page, re.S)[1])
    (marks,) = [t for t in chart["figure"]["data"] if t.get("name") == "reported"]
    assert list(marks["x"]) == ["2024-03-13 12:00"]
    assert "Lindenfelder Bote" in marks["hovertext"][0]
    topic = (root / "build" / "hafen" / "index.html").read_text()
    chart = json.loads(re.search(r'id="chart-data">(.*?)</script>', topic, re.S)[1])
    (reported,) = [t for t in chart["figure"]["data"] if t.get("name") == "reported"]
    assert list(reported["x"]) == ["2024-03-13 12:00", "2024-03-14 12:00"]
    plotted = [c[3] for t in chart["figure"]["data"] for c in t.get("customdata", [])]
    assert set(plotted) <= {e["id"] for e in events}  # markers are no events


def test_every_expression_links_back_to_its_event_on_the_timeline(site):
    root, events = site
    page = (root / "build" / "articles" / "2024-03-13-ratsbeschluss" / "index.html").read_text()
    links = re.findall(r'<a class="timex-event" href="\.\./\.\./([a-z-]+)/index\.html#event-(\w+)"',
                       page)
    assert len(links) == 3
    for topic, ident in links:
        assert f'id="event-{ident}"' in (root / "build" / topic / "index.html").read_text()
    # the mark shows the resolved value and what it was resolved against
    mark = re.search(r'<mark class="timex" id="x-\d+" data-value="2024-03-12"[^>]*title="([^"]*)"',
                     page)
    assert "12. März 2024" in mark[1] and "bezogen auf 13. März 2024" in mark[1]
    # and the event links to the sentence it came from
    for event in events:
        for source in event["sources"]:
            assert source["link"] == f"articles/{source['article']}/index.html#x-{source['span'][0]}"


def test_ids_survive_edits_to_other_articles_and_other_sentences(tmp_path):
    before = {e["text"]: e["id"] for e in built_events(make_project(tmp_path / "a"))}
    articles = dict(ARTICLES)
    articles["2024-03-20-bruecke-kosten"] = articles["2024-03-20-bruecke-kosten"].replace(
        "höheren Kosten", "deutlich höheren Kosten")
    articles["2024-03-13-ratsbeschluss"] = articles["2024-03-13-ratsbeschluss"].replace(
        "Die Bauarbeiten sollen im Juni beginnen.",
        "Die Bauarbeiten sollen im Juni beginnen. Am 2. Mai 2024 stellt die Stadt die Pläne vor.")
    articles["2024-03-22-new"] = ARTICLES["2024-03-20-bruecke-kosten"].replace(
        "Kreisblatt", "Abendpost").replace("4. April 2024", "5. April 2024")
    after = {e["text"]: e["id"] for e in built_events(make_project(tmp_path / "b", articles))}
    for text, ident in before.items():
        assert after[text] == ident, text
    assert any("Am 2. Mai 2024" in text for text in after)  # the new sentence's own event
