"""The render's share for the build's process pool: article pages and the event exports.

On a cold build of a large site, the article pages (one per article, each independent of the
others), the topics' feeds and TimelineJS files and events.json are about two thirds of the
render stage, which otherwise runs in one process on a machine with more cores. They are
started on the pool before this process renders the overview and the topic pages, and taken
back in order when the render reaches them, so the site is byte for byte the one a single
process renders.

A worker is sent only what its pages show (the article, its events and their digests), loads
the theme once per chunk, and sends back the bytes with the per-event pieces it made
(newsline.incremental.PieceStore), which the build's store adopts so that the next build finds
them. Only pages the page cache lacks go to the pool; a rebuild after a small edit renders its
few pages here, where starting workers would cost more than it saves.
"""

from __future__ import annotations

from typing import Callable

from newsline.cache import Cache
from newsline.exports import topic_exports
from newsline.export import events_json
from newsline.incremental import PieceStore
from newsline.model import Event, TaggedArticle
from newsline.render.event_items import EventItems
from newsline.render.pages import make_env, render_article

MIN_PAGES = 24  # fewer article pages to render than this stay in this process
CHUNKS_PER_WORKER = 6  # chunks of article pages per worker: enough to even out their lengths


def worth_it(run, pages: int) -> bool:
    """Whether `run` is a pool of at least two workers and there are enough pages for it."""
    return (getattr(run, "name", None) == "process" and getattr(run, "workers", 1) >= 2
            and pages >= MIN_PAGES)


def _store(keys) -> PieceStore | None:
    # a worker's store keeps nothing on disk: it collects what it made for the build's store
    return PieceStore(Cache(None), "") if keys is not None else None


def article_pages_job(job: tuple) -> tuple[list[tuple[str, bytes]], dict]:
    """Runs on a worker: the pages of one chunk, and the pieces made for them."""
    site, pages = job
    keyed = pages[0][3] is not None
    store = _store(pages[0][3])
    env = make_env(site)
    items = EventItems(env, site, store)
    out = []
    for path, tagged, mine, keys in pages:
        if keyed:
            store.seed(mine, keys)
        out.append((path, render_article(env, site, tagged, mine, items).encode("utf-8")))
    return out, store.fresh() if keyed else {}


def event_exports_job(job: tuple) -> tuple[dict | None, bytes | None, dict]:
    """Runs on a worker: the topics' exports and events.json as asked, and the pieces made."""
    site, events, keys, exports, json_file = job
    store = _store(keys)
    if store is not None:
        store.seed(events, keys)
    files = topic_exports(site, events, store) if exports else None
    data = events_json(events, store) if json_file else None
    return files, data, store.fresh() if store is not None else {}


class Ahead:
    """What was started on the pool; page(path) / exports() / events_json() give the `make`
    that waits for it (None where the render must make it itself)."""

    def __init__(self, pieces: PieceStore | None):
        self.pieces = pieces
        self._pages: dict[str, bytes] = {}
        self._chunks: list[Callable] = []
        self._offloaded: set[str] = set()
        self._exports: Callable | None = None
        self._want = (False, False)  # the exports, events.json: started on the pool
        self._result: tuple | None = None

    @classmethod
    def start(cls, run, site, memo, pieces: PieceStore | None,
              pages: list[tuple[str, TaggedArticle, list[Event]]], events: list[Event],
              articles: list[TaggedArticle], events_file: str | None) -> "Ahead | None":
        """Start the pages `memo` lacks on `run`, or None when they are better made here."""
        has = getattr(memo, "has", None)
        if memo is not None and has is None:  # a memo that cannot tell what it holds
            return None
        todo = [page for page in pages if has is None or not has(page[0], page[1:])]
        if not worth_it(run, len(todo)):
            return None
        ahead = cls(pieces)
        key = pieces.event_key if pieces is not None else None
        exports = has is None or not has("exports", (articles, events))
        json_file = bool(events_file) and (has is None or not has(events_file, (events,)))
        if exports or json_file:  # first: the longest task
            keys = [key(e) for e in events] if key else None
            ahead._exports = run.submit_each(event_exports_job, [
                (site, events, keys, exports, json_file)])[0]
            ahead._want = (exports, json_file)
        size = max(1, -(-len(todo) // (run.workers * CHUNKS_PER_WORKER)))
        chunks = [[(path, tagged, mine, [key(e) for e in mine] if key else None)
                   for path, tagged, mine in todo[i:i + size]]
                  for i in range(0, len(todo), size)]
        ahead._chunks = run.submit_each(article_pages_job, [(site, chunk) for chunk in chunks])
        ahead._offloaded = {page[0] for page in todo}
        return ahead

    def page(self, path: str) -> Callable[[], bytes] | None:
        return (lambda: self._take(path)) if path in self._offloaded else None

    def _take(self, path: str) -> bytes:
        while path not in self._pages:  # chunks come back in the order of the pages
            done, fresh = self._chunks.pop(0)()
            self._adopt(fresh)
            self._pages.update(done)
        return self._pages.pop(path)

    def exports(self, sitemap_and: Callable[[dict], dict]) -> Callable[[], dict] | None:
        """The make of the exports: the worker's topic files, given to sitemap_and."""
        return (lambda: sitemap_and(self._wait()[0])) if self._want[0] else None

    def events_json(self) -> Callable[[], bytes] | None:
        return (lambda: self._wait()[1]) if self._want[1] else None

    def _wait(self) -> tuple:
        if self._result is None:
            self._result = self._exports()
            self._adopt(self._result[2])
        return self._result

    def _adopt(self, fresh: dict) -> None:
        if self.pieces is not None:
            self.pieces.adopt(fresh)
