"""Finding every pair of events that clears its merge bar, without scoring every pair.

The merger's average-link clustering (newsline.pair_clustering) records only the pairs of events
whose margin (newsline.merge.pair_margin) is zero or more. Events are taken by start; each is
scored at once against the later-starting events within its reach (those starting before its
end, plus the largest gap), through key postings kept in that order, so a window is a slice of
each posting: only events that match some key of its and are near enough in time are touched,
and each similarity is summed in prepared_similarity's order, so it is the same bit for bit.
A report longer than a month looks only at the events sharing a distinctive key with it.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from itertools import compress
from typing import TYPE_CHECKING

from newsline.similarity import Prepared, key_similarity, prepared_similarity

if TYPE_CHECKING:
    from newsline.pair_clustering import PairMargins


def clearing_pairs(margin: PairMargins, settings,
                   dirty: bytearray | None = None) -> dict[tuple[int, int], float]:
    """(i, j) -> margin for every pair of events, i < j, whose margin is 0 or more; with dirty
    (1 for some events), only the pairs with a dirty event on at least one side.

    Events are taken by start; each is scored at once against the later-starting events within
    its reach (those starting before its end, plus the largest gap), through key postings kept
    in that order, so a window is a slice of each posting: only events that match some key of
    its and are near enough in time are touched. With dirty, a dirty event looks at every
    event in its reach (through postings of the keys dirty events match), any other only at
    the dirty events in its reach (through postings of the dirty events), and an event with no
    dirty one in reach is skipped."""
    start, end, kind = margin.start, margin.end, margin.kind
    order = sorted(range(len(start)), key=lambda i: (start[i], i))
    starts = [start[i] for i in order]
    if margin.floor == -math.inf:  # settings that lower a bar: every pair is scored
        return _all_pairs(margin, settings, order, starts, dirty)
    placed = [margin.signals[kind[i]] for i in order]
    totals = [b.total for b in placed]
    if dirty is None:
        postings = _postings(placed)
    else:
        dirty_places = [n for n, i in enumerate(order) if dirty[i]]
        matched = {o for n in dirty_places for k in placed[n].keys for o in margin.near[k]}
        postings = _postings(placed, matched)
        of_dirty = _postings(placed, places=dirty_places)
    floors, articles, max_gap = margin.kind_floor, margin.articles, settings.max_gap_days
    topics, bar, bars = margin.topics, margin.bar, margin.bars
    days = [last - first + 1 for first, last in zip(start, end)]
    # Most pairs a window scores fall short of their bar on the two lengths alone (a day beside
    # a week or a month needs far more than the threshold), so a window keeps only the places
    # reaching the least bar of the two lengths and their gap: the bar of two reports that
    # share a topic, overlapping or, for the places starting after the event's end (a suffix
    # of the window), that many days apart. A topic shared by none only adds to it (no raise
    # is negative here: margin.floor), and so does rounding, so no pair that clears its bar is
    # lost. Lengths are counted by class.
    classes: dict[int, int] = {}
    place_class = [classes.setdefault(days[i], len(classes)) for i in order]
    class_days = list(classes)
    least_bars: dict[int, list[float]] = {}  # short length -> the least bar against each class
    free, near = settings.shared_free_days, margin.near
    links: dict[tuple[int, int], float] = {}
    plans: dict[int, list] = {}  # kind -> _match_plan, from its first short event to its last
    # a long kind -> {other kind: similarity}, kept from its first long event to its last:
    # the same sentence from several outlets meets the same sentences again
    known: dict[int, dict[int, float]] = {}
    last_long = {kind[i]: n for n, i in enumerate(order) if days[i] > free}
    last_short = {kind[i]: n for n, i in enumerate(order) if days[i] <= free}
    for n, i in enumerate(order):
        reach = bisect_right(starts, end[i] + max_gap, n + 1)
        if dirty is not None and not dirty[i]:  # only the dirty events in reach are scored
            first = bisect_right(dirty_places, n)
            if first < len(dirty_places) and dirty_places[first] < reach:
                window_postings = of_dirty
            else:
                reach = n + 1
        else:
            window_postings = postings
        if reach == n + 1:  # nothing in reach; still the last event of its kind drops its own
            if last_long.get(kind[i]) == n:
                known.pop(kind[i], None)
            elif last_short.get(kind[i]) == n:
                plans.pop(kind[i], None)
            continue
        own, mine, last, length, subjects = (floors[kind[i]], articles[i], end[i], days[i],
                                             topics[i])
        if length > free:  # a long reach: only the events sharing a distinctive key may join
            found = _distinctive_window(placed[n], window_postings, near, margin.distinctive, n,
                                        reach)
            alike = known.get(kind[i])
            if alike is None:
                alike = known[kind[i]] = {}
            scores = []
            for m in found:
                j = order[m]
                if mine.isdisjoint(articles[j]) and start[j] - min(last, end[j]) <= max_gap:
                    sim = alike.get(kind[j])  # (the articles test is cheaper than a similarity)
                    if sim is None:
                        sim = alike[kind[j]] = prepared_similarity(placed[n], placed[m], near)
                    if sim >= bar(length, days[j], 0, True):
                        scores.append((m, sim))
            if last_long[kind[i]] == n:
                del known[kind[i]]
        else:
            plan = plans.get(kind[i])
            if plan is None:
                plan = plans[kind[i]] = _match_plan(placed[n], near)
            least = least_bars.get(length)  # (at most free lengths: as many lists)
            if least is None:  # by gap: overlapping (0), then each day apart up to max_gap
                least = least_bars[length] = [[bar(length, other, gap, True)
                                               for other in class_days]
                                              for gap in range(max_gap + 1)]
            scores = _window_similarities(placed[n], window_postings, near, totals, n, reach,
                                          plan, own, least[0], place_class,
                                          bisect_right(starts, last, n + 1, reach), starts,
                                          last, least).items()
            if last_short[kind[i]] == n:
                del plans[kind[i]]
        for m, sim in scores:
            j = order[m]  # starts no earlier than i: the gap is j's start less the earlier end
            if sim < own or sim < floors[kind[j]] or not mine.isdisjoint(articles[j]):
                continue
            gap = start[j] - (last if last < end[j] else end[j])
            if gap > max_gap:
                continue
            share = not subjects.isdisjoint(topics[j])
            need = bars.get((length, days[j], gap if gap > 0 else 0, share))
            if need is None:
                need = bar(length, days[j], gap, share)
            if sim >= need and (length > free or days[j] <= free
                                or margin.shares_distinctive(kind[i], kind[j])):
                links[(i, j) if i < j else (j, i)] = sim - need
    return links


def _distinctive_window(a: Prepared, postings: dict[str, "_Posting"], near, distinctive,
                        low: int, high: int) -> list[int]:
    """The places strictly between low and high of the signals sharing a distinctive key with
    a (one of the two matching keys distinctive), ascending."""
    found: set[int] = set()
    for k in a.keys:
        mine = k in distinctive
        for o in near[k]:
            posting = postings.get(o)
            if posting is not None and (mine or o in distinctive):
                window = posting.window(low, high)
                found.update(posting.places[window.start:window.stop])
    return sorted(found)


def _all_pairs(margin: PairMargins, settings, order: list[int], starts: list[int],
               dirty: bytearray | None = None) -> dict:
    links: dict[tuple[int, int], float] = {}
    for n, i in enumerate(order):
        reach = bisect_right(starts, margin.end[i] + settings.max_gap_days, n + 1)
        for j in order[n + 1:reach]:
            if dirty is not None and not dirty[i] and not dirty[j]:
                continue
            value = margin(i, j)
            if value is not None and value >= 0 and margin.may_start(i, j):
                links[(i, j) if i < j else (j, i)] = value
    return links


class _Posting:
    """The places (ascending) of the signals holding one key, with its weight and factor in each."""

    __slots__ = ("places", "weighted", "factors")

    def __init__(self):
        self.places: list[int] = []
        self.weighted: list[float] = []
        self.factors: list[float] = []

    def window(self, low: int, high: int) -> range:
        """The indices of the entries whose place p has low < p < high."""
        return range(bisect_right(self.places, low), bisect_left(self.places, high))


def _postings(signals: list[Prepared], keys: set[str] | None = None,
              places: list[int] | None = None) -> dict[str, _Posting]:
    """key -> the signals (by place in the list) holding it; only for keys, when given, and
    only the signals at places (ascending), when given."""
    found: dict[str, _Posting] = {}
    for place in range(len(signals)) if places is None else places:
        b = signals[place]
        for k in b.keys if keys is None else b.keys & keys:
            posting = found.get(k)
            if posting is None:
                posting = found[k] = _Posting()
            posting.places.append(place)
            posting.weighted.append(b.weighted[k])
            posting.factors.append(b.factors.get(k, 1.0))
    return found


def _window_similarities(a: Prepared, postings: dict[str, _Posting], near, totals: list[float],
                         low: int, high: int, plan: list | None = None,
                         floor: float = -math.inf, least: list[float] | None = None,
                         place_class: list[int] | None = None, apart: int | None = None,
                         starts: list[int] | None = None, until: int = 0,
                         apart_least: list[list[float]] | None = None) -> dict[int, float]:
    """place -> similarity with a, for the signals placed strictly between low and high that
    match a key of a's and reach floor (and, with least, least[place_class[place]] too; from
    place apart on, apart_least[starts[place] - until][place_class[place]] instead, until
    being a's last day). Each sum is taken in the order prepared_similarity takes it (its own
    keys sorted), so the values are its own bit for bit. plan is _match_plan(a, near)."""
    # by place less low + 1: the matched weight of a's keys there, and of its keys in a
    towards: list = [0] * (high - low - 1)
    back: list = [0] * (high - low - 1)
    for k, weighted, similar, value in (plan if plan is not None else _match_plan(a, near)):
        posting = postings.get(k)
        if similar:  # a fuzzy key of a's: its best match in each place
            best: dict[int, float] = {}
            for o, likeness in similar:
                other = postings.get(o)
                if other is None:
                    continue
                places, factors = other.places, other.factors
                for x in range(bisect_right(places, low), bisect_left(places, high)):
                    score = likeness * factors[x]
                    if score > best.get(places[x], -1.0):
                        best[places[x]] = score
            for q, score in best.items():
                towards[q - low - 1] += weighted * score
        if posting is None:
            continue
        places, weights = posting.places, posting.weighted
        first, last = bisect_right(places, low), bisect_left(places, high)
        if weighted is not None and not similar:  # a's own key, matching only itself
            factors = posting.factors
            for x in range(first, last):
                q = places[x] - low - 1
                towards[q] += weighted * factors[x]
                back[q] += weights[x] * value
        else:
            for x in range(first, last):
                back[places[x] - low - 1] += weights[x] * value
    total = a.total
    found = {}
    # every term is above 0 (weights, factors and key likeness are), so a place matching a
    # key of a's has towards above 0, and only those are scored
    split = len(towards) if apart is None else apart - low - 1  # the first q apart
    for q in compress(range(len(towards)), towards):  # overlap_score, written out
        matched = towards[q] + back[q]
        other = totals[q + low + 1]
        contained = matched / (2 * (other if other < total else total))
        score = (matched / (total + other) + (contained if contained < 1.0 else 1.0)) / 2
        if score >= floor and (least is None or score >= least[place_class[q + low + 1]]):
            if q >= split and score < apart_least[starts[q + low + 1] - until][
                    place_class[q + low + 1]]:
                continue
            found[q + low + 1] = score
    return found


def _match_plan(a: Prepared, near) -> list[tuple]:
    """How _window_similarities walks a's keys and their matches, sorted (so each place's two
    sums gather their terms in prepared_similarity's order): (key, a's weight of it or None
    when a holds only a match of it, [(match, key_similarity)] for a fuzzy key of a's, the
    factor a's best match of it carries)."""
    plan = []
    for k in sorted({o for key in a.keys for o in near[key]}):
        weighted = a.weighted.get(k)
        similar = [(o, key_similarity(k, o)) for o in near[k]] if k in a.fuzzy else None
        if len(near[k]) > 1:
            value = max(key_similarity(k, o) * a.factors.get(o, 1.0) for o in a.keys & near[k])
        else:
            value = a.factors.get(k, 1.0)
        plan.append((k, weighted, similar, value))
    return plan
