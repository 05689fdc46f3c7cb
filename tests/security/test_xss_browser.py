"""Every page of the hostile site in headless Chromium: no payload runs, none becomes markup.

On each page (overview, every topic, every article) the test records dialogs, page errors, CSP
violations and requests leaving 127.0.0.1, hovers every chart mark so Plotly renders the hover
labels, and then looks for anything a payload could have left: elements our templates never
make, event-handler attributes, dangerous URLs, or the global every payload would set.
"""

from __future__ import annotations

import pytest

import newsline_browser_conftest as browser_helpers  # registered by tests/security/conftest.py
from hostile import ARTICLES, make_hostile_project, page_tags, payload


pytestmark = pytest.mark.browser

POINTS = "#chart .cartesianlayer .point"

# Runs in the page with the element names the templates and the Markdown allow-list can make:
# what in the DOM could only have come from a payload. Plotly's own SVG (inside #chart and its
# off-screen text tester) is held to a short deny-list instead.
DOM_AUDIT = """(allowed) => {
  const found = [];
  const urlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc",
                         "background", "poster"];
  const plotly = (el) => el.closest("#chart, .js-plotly-tester, #js-plotly-tester");
  for (const el of document.querySelectorAll("*")) {
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${el.localName}[${name}]`);
      if (urlAttributes.includes(name) && /^\\s*(javascript|vbscript|data):/i.test(attribute.value))
        found.push(`${el.localName}[${name}=${attribute.value}]`);
    }
    if (!plotly(el) && !allowed.includes(el.localName) &&
        !(el.localName === "style" && el.parentElement === document.head))
      found.push(`element ${el.localName}`);
  }
  const denied = "script, iframe, object, embed, img, image, foreignObject, animate, set, " +
    "use, base, meta, link, form, input";
  for (const el of document.querySelectorAll("#chart, .js-plotly-tester")) {
    for (const bad of el.querySelectorAll(denied)) found.push(`in the chart: ${bad.localName}`);
  }
  for (const el of document.querySelectorAll("script")) {
    if (el.src ? !/\\/assets\\/(plotly\\.min|newsline(-(filters|gestures|overview))?)\\.js$/
                 .test(el.src)
               : el.type !== "application/json") found.push(`script ${el.src || el.type}`);
  }
  for (const el of document.querySelectorAll("meta[http-equiv]")) {
    if (el.httpEquiv.toLowerCase() !== "content-security-policy") found.push("meta refresh");
  }
  if (typeof window.__pwned !== "undefined") found.push(`window.__pwned = ${window.__pwned}`);
  return found;
}"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    from newsline.build import build

    project = make_hostile_project(tmp_path_factory.mktemp("hostile") / "project")
    result = build(project)
    return result.out, sorted(page_tags(project / "theme"))


@pytest.fixture(scope="module")
def hostile_url(hostile_site):
    with browser_helpers.serve_folder(hostile_site[0]) as url:
        yield url


def _pages(site) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))


def _hover_every_mark(page) -> int:
    page.wait_for_selector(POINTS, state="attached", timeout=20_000)
    # the page script adds the range slider after the first draw; marks settle after it
    page.wait_for_selector("html.chart-drawn", state="attached", timeout=20_000)
    marks = page.locator(POINTS)
    hovered = 0
    for index in range(marks.count()):
        if marks.nth(index).bounding_box() is not None:
            marks.nth(index).scroll_into_view_if_needed()
        box = marks.nth(index).bounding_box()
        if box is None:
            continue
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        hovered += 1
    return hovered


def test_no_payload_runs_or_becomes_markup_on_any_page(browser, hostile_site, hostile_url):
    site, tags = hostile_site
    pages = _pages(site)
    assert len(pages) == 1 + 2 * ARTICLES  # overview, one topic and one article each
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    findings: dict[str, list[str]] = {}
    dialogs: list[str] = []
    hovered = 0
    try:
        for path in pages:
            page = context.new_page()
            page.on("dialog", lambda d, path=path: (dialogs.append(f"{path}: {d.message}"),
                                                     d.dismiss()))
            watch = browser_helpers.PageWatch(page, hostile_url)
            page.goto(hostile_url + path, wait_until="load")
            if page.locator("#chart-data").count():
                hovered += _hover_every_mark(page)
            page.wait_for_timeout(50)  # let anything scheduled by a payload fire
            problems = watch.problems() + page.evaluate(DOM_AUDIT, tags)
            if problems:
                findings[path] = problems
            page.close()
    finally:
        context.close()
    assert dialogs == []
    assert findings == {}
    assert hovered >= 2 * ARTICLES


def test_legend_and_hover_show_payloads_as_literal_text(browser, hostile_site, hostile_url):
    """Escaped, not dropped: a reader still sees what the author wrote."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(hostile_url + "t00/index.html", wait_until="load")
        # lanes are titled in the chart ("■ <title>"); the legend names the mark styles
        page.wait_for_selector("#chart .annotation-text", timeout=20_000)
        legend = page.locator("#chart .annotation-text").first.text_content().removeprefix("■ ")


        assert legend.startswith(payload("topic", 0))
        _hover_every_mark(page)
        page.wait_for_selector("#chart .hoverlayer .hovertext", timeout=5_000)
        label = page.locator("#chart .hoverlayer .hovertext").first.text_content()
        assert "window.__pwned" in label or "<" in label
        assert page.evaluate("typeof window.__pwned") == "undefined"
    finally:
        context.close()
