"""Stage 2's candidates (newsline.merge._FineCandidates) leave out only groups that cannot sway
a coarse group, under any settings it prunes for: on batches of reports of every length (days
to years, the length classes' edges too) and varied bars, each coarse group hears the same
groups within attach_lead of its best fit, and joins the same one, as when every group inside
its interval is scored."""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings, strategies as st

import newsline.merge as merge
from newsline.event_signals import event_signals
from newsline.match_candidates import key_neighbours
from newsline.pair_clustering import PairMargins, cluster
from newsline.similarity import Weights

from test_pair_clustering import busy_batch

# (granularity, days after the first): the edges of the doubling classes (1, 2-3, 4-7, 8-15,
# ...) and beyond
SPANS = [("day", 0), ("day", 1), ("day", 2), ("week", 3), ("week", 6), ("week", 7),
         ("month", 14), ("month", 15), ("month", 29), ("month", 30), ("quarter", 62),
         ("quarter", 91), ("half", 180), ("year", 364)]


def batch(count: int, seed: int) -> list:
    return busy_batch(count, seed, SPANS)


def attach(events, settings, every: bool):
    """(the final groups, each coarse group with the groups it heard, the margin function) of
    stage 2, whose run for the record (looked) must end as the plain one does."""
    ordered = sorted(events, key=merge._identity)
    sigs = event_signals(ordered)
    weight = Weights(sigs, key_neighbours(sigs))
    articles = [merge._articles(e) for e in ordered]
    margin = PairMargins(ordered, sigs, weight, settings, articles)
    pairs = cluster(ordered, sigs, weight, settings, articles, margin)
    own = [margin.signals[k] for k in margin.kind]
    heard = []
    original = merge._FineCandidates.scan_all
    merge._FineCandidates.scan_all = every
    try:
        plain = merge._attach_coarse(pairs, ordered, sigs, weight, settings, articles, own)[0]
        looked, candidates = merge._attach_coarse(
            pairs, ordered, sigs, weight, settings, articles, own,
            lambda coarse, found: heard.append((coarse, found)))
    finally:
        merge._FineCandidates.scan_all = original
    assert [g for g, _ in plain] == [g for g, _ in looked]
    return [g for g, _ in plain], heard, candidates.margin


def same_outcome(events, settings) -> int:
    """Whether pruned and full stage 2 agree (asserted); how many groups the coarse ones heard."""
    pruned, heard, margin = attach(events, settings, every=False)
    every, heard_every, _ = attach(events, settings, every=True)
    assert pruned == every
    assert [c for c, _ in heard] == [c for c, _ in heard_every]
    lead = settings.attach_lead
    for (coarse, some), (_, all_of) in zip(heard, heard_every):
        assert set(some) <= set(all_of)
        for fine in set(all_of) - set(some):
            # left out: only a group sharing no key at all, at exactly -attach_lead when the
            # threshold is attach_lead (the bar with no cost), which cannot sway either
            m = margin(coarse, fine)
            assert m is not None and m <= -lead and (lead > 0 or m < 0), (coarse, fine, m)
    return sum(len(found) for _, found in heard)


@hsettings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(20, 120),
       threshold=st.sampled_from([0.03, 0.05, 0.08, 0.12, 0.2]),  # above 0: MergeSettings
       per=st.sampled_from([0.0, 0.03, 0.06, 0.1]),
       lead=st.sampled_from([-0.03, 0.0, 0.02, 0.05, 0.08]),
       topic=st.sampled_from([0.0, 0.05]), free=st.sampled_from([7, 31, 92]))
def test_pruned_candidates_sway_as_every_group_does(seed, count, threshold, per, lead, topic,
                                                    free):
    settings = merge.MergeSettings(threshold=threshold, attach_per_doubling=per,
                                   attach_lead=lead, no_shared_topic=topic,
                                   shared_free_days=free)
    same_outcome(batch(count, seed), settings)


def test_the_default_bars_on_busy_batches():
    heard = sum(same_outcome(batch(160, seed), merge.DEFAULT) for seed in range(4))
    assert heard > 10  # coarse groups heard candidates that sway them


def test_a_negative_lead_prunes_nothing_that_may_join():
    """attach_lead below 0 asks nothing of a runner-up: the best fit need only clear its bar,
    so a group less than -attach_lead above it may be the one joined; both the plain run and
    the one for the record (looked) must consider it."""
    settings = merge.MergeSettings(threshold=0.08, attach_lead=-0.05)
    for seed in range(6):
        same_outcome(batch(120, seed), settings)


def test_a_threshold_of_zero_is_refused():
    """At a threshold of 0 a finer group sharing no key with a coarse one would clear its bar,
    and stage 2 asks only groups sharing a key: such settings are refused, not merged by."""
    with pytest.raises(ValueError, match="threshold"):
        merge.MergeSettings(threshold=0.0)
