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
