"""The site in a real browser: the chart draws every event, talks to the list, and the list
stands on its own without JavaScript. Screenshots land in test-artifacts/ for a human eye."""

from __future__ import annotations

import re

from browserkit import event_ids

POINTS = "#chart .cartesianlayer .point"  # the main plot, not the range slider's copy


def _wait_for_chart(watch):
    watch.page.wait_for_selector("#chart .main-svg", timeout=20_000)
    watch.page.wait_for_selector(POINTS, state="attached", timeout=20_000)


def _event_count(watch) -> int:
    return watch.page.locator("ol.events > li").count()


def test_topic_chart_draws_one_mark_per_listed_event(open_page, busiest_topic, artifacts):
    watch = open_page(busiest_topic)
    _wait_for_chart(watch)
    listed = _event_count(watch)
    assert listed > 0
    assert watch.page.locator(POINTS).count() == listed
    plotted = watch.page.evaluate(
        "document.getElementById('chart').data.reduce((n, t) => n + t.customdata.length, 0)")
    assert plotted == listed
    plotted_ids = watch.page.evaluate(
        "document.getElementById('chart').data.flatMap(t => t.customdata.map(c => c[3]))")
    assert sorted(plotted_ids) == sorted(event_ids(watch.page.content()))
    buttons = watch.page.evaluate(
        "[...document.querySelectorAll('#chart .modebar-btn')].map(b => b.dataset.title)")
    assert buttons and not any("share" in b.lower() or "cloud" in b.lower() for b in buttons)
    assert watch.page.locator("#chart").get_attribute("aria-label")
    assert watch.page.locator("#chart-description").inner_text()
    assert watch.problems() == []
    watch.page.screenshot(path=str(artifacts / "topic-1280.png"), full_page=True)


def _point_centre(watch, index: int):
    box = watch.page.locator(POINTS).nth(index).bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def _hovered(watch):
    watch.page.wait_for_selector("#chart .hoverlayer .hovertext", timeout=5_000)
    data = watch.page.evaluate("document.getElementById('chart')._hoverdata[0].customdata")
    return data, watch.page.locator("#chart .hoverlayer .hovertext").first.text_content()


def test_hover_shows_the_date_label_sentence_and_source(open_page, busiest_topic):
    watch = open_page(busiest_topic)
    _wait_for_chart(watch)
    for index in range(watch.page.locator(POINTS).count()):
        x, y = _point_centre(watch, index)
        watch.page.mouse.move(x, y)
        try:
            data, text = _hovered(watch)
            break
        except Exception:  # noqa: BLE001 - a mark hidden under another one; try the next
            continue
    else:
        raise AssertionError("no chart mark shows a hover label")
    label, sentence, source, event_id = data
    entry = watch.page.locator(f"#event-{event_id}")
    list_label = entry.locator("time").inner_text()
    flat = " ".join(text.split())
    assert list_label in flat
    assert " ".join(re.sub("<br>", " ", sentence).split())[:30].replace("&amp;", "&") in flat
    assert source.split(",")[0].replace("&amp;", "&") in flat
    assert watch.problems() == []


def test_clicking_a_point_targets_its_list_entry(open_page, busiest_topic):
    watch = open_page(busiest_topic)
    _wait_for_chart(watch)
    x, y = _point_centre(watch, watch.page.locator(POINTS).count() - 1)
    watch.page.mouse.move(x, y)
    data, _ = _hovered(watch)
    watch.page.mouse.click(x, y)
    watch.page.wait_for_function("location.hash.startsWith('#event-')", timeout=5_000)
    assert watch.page.evaluate("location.hash") == f"#event-{data[3]}"
    assert watch.page.evaluate("document.querySelector(':target').id") == f"event-{data[3]}"
    assert watch.page.evaluate("document.activeElement.id") == f"event-{data[3]}"
    assert watch.page.locator(f"#event-{data[3]}").is_visible()
    assert watch.problems() == []


def test_list_works_without_javascript(open_page, busiest_topic, artifacts, site_dir):
    watch = open_page(busiest_topic, javascript=False)
    expected = event_ids((site_dir / busiest_topic).read_text("utf-8"))
    items = watch.page.locator("ol.events > li")
    assert items.count() == len(expected) > 0
    for i in range(items.count()):
        item = items.nth(i)
        assert item.is_visible()
        assert item.locator("time").get_attribute("datetime")
        assert item.locator("time").inner_text()
        assert item.locator(".event-sources a").count() >= 1
    assert not watch.page.locator("#chart").is_visible()  # no empty box where the chart would be
    watch.page.screenshot(path=str(artifacts / "topic-nojs-1280.png"), full_page=True)


def test_phone_width_has_no_sideways_scroll(open_page, busiest_topic, artifacts):
    for path, name in [(busiest_topic, "topic"), ("index.html", "index")]:
        watch = open_page(path, width=360)
        _wait_for_chart(watch)
        assert watch.page.evaluate("document.documentElement.scrollWidth") <= 360
        assert watch.problems() == []
        watch.page.screenshot(path=str(artifacts / f"{name}-360.png"), full_page=True)


def test_overview_and_article_pages(open_page, site_dir, artifacts):
    watch = open_page("index.html")
    _wait_for_chart(watch)
    assert watch.page.locator(POINTS).count() == _event_count(watch)
    assert watch.problems() == []
    watch.page.screenshot(path=str(artifacts / "index-1280.png"), full_page=True)

    source_link = watch.page.locator("ol.events .event-sources a[href*='#x-']").first
    href = source_link.get_attribute("href")
    source_link.click()
    watch.page.wait_for_url(re.compile(r"/articles/.+/index\.html#x-\d+$"))
    target = watch.page.evaluate(
        "[document.querySelector(':target').tagName, document.querySelector(':target').className]")
    assert target == ["MARK", "timex"], href
    mark = watch.page.locator(":target")
    assert mark.get_attribute("data-value")
    assert mark.get_attribute("title")
    watch.page.wait_for_timeout(300)  # let the chart under the article finish drawing
    assert watch.problems() == []
    watch.page.screenshot(path=str(artifacts / "article-1280.png"), full_page=True)
    phone = open_page(watch.page.url.split("/", 3)[3], width=360)
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= 360
    phone.page.screenshot(path=str(artifacts / "article-360.png"), full_page=True)


def test_keyboard_focus_is_visible(open_page, busiest_topic):
    watch = open_page(busiest_topic)
    watch.page.keyboard.press("Tab")
    outline = watch.page.evaluate(
        "getComputedStyle(document.activeElement).outlineStyle + ' ' + "
        "getComputedStyle(document.activeElement).outlineWidth")
    assert outline.startswith("solid") and not outline.endswith(" 0px")
