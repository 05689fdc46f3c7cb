"""The page script comes in parts (newsline.js and the newsline-*.js it wires), all loaded async
with plotly.js: whichever of them runs last, the chart is drawn once everything has run, with its
filters, keys and overview strip; and when a part fails to load the chart is left out and the
list stays as it is without JavaScript."""

from __future__ import annotations

import time

import pytest
from browserkit import PageWatch, event_ids, wait_for_chart

SCRIPTS = ["plotly.min.js", "newsline-filters.js", "newsline-gestures.js",
           "newsline-overview.js", "newsline.js"]
PARTS = SCRIPTS[1:4]

# The order in which the page's scripts finished running (a script's load event follows its run).
RECORD_RUNS = """
window.__scriptsRun = [];
document.addEventListener("load", (e) => {
  if (e.target.localName === "script") window.__scriptsRun.push(e.target.src.split("/").pop());
}, true);
"""


def _open_with(browser, base_url, path, script, answer) -> PageWatch:
    """The page at `path` with `answer(route)` deciding every request for `script`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = PageWatch(page, base_url)
    page.add_init_script(RECORD_RUNS)
    page.route(f"**/assets/{script}", answer)
    page.goto(base_url + path, wait_until="load")
    return watch


def _late(route):
    time.sleep(1.0)  # the page's other scripts arrive and run meanwhile
    route.continue_()


def _failed(route):
    time.sleep(1.0)  # newsline.js is listening by then
    route.abort()


def test_the_page_names_every_part_before_newsline_js(site_dir, busiest_topic):
    page = (site_dir / busiest_topic).read_text("utf-8")
    where = [page.find(f'assets/{name}" async></script>') for name in SCRIPTS]
    assert all(at > 0 for at in where), where
    assert where == sorted(where)
    for name in SCRIPTS[1:]:
        assert (site_dir / "assets" / name).is_file()


@pytest.mark.parametrize("last", SCRIPTS)
def test_the_chart_is_drawn_whichever_script_runs_last(browser, base_url, site_dir,
                                                      busiest_topic, last):
    watch = _open_with(browser, base_url, busiest_topic, last, _late)
    drawn = wait_for_chart(watch)
    assert watch.page.evaluate("window.__scriptsRun")[-1] == last
    assert sorted(drawn) == sorted(event_ids((site_dir / busiest_topic).read_text("utf-8")))
    assert sorted(watch.page.evaluate("Object.keys(window.newsline.loaded)")) == sorted(PARTS)
    # each part at work: the filters, the strip under the plot, a key step
    assert watch.page.locator(".chart-controls select").first.is_visible()
    assert watch.page.locator("#chart .overview-window").count() == 1
    before = watch.page.evaluate("document.getElementById('chart').layout.xaxis.range.slice()")
    watch.page.locator("#chart").focus()
    watch.page.keyboard.press("+")
    after = watch.page.evaluate("document.getElementById('chart').layout.xaxis.range.slice()")
    assert after != before
    assert watch.problems() == []
    watch.page.context.close()


@pytest.mark.parametrize("part", PARTS)
def test_a_part_that_fails_to_load_leaves_the_list_without_a_chart(browser, base_url, site_dir,
                                                                  busiest_topic, part):
    watch = _open_with(browser, base_url, busiest_topic, part, _failed)
    watch.page.wait_for_selector("html.no-chart", state="attached", timeout=20_000)
    assert watch.page.evaluate("document.documentElement.className.split(' ')").count(
        "chart-drawn") == 0
    assert not watch.page.locator("#chart").is_visible()
    assert not watch.page.locator(".chart-controls").is_visible()
    expected = event_ids((site_dir / busiest_topic).read_text("utf-8"))
    entries = watch.page.locator("ol.events > li")
    assert entries.count() == len(expected) > 0
    assert all(entries.nth(i).is_visible() for i in range(0, len(expected), 5))
    assert watch.page.evaluate("window.__scriptsRun").count(part) == 0
    watch.page.context.close()


def test_a_part_failing_before_newsline_js_runs_still_leaves_the_list(browser, base_url,
                                                                     busiest_topic):
    """The part's error comes before newsline.js listens for it: the window's load tells."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.route(f"**/assets/{PARTS[0]}", lambda route: route.abort())
    page.route("**/assets/newsline.js", _late)
    page.goto(base_url + busiest_topic, wait_until="load")
    page.wait_for_selector("html.no-chart", state="attached", timeout=20_000)
    assert not page.locator("#chart").is_visible()
    assert page.locator("ol.events > li").first.is_visible()
    context.close()
