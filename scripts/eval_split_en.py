#!/usr/bin/env python3
"""English tagger scores on a dev half and a held-out half of each English gold corpus.

    scripts/eval_split_en.py CORPORA_DIR [--errors N] [--half dev|held-out]

Error analysis looks only at the dev half; the held-out half shows whether a change helps news
the rules were not written from. The split is fixed: a file is dev when the CRC-32 of its name
is even. Scores follow scripts/eval.py (TempEval-3 conventions, newsline.timeml.scoring).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval import CORPORA  # noqa: E402

from newsline.timeml.annotate import annotate_document  # noqa: E402
from newsline.timeml.document import read_tml, tml_files  # noqa: E402
from newsline.timeml.errors import KINDS, document_disagreements  # noqa: E402
from newsline.timeml.report import percentages  # noqa: E402
from newsline.timeml.scoring import Counts, score_documents  # noqa: E402


def half_of(name: str) -> str:
    return "dev" if zlib.crc32(name.encode("utf-8")) % 2 == 0 else "held-out"


def evaluate(corpora_dir: Path, work: Path, errors_half: str | None):
    rows, errors = [], []
    for corpus in (c for c in CORPORA if c.lang == "en"):
        totals = {"dev": Counts(), "held-out": Counts()}
        docs = Counter()
        for path in tml_files(corpora_dir / corpus.folder):
            gold = read_tml(path)
            out = work / corpus.name / path.name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(annotate_document(gold, "en"), encoding="utf-8")
            system = read_tml(out)
            half = half_of(path.name)
            totals[half] = totals[half] + score_documents(gold, system)
            docs[half] += 1
            if errors_half == half:
                errors += [(corpus.name, d) for d in document_disagreements(gold, system)]
        for half, counts in totals.items():
            rows.append((corpus.name, half, docs[half], counts))
    return rows, errors


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpora_dir", type=Path)
    p.add_argument("--errors", type=int, default=None, metavar="N")
    p.add_argument("--half", choices=("dev", "held-out"), default="dev",
                   help="which half --errors lists (dev unless you mean to peek)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsline-split-") as tmp:
        rows, errors = evaluate(args.corpora_dir, Path(tmp),
                                args.half if args.errors is not None else None)
    print(f"{'corpus':<9} {'half':<9} {'docs':>4} {'gold':>5} {'sys':>5} "
          f"{'strict':>6} {'relax':>6} {'type':>6} {'value':>6}")
    for name, half, docs, c in rows:
        pc = percentages(c)
        print(f"{name:<9} {half:<9} {docs:>4} {c.gold:>5} {c.system:>5} "
              f"{pc[2]:>6.1f} {pc[5]:>6.1f} {pc[6]:>6.1f} {pc[7]:>6.1f}")
    if args.errors is not None:
        tally = Counter(d.kind for _, d in errors)
        print("\n" + ", ".join(f"{k} {tally[k]}" for k in KINDS))
        for name, d in errors[:args.errors]:
            print(f"{name} {d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
