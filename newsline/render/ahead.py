"""The render's share for the build's process pool: the article pages of a cold build.

On a cold build of a large site the article pages (one per article, each independent of the
others) are about half of the render stage, which otherwise runs in one process on a machine
with more cores. They are started on the pool before this process renders the overview, the
topic pages and the exports, and taken back in order when the render reaches them, so the site
is byte for byte the one a single process renders.

A worker is sent only what its pages show (the article, its events and their digests, and for
pages in the site's language the events' list entries this process makes for the overview
anyway), loads the theme once per chunk, and sends back the bytes with the per-event pieces it
made (newsline.incremental.PieceStore), which the build's store adopts so that the next build
finds them. Only pages the page cache lacks go to the pool; a rebuild after a small edit
renders its few pages here, where the pool would cost more than it saves. The exports stay
here too: on the pool they were measured to cost a fifth more CPU time (the events sent, each
sentence's plain text made twice) and to finish no sooner.
"""

from __future__ import annotations

from typing import Callable

from newsline.cache import Cache
from newsline.incremental import PieceStore
from newsline.model import Event, TaggedArticle
from newsline.render.event_items import EventItems
from newsline.render.pages import make_env, render_article

MIN_PAGES = 24  # fewer article pages to render than this stay in this process
# Pages come back while this process renders the overview and the topics, and wait in memory
# until the render reaches them: at most this many are sent (about 110 MB of pages at 1,000
# words each), the rest are rendered here.
MAX_PAGES = 2000
CHUNKS_PER_WORKER = 6  # chunks of article pages per worker: enough to even out their lengths


def worth_it(run, pages: int) -> bool:
    """Whether `run` is a pool of at least two workers and there are enough pages for it."""
    return (getattr(run, "name", None) == "process" and getattr(run, "workers", 1) >= 2
            and pages >= MIN_PAGES)


def _store(keys) -> PieceStore | None:
    # a worker's store keeps nothing on disk: it collects what it made for the build's store
    return PieceStore(Cache(None), "") if keys is not None else None


def article_pages_job(job: tuple) -> tuple[list[tuple[str, bytes]], dict]:
    """Runs on a worker: the pages of one chunk, and the pieces made for them. A page may come
    with its events' list entries made already (Ahead.send)."""
    site, pages = job
    keyed = pages[0][3] is not None
    store = _store(pages[0][3])
    env = make_env(site)
    items = EventItems(env, site, store)
    out = []
    for path, tagged, mine, keys, texts in pages:
        if keyed:
            store.seed(mine, keys)
        if texts is not None:
            items.seed(mine, tagged.article.lang, texts)
        out.append((path, render_article(env, site, tagged, mine, items).encode("utf-8")))
    return out, store.fresh() if keyed else {}


class Ahead:
    """The article pages started on the pool; page(path) gives the `make` that waits for one
    (None where the render must make it itself)."""

    def __init__(self, run, site, pieces: PieceStore | None):
        self.run, self.site, self.pieces = run, site, pieces
        self._pages: dict[str, bytes] = {}
        self._chunks: list[Callable] = []  # each waits for a chunk's (pages, pieces)
        self._chunk_of: dict[str, int] = {}  # page path -> its chunk
        self._held: list[list[tuple]] = []  # chunks waiting for their list entries (send)

    @classmethod
    def start(cls, run, site, memo, pieces: PieceStore | None,
              pages: list[tuple[str, TaggedArticle, list[Event]]]) -> "Ahead | None":
        """Start the pages `memo` lacks on `run`, or None when they are better made here.

        Pages in the site's language list their events with the entries this process makes
        for the overview anyway: their chunks wait for send()."""
        has = getattr(memo, "has", None)
        if memo is not None and has is None:  # a memo that cannot tell what it holds
            return None
        todo = [page for page in pages if has is None or not has(page[0], page[1:])]
        todo = todo[:MAX_PAGES]
        if not worth_it(run, len(todo)):
            return None
        ahead = cls(run, site, pieces)
        key = pieces.event_key if pieces is not None else None
        size = max(1, -(-len(todo) // (run.workers * CHUNKS_PER_WORKER)))
        for own in (False, True):
            mine = [(path, tagged, shown, [key(e) for e in shown] if key else None)
                    for path, tagged, shown in todo
                    if (tagged.article.lang == site.default_lang) == own]
            chunks = [mine[i:i + size] for i in range(0, len(mine), size)]
            if own:
                ahead._held = chunks
            else:
                for chunk in chunks:
                    ahead._submit([page + (None,) for page in chunk])
        return ahead

    def send(self, items: EventItems) -> None:
        """Start the held chunks, each with its events' entries made by `items` (which the
        overview then takes from it)."""
        lang = self.site.default_lang
        for chunk in self._held:
            self._submit([(path, tagged, mine, keys, [items.text(e, lang) for e in mine])
                          for path, tagged, mine, keys in chunk])
        self._held = []

    def _submit(self, chunk: list[tuple]) -> None:
        for page in chunk:
            self._chunk_of[page[0]] = len(self._chunks)
        self._chunks += self.run.submit_each(article_pages_job, [(self.site, chunk)])

    def page(self, path: str) -> Callable[[], bytes] | None:
        """The make of a page sent to the pool (after send()), else None."""
        return (lambda: self._take(path)) if path in self._chunk_of else None

    def _take(self, path: str) -> bytes:
        if path not in self._pages:
            chunk = self._chunk_of[path]
            done, fresh = self._chunks[chunk]()
            self._chunks[chunk] = None  # its pages are here now
            self._adopt(fresh)
            self._pages.update(done)
        return self._pages.pop(path)

    def _adopt(self, fresh: dict) -> None:
        if self.pieces is not None:
            self.pieces.adopt(fresh)
