"""The pair record's digest (newsline.pair_memory.content_digest) depends on the record's
values alone and is made without spelling the counts and shares out as text."""

from __future__ import annotations

import builtins
import pickle

from test_pair_clustering import busy_batch

from newsline import pair_memory
from newsline.cache import Cache
from newsline.merge import merge_events
from newsline.merge_cache import kept_signals


def _record(tmp_path):
    with kept_signals(Cache(tmp_path / "signals")) as store:
        merge_events(busy_batch(120, seed=4))
    return store.pairs


def test_the_digest_is_the_values_not_the_objects(tmp_path):
    record = _record(tmp_path)
    assert record.together and record.frequency
    digest = pair_memory.content_digest(record)
    # the same values in other objects (as the cache loads them) and in a fresh dict each
    loaded = pickle.loads(pickle.dumps(record))
    assert pair_memory.content_digest(loaded) == digest
    rebuilt = pickle.loads(pickle.dumps(record))
    rebuilt.together = {
        (bytes(j, "utf-8").decode(), bytes(k, "utf-8").decode()): float(v)
        for (j, k), v in record.together.items()}
    rebuilt.frequency = {bytes(k, "utf-8").decode(): int(n) for k, n in record.frequency.items()}
    assert pair_memory.content_digest(rebuilt) == digest
    assert pair_memory.well_formed(pair_memory.sealed(loaded))
    # and a share changed changes it
    first = next(iter(rebuilt.together))
    rebuilt.together[first] = rebuilt.together[first] / 2
    assert pair_memory.content_digest(rebuilt) != digest


def test_the_digest_spells_nothing_out(tmp_path, monkeypatch):
    record = _record(tmp_path)
    spelled = []
    plain = builtins.repr

    def spy(value):
        spelled.append(type(value))
        return plain(value)

    monkeypatch.setattr(pair_memory, "repr", spy, raising=False)
    pair_memory.content_digest(record)
    assert spelled == []
