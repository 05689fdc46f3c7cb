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
