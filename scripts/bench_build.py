#!/usr/bin/env python3
"""Benchmark whole builds: cold, unchanged, one article changed; peak memory; Pelican beside it.

    scripts/bench_build.py [--sizes 100,1000,10000] [--work .cache/bench] [--no-pelican] [--json]
                           [--stages]

For each size N the script writes N synthetic German and English articles of about 3 KB
(scripts/bench_corpus.py, fixed seed) into WORK/nN/, then times `newsline build` in a fresh
process: cold (no build/, no .cache/), again with nothing changed, and again after one article
gained a dated sentence. The code runs from a copy taken at the start (WORK/code), so edits to
the checkout during a long run do not invalidate the caches being measured. Peak memory is the
largest sum of resident memory of the build process and its workers, sampled every 20 ms from
/proc, both as the sum of their RSS and of their PSS (which counts a page shared by forked
processes once; the memory target is judged by it). CPU time (user + system, the build and its workers) is printed beside the wall time
because a shared machine stretches the wall clock. Pelican builds the same articles as plain
pages (its own virtualenv, WORK/pelican-venv, made on first use with pip install pelican
markdown), cold, and newsline's cold build is given as a multiple of Pelican's time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_corpus import write_corpus  # noqa: E402

TARGETS = {  # seconds, for this project's 2-core reference machine
    1000: {"cold": 15.0, "unchanged": 1.0, "one_change": 1.5},
    10000: {"cold": 120.0},
}
MEMORY_TARGET_MB = 1024
PELICAN_RATIO_TARGET = 3.0
CHANGE = "\n\nDer Stadtrat will am 12. Oktober 2027 erneut abstimmen.\n"


def tree_memory_kb(pid: int) -> tuple[int, int]:
    """Resident memory of pid and all its descendants, in KB: the sum of their RSS, and of
    their PSS (each page shared by k processes counted 1/k in each, from
    /proc/PID/smaps_rollup; a forked process sharing its parent's pages copy-on-write makes
    the RSS sum count those pages twice). (0, 0) once it is gone; a process whose
    smaps_rollup cannot be read counts its RSS as its PSS."""
    rss = pss = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            try:
                with open(f"/proc/{current}/smaps_rollup") as rollup:
                    fields = dict(line.split()[:2] for line in rollup if line.startswith(
                        ("Rss:", "Pss:")))
                mine = int(fields["Rss:"])
                rss, pss = rss + mine, pss + int(fields.get("Pss:", mine))
            except (OSError, KeyError):
                with open(f"/proc/{current}/status") as status:
                    mine = next((int(line.split()[1]) for line in status
                                 if line.startswith("VmRSS:")), 0)
                rss, pss = rss + mine, pss + mine
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            continue
    return rss, pss


def measure(command: list[str], cwd: Path, env: dict | None = None) -> dict:
    """Wall time, CPU time and peak tree memory (RSS sum and PSS sum, see tree_memory_kb)
    of one command; raises when it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    peak = [0, 0]

    def sample():
        while process.poll() is None:
            rss, pss = tree_memory_kb(process.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{err.decode()[-3000:]}")
    return {"wall": wall, "peak_mb": peak[0] / 1024, "peak_pss_mb": peak[1] / 1024,
            "log": err.decode()}


def cpu_seconds(before) -> float:
    import resource

    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (now.ru_utime + now.ru_stime) - (before.ru_utime + before.ru_stime)


def timed(command: list[str], cwd: Path, env: dict | None = None) -> dict:
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = measure(command, cwd, env)
    result["cpu"] = cpu_seconds(before)
    return result


def code_snapshot(work: Path) -> Path:
    """A copy of newsline and its theme as they are now, so that edits made to the checkout
    while the benchmark runs (its code version is part of every cache key) change nothing."""
    target = work / "code"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(REPO / "newsline", target / "newsline",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "theme", target / "theme")
    if (REPO / "node_modules").is_dir():
        (target / "node_modules").symlink_to(REPO / "node_modules")
    return target


def newsline_runs(project: Path, code: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code), NO_COLOR="1")
    command = [sys.executable, "-m", "newsline", "build", "--root", str(project)]
    shutil.rmtree(project / "build", ignore_errors=True)
    shutil.rmtree(project / ".cache", ignore_errors=True)
    runs = {"cold": timed(command, code, env), "unchanged": timed(command, code, env)}
    files = sorted((project / "content" / "articles").glob("*.md"))
    article = files[len(files) // 2]
    original = article.read_bytes()
    article.write_bytes(original + CHANGE.encode())
    try:
        runs["one_change"] = timed(command, code, env)
    finally:
        article.write_bytes(original)
    return runs


def pelican_python(work: Path) -> Path:
    home = work / "pelican-venv"
    python = home / "bin" / "python"
    if not (home / ".installed").exists():
        venv.create(home, with_pip=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        "pelican", "markdown"], check=True)
        (home / ".installed").touch()
    return python


def pelican_project(project: Path, target: Path) -> Path:
    """The articles as Pelican Markdown (its 'Key: value' metadata) and a minimal config."""
    content = target / "content"
    shutil.rmtree(target, ignore_errors=True)
    content.mkdir(parents=True)
    for path in sorted((project / "content" / "articles").glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        meta = dict(re.findall(r"^(\w+): (.*)$", front, flags=re.M))
        title = meta["title"].strip('"')
        topics = meta.get("topics", "[]").strip("[]").split(",")
        (content / path.name).write_text(
            f"Title: {title}\nDate: {meta['date'].replace('T', ' ')[:16]}\n"
            f"Category: {topics[0].strip()}\nSlug: {path.stem}\n\n{body}", encoding="utf-8")
    (target / "pelicanconf.py").write_text(
        'SITENAME = "Benchmark"\nSITEURL = ""\nPATH = "content"\nTIMEZONE = "Europe/Berlin"\n'
        'DEFAULT_LANG = "de"\nFEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\n'
        "TRANSLATION_FEED_ATOM = None\nAUTHOR_FEED_ATOM = None\nAUTHOR_FEED_RSS = None\n"
        "LOAD_CONTENT_CACHE = False\nRELATIVE_URLS = True\nDEFAULT_PAGINATION = 10\n",
        encoding="utf-8")
    return target


def pelican_run(python: Path, site: Path) -> dict:
    shutil.rmtree(site / "output", ignore_errors=True)
    return timed([str(python), "-m", "pelican", "content", "-o", "output", "-s", "pelicanconf.py",
                  "-q"], site)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--work", type=Path, default=REPO / ".cache" / "bench")
    parser.add_argument("--no-pelican", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--stages", action="store_true",
                        help="print each newsline run's stage lines (wall seconds per stage)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    args.work.mkdir(parents=True, exist_ok=True)
    python = None if args.no_pelican else pelican_python(args.work)
    code = code_snapshot(args.work)
    figures = {}
    for n in sizes:
        project = args.work / f"n{n}"
        shutil.rmtree(project, ignore_errors=True)
        write_corpus(project, n)
        runs = newsline_runs(project, code)
        row = {name: {k: round(v, 3) for k, v in run.items() if k != "log"}
               for name, run in runs.items()}
        if python is not None:
            pelican = pelican_run(python, pelican_project(project, args.work / f"pelican-{n}"))
            row["pelican"] = {k: round(v, 3) for k, v in pelican.items() if k != "log"}
            row["ratio"] = round(runs["cold"]["wall"] / pelican["wall"], 2)
            row["cpu_ratio"] = round(runs["cold"]["cpu"] / max(pelican["cpu"], 1e-9), 2)
        figures[n] = row
        print_row(n, row)
        if args.stages:
            for name, run in runs.items():
                lines = [line for line in run["log"].splitlines() if line.endswith(" s)")]
                print(f"  {name} stages: " + "; ".join(lines), flush=True)
    if args.json:
        print(json.dumps(figures, indent=2, sort_keys=True))
    return 0


def print_row(n: int, row: dict) -> None:
    targets = TARGETS.get(n, {})
    print(f"N = {n}")
    for name in ("cold", "unchanged", "one_change"):
        run = row[name]
        target = targets.get(name)
        verdict = "" if target is None else (
            f"  target {target:g} s: {'met' if run['wall'] <= target else 'MISSED'}")
        print(f"  {name:<11} {run['wall']:8.2f} s wall {run['cpu']:8.2f} s cpu "
              f"{run['peak_mb']:7.0f} MB peak RSS sum {run['peak_pss_mb']:7.0f} MB PSS"
              f"{verdict}", flush=True)
    if "pelican" in row:
        p = row["pelican"]
        print(f"  {'pelican':<11} {p['wall']:8.2f} s wall {p['cpu']:8.2f} s cpu "
              f"{p['peak_mb']:7.0f} MB peak RSS sum {p['peak_pss_mb']:7.0f} MB PSS")
        print(f"  newsline cold / pelican: {row['ratio']:.2f}x wall, {row['cpu_ratio']:.2f}x cpu"
              f"  (target {PELICAN_RATIO_TARGET:g}x: "
              f"{'met' if row['ratio'] <= PELICAN_RATIO_TARGET else 'MISSED'})")
    # judged by PSS: the RSS sum counts twice the pages a forked process shares
    peak = max(row[k]["peak_pss_mb"] for k in ("cold", "unchanged", "one_change"))
    rss = max(row[k]["peak_mb"] for k in ("cold", "unchanged", "one_change"))
    print(f"  peak memory {peak:.0f} MB PSS, {rss:.0f} MB RSS sum "
          f"(target < {MEMORY_TARGET_MB} MB: {'met' if peak < MEMORY_TARGET_MB else 'MISSED'})",
          flush=True)


if __name__ == "__main__":
    sys.exit(main())
