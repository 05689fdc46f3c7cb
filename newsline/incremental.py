"""What lets a rebuild skip work: fingerprints of the inputs, and per-item caches of each stage.

Three levels, coarsest first:
- the whole build: a fingerprint of every input (content/, both themes, the Plotly bundles, the
  code, the options) and a manifest of the output it produced. When both still match, build/
  is already what a build would write, and the build only replays its warnings;
- per article: the reader's result (keyed by the file's bytes and the site config), the
  tagger's (keyed by body, language, publication time and tagger version) and the events
  (keyed by the article and the tagger's key, which stands for its expressions: an unchanged
  article's expressions are not even read);
- per page: rendered bytes keyed by the page's inputs, the theme and the code (see PageMemo).
  The manifest also says under which key each page was made, so a page whose key did not change
  and whose file is still as the last build left it is taken over without being read.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field, fields
from importlib import metadata
from operator import attrgetter
from pathlib import Path

from newsline.cache import MISSING, ByteParts, Cache, code_version, digest, files_digest
from newsline.model import Article, Event, TaggedArticle
from newsline.pieces import PieceStore
from newsline.problems import Problem, Problems
from newsline.writer import KeptFile

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


def output_manifest(out: Path) -> dict[str, tuple[int, int, int, int]]:
    """Relative POSIX path -> (size, mtime in ns, inode, ctime in ns) of every file under
    `out` (not below a linked folder). The ctime cannot be set back (a file replaced by one of
    the same size and mtime, even under the same inode number, has a later one); linking or
    unlinking a file moves it too, so this is taken when the build's links are all made."""
    manifest = {}
    folders = [(os.fspath(out), "")]
    while folders:
        folder, prefix = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir():
                    if not entry.is_symlink():
                        folders.append((entry.path, f"{prefix}{entry.name}/"))
                    continue
                stat = os.stat(entry.path)
                manifest[prefix + entry.name] = (stat.st_size, stat.st_mtime_ns, stat.st_ino,
                                                 stat.st_ctime_ns)
    return manifest


def filesystem_clock(folder: Path) -> int | None:
    """The ctime (ns) a file changed now under `folder` gets, by the file system's own clock,
    or None when no file can be made there. Taken after a manifest, it tells its racy files
    (ctime not before it): changed again within the same tick of that clock (4 ms on ext4,
    a second or two on some file systems), such a file may keep its size, mtime and ctime."""
    try:
        handle, name = tempfile.mkstemp(prefix=".build-clock-", dir=folder)
    except OSError:
        return None
    try:
        return os.stat(name).st_ctime_ns
    finally:
        os.close(handle)
        os.unlink(name)


@dataclass
class BuildState:
    """What the last successful build of one output folder saw and wrote."""

    fingerprint: str
    manifest: dict[str, tuple[int, int, int, int]]
    warnings: list[Problem]
    counts: dict[str, int] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)  # path of a file -> its PageMemo key


def state_key(out: Path, drafts: bool) -> str:
    return digest("state", str(out.absolute()), drafts)


def last_build(cache: Cache, out: Path, drafts: bool) -> BuildState | None:
    """The state the last successful build of `out` left, if any: one written by an older
    newsline, which lacks a field of today's (the state's key has no code version), is none."""
    state = cache.get(state_key(out, drafts))
    if not isinstance(state, BuildState) or any(
            one.name not in vars(state) for one in fields(BuildState)):
        return None
    return state


def unchanged_build(cache: Cache, out: Path, drafts: bool, fingerprint: str,
                    state: BuildState | None = None) -> BuildState | None:
    """The last build's state (`state`, else read from `cache`) when its inputs and its output
    are exactly as it left them."""
    state = state or last_build(cache, out, drafts)
    if state is None or state.fingerprint != fingerprint:
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
        key = digest("article", site_key, str(path), slug,
                     "topics checked" if check_topics else "topics unchecked", data)
        # kept without its path, which the key holds: the caller's is the same, and making a
        # Path again from a pickle cost as much as the rest of the article
        values = with_problems(cache, key, problems, lambda local: _but_path(
            read_article(path, slug, site_, local, check_topics)))
        return None if values is None else Article(path, *values)

    return read_one


def _but_path(article: Article | None) -> tuple | None:
    return None if article is None else tuple(
        getattr(article, one.name) for one in fields(Article) if one.name != "path")


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
    no page shows) and of its expressions, whatever made them (newsline.build.site_events
    files the events of articles tagged elsewhere under it, and PageMemo keys such articles'
    pages by it)."""
    return digest("events", code_version(), article_key(tagged.article),
                  expressions_digest(tagged.timexes))


def tags_key(article, version: str) -> str:
    """The tagger's cache key of an article: what its expressions are made of (the body, the
    language, the publication time the relative dates are resolved against) and the version
    of the tagger (newsline.cache.tagger_version) that made them."""
    return digest("tags", version, article.lang, article.date.isoformat(),
                  str(article.date.tzinfo), article.body)


def events_key(article, tags: str) -> str:
    """The build's key of an article's events: every field of the article but its path, the key
    `tags` of its expressions in the tagger's cache (tags_key) and the code. The expressions
    are what the tagger makes of that key's inputs, so it stands for them: a rebuild finds the
    events of an unchanged article without reading its expressions (newsline.tagstage.
    tagged_articles), and its page is keyed by this too (PageMemo.known)."""
    return digest("article-events", code_version(), article_key(article), tags)


class PageMemo:
    """The renderer's `memo`: a page's bytes are rendered only when its inputs changed.

    `rendered` lists the paths actually rendered in this build, which is how tests (and the
    progress line) see what an edit cost.

    With `previous`, the state of the last build of the same output folder, a page whose key is
    the one that build made it under, and whose file that build left (in its manifest), comes
    back as a writer.KeptFile: the writer links the file as it is, and the cache is read (or
    the page made) only when that file is gone or was changed since. `keys` holds each path's
    key for the next build's state (BuildState.pages). With keep_parts=False, files made as
    ByteParts (events.json, the timelines: 45 MB at 1,000 articles) are not kept in the cache:
    the build that records the keys has their copy in build/, and they are made again from
    their events' pieces should that copy be changed.
    """

    def __init__(self, cache: Cache, version: str, previous: BuildState | None = None,
                 keep_parts: bool = True):
        self.cache = cache
        self.version = version
        self.rendered: list[str] = []
        self.reused: list[str] = []
        self.keys: dict[str, str] = {}
        self._before = previous.pages if previous is not None else {}
        self._files = previous.manifest if previous is not None else {}
        self._keep_parts = keep_parts
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
            # a list of events (one that merely starts with an event is keyed as one too: a
            # PieceStore key is the content of anything)
            events = type(part) is list and (not part or type(part[0]) is Event)
            if events and len(part) <= 32:  # an article's events: a list made for its page
                parts.append(("events", self.pieces.events_key(part)))
            elif events or isinstance(part, (list, TaggedArticle)):
                known = self._digests.get(id(part))
                if known is None or known[0] is not part:
                    known = (part, self.pieces.events_key(part) if events else
                             self._tagged_key(part) if isinstance(part, TaggedArticle) else
                             digest(part))
                    self._digests[id(part)] = known
                # an article by the name of the plain record whatever holds it (shelved, or
                # its expressions left in the cache: newsline.model)
                parts.append(("TaggedArticle" if isinstance(part, TaggedArticle) else
                              type(part).__name__, known[1]))
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
        value = self.lookup(path, inputs, make)
        return self.made(path, make()) if value is MISSING else value

    def lookup(self, path: str, inputs, make):
        """What __call__ gives without making the page: a KeptFile, the cached bytes, or
        MISSING, when the page is to be made (anywhere) and handed to made(), or made in
        another process that tells made_elsewhere() (newsline.render.parallel)."""
        key = self.keys[path] = self.key(path, inputs)
        if self._before.get(path) == key and path in self._files:
            self.cache.keep(key)  # still wanted should that file be changed before the next build
            self.reused.append(path)
            return KeptFile(self._files[path], lambda: self._load(path, key, make))
        value = self.cache.get(key)
        if value is not MISSING:
            self.reused.append(path)
        return value

    def made(self, path: str, value):
        """The page `path` (looked up before) was made: kept in the cache."""
        if self._keep_parts or type(value) is not ByteParts:
            self.cache.put(self.keys[path], value)
        self.rendered.append(path)
        return value

    def made_elsewhere(self, path: str) -> None:
        """Another process made the page `path` (looked up here before) and put it in the
        cache folder."""
        self.cache.put_by_worker(self.keys[path])
        self.rendered.append(path)

    def _load(self, path: str, key: str, make):
        """A kept page's bytes, when its file was changed since the last build."""
        value = self.cache.get(key)
        if value is MISSING:  # and the cache no longer has the page
            value = make()
            if self._keep_parts or type(value) is not ByteParts:
                self.cache.put(key, value)
            self.reused.remove(path)
            self.rendered.append(path)
        return value

    def written(self, manifest: dict, clock: int | None) -> dict[str, str]:
        """The keys of the pages that are files of `manifest` (BuildState.pages), but for racy
        ones: a file whose ctime is not before `clock` (filesystem_clock, taken after the
        manifest) could still be changed unseen, so the next build reads it before linking it
        (as git does with its index); with no clock, none is kept."""
        if clock is None:
            return {}
        return {path: key for path, key in self.keys.items()
                if path in manifest and manifest[path][3] < clock}
