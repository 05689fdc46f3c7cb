"""Time and peak memory of the merge stage alone on bench_build's generated corpus.

The whole-build benchmark (bench_build.py) mixes tagging, merging and rendering; this one runs
the stages before the merge once (their reports are kept under --work) and then measures only
newsline.merge.merge_events. With --compare MODULE_FILE it also runs another merge module (an
older newsline/merge.py, say) on the same reports and says whether both give the same events.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import pickle
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import write_corpus  # noqa: E402


def reports(work: Path, count: int) -> list:
    saved = work / f"reports-{count}.pickle"
    if saved.exists():
        return pickle.loads(saved.read_bytes())
    from newsline.build import events_job, load_site, tag_articles
    from newsline.problems import Problems
    from newsline.reader import read_articles

    project = work / f"site-{count}"
    if not project.exists():
        write_corpus(project, count)
    problems = Problems(project)
    site, _ = load_site(project, problems)
    tagged = tag_articles(read_articles(site, problems), problems)
    found = [event for t in tagged for event in events_job(t)]
    saved.write_bytes(pickle.dumps(found))
    return found


def measure(merge, events: list, memory: bool = True) -> tuple[list, float, str, float | None]:
    """(merged events, CPU seconds, wall time and load average, peak MiB): timed untraced, then
    run again under tracemalloc for the peak (tracing slows allocation-heavy code several times
    over). The load goes beside the times: on a busy machine CPU time grows too."""
    began, wall = time.process_time(), time.perf_counter()
    merged = merge(events)
    seconds = time.process_time() - began
    when = (f"{time.perf_counter() - wall:.1f} s wall, load average "
            f"{' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    if not memory:
        return merged, seconds, when, None
    tracemalloc.start()
    merge(events)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return merged, seconds, when, peak


def clearing_pairs(events: list, count: int) -> str:
    """How many pairs of reports clear their stage-1 bar, how many of those involve a report
    dated no more precisely than a year, how many join reports of different stories of the
    generated corpus (story_of), and how many of the paired reports the largest component of
    the graph of those pairs holds (stage 1 is kept between builds by component:
    newsline.pair_memory)."""
    from newsline.event_signals import event_signals
    from newsline.match_candidates import key_neighbours
    from newsline.merge import DEFAULT, _articles, _identity
    from newsline.clearing_pairs import clearing_pairs as find_clearing_pairs
    from newsline.pair_clustering import PairMargins
    from newsline.similarity import Weights

    ordered = sorted(events, key=_identity)
    sigs = event_signals(ordered)
    articles = [_articles(e) for e in ordered]
    margin = PairMargins(ordered, sigs, Weights(sigs, key_neighbours(sigs)), DEFAULT, articles)
    links = find_clearing_pairs(margin, DEFAULT)
    long = sum(1 for i, j in links if max(margin.end[i] - margin.start[i],
                                          margin.end[j] - margin.start[j]) >= 364)
    cross, largest, paired = pair_graph(links, articles, lambda slug: story_of(slug, count))
    return (f"{len(links)} pairs clear their bar, {long} of them with a year-long report, "
            f"{cross} between reports of different stories; the largest component of their "
            f"graph holds {largest} of the {paired} paired reports")


def mixed(merged: list, count: int) -> str:
    """How many merged events join reports of different stories of the generated corpus
    (story_of), against all merged events of more than one report."""
    joined = [e for e in merged if len(e.sources) > 1]
    stories = [{story_of(m.slug, count) for m in e.sources} - {None} for e in joined]
    return (f"{sum(1 for s in stories if len(s) > 1)} of the {len(joined)} events of more "
            f"than one report join reports of different stories")


def story_of(slug: str, count: int) -> int | None:
    """The story an article of a generated corpus of count articles tells (bench_corpus:
    article i tells story i modulo count // 3, and its name ends in i); None for another name."""
    tail = slug.rsplit("-", 1)[-1]
    return int(tail) % max(1, count // 3) if tail.isdigit() else None


def pair_graph(links, articles: list, story) -> tuple[int, int, int]:
    """(the pairs (i, j) of links whose reports share no story, the reports in the largest
    connected component of the graph of links, the reports in any link). articles[i] is
    report i's articles, story(article) its story (None: unknown, shared with none)."""
    from newsline.pair_memory import _components

    stories = [{story(a) for a in found} - {None} for found in articles]
    cross = sum(1 for i, j in links if stories[i].isdisjoint(stories[j]))
    component = _components(links, len(articles))
    sizes: dict[int, int] = {}
    for c in component:
        if c >= 0:
            sizes[c] = sizes.get(c, 0) + 1
    return cross, max(sizes.values(), default=0), sum(sizes.values())


def one_change(events: list, work: Path) -> str:
    """A cold merge that fills a signals cache (newsline.merge_cache), then the merge of a
    rebuild after one article's sentences changed, reading the rest (signals, and the pairs of
    unchanged reports: newsline.pair_memory, and stage 2 where the change does not reach:
    newsline.attach_memory) from that cache; CPU of both, with the cache's load and save."""
    import dataclasses
    import shutil

    from newsline.cache import Cache
    from newsline.merge import merge_events
    from newsline.merge_cache import kept_signals

    folder = work / "signals-cache"
    shutil.rmtree(folder, ignore_errors=True)
    slug = sorted({m.slug for e in events for m in e.sources})[len(events) // 2 % 7]
    changed = [dataclasses.replace(e, text=e.text + " (updated)")
               if any(m.slug == slug for m in e.sources) else e for e in events]
    seconds = []
    for batch in (events, changed):
        began = time.process_time()
        with kept_signals(Cache(folder)) as store:
            merge_events(batch)
        seconds.append(time.process_time() - began)
    shutil.rmtree(folder, ignore_errors=True)
    return (f"cold merge with the signals cache {seconds[0]:.1f} s CPU; one article's "
            f"sentences changed: {seconds[1]:.1f} s CPU ({store.computed} signals computed, "
            f"pairs of {store.rescored} of {len(events)} reports scored, "
            f"{store.reattached} stage-1 groups attached anew)")


def _peak(peak: float | None) -> str:
    return "peak not measured" if peak is None else f"peak {peak:.0f} MiB (tracemalloc)"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsline-bench-merge"))
    parser.add_argument("--compare", type=Path, help="another merge module to run beside it")
    parser.add_argument("--no-memory", action="store_true", help="time only (one run each)")
    parser.add_argument("--pairs", action="store_true",
                        help="also count the pairs clearing their bar in stage 1 (the work that "
                             "grows fastest with N), how many join reports of one year or of "
                             "different stories, the largest component of their graph, and "
                             "how many merged events join reports of different stories")
    parser.add_argument("--one-change", action="store_true",
                        help="also merge after one article changed, with the signals cache")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    from newsline.merge import merge_events

    for count in (int(n) for n in args.sizes.split(",")):
        events = reports(args.work, count)
        merged, seconds, when, peak = measure(merge_events, events, not args.no_memory)
        print(f"N={count}: {len(events)} reports -> {len(merged)} events, "
              f"merge {seconds:.1f} s CPU ({when}), {_peak(peak)}")
        if args.pairs:
            print("  " + clearing_pairs(events, count))
            print("  " + mixed(merged, count))
        if args.one_change:
            print("  " + one_change(events, args.work))
        if args.compare:
            spec = importlib.util.spec_from_file_location("other_merge", args.compare)
            other = importlib.util.module_from_spec(spec)
            sys.modules["other_merge"] = other
            spec.loader.exec_module(other)
            theirs, seconds, when, peak = measure(other.merge_events, events,
                                                  not args.no_memory)
            print(f"  {args.compare}: merge {seconds:.1f} s CPU ({when}), {_peak(peak)}; "
                  f"{'same events' if theirs == merged else 'DIFFERENT events'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
