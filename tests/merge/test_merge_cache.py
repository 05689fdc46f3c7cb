"""Signals kept between builds (newsline.merge_cache): the same merged events, fewer sentences
read, and a damaged cache only costs time."""

from __future__ import annotations

import dataclasses

import pytest

from eventkit import event

from newsline.cache import Cache
from newsline.event_signals import event_signals
from newsline.merge import merge_events
from newsline.merge_cache import SignalsStore, active_store, kept_signals


def reports():
    return [
        event("post-1", "The council approved the Lindenau tram line on Tuesday.", "on Tuesday",
              "2024-04-23"),
        event("wire-1", "Der Stadtrat billigte am Dienstag die Tramlinie nach Lindenau.",
              "am Dienstag", "2024-04-23", lang="de"),
        event("post-2", "Works on the Lindenau line start in May, the council said on Friday.",
              "on Friday", "2024-04-26"),
        event("post-2", "Works on the Lindenau line start in May, the council said on Friday.",
              "in May", "2024-05-01", "2024-05-31", granularity="month"),
        event("wire-2", "Die Bauarbeiten in Lindenau beginnen im Mai.", "im Mai", "2024-05-01",
              "2024-05-31", granularity="month", lang="de"),
    ]


def merged_in_build(cache: Cache, events) -> tuple[list, SignalsStore]:
    with kept_signals(cache) as store:
        assert active_store() is store
        found = merge_events(events)
    assert active_store() is None
    return found, store


def test_a_second_build_reads_no_sentence_again_and_merges_the_same(tmp_path):
    cache = Cache(tmp_path / "signals")
    first, store = merged_in_build(cache, reports())
    assert store.computed == 5 and cache.written
    again, store = merged_in_build(Cache(tmp_path / "signals"), reports())
    assert store.computed == 0
    assert again == first == merge_events(reports())


def test_one_changed_sentence_is_the_only_one_read(tmp_path):
    merged_in_build(Cache(tmp_path / "signals"), reports())
    changed = reports()
    changed[1] = dataclasses.replace(
        changed[1], text="Der Stadtrat von Lindenau billigte am Dienstag die neue Tramlinie.")
    found, store = merged_in_build(Cache(tmp_path / "signals"), changed)
    assert store.computed == 1
    assert found == merge_events(changed)


def test_a_damaged_or_foreign_entry_is_computed_again(tmp_path):
    cache = Cache(tmp_path / "signals")
    merged_in_build(cache, reports())
    key = SignalsStore(cache).key  # (the pair record is filed beside it)
    entry = tmp_path / "signals" / key[:2] / key
    assert entry.is_file()
    for damage in (b"not a pickle", None):
        if damage is None:  # readable, but not what the store writes
            Cache(tmp_path / "signals").put(SignalsStore(cache).key, ["signals"])
        else:
            entry.write_bytes(damage)
        found, store = merged_in_build(Cache(tmp_path / "signals"), reports())
        assert store.computed == 5
        assert found == merge_events(reports())


def test_a_store_never_asked_writes_nothing(tmp_path):
    with kept_signals(Cache(tmp_path / "signals")):
        pass
    assert not (tmp_path / "signals").exists()


def test_events_of_one_sentence_and_marks_share_their_signals():
    same = reports()[2]
    twin = dataclasses.replace(same, id="twin")
    sigs = event_signals([same, twin, reports()[0]])
    assert sigs[0] is sigs[1] and sigs[0] != sigs[2]


def test_an_entry_with_one_odd_value_is_computed_again(tmp_path):
    cache = Cache(tmp_path / "signals")
    merged_in_build(cache, reports())
    stored = Cache(tmp_path / "signals").get(SignalsStore(cache).key)
    last = list(stored)[-1]
    stored[last] = "signals"  # the first entry still well formed
    Cache(tmp_path / "signals").put(SignalsStore(cache).key, stored)
    found, store = merged_in_build(Cache(tmp_path / "signals"), reports())
    assert store.computed == 5
    assert found == merge_events(reports())


def _by_article(events) -> list[list]:
    found: dict[str, list] = {}
    for e in events:
        found.setdefault(e.sources[0].slug, []).append(e)
    return list(found.values())


def test_seeds_from_each_article_leave_the_merge_no_sentence_to_read(tmp_path, monkeypatch):
    import newsline.event_signals as event_signals_module
    from newsline.merge_cache import signal_seeds

    seeds = [pair for events in _by_article(reports()) for pair in signal_seeds(events)]
    assert len({key for key, _ in seeds}) == 5  # one per sentence's report
    read = []
    original = event_signals_module.signals
    monkeypatch.setattr(event_signals_module, "signals",
                        lambda *args: read.append(args) or original(*args))
    cache = Cache(tmp_path / "signals")
    with kept_signals(cache) as store:
        assert store.seed(seeds) == 5
        found = merge_events(reports())
    assert not read and store.computed == 5 and store.key in cache.written
    assert found == merge_events(reports())
    read.clear()
    # the next build finds them saved; seeding what it holds again is nothing new to write
    cache = Cache(tmp_path / "signals")
    with kept_signals(cache) as store:
        assert store.seed(seeds) == 0
        assert merge_events(reports()) == found
    assert not read and store.computed == 0 and store.key not in cache.written


def test_a_seed_must_be_an_entry_key_and_signals(tmp_path):
    from newsline.merge_cache import _entry_key, entry_key, signal_seeds

    store = SignalsStore(Cache(tmp_path / "signals"))
    (key, value), *_ = signal_seeds(reports()[:1])
    assert _entry_key is entry_key and len(key) == 16

    class Known(dict):  # a memo of the caller's (a tag worker's, say)
        pass

    known = Known()
    assert signal_seeds(reports()[:1], known) == [(key, value)] and list(known.values()) == [value]
    for wrong in ((key.hex(), value), (key, value.keys)):
        with pytest.raises(TypeError):
            store.seed([wrong])
    assert store.computed == 0
