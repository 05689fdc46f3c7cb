"""Machine-readable views of the timeline beside the pages: TimelineJS data, Atom feeds, a sitemap.

Each export is computed from the same events the pages show, in the same order, and from
nothing else (no clock, no randomness), so two builds of the same content are byte-identical.
"""

from __future__ import annotations

from newsline.config import SiteConfig
from newsline.exports.atom import topic_feed
from newsline.exports.sitemap import sitemap
from newsline.exports.timelinejs import slide, timeline_json
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
    # an event's slide is made once for the timelines and feeds of all its topics: only its
    # group (the topic's title) differs between them
    slides: dict[int, tuple[Event, dict]] = {}
    for topic in site.topics:
        mine = topic_events(events, topic.slug)

        def slide_of(event: Event, topic=topic) -> dict:
            made = slides.get(id(event))
            if made is None or made[0] is not event:
                made = slides[id(event)] = (event, slide(site, topic, event, site.default_lang))
            return made[1] if made[1]["group"] == topic.title else \
                {**made[1], "group": topic.title}

        files[f"{topic.slug}/{TIMELINE_FILE}"] = timeline_json(site, topic, mine, slide_of,
                                                               pieces)
        files[f"{topic.slug}/{FEED_FILE}"] = topic_feed(site, topic, mine, slide_of, pieces)
    return files


__all__ = ["FEED_FILE", "SITEMAP_FILE", "TIMELINE_FILE", "site_exports"]
