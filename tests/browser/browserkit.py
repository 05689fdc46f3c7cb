"""Helpers the browser tests share: a watched page, event ids in a page, the chart's marks."""

from __future__ import annotations

import re

# Records CSP violations from the first script on; Playwright injects it outside the page's CSP.
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
});
"""

# Plotly binds each drawn mark to its trace: name every event's mark by its id so tests can find
# it (legend keys and arrowheads are marks too, but not events). Returns the ids, drawing order.
TAG_EVENT_MARKS = """() => {
  const ids = [];
  document.querySelectorAll('#chart .cartesianlayer .point').forEach((mark) => {
    const group = mark.closest('.trace');
    const trace = group && group.__data__ && group.__data__[0] && group.__data__[0].trace;
    if (trace && trace.meta && trace.meta[0] === 'event' && mark.__data__) {
      const id = trace.customdata[mark.__data__.i][3];
      mark.setAttribute('data-event', id);
      ids.push(id);
    }
  });
  return ids;
}"""
EVENT_MARKS = "#chart .cartesianlayer [data-event]"


def event_ids(html: str) -> list[str]:
    return re.findall(r'<li id="event-([^"]+)"', html)


def wait_for_chart(watch) -> list[str]:
    """Wait until the script has drawn the chart; the ids of the events drawn."""
    watch.page.wait_for_selector("html.chart-drawn", state="attached", timeout=20_000)
    return watch.page.evaluate(TAG_EVENT_MARKS)


def mark_centre(watch, event_id: str) -> tuple[float, float]:
    mark = watch.page.locator(f'{EVENT_MARKS}[data-event="{event_id}"]')
    mark.scroll_into_view_if_needed()
    box = mark.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def hover(watch, event_id: str) -> str | None:
    """Move the mouse onto an event's mark; the hover label's text, or None if none shows."""
    x, y = mark_centre(watch, event_id)
    watch.page.mouse.move(1, 1)
    watch.page.mouse.move(x, y)
    label = watch.page.locator("#chart .hoverlayer .hovertext")
    try:
        label.first.wait_for(timeout=2_000)
    except Exception:  # noqa: BLE001 - Playwright's timeout: another mark lies on top
        return None
    hovered = watch.page.evaluate("(document.getElementById('chart')._hoverdata || [])"
                                  ".map(p => p.customdata && p.customdata[3])")
    return " ".join(label.first.text_content().split()) if event_id in hovered else None


class PageWatch:
    """A page plus everything that went wrong on it: console errors, exceptions, CSP, requests."""

    def __init__(self, page, base_url: str):
        self.page = page
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: r.url.startswith(base_url) or self.foreign.append(r.url))
        page.add_init_script(WATCH_CSP)

    def problems(self) -> list[str]:
        csp = self.page.evaluate("window.__cspViolations || []")
        return self.errors + [f"CSP: {v}" for v in csp] + [f"request: {u}" for u in self.foreign]
