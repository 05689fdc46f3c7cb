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

Events with the same signals (the same sentence under another date, from another outlet) share
one similarity, computed once per pair of distinct signals.
"""

from __future__ import annotations

import bisect
import heapq
import math

from newsline.similarity import Prepared, Signals, Weights, prepared_similarity


class PairMargins:
    """pair_margin (newsline.merge) of two events by index, similarity memoised per signals."""

    def __init__(self, events, sigs: list[Signals], weight: Weights, settings, articles):
        self.settings = settings
        self.articles = articles
        self.start = [e.start.toordinal() for e in events]
        self.end = [e.end.toordinal() for e in events]
        self.topics = [frozenset(e.topics) for e in events]
        kinds: dict[tuple, int] = {}
        self.kind = [kinds.setdefault((s.keys, tuple(sorted(s.factors.items()))), len(kinds))
                     for s in sigs]
        self.signals: list[Prepared | None] = [None] * len(kinds)
        for s, k in zip(sigs, self.kind):
            if self.signals[k] is None:
                self.signals[k] = Prepared(s, weight)
        self.near = weight.neighbours
        self.similar: list[dict[int, float]] = [{} for _ in kinds]

    def similarity(self, p: int, q: int) -> float:
        """newsline.similarity.similarity of two kinds of signals."""
        row = self.similar[p]
        known = row.get(q)
        if known is None:
            known = prepared_similarity(self.signals[p], self.signals[q], self.near)
            row[q] = known
            self.similar[q][p] = known
        return known

    def __call__(self, i: int, j: int, sim: float | None = None) -> float | None:
        """The margin of events i and j, as newsline.merge.pair_margin computes it."""
        settings = self.settings
        if self.articles[i] & self.articles[j]:
            return None
        gap = max(self.start[i], self.start[j]) - min(self.end[i], self.end[j])
        if gap > settings.max_gap_days:
            return None
        fine, coarse = sorted((self.end[i] - self.start[i] + 1, self.end[j] - self.start[j] + 1))
        bar = settings.threshold + settings.per_doubling * math.log2(coarse / fine)
        if gap > 0:
            bar += settings.disjoint + settings.per_gap_day * gap
        if not self.topics[i] & self.topics[j]:
            bar += settings.no_shared_topic
        if sim is None:
            sim = self.similarity(self.kind[i], self.kind[j])
        return sim - bar


def cluster(events, sigs: list[Signals], weight: Weights, settings,
            articles: list[frozenset[str]]) -> list[tuple[int, ...]]:
    """Groups of event indices, merged by average link with cannot-links (newsline.merge)."""
    margin = PairMargins(events, sigs, weight, settings, articles)
    links = _clearing_pairs(margin, settings)
    # every group ever formed: label -> (members, the two groups it was formed from or None)
    members: dict[int, tuple[int, ...]] = {i: (i,) for i in range(len(events))}
    parts: dict[int, tuple[int, int] | None] = {i: None for i in members}
    group_articles = {i: articles[i] for i in members}
    neighbours: dict[int, set[int]] = {i: set() for i in members}
    heap: list[tuple[float, int, int]] = []

    def consider(x: int, y: int) -> None:
        total, count = links[(x, y)]
        if count == len(members[x]) * len(members[y]) and total / count >= 0 \
                and not group_articles[x] & group_articles[y]:
            heapq.heappush(heap, (-total / count, x, y))

    for x, y in sorted(links):
        neighbours[x].add(y)
        neighbours[y].add(x)
        consider(x, y)

    label = len(events)
    while heap:
        _, x, y = heapq.heappop(heap)
        if x not in members or y not in members:
            continue  # one side already merged into another group
        new, label = label, label + 1
        members[new] = tuple(sorted(members.pop(x) + members.pop(y)))
        parts[new] = (x, y)
        group_articles[new] = group_articles.pop(x) | group_articles.pop(y)
        neighbours[new] = set()
        for z in sorted((neighbours.pop(x) | neighbours.pop(y)) - {x, y}):
            total, count = 0.0, 0
            for old in (x, y):
                link = links.pop((min(old, z), max(old, z)), None)
                if link is None:
                    link = _rebuilt(min(old, z), max(old, z), parts, margin)
                if link is not None:
                    total, count = total + link[0], count + link[1]
            neighbours[z] -= {x, y}
            neighbours[z].add(new)
            neighbours[new].add(z)
            links[(z, new)] = [total, count]
            consider(z, new)
    return sorted(members.values())


def _clearing_pairs(margin: PairMargins, settings) -> dict[tuple[int, int], list]:
    """(i, j) -> [margin, 1] for every pair of events, i < j, whose margin is 0 or more."""
    start, end, kind = margin.start, margin.end, margin.kind
    order = sorted(range(len(start)), key=lambda i: (start[i], i))
    starts = [start[i] for i in order]
    links: dict[tuple[int, int], list] = {}
    raises = (settings.per_doubling, settings.disjoint, settings.per_gap_day,
              settings.no_shared_topic)
    # every bar is at least the threshold while nothing lowers it
    floor = settings.threshold if min(raises) >= 0 else -math.inf
    for n, i in enumerate(order):
        reach = bisect.bisect_right(starts, end[i] + settings.max_gap_days, n + 1)
        p = kind[i]
        row = margin.similar[p]
        for j in order[n + 1:reach]:
            sim = row.get(kind[j])
            if sim is None:
                sim = margin.similarity(p, kind[j])
            if sim < floor:
                continue
            value = margin(i, j, sim)
            if value is not None and value >= 0:
                links[(min(i, j), max(i, j))] = [value, 1]
    return links


def _rebuilt(x: int, y: int, parts: dict, margin: PairMargins) -> tuple | None:
    """(sum of member-pair margins, compatible pairs) of groups x < y, added up as the merges
    that formed them would have (the newer group split first); None when no pair may merge.
    Iterative: the merge tree of a large group is deeper than Python's recursion limit."""
    stack = [[x, y, 0, 0.0, 0, False]]  # the two groups, next part, total, count, any found
    while True:
        frame = stack[-1]
        split = parts[frame[1]]
        if split is None:  # two single events (the older side is one too)
            value = margin(frame[0], frame[1])
            result = None if value is None else (value, 1)
        elif frame[2] < 2:
            old = split[frame[2]]
            frame[2] += 1
            stack.append([min(old, frame[0]), max(old, frame[0]), 0, 0.0, 0, False])
            continue
        else:
            result = (frame[3], frame[4]) if frame[5] else None
        stack.pop()
        if not stack:
            return result
        if result is not None:
            parent = stack[-1]
            parent[3] += result[0]
            parent[4] += result[1]
            parent[5] = True
