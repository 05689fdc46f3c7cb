"""The reader composes front matter with PyYAML's C parser where it can (reader._compose): the
same nodes, lines and problems as with the Python parser, on real and on odd front matter."""

import random

import pytest
import yaml

from newsline import reader
from newsline.problems import Problems
from sitekit import ARTICLE_DE, ARTICLE_EN

pytestmark = pytest.mark.skipif(reader._C_LOADER is None, reason="PyYAML without libyaml")


def shape(node):
    """What the reader reads of a node: its kind, tag, value and line (not its style)."""
    if node is None:
        return None
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.tag, node.value, node.start_mark.line)
    return (type(node).__name__, node.tag, node.start_mark.line,
            [tuple(map(shape, item)) if isinstance(item, tuple) else shape(item)
             for item in node.value])


def outcome(front, tmp_path):
    problems = Problems(tmp_path)
    fields = reader._front_matter_fields(front, tmp_path / "a.md", problems)
    read = None if fields is None else {k: (shape(n), line) for k, (n, line) in fields.items()}
    return read, [p.format() for p in problems.sorted()]


def both(front, tmp_path, monkeypatch):
    fast = outcome(front, tmp_path)
    with monkeypatch.context() as m:
        m.setattr(reader, "_C_LOADER", None)
        slow = outcome(front, tmp_path)
    return fast, slow


def test_the_c_parser_reads_the_front_matter_of_an_article(monkeypatch):
    calls = []
    real = yaml.compose
    monkeypatch.setattr(yaml, "compose", lambda s, Loader: calls.append(Loader) or real(s, Loader))
    front = ARTICLE_DE.split("---\n")[1]
    node = reader._compose(front)
    assert calls == [reader._C_LOADER]
    assert shape(node) == shape(real(front, Loader=yaml.SafeLoader))


PIECES = ["title", "date", "lang", "topics", "draft", "x", "ä", "'", '"', ":", ": ", " ", "  ",
          "\n", "\n  ", "\n- ", "- ", "[", "]", "{", "}", ",", "#", "&a", "*a", "!!str ", "!x ",
          "|", ">", "?", "2024-03-14", "T09:30:00", "+02:00", "true", "no", "~", "null", "1e3",
          "0x1f", "\\", "\\n", "%", "@", "`", "...", "---", "\t", "\u00a0", "\u2028", "é", "€"]


def random_front(rng):
    lines = []
    for _ in range(rng.randint(1, 6)):
        key = rng.choice(["title", "date", "lang", "topics", "draft", "source", "x"])
        value = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))
        lines.append(f"{key}: {value}" if rng.random() < 0.8 else value)
    return "\n".join(lines)


def test_the_same_fields_and_problems_as_the_python_parser(tmp_path, monkeypatch):
    rng = random.Random(9)
    fronts = [a.split("---\n")[1] for a in (ARTICLE_DE, ARTICLE_EN)]
    fronts += ['title: "a: b"\ndate: 2024-03-14\ntopics:\n  - verkehr\n  - wahlen\n',
               "title: [a, {b: c}]\ndate: &d 2024-03-14\nsource: *d\ndraft: yes\n",
               "title: 'it''s'\ntitle: x\n", "- a\n- b\n", "a: b: c\n", "title: [a\n",
               "title: \"\\x41\\u00e4\"\n", "? [a, b]\n: c\n", "title: |\n  one\n  two\n"]
    # (where the parsers part: a block scalar's header running into a comment, a "?" key or a
    # "!" tag standing alone, a document's start)
    fronts += ["summary: >2#x\ntitle: a\n", "summary: |#\n", "title: |-#c\n  a\n", "? a\n",
               "title: x\n? \n", "title: !\ndraft: !\n", "--- #c\n", "title: x\n--- #c\n"]
    fronts += [random_front(rng) for _ in range(3000)]
    differ = []
    for front in fronts:
        fast, slow = both(front, tmp_path, monkeypatch)
        if fast != slow:
            differ.append(front)
    assert differ == []


def test_deep_nesting_is_left_to_the_python_parser(tmp_path, monkeypatch):
    front = "title: " + "[" * 5000 + "]" * 5000 + "\n"
    fast, slow = both(front, tmp_path, monkeypatch)
    assert fast == slow
    assert len(fast[1]) == 1 and fast[1][0].endswith(
        "malformed front matter: lists or mappings nested too deeply")


def test_only_a_symlinked_article_is_resolved_to_see_where_it_lies(tmp_path, monkeypatch):
    import os

    from newsline.config import load_config
    from sitekit import make_project

    make_project(tmp_path, articles={"busnetz.md": ARTICLE_DE})
    outside = tmp_path / "outside.md"
    outside.write_text(ARTICLE_EN, encoding="utf-8")
    os.symlink(outside, tmp_path / "content" / "articles" / "leak.md")
    os.symlink(tmp_path / "content" / "articles" / "busnetz.md",
               tmp_path / "content" / "articles" / "twin.md")
    checked = []
    real = reader.is_inside
    monkeypatch.setattr(reader, "is_inside", lambda p, f: checked.append(p.name) or real(p, f))
    problems = Problems(tmp_path)
    found = reader.read_articles(load_config(tmp_path), problems)
    assert sorted(checked) == ["articles", "leak.md", "twin.md"]  # (the folder, then symlinks)
    assert [a.slug for a in found] == ["busnetz", "twin"]
    assert [p.format() for p in problems.sorted()] == [
        "content/articles/leak.md: is a symlink to a file outside content/: refused"]
