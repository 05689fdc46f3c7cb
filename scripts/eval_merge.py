"""Measures event merging on journalist-written timelines against hand labels.

Usage: eval_merge.py CORPORA_DIR [--text first|all] [--sweep] [--site ROOT | --no-site]

Each entry of <CORPORA_DIR>/timelines/gold-timelines/<topic>/<outlet>.txt (a YYYY-MM-DD line,
then sentences; entries separated by dashed lines) becomes one day event from its outlet, and
newsline.merge.merge_events runs per topic. A pair of entries is predicted "same happening" when
both end up in one merged event; scripts/data/timeline_pairs.tsv holds the hand labels of every
same-day pair of entries from different outlets (its header says how they were decided).
Prints precision, recall and F1 on the tuning topics, the report topics and all, next to the
baseline that merges every same-day pair, and counts merges across different days (unlabelled).
Then the same for the cross-language pairs of the sample site (scripts/eval_merge_sample.py).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, timezone
from itertools import combinations
from pathlib import Path

from newsline.merge import DEFAULT, MergeSettings, merge_events
from newsline.model import Event, Mention

LABELS = Path(__file__).parent / "data" / "timeline_pairs.tsv"
TUNE = ("crisis-egypt", "crisis-libya", "tl17-h1n1", "tl17-libya")
REPORT = ("crisis-syria", "crisis-yemen", "tl17-bpoil", "tl17-syria")
Entry = tuple[str, str, int]  # outlet, date, index within the outlet's file


def read_entries(folder: Path) -> dict[Entry, str]:
    """Every entry of one topic's timelines, keyed by outlet, date and index."""
    entries = {}
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        blocks = [b.strip() for b in re.split(r"\n-{5,}\n?", text) if b.strip()]
        for index, block in enumerate(blocks):
            first, *rest = block.split("\n")
            entries[(path.stem, first.strip(), index)] = "\n".join(line.strip() for line in rest)
    return entries


def to_event(topic: str, entry: Entry, text: str, mode: str) -> Event:
    outlet, day, index = entry
    when = date.fromisoformat(day)
    if mode == "first":
        text = text.split("\n")[0]
    text = " ".join(text.split())
    mention = Mention(
        slug=outlet, title=outlet, url=None, source=outlet, lang="en",
        published=datetime(when.year, when.month, when.day, tzinfo=timezone.utc),
        expression=day, value=day, span=(0, 0), sentence_span=(0, len(text)),
    )
    return Event(id=f"{outlet}:{index:04d}", start=when, end=when, granularity="day",
                 approximate=False, text=text, topics=(topic,), sources=[mention])


def predicted_pairs(topic: str, entries: dict[Entry, str], mode: str,
                    settings: MergeSettings) -> set[frozenset[Entry]]:
    """Pairs of entries that end up in one merged event."""
    events = {entry: to_event(topic, entry, text, mode) for entry, text in sorted(entries.items())}
    # Each entry's event has one mention, and merged events keep those very Mention objects.
    entry_of = {id(event.sources[0]): entry for entry, event in events.items()}
    pairs = set()
    for merged in merge_events(list(events.values()), settings):
        members = sorted({entry_of[id(m)] for m in merged.sources})
        pairs.update(frozenset(pair) for pair in combinations(members, 2))
    return pairs


def read_labels() -> dict[str, dict[frozenset[Entry], int]]:
    labels: dict[str, dict[frozenset[Entry], int]] = defaultdict(dict)
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("topic\t"):
            continue
        topic, day, oa, ia, ob, ib, label = line.split("\t")
        labels[topic][frozenset(((oa, day, int(ia)), (ob, day, int(ib))))] = int(label)
    return labels


def score(labels: dict[frozenset[Entry], int], predicted: set[frozenset[Entry]]) -> tuple[int, int, int]:
    tp = sum(1 for p, y in labels.items() if y and p in predicted)
    fp = sum(1 for p, y in labels.items() if not y and p in predicted)
    fn = sum(1 for p, y in labels.items() if y and p not in predicted)
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}  (tp {tp}, fp {fp}, fn {fn})"


def evaluate(root: Path, mode: str, settings: MergeSettings, verbose: bool) -> dict[str, list[int]]:
    labels = read_labels()
    totals: dict[str, list[int]] = {}
    for topic in sorted(labels):
        entries = read_entries(root / topic)
        predicted = predicted_pairs(topic, entries, mode, settings)
        cross_day = sum(1 for p in predicted if len({d for _, d, _ in p}) > 1)
        counts = score(labels[topic], predicted)
        baseline = score(labels[topic], set(labels[topic]))
        side = "tune" if topic in TUNE else "report"
        for key in (side, "all"):
            t = totals.setdefault(key, [0] * 7)
            for k, v in enumerate(counts + baseline + (cross_day,)):
                t[k] += v
        if verbose:
            print(f"{topic:14} {side:6} {prf(*counts)}  cross-day merges {cross_day}")
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path)
    parser.add_argument("--text", choices=("first", "all"), default="all",
                        help="an entry's event text: its first sentence or all of it")
    parser.add_argument("--sweep", action="store_true", help="try thresholds on the tuning topics")
    parser.add_argument("--site", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the site whose labelled sample content to score as well")
    parser.add_argument("--no-site", action="store_true", help="score the timelines only")
    args = parser.parse_args(argv)
    root = args.corpora / "timelines" / "gold-timelines"
    if not root.is_dir():
        print(f"no timelines under {root}", file=sys.stderr)
        return 2
    if args.sweep:
        for threshold in (0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.2, 0.3):
            settings = replace(DEFAULT, threshold=threshold)
            t = evaluate(root, args.text, settings, verbose=False)
            print(f"threshold {threshold:.2f}  tune {prf(*t['tune'][:3])}  "
                  f"report {prf(*t['report'][:3])}")
        return 0
    totals = evaluate(root, args.text, DEFAULT, verbose=True)
    print(f"\nevent text: {args.text}; settings {DEFAULT}")
    for key in ("tune", "report", "all"):
        t = totals[key]
        print(f"{key:6} merge      {prf(*t[:3])}  cross-day merges {t[6]}")
        print(f"{key:6} baseline   {prf(*t[3:6])}  (every same-day pair merged)")
    if not args.no_site:
        from eval_merge_sample import report  # scripts/ is this script's own folder

        print()
        report(args.site)
    return 0


if __name__ == "__main__":
    sys.exit(main())
