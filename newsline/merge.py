"""One happening, all its sources: merges the events several articles report into one event.

Articles in German and English date the same happening differently ("vergangene Woche",
"on Tuesday") and word it differently. Two events from different articles are taken for one
happening when their intervals are compatible and their sentences share enough rare names,
numbers and cognates (newsline.similarity). The bar rises with the gap between their
precisions (a year must say much more to join a day), and rises again when the intervals do
not overlap at all; then the merged event carries a note that its sources disagree.

Clustering is average-link agglomeration with cannot-links: the pair of groups whose members
are most alike above the bar merges first; no group ever holds two events of one article (two
dates in one sentence stay two events), and every pair inside a group must be compatible in
time. Everything is computed on the events sorted by id, so the result does not depend on the
input order; a merged event keeps the smallest id of its members.
"""

from __future__ import annotations

import dataclasses
import heapq
import math
from dataclasses import dataclass
from datetime import date

from newsline.model import Event, Mention
from newsline.similarity import Signals, Weights, signals, similarity
from newsline.timex.model import GRANULARITIES

RANK = {name: i for i, name in enumerate(GRANULARITIES)}


@dataclass(frozen=True)
class MergeSettings:
    """The bar two events must clear.

    threshold was chosen on the tuning half of the journalist timelines (scripts/eval_merge.py);
    those are all day entries, so the costs of coarseness and of gaps are set by hand so that a
    year needs about five times the similarity of two days, a week or a one-day gap about 2.5 times.
    """

    threshold: float = 0.12  # similarity two events of the same day need
    per_doubling: float = 0.06  # added per doubling of the coarser interval over the finer one
    disjoint: float = 0.15  # added when the intervals do not overlap at all
    per_gap_day: float = 0.05  # added per day between disjoint intervals
    max_gap_days: int = 2  # intervals further apart never merge


DEFAULT = MergeSettings()


def merge_events(events: list[Event], settings: MergeSettings = DEFAULT) -> list[Event]:
    """The events with those reporting one happening merged, ordered by start, end and id."""
    ordered = sorted(events, key=_identity)
    groups = _cluster(ordered, settings)
    merged = [ordered[g[0]] if len(g) == 1 else _combine([ordered[i] for i in g]) for g in groups]
    return sorted(merged, key=lambda e: (e.start, e.end, e.id))


def pair_margin(a: Event, b: Event, sa: Signals, sb: Signals, weight: Weights,
                settings: MergeSettings = DEFAULT) -> float | None:
    """How far the pair clears its bar (negative: it does not); None when it may never merge."""
    if _articles(a) & _articles(b):
        return None
    gap = (max(a.start, b.start) - min(a.end, b.end)).days
    if gap > settings.max_gap_days:
        return None
    fine, coarse = sorted((_days(a), _days(b)))
    bar = settings.threshold + settings.per_doubling * math.log2(coarse / fine)
    if gap > 0:
        bar += settings.disjoint + settings.per_gap_day * gap
    return similarity(sa, sb, weight) - bar


def _cluster(events: list[Event], settings: MergeSettings) -> list[tuple[int, ...]]:
    sigs = [signals(e.text, tuple(m.expression for m in e.sources)) for e in events]
    weight = Weights(sigs)
    # links[(x, y)] with x < y cluster labels: [sum of member-pair margins, compatible pairs]
    links: dict[tuple[int, int], list[float]] = {}
    by_start = sorted(range(len(events)), key=lambda i: (events[i].start, i))
    for n, i in enumerate(by_start):
        reach = events[i].end.toordinal() + settings.max_gap_days
        for j in by_start[n + 1:]:
            if events[j].start.toordinal() > reach:
                break
            margin = pair_margin(events[i], events[j], sigs[i], sigs[j], weight, settings)
            if margin is not None:
                links[(min(i, j), max(i, j))] = [margin, 1]

    members = {i: (i,) for i in range(len(events))}
    articles = {i: _articles(e) for i, e in enumerate(events)}
    neighbours: dict[int, set[int]] = {i: set() for i in members}
    heap: list[tuple[float, int, int]] = []

    def consider(x: int, y: int) -> None:
        total, count = links[(x, y)]
        if count == len(members[x]) * len(members[y]) and total / count >= 0 \
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
            continue  # one side already merged into another group
        new, label = label, label + 1
        members[new] = tuple(sorted(members.pop(x) + members.pop(y)))
        articles[new] = articles.pop(x) | articles.pop(y)
        neighbours[new] = set()
        for z in sorted((neighbours.pop(x) | neighbours.pop(y)) - {x, y}):
            total, count = 0.0, 0
            for old in (x, y):
                link = links.pop((min(old, z), max(old, z)), None)
                if link:
                    total, count = total + link[0], count + link[1]
            neighbours[z] -= {x, y}
            neighbours[z].add(new)
            neighbours[new].add(z)
            links[(z, new)] = [total, count]
            consider(z, new)
    return sorted(members.values())


def _combine(group: list[Event]) -> Event:
    """One event from a group: the most precise member's date and text, everyone's sources."""
    best = min(group, key=lambda e: _precision(e, group))
    sources = {_mention_key(m): m for e in group for m in e.sources}
    return dataclasses.replace(
        best,
        id=min(e.id for e in group),
        topics=tuple(sorted({t for e in group for t in e.topics})),
        sources=[sources[k] for k in sorted(sources)],
        date_note=_disagreement(group),
    )


def _precision(event: Event, group: list[Event]) -> tuple:
    """Finer granularity first, then the shorter, exact, closed interval most members agree with."""
    support = sum(1 for e in group if e.start <= event.end and event.start <= e.end)
    return (RANK[event.granularity], _days(event), event.approximate,
            event.open_start or event.open_end, -support, event.start, event.id)


def _disagreement(group: list[Event]) -> str | None:
    """A note naming each date and its outlets when some members' intervals do not overlap."""
    if all(a.start <= b.end and b.start <= a.end for a in group for b in group):
        return None
    outlets: dict[tuple[date, date], set[str]] = {}
    for e in group:
        outlets.setdefault((e.start, e.end), set()).update(m.source for m in e.sources)
    parts = []
    for (start, end), names in sorted(outlets.items()):
        when = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
        parts.append(f"{when} ({', '.join(sorted(names))})" if names else when)
    return "Sources disagree on the date: " + "; ".join(parts)


def _articles(event: Event) -> frozenset[str]:
    return frozenset(m.slug for m in event.sources) or frozenset({"#" + event.id})


def _days(event: Event) -> int:
    return (event.end - event.start).days + 1


def _identity(event: Event) -> tuple:
    return (event.id, event.start, event.end, event.text)


def _mention_key(m: Mention) -> tuple:
    return (m.published, m.source, m.slug, m.span, m.value)
