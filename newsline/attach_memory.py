"""Stage 2 of the merge kept between builds: an edit attaches again only the groups it reaches.

In stage 2 (newsline.merge._attach_coarse) each coarse group looks at the groups its candidates
index finds inside its interval, and what it does depends on those groups alone: their dates,
consensus and whether they are still on their own. So the groups fall into clusters: a coarse
group, everything it looked at, and (joined through them) everything those looked at. A cluster
whose groups all come back unchanged (the same stage-1 group of the same reports, none of their
keys weighed otherwise) and which no other group can reach is attached as it was, since its
coarse groups see what they saw, in the same order.

The record kept for the next build (in newsline.merge_cache.SignalsStore) holds each report's
fingerprint, stage-1 group, final group and cluster, and, to tell whether a group attached anew
reaches a kept cluster or a kept cluster's coarse group reaches it, every group's consensus keys
with its start (the candidates' postings) and every coarse group's keys and interval, each by
cluster. A group attached anew that a kept cluster's group might see, or that might see one
(the test ignores the distinctiveness and liveness a real look also asks for, so it errs towards
attaching again), brings that cluster into the groups attached anew, until none does: then the
outcome is the one attaching every group gives, group for group.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import pickle
from array import array
from collections import defaultdict
from dataclasses import dataclass

from newsline.pair_clustering import distinct_cap
from newsline.pair_memory import changed_keys

# the record's arrays: 4-byte signed integers hold every index, day ordinal and -1 it stores
# (half the size of 8-byte ones: 3.4 instead of 6.2 MB pickled at 1,000 generated articles)
_COLUMN = "i"


@dataclass
class AttachRecord:
    """What a merge's stage 2 leaves for the next: settings, batch size, key counts and shares
    (as in newsline.pair_memory.PairRecord), each report's fingerprint (by index in the merge's
    order) with its stage-1 group, final group and cluster (each by smallest member's index),
    and postings and coarse groups as flat arrays: the entries of keys[n] are at[n]:at[n + 1]."""

    settings: tuple
    size: float
    count: float
    cap: float
    frequency: dict
    together: dict
    marks: list
    group: array
    final: array
    cluster: array
    posting_keys: list
    posting_at: array
    posting_start: array  # the group's best date's start (day ordinal), ascending per key
    posting_cluster: array
    posting_group: array  # a stage-1 group's smallest member, -1 for a joined group
    coarse_keys: list
    coarse_at: array
    coarse_start: array
    coarse_end: array
    coarse_cluster: array
    coarse_group: array


def stage_marks(events, pair_marks: list[bytes]) -> list[bytes]:
    """Each report's pair fingerprint (newsline.pair_memory.fingerprints) with what else a
    group's best date is chosen by (newsline.merge._precision)."""
    tails: dict[tuple, bytes] = {}
    marks = []
    for e, m in zip(events, pair_marks):
        key = (e.granularity, e.approximate, e.open_start, e.open_end)
        tail = tails.get(key)
        if tail is None:
            tail = tails[key] = "{}\0{:d}{:d}{:d}".format(*key).encode()
        marks.append(m + tail)
    return marks


def attached(store, groups, events, sigs, weight, settings, articles, own):
    """_attach_coarse's outcome through the record the last build left in store, leaving this
    merge's record there (store.attach)."""
    from newsline.merge import _attach_coarse, _best, _FineCandidates

    marks = stage_marks(events, store.pairs.marks)
    # _Plan.reaching finds the groups that may sway one another by their keys: under settings
    # where a group sharing no key with a coarse group may sway it, nothing is kept
    old = store.previous_attach() if _FineCandidates.keyed(settings) else None
    plan = _Plan(old, marks, groups, sigs, weight, settings)
    while True:
        looked: list[tuple] = []
        live, candidates = _attach_coarse(plan.fresh_groups(), events, sigs, weight, settings,
                                          articles, own,
                                          lambda coarse, found: looked.append((coarse, found)))
        reaching = plan.reaching(candidates, looked)
        if not reaching:
            break
        plan.reused -= reaching
    store.reattached = len(plan.fresh_groups())
    kept = plan.kept_groups()
    result = sorted(live + [(g, events[g[0]] if len(g) == 1 else _best(g, events))
                            for g in kept])
    store.attach = plan.record(marks, groups, result, candidates, looked, settings, weight)
    return result


class _Plan:
    """Which of the last build's clusters are kept, and the groups attached anew."""

    def __init__(self, old: AttachRecord | None, marks, groups, sigs, weight, settings):
        count = len(marks)
        self.groups, self.count = groups, count
        self.cap = distinct_cap(count, settings)
        self.old = old
        self.old_of = array("q", [-1]) * count
        self.reused: set[int] = set()
        self.now: array | None = None  # the last build's report -> its index now (_match)
        self.same = [False] * len(groups)  # each stage-1 group as it was (all clean)
        if old is None or old.settings != dataclasses.astuple(settings) \
                or old.size != weight.size or old.count != weight.rounded_count() \
                or old.cap != self.cap:
            return
        self._match(old, marks, groups, sigs, weight)

    def _match(self, old, marks, groups, sigs, weight) -> None:
        """Which report was there before, with keys weighed as they were (old_of, now), which
        stage-1 group is one of the last build's (same), and the clusters kept (reused)."""
        changed = changed_keys(weight, old.frequency, self.cap, old.together)
        old_place: dict[bytes, int] = {}
        for j, mark in enumerate(old.marks):
            if old_place.setdefault(mark, j) != j:
                old_place[mark] = -1  # two alike: neither is known
        place: dict[bytes, int] = {}
        for i, mark in enumerate(marks):
            if place.setdefault(mark, i) != i:
                place[mark] = -1
        now = array("q", [-1]) * len(old.marks)
        for mark, i in place.items():
            j = old_place.get(mark, -1)
            if i >= 0 and j >= 0 and sigs[i].keys.isdisjoint(changed):
                now[j], self.old_of[i] = i, j
        self.now = now
        old_size: dict[int, int] = {}
        for g in old.group:
            old_size[g] = old_size.get(g, 0) + 1
        new_group = array("q", [-1]) * self.count
        for n, g in enumerate(groups):
            was = {old.group[self.old_of[i]] if self.old_of[i] >= 0 else -1 for i in g}
            self.same[n] = len(was) == 1 and -1 not in was and old_size[next(iter(was))] == len(g)
            for i in g:
                new_group[i] = n
        self.new_group = new_group
        broken = set()
        for j, i in enumerate(now):
            if i < 0 or not self.same[new_group[i]]:
                broken.add(old.cluster[j])
        self.reused = set(old.cluster) - broken

    def fresh_groups(self) -> list[tuple[int, ...]]:
        """The stage-1 groups outside the kept clusters."""
        if not self.reused:
            return list(self.groups)
        old, old_of = self.old, self.old_of
        return [g for n, g in enumerate(self.groups)
                if not self.same[n] or old.cluster[old_of[g[0]]] not in self.reused]

    def kept_groups(self) -> list[tuple[int, ...]]:
        """The final groups of the kept clusters, by this merge's indices."""
        if not self.reused:
            return []
        old, now, reused = self.old, self.now, self.reused
        found: dict[int, list[int]] = {}
        for j, c in enumerate(old.cluster):
            if c in reused:
                found.setdefault(old.final[j], []).append(now[j])
        return [tuple(g) for g in found.values()]

    def reaching(self, candidates, looked) -> set[int]:
        """The kept clusters a new group could sway, or which hold a group that could sway a
        new coarse group (a new group: a stage-1 group that was not one before, or one joined
        in this run). A kept group's margin is worked out; a joined one is taken as swaying."""
        if not self.reused:
            return set()
        old, reused, now, lead = self.old, self.reused, self.now, \
            max(candidates.settings.attach_lead, 0.0)  # (as _attach_coarse's looked hears)
        near, distinctive = candidates.near, candidates.distinctive
        best, consensus, margin = candidates.best, candidates.consensus, candidates.margin
        free = candidates.settings.shared_free_days
        same = {g for n, g in enumerate(self.groups) if self.same[n]}

        def kept(j: int) -> tuple[int, ...]:  # the stage-1 group of the last build's report j
            return self.groups[self.new_group[now[j]]]

        def sways(m) -> bool:
            return m is not None and m >= -lead

        postings = {k: n for n, k in enumerate(old.posting_keys)}
        found = set()
        for coarse, _ in looked:  # what a new coarse group may look at
            if coarse in same:
                continue
            wide = best(coarse)
            low, high = wide.start.toordinal(), wide.end.toordinal()
            long = high - low + 1 > free
            keys = {o for k in consensus(coarse).keys for o in near[k]
                    if not long or k in distinctive or o in distinctive}
            for key in keys:
                n = postings.get(key)
                if n is None:
                    continue
                first, last = old.posting_at[n], old.posting_at[n + 1]
                at = bisect.bisect_left(old.posting_start, low, first, last)
                for m in range(at, bisect.bisect_right(old.posting_start, high, at, last)):
                    c, j = old.posting_cluster[m], old.posting_group[m]
                    if c in reused and c not in found \
                            and (j < 0 or sways(margin(coarse, kept(j)))):
                        found.add(c)
        coarse_at = {k: n for n, k in enumerate(old.coarse_keys)}
        for group in candidates.groups:  # kept coarse groups a new group may sway
            if group in same:
                continue
            start = best(group).start.toordinal()
            for key in {o for k in consensus(group).keys for o in near[k]}:
                n = coarse_at.get(key)
                if n is None:
                    continue
                for m in range(old.coarse_at[n], old.coarse_at[n + 1]):
                    c = old.coarse_cluster[m]
                    if c in reused and c not in found \
                            and old.coarse_start[m] <= start <= old.coarse_end[m] \
                            and sways(margin(kept(old.coarse_group[m]), group)):
                        found.add(c)
        return found

    def record(self, marks, groups, result, candidates, looked, settings, weight) -> AttachRecord:
        """This merge's record: clusters joined from the groups the run looked at (kept ones
        by their smallest member now), and the kept clusters' postings and coarse groups carried
        over from the last record beside those of the groups attached anew."""
        count = self.count
        parent = list(range(count))

        def root(x: int) -> int:
            while parent[x] != x:
                parent[x] = x = parent[parent[x]]
            return x

        def join(x: int, y: int) -> None:
            a, b = root(x), root(y)
            if a != b:
                parent[max(a, b)] = min(a, b)

        for g in candidates.groups:
            for i in g[1:]:
                join(g[0], i)
        for coarse, found in looked:
            for g in found:
                join(coarse[0], g[0])
        old, now, old_of, reused = self.old, self.now, self.old_of, self.reused
        cluster = array(_COLUMN, [0]) * count
        for i in range(count):
            j = old_of[i]
            cluster[i] = now[old.cluster[j]] if reused and j >= 0 \
                and old.cluster[j] in reused else root(i)
        group = array(_COLUMN, [0]) * count
        for g in groups:
            for i in g:
                group[i] = g[0]
        final = array(_COLUMN, [0]) * count
        for g, _ in result:
            for i in g:
                final[i] = g[0]
        kept = array("q", [-1]) * len(old.marks) if reused else None  # old cluster -> now
        if reused:
            for c in reused:
                kept[c] = now[c]
        best, consensus = candidates.best, candidates.consensus
        fresh = set(self.fresh_groups())
        # one entry per group, shared by each of its keys' lists
        postings: defaultdict[str, list[tuple[int, int, int]]] = defaultdict(list)
        coarse: defaultdict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
        for g in candidates.groups:
            wide = best(g)
            start, end = wide.start.toordinal(), wide.end.toordinal()
            c, first = cluster[g[0]], g[0] if g in fresh else -1
            keys, entry = consensus(g).keys, (start, c, first)
            for key in keys:
                postings[key].append(entry)
            if end > start and first >= 0:
                entry = (start, end, c, first)
                for key in keys:
                    coarse[key].append(entry)
        posting_columns = (old.posting_start, old.posting_cluster, old.posting_group) \
            if reused else ()
        coarse_columns = (old.coarse_start, old.coarse_end, old.coarse_cluster, old.coarse_group) \
            if reused else ()
        return AttachRecord(
            dataclasses.astuple(settings), weight.size, weight.rounded_count(), self.cap,
            dict(weight.frequency), dict(weight.together), marks, group, final, cluster,
            *_flat(postings, 3, old and old.posting_keys, old and old.posting_at,
                   posting_columns, kept, now),
            *_flat(coarse, 4, old and old.coarse_keys, old and old.coarse_at, coarse_columns,
                   kept, now))


def _flat(entries: dict[str, list[tuple]], width: int, old_keys, old_at, columns, kept,
          now) -> tuple:
    """keys, offsets and one array per field (`width` of them, even when there are no entries
    at all): the last record's entries of kept clusters (by this merge's indices: the cluster
    kept[], the group now[], its last two fields) and the new entries (key -> tuples), each
    key's entries in order."""
    old_entries: dict[str, tuple[int, int]] = {}
    if columns:
        cluster, group = columns[-2], columns[-1]
        for n, key in enumerate(old_keys):
            first, last = old_at[n], old_at[n + 1]
            if any(kept[c] >= 0 for c in cluster[first:last]):
                old_entries[key] = (first, last)
    keys, at, fields = [], array(_COLUMN, [0]), [array(_COLUMN) for _ in range(width)]
    for key in sorted(old_entries.keys() | entries.keys()):
        keys.append(key)
        span, new = old_entries.get(key), entries.get(key)
        if span is not None:
            first, last = span
            rows = [m for m in range(first, last) if kept[cluster[m]] >= 0]
            if new is None and len(rows) == last - first:  # all kept, in order already
                for field, column in zip(fields[:-2], columns[:-2]):
                    field.extend(column[first:last])
                fields[-2].fromlist([kept[c] for c in cluster[first:last]])
                fields[-1].fromlist([now[j] if j >= 0 else -1 for j in group[first:last]])
                at.append(len(fields[0]))
                continue
            new = (new or []) + [(*(column[m] for column in columns[:-2]), kept[cluster[m]],
                                  now[group[m]] if group[m] >= 0 else -1) for m in rows]
        for field, column in zip(fields, zip(*sorted(new))):
            field.extend(column)
        at.append(len(fields[0]))
    return (keys, at, *fields)


def sealed(value: AttachRecord) -> tuple[bytes, bytes]:
    """The record as it is stored: its pickle and the digest of that, so that an entry damaged
    yet still readable counts as no record."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return hashlib.blake2b(payload, digest_size=16).digest(), payload


def unsealed(value) -> AttachRecord | None:
    """The record sealed() stored, None when value is not one (or not whole)."""
    if not (type(value) is tuple and len(value) == 2 and all(type(v) is bytes for v in value)
            and hashlib.blake2b(value[1], digest_size=16).digest() == value[0]):
        return None
    try:
        record = pickle.loads(value[1])
    except Exception:  # noqa: BLE001 (a payload of older code: no record)
        return None
    return record if type(record) is AttachRecord else None
