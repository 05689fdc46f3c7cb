"""Stage 2 (newsline.merge._attach_coarse) asks for a coarse group's margin only of finer
groups that could sway it: those matching enough of its weight for their bar. A group whose
matched keys weigh less than its bar less attach_lead is left out, and the outcome is that of
a scan of every group inside the coarse interval."""

from __future__ import annotations

import math

import newsline.merge as merge
from newsline.merge import DEFAULT

from test_pair_clustering import busy_batch


def _hopeless(coarse, fine, need: float) -> bool:
    """Whether every key of coarse that fine matches is among the lightest keys of coarse that
    together weigh less than need of its total: then fine covers less than need."""
    near = merge_near[0]
    matched = {k for k in coarse.keys if not near[k].isdisjoint(fine.keys)}
    run = 0.0
    for value, key in sorted((coarse.weighted[k], k) for k in coarse.keys):
        run += value
        if run >= need * coarse.total * (1 - 1e-6):
            return not matched  # this key and the heavier ones are not light
        matched.discard(key)
    return True  # (every key is light)


merge_near: list = [None]


def test_stage_two_asks_only_groups_that_may_sway(monkeypatch):
    events = busy_batch(240, seed=5)
    plain = merge.merge_events(events)
    asked: list[bool] = []  # whether a candidate handed over matches only light keys
    calls = []
    inside = merge._FineCandidates.inside

    def spy(self, coarse, wide, distinct):
        found = inside(self, coarse, wide, distinct)
        merge_near[0] = self.near
        days = (wide.end - wide.start).days + 1
        for fine in found:
            best = self.best(fine)
            fine_days = (best.end - best.start).days + 1
            if fine_days >= days:
                continue
            # the least bar of fine's length class (a doubling of days each)
            longest = min((2 << (fine_days.bit_length() - 1)) - 1, days - 1)
            need = DEFAULT.threshold + DEFAULT.attach_per_doubling * math.log2(days / longest) \
                - DEFAULT.attach_lead
            asked.append(_hopeless(self.consensus(coarse), self.consensus(fine), need))
        calls.append(len(found))
        return found

    monkeypatch.setattr(merge._FineCandidates, "inside", spy)
    assert merge.merge_events(events) == plain
    assert len(calls) > 20 and asked, (len(calls), len(asked))  # coarse groups looked
    # every group handed over matches a key heavier than those that cannot reach its bar
    assert not any(asked), (sum(asked), len(asked))


def test_light_keys_left_out_still_join_as_a_scan_of_every_group(monkeypatch):
    for seed in (3, 5, 9):
        events = busy_batch(200, seed=seed)
        by_key = merge.merge_events(events)

        class EveryGroup(merge._FineCandidates):
            scan_all = True

        with monkeypatch.context() as patch:
            patch.setattr(merge, "_FineCandidates", EveryGroup)
            assert merge.merge_events(events) == by_key
        assert len(by_key) < len(events)
