#!/usr/bin/env python3
"""Measure newsline's temporal tagger on the gold TimeML corpora, beside HeidelTime.

    scripts/eval.py CORPORA_DIR [--json] [--keep DIR] [--errors N] [--strict-targets]

CORPORA_DIR is the shared corpus folder (../shared/corpora for `make eval`); nothing from it is
copied into the project. Each gold corpus is annotated by newsline into a temporary folder
(or DIR with --keep), then newsline and HeidelTime's shipped output are scored the same way
(TempEval-3 conventions, see newsline.timeml.scoring) and printed as one table with the
targets the tagger has to meet. --errors N adds, per corpus, a tally of newsline's
disagreements with gold by kind and the first N of them (see newsline.timeml.errors).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsline.timeml.annotate import annotate_folder
from newsline.timeml.errors import KINDS, folder_disagreements
from newsline.timeml.report import percentages, table
from newsline.timeml.scoring import FolderScore, score_folders


@dataclass(frozen=True)
class Corpus:
    name: str
    folder: str  # gold folder inside CORPORA_DIR; HeidelTime's output is folder + ".heideltime"
    lang: str
    targets: dict[str, float]  # measure ("relaxed_f1", "value_f1") -> minimum, in percent


CORPORA = (
    Corpus("KRAUTS", "de/krauts-dolomiten-42", "de", {"value_f1": 86.0, "relaxed_f1": 90.0}),
    Corpus("TimeBank", "en/timebank", "en", {"value_f1": 83.0}),
    Corpus("AQUAINT", "en/aquaint", "en", {"value_f1": 80.0}),
)

LABELS = {"value_f1": "value", "relaxed_f1": "relaxed"}


def check_targets(corpus: Corpus, score: FolderScore) -> list[tuple[str, float, float, bool]]:
    """(measure, target, reached, met) for every target of a corpus, all in percent."""
    total = score.total.to_json()
    reached = {"value_f1": 100 * total["value_f1"], "relaxed_f1": 100 * total["relaxed"]["f1"]}
    return [(m, t, reached[m], reached[m] >= t - 1e-9) for m, t in corpus.targets.items()]


def evaluate(corpora_dir: Path, work_dir: Path, errors: bool = False) -> list[dict]:
    results = []
    for corpus in CORPORA:
        gold = corpora_dir / corpus.folder
        if not gold.is_dir():
            raise SystemExit(f"eval: gold corpus {gold} not found")
        ours = work_dir / Path(corpus.folder).name
        annotate_folder(gold, ours, lang=corpus.lang)
        newsline = score_folders(gold, ours)
        entry = {"corpus": corpus.name, "folder": corpus.folder, "lang": corpus.lang,
                 "systems": {"newsline": newsline},
                 "targets": check_targets(corpus, newsline)}
        if errors:
            entry["errors"] = folder_disagreements(gold, ours)
        heideltime = corpora_dir / f"{corpus.folder}.heideltime"
        if heideltime.is_dir():
            entry["systems"]["HeidelTime"] = score_folders(gold, heideltime)
        results.append(entry)
    return results


def render_table(results: list[dict]) -> str:
    header = ["corpus", "system", "docs", "gold", "sys", "strict P", "strict R", "strict F1",
              "relaxed P", "relaxed R", "relaxed F1", "type F1", "value F1", "target", "met"]
    rows = []
    for entry in results:
        for system, score in entry["systems"].items():
            cells = [entry["corpus"], system, str(len(score.documents)), str(score.total.gold),
                     str(score.total.system), *(f"{x:.1f}" for x in percentages(score.total))]
            if system == "newsline":
                cells.append(", ".join(f"{LABELS[m]} >= {t:g}" for m, t, _, _ in entry["targets"]))
                cells.append(", ".join("yes" if ok else "NO" for *_, ok in entry["targets"]))
            else:
                cells += ["", ""]
            rows.append(cells)
    return table(header, rows)


def render_errors(results: list[dict], limit: int) -> str:
    lines = []
    for entry in results:
        found = entry["errors"]
        tally = Counter(d.kind for d in found)
        lines.append(f"{entry['corpus']}: newsline disagrees with gold "
                     + ", ".join(f"{k} {tally[k]}" for k in KINDS))
        lines += [f"  {d}" for d in found[:limit]]
    return "\n".join(lines)


def to_json(results: list[dict]) -> dict:
    return {
        "corpora": [
            {
                "corpus": e["corpus"], "folder": e["folder"], "lang": e["lang"],
                "systems": {name: s.to_json() for name, s in e["systems"].items()},
                "targets": [{"measure": m, "target": t / 100, "reached": r / 100, "met": ok}
                            for m, t, r, ok in e["targets"]],
                **({"errors": [d.__dict__ for d in e["errors"]]} if "errors" in e else {}),
            }
            for e in results
        ],
        "all_targets_met": all(ok for e in results for *_, ok in e["targets"]),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpora_dir", type=Path)
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--keep", type=Path, default=None,
                   help="write newsline's annotations here instead of a temporary folder")
    p.add_argument("--errors", type=int, default=None, metavar="N",
                   help="also list newsline's disagreements with gold, the first N per corpus")
    p.add_argument("--strict-targets", action="store_true",
                   help="exit with status 1 when a target is not met")
    args = p.parse_args(argv)
    if args.keep is not None:
        results = evaluate(args.corpora_dir, args.keep, args.errors is not None)
    else:
        with tempfile.TemporaryDirectory(prefix="newsline-eval-") as tmp:
            results = evaluate(args.corpora_dir, Path(tmp), args.errors is not None)
    summary = to_json(results)
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True))
    else:
        print("TIMEX3 scores in %, TempEval-3 conventions (strict = same span, relaxed = overlap;")
        print("type/value F1 = relaxed F1 x share of relaxed matches with the right type/value)")
        print()
        print(render_table(results))
        print()
        print("all targets met" if summary["all_targets_met"] else "targets NOT all met")
        if args.errors is not None:
            print()
            print(render_errors(results, args.errors))
    if args.strict_targets and not summary["all_targets_met"]:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
