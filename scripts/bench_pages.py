#!/usr/bin/env python3
"""Benchmark a timeline page's weight, drawing time and smoothness in headless Chromium.

    scripts/bench_pages.py [--events 200] [--runs 7] [--pan-events 1000] [--json]
                           [--page-script FILE ...]

Generates a site whose one topic page lists N events (invented sentences from three outlets in
German and English, every granularity, some vague, some open or planned) with the real render
stage, writes it to a temporary folder and serves it on 127.0.0.1 with gzip, as a web server
would. Each run opens the topic page in a fresh browser context (empty cache, a first visit) and
reads Chromium's own performance entries:

- weight: transferSize of the page and of every resource it loaded (gzipped bodies plus
  response headers), and the gzipped body sizes alone; budget 500 KB (500,000 bytes).
- chart drawn: when the first frame showing the event marks starts, in ms since navigation
  start: the bench's own observer (not the page's script) sees the marks appear in the plot's
  SVG and takes the next animation frame. Budget 1 s; the median of the runs counts, the
  slowest is printed beside it. Beside it: the page's own `newsline:chart-drawn` mark, where
  the time went (HTML received and parsed, plotly.js received and run, drawing, long tasks), and
  the renderer's CPU time (Chromium's ThreadTime and ProcessTime metrics) until the chart settled,
  which the machine's other work disturbs less than wall time.
- pan and zoom: a page with --pan-events events (0 skips it) is panned by dragging in Plotly's
  pan mode and by dragging the range slider, and zoomed with the keyboard and by dragging a zoom
  box, while every animation frame's start is recorded, until the chart has settled (a key or
  overview gesture moves the drawn chart and redraws it once at its end): frame times (median,
  95th percentile, slowest), the share of frames over 50 ms and the main thread's CPU time for
  the whole gesture; then the cost of one redraw, twelve range changes
  each timed around Plotly.relayout, and the main thread's CPU time per redraw; and the cost of
  one key step, twelve keys each timed from keydown to the end of the frame showing it (the page
  moves the drawn chart and redraws when the keys rest), with its CPU time. Reported, not
  budgeted.

With --page-script the same pages are measured once per given page script (each in turn put in
place of the site's assets/newsline.js, e.g. an older version from `git show`; or a folder whose
newsline*.js parts all replace the site's, e.g. an older theme/static from `git archive`), so
versions are compared under the same load; the first script's figures decide the exit status.

Exits 1 when a budget is exceeded. The load average is printed: other work slows the browser.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import mimetypes
import resource
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


# Set up before the page's own scripts: when the event marks first exist in the plot's SVG (and
# the animation frame after), when plotly.js has run, and the page's long tasks.
OBSERVE = """
window.__bench = {marks: null, frame: null, plotly: null, longtasks: []};
new PerformanceObserver((list) => list.getEntries().forEach((e) =>
  __bench.longtasks.push([e.startTime, e.duration]))).observe({type: 'longtask', buffered: true});
let plotly;
Object.defineProperty(window, 'Plotly', {configurable: true, get: () => plotly, set: (value) => {
  plotly = value;
  if (__bench.plotly === null) __bench.plotly = performance.now();
}});
new MutationObserver((changes, observer) => {
  if (document.querySelector('#chart .cartesianlayer .point')) {
    observer.disconnect();
    __bench.marks = performance.now();
    requestAnimationFrame(() => { __bench.frame = performance.now(); });
  }
}).observe(document, {childList: true, subtree: true});
"""

MEASURE = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const plotly = resources.find((e) => e.name.endsWith('/plotly.min.js'));
  const mark = performance.getEntriesByName('newsline:chart-drawn')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    drawn: __bench.frame,
    timings: {
      html_received: nav.responseEnd, first_paint: paint ? paint.startTime : null,
      html_parsed: nav.domInteractive, plotly_received: plotly ? plotly.responseEnd : null,
      plotly_ran: __bench.plotly, marks_in_svg: __bench.marks, frame_with_marks: __bench.frame,
      page_mark: mark ? mark.startTime : null, settled: performance.now(),
    },
    longtasks: __bench.longtasks,
    files: [nav, ...resources].map(e => ({name: e.name.split('/').slice(-2).join('/'),
      transfer: e.transferSize, body: e.encodedBodySize, decoded: e.decodedBodySize})),
    marks: document.querySelectorAll('#chart .cartesianlayer .point').length,
  };
}"""


def _cpu_ms(cdp) -> dict[str, float]:
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return {"main_thread_cpu": metrics["ThreadTime"] * 1000,
            "renderer_cpu": metrics["ProcessTime"] * 1000}


def _launch(p):
    return p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def measure(url: str, runs: int) -> list[dict]:
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as p:
        browser = _launch(p)
        try:
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                context.add_init_script(OBSERVE)
                page = context.new_page()
                cdp = context.new_cdp_session(page)
                cdp.send("Performance.enable", {"timeDomain": "threadTicks"})
                page.goto(url, wait_until="load")
                page.wait_for_selector("html.chart-drawn", state="attached", timeout=30_000)
                cpu = _cpu_ms(cdp)
                page.wait_for_timeout(200)  # late resources (the favicon) land in the entries
                results.append({**page.evaluate(MEASURE), "cpu": cpu})
                context.close()
        finally:
            browser.close()
    return results


# Records the start of every animation frame until stopped; the deltas are the frame times.
FRAMES = """() => {
  window.__frames = [];
  window.__framing = true;
  const tick = (t) => { __frames.push(t); if (__framing) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
}"""
STOP_FRAMES = """() => { window.__framing = false; const f = __frames;
  return f.slice(1).map((t, i) => t - f[i]); }"""
RANGE = "String(document.getElementById('chart').layout.xaxis.range)"
SETTLED = "#chart:not(.previewing)"  # no key or overview gesture waits for its redraw
# The cost of one redraw: twelve range changes, each timed around Plotly.relayout (which redraws
# before it returns), a frame apart; the ms of each.
REDRAWS = """async () => {
  const gd = document.getElementById('chart');
  const ms = (v) => Date.parse(String(v).replace(' ', 'T')
    + (String(v).length <= 10 ? 'T00:00:00Z' : 'Z'));
  const axis = (t) => new Date(t).toISOString().slice(0, 19).replace('T', ' ');
  const [lo, hi] = gd.layout.xaxis.range.map(ms);
  const out = [];
  for (let i = 0; i < 12; i++) {
    const from = lo + (hi - lo) * (0.05 + 0.03 * i), to = from + (hi - lo) * (i % 2 ? 0.3 : 0.9);
    const start = performance.now();
    Plotly.relayout(gd, {'xaxis.range': [axis(from), axis(to)]});
    out.push(performance.now() - start);
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  }
  return out;
}"""


# The cost of one key step on the chart: twelve keys (zoom in, pan, zoom out, pan back), each
# timed from its keydown to the end of the frame that shows it; the ms of each.
STEPS = """async () => {
  const gd = document.getElementById('chart');
  const out = [];
  const keys = ['+', 'ArrowRight', '-', 'ArrowLeft'];
  for (let i = 0; i < 12; i++) {
    const start = performance.now();
    gd.dispatchEvent(new KeyboardEvent('keydown', {key: keys[i % 4], bubbles: true}));
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    out.push(performance.now() - start);
  }
  return out;
}"""


def _drag(page, box, dx: float, steps: int, dy: float | None = None) -> None:
    """Drag from the box's centre (or `dy` below its top) by dx pixels in `steps` moves."""
    x = box["x"] + box["width"] / 2
    y = box["y"] + (box["height"] / 2 if dy is None else dy)
    page.mouse.move(x, y)
    page.mouse.down()
    for i in range(1, steps + 1):
        page.mouse.move(x + dx * i / steps, y)
    page.mouse.up()


def pan_and_zoom(url: str) -> dict[str, list[float]]:
    """Frame times while a reader pans and zooms the page's chart, per kind of gesture."""
    from playwright.sync_api import sync_playwright

    out: dict[str, list[float]] = {}
    with sync_playwright() as p:
        browser = _launch(p)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(url, wait_until="load")
            page.wait_for_selector("html.chart-drawn", state="attached", timeout=60_000)
            chart = page.locator("#chart")
            # the chart's top at the window's top: a tall chart's plot is dragged near its top
            page.evaluate("document.getElementById('chart').scrollIntoView({block: 'start'})")
            plot = page.locator("#chart .nsewdrag").first.bounding_box()
            cdp = context.new_cdp_session(page)
            cdp.send("Performance.enable", {"timeDomain": "threadTicks"})

            def gesture(name, act):
                page.wait_for_timeout(300)
                before = page.evaluate(RANGE)
                cpu = _cpu_ms(cdp)["main_thread_cpu"]
                page.evaluate(FRAMES)
                act()
                # a key or overview gesture is redrawn once it settles: its frames count too
                page.wait_for_selector(SETTLED, state="attached", timeout=10_000)
                page.wait_for_timeout(100)  # the last redraw's frame
                out[name] = page.evaluate(STOP_FRAMES)
                out[f"{name} cpu"] = [_cpu_ms(cdp)["main_thread_cpu"] - cpu]
                assert page.evaluate(RANGE) != before, f"{name} did not move the chart"

            def keys():
                for key in ["+"] * 4 + ["ArrowRight"] * 8 + ["-"] * 4 + ["ArrowLeft"] * 7:
                    page.keyboard.press(key)

            page.evaluate("Plotly.relayout('chart', {dragmode: 'pan'})")  # the toolbar's pan
            gesture("pan drag", lambda: (_drag(page, plot, 300, 30, dy=60),
                                         _drag(page, plot, -500, 30, dy=60)))
            chart.focus()
            gesture("keyboard pan and zoom", keys)
            # the page's own slider; Plotly's in builds from before it (for A/B runs)
            box = page.locator(".overview-window, #chart .rangeslider-slidebox").first
            box.scroll_into_view_if_needed()
            gesture("range slider drag",
                    lambda: _drag(page, box.bounding_box(), -plot["width"] / 4, 30))
            page.evaluate("document.getElementById('chart').scrollIntoView({block: 'start'})")
            page.evaluate("Plotly.relayout('chart', {dragmode: 'zoom'})")  # Plotly's default
            gesture("zoom box drag", lambda: _drag(page, plot, -plot["width"] / 3, 20, dy=60))
            page.evaluate("Plotly.relayout('chart', {'xaxis.autorange': true})")
            page.wait_for_timeout(300)
            before = _cpu_ms(cdp)["main_thread_cpu"]
            out["redraw"] = page.evaluate(REDRAWS)
            out["redraw_cpu"] = [(_cpu_ms(cdp)["main_thread_cpu"] - before) / len(out["redraw"])]
            page.wait_for_timeout(300)
            before = _cpu_ms(cdp)["main_thread_cpu"]
            out["step"] = page.evaluate(STEPS)
            out["step_cpu"] = [(_cpu_ms(cdp)["main_thread_cpu"] - before) / len(out["step"])]
            page.wait_for_selector(SETTLED, state="attached", timeout=10_000)
            context.close()
        finally:
            browser.close()
    return out


def frame_summary(deltas: list[float]) -> dict[str, float]:
    ordered = sorted(deltas)
    return {"frames": len(ordered), "median_ms": statistics.median(ordered),
            "p95_ms": ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
            "max_ms": ordered[-1],
            "over_50ms_share": sum(d > 50 for d in ordered) / len(ordered)}


def _serve(folder: Path):
    handler = lambda *a, **k: GzipHandler(*a, directory=str(folder), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/bruecke/index.html"


def _site_for(root: Path, count: int) -> tuple[Path, int]:
    site, tagged, events = generate(root, count)
    write_site(render_site(site, tagged, events), root / "site")
    return root / "site", len(events)


def _use_script(folder: Path, script: Path | None) -> None:
    """Serve `script` as the site's page script (None: the one the build wrote); a folder gives
    every part of it (newsline*.js, e.g. an older theme/static from `git archive`)."""
    if script is None:
        return
    parts = sorted(script.glob("newsline*.js")) if script.is_dir() else [script]
    if not parts:
        raise SystemExit(f"bench_pages: no newsline*.js in {script}")
    for part in parts:
        name = part.name if script.is_dir() else "newsline.js"
        (folder / "assets" / name).write_bytes(part.read_bytes())
    _packed.cache_clear()


def _median(runs: list[dict], key: str) -> float | None:
    values = [r["timings"][key] for r in runs if r["timings"][key] is not None]
    return statistics.median(values) if values else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pan-events", type=int, default=1000,
                        help="events on the page that is panned and zoomed (0: skip)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--page-script", type=Path, action="append", default=[],
                        help="measure with this file as assets/newsline.js, or with a folder's "
                             "newsline*.js parts in place of the site's (repeat to compare)")
    args = parser.parse_args(argv)
    scripts = args.page_script or [None]
    with tempfile.TemporaryDirectory(prefix="newsline-bench-") as tmp:
        first_site = _site_for(Path(tmp) / "first", args.events)
        pan_site = _site_for(Path(tmp) / "pan", args.pan_events) if args.pan_events else None
        status = [bench(args, first_site, pan_site, script) for script in scripts]
    return status[0]


def bench(args, first_site: tuple[Path, int], pan_site: tuple[Path, int] | None,
          script: Path | None) -> int:
    """Measure the two pages with `script` as their page script; print; 1 if over budget."""
    load_before = os.getloadavg()[0]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    folder, count = first_site
    _use_script(folder, script)
    server, url = _serve(folder)
    try:
        runs = measure(url, args.runs)
    finally:
        server.shutdown()
        server.server_close()
    frames, redraws, redraw_cpu, steps, step_cpu = {}, [], None, [], None
    if pan_site:
        folder = pan_site[0]
        _use_script(folder, script)
        server, url = _serve(folder)
        try:
            gestures = pan_and_zoom(url)
            redraws = sorted(gestures.pop("redraw"))
            redraw_cpu = gestures.pop("redraw_cpu")[0]
            steps = sorted(gestures.pop("step"))
            step_cpu = gestures.pop("step_cpu")[0]
            frames = {k: {**frame_summary(v), "main_thread_cpu_ms": gestures[f"{k} cpu"][0]}
                      for k, v in gestures.items() if not k.endswith(" cpu")}
        finally:
            server.shutdown()
            server.server_close()
    first = runs[0]
    transfer = sum(f["transfer"] for f in first["files"])
    body = sum(f["body"] for f in first["files"])
    drawn = [r["drawn"] for r in runs]
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = {
        "page_script": str(script) if script else None,
        "events": count, "runs": len(runs),
        "files": sorted(first["files"], key=lambda f: -f["transfer"]),
        "transfer_bytes": transfer, "gzipped_body_bytes": body,
        "chart_drawn_ms_median": statistics.median(drawn), "chart_drawn_ms_max": max(drawn),
        "timings_ms_median": {k: _median(runs, k) for k in first["timings"]},
        "long_tasks_ms_median": statistics.median(sum(d for _, d in r["longtasks"])
                                                  for r in runs),
        "cpu_ms_median": {k: statistics.median(r["cpu"][k] for r in runs) for k in first["cpu"]},
        "budget_bytes": BUDGET_BYTES, "budget_ms": BUDGET_MS,
        "pan_zoom": {"events": args.pan_events, "gestures": frames,
                     "redraw_ms": redraws, "redraw_main_thread_cpu_ms": redraw_cpu,
                     "key_step_ms": steps, "key_step_main_thread_cpu_ms": step_cpu},
        "browser_cpu_s": (children.ru_utime + children.ru_stime
                          - cpu_before.ru_utime - cpu_before.ru_stime),
        "load_average": [load_before, os.getloadavg()[0]],  # at the start and at the end
    }
    ok = transfer <= BUDGET_BYTES and figures["chart_drawn_ms_median"] <= BUDGET_MS
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0 if ok else 1
    if script:
        print(f"page script {script}")
    print(f"topic page with {count} events, first visit, gzip, {len(runs)} runs "
          f"(load average {load_before:.1f} at the start, {figures['load_average'][1]:.1f} "
          f"at the end, {os.cpu_count()} cores)")
    for f in figures["files"]:
        print(f"  {f['name']:<32} {f['transfer']:>9,} B transferred "
              f"({f['decoded']:>9,} B unpacked)")
    print(f"page weight: {transfer:,} B transferred ({body:,} B gzipped bodies); "
          f"budget {BUDGET_BYTES:,} B: {'ok' if transfer <= BUDGET_BYTES else 'OVER'}")
    print(f"chart drawn: {figures['chart_drawn_ms_median']:.0f} ms after navigation start "
          f"(median; slowest {figures['chart_drawn_ms_max']:.0f} ms); budget {BUDGET_MS:.0f} ms: "
          f"{'ok' if figures['chart_drawn_ms_median'] <= BUDGET_MS else 'OVER'}")
    print("  where the time went (medians, ms since navigation start):")
    for key, value in figures["timings_ms_median"].items():
        print(f"    {key:<18} {'-' if value is None else f'{value:7.0f}'}")
    print(f"    long tasks, total {figures['long_tasks_ms_median']:.0f} ms")
    cpu = figures["cpu_ms_median"]
    print(f"  renderer CPU until settled: main thread {cpu['main_thread_cpu']:.0f} ms, "
          f"process {cpu['renderer_cpu']:.0f} ms (medians); "
          f"browser CPU for the whole bench {figures['browser_cpu_s']:.1f} s")
    if frames:
        print(f"pan and zoom, {args.pan_events} events on one page (frame times):")
        for name, f in frames.items():
            print(f"  {name:<22} {f['frames']:>4} frames, median {f['median_ms']:5.1f} ms, "
                  f"95% {f['p95_ms']:6.1f} ms, slowest {f['max_ms']:6.1f} ms, "
                  f"{f['over_50ms_share']:.0%} over 50 ms; "
                  f"main-thread CPU {f['main_thread_cpu_ms']:.0f} ms")
        print(f"  one redraw (a range change by Plotly.relayout), {len(redraws)} times: median "
              f"{statistics.median(redraws):5.1f} ms, slowest {redraws[-1]:6.1f} ms; "
              f"main-thread CPU {redraw_cpu:5.1f} ms per redraw (its frame's painting included)")
        print(f"  one key step (keydown to its frame drawn), {len(steps)} times: median "
              f"{statistics.median(steps):5.1f} ms, slowest {steps[-1]:6.1f} ms; "
              f"main-thread CPU {step_cpu:5.1f} ms per step")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
