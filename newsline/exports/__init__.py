"""Machine-readable views of the timeline beside the pages: TimelineJS data, Atom feeds, a sitemap.

Each export is computed from the same events the pages show, in the same order, and from
nothing else (no clock, no randomness), so two builds of the same content are byte-identical.
"""

from __future__ import annotations

from newsline.config import SiteConfig, Topic
from newsline.exports.atom import entry_parts, topic_feed
from newsline.exports.sitemap import sitemap
from newsline.exports.timelinejs import groupless_json, slide, timeline_json, with_group
from newsline.model import Event, TaggedArticle

FEED_FILE = "feed.xml"
TIMELINE_FILE = "timeline.json"
SITEMAP_FILE = "sitemap.xml"


def topic_events(events: list[Event], slug: str) -> list[Event]:
    return [e for e in events if slug in e.topics]


def site_exports(site: SiteConfig, tagged: list[TaggedArticle], events: list[Event],
                 pieces=None) -> dict[str, bytes]:
    """Relative path -> bytes of every export file; `pieces` (newsline.incremental.PieceStore)
    may hold the events' parts of them from an earlier build."""
    files = {SITEMAP_FILE: sitemap(site, [t.article for t in tagged], events)}
    made = EventExports(site)
    for topic in site.topics:
        mine = topic_events(events, topic.slug)
        files[f"{topic.slug}/{TIMELINE_FILE}"] = timeline_json(
            site, topic, mine, lambda event, topic=topic: made.slide_text(event, topic), pieces)
        files[f"{topic.slug}/{FEED_FILE}"] = topic_feed(site, topic, mine, made.entry_parts,
                                                        pieces)
    return files


class EventExports:
    """What the exports say of one event, made once for the timelines and feeds of all its
    topics: its slide's JSON (only the slide's group, the topic's title, differs between them)
    and the lines of its feed entry that do not name the topic's page. A topic's timeline is
    asked for before its feed, so an event's record is let go with its last topic's feed
    entry (on a large site all of them at once would be hundreds of megabytes)."""

    def __init__(self, site: SiteConfig):
        self.site = site
        # id -> [event, slide, its JSON, its entry lines, feed entries still to make]
        self._made: dict[int, list] = {}

    def _of(self, event: Event, topic: Topic) -> list:
        known = self._made.get(id(event))
        if known is None or known[0] is not event:
            listed = sum(t.slug in event.topics for t in self.site.topics)
            known = self._made[id(event)] = [
                event, slide(self.site, topic, event, self.site.default_lang), None, None, listed]
        return known

    def slide_text(self, event: Event, topic: Topic) -> str:
        """The event's slide in `topic`'s timeline, as json_at writes it in the list."""
        known = self._of(event, topic)
        if known[2] is None:
            known[2] = groupless_json(known[1])
        return with_group(known[2], topic.title)

    def entry_parts(self, event: Event) -> tuple[str, str]:
        """atom.entry_parts of the event."""
        known = self._of(event, self.site.topics[0])  # the group is not read
        parts = known[3] or entry_parts(self.site, event, known[1])
        known[3] = parts
        known[4] -= 1
        if known[4] <= 0:
            del self._made[id(event)]
        return parts


__all__ = ["FEED_FILE", "SITEMAP_FILE", "TIMELINE_FILE", "EventExports", "site_exports"]
