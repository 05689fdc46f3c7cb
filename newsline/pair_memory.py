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
The links are then the ones a merge without the record finds, bit for bit.

Any doubt (other settings, another batch size step, a record that does not read back, two
reports with one fingerprint) makes the report or the whole merge dirty, never a wrong pair.
"""

from __future__ import annotations

import dataclasses
import hashlib
from array import array
from dataclasses import dataclass

from newsline.similarity import Weights

# beyond this share of dirty reports, scoring every pair costs less than picking out the clean
DIRTY_SHARE = 0.25


@dataclass
class PairRecord:
    """What a merge leaves for the next: its settings and batch size, each key's count, each
    report's fingerprint (by index in the merge's order) and the clearing pairs (first, second
    index and margin)."""

    settings: tuple
    size: float
    count: float
    frequency: dict
    marks: list
    first: array
    second: array
    margins: array


def fingerprints(events, signal_digests: list[bytes], articles) -> list[bytes]:
    """What makes each event's pair margins: its signals (by the digest of what they are read
    from, newsline.merge_cache), dates, topics and articles; its id keeps events apart."""
    return [hashlib.blake2b(repr((d, e.id, e.start.toordinal(), e.end.toordinal(),
                                  tuple(sorted(e.topics)), tuple(sorted(a)))).encode("utf-8"),
                            digest_size=16).digest()
            for e, d, a in zip(events, signal_digests, articles)]


def record(settings, weight: Weights, marks: list[bytes],
           links: dict[tuple[int, int], float]) -> PairRecord:
    """The record of a merge whose clearing pairs are links."""
    pairs = sorted(links.items())
    return PairRecord(dataclasses.astuple(settings), weight.size, weight.rounded_count(),
                      dict(weight.frequency), marks, array("q", (p[0][0] for p in pairs)),
                      array("q", (p[0][1] for p in pairs)), array("d", (p[1] for p in pairs)))


def well_formed(value) -> bool:
    """Whether value is what record() makes: the types of its parts, and every pair's indices
    those of two reports of it."""
    return (type(value) is PairRecord and type(value.settings) is tuple
            and type(value.frequency) is dict and type(value.marks) is list
            and all(type(m) is bytes for m in value.marks)
            and all(type(a) is array and a.typecode == t for a, t in (
                (value.first, "q"), (value.second, "q"), (value.margins, "d")))
            and len(value.first) == len(value.second) == len(value.margins)
            and all(not a or 0 <= min(a) and max(a) < len(value.marks)
                    for a in (value.first, value.second)))


def reused(old: PairRecord | None, settings, weight: Weights, sigs, marks: list[bytes],
           distinct_cap: float) -> tuple[bytearray, dict[tuple[int, int], float]] | None:
    """(dirty, links): 1 for each event whose pairs must be scored, and the clearing pairs of
    two clean events as the record has them (by this merge's indices). None when the record
    cannot serve (then every pair is scored)."""
    if old is None or old.settings != dataclasses.astuple(settings) \
            or old.size != weight.size or old.count != weight.rounded_count():
        return None
    frequency, before = weight.frequency, old.frequency
    changed = set()
    for key, n in frequency.items():
        was = before.get(key)
        if was != n and (was is None or weight.of_count(key, was) != weight(key)
                         or (was <= distinct_cap) != (n <= distinct_cap)):
            changed.add(key)
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
    # old index -> this merge's index of a clean event, -1 for one gone or dirty
    now = array("q", [-1]) * len(old.marks)
    for mark, i in place.items():
        was = old_place.get(mark)
        if was is not None and not dirty[i]:
            now[was] = i
    links = {}
    for a, b, value in zip(old.first, old.second, old.margins):
        i, j = now[a], now[b]
        if i >= 0 and j >= 0:
            links[(i, j) if i < j else (j, i)] = value
    return dirty, links
