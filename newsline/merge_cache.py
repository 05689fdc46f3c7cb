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
"""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from contextvars import ContextVar

from newsline.cache import MISSING, Cache, digest, source_version
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
        key = _entry_key(args)
        self.asked.append(key)
        found = self.now.get(key)
        if found is None:
            old = self.old if self.old is not None else self._load()
            found = old.get(key)
            if found is not None:
                self.now[key] = found
        return found

    def __setitem__(self, args: tuple, value: Signals) -> None:
        self.now[_entry_key(args)] = value
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
        self.cache.prune()  # signals read by older code


def _entry_key(args: tuple) -> bytes:
    """A short stand-in for signals()' arguments (text, dropped expressions, marks): the cache
    entry holds every sentence of the site, and the texts themselves would be most of it."""
    return hashlib.blake2b(repr(args).encode("utf-8"), digest_size=16).digest()


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
