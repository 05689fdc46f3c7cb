"""The reader's view kept in the address: filters and the zoomed range are written to the query
with history.replaceState (the back button still leaves the page), come back on reload, and a
shared address opens the same view, over http and from file:// alike."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

from browserkit import PageWatch, wait_for_chart


def _query(watch) -> dict[str, list[str]]:
    return parse_qs(urlsplit(watch.page.url).query)


def _visible_entries(watch) -> list[str]:
    return sorted(watch.page.evaluate(
        "[...document.querySelectorAll('ol.events > li')].filter(li => !li.hidden)"
        ".map(li => li.id.slice('event-'.length))"))


def _facets(watch) -> dict[str, dict]:
    return {li["id"]: json.loads(li["facets"]) for li in watch.page.evaluate(
        "[...document.querySelectorAll('ol.events > li')]"
        ".map(li => ({id: li.id.slice(6), facets: li.dataset.facets}))")}


def _range_days(watch) -> list[str]:
    return watch.page.evaluate(
        "document.getElementById('chart').layout.xaxis.range.map(v => String(v).slice(0, 10))")


def _pressed(watch) -> list[str]:
    return watch.page.locator(".ranges button[aria-pressed='true']").all_inner_texts()


def _second_option(watch, facet: str) -> str:
    return watch.page.locator(f"select[data-facet='{facet}'] option").nth(2).get_attribute("value")


def test_filters_and_range_survive_a_reload_without_new_history(open_page):
    watch = open_page("index.html")
    everything = sorted(wait_for_chart(watch))
    facets = _facets(watch)
    history = watch.page.evaluate("history.length")
    source = _second_option(watch, "sources")
    watch.page.locator("select[data-facet='sources']").select_option(source)
    watch.page.locator("select[data-facet='langs']").select_option("en")
    expected = sorted(i for i, f in facets.items() if source in f["sources"] and "en" in f["langs"])
    assert 0 < len(expected) < len(everything)
    watch.page.get_by_role("button", name="1 Monat").click()
    shown = _range_days(watch)
    assert _query(watch) == {"sources": [source], "langs": ["en"],
                             "from": [shown[0]], "to": [shown[1]]}
    assert watch.page.evaluate("history.length") == history  # replaced, never pushed

    watch.page.reload(wait_until="load")
    assert sorted(wait_for_chart(watch)) == expected == _visible_entries(watch)
    assert watch.page.locator("select[data-facet='sources']").input_value() == source
    assert watch.page.locator("select[data-facet='langs']").input_value() == "en"
    assert _range_days(watch) == shown
    assert _pressed(watch) == []  # the range came from the address, not from a button
    status = watch.page.locator(".filter-status").inner_text()
    assert status.startswith(f"{len(expected)} von {len(everything)}")

    # the reset button and the whole range take their parameters out of the address again
    watch.page.locator(".filters .filter-reset").click()
    watch.page.get_by_role("button", name="Alles").click()
    assert _query(watch) == {}
    assert watch.page.url == watch.page.url.split("?")[0]
    watch.page.reload(wait_until="load")
    assert sorted(wait_for_chart(watch)) == everything == _visible_entries(watch)
    assert watch.page.evaluate("history.length") == history
    assert watch.problems() == []


def test_back_leaves_the_page_whatever_was_filtered(open_page, base_url):
    watch = open_page("index.html")
    wait_for_chart(watch)
    watch.page.locator("header nav a").first.click()
    watch.page.wait_for_load_state("load")
    topic_url = watch.page.url
    wait_for_chart(watch)
    select = watch.page.locator("select[data-facet]").first
    for value in select.locator("option").evaluate_all("os => os.map(o => o.value)")[1:]:
        select.select_option(value)
    watch.page.locator("#chart").focus()
    watch.page.keyboard.press("+")
    watch.page.keyboard.press("ArrowLeft")
    # the address follows once the keys rest and the chart is redrawn
    watch.page.wait_for_selector("#chart:not(.previewing)", state="attached", timeout=5_000)
    assert "from" in _query(watch) and urlsplit(watch.page.url).path == urlsplit(topic_url).path
    watch.page.go_back(wait_until="load")
    assert watch.page.url == base_url + "index.html"
    assert watch.problems() == []


def test_a_shared_address_opens_the_filtered_view(open_page, busiest_topic):
    first = open_page(busiest_topic)
    everything = sorted(wait_for_chart(first))
    facets = _facets(first)
    lang = first.page.locator("select[data-facet='langs'] option").nth(1).get_attribute("value")
    expected = sorted(i for i, f in facets.items() if lang in f["langs"])
    assert 0 < len(expected) < len(everything)
    full = _range_days(first)

    shared = open_page(f"{busiest_topic}?langs={lang}&from=2024-04-01&to=2024-05-15")
    assert sorted(wait_for_chart(shared)) == expected == _visible_entries(shared)
    assert shared.page.locator("select[data-facet='langs']").input_value() == lang
    assert _range_days(shared) == ["2024-04-01", "2024-05-15"]
    assert shared.problems() == []

    # what the page does not offer is ignored, and nothing of it reaches the page
    odd = open_page(f"{busiest_topic}?langs=%3Cimg%20src%3Dx%3E&topics=nowhere"
                    "&from=2024-13-01&to=yesterday")
    assert sorted(wait_for_chart(odd)) == everything == _visible_entries(odd)
    assert _range_days(odd) == full
    assert odd.page.locator("select[data-facet='langs']").input_value() == ""
    assert odd.page.locator("#chart img, main img").count() == 0
    assert odd.problems() == []

    # a range of the right form but no real days is ignored too
    impossible = open_page(f"{busiest_topic}?from=2024-13-01&to=2024-14-01")
    assert sorted(wait_for_chart(impossible)) == everything
    assert _range_days(impossible) == full
    assert impossible.problems() == []


def test_the_view_in_the_address_works_from_file_urls(browser, site_dir):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch = PageWatch(context.new_page(), "file://")
    page_url = (site_dir / "index.html").as_uri()
    watch.page.goto(page_url + "?langs=de", wait_until="load")
    drawn = sorted(wait_for_chart(watch))
    facets = _facets(watch)
    assert drawn == sorted(i for i, f in facets.items() if "de" in f["langs"])
    assert drawn == _visible_entries(watch)
    watch.page.locator("select[data-facet='langs']").select_option("en")
    assert _query(watch) == {"langs": ["en"]}
    watch.page.reload(wait_until="load")
    assert sorted(wait_for_chart(watch)) == sorted(i for i, f in facets.items()
                                                    if "en" in f["langs"])
    assert watch.page.url.startswith(page_url)
    assert watch.problems() == []
    context.close()
