"""The sample content built with its event lists split into period pages (a small
events_per_page) and short feeds: deterministic like any build, and a rebuild after one
article changed renders again only the period pages of that article's events."""

from __future__ import annotations

import json
import re
import shutil

from sitekit import REPO, run_cli, tree_bytes

from newsline.build import build

SETTINGS = "events_per_page = 5\nfeed_max_items = 4\n"


def paged_project(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    toml = tmp_path / "content" / "site.toml"
    toml.write_text(SETTINGS + toml.read_text("utf-8"), "utf-8")
    return tmp_path


def test_a_paged_build_is_byte_identical_with_and_without_the_cache(tmp_path):
    root = paged_project(tmp_path / "project")
    first = run_cli("build", "--root", str(root), "--out", str(tmp_path / "one"))
    second = run_cli("build", "--root", str(root), "--out", str(tmp_path / "two"))
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    build(root, out=tmp_path / "three", use_cache=False)
    one, two, three = (tree_bytes(tmp_path / name) for name in ("one", "two", "three"))
    assert sorted(one) == sorted(two) == sorted(three)
    assert [name for name in sorted(one) if not one[name] == two[name] == three[name]] == []
    pages = [name for name in one if re.search(r"(^|/)events-[0-9p-]+\.html$", name)]
    assert len(pages) > 10
    sitemap = one["sitemap.xml"].decode()
    assert all(f"/{name}</loc>" in sitemap for name in pages)
    for topic in ("security-pact", "us-aid"):
        feed = one[f"{topic}/feed.xml"].decode()
        assert feed.count("<entry>") == 4
        # each entry links to the period page that lists its event
        for page, anchor in re.findall(
                r'<link rel="alternate" type="text/html" href="https://example.org/newsline/'
                r'([^"#]+)#([^"]+)" />', feed):
            assert page.startswith(f"{topic}/events-")
            assert f'<li id="{anchor}"' in one[page].decode()


def _holding(built) -> dict[str, set[str]]:
    """Period page -> the ids of the events it lists."""
    return {p.relative_to(built).as_posix(): set(re.findall(r'<li id="event-([^"]+)"',
                                                            p.read_text("utf-8")))
            for p in built.rglob("events-*.html")}


def _events(built) -> dict[str, dict]:
    return {e["id"]: e for e in json.loads((built / "events.json").read_text("utf-8"))["events"]}


def test_one_changed_article_renders_the_pages_of_its_events_again(tmp_path):
    root = paged_project(tmp_path)
    built = root / "build"
    build(root)
    before, pages_before = _events(built), _holding(built)
    # the last dated sentence of one article gets a few words more
    event = max(before.values(), key=lambda e: (e["sources"][0]["span"][0], e["id"]))
    slug = event["sources"][0]["article"]
    path = root / "content" / "articles" / f"{slug}.md"
    text = path.read_text("utf-8")
    sentence = event["text"]
    assert text.count(sentence) == 1
    path.write_text(text.replace(sentence, sentence.rstrip(".") + ", sagte ein Sprecher.", 1),
                    "utf-8")
    result = build(root)
    after, pages_after = _events(built), _holding(built)
    changed = {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}
    assert changed
    expected = {page for page, ids in pages_after.items() if ids & changed} | {
        page for page, ids in pages_before.items() if ids & changed and page in pages_after}
    assert {p for p in result.rendered if "events-" in p} == expected
    assert 0 < len(expected) < len(pages_after) / 2


def _page_of(pages: dict[str, set[str]], event_id: str, folder: str = "") -> str:
    [page] = [p for p, ids in pages.items() if event_id in ids and p.rpartition("/")[0] == folder]
    return page


def test_rebuilds_that_move_add_and_empty_periods_give_the_files_of_a_cold_build(tmp_path):
    root = paged_project(tmp_path / "project")
    out = tmp_path / "out"
    overrides = root / "content" / "overrides.yaml"
    article = root / "content" / "articles" / "2023-09-21-zelensky-white-house.md"

    def rebuild(name: str) -> dict[str, set[str]]:
        build(root, out=out)
        cold = tmp_path / name
        build(root, out=cold, use_cache=False)
        warm_files, cold_files = tree_bytes(out), tree_bytes(cold)
        # no stale period page left behind, and every file as a build without the cache
        assert sorted(warm_files) == sorted(cold_files)
        assert [n for n in warm_files if warm_files[n] != cold_files[n]] == []
        return _holding(out)

    pages = rebuild("start")
    events = _events(out)
    # an event moves across a year boundary: December 2022 -> January 2023
    [december] = [e for e in events.values() if e["text"].startswith("Zelensky last came")]
    assert december["start"] == "2022-12-01" and _page_of(pages, december["id"]).startswith(
        "events-2022")
    text = article.read_text("utf-8")
    article.write_text(text.replace("in December 2022, when", "in January 2023, when"), "utf-8")
    pages = rebuild("moved")
    [moved] = [e for e in _events(out).values() if e["text"].startswith("Zelensky last came")]
    assert moved["start"] == "2023-01-01" and _page_of(pages, moved["id"]).startswith(
        "events-2023")
    # an editor dates an event into a year no event was in yet: its old page goes if it held
    # that event only, and the new year's page appears
    summit = events["79a79e4f1975"]
    assert summit["start"] == "2024-07-09"
    old_page = _page_of(pages, "79a79e4f1975")
    alone = pages[old_page] == {"79a79e4f1975"}
    text = overrides.read_text("utf-8")
    assert text.count("date: 2024-07-09/2024-07-11") == 1
    overrides.write_text(text.replace("date: 2024-07-09/2024-07-11",
                                      "date: 2025-03-09/2025-03-11"), "utf-8")
    pages = rebuild("new-year")
    assert _page_of(pages, "79a79e4f1975") == "events-2025.html"
    assert (old_page in pages) != alone
    # the only event of its period hidden: that period's pages go
    lonely = sorted(i for p, ids in pages.items() if len(ids) == 1 and "/" not in p
                    for i in ids if i != "79a79e4f1975")
    assert lonely, "no period page of the overview holds a single event"
    gone = _page_of(pages, lonely[0])
    text = overrides.read_text("utf-8")
    overrides.write_text(text.replace("events:\n", f"events:\n  {lonely[0]}:\n    hide: true\n",
                                      1), "utf-8")
    pages = rebuild("hidden")
    assert gone not in pages and not (out / gone).exists()
    assert lonely[0] not in {i for ids in pages.values() for i in ids}
