"""The render stage: articles and events in, every page and asset of the site out as bytes.

The pipeline writes what this returns; nothing here touches the output folder, so a failed
render leaves the previous site in place.
"""

from __future__ import annotations

from typing import Iterator

from newsline.config import SiteConfig
from newsline.cache import ByteParts
from newsline.export import events_json_parts
from newsline.model import Event, TaggedArticle
from newsline.render.assets import site_assets
from newsline.render.event_items import EventItems
from newsline.render.hover import HoverRows, site_rows
from newsline.render.pages import (
    DEFAULT_THEME, list_page_path, make_env, render_article, render_index, render_list_page,
    render_topic, theme_dirs,
)
from newsline.render.paging import ListPage, PageLinks, split_pages
from newsline.render.parallel import NoMemo, adopt_pieces, render_jobs


def render_site(
    site: SiteConfig, articles: list[TaggedArticle], events: list[Event], memo=None,
) -> dict[str, bytes]:
    """Relative POSIX path -> file bytes for all pages and assets (events.json is the pipeline's).

    memo(path, inputs, make) may return earlier bytes instead of calling make(): `inputs` must
    hold everything besides the site, theme and code that the page's bytes depend on (the
    build's incremental cache keys pages by them). A memo with a `pieces` attribute
    (newsline.incremental.PageMemo) also lends its PieceStore: the parts of pages and exports
    made per event are then taken from earlier builds where the event did not change.
    """
    return dict(sorted(site_files(site, articles, events, memo)))


def site_files(site: SiteConfig, articles: list[TaggedArticle], events: list[Event],
               memo=None, events_file: str | None = None, parts: bool = False
               ) -> Iterator[tuple[str, bytes | ByteParts]]:
    """render_site's files one by one as they are made (path, bytes), so that a big site can be
    written as it is rendered instead of being held in memory whole; with `events_file`, the
    events' JSON (newsline.export) under that path too. With `parts`, the largest files (the
    events' JSON, the timelines) come as ByteParts (newsline.cache) where they are made in
    this build: written part by part (newsline.writer), never whole."""
    # the exports use the renderer's date labels and markup, so they are imported late
    from newsline.exports import export_files

    pieces = getattr(memo, "pieces", None)  # each event's entries kept across builds
    if pieces is not None:
        pieces.site_events(events)
    memo = memo or NoMemo()
    # compiled templates beside the build's page cache (.cache/templates), none without one
    kept = getattr(getattr(pieces, "cache", None), "folder", None)
    env = make_env(site, kept.parent / "templates" if kept is not None else None)
    items = EventItems(env, site, pieces)
    # every event's hover row kept for the whole render, however big the site
    items.hover = HoverRows(site_rows(len(events), len(articles), len(
        {site.default_lang} | {t.article.lang for t in articles})))
    # the site's own node_modules first, then the checkout newsline runs from
    roots = list(dict.fromkeys([site.root, DEFAULT_THEME.parent]))
    yield from site_assets(theme_dirs(site), roots).items()
    heads = article_heads(articles)  # all the index page reads of the articles
    # each topic's events, for its page and its exports, in one pass over the events
    lists: dict[str, list[Event]] = {topic.slug: [] for topic in site.topics}
    for event in events:
        for slug in event.topics if len(event.topics) < 2 else dict.fromkeys(event.topics):
            if slug in lists:
                lists[slug].append(event)
    pages = split_pages(events, site.events_per_page)
    overview = list_pages(env, site, None, pages, articles, items)
    jobs = []  # (path, memo inputs, make) of the pages made after the overview's
    periods = list(overview)  # the period pages of split lists, (path, inputs, make)
    for topic in site.topics:
        path = f"{topic.slug}/index.html"
        mine = lists[topic.slug]
        split = split_pages(mine, site.events_per_page)
        # keyed by the topic's own events: what its chart shows of the articles reporting
        # them is in their sources, so an edit elsewhere leaves the page as it is
        jobs.append((path, (topic, mine), lambda topic=topic, mine=mine, split=split:
                     render_topic(env, site, topic, mine, articles, items, as_bytes=True,
                                  pages=split)))
        split = list_pages(env, site, topic, split, articles, items)
        jobs += split
        periods += split
    # each period page and its events, for the article pages' links and the sitemap
    listed = [(path, inputs[2]) for path, inputs, _ in periods]
    yield "index.html", memo("index.html", (heads, events), lambda: render_index(
        env, site, articles, events, items, as_bytes=True, pages=pages))
    # the overview's period pages list every event: made first, they make each event's entry
    # and hover row, which the other pages then share (newsline.render.parallel)
    for path, inputs, make in overview:
        yield path, memo(path, inputs, make)
    by_article: dict[str, list[Event]] = {}
    for event in events:
        sources = event.sources
        for slug in (sources[0].slug,) if len(sources) == 1 else dict.fromkeys(
                [m.slug for m in sources]):
            by_article.setdefault(slug, []).append(event)
    page_of = listing_pages(site, listed, events)
    for tagged in articles:
        path = f"articles/{tagged.article.slug}/index.html"
        mine = by_article.get(tagged.article.slug, [])  # the events the page shows
        anchors = {e.id: page for e in mine if (page := page_of(e))}  # those on period pages
        jobs.append((path, (tagged, mine, sorted(anchors.items())),
                     lambda tagged=tagged, mine=mine, anchors=anchors: render_article(
                         env, site, tagged, mine, items, as_bytes=True, listed_on=anchors)))

    def exports() -> Iterator[tuple[str, bytes | ByteParts]]:
        # the topic pages link their feed and TimelineJS data, so they are made with the pages
        yield from export_files(site, articles, events, memo, pieces, listed, lists, parts=parts)
        if events_file:
            data = memo(events_file, (events,), lambda: events_json_parts(events, pieces))
            yield events_file, data if parts else bytes(data)

    def pages_made() -> None:  # every page that lists events is made: let their entries go
        if pieces is not None:
            pieces.store(pieces.kinds("item-"))

    yield from render_jobs(jobs, memo, exports(), done=pages_made,
                           merge_pieces=None if pieces is None else
                           lambda made: adopt_pieces(pieces, made))


def list_pages(env, site: SiteConfig, topic, pages: list[ListPage], articles, items
               ) -> list[tuple[str, tuple, object]]:
    """(path, memo inputs, make) of the period pages of a split list (newsline.render.paging),
    each cached by its own events and the pages it links (PageLinks.context): an edit renders
    again only the pages whose events changed, and the neighbours of a page that appears or
    goes. What the page's chart shows of the articles reporting its events (title, outlet,
    language, publication time) is in the events' sources too, so they are not part of the
    key."""
    if not pages:
        return []
    links = PageLinks(pages, site.default_lang)
    by_slug = {t.article.slug: t.article for t in articles}

    def render(at: int, events: list[Event]) -> bytes:
        slugs = {m.slug for e in events for m in e.sources}
        reports = [by_slug[slug] for slug in sorted(slugs) if slug in by_slug]
        return render_list_page(env, site, topic, links, at, reports, items, as_bytes=True)

    out = []
    for at, page in enumerate(pages):
        events = list(page.events)
        out.append((list_page_path(topic, page), (topic, links.context(at), events),
                    lambda at=at, events=events: render(at, events)))
    return out


def listing_pages(site: SiteConfig, listed: list[tuple[str, list[Event]]], events: list[Event]):
    """page_of(event): the period page (a path in the site) an article page links the event
    to, or None where that list is not split: its first topic's page, or the overview's for an
    event of no topic of the site (as render_article links it). Found once per event of
    `events` (the article pages ask for a merged event once per article reporting it)."""
    # listing_index's pairs, one dict per folder: no pair made for each event listed and
    # each event looked up (a third of the time, the one-change rebuild's as a cold one's)
    where: dict[str, dict[str, str]] = {}
    for path, listed_events in listed:
        ids = where.setdefault(path.rpartition("/")[0], {})
        ids.update(dict.fromkeys([event.id for event in listed_events], path))
    if not any(where.values()):
        return lambda event: None
    known = {topic.slug for topic in site.topics}
    overview = where.get("", {})
    page = {}
    for event in events:
        ids = overview
        for slug in event.topics:
            if slug in known:
                ids = where.get(slug, {})
                break
        found = ids.get(event.id)
        if found is not None:
            page[id(event)] = found
    return lambda event: page.get(id(event))


def article_heads(articles: list[TaggedArticle]) -> list[tuple]:
    """What the overview, the topic pages and the exports show of each article (its link,
    title, outlet, language and publication time: the list of articles, the chart's report
    markers, the sitemap), so that an edit of an article's text re-renders them only when it
    changes an event."""
    return [(a.slug, a.title, a.source, a.lang, a.date.isoformat(), str(a.date.tzinfo))
            for a in (t.article for t in articles)]


__all__ = ["article_heads", "render_site", "site_files"]
