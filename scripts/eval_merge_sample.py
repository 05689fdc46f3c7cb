"""Measures cross-article event merging on the site's own sample content against hand labels.

Usage: eval_merge_sample.py [SITE_ROOT] [--errors]

The build's stages up to merging run on SITE_ROOT/content (the repository's by default): read,
tag, one event per happening, exact duplicates joined, then newsline.merge. Overrides are not
applied: they are an editor's corrections of this very output. scripts/data/sample_pairs.tsv
names the happening every dated mention reports, by article slug and the character offset of the
date expression's head word; two labelled mentions from different articles are a positive pair when they
report one happening. A pair is predicted positive when both mentions end up in one merged event.
Prints precision, recall and F1 over all cross-article pairs, overall and by language pair;
--errors lists each missed and each wrong pair.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

LABELS = Path(__file__).parent / "data" / "sample_pairs.tsv"
REPO = Path(__file__).resolve().parent.parent
Mention = tuple[str, int]  # article slug, offset inside the date expression


def read_labels(path: Path = LABELS) -> dict[Mention, tuple[str, str, str]]:
    """(slug, offset) -> (happening, the word at the offset, the expression as labelled)."""
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("happening\t"):
            continue
        happening, slug, offset, word, expression = line.split("\t")
        labels[(slug, int(offset))] = (happening, word, expression)
    return labels


def site_events(root: Path):
    """The merged events of the site at `root` and every article body by slug, before overrides."""
    from newsline.build import load_site, tag_articles
    from newsline.events import article_events
    from newsline.order import merge_and_order
    from newsline.problems import Problems
    from newsline.reader import read_articles

    problems = Problems(root)
    site, topics_known = load_site(root, problems)
    articles = read_articles(site, problems, check_topics=topics_known)
    tagged = tag_articles(articles, problems)
    reports = [event for article in tagged for event in article_events(article)]
    return merge_and_order(reports), {t.article.slug: t.article for t in tagged}


def locate(events, labels: dict[Mention, tuple]) -> dict[Mention, tuple[str, str]]:
    """Each labelled mention -> (merged event id, the mention's own pre-merge id)."""
    found = {}
    spans = defaultdict(list)  # slug -> [(start, end, event id, report id)]
    for event in events:
        for m in event.sources:
            for start, end in (m.span, *m.related):
                spans[m.slug].append((start, end, event.id, m.event_id))
    for slug, offset in labels:
        hits = sorted(h for h in spans.get(slug, ()) if h[0] <= offset < h[1])
        if hits:
            found[(slug, offset)] = hits[0][2:]
    return found


def evaluate(root: Path, verbose: bool = False, out=sys.stdout) -> dict[str, list[int]]:
    labels = read_labels()
    events, articles = site_events(root)
    stale = [(s, o, w) for (s, o), (_, w, _) in sorted(labels.items())
             if s not in articles or not articles[s].body[o:].startswith(w)]
    for slug, offset, word in stale:
        print(f"label does not match the content: {slug} {offset} {word!r}", file=out)
    where = locate(events, labels)
    missing = sorted(set(labels) - set(where))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    errors = []
    for a, b in combinations(sorted(where), 2):
        if a[0] == b[0]:
            continue  # one article's reports never merge, by design
        gold = labels[a][0] == labels[b][0]
        predicted = where[a][0] == where[b][0]
        if not gold and not predicted:
            continue
        langs = "-".join(sorted(articles[s].lang for s in (a[0], b[0])))
        cell = 0 if gold and predicted else 1 if predicted else 2
        for key in ("all", langs):
            totals[key][cell] += 1
        if cell:
            errors.append(("wrong" if cell == 1 else "missed", a, b))
    if verbose:
        for kind, a, b in errors:
            print(f"{kind:6} {_describe(a, labels, articles)}  ~  {_describe(b, labels, articles)}",
                  file=out)
    print(f"sample content: {len(events)} merged events, {len(where)} of {len(labels)} labelled "
          f"mentions found" + (f" (not found: {missing})" if missing else ""), file=out)
    positives = totals["all"][0] + totals["all"][2]
    if positives:
        print(f"recall ceiling {100 * attainable(labels, where) / positives:.1f} (an event holds at "
              f"most one report per article)", file=out)
    return dict(totals)


def attainable(labels, where) -> int:
    """The most positive pairs any merger can find when an event holds one report per article.

    Per happening, the k-th events can hold every article with at least k reports of it.
    """
    per_article: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for slug, offset in where:
        per_article[labels[(slug, offset)][0]][slug] += 1
    total = 0
    for counts in per_article.values():
        for layer in range(1, max(counts.values()) + 1):
            n = sum(1 for c in counts.values() if c >= layer)
            total += n * (n - 1) // 2
    return total


def _describe(m: Mention, labels, articles) -> str:
    happening, _, expression = labels[m]
    return f"{happening}:{m[0][:24]}@{m[1]}({expression}, {articles[m[0]].lang})"


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}  (tp {tp}, fp {fp}, fn {fn})"


def report(root: Path, verbose: bool = False, out=sys.stdout) -> dict[str, list[int]]:
    totals = evaluate(root, verbose, out)
    for key in ("all", "de-de", "de-en", "en-en"):
        if key in totals:
            print(f"sample {key:6} {prf(*totals[key])}", file=out)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, nargs="?", default=REPO)
    parser.add_argument("--errors", action="store_true", help="list missed and wrong pairs")
    args = parser.parse_args(argv)
    if not (args.root / "content" / "articles").is_dir():
        print(f"no content/articles under {args.root}", file=sys.stderr)
        return 2
    report(args.root, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
