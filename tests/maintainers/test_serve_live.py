"""`newsline serve` in a subprocess: live-reload script and events, rebuilds, the error banner."""

import html
import json
import threading
import urllib.error
import urllib.request

from maintkit import ARTICLE, project, serving, wait_for

from newsline.livereload import BANNER_ID, SCRIPT_PATH


def get(port: int, path: str) -> tuple[int, bytes] | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def status(port: int) -> dict:
    return json.loads(get(port, "/__newsline/status")[1])


class EventStream:
    """Reads /__newsline/reload in a thread, keeping every build event it saw."""

    def __init__(self, port: int):
        self.events: list[dict] = []
        self.response = urllib.request.urlopen(f"http://127.0.0.1:{port}/__newsline/reload",
                                               timeout=120)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            for raw in self.response:
                line = raw.decode().strip()
                if line.startswith("data: "):
                    self.events.append(json.loads(line[len("data: "):]))
        except (OSError, ValueError):
            pass


def test_serve_live_reload_and_error_banner(tmp_path):
    root = project(tmp_path / "p", count=3, size=400)
    with serving(root, tmp_path / "serve.log") as (server, port):
        wait_for(lambda: get(port, "/index.html") and get(port, "/index.html")[0] == 200,
                 what="the first build")
        code, page = get(port, "/index.html")
        on_disk = (root / "build" / "index.html").read_bytes()
        assert f'<script src="{SCRIPT_PATH}"></script>'.encode() in page
        assert SCRIPT_PATH.encode() not in on_disk  # injected on the way out, never written
        assert page.replace(f'<script src="{SCRIPT_PATH}"></script>'.encode(), b"") == on_disk
        script = get(port, SCRIPT_PATH)
        assert script[0] == 200 and b"EventSource" in script[1]
        css = (root / "build" / "assets" / "newsline.css").read_bytes()
        assert get(port, "/assets/newsline.css")[1] == css
        for path, size in (("/assets/newsline.css", len(css)), ("/index.html", len(page))):
            head = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method="HEAD")
            with urllib.request.urlopen(head, timeout=10) as response:
                assert response.read() == b""
                assert int(response.headers["Content-Length"]) == size

        stream = EventStream(port)
        wait_for(lambda: stream.events, what="the current build's event")
        first = stream.events[0]
        assert first["ok"] is True

        new = root / "content" / "articles" / "kanalbruecke.md"
        new.write_text(ARTICLE, encoding="utf-8")
        wait_for(lambda: (get(port, "/articles/kanalbruecke/index.html") or (0,))[0] == 200,
                 what="the rebuilt site")
        wait_for(lambda: any(e["generation"] > first["generation"] and e["ok"]
                             for e in stream.events), what="a reload event")
        good_index = get(port, "/index.html")[1]

        new.write_text(ARTICLE.replace("lang: de", "lang: xx"), encoding="utf-8")
        wait_for(lambda: not status(port)["ok"], what="the failed build")
        problem = "content/articles/kanalbruecke.md:4: unknown language 'xx'"
        assert any(p.startswith(problem) for p in status(port)["problems"])
        wait_for(lambda: any(not e["ok"] for e in stream.events), what="a failure event")
        code, error = get(port, "/__newsline/error")
        shown = html.escape(problem).encode()
        assert code == 500 and shown in error
        code, index = get(port, "/index.html")  # the last good site, with the problems on top
        assert code == 200 and BANNER_ID.encode() in index and shown in index
        assert get(port, "/articles/kanalbruecke/index.html")[0] == 200
        assert index.replace(index[index.index(b'<div id="' + BANNER_ID.encode()):
                                   index.index(b"</div>", index.index(BANNER_ID.encode())) + 6],
                             b"") == good_index

        new.write_text(ARTICLE, encoding="utf-8")
        wait_for(lambda: status(port)["ok"], what="the repaired build")
        assert BANNER_ID.encode() not in get(port, "/index.html")[1]
    text = (tmp_path / "serve.log").read_text()
    assert "Traceback" not in text
    assert "unknown language 'xx'" in text  # the terminal shows it too
    assert server.returncode == 0
