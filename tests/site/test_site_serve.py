"""`newsline serve` end to end: serves the build, rebuilds on change, keeps the last good site."""

import urllib.error
import urllib.request

from sitekit import ARTICLE_EN, make_project, serving, wait_for


def fetch(port: int, path: str) -> bytes | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=5) as response:
            return response.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def test_serve_rebuilds_on_change_and_keeps_the_last_good_site(tmp_path):
    project = make_project(tmp_path / "project")
    with serving(project, tmp_path / "serve.log") as (_, port):
        index = wait_for(lambda: fetch(port, "index.html"))
        assert b"Testlinie" in index
        assert fetch(port, "articles/busnetz/index.html")

        new = project / "content" / "articles" / "tram.md"
        new.write_text(ARTICLE_EN.replace("bus network", "tram line"), encoding="utf-8")
        wait_for(lambda: fetch(port, "articles/tram/index.html"))
        good_events = fetch(port, "events.json")

        new.write_text(ARTICLE_EN.replace("lang: en", "lang: xx"), encoding="utf-8")
        wait_for(lambda: "content/articles/tram.md:4: unknown language 'xx'"
                 in (tmp_path / "serve.log").read_text())
        assert fetch(port, "articles/tram/index.html")  # the last good site is still served
        assert fetch(port, "events.json") == good_events
    assert "Traceback" not in (tmp_path / "serve.log").read_text()
