"""`newsline timeml annotate|score`: the command-line face of the TimeML tools."""

from __future__ import annotations

import sys

from newsline.timeml.annotate import annotate_folder
from newsline.timeml.report import score_lines
from newsline.timeml.scoring import score_folders


def _annotate(args) -> int:
    summary = annotate_folder(args.gold_dir, args.out_dir, lang=args.lang)
    print(f"annotated {summary.documents} documents, {summary.timexes} TIMEX3 -> {args.out_dir}")
    return 0


def _score(args) -> int:
    result = score_folders(args.gold_dir, args.sys_dir)
    print(f"{args.sys_dir} against {args.gold_dir} ({len(result.documents)} documents)")
    print(score_lines(result.total))
    for name in result.missing_system:
        print(f"warning: no system file for {name}; scored as empty", file=sys.stderr)
    for name in result.unmatched_system:
        print(f"warning: {name} has no gold file; not scored", file=sys.stderr)
    for name in result.realigned:
        print(f"note: {name}: system text differs from gold; offsets aligned", file=sys.stderr)
    return 0


def cmd_timeml(args) -> int:
    try:
        if args.timeml_command == "annotate":
            return _annotate(args)
        if args.timeml_command == "score":
            return _score(args)
    except (OSError, ValueError) as exc:
        print(f"newsline timeml: {exc}", file=sys.stderr)
        return 1
    return 2
