"""Clearing pairs kept between builds (newsline.pair_memory): after any edit, the merge through
the record gives the events a merge without it gives, byte for byte; a damaged record costs only
time."""

from __future__ import annotations

import dataclasses
import hashlib
import math
import pickle
import random
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from eventkit import count_scored, event
from test_pair_clustering import PLACES, busy_batch, long_batch

from newsline import pair_memory
from newsline.bilingual import ACTORS_AND_ACTIONS
from newsline.cache import Cache
from newsline.clearing_pairs import clearing_pairs
from newsline.event_signals import event_signals
from newsline.match_candidates import key_neighbours
from newsline.merge import DEFAULT, _articles, _identity, merge_events
from newsline.merge_cache import SignalsStore, kept_signals
from newsline.pair_clustering import PairMargins
from newsline.similarity import Weights, rounded


def sha(events) -> str:
    return hashlib.sha256(pickle.dumps(events)).hexdigest()


@pytest.fixture
def small_steps(monkeypatch):
    """Rounded weights already at a test batch's size, as in a site of thousands of articles,
    and the record used however many reports are dirty."""
    monkeypatch.setattr(Weights, "EXACT_SIZE", 8)  # (counts are rounded beyond it)
    monkeypatch.setattr(Weights, "EXACT_COUNT", 2)
    monkeypatch.setattr(pair_memory, "DIRTY_SHARE", 1.0)


@pytest.fixture
def scored(monkeypatch):
    """How many events each merge's clearing_pairs was asked to score (None: all)."""
    return count_scored(monkeypatch)


@pytest.fixture
def clustered_links(monkeypatch):
    """How many clearing pairs each merge handed to the clustering, and how many it found."""
    calls = []
    original = pair_memory.cluster
    found = pair_memory._components

    def counting(*args):
        calls.append(len(args[-1]))
        return original(*args)

    def every(links, count):
        calls.append(("all", len(links)))
        return found(links, count)

    monkeypatch.setattr(pair_memory, "cluster", counting)
    monkeypatch.setattr(pair_memory, "_components", every)
    return calls


def edited(events, rng: random.Random, step: int):
    """One edit of the kinds a writer makes: an article's sentence or date changed, an article
    added or removed, a topic changed."""
    slugs = sorted({m.slug for e in events for m in e.sources})
    slug = rng.choice(slugs)
    kind = step % 5
    if kind == 0:  # a sentence reworded
        old, new = rng.sample(PLACES, 2)
        return [dataclasses.replace(e, text=e.text.replace(old, new) + " Updated.")
                if slug in {m.slug for m in e.sources} else e for e in events]
    if kind == 1:  # a date corrected
        shift = timedelta(days=rng.choice([-3, -1, 1, 2, 30]))
        return [dataclasses.replace(e, start=e.start + shift, end=e.end + shift)
                if slug in {m.slug for m in e.sources} else e for e in events]
    if kind == 2:  # an article added
        place, other = rng.sample(PLACES, 2)
        day = events[rng.randrange(len(events))].start.isoformat()
        return events + [event(f"new{step}-story", f"The council of {place} approved the "
                               f"library on that day, {other} said.", "on that day", day,
                               topics=("city",))]
    if kind == 3:  # an article removed
        return [e for e in events if slug not in {m.slug for m in e.sources}]
    return [dataclasses.replace(e, topics=("port",) if e.topics != ("port",) else ("city",))
            if slug in {m.slug for m in e.sources} else e for e in events]


def spread_batch():
    """Busy batches two years apart, each of articles of its own: groups of many components."""
    events = []
    for k in range(6):
        for e in busy_batch(40, seed=k):
            years = 2 * k
            events.append(dataclasses.replace(
                e, id=f"{k}{e.id}", start=e.start.replace(year=e.start.year + years),
                end=e.end.replace(year=e.end.year + years),
                sources=[dataclasses.replace(m, slug=f"y{k}-{m.slug}") for m in e.sources]))
    return sorted(events, key=_identity)


@pytest.mark.parametrize("batch", [busy_batch, long_batch, spread_batch])
def test_every_edit_merges_through_the_record_as_without_it(tmp_path, small_steps, scored,
                                                            clustered_links, batch):
    rng = random.Random(11)
    events = batch()
    folder = tmp_path / "signals"
    with kept_signals(Cache(folder)):
        assert sha(merge_events(events)) == sha(merge_events(events))
    scored.clear()
    for step in range(15):
        events = edited(events, rng, step)
        with kept_signals(Cache(folder)):
            through_record = merge_events(events)
        assert scored[-1] is not None or step % 5 in (2, 3)  # a count changes: may start over
        assert sha(through_record) == sha(merge_events(events)), f"edit {step}"
    partial = [n for n in scored if n is not None and n < 40]
    assert len(partial) >= 6  # most edits scored only a few events again
    # and some clustered only the components an edit touched
    calls = iter(clustered_links)
    fewer = [(every, now) for (_, every), now in zip(calls, calls) if now < every]
    assert len(fewer) >= 3 or batch is not spread_batch


def test_clearing_pairs_of_dirty_events_are_those_of_every_pair_with_a_dirty_side():
    for events in (busy_batch(), long_batch()):
        sigs = event_signals(events)
        weight = Weights(sigs, key_neighbours(sigs))
        margin = PairMargins(events, sigs, weight, DEFAULT, [_articles(e) for e in events])
        every = clearing_pairs(margin, DEFAULT)
        assert len(every) > 50
        rng = random.Random(5)
        for share in (0.02, 0.1, 0.5):
            dirty = bytearray(rng.random() < share for _ in events)
            assert 0 < sum(dirty) < len(events)
            wanted = {p: v for p, v in every.items() if dirty[p[0]] or dirty[p[1]]}
            assert clearing_pairs(margin, DEFAULT, dirty) == wanted


def test_a_damaged_or_foreign_record_merges_as_without_it(tmp_path, small_steps, scored):
    events = busy_batch()
    folder = tmp_path / "signals"
    with kept_signals(Cache(folder)) as store:
        merge_events(events)
    key = store.pairs_key
    entry = folder / key[:2] / key
    good = Cache(folder).get(key)
    assert pair_memory.well_formed(good)
    changed = edited(events, random.Random(2), 0)
    wrong_index = dataclasses.replace(good, first=good.first[:-1] + type(good.first)(
        "q", [len(good.marks)]))
    # damage that leaves every index in range: a pair of a report with itself (which would
    # fail the clustering), the groups or a count of a key changed (which would merge wrongly)
    self_pair = dataclasses.replace(good, second=type(good.first)("q", good.first))
    one_group = dataclasses.replace(good, group=type(good.group)("q", [0]) * len(good.group))
    common = max(good.frequency, key=lambda k: (good.frequency[k], k))
    recounted = dataclasses.replace(good, frequency={**good.frequency,
                                                     common: good.frequency[common] + 1})
    partial = object.__new__(type(good))  # a record that unpickled without all its parts
    partial.__dict__.update({k: v for k, v in vars(good).items() if k != "group"})
    damages = (b"not a pickle", ["pairs"], wrong_index, self_pair, one_group, recounted,
               partial)
    for n, damage in enumerate(damages):
        if isinstance(damage, bytes):
            entry.write_bytes(damage)
        else:
            Cache(folder).put(key, damage)
        scored.clear()
        with kept_signals(Cache(folder)):
            found = merge_events(changed)
        assert scored == [None], f"damage {n}"  # every pair scored
        assert sha(found) == sha(merge_events(changed))


def test_the_record_is_replaced_not_grown(tmp_path, small_steps):
    events = busy_batch()
    folder = tmp_path / "signals"
    sizes = []
    for step in range(4):
        events = edited(events, random.Random(step), 0)
        with kept_signals(Cache(folder)) as store:
            merge_events(events)
        assert {p.name for p in folder.rglob("*") if p.is_file()} == {
            store.key, store.pairs_key, store.attach_key}  # (stage 2's: newsline.attach_memory)
        sizes.append(len(Cache(folder).get(store.pairs_key).marks))
        assert (store.rescored == len(events)) == (step == 0)  # scored all only without one
    assert sizes == [len(events)] * 4


def test_small_batches_are_weighed_exactly_and_big_ones_in_steps():
    sigs = event_signals(busy_batch())
    weight = Weights(sigs)
    for key, n in weight.frequency.items():
        assert weight(key) == pytest.approx(
            math.log((len(sigs) + 21) / (n + 0.5)) * (
                2.0 if key[0] == "~" and key[1:] in ACTORS_AND_ACTIONS else 1.0))
    assert [rounded(n, 16, 2 ** 0.25) for n in range(17)] == list(range(17))
    step, seen = 2 ** 0.25, []
    for n in range(17, 5000):
        value = rounded(n, 16, step)
        assert abs(math.log(value / n)) <= math.log(step) / 2 + 1e-9
        seen.append(value)
    assert seen == sorted(seen)
    assert len(set(seen)) < 40  # a few dozen steps: most counts share theirs with the next


def _apply(events, pool, op: str, n: int):
    """One edit of a hypothesis-drawn sequence: n picks the report (or the pool's report)."""
    if op == "drop" and len(events) > 2:
        return events[:n % len(events)] + events[n % len(events) + 1:]
    if op == "add":
        new = pool[n % len(pool)]
        return events if new in events else sorted(events + [new], key=_identity)
    e = events[n % len(events)]
    if op == "reword":
        e = dataclasses.replace(e, text=e.text.replace(PLACES[n % 5], PLACES[(n + 1) % 5]))
    elif op == "shift":
        e = dataclasses.replace(e, start=e.start + timedelta(days=1 + n % 3),
                                end=e.end + timedelta(days=1 + n % 3))
    elif op == "topic":
        e = dataclasses.replace(e, topics=("port",) if e.topics != ("port",) else ("city",))
    elif op == "reuse_id":  # another report of another article under this one's id
        other = pool[(n * 7) % len(pool)]
        e = dataclasses.replace(other, id=e.id)
    elif op == "article":  # the report moves to another article
        e = dataclasses.replace(e, sources=[dataclasses.replace(m, slug=f"moved{n}-{m.slug}")
                                            for m in e.sources])
    at = n % len(events)
    return events[:at] + [e] + events[at + 1:]


@given(st.lists(st.tuples(st.sampled_from(["drop", "add", "reword", "shift", "topic",
                                           "reuse_id", "article", "same"]),
                          st.integers(0, 10_000)), min_size=1, max_size=6),
       st.sampled_from([0, 1]))
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_edit_sequence_merges_through_the_record_as_without_it(tmp_path_factory, ops,
                                                                   which):
    pool = (busy_batch(90, seed=21), long_batch(70, seed=5))[which]
    events = pool[:60]
    folder = tmp_path_factory.mktemp("signals")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Weights, "EXACT_SIZE", 8)
        patch.setattr(Weights, "EXACT_COUNT", 2)
        patch.setattr(pair_memory, "DIRTY_SHARE", 1.0)
        with kept_signals(Cache(folder)):
            merge_events(events)
        for op, n in ops:
            events = _apply(events, pool, op, n)
            with kept_signals(Cache(folder)):
                through_record = merge_events(events)
            assert sha(through_record) == sha(merge_events(events)), (op, n)


def test_a_record_of_other_settings_or_another_size_step_is_not_used(tmp_path, small_steps,
                                                                      scored):
    events = busy_batch()
    folder = tmp_path / "signals"
    with kept_signals(Cache(folder)):
        merge_events(events)
    stricter = dataclasses.replace(DEFAULT, threshold=DEFAULT.threshold + 0.03,
                                   distinct_min=DEFAULT.distinct_min - 4)
    scored.clear()
    with kept_signals(Cache(folder)):
        found = merge_events(events, stricter)
    assert scored == [None] and sha(found) == sha(merge_events(events, stricter))
    assert found != merge_events(events)  # the settings matter to this batch
    # many reports more: the batch's size is in another step of the rounding
    with kept_signals(Cache(folder)):
        merge_events(events)  # a record of these settings again
    bigger = sorted(events + busy_batch(120, seed=8), key=_identity)
    scored.clear()
    with kept_signals(Cache(folder)):
        found = merge_events(bigger)
    assert scored == [None] and sha(found) == sha(merge_events(bigger))
