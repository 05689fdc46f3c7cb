#!/usr/bin/env python3
"""One fingerprint of everything the tagger says about a set of texts.

    scripts/tag_digest.py SOURCE... [--verbose]

A change meant to make the tagger faster must not change a single tag. This script tags every
text of its sources and prints a SHA-256 over all of the output: each expression's offsets,
text, type, value, mod, anchor, rule and full interval. Run it once with the old code (on
PYTHONPATH) and once with the new: equal digests, equal tags. A SOURCE is
  - a folder of TimeML (.tml) documents, searched recursively (each tagged against its DCT);
  - a newsline project (a folder with content/site.toml, such as this repository or one of
    scripts/bench_corpus.py): its articles' bodies, against their publication time;
  - a news-sentence file of the tests ("@ DCT" lines, then sentences; indented lines and
    "#" comments are expectations and notes): each sentence against the DCT above it.
--verbose prints one digest per source as well, to find where two runs part.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import datetime
from pathlib import Path


def tml_docs(folder: Path):
    from newsline.timeml.annotate import dct_datetime
    from newsline.timeml.document import read_tml, tml_files

    for f in sorted(f for sub in sorted({p.parent for p in folder.rglob("*.tml")})
                    for f in tml_files(sub)):
        d = read_tml(f)
        lang = "de" if "/de/" in f"/{f.resolve()}" else "en"
        yield f.name, d.text, lang, dct_datetime(d.dct)


def project_docs(project: Path):
    from newsline.build import load_site
    from newsline.problems import Problems
    from newsline.reader import read_articles

    problems = Problems(project)
    site, _ = load_site(project, problems)
    for a in read_articles(site, problems):
        yield a.path.name, a.body, a.lang, a.date


def sentence_docs(path: Path):
    lang = "de" if "_de" in path.name else "en"
    dct = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith(" "):
            continue
        if line.startswith("@"):
            dct = datetime.fromisoformat(line[1:].split()[0])
            continue
        yield f"{path.name}:{n}", line, lang, dct


def docs(source: Path):
    if source.is_file():
        return sentence_docs(source)
    if (source / "content" / "site.toml").is_file():
        return project_docs(source)
    return tml_docs(source)


def record(t) -> list:
    iv = t.interval
    return [t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, t.extra.get("rule"),
            None if iv is None else [iv.start.isoformat(), iv.end.isoformat(), iv.granularity,
                                     iv.approximate, iv.open_start, iv.open_end]]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("sources", type=Path, nargs="+")
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args(argv)

    from newsline.timex import tag

    total = hashlib.sha256()
    texts = timexes = 0
    for source in args.sources:
        part = hashlib.sha256()
        for name, text, lang, dct in docs(source):
            found = tag(text, lang, dct)
            line = json.dumps([name, lang, [record(t) for t in found]], ensure_ascii=False)
            part.update(line.encode("utf-8") + b"\n")
            texts += 1
            timexes += len(found)
        if part.digest() == hashlib.sha256().digest():  # (a typo'd folder tags nothing)
            print(f"no text found in {source}", file=sys.stderr)
            return 1
        total.update(part.digest())
        if args.verbose:
            print(f"{part.hexdigest()[:16]}  {source}")
    print(f"{total.hexdigest()}  {texts} texts, {timexes} expressions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
