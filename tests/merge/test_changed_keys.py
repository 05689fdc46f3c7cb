"""pair_memory.changed_keys, which both merge records (newsline.pair_memory, attach_memory) ask
which keys weigh otherwise than last time, looks only at the keys whose counts differ: the same
keys as a look at every key of the batch."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from newsline.pair_memory import changed_keys
from newsline.similarity import Signals, Weights

KEYS = [f"k{n}" for n in range(12)]


def every_key(weight: Weights, before: dict, cap: float) -> set:
    changed = set()
    for key, n in weight.frequency.items():
        was = before.get(key)
        if was != n and (was is None or weight.of_count(key, was) != weight(key)
                         or (was <= cap) != (n <= cap)):
            changed.add(key)
    return changed


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.frozensets(st.sampled_from(KEYS), min_size=1), min_size=1, max_size=60),
       st.dictionaries(st.sampled_from(KEYS), st.integers(0, 70)), st.integers(0, 12),
       st.booleans())
def test_the_keys_are_those_a_look_at_every_key_finds(sentences, before, cap, scaled):
    with pytest.MonkeyPatch.context() as patch:
        if scaled:  # rounded counts: many count changes leave a key's weight as it was
            patch.setattr(Weights, "EXACT_SIZE", 4)
            patch.setattr(Weights, "EXACT_COUNT", 1)
        weight = Weights([Signals(keys) for keys in sentences])
        assert changed_keys(weight, before, cap) == every_key(weight, before, cap)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.frozensets(st.sampled_from(KEYS), min_size=1, max_size=5), min_size=6,
                max_size=60),
       st.lists(st.frozensets(st.sampled_from(KEYS), min_size=1, max_size=5), max_size=6),
       st.booleans())
def test_a_sentence_without_changed_keys_weighs_its_matches_as_before(sentences, added, scaled):
    """Keys come together in a batch (Weights._together): an edit that changes how much a key
    adds beside a rarer one of a sentence marks a key of that sentence as changed, so a report
    whose keys are all unchanged is scored as the last build scored it. (As many sentences
    replaced as added: the batch keeps its size, else no record serves.)"""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Weights, "PAIR_PRIOR", 2)  # shares below 1 in batches this small
        if scaled:
            patch.setattr(Weights, "EXACT_SIZE", 4)
            patch.setattr(Weights, "EXACT_COUNT", 1)
        before = Weights([Signals(keys) for keys in sentences])
        now_sentences = sentences[len(added):] + added
        now = Weights([Signals(keys) for keys in now_sentences])
        changed = changed_keys(now, before.frequency, 3, before.together)
        for keys in set(now_sentences) & set(sentences):
            if keys.isdisjoint(changed):
                assert now.shared_weights(keys) == before.shared_weights(keys)
