"""The command line: newsline build | serve | check | tag | timeml | new.

Each subcommand is a thin shell around the module that does the work; this file only parses
arguments and turns results into exit codes.
"""

from __future__ import annotations

import argparse
import sys


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsline", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the site from content/ into build/")
    b.add_argument("--root", default=".", help="project folder holding content/ and theme/")
    b.add_argument("--out", default=None, help="output folder (default: build/ in the root)")
    b.add_argument("--drafts", action="store_true", help="include articles marked draft")
    b.add_argument("--executor", choices=["auto", "inline", "process", "dask"], default="auto",
                   help="where tagging runs: auto (every core), inline, process, dask")
    b.add_argument("--scheduler", default=None, metavar="HOST:PORT",
                   help="Dask scheduler for --executor dask (default: a local cluster)")
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: cores)")

    s = sub.add_parser("serve", help="build, serve build/ on 127.0.0.1 and rebuild on change")
    s.add_argument("--root", default=".")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--drafts", action="store_true")

    c = sub.add_parser("check", help="validate config and content, report every problem")
    c.add_argument("--root", default=".")
    c.add_argument("--strict", action="store_true", help="warnings are errors too")

    t = sub.add_parser("tag", help="print the temporal expressions of a text as JSON lines")
    t.add_argument("file", help="a text file, or - for standard input")
    t.add_argument("--lang", choices=["de", "en"], default=None)
    t.add_argument("--dct", required=True, help="reference date(time), ISO 8601")

    tm = sub.add_parser("timeml", help="TimeML corpus tools")
    tms = tm.add_subparsers(dest="timeml_command", required=True)
    a = tms.add_parser("annotate", help="tag every .tml of a gold folder into OUT_DIR")
    a.add_argument("gold_dir")
    a.add_argument("out_dir")
    a.add_argument("--lang", choices=["de", "en"], default=None)
    sc = tms.add_parser("score", help="TempEval-3 scores of SYS_DIR against GOLD_DIR")
    sc.add_argument("gold_dir")
    sc.add_argument("sys_dir")

    n = sub.add_parser("new", help="write a new article with its front matter")
    n.add_argument("title")
    n.add_argument("--lang", choices=["de", "en"], default="de")
    n.add_argument("--topic", action="append", default=[])
    n.add_argument("--root", default=".")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "build":
        from newsline.build import cmd_build
        return cmd_build(args)
    if args.command == "serve":
        from newsline.serve import cmd_serve
        return cmd_serve(args)
    if args.command == "check":
        from newsline.check import cmd_check
        return cmd_check(args)
    if args.command == "tag":
        from newsline.timex.cli import cmd_tag
        return cmd_tag(args)
    if args.command == "timeml":
        from newsline.timeml.cli import cmd_timeml
        return cmd_timeml(args)
    if args.command == "new":
        from newsline.new import cmd_new
        return cmd_new(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
