"""Text made for one event (a list entry, a feed entry, its JSON), kept from build to build.

The overview, the topic pages and the exports each list every event; a rebuild joins them from
the entries kept here and makes only those of new or changed events. An event is known by the
digest of its content (event_digest), which also keys the pages that list it
(newsline.incremental.PageMemo).
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from operator import attrgetter

from newsline.cache import Cache, digest
from newsline.model import Event, Mention

_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_event_values = attrgetter(*[name for name in _EVENT_FIELDS if name != "sources"])
_mention_values = attrgetter(*[f.name for f in fields(Mention)])


def event_digest(event) -> str:
    """The digest of every field of an event and of its sources.

    Made from the repr of a tuple of the values (datetimes, strings, tuples: their reprs are
    their content) rather than a pickle, which took twice as long, or the dataclasses' own
    reprs (0.32 s against 0.38 s CPU for the 13,660 events of 1,000 articles, medians of 7
    interleaved runs). Anything else (an attribute set beside the fields, a source that is
    not a Mention) falls back to its repr, which for the model's dataclasses shows every field.
    """
    own = getattr(event, "__dict__", None)  # None with __slots__
    if type(event) is Event and (own is None or len(own) == len(_EVENT_FIELDS)):
        text = repr((_event_values(event), [_mention_values(m) if type(m) is Mention else m
                                            for m in event.sources]))
    else:
        text = f"{type(event).__qualname__}{own!r}" if own is not None else repr(event)
    return hashlib.sha256(b"event\0" + text.encode()).hexdigest()


class PieceStore:
    """Text made for one event (its list entry, feed entry, JSON) kept from build to build.

    The overview, the topic pages and the exports list every event, so one new article makes
    each of them again; joined from pieces kept here, only the new or changed events' pieces
    are made. A piece is filed under its kind ("item-de", "slide-<topic>", "json") and the digest
    of the event's content; the pieces of one kind are SHARDS cache entries (by the digest's
    first hex digit, so a small edit rewrites a few of them), keyed by the code, theme and
    site (the pages' version). Pieces of events the site no longer has are dropped when their
    kind is saved. A damaged entry is a miss: its pieces are made again.
    """

    SHARDS = "0123456789abcdef"

    def __init__(self, cache: Cache, version: str):
        self.cache = cache
        self.version = version
        self.made = 0  # pieces made (not taken from the cache) in this build
        # kind -> (each shard as it was kept, the pieces this build used)
        self._kinds: dict[str, tuple[dict[str, dict[str, str]], dict[str, str]]] = {}
        self._made: dict[str, set[str]] = {}  # kind -> keys of the pieces made in this build
        # id of an event -> its digest; _held keeps those events alive, so that no other object
        # can have their ids while the store is in use (pages look up every event many times)
        self._digests: dict[int, str] = {}
        self._held: list = []
        self._alive: set[str] | None = None
        self._stored: set[str] = set()  # kinds this build used, stored already (store())

    def event_key(self, event) -> str:
        """The digest of an event's content (event_digest), computed once per event object."""
        key = self._digests.get(id(event))
        if key is None:
            key = self._digests[id(event)] = event_digest(event)
            self._held.append(event)
        return key

    def known_events(self, events: list, keys: list[str]) -> None:
        """Take each event's key from `keys` (event_digest of each, made with the events)."""
        if len(events) != len(keys):
            raise ValueError("one key for each event")
        self._digests.update(zip(map(id, events), keys))
        self._held.extend(events)

    def keys_of(self, events) -> list[str]:
        """event_key of each event, in order."""
        try:
            return list(map(self._digests.__getitem__, map(id, events)))
        except KeyError:  # some not met yet
            return [self.event_key(event) for event in events]

    def events_key(self, events: list) -> str:
        """One digest of a list of events, from their own digests."""
        return digest("events", "".join(self.keys_of(events)))

    def site_events(self, events: list) -> None:
        """The build's events: pieces of any other event are not kept by save()."""
        self._alive = set(self.keys_of(events))

    def piece(self, kind: str, event, make) -> str:
        """The kept text of `kind` for `event`, else make() (a str, then kept)."""
        return self.texts(kind, (event,), lambda _: make())[0]

    def texts(self, kind: str, events, make, of: type = str) -> list:
        """piece() of each event, in order, make(event) making those not kept. A kind's
        pieces are all of one type, `of` (str, or bytes: UTF-8 kept as it is written); a
        kept piece of another is made again."""
        if not events:  # a page that lists none: its kind's shards are not read for it
            return []
        kept, used = self._kinds.get(kind) or self._kind(kind)
        out = []
        for event, key in zip(events, self.keys_of(events)):
            text = used.get(key)
            if text is None:
                text = kept[key[0]].get(key)
                if not isinstance(text, of):
                    text = make(event)
                    self.made += 1
                    self._made.setdefault(kind, set()).add(key)
                used[key] = text
            out.append(text)
        return out

    def made_keys(self) -> dict[str, frozenset[str]]:
        """Per kind, the keys of the pieces made in this build so far (for made_since)."""
        return {kind: frozenset(keys) for kind, keys in self._made.items()}

    def made_since(self, before: dict[str, frozenset[str]]) -> dict[str, dict[str, str]]:
        """The pieces made since made_keys() gave `before`, {kind: {key: text}} in key order:
        what a second process rendering pages sends back (newsline.render.parallel)."""
        made = {}
        for kind in sorted(self._made):
            fresh = self._made[kind] - before.get(kind, frozenset())
            if fresh and kind in self._kinds:
                used = self._kinds[kind][1]
                made[kind] = {key: used[key] for key in sorted(fresh)}
        return made

    def adopt(self, made: dict[str, dict[str, str]]) -> list[str]:
        """Take pieces made elsewhere (made_since of another process) as if made here, to be
        stored with the rest; pieces this process has already are left as they are. The kinds
        they are of."""
        for kind in sorted(made):
            _, used = self._kinds.get(kind) or self._kind(kind)
            fresh = self._made.setdefault(kind, set())
            for key, text in made[kind].items():
                if key not in used:
                    used[key] = text
                    fresh.add(key)
                    self.made += 1
        return sorted(made)

    def _kind(self, kind: str) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
        found = self._kinds.get(kind)
        if found is None:
            shards = {}
            for shard in self.SHARDS:
                kept = self.cache.get(self._entry(kind, shard))
                shards[shard] = kept if isinstance(kept, dict) else {}  # else missing or damaged
            found = self._kinds[kind] = (shards, {})
        return found

    def _entry(self, kind: str, shard: str) -> str:
        return digest(self.version, "pieces", kind, shard)

    def save(self) -> None:
        """Store the kinds this build used, with the pieces of the site's events they held;
        kinds it did not use stay as they are."""
        index = digest(self.version, "piece kinds")
        kinds = self.cache.get(index)
        kinds = set(kinds) if isinstance(kinds, (list, tuple)) else set()
        for kind in sorted(kinds - self._kinds.keys() - self._stored):
            for shard in self.SHARDS:
                self.cache.keep(self._entry(kind, shard))
        self.store(self._kinds)
        if not kinds >= self._stored:
            self.cache.put(index, sorted(kinds | self._stored))
        self._made.clear()

    def store(self, kinds) -> None:
        """Store these kinds now and let their pieces go (the pages that list them are made):
        on a large site each kind is a hundred megabytes or more. Asked for again, a kind is
        read back from the cache."""
        for kind in sorted(set(kinds) & self._kinds.keys()):
            shards, used = self._kinds.pop(kind)
            made: dict[str, dict[str, str]] = {shard: {} for shard in self.SHARDS}
            for key in self._made.pop(kind, ()):
                made[key[0]][key] = used[key]
            for shard, kept in shards.items():
                fresh = made[shard]
                dead = kept.keys() - self._alive if self._alive is not None else set()
                if fresh or dead:  # else the shard is already what it should hold
                    kept = {key: text for key, text in kept.items() if key not in dead}
                    kept.update(fresh)
                    self.cache.put(self._entry(kind, shard), kept)
                else:
                    self.cache.keep(self._entry(kind, shard))
            self._stored.add(kind)

    def kinds(self, prefix: str) -> list[str]:
        """The kinds in use whose names start with `prefix`."""
        return [kind for kind in self._kinds if kind.startswith(prefix)]


class MergedShelf:
    """The merged, reviewed events of the last build, kept by their digests (event_digest) in
    256 cache entries (by the digest's first two hex digits) beside an index of this build's
    (the digests in order, with the problems the merge recorded). An edit changes a handful of
    events, so a rebuild writes the few shards they fall in again and keeps the rest, where one
    entry of every event pickled all 13,660 of 1,000 articles again (0.3 s) for a change of one.

    The index is filed under the merge's key (newsline.build.site_events); the shards under the
    version alone, holding the last build's events; a record of which digests each shard holds
    (`last`) tells which are unchanged. An index whose events are not all in their shards (a
    build that stopped halfway, a damaged shard) is a miss: the events are merged again; a
    shard found missing or damaged there is written whole by the next put().
    """

    def __init__(self, index: Cache, shards: Cache, version: str):
        self.index, self.shards, self.version = index, shards, version
        self.written = 0  # shards written by put()
        self._unsure = False  # a shard get() read was missing or damaged

    def _shard(self, prefix: str) -> str:
        return digest(self.version, "merged shard", prefix)

    def _last(self) -> str:
        return digest(self.version, "merged shards held")

    def get(self, key: str):
        """(events, their digests, problems) filed under key, or None."""
        entry = self.index.get(key)
        if not (type(entry) is tuple and len(entry) == 2 and type(entry[0]) is list
                and type(entry[1]) is list):
            return None
        keys, problems = entry
        loaded: dict[str, dict] = {}
        events = []
        for key_ in keys:
            if type(key_) is not str or len(key_) < 2:
                return None
            shard = loaded.get(key_[:2])
            if shard is None:
                shard = loaded[key_[:2]] = self.shards.get(self._shard(key_[:2]))
            event = shard.get(key_) if type(shard) is dict else None
            if type(event) is not Event:
                self._unsure = True
                return None
            events.append(event)
        self.shards.keep(self._last())
        return events, keys, problems

    def put(self, key: str, events: list, keys: list[str], problems: list) -> None:
        """File events (with keys, their digests) and problems under key."""
        if self.index.folder is None:
            return
        held = self.shards.get(self._last())
        held = held if type(held) is dict and not self._unsure else {}
        now: dict[str, dict] = {}
        for key_, event in zip(keys, events):
            now.setdefault(key_[:2], {})[key_] = event
        for prefix, shard in now.items():
            if held.get(prefix) == frozenset(shard) \
                    and self.shards._path(self._shard(prefix)).is_file():
                self.shards.keep(self._shard(prefix))
            else:
                self.shards.put(self._shard(prefix), shard)
                self.written += 1
        self.shards.put(self._last(), {prefix: frozenset(shard) for prefix, shard in now.items()})
        self.index.put(key, (list(keys), list(problems)))
