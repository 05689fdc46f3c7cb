"""Merging again through the last build's records (newsline.pair_memory, newsline.attach_memory)
gives the cold merge's events where the shares of weights matter (newsline.similarity.Weights
.shared_weights): with a prior of two sentences, the keys a batch's reports repeat together add
far less than their own weight, and each edit changes how often keys come together, so the
shares of reports the edit does not touch. With counts rounded in wide steps, a pair of keys
comes together in a step more or fewer while neither key's own count leaves its step: only the
shares tell the records that the reports holding both are scored otherwise now."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_pair_clustering import busy_batch, long_batch
from test_pair_memory import _apply, sha

from newsline import attach_memory, pair_memory
from newsline.cache import Cache
from newsline.event_signals import event_signals
from newsline.merge import merge_events
from newsline.merge_cache import kept_signals
from newsline.similarity import Weights

OPS = ["drop", "add", "reword", "shift", "topic", "reuse_id", "article", "same"]


def pools() -> tuple[list, list]:
    return busy_batch(90, seed=21), long_batch(70, seed=5)


def strong_shares(patch: pytest.MonkeyPatch) -> None:
    """A prior of two sentences (shares far below 1 in a batch of 60 reports), counts rounded
    beyond 2 in steps of a doubling, and the records used however many reports are dirty."""
    patch.setattr(Weights, "PAIR_PRIOR", 2)
    patch.setattr(Weights, "EXACT_SIZE", 8)
    patch.setattr(Weights, "EXACT_COUNT", 2)
    patch.setattr(Weights, "COUNT_STEP", 2.0)
    patch.setattr(pair_memory, "DIRTY_SHARE", 1.0)


def merges_through_the_records(folder, pool: list, ops) -> list[tuple[str, str]]:
    """(through the records, cold) digests of the merges after each edit of ops."""
    events = pool[:60]
    with kept_signals(Cache(folder)):
        merge_events(events)
    found = []
    for op, n in ops:
        events = _apply(events, pool, op, n)
        with kept_signals(Cache(folder)):
            through_records = merge_events(events)
        found.append((sha(through_records), sha(merge_events(events))))
    return found


def test_the_batch_has_shares_far_below_one():
    with pytest.MonkeyPatch.context() as patch:
        strong_shares(patch)
        for pool in pools():
            weight = Weights(event_signals(pool[:60]))
            assert len(weight.together) > 50 and min(weight.together.values()) < 0.1


@given(st.lists(st.tuples(st.sampled_from(OPS), st.integers(0, 10_000)), min_size=1,
                max_size=6),
       st.sampled_from([0, 1]))
@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_edit_sequence_merges_through_the_records_as_without_them(tmp_path_factory, ops,
                                                                     which):
    with pytest.MonkeyPatch.context() as patch:
        strong_shares(patch)
        found = merges_through_the_records(tmp_path_factory.mktemp("signals"),
                                           pools()[which], ops)
    for (warm, cold), op in zip(found, ops):
        assert warm == cold, op


@pytest.mark.parametrize("blind", [False, True])
def test_a_dropped_report_changes_shares_the_records_must_see(tmp_path, blind):
    """One report dropped: a pair of keys comes together a step less often, their own counts
    stay in their steps. Through records that take no notice of the shares (changed_keys
    without them, as before the shares were kept), the merge differs from a cold one."""
    with pytest.MonkeyPatch.context() as patch:
        strong_shares(patch)
        if blind:
            original = pair_memory.changed_keys

            def without_shares(weight, before, cap, together=None):
                return original(weight, before, cap)

            patch.setattr(pair_memory, "changed_keys", without_shares)
            patch.setattr(attach_memory, "changed_keys", without_shares)
        [(warm, cold)] = merges_through_the_records(tmp_path, pools()[0], [("drop", 2069)])
    assert (warm != cold) == blind
