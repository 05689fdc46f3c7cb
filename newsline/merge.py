"""One happening, all its sources: merges the events several articles report into one event.

Articles in German and English date the same happening differently ("vergangene Woche",
"on Tuesday") and word it differently. Two events from different articles are taken for one
happening when their intervals are compatible and their sentences share enough rare names,
numbers, cognates and bilingual concepts (newsline.similarity, newsline.bilingual), each
sentence weighed by the clause of its own date (newsline.event_signals). The bar rises with the
gap between their precisions (a year must say much more to join a day), rises with the length
of the finer interval beyond a month too (two reports that both say only "2023" share a year,
weak evidence when much happens in a year), and rises again when the intervals do not overlap
at all; then the merged event carries a note that its sources disagree. A report longer than a
month must moreover share a distinctive key (a name, number or word few of the batch's
sentences hold) with what it joins: a phrase many reports repeat says little about which of a
year's happenings it means.

Two stages:

1. Pairs. Average-link agglomeration with cannot-links: the pair of groups whose members are
   most alike above the bar merges first; no group ever holds two events of one article (two
   dates in one sentence stay two events), and every pair inside a group must be compatible in
   time (newsline.pair_clustering, which records only the pairs that clear their bar).
2. Coarse into fine. One report of "last week" rarely shares enough words with one report of
   "on Tuesday" to clear the pair bar, though both are plainly one vote once all reports of
   each are read together. So each group whose best date is coarser than a day (shortest
   first) is compared with the finer groups inside its interval: how much of what its reports
   agree on do the finer group's reports agree on too. It joins the best one when that clears
   the bar for the two precisions and no other candidate comes close; a report that fits two
   happenings about equally stays on its own.

Everything is computed on the events sorted by id, so the result does not depend on the input
order; a merged event keeps the smallest id of its members and the most precise member's date.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
from collections import Counter
from dataclasses import dataclass
from datetime import date

from newsline.model import Event, Mention
from newsline.event_signals import event_signals
from newsline.match_candidates import key_neighbours
from newsline.cache import gc_paused
from newsline.merge_cache import active_store
from newsline.attach_memory import attached
from newsline.pair_clustering import (PairMargins, Reach, cluster, distinctive_keys,
                                      pair_bar, shares_distinctive)
from newsline.pair_memory import clustered
from newsline.similarity import (Prepared, Signals, Weights, prepared_covered,
                                 similarity)
from newsline.timex.model import GRANULARITIES

RANK = {name: i for i, name in enumerate(GRANULARITIES)}


@dataclass(frozen=True)
class MergeSettings:
    """The bar two events must clear.

    threshold was chosen on the tuning half of the journalist timelines (scripts/eval_merge.py);
    those are all day entries, so the costs of coarseness and of gaps are set by hand so that a
    year needs about five times the similarity of two days, a week or a one-day gap about 2.5 times.
    per_shared_doubling makes a shared interval longer than a month weak evidence, as much
    happens in a quarter or a year: two reports that both say only "2023" need about what a
    month and a day need (set on the sample site's labels, where two reports of one month are
    often one happening and stay as they were). It also keeps the pairs that clear their bar
    near-linear in the number of articles: a year's reports no longer clear it against much of
    their year.
    A pair or a group longer than a month must also share a distinctive key (distinct_share,
    distinct_min): words that many of the batch's sentences hold (a phrase every council report
    uses, a city named daily) say little about which of a year's happenings a report means.
    This left every score of the timelines and the sample site as it was (they were tried at
    0.005-0.02 and 5-10), and keeps a long report's candidates few as the batch grows.
    The attach settings (stage 2) were set by hand and checked on the sample site's labels
    (scripts/eval_merge_sample.py); the timelines have no coarse dates to tune them on.
    """

    threshold: float = 0.12  # similarity two events of the same day need
    per_doubling: float = 0.06  # added per doubling of the coarser interval over the finer one
    per_shared_doubling: float = 0.06  # added per doubling of the finer interval over...
    shared_free_days: int = 31  # ...this many days (a shared month costs nothing)
    disjoint: float = 0.15  # added when the intervals do not overlap at all
    per_gap_day: float = 0.05  # added per day between disjoint intervals
    max_gap_days: int = 2  # intervals further apart never merge
    no_shared_topic: float = 0.05  # added when the two sides' articles share no topic
    distinct_share: float = 0.005  # a key at most this share of the batch's sentences hold...
    distinct_min: int = 10  # ...or at most this many is distinctive
    attach_per_doubling: float = 0.06  # the same for a coarse group joining a finer one
    attach_lead: float = 0.05  # how much better than the runner-up that finer one must fit

    def __post_init__(self) -> None:
        # stage 2 asks only finer groups sharing a key with a coarse one (_FineCandidates):
        # at a threshold of 0 a group sharing nothing would clear its bar too
        if not self.threshold > 0:
            raise ValueError(f"MergeSettings.threshold must be above 0, not {self.threshold}")


DEFAULT = MergeSettings()


def merge_events(events: list[Event], settings: MergeSettings = DEFAULT) -> list[Event]:
    """The events with those reporting one happening merged, ordered by start, end and id."""
    # the merge allocates millions of small objects and frees them by reference counting alone
    # (it makes no cycles), yet each burst would start the cycle collector, whose full passes
    # walk every object the build holds: about a tenth of the merge's time at 1,000 articles
    with gc_paused():
        return _merged(events, settings)


def _merged(events: list[Event], settings: MergeSettings) -> list[Event]:
    ordered = sorted(events, key=_identity)
    store = active_store()
    asked = len(store.asked) if store is not None else 0
    sigs = event_signals(ordered, store)
    weight = Weights(sigs, key_neighbours(sigs))
    alike: dict[frozenset, frozenset] = {}  # the events of one article share its set
    articles = [alike.setdefault(found, found) for found in map(_articles, ordered)]
    margin = PairMargins(ordered, sigs, weight, settings, articles)
    if store is None:
        pairs = cluster(ordered, sigs, weight, settings, articles, margin)
    else:  # through the record of the last build's pairs and groups (newsline.pair_memory)
        pairs = clustered(store, ordered, store.asked[asked:], sigs, weight, settings,
                          articles, margin)
    own = [margin.signals[k] for k in margin.kind]  # each event's Prepared signals
    del margin  # the pair similarities it remembers are not needed any more
    if store is None:
        groups = _attach_coarse(pairs, ordered, sigs, weight, settings, articles, own)[0]
    else:  # stage 2 again only where the edit reaches (newsline.attach_memory)
        groups = attached(store, pairs, ordered, sigs, weight, settings, articles, own)
    merged = [ordered[g[0]] if len(g) == 1 else _combine([ordered[i] for i in g], best)
              for g, best in groups]
    return sorted(merged, key=lambda e: (e.start, e.end, e.id))


def pair_margin(a: Event, b: Event, sa: Signals, sb: Signals, weight: Weights,
                settings: MergeSettings = DEFAULT) -> float | None:
    """How far the pair clears its bar (negative: it does not); None when it may never merge."""
    if _articles(a) & _articles(b):
        return None
    gap = (max(a.start, b.start) - min(a.end, b.end)).days
    if gap > settings.max_gap_days:
        return None
    bar = pair_bar(_days(a), _days(b), gap, bool(set(a.topics) & set(b.topics)), settings)
    return similarity(sa, sb, weight) - bar


def _attach_coarse(groups: list[tuple[int, ...]], events: list[Event], sigs: list[Signals],
                   weight: Weights, settings: MergeSettings, articles: list[frozenset[str]],
                   own: list[Prepared], looked=None
                   ) -> tuple[list[tuple[tuple[int, ...], Event]], "_FineCandidates"]:
    """Coarse groups join the finer happening they describe best, compared with all it says.

    A week, month or year names a happening less exactly than the days inside it, and one report
    rarely shares enough words with another to clear the pair bar. So once the pairs have
    clustered, each group whose best date is coarser than a day (shortest first) is compared
    with every finer group inside its interval by the pooled words of all their members; it
    joins the best one when that clears the bar for the two dates' precisions and no other
    candidate comes close. Each group comes with its best dated member (_best), which the
    comparison needed anyway and the merged event takes its date from; the candidates come
    too (every group they hold, its best date, consensus and margin against a coarse group).
    looked(coarse, groups) hears every group, live or not, that could sway a coarse group: those
    whose margin is no lower than -attach_lead (one further below can neither be the best fit
    nor come close to one that clears its bar).
    """
    # a lone report is its own best date and consensus (own: each event's Prepared signals)
    best = functools.cache(lambda g: events[g[0]] if len(g) == 1 else _best(g, events))
    topics = functools.cache(lambda g: _topics(g, events))
    consensus = functools.cache(lambda g: own[g[0]] if len(g) == 1
                                else Prepared(_consensus(g, sigs), weight))
    reach = functools.cache(lambda g: functools.reduce(Reach.joined, (
        Reach(articles[i], events[i].start.toordinal(), events[i].end.toordinal()) for i in g)))
    # a group's best date as (start, end, days): margin asks for it of every candidate pair
    span = functools.cache(lambda g: (lambda e: (e.start, e.end, _days(e)))(best(g)))
    groups = [tuple(g) for g in groups]
    live = set(groups)
    distinctive = distinctive_keys(weight, len(events), settings)
    candidates = _FineCandidates(groups, best, consensus, weight.neighbours, distinctive,
                                 settings)

    def margin(coarse: tuple[int, ...], fine: tuple[int, ...]) -> float | None:
        """How far fine clears coarse's bar (None: it may not join it, whatever the score)."""
        (wide_start, wide_end, wide_days), (start, end, days) = span(coarse), span(fine)
        long = wide_days > settings.shared_free_days  # must share a distinctive key
        if days >= wide_days or not (wide_start <= start and end <= wide_end) or fine == coarse \
                or not reach(coarse).compatible(reach(fine), settings.max_gap_days) \
                or long and not shares_distinctive(consensus(coarse), consensus(fine),
                                                   weight.neighbours, distinctive):
            return None
        bar = settings.threshold + settings.attach_per_doubling * math.log2(wide_days / days)
        if not topics(coarse) & topics(fine):
            bar += settings.no_shared_topic
        return prepared_covered(consensus(coarse), consensus(fine), weight.neighbours) - bar

    candidates.margin = margin
    # a margin below this neither clears its bar nor comes within attach_lead of one that does
    # (a negative attach_lead asks nothing of a runner-up: only the bar counts)
    sway = -max(settings.attach_lead, 0.0)
    for coarse in sorted(groups, key=lambda g: (span(g)[2], g)):
        if span(coarse)[2] <= 1 or coarse not in live:
            continue
        wide = best(coarse)
        found = candidates.inside(coarse, wide, span(coarse)[2] > settings.shared_free_days)
        if looked is None:
            scored = [(m, fine) for fine in found if fine in live
                      for m in (margin(coarse, fine),) if m is not None]
        else:  # every group that could sway it, live or not (newsline.attach_memory)
            every = [(m, fine) for fine in found for m in (margin(coarse, fine),)
                     if m is not None and m >= sway]
            looked(coarse, [fine for _, fine in every])
            scored = [(m, fine) for m, fine in every if fine in live]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        if not scored or scored[0][0] < 0:
            continue
        if len(scored) > 1 and scored[1][0] > scored[0][0] - settings.attach_lead:
            continue  # two happenings fit about as well: the report does not say which
        fine = scored[0][1]
        joined = tuple(sorted(coarse + fine))
        live -= {coarse, fine}
        live.add(joined)
        candidates.add(joined)
    # each best(g) is cached: the sort or add() asked
    return [(g, best(g)) for g in sorted(live)], candidates


class _FineCandidates:
    """The groups a coarse group may join: those whose best date starts inside its interval,
    and, when a group that covers too little of it could not change the outcome, only those
    whose consensus holds a key matching one of its heavier keys (inside()).

    A finer group's margin is what it covers of the coarse group's weight (each matched key's
    weighted value times a likeness and a factor, both at most 1) less its bar, which is at
    least the threshold plus attach_per_doubling for each doubling of the coarse group's days
    over the finer one's. Only a margin of -attach_lead or more can sway the outcome (the best
    fit must clear its bar, a runner-up come within attach_lead of it). So a finer group of a
    given length that matches only the coarse group's lightest keys, together weighing less
    than that bar less attach_lead, cannot: the postings are kept by length class (a doubling
    of days each), and each class is asked for the groups holding a match of the keys heavy
    enough for its shortest bar. This holds while the threshold is at least attach_lead, which
    is not negative (below 0 a runner-up does not count, and the best fit may lie less than
    -attach_lead above its bar), and no cost lowers a bar (keyed()). A group longer than a
    month must share a distinctive key with what it joins (margin()): it asks for the groups
    holding a distinctive match alone.
    """

    scan_all = False  # look at every group inside the interval (what by_key must equal)

    def __init__(self, groups, best, consensus, near, distinctive, settings):
        self.best, self.consensus, self.near = best, consensus, near
        self.distinctive, self.settings = distinctive, settings
        self.groups = list(groups)  # every group it held, the joined ones added
        self.by_key = self.keyed(settings)
        self.by_start: list[tuple[date, tuple[int, ...]]] = []
        # length class (days.bit_length() - 1) -> key -> (start, group), in order
        self.postings: list[dict[str, list[tuple[date, tuple[int, ...]]]]] = []
        # the first groups in bulk, sorted once: each posting then comes out in order
        for entry in sorted((best(group).start, group) for group in groups):
            if not self.by_key:
                self.by_start.append(entry)
                continue
            postings = self._class(entry[1])
            for key in consensus(entry[1]).keys:
                posting = postings.get(key)
                if posting is None:
                    postings[key] = [entry]
                else:
                    posting.append(entry)

    def _class(self, group: tuple[int, ...]) -> dict:
        """The postings of group's length class (made when it is the first of it)."""
        wide = self.best(group)
        length = ((wide.end - wide.start).days + 1).bit_length() - 1
        while len(self.postings) <= length:
            self.postings.append({})
        return self.postings[length]

    @classmethod
    def keyed(cls, settings: MergeSettings) -> bool:
        """Whether a group matching only a coarse group's light keys can be left out (by_key)."""
        return not cls.scan_all and settings.threshold >= settings.attach_lead >= 0 \
            and settings.attach_per_doubling >= 0 and settings.no_shared_topic >= 0

    def add(self, group: tuple[int, ...]) -> None:
        self.groups.append(group)
        entry = (self.best(group).start, group)
        if not self.by_key:
            bisect.insort(self.by_start, entry)
            return
        postings = self._class(group)
        for key in self.consensus(group).keys:
            bisect.insort(postings.setdefault(key, []), entry)

    def inside(self, coarse: tuple[int, ...], wide: Event,
               distinct: bool) -> list[tuple[int, ...]]:
        """Groups starting inside wide's interval, in start order (ties by members); with
        by_key, those holding a match of a key heavy enough for their length class (with
        distinct, of a distinctive key too) are enough."""
        low, high = (wide.start,), (wide.end, (math.inf,))
        if not self.by_key:
            return [g for _, g in self.by_start[bisect.bisect_left(self.by_start, low):
                                                bisect.bisect_right(self.by_start, high)]]
        near, distinctive, settings = self.near, self.distinctive, self.settings
        signals = self.consensus(coarse)
        days = (wide.end - wide.start).days + 1
        found = set()
        if distinct:
            # a coarse group longer than a month asks with its distinctive matches alone, each
            # a match its candidates must hold (margin()), in every class: weighing its keys by
            # class too (a slice per class and heavy key, then the distinctive ones again)
            # cost more than the margins it spared (1,000 articles: 0.38 -> 0.64 s CPU to
            # find candidates, 0.24 -> 0.17 s for their margins)
            keys = {o for k in signals.keys for o in near[k]
                    if k in distinctive or o in distinctive}
            for length, postings in enumerate(self.postings):
                if 1 << length >= days:  # no longer class is finer than the coarse group
                    break
                _gather(postings, keys, low, high, found)
            return [g for _, g in sorted(found)]
        weighted = signals.weighted
        ordered = sorted((weighted[k], k) for k in signals.keys)  # lightest first
        run, prefix = 0.0, []  # prefix[n]: the weight of the n + 1 lightest keys
        for value, _ in ordered:
            run += value
            prefix.append(run)
        floor, per, lead = settings.threshold, settings.attach_per_doubling, settings.attach_lead
        hair = signals.total * (1 - 1e-9)  # (so that rounding never drops a group that sways)
        asked = -1  # how many light keys the last class asked with
        for length, postings in enumerate(self.postings):
            if 1 << length >= days:  # no longer class is finer than the coarse group
                break
            if not postings:
                continue
            longest = min((2 << length) - 1, days - 1)
            light = bisect.bisect_left(prefix, (floor + per * math.log2(days / longest) - lead)
                                       * hair)
            if light != asked:
                asked = light
                keys = {o for _, k in ordered[light:] for o in near[k]}
            _gather(postings, keys, low, high, found)
        return [g for _, g in sorted(found)]


def _gather(postings: dict, keys, low, high, found: set) -> None:
    """Add to `found` the entries of one length class's postings, under any of `keys`,
    that lie between `low` and `high` (each posting list is sorted)."""
    for key in keys:
        entries = postings.get(key)
        if entries is not None:
            found.update(entries[bisect.bisect_left(entries, low):
                                 bisect.bisect_right(entries, high)])


def _topics(group: tuple[int, ...], events: list[Event]) -> set[str]:
    return {t for i in group for t in events[i].topics}


def _best(group: tuple[int, ...], events: list[Event]) -> Event:
    members = [events[i] for i in group]
    return min(members, key=lambda e: _precision(e, members))


def _consensus(group: tuple[int, ...], sigs: list[Signals]) -> Signals:
    """The keys at least half of the group's reports share (all keys of a lone report), each
    with its largest factor among them."""
    members = [sigs[i] for i in group]
    counts: Counter[str] = Counter()  # in the order the keys first come
    for s in members:
        counts.update(s.keys)
    keep = frozenset(k for k, n in counts.items() if 2 * n >= len(group))
    # a key keeps a factor below 1 only when every report holding it weighs it below 1
    lowered = {k for s in members for k in s.factors}
    factors = {}
    for k in counts:
        if k in lowered and k in keep:
            factor = max(s.factors.get(k, 1.0) for s in members if k in s.keys)
            if factor < 1.0:
                factors[k] = factor
    return Signals(keep, factors)


def _combine(group: list[Event], best: Event) -> Event:
    """One event from a group: the most precise member's (best, _best) date and text,
    everyone's sources."""
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
