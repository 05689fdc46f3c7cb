"""Keys and the overview strip move the chart without redrawing each step: while the gesture goes
on the drawn layer is moved to the new range, where the redraw at its end puts every mark too;
after it every event is drawn again and the address holds the range shown."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from browserkit import TAG_EVENT_MARKS, wait_for_chart

# Where each event's mark is on screen: [left, right] of its box, by event id.
MARK_EDGES = """() => {
  const out = {};
  document.querySelectorAll('#chart .cartesianlayer [data-event]').forEach((el) => {
    const box = el.getBoundingClientRect();
    if (box.width) out[el.getAttribute('data-event')] = [box.left, box.right];
  });
  return out;
}"""
# One key pressed on the chart, then in the next frame: whether it is still previewed, the
# marks' edges, and the range asked for and the one drawn, as days.
PRESS_AND_LOOK = """async (key) => {
  const gd = document.getElementById('chart');
  gd.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true}));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const days = (r) => r.map((v) => String(v).slice(0, 10));
  return {previewing: gd.classList.contains('previewing'), edges: (%s)(),
          asked: days(gd.layout.xaxis.range), drawn: days(gd._fullLayout.xaxis.range)};
}""" % MARK_EDGES
SETTLED = "#chart.js-plotly-plot:not(.previewing)"


def _settle(watch):
    watch.page.wait_for_selector(SETTLED, state="attached", timeout=5_000)
    watch.page.wait_for_timeout(50)


def _ranges(watch) -> dict[str, list[str]]:
    """The range asked for and the one Plotly has drawn, as days."""
    return watch.page.evaluate("""() => {
      const gd = document.getElementById('chart');
      const days = (r) => r.map((v) => String(v).slice(0, 10));
      return {asked: days(gd.layout.xaxis.range), drawn: days(gd._fullLayout.xaxis.range)};
    }""")


def _in_view(edges: dict, watch) -> dict:
    left, right = watch.page.evaluate("""() => {
      const box = document.querySelector('#chart .nsewdrag').getBoundingClientRect();
      return [box.left, box.right];
    }""")
    return {k: v for k, v in edges.items() if v[0] > left + 2 and v[1] < right - 2}


def test_a_key_step_moves_the_drawn_marks_where_the_redraw_puts_them(open_page, busiest_topic):
    watch = open_page(busiest_topic)
    everything = sorted(wait_for_chart(watch))
    watch.page.locator("#chart").focus()
    for key in ["+", "ArrowRight", "+", "ArrowLeft", "-"]:
        for _ in range(3):  # a slow machine may settle before the frame: look again
            seen = watch.page.evaluate(PRESS_AND_LOOK, key)
            if seen["previewing"]:
                break
            _settle(watch)
        assert seen["previewing"], "the key step was redrawn before it could be looked at"
        assert seen["asked"] != seen["drawn"]  # not yet redrawn
        _settle(watch)
        assert _ranges(watch)["drawn"] == seen["asked"]
        watch.page.evaluate(TAG_EVENT_MARKS)
        redrawn = _in_view(watch.page.evaluate(MARK_EDGES), watch)
        previewed = _in_view(seen["edges"], watch)
        assert redrawn, key
        common = sorted(set(redrawn) & set(previewed))
        assert len(common) >= 0.9 * len(redrawn), key
        for event_id in common:  # the same place within a pixel and a half, both ends
            assert abs(previewed[event_id][0] - redrawn[event_id][0]) < 1.5, (key, event_id)
            assert abs(previewed[event_id][1] - redrawn[event_id][1]) < 1.5, (key, event_id)
    # zoomed in, every event is still drawn (marks outside the range wait beside it)
    assert sorted(watch.page.evaluate(TAG_EVENT_MARKS)) == everything
    days = _ranges(watch)["asked"]
    query = parse_qs(urlsplit(watch.page.url).query)
    assert [query["from"][0], query["to"][0]] == days
    assert watch.problems() == []


def test_dragging_the_overview_window_ends_with_its_range_drawn_and_in_the_address(
        open_page, busiest_topic):
    watch = open_page(busiest_topic)
    everything = sorted(wait_for_chart(watch))
    watch.page.get_by_role("button", name="6 Monate").click()
    _settle(watch)
    before = _ranges(watch)["drawn"]
    window = watch.page.locator(".overview-window")
    box = window.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    watch.page.mouse.move(x, y)
    watch.page.mouse.down()
    for step in range(1, 11):
        watch.page.mouse.move(x - 15 * step, y)
    moving = _ranges(watch)
    assert moving["asked"][0] < before[0]  # the chart follows the window during the drag
    watch.page.mouse.up()
    _settle(watch)
    after = _ranges(watch)
    assert after["drawn"] == after["asked"] and after["drawn"][0] < before[0]
    query = parse_qs(urlsplit(watch.page.url).query)
    assert [query["from"][0], query["to"][0]] == after["drawn"]
    # the window sits over the range drawn
    strip = watch.page.locator(".overview").bounding_box()
    moved = window.bounding_box()
    assert abs(moved["x"] - (box["x"] - 150)) < 3 and strip["x"] <= moved["x"]
    assert sorted(watch.page.evaluate(TAG_EVENT_MARKS)) == everything
    assert watch.problems() == []


# Every mark's style as drawn, then as Plotly's own style pass over the whole chart makes it.
STYLES_THEN_RESTYLED = """() => {
  const gd = document.getElementById('chart');
  const marks = () => [...gd.querySelectorAll(
    '.cartesianlayer path.point, .cartesianlayer .point path')]
    .map((el) => el.getAttribute('style'));
  const drawn = marks();
  const modules = [...new Set(gd._fullData.map((t) => t._module))];
  modules.forEach((m) => (m.style.unwrapped || m.style)(gd));
  return [drawn, marks(), modules.filter((m) => m.style.unwrapped).length];
}"""


def test_a_redraw_that_only_moves_the_range_leaves_every_mark_styled(open_page, busiest_topic):
    watch = open_page(busiest_topic)
    wait_for_chart(watch)
    watch.page.get_by_role("button", name="1 Monat").click()
    watch.page.locator("#chart").focus()
    for key in ["-", "-", "ArrowLeft", "-"]:
        watch.page.keyboard.press(key)
    _settle(watch)
    watch.page.get_by_role("button", name="Alles").click()
    drawn, restyled, skipping = watch.page.evaluate(STYLES_THEN_RESTYLED)
    assert skipping == 2  # the scatter and the bar pass, each skipped when nothing changed
    assert len(drawn) > 20 and None not in drawn
    assert drawn == restyled
    assert watch.problems() == []


def test_the_overview_window_is_a_scrollbar_the_keyboard_moves(open_page, busiest_topic):
    watch = open_page(busiest_topic)
    wait_for_chart(watch)
    watch.page.get_by_role("button", name="6 Monate").click()
    _settle(watch)
    window = watch.page.get_by_role("scrollbar")
    assert window.get_attribute("aria-controls") == "chart"
    assert window.get_attribute("aria-label") == watch.page.locator("#chart").get_attribute(
        "aria-label")
    before = _ranges(watch)["drawn"]
    assert window.get_attribute("aria-valuetext") == f"{before[0]} \u2013 {before[1]}"
    start = window.bounding_box()["x"]
    window.focus()
    for key in ["ArrowLeft", "ArrowLeft", "+"]:  # the chart's own keys
        watch.page.keyboard.press(key)
    _settle(watch)
    after = _ranges(watch)
    assert after["drawn"] == after["asked"] and after["drawn"][0] < before[0]
    shown = after["drawn"]
    assert window.get_attribute("aria-valuetext") == f"{shown[0]} \u2013 {shown[1]}"
    assert window.bounding_box()["x"] < start
    query = parse_qs(urlsplit(watch.page.url).query)
    assert [query["from"][0], query["to"][0]] == after["drawn"]
    assert watch.page.evaluate("document.activeElement.className") == "overview-window"
    assert watch.problems() == []


def test_a_new_window_size_during_a_key_step_leaves_the_plot_in_place(open_page, busiest_topic):
    watch = open_page(busiest_topic)
    wait_for_chart(watch)
    watch.page.locator("#chart").focus()
    watch.page.keyboard.press("+")
    watch.page.set_viewport_size({"width": 1000, "height": 900})
    watch.page.wait_for_timeout(400)  # Plotly redraws for the new size after 100 ms
    _settle(watch)
    layer = watch.page.evaluate("""() => {
      const sp = document.getElementById('chart')._fullLayout._plots.xy;
      return [sp.plot.attr('transform'), sp.clipRect.attr('transform'),
              `translate(${sp.xaxis._offset},${sp.yaxis._offset})`, sp.xaxis._length];
    }""")
    assert layer[0] == layer[2] and not layer[1]  # no shift or stretch left behind
    assert layer[3] < 1000
    shown = _ranges(watch)
    assert shown["drawn"] == shown["asked"]
    assert watch.problems() == []
