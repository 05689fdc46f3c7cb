"""Whole builds through the cache after sequences of edits give the site a cold build gives.

The merge keeps its signals and clearing pairs in .cache/ (newsline.merge_cache,
newsline.pair_memory); a site that depended on which builds came before would be a defect no
single-build test sees. So a generated project is edited step by step the ways a newsroom
edits (a sentence reworded and back, articles added and removed, a date, a language, topics,
site.toml's topics, content/overrides.yaml), rebuilt through .cache/ after each step, and every
file of the site is compared with a build that uses no cache at all.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest
from eventkit import count_scored

from newsline import pair_memory
from newsline.build import build
from newsline.similarity import Weights

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from bench_corpus import write_corpus  # noqa: E402

EDITS = ("reword", "back", "add", "remove", "date", "lang", "topics", "site_topics",
         "overrides", "overrides_off")


def site_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


class Newsroom:
    """A generated project and the edits made to it (each undoable by "back")."""

    def __init__(self, root: Path, rng: random.Random, count: int):
        self.root, self.rng = root, rng
        write_corpus(root, count, target_bytes=1200)
        self.articles = root / "content" / "articles"
        self.undo: list[tuple[Path, bytes | None]] = []
        self.added = 0

    def pick(self) -> Path:
        return self.rng.choice(sorted(self.articles.glob("*.md")))

    def write(self, path: Path, text: str | None) -> None:
        self.undo.append((path, path.read_bytes() if path.exists() else None))
        if text is None:
            path.unlink()
        else:
            path.write_text(text, encoding="utf-8")

    def edit(self, kind: str) -> None:
        getattr(self, kind)()

    def reword(self) -> None:
        path = self.pick()
        text = path.read_text(encoding="utf-8")
        words = sorted(set(re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]{4,}\b", text.split("---", 2)[2])))
        old = self.rng.choice(words)
        self.write(path, text.replace(old, old[::-1].capitalize(), 1))

    def back(self) -> None:
        if self.undo:
            path, before = self.undo.pop()
            if before is None:
                path.unlink()
            else:
                path.write_bytes(before)

    def add(self) -> None:
        source = self.pick()
        self.added += 1
        text = source.read_text(encoding="utf-8").replace("url: https://example.org/bench/",
                                                          f"url: https://example.org/copy{self.added}/")
        # another outlet's version of the story: one sentence less, so it is no exact copy
        head, body = text.rsplit("\n\n", 1)
        self.write(self.articles / f"{source.stem}-copy{self.added}.md",
                   head + "\n\n" + body.split(". ", 1)[-1])

    def remove(self) -> None:
        self.write(self.pick(), None)

    def date(self) -> None:
        path = self.pick()
        text = path.read_text(encoding="utf-8")
        day = int(re.search(r"^date: \d{4}-\d\d-(\d\d)", text, re.M).group(1))
        new = max(1, min(28, day + self.rng.choice([-2, -1, 1, 3])))
        self.write(path, re.sub(r"^(date: \d{4}-\d\d-)\d\d", rf"\g<1>{new:02d}", text, 1,
                                flags=re.M))

    def lang(self) -> None:
        path = self.pick()
        text = path.read_text(encoding="utf-8")
        self.write(path, re.sub(r"^lang: (de|en)$",
                                lambda m: "lang: " + ("en" if m.group(1) == "de" else "de"),
                                text, 1, flags=re.M))

    def topics(self) -> None:
        path = self.pick()
        text = path.read_text(encoding="utf-8")
        topic = self.rng.choice(["verkehr", "energie", "haushalt", "gesundheit", "bildung"])
        self.write(path, re.sub(r"^topics: \[.*\]$", f"topics: [{topic}]", text, 1, flags=re.M))

    def site_topics(self) -> None:
        """A new topic in site.toml, and one article moved to it."""
        site = self.root / "content" / "site.toml"
        self.added += 1
        name = f"extra{self.added}"
        self.write(site, site.read_text(encoding="utf-8")
                   + f'\n[topics.{name}]\ntitle = "Extra {self.added}"\ndescription = "Mehr"\n')
        path = self.pick()
        self.write(path, re.sub(r"^topics: \[", f"topics: [{name}, ",
                                path.read_text(encoding="utf-8"), 1, flags=re.M))

    def overrides(self) -> None:
        """A split of a merged event's second source and a date corrected, by the last build's
        ids."""
        import json

        events = json.loads((self.root / "build" / "events.json").read_text())["events"]
        merged = [e for e in events if len(e["sources"]) > 1]
        single = [e for e in events if len(e["sources"]) == 1 and e["granularity"] == "day"]
        lines = ["events:"]
        if merged:
            e = self.rng.choice(merged)
            lines += [f"  {e['id']}:", f"    split: [{e['sources'][-1]['article']}]"]
        if single:
            e = self.rng.choice(single)
            lines += [f"  {e['id']}:", f"    date: {e['start'][:7]}"]
        self.write(self.root / "content" / "overrides.yaml", "\n".join(lines) + "\n")

    def overrides_off(self) -> None:
        path = self.root / "content" / "overrides.yaml"
        if path.exists():
            self.write(path, None)


@pytest.fixture
def rounded_weights(monkeypatch):
    """Weights rounded already at a small project's size, as in a site of thousands of
    articles, and the pair record used however many reports an edit touched."""
    monkeypatch.setattr(Weights, "EXACT_SIZE", 64)
    monkeypatch.setattr(Weights, "EXACT_COUNT", 3)
    monkeypatch.setattr(pair_memory, "DIRTY_SHARE", 1.0)


def run_sequence(root: Path, seed: int, steps: int, count: int) -> None:
    room = Newsroom(root, random.Random(seed), count)
    build(root, executor="inline")
    for step in range(steps):
        kind = room.rng.choice(EDITS)
        room.edit(kind)
        warm = build(root, executor="inline")
        cold = build(root, out=root / "cold", executor="inline", use_cache=False)
        assert warm.events == cold.events
        assert site_files(root / "build") == site_files(root / "cold"), \
            f"seed {seed}, step {step}: {kind}"


@pytest.mark.parametrize("seed", [1, 2])
def test_rebuilds_through_the_record_give_the_cold_site(tmp_path, rounded_weights,
                                                        monkeypatch, seed):
    scored = count_scored(monkeypatch)
    run_sequence(tmp_path / "project", seed, 14, 30)
    # the record served: most rebuilds scored only the reports their edit touched
    assert sum(1 for n in scored if n is not None) >= 6, scored


def test_rebuilds_with_exact_weights_give_the_cold_site(tmp_path):
    run_sequence(tmp_path / "project", 3, 10, 24)


ROUNDED_BUILD = """
import sys
from newsline import pair_memory
from newsline.build import build
from newsline.similarity import Weights
Weights.EXACT_SIZE, Weights.EXACT_COUNT, pair_memory.DIRTY_SHARE = 64, 3, 1.0
original = pair_memory.clearing_pairs


def counting(margin, settings, dirty=None):
    print("all" if dirty is None else sum(dirty))
    return original(margin, settings, dirty)


pair_memory.clearing_pairs = counting
build(sys.argv[1], executor="inline")
"""


def test_a_record_left_by_another_process_gives_the_cold_site(tmp_path, rounded_weights):
    """Each rebuild in a process of its own, string hashing seeded differently each time: no
    order of a set or dict of one process may reach the record another reads."""
    import os
    import subprocess

    root = tmp_path / "project"
    room = Newsroom(root, random.Random(4), 30)
    scored = []
    for step, kind in enumerate(("reword", "add", "reword", "back", "remove", "topics",
                                 "overrides", "date")):
        if step:
            room.edit(kind)
        env = {**os.environ, "PYTHONHASHSEED": str(step + 1)}
        scored += subprocess.run([sys.executable, "-c", ROUNDED_BUILD, str(root)], env=env,
                                 check=True, cwd=tmp_path, capture_output=True,
                                 text=True).stdout.split()
        build(root, out=root / "cold", executor="inline", use_cache=False)
        assert site_files(root / "build") == site_files(root / "cold"), f"step {step}: {kind}"
    assert sum(1 for n in scored if n != "all") >= 4, scored  # the record served
