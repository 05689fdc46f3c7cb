"""A site whose event lists are split into period pages (content/ built with a small
events_per_page), in a real browser: the pages link to each other, together they list every
event once without JavaScript, the filters work on a page, and a click on an event in the
overview's chart opens the page that lists it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from browserkit import TAG_EVENT_MARKS, PageWatch, hover, wait_for_chart
from conftest import REPO, page_opener, serve_folder

from newsline.build import build

PER_PAGE = 6
HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture(scope="module")
def paged_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("paged")
    shutil.copytree(REPO / "content", root / "content")
    toml = root / "content" / "site.toml"
    toml.write_text(f"events_per_page = {PER_PAGE}\n" + toml.read_text("utf-8"), "utf-8")
    build(root, out=root / "build")
    return root / "build"


@pytest.fixture(scope="module")
def counted_dir(tmp_path_factory) -> Path:
    """The same site with the overview's chart counting events per week or month, as a big
    site's does (beyond AGGREGATE_ABOVE events)."""
    root = tmp_path_factory.mktemp("counted")
    shutil.copytree(REPO / "content", root / "content")
    toml = root / "content" / "site.toml"
    toml.write_text(f"events_per_page = {PER_PAGE}\n" + toml.read_text("utf-8"), "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("newsline.render.chart.AGGREGATE_ABOVE", 10)
        build(root, out=root / "build", use_cache=False)
    return root / "build"


@pytest.fixture(scope="module")
def paged_url(paged_dir):
    with serve_folder(paged_dir) as url:
        yield url


@pytest.fixture
def visit(browser, paged_url):
    with page_opener(browser, paged_url) as open_:
        yield open_


def _all_events(paged_dir: Path) -> list[dict]:
    return json.loads((paged_dir / "events.json").read_text("utf-8"))["events"]


def _listed(watch) -> list[str]:
    return watch.page.evaluate(
        "[...document.querySelectorAll('ol.events > li')].map(li => li.id.slice(6))")


def test_every_link_of_every_page_resolves(paged_dir):
    pages = sorted(paged_dir.rglob("*.html"))
    assert len([p for p in pages if p.name.startswith("events-")]) > 10
    anchors = 0
    for page in pages:
        for href in HREF.findall(page.read_text("utf-8")):
            file, _, anchor = href.partition("#")
            if file and not href.startswith(("https://", "http://")):
                target = (page.parent / file).resolve()
                assert target.is_file(), (page, href)
                if anchor.startswith("event-"):  # an article's expression, to its event
                    assert f'<li id="{anchor}"' in target.read_text("utf-8"), (page, href)
                    anchors += 1
    assert anchors > 20


@pytest.mark.parametrize("folder", ["", "us-aid/"])
def test_without_javascript_the_pages_list_every_event_once(visit, paged_dir, folder):
    hub = visit(folder + "index.html", javascript=False)
    assert _listed(hub) == []  # the overview links the pages instead of listing
    links = hub.page.evaluate("[...document.querySelectorAll('ol.list-pages a')]"
                              ".map(a => a.getAttribute('href'))")
    assert len(links) > 1
    listed = []
    # the first page's "next" links lead through every page, in the directory's order
    page = visit(folder + links[0], javascript=False)
    visited = [links[0]]
    while True:
        listed += _listed(page)
        label = page.page.locator("h1").inner_text()
        year = page.page.locator(".page-list [aria-current=page]")
        assert not year.count() or label.endswith(year.inner_text())  # its year's months
        following = page.page.locator(".page-steps a[rel=next]").first
        if not following.count():
            break
        following.click()
        page.page.wait_for_load_state("load")
        visited.append(page.page.url.rsplit("/", 1)[1])
    assert visited == links
    slug = folder.rstrip("/")
    expected = [e["id"] for e in _all_events(paged_dir) if not slug or slug in e["topics"]]
    assert listed == expected
    assert hub.problems() == [] and page.problems() == []


def _year_of(label: str) -> str:
    return re.search(r"\b[0-9]{4}\b", label).group(0)


def test_page_links_lead_where_they_say(visit):
    hub = visit("index.html")
    directory = hub.page.locator("ol.list-pages a")
    labels = directory.all_inner_texts()
    # a month of a year split into months: its year's other months are listed beside it
    at = next(i for i, label in enumerate(labels) if not label[0].isdigit() and i > 0)
    directory.nth(at).click()
    hub.page.wait_for_load_state("load")
    assert hub.page.locator("h1").inner_text().endswith(labels[at])
    assert hub.page.locator(".page-list [aria-current=page]").inner_text() == labels[at]
    months = hub.page.locator(".page-list a").all_inner_texts()
    year = _year_of(labels[at])  # '2023 ohne Monat', 'Juli 2023', 'April 2024, Teil 2'
    assert months == [label for label in labels if _year_of(label) == year]
    hub.page.locator(".page-steps a[rel=prev]").first.click()
    hub.page.wait_for_load_state("load")
    assert hub.page.locator("h1").inner_text().endswith(labels[at - 1])
    # "all periods" leads to the overview's list of every page, with ranges and counts
    hub.page.locator(".page-steps a[href$='#periods']").first.click()
    hub.page.wait_for_load_state("load")
    assert hub.page.url.endswith("/index.html#periods")
    assert hub.page.evaluate("document.querySelector(':target').className") == "list-pages"
    directory.first.click()
    hub.page.wait_for_load_state("load")
    assert hub.page.locator(".page-steps a[rel=prev]").count() == 0
    hub.page.locator(".breadcrumb a").click()
    hub.page.wait_for_load_state("load")
    assert hub.page.url.endswith("/index.html")
    assert hub.problems() == []


def test_the_filters_work_on_a_page(visit, paged_dir):
    # the page with the most events in both languages
    events = {e["id"]: e for e in _all_events(paged_dir)}
    best, best_langs = None, 0
    for path in sorted(paged_dir.glob("events-*.html")):
        ids = re.findall(r'<li id="event-([^"]+)"', path.read_text("utf-8"))
        langs = {m["lang"] for i in ids for m in events[i]["sources"]}
        if len(langs) > best_langs or (len(langs) == best_langs and best is None):
            best, best_langs = path.name, len(langs)
    assert best_langs == 2
    watch = visit(best)
    drawn = wait_for_chart(watch)
    listed = _listed(watch)
    assert sorted(drawn) == sorted(listed)
    watch.page.select_option("select[data-facet=langs]", "en")
    watch.page.wait_for_timeout(150)
    visible = watch.page.evaluate(
        "[...document.querySelectorAll('ol.events > li')].filter(li => !li.hidden)"
        ".map(li => li.id.slice(6))")
    english = [i for i in listed if "en" in {m["lang"] for m in events[i]["sources"]}]
    assert visible == english and 0 < len(english) < len(listed)
    assert sorted(watch.page.evaluate(TAG_EVENT_MARKS)) == sorted(english)
    assert "langs=en" in watch.page.url
    assert watch.problems() == []


def test_a_click_in_the_overview_chart_opens_the_page_listing_the_event(visit, paged_dir):
    watch = visit("index.html")
    drawn = wait_for_chart(watch)
    assert drawn
    # an event the mouse can reach, from a third into the chart's drawing order on
    target = None
    for event_id in drawn[len(drawn) // 3:] + drawn[:len(drawn) // 3]:
        if hover(watch, event_id):
            target = event_id
            break
    assert target, "no event mark could be hovered"
    watch.page.mouse.down()
    watch.page.mouse.up()
    watch.page.wait_for_url(re.compile(rf"/events-[0-9p-]+\.html#event-{target}$"))
    watch.page.wait_for_load_state("load")
    assert target in _listed(watch)
    assert watch.page.evaluate("document.querySelector(':target').id") == f"event-{target}"
    page = watch.page.url.split("#")[0].rsplit("/", 1)[1]
    html = (paged_dir / page).read_text("utf-8")
    assert f'<li id="event-{target}"' in html
    assert watch.problems() == []


def test_a_click_on_a_counted_dot_opens_the_page_of_its_events(browser, counted_dir):
    with serve_folder(counted_dir) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        watch = PageWatch(context.new_page(), url)
        watch.page.goto(url + "index.html", wait_until="load")
        watch.page.wait_for_selector("html.chart-drawn", state="attached", timeout=20_000)
        dots = watch.page.evaluate("""() => {
          const out = [];
          document.querySelectorAll('#chart .cartesianlayer .point').forEach((mark) => {
            const group = mark.closest('.trace');
            const trace = group && group.__data__ && group.__data__[0] &&
              group.__data__[0].trace;
            if (trace && trace.meta && trace.meta[0] === 'aggregate' && mark.__data__) {
              const box = mark.getBoundingClientRect();
              out.push({id: trace.customdata[mark.__data__.i][3],
                        x: box.x + box.width / 2, y: box.y + box.height / 2});
            }
          });
          return out;
        }""")
        assert dots
        dot = dots[len(dots) // 2]
        watch.page.mouse.move(dot["x"], dot["y"])
        watch.page.wait_for_timeout(200)
        hovered = watch.page.evaluate("(document.getElementById('chart')._hoverdata || [])"
                                      ".map(p => p.customdata && p.customdata[3])")
        assert dot["id"] in hovered
        watch.page.mouse.down()
        watch.page.mouse.up()
        watch.page.wait_for_url(re.compile(rf"/events-[0-9p-]+\.html#event-{dot['id']}$"))
        watch.page.wait_for_load_state("load")
        assert dot["id"] in _listed(watch)
        assert watch.problems() == []
        context.close()
