"""Whole rebuilds after an article is added, changed or removed and after overrides.yaml changes
give the events.json and site a build without any cache gives, with stage 2 of the merge taken
from the last build's record where the edit does not reach (newsline.attach_memory)."""

from __future__ import annotations

import random

from test_merge_incremental import attached_counts
from test_rebuild_sequences import Newsroom, site_files

from newsline import pair_memory
from newsline.build import build
from newsline.similarity import Weights


def test_edits_rebuilt_through_the_records_give_the_cold_build(tmp_path, monkeypatch):
    monkeypatch.setattr(Weights, "EXACT_SIZE", 64)
    monkeypatch.setattr(Weights, "EXACT_COUNT", 3)
    monkeypatch.setattr(pair_memory, "DIRTY_SHARE", 1.0)
    counts = attached_counts(monkeypatch)
    root = tmp_path / "project"
    room = Newsroom(root, random.Random(5), 36)
    build(root, executor="inline")
    for step, kind in enumerate(["add", "reword", "remove", "overrides", "add", "date",
                                 "overrides_off", "back"]):
        room.edit(kind)
        warm = build(root, executor="inline")
        cold = build(root, out=root / "cold", executor="inline", use_cache=False)
        assert warm.events == cold.events
        assert (root / "build" / "events.json").read_bytes() == \
            (root / "cold" / "events.json").read_bytes(), f"step {step}: {kind}"
        assert site_files(root / "build") == site_files(root / "cold"), f"step {step}: {kind}"
    # the cold builds merge without a store; the rebuilds kept some clusters of groups
    assert sum(1 for anew, every in counts[1:] if anew < every) >= 4, counts
