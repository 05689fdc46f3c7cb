"""The site in a real browser: the chart draws every event, talks to the list, and the list
stands on its own without JavaScript. Screenshots land in test-artifacts/ for a human eye."""

from __future__ import annotations

import re

from browserkit import EVENT_MARKS, event_ids, hover, mark_centre, wait_for_chart


def _listed(watch) -> list[str]:
    return event_ids(watch.page.content())


def test_topic_chart_draws_one_mark_per_listed_event(open_page, busiest_topic, artifacts):
    watch = open_page(busiest_topic)
    drawn = wait_for_chart(watch)
    listed = _listed(watch)
    assert listed and sorted(drawn) == sorted(listed)
    assert watch.page.locator(EVENT_MARKS).count() == len(listed)
    buttons = watch.page.evaluate(
        "[...document.querySelectorAll('#chart .modebar-btn')].map(b => b.dataset.title)")
    assert buttons and not any("share" in b.lower() or "cloud" in b.lower() for b in buttons)
    assert watch.page.locator("#chart").get_attribute("aria-label")
    assert watch.page.locator("#chart-description").inner_text()
    # the legend explains the mark styles in the page's language
    legend = watch.page.locator("#chart .legend .legendtext").all_text_contents()
    assert "Tag" in legend and len(legend) <= 5
    assert watch.problems() == []
    watch.page.screenshot(path=str(artifacts / "topic-1280.png"))
    watch.page.screenshot(path=str(artifacts / "topic-1280-full.png"), full_page=True)


def test_hover_shows_the_date_label_sentence_and_source(open_page, busiest_topic):
    watch = open_page(busiest_topic)
    drawn = wait_for_chart(watch)
    for event_id in drawn:
        text = hover(watch, event_id)
        if text:
            break
    else:
        raise AssertionError("no chart mark shows a hover label")
    entry = watch.page.locator(f"#event-{event_id}")
    assert entry.locator("time").inner_text() in text
    sentence = " ".join(entry.locator(".event-text").inner_text().split())
    assert sentence[:30] in text
    assert entry.locator(".event-sources a").first.inner_text().split(":")[0] in text
    assert watch.problems() == []


def test_clicking_a_mark_targets_its_list_entry_and_on_to_the_article(open_page, busiest_topic):
    watch = open_page(busiest_topic)
    drawn = wait_for_chart(watch)
    event_id = next(i for i in reversed(drawn) if hover(watch, i))
    x, y = mark_centre(watch, event_id)
    watch.page.mouse.click(x, y)
    watch.page.wait_for_function("location.hash.startsWith('#event-')", timeout=5_000)
    assert watch.page.evaluate("location.hash") == f"#event-{event_id}"
    assert watch.page.evaluate("document.querySelector(':target').id") == f"event-{event_id}"
    assert watch.page.evaluate("document.activeElement.id") == f"event-{event_id}"
    entry = watch.page.locator(f"#event-{event_id}")
    assert entry.is_visible()
    entry.locator(".event-sources a[href*='#x-']").first.click()
    watch.page.wait_for_url(re.compile(r"/articles/.+/index\.html#x-\d+$"))
    assert watch.page.evaluate("document.querySelector(':target').className") == "timex"
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
    # the script's controls are absent for a reader without it
    assert not watch.page.locator(".chart-controls").is_visible()
    assert not watch.page.locator("#chart-keys").is_visible()
    watch.page.screenshot(path=str(artifacts / "topic-nojs-1280.png"))


def test_phone_width_has_no_sideways_scroll(open_page, busiest_topic, artifacts):
    for path, name in [(busiest_topic, "topic"), ("index.html", "index")]:
        watch = open_page(path, width=360)
        wait_for_chart(watch)
        assert watch.page.evaluate("document.documentElement.scrollWidth") <= 360
        assert watch.page.locator(".chart-controls select").first.is_visible()
        assert watch.problems() == []
        watch.page.screenshot(path=str(artifacts / f"{name}-360.png"))
        watch.page.screenshot(path=str(artifacts / f"{name}-360-full.png"), full_page=True)


def test_overview_and_article_pages(open_page, artifacts):
    watch = open_page("index.html")
    drawn = wait_for_chart(watch)
    assert sorted(drawn) == sorted(_listed(watch))
    assert watch.problems() == []
    watch.page.screenshot(path=str(artifacts / "index-1280.png"))

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
    wait_for_chart(watch)
    assert watch.problems() == []
    watch.page.screenshot(path=str(artifacts / "article-1280.png"))
    phone = open_page(watch.page.url.split("/", 3)[3], width=360)
    wait_for_chart(phone)
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= 360
    phone.page.screenshot(path=str(artifacts / "article-360.png"))


def test_dark_mode_follows_the_system(open_page, busiest_topic, artifacts):
    watch = open_page(busiest_topic, color_scheme="dark")
    wait_for_chart(watch)
    background = watch.page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(21, 23, 26)"
    # the chart's text follows the page's, so lane titles and axes stay readable
    colour = watch.page.evaluate(
        "document.querySelector('#chart .xtick text').style.fill || "
        "getComputedStyle(document.querySelector('#chart .xtick text')).fill")
    assert colour == "rgb(230, 232, 235)"
    assert watch.problems() == []
    watch.page.screenshot(path=str(artifacts / "topic-1280-dark.png"))
