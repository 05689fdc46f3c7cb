#!/usr/bin/env python3
"""Time each stage of one build in this process, CPU beside wall, optionally under cProfile.

    scripts/bench_stages.py PROJECT [--articles N] [--exact-merge-only] [--profile STAGE]
                            [--jobs N] [--top 30] [--cached-tags] [--page-memo] [--one-change]
                            [--events-per-page N] [--feed-max-items N]

A whole-build benchmark (bench_build.py) says how long a build takes; this says where the time
goes. PROJECT is a newsline project folder; with --articles N it is first filled with N
synthetic articles (bench_corpus.py) when it has none. Caches are not used: every stage
computes everything (--cached-tags keeps the tagger's). --exact-merge-only replaces the
cross-article merge by the exact-duplicate merge and the ordering (newsline.order), to measure
the other stages while the merge is being worked on. CPU time counts this process and its pool
workers, live (read from /proc) or ended.
--one-change renders through a page cache (as --page-memo), then changes one event's sentence
and renders again through the same cache: the `rerender` line is what a rebuild after a small
edit costs the render stage (pages and per-event pieces taken from the cache).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.append(str(REPO))  # after PYTHONPATH: a snapshot of the code may be timed instead
sys.path.insert(0, str(Path(__file__).resolve().parent))

STAGES = ("read", "tag", "events", "merge", "render", "write", "rerender")


def cpu_now() -> float:
    """CPU seconds of this process, of its ended children and of its live ones (pool workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime + live_children_cpu()


def live_children_cpu() -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended meanwhile, or not ours to read
        if int(fields[1]) == os.getpid():  # the parent's pid; then utime and stime
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--articles", type=int, default=0)
    parser.add_argument("--exact-merge-only", action="store_true")
    parser.add_argument("--profile", choices=STAGES)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--page-memo", action="store_true",
                        help="render through a fresh page cache, as the build does")
    parser.add_argument("--one-change", action="store_true",
                        help="with a page cache, render again after one event's sentence changed")
    parser.add_argument("--cached-tags", action="store_true",
                        help="keep the tagger's results in PROJECT/.cache (to time later stages)")
    parser.add_argument("--events-per-page", type=int, default=None,
                        help="render with this site.toml events_per_page (split event lists)")
    parser.add_argument("--feed-max-items", type=int, default=None,
                        help="render with this site.toml feed_max_items")
    args = parser.parse_args(argv)
    start_cpu, start_wall = cpu_now(), time.perf_counter()

    from bench_corpus import write_corpus

    from newsline.cache import Cache
    from newsline.build import events_job, load_site, preload_worker_code, render, tag_articles
    from newsline.executors import make_executor
    from newsline.overrides import read_overrides, reviewed_events
    from newsline.problems import Problems
    from newsline.reader import read_articles
    from newsline.writer import write_site

    print(f"imports: {time.perf_counter() - start_wall:.2f} s wall, "
          f"{cpu_now() - start_cpu:.2f} s cpu; load {os.getloadavg()[0]:.2f}")
    if args.articles and not (args.project / "content" / "articles").is_dir():
        write_corpus(args.project, args.articles)
    if args.exact_merge_only:
        import newsline.order as order

        order.merge_reports = lambda events: events
    problems = Problems(args.project)

    def page_memo(site, fresh=True):
        if not (args.page_memo or args.one_change):
            return None
        from newsline.incremental import PageMemo
        from newsline.render.pages import theme_dirs

        if fresh:
            shutil.rmtree(args.project / ".cache" / "bench-pages", ignore_errors=True)
        memo = data["memo"] = PageMemo(Cache.under(args.project, "bench-pages"),
                                       PageMemo.version_of(site, theme_dirs(site)))
        return memo

    def rerender():
        events = list(data["events"])
        middle = len(events) // 2
        events[middle] = replace(events[middle], text=events[middle].text + " (geändert)")
        memo = page_memo(data["site"], fresh=False)
        render(data["site"], data["tagged"], events, memo)
        memo.pieces.save()
        print(f"rerender: {len(memo.rendered)} pages rendered, {memo.pieces.made} pieces made")

    def shelve(tagged):  # as the build holds the articles once their events are made
        tagged[:] = [one.shelved() for one in tagged]

    tags = Cache.under(args.project, "tags") if args.cached_tags else None
    preload_worker_code()  # as the build does: workers forked from here have the renderer
    run = make_executor("auto", None, args.jobs)
    data: dict = {}

    def site_with_options():
        site = load_site(args.project, problems)[0]
        for option in ("events_per_page", "feed_max_items"):
            if getattr(args, option) is not None:
                site = replace(site, **{option: getattr(args, option)})
        return site

    steps = {
        "read": lambda: data.update(site=site_with_options()) or data.update(
            articles=read_articles(data["site"], problems)),
        "tag": lambda: data.update(tagged=tag_articles(data["articles"], problems, run, tags)),
        "events": lambda: data.update(reports=[e for found in run.map(events_job, data["tagged"])
                                               for e in found]) or shelve(data["tagged"]),
        "merge": lambda: data.update(events=reviewed_events(
            read_overrides(args.project, problems), data["reports"], data["tagged"], problems)),
        "render": lambda: data.update(files=render(data["site"], data["tagged"], data["events"],
                                                   page_memo(data["site"])))
        or (data["memo"].pieces.save() if "memo" in data else None),
        "write": lambda: write_site(data["files"], args.project / "build"),
        "rerender": rerender,
    }
    try:
        for stage in STAGES if args.one_change else STAGES[:-1]:
            cpu, wall = cpu_now(), time.perf_counter()
            profile = cProfile.Profile() if stage == args.profile else None
            if profile:
                profile.enable()
            steps[stage]()
            if profile:
                profile.disable()
            print(f"{stage:<7} {time.perf_counter() - wall:7.2f} s wall "
                  f"{cpu_now() - cpu:7.2f} s cpu  load {os.getloadavg()[0]:.2f}", flush=True)
            if profile:
                pstats.Stats(profile).sort_stats("cumulative").print_stats(args.top)
                pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)
    finally:
        run.close()
    print(f"{len(data['articles'])} articles, {len(data['events'])} events, "
          f"{len(data['files'])} files; total {time.perf_counter() - start_wall:.2f} s wall "
          f"{cpu_now() - start_cpu:.2f} s cpu; peak rss "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB (this process)")
    biggest = sorted(data["files"].items(), key=lambda item: (-len(item[1]), item[0]))[:6]
    print("biggest files: " + ", ".join(f"{path} {len(body) / 1e6:.2f} MB"
                                        for path, body in biggest))
    if problems.errors:
        print(f"{len(problems.errors)} errors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
