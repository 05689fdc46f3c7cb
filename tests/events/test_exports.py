"""TimelineJS data, Atom feeds and the sitemap: structure, well-formedness, determinism."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime

import pytest
from eventcase import make_project

from newsline.build import build

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
BASE = "https://example.org/hafen/"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("exports"))
    build(root)
    return root / "build"


def test_timeline_json_is_timelinejs3_data(out):
    data = json.loads((out / "hafen" / "timeline.json").read_text("utf-8"))
    events = json.loads((out / "events.json").read_text("utf-8"))["events"]
    mine = [e for e in events if "hafen" in e["topics"]]
    assert data["title"]["text"]["headline"] == "Hafenbrücke"
    assert [s["unique_id"] for s in data["events"]] == [f"event-{e['id']}" for e in mine]
    for slide in data["events"]:
        assert set(slide) <= {"start_date", "end_date", "display_date", "text", "group",
                              "unique_id"}
        assert isinstance(slide["start_date"]["year"], int)
        assert set(slide["start_date"]) <= {"year", "month", "day", "hour", "minute"}
        assert slide["text"]["headline"] and slide["text"]["text"].startswith("<p>")
        assert slide["group"] == "Hafenbrücke"
        assert f'href="{BASE}articles/' in slide["text"]["text"]
    by_id = {s["unique_id"]: s for s in data["events"]}
    vote = by_id["event-8bf26d819b99"]
    assert vote["start_date"] == {"year": 2024, "month": 3, "day": 12} and "end_date" not in vote
    june = by_id["event-610ff556814a"]
    assert june["start_date"] == {"year": 2024, "month": 6} and "end_date" not in june
    assert june["display_date"] == "Juni 2024 (geplant)"
    ongoing = by_id["event-be0ad78f405d"]
    assert ongoing["start_date"] == {"year": 2022, "month": 3, "day": 13}
    assert ongoing["end_date"] == {"year": 2024, "month": 3, "day": 13}
    assert ongoing["display_date"] == "vor dem 13. März 2022 – andauernd"


def test_each_topic_has_a_well_formed_atom_feed_linked_from_its_page(out):
    page = (out / "hafen" / "index.html").read_text("utf-8")
    assert '<link rel="alternate" type="application/atom+xml" href="feed.xml"' in page
    assert '<a href="timeline.json"' in page
    feed = ET.parse(out / "hafen" / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{name}") is not None, name
    assert feed.find(f"{ATOM}id").text.startswith("urn:uuid:")
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Hafenlinie"
    self_link = feed.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == f"{BASE}hafen/feed.xml"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(json.loads((out / "hafen" / "timeline.json").read_text())["events"])
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    for entry in entries:
        for name in ("id", "title", "updated", "published", "content"):
            assert entry.find(f"{ATOM}{name}") is not None, name
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith(
            f"{BASE}hafen/index.html#event-")
    updated = [datetime.fromisoformat(e.find(f"{ATOM}updated").text) for e in entries]
    # the newest report of the data, never the clock
    assert feed.find(f"{ATOM}updated").text == "2024-03-14T08:00:00Z" == max(
        updated).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_the_sitemap_lists_every_page_by_its_canonical_url(out):
    root = ET.parse(out / "sitemap.xml").getroot()
    assert root.tag == f"{SITEMAP}urlset"
    locs = [u.find(f"{SITEMAP}loc").text for u in root.findall(f"{SITEMAP}url")]
    pages = sorted(p.relative_to(out).as_posix() for p in out.rglob("index.html"))
    expected = {BASE} | {BASE + p[: -len("index.html")] for p in pages if p != "index.html"}
    assert set(locs) == expected and len(locs) == len(expected)
    for page in pages:  # the address each page names as its own
        html = (out / page).read_text("utf-8")
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
        assert canonical in locs, page
    lastmod = {u.find(f"{SITEMAP}loc").text: u.find(f"{SITEMAP}lastmod").text
               for u in root.findall(f"{SITEMAP}url")}
    assert lastmod[f"{BASE}articles/2024-03-13-ratsbeschluss/"] == "2024-03-13"


def test_exports_are_byte_identical_across_builds(out, tmp_path):
    again = tmp_path / "again"
    build(out.parent, out=again)
    for name in ("sitemap.xml", "hafen/feed.xml", "hafen/timeline.json", "stadt/feed.xml",
                 "events.json"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name
