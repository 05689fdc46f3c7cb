#!/usr/bin/env python3
"""Score the German tagger on two fixed halves of KRAUTS: one to study errors in, one held out.

    scripts/eval_halves_de.py CORPORA_DIR [--errors N] [--heldout-errors]

KRAUTS is small (42 documents), so every rule written while looking at its errors risks fitting
those documents rather than German. The halves are fixed by a rule nobody can tune: the parity
of the CRC-32 of each file name (even: "dev", odd: "heldout"). Only the dev half's errors are
printed unless --heldout-errors is given; the held-out score shows whether a change generalises.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path

from newsline.timeml.annotate import annotate_folder
from newsline.timeml.document import tml_files
from newsline.timeml.errors import KINDS, folder_disagreements
from newsline.timeml.report import percentages, table
from newsline.timeml.scoring import score_folders

FOLDER = "de/krauts-dolomiten-42"


def half_of(name: str) -> str:
    return "dev" if zlib.crc32(name.encode("utf-8")) % 2 == 0 else "heldout"


def split(gold: Path, work: Path) -> dict[str, Path]:
    """Symbolic links to each half's gold files under work/<half>/."""
    out = {}
    for half in ("dev", "heldout"):
        out[half] = work / "gold" / half
        out[half].mkdir(parents=True)
    for path in tml_files(gold):
        (out[half_of(path.name)] / path.name).symlink_to(path.resolve())
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpora_dir", type=Path)
    p.add_argument("--errors", type=int, default=0, metavar="N",
                   help="list the first N disagreements of the dev half")
    p.add_argument("--heldout-errors", action="store_true",
                   help="list the held-out half's disagreements too (spoils it as a check)")
    args = p.parse_args(argv)
    gold = args.corpora_dir / FOLDER
    if not gold.is_dir():
        raise SystemExit(f"eval_halves_de: {gold} not found")
    header = ["half", "docs", "gold", "sys", "strict P", "strict R", "strict F1", "relaxed P",
              "relaxed R", "relaxed F1", "type F1", "value F1"]
    rows, errors = [], {}
    with tempfile.TemporaryDirectory(prefix="newsline-halves-") as tmp:
        halves = split(gold, Path(tmp))
        for half, folder in halves.items():
            ours = Path(tmp) / "system" / half
            annotate_folder(folder, ours, lang="de")
            score = score_folders(folder, ours)
            rows.append([half, str(len(score.documents)), str(score.total.gold),
                         str(score.total.system), *(f"{x:.1f}" for x in percentages(score.total))])
            if half == "dev" or args.heldout_errors:
                errors[half] = folder_disagreements(folder, ours)
    print(table(header, rows))
    if args.errors:
        for half, found in errors.items():
            tally = Counter(d.kind for d in found)
            print(f"\n{half}: " + ", ".join(f"{k} {tally[k]}" for k in KINDS))
            for d in found[:args.errors]:
                print(f"  {d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
