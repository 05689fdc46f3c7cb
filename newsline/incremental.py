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
        self._digests: dict[int, tuple[object, str]] = {}

    @staticmethod
    def version_of(site, theme_dirs: list[Path]) -> str:
        return digest("pages", code_version(), site, files_digest(theme_dirs))

    def key(self, path: str, inputs) -> str:
        # index, topics and exports all take the same big lists: hash each such object once
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
