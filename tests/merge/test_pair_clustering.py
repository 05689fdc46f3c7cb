"""The clustering that records only pairs clearing their bar (newsline.pair_clustering) merges
exactly as average link over every compatible pair does, on a busy batch of our own."""

from __future__ import annotations

import heapq
import random
from datetime import date, timedelta

from newsline.match_candidates import key_neighbours
from newsline.merge import DEFAULT, _articles, _identity, pair_margin
from newsline.event_signals import event_signals
from newsline.clearing_pairs import _postings, _window_similarities
from newsline.pair_clustering import (PairMargins, cluster, distinctive_keys,
                                      shares_distinctive)
from newsline.similarity import Prepared, Weights, similarity

from eventkit import event

PLACES = ["Brenndorf", "Kaltenbach", "Moorwik", "Sandhagen", "Tessin"]
THINGS = [("the ferry pier", "der Fähranleger"), ("the library", "die Bibliothek"),
          ("the tram depot", "das Straßenbahndepot"), ("the flood wall", "die Flutmauer")]
VERBS = [("approved", "billigte"), ("discussed", "beriet über"), ("postponed", "verschob")]
SPANS = [("day", 0), ("week", 6), ("month", 29), ("year", 364)]


def busy_batch(count: int = 160, seed: int = 7, spans=SPANS):
    """Events of many articles about a few places and things, dated days to years (spans:
    (granularity, days after the first) to choose from), so that many pairs clear their bar and
    groups grow over several merges."""
    rng = random.Random(seed)
    first = date(2021, 3, 1)
    events = []
    for n in range(count):
        place, (thing_en, thing_de), (verb_en, verb_de) = (
            rng.choice(PLACES), rng.choice(THINGS), rng.choice(VERBS))
        granularity, length = rng.choice(spans)
        start = first + timedelta(days=rng.randrange(40))
        if granularity == "year":
            start = date(start.year, 1, 1)
        end = start + timedelta(days=length)
        if rng.random() < 0.5:
            when = "on that day"
            text = f"The council of {place} {verb_en} {thing_en} {when}, {rng.choice(PLACES)} said."
            lang = "en"
        else:
            when = "an jenem Tag"
            text = f"Der Rat von {place} {verb_de} {thing_de} {when}, hieß es in {place}."
            lang = "de"
        events.append(event(f"outlet{n % 9}-story{n // 3}", text, when, start.isoformat(),
                            end.isoformat(), granularity, lang=lang,
                            topics=(rng.choice(["port", "city"]),)))
    return sorted(events, key=_identity)


def average_link_over_every_pair(events, sigs, weight):
    """Average link as newsline.merge once ran it: a record for every compatible pair."""
    distinctive = distinctive_keys(weight, len(events), DEFAULT)
    prepared = [Prepared(s, weight) for s in sigs]

    def may_start(i, j):  # clearing pairs longer than a month must share a distinctive key
        if max((e.end - e.start).days + 1 for e in (events[i], events[j])) \
                <= DEFAULT.shared_free_days:
            return True
        return shares_distinctive(prepared[i], prepared[j], weight.neighbours, distinctive)

    links = {}  # [sum of margins, pairs, whether some pair may start a merge]
    for i in range(len(events)):
        for j in range(i + 1, len(events)):
            margin = pair_margin(events[i], events[j], sigs[i], sigs[j], weight)
            if margin is not None:
                links[(i, j)] = [margin, 1, margin >= 0 and may_start(i, j)]
    members = {i: (i,) for i in range(len(events))}
    articles = {i: _articles(e) for i, e in enumerate(events)}
    neighbours = {i: set() for i in members}
    heap = []

    def consider(x, y):
        total, count, can = links[(x, y)]
        if count == len(members[x]) * len(members[y]) and total / count >= 0 and can \
                and not articles[x] & articles[y]:
            heapq.heappush(heap, (-total / count, x, y))

    for x, y in sorted(links):
        neighbours[x].add(y)
        neighbours[y].add(x)
        consider(x, y)
    label = len(events)
    while heap:
        _, x, y = heapq.heappop(heap)
        if x not in members or y not in members:
            continue
        new, label = label, label + 1
        members[new] = tuple(sorted(members.pop(x) + members.pop(y)))
        articles[new] = articles.pop(x) | articles.pop(y)
        neighbours[new] = set()
        for z in sorted((neighbours.pop(x) | neighbours.pop(y)) - {x, y}):
            total, count, can = 0.0, 0, False
            for old in (x, y):
                link = links.pop((min(old, z), max(old, z)), None)
                if link:
                    total, count, can = total + link[0], count + link[1], can or link[2]
            neighbours[z] -= {x, y}
            neighbours[z].add(new)
            neighbours[new].add(z)
            links[(z, new)] = [total, count, can]
            consider(z, new)
    return sorted(members.values())


def test_the_same_groups_as_average_link_over_every_pair():
    events = busy_batch()
    sigs = event_signals(events)
    weight = Weights(sigs, key_neighbours(sigs))
    expected = average_link_over_every_pair(events, sigs, weight)
    found = cluster(events, sigs, weight, DEFAULT, [_articles(e) for e in events])
    assert found == expected
    sizes = sorted(len(g) for g in found)
    assert sizes[-1] >= 4 and sum(1 for n in sizes if n > 1) >= 10  # the batch is busy


def test_window_scores_are_the_pairwise_similarities_bit_for_bit():
    events = busy_batch(80, seed=11)
    sigs = event_signals(events)
    weight = Weights(sigs, key_neighbours(sigs))
    margin = PairMargins(events, sigs, weight, DEFAULT, [_articles(e) for e in events])
    placed = [margin.signals[k] for k in margin.kind]
    postings, totals = _postings(placed), [b.total for b in placed]
    checked = 0
    for n in range(len(events)):
        for high in (n + 1, n + 7, len(events)):
            scores = _window_similarities(placed[n], postings, margin.near, totals, n, high)
            assert set(scores) <= set(range(n + 1, high))
            for m in range(n + 1, min(high, len(events))):
                exact = similarity(sigs[n], sigs[m], weight)
                # every event of the window matching a key is scored, and only those
                assert (m in scores) == (exact > 0), (n, m)
                if m in scores:
                    assert scores[m] == exact
                    assert margin.similarity(margin.kind[n], margin.kind[m]) == exact
                    checked += 1
    assert checked > 2 * len(events)
    assert max(margin.kind_floor) > DEFAULT.threshold + 0.1  # year kinds face a higher bar


def test_kind_floors_are_never_above_a_bar():
    events = busy_batch(80, seed=11)
    sigs = event_signals(events)
    weight = Weights(sigs, key_neighbours(sigs))
    margin = PairMargins(events, sigs, weight, DEFAULT, [_articles(e) for e in events])
    for i in range(len(events)):
        for j in range(i + 1, len(events)):
            value = margin(i, j, 0.0)  # similarity 0: the margin is minus the bar
            if value is not None:
                assert -value >= max(margin.kind_floor[margin.kind[i]],
                                     margin.kind_floor[margin.kind[j]])


def test_coarse_groups_found_by_key_join_as_a_scan_of_every_group(monkeypatch):
    """Stage 2 looks only at finer groups sharing a key with a coarse one; scanning every
    group inside the coarse interval must give the same events."""
    import newsline.merge as merge

    events = busy_batch(160, seed=3)
    by_key = merge.merge_events(events)

    class EveryGroup(merge._FineCandidates):
        scan_all = True

        def inside(self, *args):
            assert not self.by_key
            return super().inside(*args)

    monkeypatch.setattr(merge, "_FineCandidates", EveryGroup)
    assert merge.merge_events(events) == by_key
    joined = [e for e in by_key if len({m.slug for m in e.sources}) > 1]
    assert any(e.granularity != "day" for e in joined)  # coarse reports did join
    assert len(by_key) < len(events)


def test_links_left_for_later_still_merge_as_every_pair(monkeypatch):
    """A group pair's sum that is sure to be below zero is left until a later merge asks for
    it (pair_clustering._Deferred); some are asked, most never. The groups stay those of
    average link over every pair."""
    import newsline.pair_clustering as clustering

    made, asked = [], []
    plain_value = clustering._value

    def value(term, *args):
        if type(term) is clustering._Deferred:
            asked.append(term.value is None)
        return plain_value(term, *args)

    monkeypatch.setattr(clustering, "_value", value)
    plain_init = clustering._Deferred.__init__

    def init(self, terms, bound):
        made.append(bound)
        plain_init(self, terms, bound)

    monkeypatch.setattr(clustering._Deferred, "__init__", init)
    for seed in (3, 5):
        events = busy_batch(300, seed)
        sigs = event_signals(events)
        weight = Weights(sigs, key_neighbours(sigs))
        found = cluster(events, sigs, weight, DEFAULT, [_articles(e) for e in events])
        assert found == average_link_over_every_pair(events, sigs, weight)
    assert made and all(bound < 0 for bound in made)
    assert 0 < sum(asked) < len(made)


def long_batch(count: int = 120, seed: int = 3):
    """Reports of a few sentences, each told by several outlets under dates of one to ten
    weeks, so that long reports meet the same sentences again and some pairs clear."""
    rng = random.Random(seed)
    # 24 sentences, each amount in two of them: ten reports each, distinctive but shared
    sentences = [f"The council of {place} {verb} {thing} at that time, {1000 + 37 * (n % 12)} "
                 f"euros." for n, (place, (thing, _), (verb, _)) in enumerate(
                     (p, t, v) for p in PLACES for t in THINGS for v in VERBS[:2])][:24]
    first = date(2021, 3, 1)
    events = []
    for n in range(count):
        start = first + timedelta(days=rng.randrange(20))
        end = start + timedelta(days=rng.choice([0, 6, 40, 69]))
        events.append(event(f"outlet{n % 7}-story{n}", sentences[n % 24], "at that time",
                            start.isoformat(), end.isoformat(), "day", lang="en",
                            topics=("city",)))
    return sorted(events, key=_identity)


def test_clearing_pairs_of_repeated_long_sentences_are_those_of_every_pair():
    """Long reports remember their similarities per kind of signals: the same sentence under
    other dates and outlets must give the pairs and margins that scoring every pair in reach
    gives."""
    from collections import Counter

    from newsline.clearing_pairs import _all_pairs, clearing_pairs

    events = long_batch()
    sigs = event_signals(events)
    weight = Weights(sigs, key_neighbours(sigs))
    margin = PairMargins(events, sigs, weight, DEFAULT, [_articles(e) for e in events])
    long = Counter(k for k, s, e in zip(margin.kind, margin.start, margin.end)
                   if e - s >= DEFAULT.shared_free_days)
    assert sum(n for n in long.values() if n > 1) >= 20  # long kinds met again
    order = sorted(range(len(events)), key=lambda i: (margin.start[i], i))
    every = _all_pairs(margin, DEFAULT, order, [margin.start[i] for i in order])
    found = clearing_pairs(margin, DEFAULT)
    assert found == every
    assert sum(1 for i, j in found if max(margin.end[i] - margin.start[i],
                                          margin.end[j] - margin.start[j]) >= 31) >= 10


def test_a_small_similarity_memo_merges_as_every_pair(monkeypatch):
    """PairMargins forgets its similarities at MEMO_LIMIT; asked again, each is computed anew,
    so the groups stay those of average link over every pair."""
    monkeypatch.setattr(PairMargins, "MEMO_LIMIT", 3)
    events = busy_batch()
    sigs = event_signals(events)
    weight = Weights(sigs, key_neighbours(sigs))
    margin = PairMargins(events, sigs, weight, DEFAULT, [_articles(e) for e in events])
    found = cluster(events, sigs, weight, DEFAULT, [_articles(e) for e in events], margin)
    assert found == average_link_over_every_pair(events, sigs, weight)
    assert 0 < len(margin.similar) <= 3


def test_windows_keep_only_places_reaching_the_least_bar_of_the_two_lengths():
    """A window drops the places below the bar two overlapping reports of a topic would need
    (gaps and topics only raise it): the clearing pairs stay those of scoring every pair in
    reach, and the busy batch's day reports beside week and month ones are dropped early."""
    from newsline.clearing_pairs import _all_pairs, clearing_pairs

    events = busy_batch(seed=5)
    sigs = event_signals(events)
    weight = Weights(sigs, key_neighbours(sigs))
    margin = PairMargins(events, sigs, weight, DEFAULT, [_articles(e) for e in events])
    order = sorted(range(len(events)), key=lambda i: (margin.start[i], i))
    every = _all_pairs(margin, DEFAULT, order, [margin.start[i] for i in order])
    assert clearing_pairs(margin, DEFAULT) == every and len(every) >= 20

    placed = [margin.signals[margin.kind[i]] for i in order]
    days = [margin.end[i] - margin.start[i] + 1 for i in order]
    postings, totals = _postings(placed), [b.total for b in placed]
    dropped = 0
    for n in range(len(order)):
        least = [margin.bar(days[n], other, 0, True) for other in days]
        each = list(range(len(order)))  # every place its own class
        kept = _window_similarities(placed[n], postings, margin.near, totals, n, len(order),
                                    None, -1.0, least, each)
        scored = _window_similarities(placed[n], postings, margin.near, totals, n, len(order))
        assert kept == {m: s for m, s in scored.items() if s >= least[m]}
        dropped += len(scored) - len(kept)
        for m in scored:  # the least bar is never above the pair's own
            value = margin(order[n], order[m], 0.0)
            assert value is None or -value >= least[m]
    assert dropped > len(order)


def test_pairs_matching_no_key_are_zero_without_scoring(monkeypatch):
    """A pair of signals with no key matching (equal or near) has similarity 0.0, found
    without prepared_similarity; every other pair gets prepared_similarity's value."""
    from newsline import pair_clustering
    from newsline.similarity import prepared_similarity

    events = busy_batch(seed=3)
    events.append(event("kran-1", "Am 9. März 2021 stürzte in Uferbach ein Kran um.",
                        "9. März 2021", "2021-03-09", lang="de"))
    sigs = event_signals(events)
    weight = Weights(sigs, key_neighbours(sigs))
    margin = PairMargins(events, sigs, weight, DEFAULT, [_articles(e) for e in events])
    scored = []
    monkeypatch.setattr(pair_clustering, "prepared_similarity",
                        lambda a, b, near: scored.append(1) or prepared_similarity(a, b, near))
    kinds = len(margin.signals)
    zeros = 0
    for p in range(kinds):
        for q in range(p, kinds):
            want = prepared_similarity(margin.signals[p], margin.signals[q], weight.neighbours)
            got = margin.similarity(p, q)
            assert got == want and type(got) is float
            zeros += want == 0.0
    assert zeros >= kinds - 1  # the crane shares nothing with any other report
    assert len(scored) == kinds * (kinds + 1) // 2 - zeros


def test_a_window_drops_places_a_gap_keeps_below_their_bar():
    """The places of a window that start after the event's end are that many days apart: they
    are kept only when they reach the least bar of their two lengths at that gap, which is never
    above the pair's own bar; the others as before, and the similarities are the same."""
    from bisect import bisect_right

    events = busy_batch(seed=11)
    sigs = event_signals(events)
    weight = Weights(sigs, key_neighbours(sigs))
    margin = PairMargins(events, sigs, weight, DEFAULT, [_articles(e) for e in events])
    order = sorted(range(len(events)), key=lambda i: (margin.start[i], i))
    starts = [margin.start[i] for i in order]
    ends = [margin.end[i] for i in order]
    days = [last - first + 1 for first, last in zip(starts, ends)]
    placed = [margin.signals[margin.kind[i]] for i in order]
    postings, totals = _postings(placed), [b.total for b in placed]
    each = list(range(len(order)))  # every place its own class
    gap_dropped = 0
    for n in range(len(order)):
        reach = bisect_right(starts, ends[n] + DEFAULT.max_gap_days, n + 1)
        apart = bisect_right(starts, ends[n], n + 1, reach)
        least = [[margin.bar(days[n], other, gap, True) for other in days]
                 for gap in range(DEFAULT.max_gap_days + 1)]
        kept = _window_similarities(placed[n], postings, margin.near, totals, n, reach, None,
                                    -1.0, least[0], each, apart, starts, ends[n], least)
        scored = _window_similarities(placed[n], postings, margin.near, totals, n, reach)
        need = {m: least[starts[m] - ends[n] if m >= apart else 0][m] for m in scored}
        assert kept == {m: s for m, s in scored.items() if s >= need[m]}
        gap_dropped += sum(1 for m, s in scored.items() if least[0][m] <= s < need[m])
        for m in scored:  # the least bar at the gap is never above the pair's own
            value = margin(order[n], order[m], 0.0)
            assert value is None or -value >= need[m]
            assert m < apart or starts[m] - ends[n] >= 1
    assert gap_dropped > 0
