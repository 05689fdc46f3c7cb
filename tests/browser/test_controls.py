"""The page's controls in a real browser: each filter narrows the chart and the list together,
the zoom buttons and the keyboard move the chart, and Tab walks the page in reading order with a
visible focus ring."""

from __future__ import annotations

import json

from browserkit import EVENT_MARKS, TAG_EVENT_MARKS, wait_for_chart

FOCUSABLE = """() => [...document.querySelectorAll('a[href], button, select, [tabindex="0"]')]
  .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
  .map(el => el.id || el.className || el.textContent.trim().slice(0, 40))"""


def _visible_entries(watch) -> list[str]:
    return watch.page.evaluate(
        "[...document.querySelectorAll('ol.events > li')].filter(li => !li.hidden)"
        ".map(li => li.id.slice('event-'.length))")


def _drawn(watch) -> list[str]:
    watch.page.wait_for_timeout(100)  # Plotly.react redraws in the same task; let it settle
    return watch.page.evaluate(TAG_EVENT_MARKS)


def _facets(watch) -> dict[str, dict]:
    return {li["id"]: json.loads(li["facets"]) for li in watch.page.evaluate(
        "[...document.querySelectorAll('ol.events > li')]"
        ".map(li => ({id: li.id.slice(6), facets: li.dataset.facets}))")}


def test_each_filter_narrows_chart_and_list_together(open_page, artifacts):
    watch = open_page("index.html")
    everything = wait_for_chart(watch)
    facets = _facets(watch)
    facets_offered = watch.page.evaluate(
        "[...document.querySelectorAll('select[data-facet]')].map(s => s.dataset.facet)")
    assert set(facets_offered) == {"topics", "sources", "langs"}  # the sample is bilingual
    for facet in facets_offered:
        select = watch.page.locator(f"select[data-facet='{facet}']")
        value = select.locator("option").nth(2).get_attribute("value")
        select.select_option(value)
        expected = sorted(i for i, f in facets.items() if value in f[facet])
        assert 0 < len(expected) < len(everything), (facet, value)
        assert sorted(_visible_entries(watch)) == expected
        assert sorted(_drawn(watch)) == expected
        status = watch.page.locator(".filter-status").inner_text()
        assert status.startswith(f"{len(expected)} von {len(everything)}")
        if facet == "sources":
            watch.page.screenshot(path=str(artifacts / "index-filtered-1280.png"))
        select.select_option("")
    assert sorted(_drawn(watch)) == sorted(everything)
    # two filters at once, then the reset button
    watch.page.locator("select[data-facet='langs']").select_option("en")
    topic = watch.page.locator("select[data-facet='topics'] option").nth(1).get_attribute("value")
    watch.page.locator("select[data-facet='topics']").select_option(topic)
    both = sorted(i for i, f in facets.items() if "en" in f["langs"] and topic in f["topics"])
    assert sorted(_visible_entries(watch)) == both == sorted(_drawn(watch))
    watch.page.locator(".filters .filter-reset").click()
    watch.page.wait_for_function(
        "[...document.querySelectorAll('ol.events > li')].every(li => !li.hidden)")
    assert sorted(_drawn(watch)) == sorted(everything)
    assert watch.problems() == []


def _x_range_days(watch) -> float:
    return watch.page.evaluate("""() => {
      const r = document.getElementById('chart').layout.xaxis.range.map(
        v => Date.parse(String(v).replace(' ', 'T') + (String(v).length <= 10 ? 'T00:00:00Z' : 'Z')));
      return (r[1] - r[0]) / 86400000;
    }""")


def test_zoom_buttons_and_keyboard_move_the_chart(open_page, busiest_topic):
    watch = open_page(busiest_topic)
    wait_for_chart(watch)
    everything = _x_range_days(watch)
    buttons = watch.page.locator(".ranges button")
    labels = buttons.all_inner_texts()
    assert labels[-1] == "Alles" and "1 Monat" in labels
    watch.page.get_by_role("button", name="1 Monat").click()
    assert 28 <= _x_range_days(watch) <= 31
    assert watch.page.get_by_role("button", name="1 Monat").get_attribute("aria-pressed") == "true"
    # marks outside the month stay in the list; zoom never filters
    assert watch.page.locator("ol.events > li:not([hidden])").count() == len(wait_for_chart(watch))

    chart = watch.page.locator("#chart")
    chart.focus()
    before = watch.page.evaluate("document.getElementById('chart').layout.xaxis.range[0]")
    watch.page.keyboard.press("ArrowLeft")
    after = watch.page.evaluate("document.getElementById('chart').layout.xaxis.range[0]")
    assert after < before
    watch.page.keyboard.press("-")
    assert _x_range_days(watch) > 40
    watch.page.keyboard.press("0")
    assert abs(_x_range_days(watch) - everything) < 1
    assert buttons.last.get_attribute("aria-pressed") == "true"
    assert watch.problems() == []


def test_tab_walks_the_page_in_order_with_a_visible_ring(open_page, busiest_topic):
    watch = open_page(busiest_topic)
    wait_for_chart(watch)
    expected = watch.page.evaluate(FOCUSABLE)
    assert "chart" in expected  # the chart itself takes focus, for its keyboard controls
    stops = []
    for _ in range(min(len(expected), 30)):
        watch.page.keyboard.press("Tab")
        stops.append(watch.page.evaluate("""() => {
          const el = document.activeElement, style = getComputedStyle(el);
          return [el.id || el.className || el.textContent.trim().slice(0, 40),
                  style.outlineStyle, parseFloat(style.outlineWidth)];
        }"""))
    assert [s[0] for s in stops] == expected[: len(stops)]
    for name, style, width in stops:
        assert style == "solid" and width >= 2, (name, style, width)
    assert {"chart", "Alles"} <= {s[0] for s in stops}
    assert watch.problems() == []
