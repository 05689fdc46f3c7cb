#!/usr/bin/env python3
"""Benchmark newsline's temporal tagger: throughput, peak memory and cold start.

    scripts/bench_tagger.py CORPORA_DIR [--repeat N] [--project DIR ...] [--json]

Throughput tags the plain text of every gold .tml document (KRAUTS in German, TimeBank and
AQUAINT in English) against its creation time in this single process, after one untimed
warm-up call per language, and reports documents and KB (1 KB = 1024 bytes of UTF-8 text) per
second. The per-core figure divides by the CPU time this process spent tagging (one process,
one core), so other work on a busy machine does not distort it; the wall-clock rate is printed
beside it. With --repeat N the fastest of N passes (by CPU time) counts. --project DIR adds
the articles of a newsline project (such as the dense synthetic news of scripts/bench_corpus.py)
as one more corpus, each body tagged against its publication time; the "all" row counts every
document. Peak memory is this process's maximum resident set size. Cold start is the wall time
of a fresh `python -c` that imports newsline.timex and tags one short text: the median of
several runs, with the patterns an earlier process kept (newsline.timex.pattern_cache), and
beside it without (a process finding an empty cache folder).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from newsline.timeml.annotate import dct_datetime
from newsline.timeml.document import read_tml, tml_files

CORPORA = (("KRAUTS", "de/krauts-dolomiten-42", "de"), ("TimeBank", "en/timebank", "en"),
           ("AQUAINT", "en/aquaint", "en"))
TARGET_KB_PER_S = 200.0
TARGET_COLD_START_S = 1.0
COLD_START_RUNS = 5
COLD_START_CODE = (
    "import datetime, newsline.timex as t; "
    "t.tag('Der Stadtrat tagt am Montag, 3. Juni 2024, seit drei Wochen zum zweiten Mal.', "
    "'de', datetime.date(2024, 5, 29))"
)


@dataclass(frozen=True)
class Doc:
    corpus: str
    lang: str
    text: str
    dct: object


def load(corpora_dir: Path) -> list[Doc]:
    docs = []
    for name, folder, lang in CORPORA:
        path = corpora_dir / folder
        if not path.is_dir():
            raise SystemExit(f"bench: corpus {path} not found")
        for f in tml_files(path):
            d = read_tml(f)
            docs.append(Doc(name, lang, d.text, dct_datetime(d.dct)))
    return docs


def load_project(project: Path) -> list[Doc]:
    """The articles of a newsline project, as documents of a corpus named after its folder."""
    from newsline.build import load_site
    from newsline.problems import Problems
    from newsline.reader import read_articles

    problems = Problems(project)
    site, _ = load_site(project, problems)
    articles = read_articles(site, problems)
    if not articles:
        raise SystemExit(f"bench: no articles in {project}")
    return [Doc(project.name, a.lang, a.body, a.date) for a in articles]


def throughput(docs: list[Doc], repeat: int) -> dict:
    from newsline.timex import tag

    for lang in sorted({d.lang for d in docs}):
        first = next(d for d in docs if d.lang == lang)
        tag(first.text, first.lang, first.dct)
    per_corpus: dict[str, dict] = {}
    best_cpu = None
    for _ in range(repeat):
        wall: dict[str, float] = {}
        cpu: dict[str, float] = {}
        timexes = 0
        for d in docs:
            w0, c0 = time.perf_counter(), time.process_time()
            timexes += len(tag(d.text, d.lang, d.dct))
            wall[d.corpus] = wall.get(d.corpus, 0.0) + time.perf_counter() - w0
            cpu[d.corpus] = cpu.get(d.corpus, 0.0) + time.process_time() - c0
        total_cpu = sum(cpu.values())
        if best_cpu is None or total_cpu < best_cpu:
            best_cpu = total_cpu
            for corpus in cpu:
                group = [d for d in docs if d.corpus == corpus]
                per_corpus[corpus] = _rates(group, wall[corpus], cpu[corpus])
            per_corpus["all"] = _rates(docs, sum(wall.values()), total_cpu)
            per_corpus["all"]["timexes"] = timexes
    return per_corpus


def _rates(docs: list[Doc], wall: float, cpu: float) -> dict:
    kb = sum(len(d.text.encode("utf-8")) for d in docs) / 1024
    return {"documents": len(docs), "kb": kb, "wall_s": wall, "cpu_s": cpu,
            "docs_per_s": len(docs) / cpu, "kb_per_s": kb / cpu, "wall_kb_per_s": kb / wall}


def cold_start() -> dict:
    def wall(code: str, env: dict | None = None) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        return time.perf_counter() - t0

    def first_ever() -> float:
        """A process that finds no patterns kept by an earlier one (newsline.timex.pattern_cache)."""
        with tempfile.TemporaryDirectory() as empty:
            return wall(COLD_START_CODE, {**os.environ, "XDG_CACHE_HOME": empty})

    wall(COLD_START_CODE)  # (keeps the patterns, as any earlier run of the tagger did)
    tagger = [wall(COLD_START_CODE) for _ in range(COLD_START_RUNS)]
    unkept = [first_ever() for _ in range(COLD_START_RUNS)]
    bare = [wall("pass") for _ in range(COLD_START_RUNS)]
    return {"median_s": statistics.median(tagger), "min_s": min(tagger),
            "no_kept_patterns_median_s": statistics.median(unkept),
            "bare_python_median_s": statistics.median(bare), "runs": COLD_START_RUNS}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpora_dir", type=Path)
    p.add_argument("--repeat", type=int, default=1, help="throughput passes; the fastest counts")
    p.add_argument("--project", type=Path, action="append", default=[],
                   help="a newsline project whose articles count as one more corpus")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)

    docs = load(args.corpora_dir)
    docs += [doc for project in args.project for doc in load_project(project)]
    rss_before = peak_rss_mb()
    rates = throughput(docs, max(1, args.repeat))
    result = {
        "throughput": rates,
        "peak_rss_mb": peak_rss_mb(),
        "rss_before_tagging_mb": rss_before,
        "cold_start": cold_start(),
        "targets": {"kb_per_s": TARGET_KB_PER_S, "cold_start_s": TARGET_COLD_START_S},
    }
    result["targets_met"] = {
        "kb_per_s": rates["all"]["kb_per_s"] >= TARGET_KB_PER_S,
        "cold_start_s": result["cold_start"]["median_s"] < TARGET_COLD_START_S,
    }
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
        return 0
    print(f"{'corpus':<10} {'docs':>5} {'KB':>8} {'CPU s':>7} {'wall s':>7} {'docs/s':>8} "
          f"{'KB/s':>8} {'wall KB/s':>10}")
    for corpus, r in rates.items():
        print(f"{corpus:<10} {r['documents']:>5} {r['kb']:>8.1f} {r['cpu_s']:>7.2f} "
              f"{r['wall_s']:>7.2f} {r['docs_per_s']:>8.1f} {r['kb_per_s']:>8.1f} "
              f"{r['wall_kb_per_s']:>10.1f}")
    met = result["targets_met"]
    cs = result["cold_start"]
    print(f"\nthroughput  {rates['all']['kb_per_s']:.1f} KB/s per core "
          f"(target >= {TARGET_KB_PER_S:g}: {'met' if met['kb_per_s'] else 'NOT met'}), "
          f"{rates['all']['wall_kb_per_s']:.1f} KB/s wall clock; {rates['all']['timexes']} TIMEX3 found")
    print(f"cold start  {cs['median_s']:.3f} s median of {cs['runs']} (min {cs['min_s']:.3f}; "
          f"bare python {cs['bare_python_median_s']:.3f}; first process without kept patterns "
          f"{cs['no_kept_patterns_median_s']:.3f}) "
          f"(target < {TARGET_COLD_START_S:g} s: {'met' if met['cold_start_s'] else 'NOT met'})")
    print(f"peak RSS    {result['peak_rss_mb']:.1f} MB "
          f"({result['rss_before_tagging_mb']:.1f} MB before tagging)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
