"""`newsline serve`: build, serve build/ locally, and rebuild whenever content or theme change.

The server reads files from build/ on every request, and the build swaps build/ in whole, so a
reader always gets one consistent site; an edit that breaks the content prints its problems
and the last good site stays served.
"""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from newsline.build import build
from newsline.problems import ContentError, console, report


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass  # one line per request would bury the build messages


def rebuild(root: Path, out: Path, drafts: bool, printer) -> bool:
    """One build; prints problems instead of raising. True when build/ was replaced."""
    try:
        result = build(root, out=out, drafts=drafts)
    except ContentError as exc:
        report(exc.problems, printer)
        printer.print("build failed; still serving the last good site", style="red", markup=False)
        return False
    except OSError as exc:
        printer.print(f"cannot write the site: {exc}", style="red", markup=False)
        return False
    report(result.problems, printer)
    printer.print(f"built {result.articles} articles, {result.events} events", markup=False)
    return True


def start_server(out: Path, host: str, port: int) -> ThreadingHTTPServer:
    out.mkdir(parents=True, exist_ok=True)
    server = ThreadingHTTPServer((host, port), partial(_QuietHandler, directory=str(out)))
    threading.Thread(target=server.serve_forever, name="newsline-http", daemon=True).start()
    return server


def watched_paths(root: Path) -> list[Path]:
    return [p for p in (root / "content", root / "theme") if p.is_dir()]


def cmd_serve(args) -> int:
    from watchfiles import watch

    printer = console()
    root = Path(args.root).absolute()
    out = root / "build"
    rebuild(root, out, args.drafts, printer)
    try:
        server = start_server(out, args.host, args.port)
    except OSError as exc:
        printer.print(f"cannot listen on {args.host}:{args.port}: {exc}", style="red", markup=False)
        return 1
    host, port = server.server_address[:2]
    printer.print(f"serving http://{host}:{port}/index.html (Ctrl-C stops)", markup=False)
    try:
        for changes in watch(*watched_paths(root)):
            names = sorted({Path(path).name for _, path in changes})
            printer.print(f"changed: {', '.join(names)}; rebuilding", style="dim", markup=False)
            rebuild(root, out, args.drafts, printer)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
    return 0
