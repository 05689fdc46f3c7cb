"""The merged events kept by digest in shards (newsline.pieces.MergedShelf): a rebuild writes
again only the shards its changed events fall in, a build whose reports are unchanged takes the
events from the shards, and a missing shard costs a merge, never a wrong site."""

from __future__ import annotations

import random

import pytest
from test_rebuild_sequences import Newsroom, site_files

from newsline import pieces
from newsline.build import build


@pytest.fixture
def shelves(monkeypatch):
    """Each build's shelf after its merge stage."""
    seen = []
    original = pieces.MergedShelf.__init__

    def init(self, *args):
        original(self, *args)
        seen.append(self)

    monkeypatch.setattr(pieces.MergedShelf, "__init__", init)
    return seen


def same_as_cold(root) -> None:
    build(root, out=root / "cold", executor="inline", use_cache=False)
    assert (root / "build" / "events.json").read_bytes() == \
        (root / "cold" / "events.json").read_bytes()
    assert site_files(root / "build") == site_files(root / "cold")


def summary(path) -> None:
    """An edit no event reads."""
    path.write_text(path.read_text(encoding="utf-8").replace(
        "---\n\n", "summary: Kurz gesagt\n---\n\n", 1), encoding="utf-8")


def test_a_rebuild_writes_the_shards_of_changed_events_and_reads_them_back(tmp_path, shelves):
    root = tmp_path / "project"
    room = Newsroom(root, random.Random(7), 30)
    build(root, executor="inline")
    first = shelves[-1].written
    assert first > 60  # every shard an event falls in
    path = room.pick()
    path.write_text(path.read_text(encoding="utf-8")
                    + "\n\nDer Stadtrat will am 9. Oktober 2027 über Vorlage 9 abstimmen.\n",
                    encoding="utf-8")
    build(root, executor="inline")
    assert 0 < shelves[-1].written <= 4
    same_as_cold(root)
    summary(room.pick())
    result = build(root, executor="inline")
    assert result.cache["reviewed"][:2] == (1, 0)  # the index
    assert result.cache["merged"][1] == 0  # every shard read
    assert shelves[-1].written == 0
    same_as_cold(root)


def test_a_missing_shard_is_merged_again_and_written_whole(tmp_path, shelves):
    root = tmp_path / "project"
    room = Newsroom(root, random.Random(8), 20)
    build(root, executor="inline")
    shards = sorted(p for p in (root / ".cache" / "merged").rglob("*") if p.is_file())
    for shard in shards[:3]:
        shard.unlink()
    summary(room.pick())
    result = build(root, executor="inline")
    assert result.cache["merged"][1] > 0  # a shard missed: merged again
    assert shelves[-1].written >= 2  # the missing ones written again
    same_as_cold(root)
    summary(room.pick())
    build(root, executor="inline")
    assert shelves[-1].written == 0  # read back whole
    same_as_cold(root)
