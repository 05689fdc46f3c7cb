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
from pathlib import Path

from newsline.cache import MISSING, Cache, code_version, digest, files_digest
from newsline.model import TaggedArticle
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
        hit = cache.get(key)
        if hit is not MISSING:
            article, found = hit
            problems.items.extend(found)
            return article
        local = Problems(problems.root)
        article = read_article(path, slug, site_, local, check_topics)
        problems.items.extend(local.items)
        cache.put(key, (article, list(local.items)))
        return article

    return read_one


def article_key(article) -> str:
    """What an article's events depend on besides its expressions: every field but the path."""
    return digest("article-fields", article.slug, article.title, article.date.isoformat(),
                  str(article.date.tzinfo), article.lang, article.source, article.url,
                  article.topics, article.summary, article.body, article.body_line, article.draft)


class PageMemo:
    """The renderer's `memo`: a page's bytes are rendered only when its inputs changed.

    `rendered` lists the paths actually rendered in this build, which is how tests (and the
    progress line) see what an edit cost. `preset` holds pages other processes rendered for
    this build (render_share), by key; `elsewhere` the keys of those they put in the cache.
    """

    def __init__(self, cache: Cache, version: str, preset: dict | None = None):
        self.cache = cache
        self.version = version
        self.preset = dict(preset or {})
        self.elsewhere: set[str] = set()
        self.rendered: list[str] = []
        self.reused: list[str] = []
        self._digests: dict[int, tuple[object, str]] = {}

    @staticmethod
    def version_of(site, theme_dirs: list[Path]) -> str:
        return digest("pages", code_version(), site, files_digest(theme_dirs))

    def key(self, path: str, inputs) -> str:
        # index, topics and exports all take the same big lists, and a dry run (MissingPages)
        # asks for the same articles as the real one: hash each such object once
        parts = []
        for part in inputs:
            if (isinstance(part, list) and len(part) > 32) or isinstance(part, TaggedArticle):
                known = self._digests.get(id(part))
                if known is None or known[0] is not part:
                    known = (part, digest(part))
                    self._digests[id(part)] = known
                parts.append((type(part).__name__, known[1]))
            else:
                parts.append(part)
        return digest(self.version, path, parts)

    def share_digests(self, other: "PageMemo") -> None:
        """Use (and add to) the object hashes `other` already made for this build."""
        self._digests = other._digests

    def take(self, done) -> None:
        """What render_share returned: {key: page}, or the keys of the pages it cached."""
        if isinstance(done, dict):
            self.preset.update(done)
        else:
            self.elsewhere.update(done)

    def __call__(self, path: str, inputs, make):
        key = self.key(path, inputs)
        if key in self.preset:
            value = self.preset.pop(key)
            self.cache.put(key, value)
            self.rendered.append(path)
            return value
        value = self.cache.get(key)
        if key in self.elsewhere:
            self.elsewhere.discard(key)
            if value is MISSING:  # the worker could not store it after all
                value = make()
            self.rendered.append(path)
            return value
        if value is MISSING:
            value = make()
            self.cache.put(key, value)
            self.rendered.append(path)
        else:
            self.reused.append(path)
        return value


class MissingPages(PageMemo):
    """A dry run of the renderer: notes the keys of the pages the cache lacks, renders nothing."""

    def __init__(self, cache: Cache, version: str):
        super().__init__(cache, version)
        self.missing: list[str] = []
        self.weights: dict[str, int] = {}  # key -> how many items its lists hold (its work)
        self.paths: dict[str, str] = {}  # key -> the page's path

    def __call__(self, path: str, inputs, make):
        key = self.key(path, inputs)
        if not self.cache.contains(key):
            self.missing.append(key)
            self.paths[key] = path
            self.weights[key] = 1 + sum(len(p) for p in inputs if isinstance(p, list))
        return {}  # a stand-in the renderer can store or merge; this run's output is dropped

    def shares(self, workers: int) -> list[list[tuple[str, str]]]:
        """The missing pages as (path, key), split into `workers` shares of about equal work,
        biggest first (the overview and topic pages list every event; an article page only
        its own)."""
        shares: list[list[tuple[str, str]]] = [[] for _ in range(workers)]
        loads = [0] * workers
        for key in sorted(self.missing, key=lambda k: -self.weights[k]):  # stable: same order
            lightest = loads.index(min(loads))
            shares[lightest].append((self.paths[key], key))
            loads[lightest] += self.weights[key]
        return [share for share in shares if share]


class SharePages(PageMemo):
    """Renders only the pages it was given (path, key) of, into `cache` when that has a folder
    (keeping only their keys: a share of a big site need not fit in memory), else into `done`;
    the rest are stand-ins."""

    def __init__(self, version: str, wanted, cache: Cache | None = None):
        super().__init__(cache or Cache(None), version)
        self.wanted = {key for _, key in wanted}
        self.wanted_paths = {path for path, _ in wanted}  # no page's key is hashed for nothing
        self.done: dict[str, object] = {}
        self.stored: list[str] = []

    def __call__(self, path: str, inputs, make):
        if path not in self.wanted_paths:
            return {}
        key = self.key(path, inputs)
        if key not in self.wanted:
            return {}
        value = make()
        if self.cache.folder is not None:
            self.cache.put(key, value)
            self.stored.append(key)
        else:
            self.done[key] = value
        return value


def render_share(job: tuple):
    """The wanted pages, rendered in a worker process of the pool: {key: page}, or the list of
    their keys once they are in the page cache at `folder`."""
    from newsline.render import site_files

    site, tagged, events, version, wanted, folder, events_file = job
    memo = SharePages(version, wanted, Cache(folder))
    for _ in site_files(site, tagged, events, memo, events_file):
        pass
    return memo.stored if folder is not None else memo.done
