"""`newsline serve` end to end: serves the build, rebuilds on change, keeps the last good site."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from sitekit import ARTICLE_EN, REPO, make_project


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(port: int, path: str) -> bytes | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=5) as response:
            return response.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError("timed out waiting")


def test_serve_rebuilds_on_change_and_keeps_the_last_good_site(tmp_path):
    project = make_project(tmp_path / "project")
    port = free_port()
    log = (tmp_path / "serve.log").open("w+")
    env = dict(os.environ, PYTHONPATH=str(REPO), NO_COLOR="1")
    server = subprocess.Popen(
        [sys.executable, "-m", "newsline", "serve", "--root", str(project), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
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
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
    assert "Traceback" not in (tmp_path / "serve.log").read_text()
