"""The merger's memory between builds: each event sentence's signals and the last merge's
clearing pairs, kept in .cache/.

Reading a sentence's signals (newsline.sentence_keys.signals) is a fifth of the merge's work, and
an edit to one article changes the signals of that article's events only: a signal set is a pure
function of the sentence's text, the date expressions dropped from it and the marks of its dates
(newsline.event_signals). So the build keeps every signal set it computed, keyed by exactly those
arguments, in one cache entry whose key is the version of the code that reads signals; the next
build computes only the sentences it has not seen. Beside it, under the version of the code that
finds and scores pairs, the last merge's clearing pairs and stage-1 groups (newsline.pair_memory):
the next merge scores only the pairs of reports an edit touched, and clusters again only the
components of the pair graph it touched. And the last merge's stage 2 (coarse into fine;
newsline.attach_memory): the next attaches again only the clusters of groups an edit reaches.

The store is handed to the merger through a context (kept_signals), not an argument, since the
merge is reached through the editor's overrides (newsline.overrides.reviewed_events). A damaged
or foreign entry counts as empty: the signals are computed again, never a failed build.

Finding a sentence's signals in the store still means working out signals()' arguments and
hashing them, a third of the merge's reading of signals. A report's arguments depend on its
article's reports alone (newsline.event_signals), and the events cache files each article's
reports under the digest of them; so the store also keeps, by that digest, each report's entry
key and its event digest (newsline.pieces.event_digest, which keys the pages): a report of an
article the edit did not touch is looked up by what it was last time (ReportTable).
"""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from contextvars import ContextVar

from newsline.cache import MISSING, Cache, code_version, digest, gc_paused, source_version
from newsline.attach_memory import AttachRecord, sealed as sealed_attach, unsealed
from newsline.pair_memory import PairRecord, sealed, well_formed as pairs_well_formed
from newsline.similarity import Signals

_ACTIVE: ContextVar["SignalsStore | None"] = ContextVar("newsline_signals_store", default=None)


class SignalsStore:
    """(text, dropped expressions, marks) -> Signals, loaded from the cache when first asked
    (filed under a 128-bit hash of the three).

    Only the entries a build asked for are written back, and only when it computed new ones, so
    the entry holds what the last build used and never grows with old versions of articles.
    """

    def __init__(self, cache: Cache):
        self.cache = cache
        self.key = digest("signals", source_version("similarity.py", "sentence_keys.py",
                                                    "bilingual.py", "merge_cache.py"))
        self.old: dict | None = None  # what the last build stored, once loaded
        self.now: dict[bytes, Signals] = {}  # what this build asked for
        self.computed = 0
        # the digest of each get()'s arguments, in order: what a merge's pair record knows
        # each event's signals by (newsline.pair_memory.fingerprints)
        self.asked: list[bytes] = []
        self.pairs_key = digest("pairs", source_version(
            "similarity.py", "sentence_keys.py", "bilingual.py", "merge_cache.py",
            "pair_memory.py", "clearing_pairs.py", "pair_clustering.py", "match_candidates.py",
            "merge.py"))
        self.pairs: PairRecord | None = None  # this build's record, once a merge left one
        self.rescored = 0  # how many reports the last merge scored pairs of (every one: cold)
        self.attach_key = digest("attach", source_version(
            "similarity.py", "sentence_keys.py", "bilingual.py", "merge_cache.py",
            "pair_memory.py", "clearing_pairs.py", "pair_clustering.py", "match_candidates.py",
            "merge.py", "attach_memory.py"))
        self.attach: AttachRecord | None = None  # this build's stage-2 record, once a merge left one
        self.reattached = 0  # how many stage-1 groups the last merge attached anew (every one: cold)
        self.reports = ReportTable(cache)  # each article's reports' keys (know_reports)

    def know_reports(self, found) -> None:
        """found: (digest, reports) of each article, as the events cache holds them; a merge of
        all those reports may then take each report's signals by what it was last time."""
        self.reports.found = found

    def report_keys(self, events) -> list[bytes | None]:
        """Each event's signals entry key as the last build's table has it (ReportTable), None
        for an event that is not one of the reports know_reports() was given or is not in it."""
        return self.reports.keys_of(events)

    def peek(self, key: bytes) -> Signals | None:
        """The signals filed under an entry key (report_keys), None when the store lacks them;
        took() then tells that they were asked for."""
        found = self.now.get(key)
        if found is None:
            old = self.old if self.old is not None else self._load()
            found = old.get(key)
            if found is not None:
                self.now[key] = found
        return found

    def took(self, event, key: bytes) -> None:
        """The report `event` had its signals by its entry key: asked as get() asks."""
        self.asked.append(key)
        self.reports.keys[id(event)] = key
        self.reports.taken += 1

    def noted(self, event) -> None:
        """The key get() was last asked is event's: kept for the next build when it is a report."""
        self.reports.note(event, self.asked[-1])

    def seed(self, pairs) -> int:
        """Take signals worked out elsewhere (a tag worker's signal_seeds()) as if this build
        had computed them: (entry key, Signals) pairs. The merge then finds them as get() does,
        and save() writes them unless the last build's entry held every one (a key stands for
        its arguments, and the signals are a function of them). Returns how many were new."""
        old = self.old if self.old is not None else self._load()
        fresh = 0
        for key, value in pairs:
            if type(key) is not bytes or type(value) is not Signals:
                raise TypeError(f"a signals seed is (bytes, Signals), not ({type(key).__name__}, "
                                f"{type(value).__name__})")
            self.now[key] = value
            fresh += key not in old
        self.computed += fresh
        return fresh

    def previous_attach(self) -> AttachRecord | None:
        """The stage-2 record the last build left (newsline.attach_memory), None when there is
        none or it is damaged."""
        return unsealed(self.cache.get(self.attach_key))

    def previous_pairs(self) -> PairRecord | None:
        """The pair record the last build left, None when there is none or it is damaged."""
        value = self.cache.get(self.pairs_key)
        return value if pairs_well_formed(value) else None

    def _load(self) -> dict:
        value = self.cache.get(self.key)
        self.old = value if _well_formed(value) else {}
        return self.old

    def get(self, args: tuple) -> Signals | None:
        key = entry_key(args)
        self.asked.append(key)
        return self.peek(key)

    def __setitem__(self, args: tuple, value: Signals) -> None:
        self.now[entry_key(args)] = value
        self.computed += 1

    def save(self) -> None:
        if self.old is None:
            return  # never asked: the merge result came from the cache
        if self.computed:
            self.cache.put(self.key, self.now)
        else:
            self.cache.keep(self.key)
        if self.pairs is not None:
            self.cache.put(self.pairs_key, sealed(self.pairs))
        if self.attach is not None:
            self.cache.put(self.attach_key, sealed_attach(self.attach))
        self.reports.save()
        self.cache.prune()  # signals read by older code


class ReportTable:
    """Article (by the digest of its reports, as the events cache files them) -> each report's
    signals entry key (SignalsStore) and event digest (newsline.pieces.event_digest), as the
    last build found them; filed under the code's version, as the reports and both keys are
    made by it. A report is known by the very object the events cache gave this build: one the
    merge or the overrides made anew is not, nor is any in a merge of part of the reports (the
    editor's splits, where a sentence's other dates may be missing: `whole` is then False)."""

    def __init__(self, cache: Cache):
        self.cache = cache
        self.key = digest("report keys", code_version())
        self.found: list[tuple[str, list]] | None = None  # this build's articles
        self.whole = True
        self._by_id: dict[int, tuple] | None = None  # _known()
        self._old: dict | None = None
        self.keys: dict[int, bytes] = {}  # id(report) -> its signals entry key, this build
        self.digests: dict[int, str] = {}  # id(report) -> its event digest, this build
        self.taken = 0  # signals entry keys taken from the table
        self.digests_taken = 0

    def _known(self) -> dict[int, tuple]:
        """id(report) -> (its entry key, its event digest) as the last build's table has them
        (None where it has none), for each report know_reports() was given."""
        if self._by_id is None:
            value = self.cache.get(self.key) if self.found is not None else MISSING
            old = self._old = value if _table_well_formed(value) else {}
            by_id: dict[int, tuple] = {}
            unknown = (None, None)
            for d, reports in self.found or ():
                row = old.get(d)
                if row is not None and len(row[0]) == len(reports):
                    by_id.update(zip(map(id, reports), zip(*row)))
                else:
                    by_id.update(dict.fromkeys(map(id, reports), unknown))
            self._by_id = by_id
        return self._by_id

    def keys_of(self, events) -> list[bytes | None]:
        if not self.whole or self.found is None:
            return [None] * len(events)
        get, unknown = self._known().get, (None, None)
        return [get(id(event), unknown)[0] for event in events]

    def note(self, event, key: bytes) -> None:
        if self.whole and id(event) in self._known():
            self.keys[id(event)] = key

    def digests_of(self, events, make) -> list[str]:
        """make(event) (its event digest) of each event, a known report's taken from the table."""
        out = []
        get, digests = self._known().get, self.digests
        for event in events:
            pair = get(id(event))
            found = pair[1] if pair is not None else None
            if found is None:
                found = make(event)
            else:
                self.digests_taken += 1
            if pair is not None:
                digests[id(event)] = found
            out.append(found)
        return out

    def save(self) -> None:
        if self._by_id is None or self.found is None:
            return  # never asked
        key_of, digest_of = self.keys.get, self.digests.get
        table = {}
        with gc_paused():  # tens of thousands of small tuples, none of them in a cycle
            for d, reports in self.found:
                ids = list(map(id, reports))
                row = tuple(map(key_of, ids)), tuple(map(digest_of, ids))
                if any(row[0]) or any(row[1]):
                    table[d] = row
        if table == self._old:
            self.cache.keep(self.key)
        else:
            self.cache.put(self.key, table)


def _table_well_formed(value) -> bool:
    """Whether value is what ReportTable.save() writes."""
    return type(value) is dict and all(
        type(d) is str and type(row) is tuple and len(row) == 2
        and type(row[0]) is tuple and type(row[1]) is tuple and len(row[0]) == len(row[1])
        and all(k is None or type(k) is bytes for k in row[0])
        and all(g is None or type(g) is str for g in row[1])
        for d, row in value.items())


def entry_key(args: tuple) -> bytes:
    """A short stand-in for signals()' arguments (text, dropped expressions, marks): the cache
    entry holds every sentence of the site, and the texts themselves would be most of it."""
    return hashlib.blake2b(repr(args).encode("utf-8"), digest_size=16).digest()


_entry_key = entry_key  # (the former name)


def signal_seeds(events, known: dict | None = None) -> list[tuple[bytes, Signals]]:
    """(entry key, Signals) of the sentences of one article's events (newsline.event_signals),
    for SignalsStore.seed() in the build: a tag worker works them out beside the tagging.
    known: the empty memo event_signals fills by their arguments (a fresh dict by default; one
    of the caller's may share signals with other articles through a table of its own): its
    items are the pairs, so it must hold no other article's."""
    from newsline.event_signals import event_signals

    known = {} if known is None else known
    event_signals(events, known)
    return [(entry_key(args), signals) for args, signals in known.items()]


def _well_formed(value) -> bool:
    """Whether value is what save() writes: every entry checked, since one odd value would
    reach the merge as a sentence's signals and fail the build."""
    return value is not MISSING and isinstance(value, dict) and all(
        type(k) is bytes and type(v) is Signals for k, v in value.items())


def active_store() -> SignalsStore | None:
    """The store of the build in progress (kept_signals), or None."""
    return _ACTIVE.get()


@contextmanager
def kept_signals(cache: Cache):
    """Within the block, merges take and give signals through cache; saved at the end."""
    store = SignalsStore(cache)
    token = _ACTIVE.set(store)
    try:
        yield store
    finally:
        _ACTIVE.reset(token)
    store.save()
