"""In Chromium: a counted chart turns into single events when zoomed in, and back when out."""

import functools
import http.server
import threading

import pytest
from test_aggregate import SITE, events

from newsline.render.assets import site_assets
from newsline.render.pages import DEFAULT_THEME, make_env, render_topic, theme_dirs



class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002
        pass


@pytest.fixture
def served(tmp_path):
    many = events(4000)
    page = render_topic(make_env(SITE), SITE, SITE.topics[0], many, [])
    (tmp_path / "bau").mkdir()
    (tmp_path / "bau" / "index.html").write_text(page, encoding="utf-8")
    for name, data in site_assets(theme_dirs(SITE), [DEFAULT_THEME.parent]).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/bau/index.html"
    server.shutdown()


def test_zooming_in_expands_the_counts(served, browser):
    context = browser.new_context()
    try:
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(served)
        page.wait_for_function("document.documentElement.classList.contains('chart-drawn')",
                               timeout=60000)
        kind = "document.getElementById('chart').data[0].meta[0]"
        assert page.evaluate(kind) == "aggregate"
        page.evaluate("Plotly.relayout(document.getElementById('chart'),"
                      " {'xaxis.range': ['2016-01-01', '2016-03-01']})")
        page.wait_for_function(f"{kind} === 'event'", timeout=30000)
        shown = page.evaluate("document.getElementById('chart').data[0].x.length")
        assert 0 < shown <= 1500
        page.evaluate("Plotly.relayout(document.getElementById('chart'),"
                      " {'xaxis.range': ['2014-06-01', '2023-06-01']})")
        page.wait_for_function(f"{kind} === 'aggregate'", timeout=30000)
        assert errors == []
    finally:
        context.close()
