#!/usr/bin/env python3
"""Benchmark a timeline page's weight and drawing time in headless Chromium.

    scripts/bench_pages.py [--events 200] [--runs 5] [--json]

Generates a site whose one topic page lists N events (invented sentences from three outlets in
German and English, every granularity, some vague, some open or planned) with the real render
stage, writes it to a temporary folder and serves it on 127.0.0.1 with gzip, as a web server
would. Each run opens the topic page in a fresh browser context (empty cache, a first visit) and
reads Chromium's own performance entries:

- weight: transferSize of the page and of every resource it loaded (gzipped bodies plus
  response headers), and the gzipped body sizes alone; budget 500 KB (500,000 bytes).
- chart drawn: the `newsline:chart-drawn` mark, which the page's script sets when Plotly's
  newPlot has resolved (right after its plotly_afterplot event), in ms since navigation start;
  budget 1 s. The median of the runs counts, the slowest is printed beside it.

Exits 1 when a budget is exceeded.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import os
import http.server
import json
import mimetypes
import statistics
import sys
import tempfile
import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsline.config import SiteConfig, Topic  # noqa: E402
from newsline.model import Article, Event, Mention, TaggedArticle  # noqa: E402
from newsline.render import render_site  # noqa: E402
from newsline.timex.model import Interval, Timex  # noqa: E402
from newsline.writer import write_site  # noqa: E402

BUDGET_BYTES = 500_000
BUDGET_MS = 1000.0
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TZ = timezone(timedelta(hours=2))
OUTLETS = (("Kreisblatt", "de"), ("Morning Ledger", "en"), ("Talpost", "de"))
# (granularity, length in days, approximate, open end) in rotation
SHAPES = (("day", 1, False, False), ("day", 1, False, False), ("week", 7, False, False),
          ("month", 30, False, False), ("day", 1, True, False), ("day", 11, True, False),
          ("quarter", 91, False, False), ("month", 30, False, True))
SENTENCE = {
    "de": "Der Ausschuss {n} meldete zum Termin {when} einen neuen Stand beim Brückenbau.",
    "en": "Committee {n} reported progress on the bridge works for {when}, officials said.",
}


def _site(root: Path) -> SiteConfig:
    return SiteConfig(root=root, title="Bench", base_url="https://example.org/bench/",
                      default_lang="de", timezone="Europe/Berlin",
                      topics=(Topic("bruecke", "Brückenbau", "Zweihundert Ereignisse."),
                              Topic("rat", "Stadtrat", "")))


def generate(root: Path, count: int) -> tuple[SiteConfig, list[TaggedArticle], list[Event]]:
    """`count` events on the 'bruecke' topic, reported by 20 articles of three outlets."""
    articles: list[tuple[Article, list[tuple[Timex, Event]]]] = []
    per_article = max(1, count // 20)
    first = date(2022, 1, 3)
    for a in range((count + per_article - 1) // per_article):
        outlet, lang = OUTLETS[a % len(OUTLETS)]
        published = datetime(2024, 1, 8, 9, 0, tzinfo=TZ) + timedelta(days=9 * a)
        lines, items = [], []
        offset = 0
        for k in range(min(per_article, count - a * per_article)):
            n = a * per_article + k
            granularity, days, vague, open_end = SHAPES[n % len(SHAPES)]
            start = first + timedelta(days=(n * 37) % 900)
            end = start + timedelta(days=days - 1)
            when = start.isoformat()
            line = SENTENCE[lang].format(n=n, when=when)
            at = offset + line.index(when)
            timex = Timex(at, at + len(when), when, "DATE", when, None,
                          Interval(start, end, granularity, approximate=vague, open_end=open_end))
            items.append((timex, (offset, offset + len(line)), start, end, granularity, vague,
                          open_end, n))
            lines.append(line)
            offset += len(line) + 2
        body = "\n\n".join(lines) + "\n"
        article = Article(path=Path(f"content/articles/bench-{a:02d}.md"), slug=f"bench-{a:02d}",
                          title=f"Bericht {a}", date=published, lang=lang, source=outlet,
                          url=f"https://example.org/{a}", topics=("bruecke", "rat"),
                          summary=None, body=body, body_line=8)
        pairs = []
        for timex, sentence, start, end, granularity, vague, open_end, n in items:
            mention = Mention(article.slug, article.title, article.url, outlet, lang, published,
                              timex.text, timex.value, (timex.start, timex.end), sentence)
            pairs.append((timex, Event(f"b{n:04d}", start, end, granularity, vague,
                                       body[sentence[0]:sentence[1]], ("bruecke",), [mention],
                                       open_end=open_end, planned=start > published.date())))
        articles.append((article, pairs))
    tagged = [TaggedArticle(a, tuple(t for t, _ in pairs)) for a, pairs in articles]
    events = sorted((e for _, pairs in articles for _, e in pairs),
                    key=lambda e: (e.start, e.end, e.id))
    return _site(root), tagged, events


@functools.lru_cache(maxsize=None)
def _packed(path: Path) -> bytes:
    """A file gzipped once, as a server's static gzip files would be."""
    return gzip.compress(path.read_bytes(), 6, mtime=0)


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files gzipped when the browser accepts it, like a production web server."""

    def do_GET(self):  # noqa: N802 - the base class's name
        path = Path(self.translate_path(self.path.split("?")[0]))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return
        zipped = "gzip" in self.headers.get("Accept-Encoding", "")
        data = _packed(path) if zipped else path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", mimetypes.guess_type(path.name)[0] or "text/plain")
        if zipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


MEASURE = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const mark = performance.getEntriesByName('newsline:chart-drawn')[0];
  return {
    drawn: mark ? mark.startTime : null,
    files: [nav, ...resources].map(e => ({name: e.name.split('/').slice(-2).join('/'),
      transfer: e.transferSize, body: e.encodedBodySize, decoded: e.decodedBodySize})),
    marks: document.querySelectorAll('#chart .cartesianlayer .point').length,
  };
}"""


def measure(url: str, runs: int) -> list[dict]:
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                page.goto(url, wait_until="load")
                page.wait_for_selector("html.chart-drawn", state="attached", timeout=30_000)
                page.wait_for_timeout(200)  # late resources (the favicon) land in the entries
                results.append(page.evaluate(MEASURE))
                context.close()
        finally:
            browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsline-bench-") as tmp:
        root = Path(tmp)
        site, tagged, events = generate(root, args.events)
        write_site(render_site(site, tagged, events), root / "site")
        handler = lambda *a, **k: GzipHandler(*a, directory=str(root / "site"), **k)  # noqa: E731
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            url = f"http://127.0.0.1:{server.server_address[1]}/bruecke/index.html"
            runs = measure(url, args.runs)
        finally:
            server.shutdown()
            server.server_close()
    first = runs[0]
    transfer = sum(f["transfer"] for f in first["files"])
    body = sum(f["body"] for f in first["files"])
    drawn = [r["drawn"] for r in runs]
    figures = {
        "events": len(events), "runs": len(runs),
        "files": sorted(first["files"], key=lambda f: -f["transfer"]),
        "transfer_bytes": transfer, "gzipped_body_bytes": body,
        "chart_drawn_ms_median": statistics.median(drawn), "chart_drawn_ms_max": max(drawn),
        "budget_bytes": BUDGET_BYTES, "budget_ms": BUDGET_MS,
        "load_average": os.getloadavg()[0],  # other work on the machine slows the browser
    }
    ok = transfer <= BUDGET_BYTES and figures["chart_drawn_ms_median"] <= BUDGET_MS
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0 if ok else 1
    print(f"topic page with {len(events)} events, first visit, gzip, {len(runs)} runs "
          f"(load average {figures['load_average']:.1f} on {os.cpu_count()} cores)")
    for f in figures["files"]:
        print(f"  {f['name']:<32} {f['transfer']:>9,} B transferred "
              f"({f['decoded']:>9,} B unpacked)")
    print(f"page weight: {transfer:,} B transferred ({body:,} B gzipped bodies); "
          f"budget {BUDGET_BYTES:,} B: {'ok' if transfer <= BUDGET_BYTES else 'OVER'}")
    print(f"chart drawn: {figures['chart_drawn_ms_median']:.0f} ms after navigation start "
          f"(median; slowest {figures['chart_drawn_ms_max']:.0f} ms); budget {BUDGET_MS:.0f} ms: "
          f"{'ok' if figures['chart_drawn_ms_median'] <= BUDGET_MS else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
