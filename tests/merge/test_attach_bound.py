"""Stage 2 (newsline.merge._attach_coarse) asks for the margin of a coarse group of a month
or less only of finer groups that could sway it: those matching enough of its weight for their
bar. A group whose matched keys weigh less than its bar less attach_lead is left out, and the
outcome is that of a scan of every group inside the coarse interval."""

from __future__ import annotations

import dataclasses
import math
import random

import newsline.merge as merge
from newsline.merge import DEFAULT, _days

from eventkit import event
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
        calls.append(len(found))
        if distinct:  # (one longer than a month asks by its distinctive matches alone)
            return found
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


def test_a_long_coarse_group_is_handed_every_group_sharing_a_distinctive_match(monkeypatch):
    """One longer than a month may join only a group it shares a distinctive match with
    (margin()), and asks for exactly those starting inside it, of a shorter length class:
    weighing its keys by class as well cost more than the margins it saved."""
    from newsline.pair_clustering import shares_distinctive

    # a project's name each six reports share: keys few sentences hold (distinctive)
    rng = random.Random(11)
    names = ["".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(4))
             for _ in range(40)]
    events = [dataclasses.replace(e, text=e.text + f" Projekt {names[n // 6].title()}.")
              for n, e in enumerate(busy_batch(240, seed=5))]
    # a quarter's report naming four projects, a day's report of the one of them that two
    # sentences name (so the lightest of the four): a distinctive match, but a light one
    events += [
        event("chronik-1", "Im ersten Quartal stellte der Rat die Projekte Quelbor, Virndal, "
              "Sokkatu und Meravin vor.", "Im ersten Quartal", "2021-01-01", "2021-03-31",
              "quarter", lang="de", topics=("city",)),
        event("bote-7", "Am Dienstag wurde Quelbor eröffnet.", "Am Dienstag", "2021-03-09",
              lang="de", topics=("city",))]
    plain = merge.merge_events(events)
    checked = []
    inside = merge._FineCandidates.inside

    def spy(self, coarse, wide, distinct):
        found = inside(self, coarse, wide, distinct)
        if distinct:
            days = (wide.end - wide.start).days + 1
            mine = self.consensus(coarse)
            expected = sorted(
                (self.best(g).start, g) for g in set(self.groups)
                if wide.start <= self.best(g).start <= wide.end
                and 1 << (_days(self.best(g)).bit_length() - 1) < days
                and shares_distinctive(mine, self.consensus(g), self.near, self.distinctive))
            assert found == [g for _, g in expected]
            checked.append(len(found))
        return found

    monkeypatch.setattr(merge._FineCandidates, "inside", spy)
    assert merge.merge_events(events) == plain
    assert len(checked) > 5 and sum(checked) > 20, checked
