"""The built site served on 127.0.0.1 and Debian's headless Chromium driven by Playwright.

The site is built once per session with the real pipeline from the repository's content/;
Playwright never downloads a browser: it launches /usr/bin/chromium.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from browserkit import PageWatch, event_ids  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """A fresh build of content/, or the already built site NEWSLINE_TEST_SITE names."""
    from newsline.build import build

    prebuilt = os.environ.get("NEWSLINE_TEST_SITE")
    if prebuilt:
        return Path(prebuilt).resolve()
    out = tmp_path_factory.mktemp("site")
    build(REPO, out=out)
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


@contextlib.contextmanager
def serve_folder(directory: Path):
    """Serve a folder on 127.0.0.1 (a free port) for as long as the block runs; yields its URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def base_url(site_dir):
    with serve_folder(site_dir) as url:
        yield url


@contextlib.contextmanager
def page_opener(browser, base_url: str):
    """open_(path, width, javascript, color_scheme): a page of the site served at base_url, each
    in a browser context of its own, all closed when the block ends."""
    contexts = []

    def open_(path: str, width: int = 1280, javascript: bool = True,
              color_scheme: str = "light") -> PageWatch:
        context = browser.new_context(viewport={"width": width, "height": 900},
                                      java_script_enabled=javascript, color_scheme=color_scheme)
        contexts.append(context)
        watch = PageWatch(context.new_page(), base_url)
        watch.page.goto(base_url + path, wait_until="load")
        return watch

    try:
        yield open_
    finally:
        for context in contexts:
            context.close()


@pytest.fixture
def open_page(browser, base_url):
    with page_opener(browser, base_url) as open_:
        yield open_


@pytest.fixture(scope="session")
def busiest_topic(site_dir) -> str:
    """The topic page with the most events: the one worth looking at."""
    pages = [p for p in site_dir.glob("*/index.html") if p.parent.name not in ("assets", "articles")]
    assert pages, "the build wrote no topic page"
    best = max(pages, key=lambda p: (len(event_ids(p.read_text("utf-8"))), p.parent.name))
    return f"{best.parent.name}/index.html"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
