"""Average-link clustering of events that records only the pairs able to start a merge.

Average link merges, best first, the two groups whose member pairs clear their bars by most on
average, when every member pair may merge at all (no article on both sides, dates close enough).
Kept naively, that needs a record for every pair of events close in time, which grows with the
square of the events in a busy year: the year-long reports alone meet thousands of others.

But a pair's margin (newsline.merge.pair_margin) is its similarity less a bar of at least the
threshold, so only pairs that clear the bar can make an average reach zero: two groups can merge
only while some member pair of theirs clears it. So only those pairs are recorded. The sums of
any other group pair a merge needs are rebuilt from the merge tree in exactly the order the
naive record would have added them, so every average, and every merge, is the same bit for bit.
A clearing pair longer than a month starts a merge only when its two reports share a
distinctive key (newsline.merge.MergeSettings.distinct_share); its average still counts every
member pair.

Whether every member pair of two groups may merge follows from a few facts per group (its
articles, latest start, earliest end), and a pair of groups that may not never may again.
A rebuilt sum is needed at once only when it could bring a pair's average to zero or above: when
the pair's other link is at most zero (and neither group holds a report longer than a month,
whose pairs may clear their bar without a link), the sum is sure to stay below zero and is left
until a later merge asks for it, which most never do.

Events with the same signals (the same sentence under another date, from another outlet) are
one kind, prepared once. The clearing pairs are found window by window from key postings
(newsline.clearing_pairs): only events near in time that share or match a key are touched.
"""

from __future__ import annotations

import heapq
import math
from array import array

from newsline.clearing_pairs import clearing_pairs
from newsline.similarity import Prepared, Signals, Weights, prepared_similarity, rounded


def pair_bar(days_a: int, days_b: int, gap: int, share_topic: bool, settings) -> float:
    """The similarity a pair of events needs to merge (newsline.merge.MergeSettings): dates of
    days_a and days_b days, gap days apart (0 or less: they overlap)."""
    fine, coarse = sorted((days_a, days_b))
    bar = settings.threshold + settings.per_doubling * math.log2(coarse / fine) \
        + settings.per_shared_doubling * max(0.0, math.log2(fine / settings.shared_free_days))
    if gap > 0:
        bar += settings.disjoint + settings.per_gap_day * gap
    if not share_topic:
        bar += settings.no_shared_topic
    return bar


def distinctive_keys(weight: Weights, count: int, settings) -> frozenset[str]:
    """The keys few of the batch's count sentences hold: at most distinct_share of them, or
    distinct_min (newsline.merge.MergeSettings). A big batch's count is rounded as the weights
    round it, so that one article more or less rarely moves the cap."""
    cap = distinct_cap(count, settings)
    return frozenset(k for k, n in weight.frequency.items() if n <= cap)


def distinct_cap(count: int, settings) -> float:
    """How many of a batch of count sentences may hold a distinctive key (distinctive_keys)."""
    return max(settings.distinct_min, settings.distinct_share * rounded(
        count, Weights.EXACT_SIZE, Weights.SIZE_STEP))


def shares_distinctive(a: Prepared, b: Prepared, near: dict[str, frozenset[str]],
                       distinctive: frozenset[str]) -> bool:
    """Whether a and b hold two matching keys, one of them distinctive."""
    for k in a.keys:
        common = near[k] & b.keys
        if common and (k in distinctive or not common.isdisjoint(distinctive)):
            return True
    return False


class PairMargins:
    """pair_margin (newsline.merge) of two events by index, similarity memoised per signals."""

    def __init__(self, events, sigs: list[Signals], weight: Weights, settings, articles):
        self.settings = settings
        self.articles = articles
        self.start = [e.start.toordinal() for e in events]
        self.end = [e.end.toordinal() for e in events]
        alike: dict[tuple, frozenset] = {}
        self.topics = [alike.get(e.topics) or alike.setdefault(e.topics, frozenset(e.topics))
                       for e in events]
        kinds: dict[tuple, int] = {}
        by_object: dict[int, int] = {}  # id of a Signals in sigs -> its kind (equal signals
        # are mostly one object, newsline.event_signals: its factors are sorted once)
        self.kind = kind = []
        for s in sigs:
            found = by_object.get(id(s))
            if found is None:
                found = by_object[id(s)] = kinds.setdefault(
                    (s.keys, tuple(sorted(s.factors.items()))), len(kinds))
            kind.append(found)
        self.signals: list[Prepared | None] = [None] * len(kinds)
        for s, k in zip(sigs, self.kind):
            if self.signals[k] is None:
                self.signals[k] = Prepared(s, weight)
        self.near = weight.neighbours
        self.distinctive = distinctive_keys(weight, len(sigs), settings)
        # once asked: smaller kind * kinds + larger kind -> similarity (an int key takes half
        # the memory of a pair, and the rebuilt sums of a big batch ask for millions, most of
        # them once: 10,000 articles asked 3.3 million, so it is emptied at MEMO_LIMIT)
        self.similar: dict[int, float] = {}
        self.bars: dict[tuple, float] = {}
        raises = (settings.per_doubling, settings.per_shared_doubling, settings.disjoint,
                  settings.per_gap_day, settings.no_shared_topic)
        # every bar is at least the threshold while nothing lowers it
        self.floor = settings.threshold if min(raises) >= 0 else -math.inf
        # and at least kind_floor of both kinds: a pair's bar rises by the smaller of the two
        # per-doubling costs for each doubling of the longer interval over shared_free_days,
        # whatever the shorter one (less a hair, so that rounding never puts a floor above a bar)
        shortest: dict[int, int] = {}
        for k, first, last in zip(self.kind, self.start, self.end):
            shortest[k] = min(shortest.get(k, last - first + 1), last - first + 1)
        rise = min(settings.per_doubling, settings.per_shared_doubling)
        free = settings.shared_free_days
        self.kind_floor = [self.floor + rise * max(0.0, math.log2(shortest[k] / free)) - 1e-9
                           if self.floor != -math.inf else -math.inf for k in range(len(kinds))]

    MEMO_LIMIT = 1 << 18  # similarities remembered at most (about 25 MB)

    def similarity(self, p: int, q: int) -> float:
        """newsline.similarity.similarity of two kinds of signals."""
        key = p * len(self.signals) + q if p < q else q * len(self.signals) + p
        known = self.similar.get(key)
        if known is None:
            known = self._remembered(key, p, q)
        return known

    def _remembered(self, key: int, p: int, q: int) -> float:
        if len(self.similar) >= self.MEMO_LIMIT:
            self.similar.clear()  # a value asked again is computed again, the same float
        a, b = self.signals[p], self.signals[q]
        few, other = (a, b) if len(a.fuzzy) <= len(b.fuzzy) else (b, a)
        # about half the pairs a rebuilt sum asks for match no key at all: their similarity is
        # the 0.0 prepared_similarity gives them, found here with one set test (and one per
        # fuzzy key of the side with fewer: matching is mutual, newsline.match_candidates)
        if few.keys.isdisjoint(other.keys) and all(
                self.near[k].isdisjoint(other.keys) for k in few.fuzzy):
            known = self.similar[key] = 0.0
        else:
            known = self.similar[key] = prepared_similarity(a, b, self.near)
        return known

    def __call__(self, i: int, j: int, sim: float | None = None) -> float | None:
        """The margin of events i and j, as newsline.merge.pair_margin computes it."""
        settings = self.settings
        if self.articles[i] & self.articles[j]:
            return None
        gap = max(self.start[i], self.start[j]) - min(self.end[i], self.end[j])
        if gap > settings.max_gap_days:
            return None
        if sim is None:
            sim = self.similarity(self.kind[i], self.kind[j])
        return sim - self.bar(self.end[i] - self.start[i] + 1, self.end[j] - self.start[j] + 1,
                              gap, not self.topics[i].isdisjoint(self.topics[j]))

    def within(self, i: int, j: int) -> float:
        """__call__ of two events known to be compatible (members of two groups that may
        merge): the same value, written out for the merge loop's rebuilt sums."""
        start, end = self.start, self.end
        first, second, last, other_last = start[i], start[j], end[i], end[j]
        gap = (first if first > second else second) - (last if last < other_last else other_last)
        p, q = self.kind[i], self.kind[j]
        key = p * len(self.signals) + q if p < q else q * len(self.signals) + p
        sim = self.similar.get(key)
        if sim is None:
            sim = self._remembered(key, p, q)
        share = not self.topics[i].isdisjoint(self.topics[j])
        days, other_days = last - first + 1, other_last - second + 1
        need = self.bars.get((days, other_days, gap if gap > 0 else 0, share))
        if need is None:
            need = self.bar(days, other_days, gap, share)
        return sim - need

    def may_start(self, i: int, j: int) -> bool:
        """Whether events i and j, clearing their bar, may start a merge: when either is
        longer than a month (shared_free_days), only if they share a distinctive key."""
        free = self.settings.shared_free_days
        if self.end[i] - self.start[i] < free and self.end[j] - self.start[j] < free:
            return True
        return self.shares_distinctive(self.kind[i], self.kind[j])

    def shares_distinctive(self, p: int, q: int) -> bool:
        return shares_distinctive(self.signals[p], self.signals[q], self.near, self.distinctive)

    def bar(self, days_a: int, days_b: int, gap: int, share_topic: bool) -> float:
        """pair_bar, kept: every pair near in time asks for it, and few values recur."""
        key = (days_a, days_b, gap if gap > 0 else 0, share_topic)
        known = self.bars.get(key)
        if known is None:
            known = self.bars[key] = pair_bar(days_a, days_b, gap, share_topic, self.settings)
        return known


class Reach:
    """What decides whether every member pair of two groups may merge: a pair may when no
    article is on both sides and its dates' gap (the latest start less the earliest end of the
    two) is small enough, so over all cross pairs it is enough to know each group's articles,
    latest start, earliest end and largest start-to-end difference (day ordinals)."""

    __slots__ = ("articles", "latest_start", "earliest_end", "widest")

    def __init__(self, articles: frozenset[str], start: int, end: int, widest: int | None = None):
        self.articles = articles
        self.latest_start = start
        self.earliest_end = end
        self.widest = start - end if widest is None else widest

    def joined(self, other: "Reach") -> "Reach":
        return Reach(self.articles | other.articles, max(self.latest_start, other.latest_start),
                     min(self.earliest_end, other.earliest_end), max(self.widest, other.widest))

    def compatible(self, other: "Reach", max_gap: int) -> bool:
        # the day tests first: they fail more often than the articles' and cost less
        return self.latest_start - other.earliest_end <= max_gap \
            and other.latest_start - self.earliest_end <= max_gap \
            and self.widest <= max_gap and other.widest <= max_gap \
            and self.articles.isdisjoint(other.articles)


class _Groups:
    """Each live group's Reach and size (for the single events given at the start)."""

    def __init__(self, margin: PairMargins, indices):
        articles, start, end = margin.articles, margin.start, margin.end
        self.reach = {i: Reach(articles[i], start[i], end[i]) for i in indices}
        self.size = dict.fromkeys(self.reach, 1)

    def join(self, x: int, y: int, new: int) -> None:
        self.reach[new] = self.reach.pop(x).joined(self.reach.pop(y))
        self.size[new] = self.size.pop(x) + self.size.pop(y)


def cluster(events, sigs: list[Signals], weight: Weights, settings,
            articles: list[frozenset[str]],
            margin: PairMargins | None = None,
            links: dict[tuple[int, int], float] | None = None) -> list[tuple[int, ...]]:
    """Groups of event indices, merged by average link with cannot-links (newsline.merge).

    links[(x, y)], x < y, is the sum of the margins of the member pairs of two live groups that
    may merge (all pairs compatible) and have a member pair clearing its bar; a pair that may
    not merge never may again, as groups only grow, and is dropped. margin: the PairMargins of
    these arguments, when the caller made it already; links: their clearing pairs, likewise
    (newsline.clearing_pairs; the dict is used up).
    """
    if margin is None:
        margin = PairMargins(events, sigs, weight, settings, articles)
    if links is None:
        links = clearing_pairs(margin, settings)
    # only the events of a clearing pair may ever merge: the others get no record here
    neighbours: dict[int, set[int]] = {}
    for x, y in links:
        for one, other in ((x, y), (y, x)):
            near = neighbours.get(one)
            if near is None:
                neighbours[one] = {other}
            else:
                near.add(other)
    # The pairs merge best first: by (-average, x, y), no two alike, so the order is a total
    # one. The clearing pairs (each clears its bar: its average is 0 or more) come sorted once,
    # in a list of the keys links holds and an array of their averages (a heap entry each
    # took ten times the memory); the pairs later merges make go on a heap, and each step
    # takes the smaller of the two heads.
    first = sorted(links)  # by (x, y), then (stable) by average, largest first
    first.sort(key=links.__getitem__, reverse=True)
    averages = array("d", map(links.__getitem__, first))
    heap: list[tuple[float, int, int]] = []
    groups = _Groups(margin, neighbours)
    members: dict[int, tuple[int, ...]] = {i: (i,) for i in neighbours}
    paired = bytearray(len(events))  # 1 for the events of a clearing pair
    for i in neighbours:
        paired[i] = 1
    # every group ever formed -> the two it was formed from (single events are not in it)
    parts: dict[int, tuple[int, int]] = {}
    reach, size, max_gap = groups.reach, groups.size, settings.max_gap_days
    push, pop, pop_link = heapq.heappush, heapq.heappop, links.pop
    # the groups with a member longer than a month: a member pair of theirs may clear its bar
    # without a link, lacking the distinctive key to start a merge (PairMargins.may_start)
    free = settings.shared_free_days
    start, end = margin.start, margin.end
    longs = {i for i in neighbours if end[i] - start[i] >= free}

    label = len(events)
    at, count = 0, len(first)
    while at < count or heap:
        if at < count and (not heap or -averages[at] < heap[0][0] or (
                -averages[at] == heap[0][0] and first[at] < heap[0][1:])):  # (no tuple made)
            x, y = first[at]
            first[at] = None  # its key may be all that holds it
            at += 1
        else:
            _, x, y = pop(heap)
        if x not in members or y not in members:
            continue  # one side already merged into another group
        new, label = label, label + 1
        members[new] = tuple(sorted(members.pop(x) + members.pop(y)))
        parts[new] = (x, y)
        groups.join(x, y, new)
        if x in longs or y in longs:
            longs.add(new)
        pop_link((x, y), None)
        joined, linked = reach[new], set()
        neighbours[new] = linked
        pair = {x, y}
        # Reach.compatible(reach[z], joined), written out: the joined group's side once
        fits, latest, earliest, held = (joined.widest <= max_gap, joined.latest_start,
                                        joined.earliest_end, joined.articles)
        # in any order: each z gets its own link and heap entry, whatever the others get
        for z in (neighbours.pop(x) | neighbours.pop(y)) - pair:
            near = neighbours[z]
            near -= pair
            other = reach[z]
            if not (fits and other.latest_start - earliest <= max_gap
                    and latest - other.earliest_end <= max_gap and other.widest <= max_gap
                    and other.articles.isdisjoint(held)):
                pop_link((x, z) if x < z else (z, x), None)
                pop_link((y, z) if y < z else (z, y), None)
                continue
            # the sum of the two links, a missing one (no member pair clears its bar) rebuilt;
            # but when the sum is sure to be below zero it is left for a later merge to ask
            terms = []
            bound = 0.0
            for old in (x, y):
                key = (old, z) if old < z else (z, old)
                link = pop_link(key, None)
                terms.append(key if link is None else link)
                if link is None:  # below 0 unless a long member's pair cleared without starting
                    bound = math.inf if old in longs or z in longs else bound + 0.0
                else:
                    bound = bound + (link.bound if type(link) is _Deferred else link)
            near.add(new)
            linked.add(z)
            if bound < 0:
                links[(z, new)] = _Deferred(terms, bound)
                continue
            total = 0.0
            for term in terms:  # (a link's value is a float: no call for it)
                total = total + (term if type(term) is float else _value(term, parts, margin))
            links[(z, new)] = total
            average = total / (size[z] * size[new])
            if average >= 0:
                push(heap, (-average, z, new))
    members.update((i, (i,)) for i in range(len(events)) if not paired[i])
    return sorted(members.values())


class _Deferred:
    """The link of two groups whose sum was not needed yet: it is below bound, itself below zero,
    so the pair adds no heap entry. terms are the two links it adds (newer first split as in the
    merge loop): a value, another _Deferred, or the two groups of a sum to rebuild.

    Why below: a rebuilt sum adds only margins below zero (no member pair clears its bar),
    and rounding is monotone, so the sum with each rebuilt sum taken as 0 and each deferred one
    as its bound is at least the true sum. The true sum, once asked, is the same float the merge
    loop would have made at once: the same values, added in the same order."""

    __slots__ = ("terms", "bound", "value")

    def __init__(self, terms: list, bound: float):
        self.terms = terms
        self.bound = bound
        self.value: float | None = None


def _value(term, parts: dict, margin: PairMargins) -> float:
    """A link's value: a float as it is, a pair of groups rebuilt, a _Deferred summed (its own
    deferred terms first, without recursion: chains grow with a group's merges)."""
    if type(term) is tuple:
        x, y = term
        return margin.within(x, y) if y not in parts else _rebuilt(x, y, parts, margin)
    if type(term) is not _Deferred:
        return term
    stack = [term]
    while stack:
        top = stack[-1]
        waiting = [t for t in top.terms if type(t) is _Deferred and t.value is None]
        if waiting:
            stack.extend(waiting)
            continue
        stack.pop()
        total = 0.0
        for inner in top.terms:
            total = total + (inner.value if type(inner) is _Deferred
                             else _value(inner, parts, margin))
        top.value, top.terms = total, None
    return term.value


def _rebuilt(x: int, y: int, parts: dict, margin: PairMargins) -> float:
    """The sum of the member-pair margins of groups x < y whose member pairs all may merge,
    added up as the merges that formed them would have (the newer group split first).
    Iterative: the merge tree of a large group is deeper than Python's recursion limit."""
    stack = [[x, y, 0, 0.0]]  # the two groups, the next part of the newer one, the sum so far
    within = margin.within  # every member pair of the two groups is compatible
    while True:
        frame = stack[-1]
        split = parts.get(frame[1])
        if split is None:  # two single events (the older side is one too)
            result = within(frame[0], frame[1])
        elif frame[2] < 2:
            old = split[frame[2]]
            frame[2] += 1
            stack.append([min(old, frame[0]), max(old, frame[0]), 0, 0.0])
            continue
        else:
            result = frame[3]
        stack.pop()
        if not stack:
            return result
        stack[-1][3] += result
