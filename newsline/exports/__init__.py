"""Machine-readable views of the timeline beside the pages: TimelineJS data, Atom feeds, a sitemap.

Each export is computed from the same events the pages show, in the same order, and from
nothing else (no clock, no randomness), so two builds of the same content are byte-identical.
"""

from __future__ import annotations

from functools import cached_property
from typing import Iterator

from newsline.cache import ByteParts
from newsline.config import SiteConfig, Topic
from newsline.exports.atom import entry_parts, recent, topic_feed, updated_at
from newsline.exports.sitemap import page_urls, sitemap_of
from newsline.exports.timelinejs import groupless_json, slide, timeline_parts, with_group
from newsline.model import Event, TaggedArticle

FEED_FILE = "feed.xml"
TIMELINE_FILE = "timeline.json"
SITEMAP_FILE = "sitemap.xml"


def topic_events(events: list[Event], slug: str) -> list[Event]:
    return [e for e in events if slug in e.topics]


def site_exports(site: SiteConfig, tagged: list[TaggedArticle], events: list[Event],
                 pieces=None, list_pages=()) -> dict[str, bytes]:
    """Relative path -> bytes of every export file; `pieces` (newsline.incremental.PieceStore)
    may hold the events' slides from an earlier build, `list_pages` (path, the events it
    lists) are the period pages of split event lists, for the sitemap and the feeds' links."""
    return dict(export_files(site, tagged, events, None, pieces, list_pages))


def export_files(site: SiteConfig, tagged: list[TaggedArticle], events: list[Event], memo=None,
                 pieces=None, list_pages=(), lists: dict[str, list[Event]] | None = None,
                 parts: bool = False) -> Iterator[tuple[str, bytes | ByteParts]]:
    """site_exports' files one by one (path, bytes), through the renderer's `memo` (see
    newsline.render.render_site): each topic's timeline.json keyed by the topic and its own
    events, as its page is (an edit makes again only the timelines of its event's topics, and
    a large site never holds all of them at once), the sitemap by the addresses and dates it
    lists (page_urls), the feeds together as "exports", by each topic's chosen events and the
    period pages their entries link. `lists` may hold each topic's events (topic_events)
    already. With `parts`, a timeline made in this build comes as ByteParts (newsline.cache),
    never whole."""
    memo = memo or (lambda path, inputs, make: make())
    lists = lists or {topic.slug: topic_events(events, topic.slug) for topic in site.topics}
    made = _SiteExports(site, events, lists, pieces, list_pages)
    for topic in site.topics:
        data = memo(f"{topic.slug}/{TIMELINE_FILE}", (topic, lists[topic.slug]),
                    lambda topic=topic: made.timeline(topic))
        yield f"{topic.slug}/{TIMELINE_FILE}", data if parts else bytes(data)
        del data
        if pieces is not None:  # the timeline is written: its slides are kept, then let go
            pieces.store([f"slide-{topic.slug}"])
    # the sitemap keyed by what it lists (its addresses and their dates): an edit that moves
    # no page's date makes it again no more; the feeds by each topic's chosen events and the
    # period pages they link ("exports"): an edit of an event in no feed leaves them as they are
    urls = page_urls(site, [t.article for t in tagged], events, list_pages)
    yield SITEMAP_FILE, memo(SITEMAP_FILE, (urls,), lambda: sitemap_of(urls))
    inputs = []
    for topic in site.topics:
        inputs += [topic, made.feeds[topic.slug], sorted(made.links[topic.slug].items())]
    yield from memo("exports", tuple(inputs), made.feeds_only).items()


class _SiteExports:
    """The exports of one build, each made when the memo asks for it: what they share (each
    topic's most recent events, each event's slide and feed lines) is found once, and only
    when some file that needs it is made."""

    def __init__(self, site: SiteConfig, events: list[Event], lists: dict[str, list[Event]],
                 pieces, list_pages):
        self.site, self.events, self.lists = site, events, lists
        self.pieces, self.list_pages = pieces, list_pages

    @cached_property
    def feeds(self) -> dict[str, list[Event]]:
        updated = {id(e): updated_at(e) for e in self.events}
        return {slug: recent(mine, self.site.feed_max_items, updated)
                for slug, mine in self.lists.items()}

    @cached_property
    def made(self) -> "EventExports":
        # how many feeds each event is an entry of (a feed holds the topic's most recent events)
        in_feeds: dict[int, int] = {}
        for chosen in self.feeds.values():
            for event in chosen:
                in_feeds[id(event)] = in_feeds.get(id(event), 0) + 1
        return EventExports(self.site, in_feeds)

    def timeline(self, topic: Topic) -> ByteParts:
        return timeline_parts(self.site, topic, self.lists[topic.slug],
                             lambda event: self.made.slide_text(event, topic), self.pieces)

    @cached_property
    def links(self) -> dict[str, dict[str, str]]:
        """Each topic's event id -> the period page its entry in the topic's feed links (none
        where the topic's list is not split): listing_index of the feeds' events alone."""
        chosen = {slug: {event.id for event in feed} for slug, feed in self.feeds.items()}
        out: dict[str, dict[str, str]] = {slug: {} for slug in chosen}
        for path, events in self.list_pages:
            ids = chosen.get(path.rpartition("/")[0])
            if ids:
                out[path.rpartition("/")[0]].update(
                    [(event.id, path) for event in events if event.id in ids])
        return out

    def feeds_only(self) -> dict[str, bytes]:
        """Each topic's feed.xml."""
        files = {}
        for topic in self.site.topics:
            # the feed's events chosen already: topic_feed's own choice among them is the same
            files[f"{topic.slug}/{FEED_FILE}"] = topic_feed(
                self.site, topic, self.feeds[topic.slug], self.made.entry_parts,
                self.links[topic.slug] or None)
        return files


class EventExports:
    """What the exports say of one event, made once for the timelines and feeds of all its
    topics: its slide's JSON (only the slide's group, the topic's title, differs between them)
    and the lines of its feed entry that do not name the topic's page. The timelines are
    asked for before the feeds, so an event's record is let go with its last use: its last
    topic's slide when it is in no feed (`in_feeds`: id of an event -> the feeds it is an entry
    of), else its last feed entry (on a large site all of them at once would be hundreds of
    megabytes)."""

    def __init__(self, site: SiteConfig, in_feeds: dict[int, int] | None = None):
        self.site = site
        self.in_feeds = in_feeds
        # id -> [event, slide (its text alone once its JSON is made), its JSON, its entry
        # lines, slides and feed entries still to make]
        self._made: dict[int, list] = {}

    def _of(self, event: Event, topic: Topic) -> list:
        known = self._made.get(id(event))
        if known is None or known[0] is not event:
            listed = sum(t.slug in event.topics for t in self.site.topics)
            feeds = listed if self.in_feeds is None else self.in_feeds.get(id(event), 0)
            known = self._made[id(event)] = [
                event, slide(self.site, topic, event, self.site.default_lang), None, None,
                [listed, feeds]]
        return known

    def _used(self, known: list, which: int) -> None:
        left = known[4]
        left[which] -= 1
        if left[0] <= 0 and left[1] <= 0:
            self._made.pop(id(known[0]), None)

    def slide_text(self, event: Event, topic: Topic) -> str:
        """The event's slide in `topic`'s timeline, as json_at writes it in the list."""
        known = self._of(event, topic)
        if known[2] is None:
            known[2] = groupless_json(known[1])
            # of the slide, only its text is read again (a feed entry's content, entry_parts):
            # kept alone while the other topics' slides are made (the whole slide is nearly
            # three times its JSON; a large site's events wait for their last topic's timeline)
            known[1] = {"text": {"text": known[1]["text"]["text"]}} \
                if known[3] is None and known[4][1] > 0 else None
        text = with_group(known[2], topic.title)
        self._used(known, 0)
        return text

    def entry_parts(self, event: Event) -> tuple[str, str]:
        """atom.entry_parts of the event."""
        known = self._of(event, self.site.topics[0])  # the group is not read
        parts = known[3] or entry_parts(self.site, event, known[1])
        known[3] = parts
        self._used(known, 1)
        return parts


__all__ = ["FEED_FILE", "SITEMAP_FILE", "TIMELINE_FILE", "EventExports", "export_files",
           "site_exports"]
