"""Rebuilds after edits of every kind are byte for byte a cold build of the same project, with
the same warnings: the article caches (read, tags, events) are keyed on enough, and an entry
damaged, lost or left from an older build is made again, never served. Most of these guard
behaviour the caches had before their keys changed (an events entry now stands for expressions
it does not hold); each builds twice in one process, as `newsline serve` does."""

import re
import shutil

import pytest
from maintkit import articles, project, tree

from newsline.build import build

LATE = "\nDie Stadt plant die Eröffnung am 3. März 2031.\n"


def append(path, text=LATE):
    path.write_text(path.read_text() + text)


def front(path, line):
    path.write_text(path.read_text().replace("\n---\n", f"\n{line}\n---\n", 1))


def same_body(root):
    first, other = articles(root)[1], articles(root)[4]
    head = other.read_text().split("\n---\n", 1)[0]
    other.write_text(head + "\n---\n" + first.read_text().split("\n---\n", 1)[1])


def damage(root, namespace):
    for n, entry in enumerate(sorted(p for p in (root / ".cache" / namespace).rglob("*")
                                     if p.is_file())):
        data = entry.read_bytes()
        entry.write_bytes(data[:len(data) // 2] if n % 2 else data[:-3] + b"xyz")
    append(articles(root)[2])


def lost_tags(root):
    shutil.rmtree(root / ".cache" / "tags")
    shutil.rmtree(root / ".cache" / "pages")
    base = root / "theme" / "templates" / "base.html"
    base.write_text(base.read_text().replace("</body>", "<!-- again --></body>"))


def timezone(root):
    site = root / "content" / "site.toml"
    site.write_text(re.sub(r'timezone = "[^"]*"', 'timezone = "America/New_York"',
                           site.read_text()))


EDITS = {
    "body": lambda root: append(articles(root)[3]),
    "summary": lambda root: front(articles(root)[3], "summary: Kurz gesagt"),
    "unknown key (a warning)": lambda root: front(articles(root)[2], "author: Jane"),
    "renamed file": lambda root: articles(root)[2].rename(
        articles(root)[2].with_name("zz-" + articles(root)[2].name)),
    "deleted article": lambda root: articles(root)[4].unlink(),
    "draft": lambda root: front(articles(root)[3], "draft: true"),
    "two articles with one body": same_body,
    "site timezone": timezone,
    "tags entries lost, events kept": lost_tags,
    **{f"damaged {ns} entries": (lambda ns: lambda root: damage(root, ns))(ns)
       for ns in ("articles", "tags", "events", "reviewed", "merged", "pages", "state")},
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_rebuild_after_an_edit_is_a_cold_build(tmp_path, edit):
    root = project(tmp_path / "p", count=6)
    build(root, executor="inline")
    EDITS[edit](root)
    rebuilt = build(root, executor="inline")
    cold = build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold")
    assert rebuilt.problems.warnings == cold.problems.warnings


def test_drafts_shown_then_hidden_again_are_cold_builds(tmp_path):
    root = project(tmp_path / "p", count=5)
    front(articles(root)[1], "draft: true")
    for drafts in (False, True, False, True):
        rebuilt = build(root, executor="inline", drafts=drafts)
        build(root, out=tmp_path / "cold", executor="inline", drafts=drafts, use_cache=False)
        assert tree(root / "build") == tree(tmp_path / "cold"), drafts
        assert rebuilt.articles == 5 - (not drafts)
