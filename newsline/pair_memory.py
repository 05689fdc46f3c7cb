"""The merge's clearing pairs kept between builds: an edit scores again only the reports it touched.

Finding the pairs of reports that clear their bar (newsline.clearing_pairs) is the largest part of
a merge. A pair's margin is a function of the two reports alone (their signals, dates, topics
and articles) and of the weights and distinctiveness of their keys. Those two depend on the whole
batch, but in a big batch the counts behind them are rounded (newsline.similarity.Weights), so
one article more, less or edited changes them for a handful of keys. So the build keeps, beside
the signals (newsline.merge_cache), every clearing pair of the last merge, with what each report
was (a fingerprint) and how many sentences held each key. The next merge takes a report as clean
when it was there before and none of its keys changed weight or distinctiveness; a pair of two
clean reports clears its bar now exactly when it did then, by the same margin, so it is taken
from the record, and only the pairs with a dirty report are scored (clearing_pairs' dirty mode).
The links are then the ones a merge without the record finds, bit for bit. The stage-1 groups
are kept too: a component of the pair graph whose reports are all clean and were one whole
component before is grouped as it was (clustered), only the others are clustered again.

Any doubt (other settings, another batch size step, a record that does not read back or whose
content no longer matches the digest sealed into it, two reports with one fingerprint) makes
the report or the whole merge dirty, never a wrong pair.
"""

from __future__ import annotations

import dataclasses
import hashlib
import struct
from array import array
from dataclasses import dataclass

from newsline.cache import canonical_bytes
from newsline.clearing_pairs import clearing_pairs
from newsline.pair_clustering import PairMargins, cluster, distinct_cap
from newsline.similarity import Weights

# beyond this share of dirty reports, scoring every pair costs less than picking out the clean
DIRTY_SHARE = 0.25


@dataclass
class PairRecord:
    """What a merge leaves for the next: its settings and batch size, each key's count and the
    shares of their weights pairs of keys add (newsline.similarity.Weights.together), each
    report's fingerprint (by index in the merge's order), the clearing pairs (first, second
    index and margin), and for each report its component of the clearing-pair graph (-1: in no
    clearing pair) and its stage-1 group, each by its smallest member's index; check is the
    digest of all that (sealed()), set when the record is stored."""

    settings: tuple
    size: float
    count: float
    frequency: dict
    together: dict
    marks: list
    first: array
    second: array
    margins: array
    component: array
    group: array
    check: bytes = b""


def fingerprints(events, signal_digests: list[bytes], articles) -> list[bytes]:
    """What makes each event's pair margins: its signals (by the digest of what they are read
    from, newsline.merge_cache), dates, topics and articles; its id keeps events apart."""
    blake2b, pack = hashlib.blake2b, struct.pack
    # an article's events share their topics and articles: each pair of them is sorted once
    tails: dict[tuple, str] = {}
    marks = []
    for e, d, a in zip(events, signal_digests, articles):
        tail = tails.get((e.topics, a))
        if tail is None:
            tail = tails[(e.topics, a)] = "\0".join((*sorted(e.topics), "\1", *sorted(a)))
        marks.append(blake2b(d + pack("<qq", e.start.toordinal(), e.end.toordinal())
                             + (e.id + "\0" + tail).encode("utf-8"), digest_size=16).digest())
    return marks


def clustered(store, events, digests: list[bytes], sigs, weight: Weights, settings, articles,
              margin: PairMargins) -> list[tuple[int, ...]]:
    """Stage 1 of the merge (newsline.pair_clustering.cluster) through the record the last
    build left in store (newsline.merge_cache.SignalsStore), leaving this merge's record there.

    The clearing pairs of two clean reports are the record's; and since average link never
    merges across components of the clearing-pair graph, and merges each component as it
    would alone (labels of new groups only grow, so ties between its pairs fall as before), a
    component of clean reports that was a component before is grouped as it was then."""
    marks = fingerprints(events, digests, articles)
    known = reused(store.previous_pairs(), settings, weight, sigs, marks,
                   distinct_cap(len(sigs), settings))
    if known is None:
        links = clearing_pairs(margin, settings)
        store.rescored = len(events)
    else:
        dirty, links, old_of, old = known
        links.update(clearing_pairs(margin, settings, dirty))
        store.rescored = sum(dirty)
    component = _components(links, len(events))
    kept: list[tuple[int, ...]] = []
    if known is not None:
        kept = _kept_groups(component, old_of, old)
    store.pairs = record(settings, weight, marks, links, component)
    done = bytearray(len(events))
    for group in kept:
        for i in group:
            done[i] = 1
    if kept:
        links = {p: v for p, v in links.items() if not done[p[0]]}
    groups = [g for g in cluster(events, sigs, weight, settings, articles, margin, links)
              if not done[g[0]]]
    groups = sorted(groups + kept) if kept else groups
    group = store.pairs.group
    for members in groups:
        for i in members:
            group[i] = members[0]
    return groups


def _components(links, count: int) -> array:
    """Each event's component of the graph of links, by its smallest member (-1: no link)."""
    parent = list(range(count))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = x = parent[parent[x]]
        return x

    for x, y in links:
        a, b = root(x), root(y)
        if a != b:
            parent[max(a, b)] = min(a, b)  # a root is its component's smallest member
    component = array("q", [-1]) * count
    for pair in links:
        for x in pair:
            component[x] = root(x)
    return component


def _kept_groups(component: array, old_of: array, old: PairRecord) -> list[tuple[int, ...]]:
    """The stage-1 groups of the components whose reports are all clean and were one whole
    component before, as the record has them (by this merge's indices)."""
    members: dict[int, list[int]] = {}
    for i, c in enumerate(component):
        if c >= 0:
            members.setdefault(c, []).append(i)
    old_size: dict[int, int] = {}
    for c in old.component:
        if c >= 0:
            old_size[c] = old_size.get(c, 0) + 1
    kept = []
    for found in members.values():
        was = {old.component[old_of[i]] if old_of[i] >= 0 else -1 for i in found}
        if len(was) != 1 or -1 in was or old_size[next(iter(was))] != len(found):
            continue
        groups: dict[int, list[int]] = {}
        for i in found:  # ascending, so each group's members are too
            groups.setdefault(old.group[old_of[i]], []).append(i)
        kept += (tuple(g) for g in groups.values())
    return kept


def record(settings, weight: Weights, marks: list[bytes], links: dict[tuple[int, int], float],
           component: array) -> PairRecord:
    """The record of a merge whose clearing pairs are links (its groups filled in later)."""
    pairs = sorted(links.items())
    return PairRecord(dataclasses.astuple(settings), weight.size, weight.rounded_count(),
                      dict(weight.frequency), dict(weight.together), marks,
                      array("q", (p[0][0] for p in pairs)),
                      array("q", (p[0][1] for p in pairs)), array("d", (p[1] for p in pairs)),
                      component, array("q", [-1]) * len(marks))


_FIELDS = {field.name for field in dataclasses.fields(PairRecord)}


def content_digest(value: PairRecord) -> bytes:
    """A digest of everything in the record but its check. The counts and shares go in as a
    pickle that depends on their values alone (newsline.cache.canonical_bytes): their text
    (repr) took four times as long, twice a rebuild (sealed on saving, checked on loading)."""
    h = hashlib.blake2b(canonical_bytes((value.settings, value.size, value.count,
                                         len(value.marks), value.frequency, value.together)),
                        digest_size=16)
    h.update(b"".join(value.marks))
    for part in (value.first, value.second, value.margins, value.component, value.group):
        h.update(part.tobytes())
    return h.digest()


def sealed(value: PairRecord) -> PairRecord:
    """The record with its digest, as it is stored: an entry damaged yet still readable (a
    flipped bit in an index or a count) then counts as no record, where it would have merged
    wrongly or, pairing a report with itself, failed the clustering."""
    return dataclasses.replace(value, check=content_digest(value))


def well_formed(value) -> bool:
    """Whether value is what sealed(record()) makes: the types of its parts, every index in it
    that of a report of it, each pair's first index below its second, the digest its own."""
    if not (type(value) is PairRecord and vars(value).keys() == _FIELDS
            and type(value.settings) is tuple
            and type(value.frequency) is dict and type(value.together) is dict
            and type(value.marks) is list
            and all(type(m) is bytes for m in value.marks)):
        return False
    count = len(value.marks)
    parts = ((value.first, "q", 0), (value.second, "q", 0), (value.margins, "d", None),
             (value.component, "q", -1), (value.group, "q", -1))
    return all(type(a) is array and a.typecode == t for a, t, _ in parts) \
        and len(value.first) == len(value.second) == len(value.margins) \
        and len(value.component) == len(value.group) == count \
        and all(not a or low <= min(a) and max(a) < count for a, _, low in parts
                if low is not None) \
        and all(map(int.__lt__, value.first, value.second)) \
        and type(value.check) is bytes and value.check == content_digest(value)


def changed_keys(weight: Weights, before: dict, distinct_cap: float,
                 together: dict | None = None) -> set:
    """The keys of the batch that weigh otherwise than when their counts were `before`, or
    are distinctive now and were not (or the other way round), and, with together (what
    Weights.together was), the keys whose share of their weight a rarer key of a sentence
    leaves them differs. Only the keys whose counts differ are looked at, found by comparing
    the two dicts' items in C: a Python loop over every key of 1,000 articles took a fifth of
    a rebuild's pair record check; and so for the shares."""
    changed = set()
    if together is not None:
        # a share concerns only the sentences holding both keys: the rarer key is in fewest
        changed.update(pair[0] for pair, _ in weight.together.items() ^ together.items())
    for key, n in weight.frequency.items() - before.items():
        was = before.get(key)
        if was is None or weight.of_count(key, was) != weight(key) \
                or (was <= distinct_cap) != (n <= distinct_cap):
            changed.add(key)
    return changed


def reused(old: PairRecord | None, settings, weight: Weights, sigs, marks: list[bytes],
           distinct_cap: float) -> tuple[bytearray, dict, array, PairRecord] | None:
    """(dirty, links, old_of, old): 1 for each event whose pairs must be scored; the clearing
    pairs of two clean events as the record has them (by this merge's indices); each clean
    event's index in the record (-1 for a dirty one). None when the record cannot serve (then
    every pair is scored)."""
    if old is None or old.settings != dataclasses.astuple(settings) \
            or old.size != weight.size or old.count != weight.rounded_count():
        return None
    changed = changed_keys(weight, old.frequency, distinct_cap, old.together)
    place: dict[bytes, int] = {}
    dirty = bytearray(len(marks))
    for i, mark in enumerate(marks):
        if place.setdefault(mark, i) != i:
            dirty[i] = dirty[place[mark]] = 1  # two events alike: neither is taken as known
    old_place: dict[bytes, int] = {}
    twice = set()  # (a record of this code has none: such events were dirty then too)
    for i, mark in enumerate(old.marks):
        if old_place.setdefault(mark, i) != i:
            twice.add(mark)
    for i, (mark, s) in enumerate(zip(marks, sigs)):
        if mark not in old_place or mark in twice or not s.keys.isdisjoint(changed):
            dirty[i] = 1
    if sum(dirty) > DIRTY_SHARE * len(marks):
        return None
    # old index -> this merge's index of a clean event, -1 for one gone or dirty; and back
    now = array("q", [-1]) * len(old.marks)
    old_of = array("q", [-1]) * len(marks)
    for mark, i in place.items():
        was = old_place.get(mark)
        if was is not None and not dirty[i]:
            now[was], old_of[i] = i, was
    links = {}
    for a, b, value in zip(old.first, old.second, old.margins):
        i, j = now[a], now[b]
        if i >= 0 and j >= 0:
            links[(i, j) if i < j else (j, i)] = value
    return dirty, links, old_of, old
