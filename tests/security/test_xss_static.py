"""The hostile site's HTML and JSON, read without a browser: every payload stayed text.

Faster and stricter than the browser about the markup itself: each element must be one the
templates or the Markdown allow-list make, no attribute may be an event handler or carry a
javascript:/vbscript:/data: URL, no <script> may be inline, and the chart's JSON can neither end
its <script> block nor hand Plotly a tag newsline did not write.
"""

from __future__ import annotations

import json

import pytest

from hostile import (ARTICLES, audit_page, json_strings, make_hostile_project, page_tags,
                     unescaped_markup)
from payloads import PAYLOADS


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    from newsline.build import build

    project = make_hostile_project(tmp_path_factory.mktemp("hostile-static") / "project")
    result = build(project)
    pages = {p.relative_to(result.out).as_posix(): p.read_text("utf-8")
             for p in sorted(result.out.rglob("*.html"))}
    return project, result, pages


def test_there_are_enough_payloads_and_they_all_differ():
    assert len(PAYLOADS) >= 30
    assert len(set(PAYLOADS)) == len(PAYLOADS)


def test_the_hostile_site_builds_every_page(hostile_build):
    _, result, pages = hostile_build
    assert result.articles == ARTICLES
    assert len(pages) == 1 + 2 * ARTICLES
    assert result.events >= ARTICLES


def test_no_page_holds_markup_its_templates_could_not_make(hostile_build):
    project, _, pages = hostile_build
    tags = page_tags(project / "theme")
    findings = {path: audit_page(html, tags).findings for path, html in pages.items()}
    assert {path: found for path, found in findings.items() if found} == {}


def test_chart_json_cannot_end_its_script_block_or_inject_plotly_markup(hostile_build):
    project, _, pages = hostile_build
    tags = page_tags(project / "theme")
    checked = 0
    for path, html in pages.items():
        for block in audit_page(html, tags).json_blocks:
            assert "</" not in block and "<!--" not in block, path
            assert "\u2028" not in block and "\u2029" not in block, path
            for where, text in json_strings(json.loads(block)):
                assert unescaped_markup(text) == [], (path, where, text[:120])
                checked += 1
    assert checked > 100


def test_payloads_reach_the_reader_as_text(hostile_build):
    """Escaping must not drop what the author wrote: the template-looking text stays literal."""
    _, _, pages = hostile_build
    index = pages["index.html"]
    assert "{{ 7*7 }} {% if true %}jinja{% endif %} ${7*7}" in index
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in index


def test_events_json_is_data_not_markup(hostile_build):
    _, result, _ = hostile_build
    document = json.loads((result.out / "events.json").read_text("utf-8"))
    texts = [e["text"] for e in document["events"]]
    assert any("window.__pwned" in t for t in texts)  # the sentence as written, for tools
