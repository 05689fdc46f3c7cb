"""What lets a rebuild skip work: fingerprints of the inputs, and per-item caches of each stage.

Three levels, coarsest first:
- the whole build: a fingerprint of every input (content/, both themes, the Plotly bundles, the
  code, the options) and a manifest of the output it produced. When both still match, build/
  is already what a build would write, and the build only replays its warnings;
- per article: the reader's result (keyed by the file's bytes and the site config), the
  tagger's (keyed by body, language, publication time and tagger version) and the events
  (keyed by the article and its expressions);
- per page: rendered bytes keyed by the page's inputs, the theme and the code (see PageMemo).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import metadata
from operator import attrgetter
from pathlib import Path

from newsline.cache import MISSING, Cache, code_version, digest, files_digest
from newsline.model import Event, TaggedArticle
from newsline.problems import Problem, Problems

# The package's own theme and checkout (newsline.render.pages.DEFAULT_THEME, without importing
# the renderer: a build that turns out to have nothing to do should not pay for Jinja2 and Plotly).
CHECKOUT = Path(__file__).resolve().parents[1]
PLOTLY_BUNDLE_DIR = Path("node_modules", "plotly.js-basic-dist-min")


def input_fingerprint(root: Path, out: Path, drafts: bool) -> str:
    """A hash of everything a build of `root` reads, and of how it was asked to build."""
    sources = [root / "content", root / "theme", CHECKOUT / "theme",
               root / PLOTLY_BUNDLE_DIR, CHECKOUT / PLOTLY_BUNDLE_DIR]
    try:
        plotly = metadata.version("plotly")
    except metadata.PackageNotFoundError:
        plotly = ""
    return digest("build", code_version(), plotly, str(out.absolute()), drafts,
                  files_digest(dict.fromkeys(sources)))


def output_manifest(out: Path) -> dict[str, tuple[int, int]]:
    """Relative path -> (size, mtime in ns) of every file under `out`."""
    manifest = {}
    for folder, _, names in os.walk(out):
        for name in names:
            path = os.path.join(folder, name)
            stat = os.stat(path)
            manifest[os.path.relpath(path, out)] = (stat.st_size, stat.st_mtime_ns)
    return manifest


@dataclass
class BuildState:
    """What the last successful build of one output folder saw and wrote."""

    fingerprint: str
    manifest: dict[str, tuple[int, int]]
    warnings: list[Problem]
    counts: dict[str, int] = field(default_factory=dict)


def state_key(out: Path, drafts: bool) -> str:
    return digest("state", str(out.absolute()), drafts)


def unchanged_build(cache: Cache, out: Path, drafts: bool, fingerprint: str) -> BuildState | None:
    """The last build's state when its inputs and its output are exactly as it left them."""
    state = cache.get(state_key(out, drafts))
    if state is MISSING or not isinstance(state, BuildState) or state.fingerprint != fingerprint:
        return None
    try:
        if output_manifest(out) != state.manifest:
            return None
    except OSError:
        return None
    return state


def cached_reader(cache: Cache, site, read_article):
    """reader.read_article with its result and problems remembered per file's bytes."""
    site_key = digest("site", code_version(), site)

    def read_one(path: Path, slug: str, site_, problems: Problems, check_topics: bool = True):
        try:
            data = path.read_bytes()
        except OSError:
            return read_article(path, slug, site_, problems, check_topics)
        key = digest("article", site_key, str(path), slug, check_topics, data)
        return with_problems(cache, key, problems,
                             lambda local: read_article(path, slug, site_, local, check_topics))

    return read_one


def with_problems(cache: Cache, key: str, problems: Problems, make):
    """make(local problems), cached together with the problems it recorded; added to `problems`
    whether computed or taken from the cache, so a cached stage still reports its warnings."""
    hit = cache.get(key)
    if hit is not MISSING:
        value, found = hit
        problems.items.extend(found)
        return value
    local = Problems(problems.root)
    value = make(local)
    problems.items.extend(local.items)
    cache.put(key, (value, list(local.items)))
    return value


def article_key(article) -> str:
    """What an article's events depend on besides its expressions: every field but the path."""
    return digest("article-fields", article.slug, article.title, article.date.isoformat(),
                  str(article.date.tzinfo), article.lang, article.source, article.url,
                  article.topics, article.summary, article.body, article.body_line, article.draft)


_TIMEX_FIELDS = attrgetter("start", "end", "text", "type", "value", "mod", "anchor", "extra")
_INTERVAL_FIELDS = attrgetter("start", "end", "granularity", "approximate", "open_start",
                              "open_end")


def expressions_digest(timexes) -> str:
    """A digest of every field of the expressions, from plain tuples of them (pickling the
    objects themselves took twice as long)."""
    return digest([(_TIMEX_FIELDS(t), t.interval and _INTERVAL_FIELDS(t.interval))
                   for t in timexes])


def tagged_key(tagged: TaggedArticle) -> str:
    """The digest of a tagged article's content: every field of the article but its path (which
    no page shows) and of its expressions. The events cache files the article's events under
    it (newsline.build.site_events), and the pages take it from there (PageMemo.known)."""
    return digest("events", code_version(), article_key(tagged.article),
                  expressions_digest(tagged.timexes))


class PageMemo:
    """The renderer's `memo`: a page's bytes are rendered only when its inputs changed.

    `rendered` lists the paths actually rendered in this build, which is how tests (and the
    progress line) see what an edit cost.
    """

    def __init__(self, cache: Cache, version: str):
        self.cache = cache
        self.version = version
        self.rendered: list[str] = []
        self.reused: list[str] = []
        self.pieces = PieceStore(cache, version)
        self._digests: dict[int, tuple[object, str]] = {}

    @staticmethod
    def version_of(site, theme_dirs: list[Path]) -> str:
        return digest("pages", code_version(), site, files_digest(theme_dirs))

    def key(self, path: str, inputs) -> str:
        # index, topics and exports all take the same big lists: hash each such object once
        # (lists of events by their events' digests, which the pieces use too; other lists,
        # such as the article heads, by their contents)
        parts = []
        for part in inputs:
            events = isinstance(part, list) and all(isinstance(e, Event) for e in part)
            if events and len(part) <= 32:  # an article's events: a list made for its page
                parts.append(("events", self.pieces.events_key(part)))
            elif events or isinstance(part, (list, TaggedArticle)):
                known = self._digests.get(id(part))
                if known is None or known[0] is not part:
                    known = (part, self.pieces.events_key(part) if events else
                             self._tagged_key(part) if isinstance(part, TaggedArticle) else
                             digest(part))
                    self._digests[id(part)] = known
                parts.append((type(part).__name__, known[1]))
            else:
                parts.append(part)
        return digest(self.version, path, parts)

    def known(self, tagged: list[TaggedArticle], keys: list[str]) -> None:
        """Take each article's tagged_key from `keys` (the build made them for the events
        cache) instead of making it again when a page asks."""
        for one, key in zip(tagged, keys, strict=True):
            self._digests[id(one)] = (one, key)

    def _tagged_key(self, tagged: TaggedArticle) -> str:
        known = self._digests.get(id(tagged))
        if known is None or known[0] is not tagged:
            known = self._digests[id(tagged)] = (tagged, tagged_key(tagged))
        return known[1]

    def __call__(self, path: str, inputs, make):
        key = self.key(path, inputs)
        value = self.cache.get(key)
        if value is MISSING:
            value = make()
            self.cache.put(key, value)
            self.rendered.append(path)
        else:
            self.reused.append(path)
        return value


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
        self._digests: dict[int, tuple[object, str]] = {}
        self._alive: set[str] | None = None
        self._stored: set[str] = set()  # kinds this build used, stored already (store())

    def event_key(self, event) -> str:
        """The digest of an event's content, computed once per event object.

        Made from the repr of its attributes (the model's dataclasses show every field in
        theirs) rather than a pickle, which took twice as long; a value whose repr is not its
        content (an address) can only make the key miss.
        """
        known = self._digests.get(id(event))
        if known is None or known[0] is not event:
            text = f"{type(event).__qualname__}{vars(event)!r}"
            known = self._digests[id(event)] = (event, digest("event", text))
        return known[1]

    def events_key(self, events: list) -> str:
        """One digest of a list of events, from their own digests."""
        return digest("events", "".join([self.event_key(e) for e in events]))

    def site_events(self, events: list) -> None:
        """The build's events: pieces of any other event are not kept by save()."""
        self._alive = {self.event_key(e) for e in events}

    def piece(self, kind: str, event, make) -> str:
        """The kept text of `kind` for `event`, else make() (a str, then kept)."""
        return self.texts(kind, (event,), lambda _: make())[0]

    def texts(self, kind: str, events, make) -> list[str]:
        """piece() of each event, in order, make(event) making those not kept."""
        if not events:  # a page that lists none: its kind's shards are not read for it
            return []
        kept, used = self._kinds.get(kind) or self._kind(kind)
        digests, key_of = self._digests, self.event_key
        out = []
        for event in events:
            known = digests.get(id(event))  # event_key, inline: pages ask for every event
            key = known[1] if known is not None and known[0] is event else key_of(event)
            text = used.get(key)
            if text is None:
                text = kept[key[0]].get(key)
                if not isinstance(text, str):
                    text = make(event)
                    self.made += 1
                    self._made.setdefault(kind, set()).add(key)
                used[key] = text
            out.append(text)
        return out

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
