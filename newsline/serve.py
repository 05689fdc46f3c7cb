"""`newsline serve`: build, serve build/ locally, rebuild on change, reload the open pages.

The server reads files from build/ on every request, and the build swaps build/ in whole, so a
reader always gets one consistent site. Live reload lives only in the server (newsline.livereload):
HTML responses get a script tag on their way out, /__newsline/reload streams one Server-Sent
Event per finished build, and the files on disk stay what `newsline build` writes. An edit that
breaks the content prints its problems in the terminal, puts them on the open pages and on
/__newsline/error, and the last good site stays served.
"""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from newsline import livereload
from newsline.build import build
from newsline.executors import WorkerLost
from newsline.problems import ContentError, console, report

HEARTBEAT_SECONDS = 15.0


class BuildStatus:
    """The outcome of the latest build, and a condition the reload streams wait on."""

    def __init__(self) -> None:
        self.generation = 0
        self.ok = True
        self.problems: list[str] = []
        self.changed = threading.Condition()
        self.closing = False

    def publish(self, ok: bool, problems: list[str]) -> None:
        with self.changed:
            self.generation += 1
            self.ok, self.problems = ok, problems
            self.changed.notify_all()

    def close(self) -> None:
        with self.changed:
            self.closing = True
            self.changed.notify_all()

    def snapshot(self) -> tuple[int, bool, list[str]]:
        with self.changed:
            return self.generation, self.ok, list(self.problems)


class DevHandler(SimpleHTTPRequestHandler):
    status: BuildStatus  # set by make_handler

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass  # one line per request would bury the build messages

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self):  # noqa: N802 - http.server's naming
        path = urlsplit(self.path).path
        if path.startswith(livereload.PREFIX):
            return self._dev_endpoint(path)
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            target = target / "index.html"
        _, ok, problems = self.status.snapshot()
        if target.suffix == ".html" and target.is_file():
            try:
                page = target.read_bytes()
            except OSError:
                return self._plain()
            return self._send(200, "text/html; charset=utf-8",
                              livereload.inject(page, None if ok else problems))
        if not ok and not target.exists() and path.endswith((".html", "/")):
            return self._send(500, "text/html; charset=utf-8",
                              livereload.error_page(problems, has_site=False))
        return self._plain()

    def _plain(self):
        """A file as http.server sends it (no body for HEAD)."""
        return super().do_HEAD() if self.command == "HEAD" else super().do_GET()

    def _dev_endpoint(self, path: str):
        generation, ok, problems = self.status.snapshot()
        if path == livereload.SCRIPT_PATH:
            return self._send(200, "text/javascript; charset=utf-8",
                              livereload.RELOAD_SCRIPT.encode())
        if path == livereload.STATUS_PATH:
            return self._send(200, "application/json",
                              livereload.status_json(generation, ok, problems).encode())
        if path == livereload.ERROR_PATH:
            has_site = Path(self.directory, "index.html").is_file()
            return self._send(200 if ok else 500, "text/html; charset=utf-8",
                              livereload.error_page(problems, has_site))
        if path == livereload.EVENTS_PATH:
            return self._stream()
        return self._send(404, "text/plain; charset=utf-8", b"not found\n")

    def _send(self, code: int, content_type: str, body: bytes):
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _stream(self):
        """Server-Sent Events: the current build at once, then one event per finished build."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        status = self.status
        sent = None
        try:
            while True:
                with status.changed:
                    if sent is not None and status.generation == sent and not status.closing:
                        status.changed.wait(HEARTBEAT_SECONDS)
                    if status.closing:
                        return
                    generation, ok, problems = status.generation, status.ok, list(status.problems)
                if generation != sent:
                    data = livereload.status_json(generation, ok, problems)
                    self.wfile.write(f"event: build\ndata: {data}\n\n".encode())
                    sent = generation
                else:
                    self.wfile.write(b": still here\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return

    do_HEAD = do_GET


def make_handler(out: Path, status: BuildStatus):
    handler = type("BoundDevHandler", (DevHandler,), {"status": status})
    return partial(handler, directory=str(out))


def rebuild(root: Path, out: Path, drafts: bool, printer, status: BuildStatus | None = None,
            executor="auto") -> bool:
    """One build; prints problems instead of raising. True when build/ was replaced."""
    try:
        result = build(root, out=out, drafts=drafts, executor=executor)
    except ContentError as exc:
        report(exc.problems, printer)
        printer.print("build failed; still serving the last good site", style="red", markup=False)
        if status is not None:
            status.publish(False, [p.format() for p in exc.problems.sorted()])
        return False
    except OSError as exc:
        printer.print(f"cannot write the site: {exc}", style="red", markup=False)
        if status is not None:
            status.publish(False, [f"cannot write the site: {exc}"])
        return False
    except WorkerLost as exc:  # the executor drops its broken pool: the next rebuild gets a new one
        printer.print(f"{exc}; still serving the last good site", style="red", markup=False)
        if status is not None:
            status.publish(False, [str(exc)])
        return False
    report(result.problems, printer)
    what = "nothing changed" if result.unchanged else f"rendered {len(result.rendered)} pages"
    printer.print(f"built {result.articles} articles, {result.events} events ({what})",
                  markup=False)
    if status is not None:
        status.publish(True, [])
    return True


def start_server(out: Path, host: str, port: int,
                 status: BuildStatus | None = None) -> ThreadingHTTPServer:
    out.mkdir(parents=True, exist_ok=True)
    server = ThreadingHTTPServer((host, port), make_handler(out, status or BuildStatus()))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="newsline-http", daemon=True).start()
    return server


def watched_paths(root: Path) -> list[Path]:
    return [p for p in (root / "content", root / "theme") if p.is_dir()]


def cmd_serve(args) -> int:
    from watchfiles import watch

    from newsline.executors import make_executor

    printer = console()
    root = Path(args.root).absolute()
    out = root / "build"
    status = BuildStatus()
    executor = make_executor("auto")  # one pool for the session, started on first big batch
    try:
        server = start_server(out, args.host, args.port, status)
    except OSError as exc:
        printer.print(f"cannot listen on {args.host}:{args.port}: {exc}", style="red", markup=False)
        return 1
    try:
        rebuild(root, out, args.drafts, printer, status, executor)
        host, port = server.server_address[:2]
        printer.print(f"serving http://{host}:{port}/index.html (Ctrl-C stops)", markup=False)
        for changes in watch(*watched_paths(root), debounce=300):
            names = sorted({Path(path).name for _, path in changes})
            printer.print(f"changed: {', '.join(names)}; rebuilding", style="dim", markup=False)
            rebuild(root, out, args.drafts, printer, status, executor)
    except KeyboardInterrupt:
        pass
    finally:
        status.close()
        server.shutdown()
        executor.close()
    return 0
