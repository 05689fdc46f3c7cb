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


def site_exports(site: SiteConfig, tagged: list[TaggedArticle],
                 events: list[Event]) -> dict[str, bytes]:
    """Relative path -> bytes of every export file."""
    files = {SITEMAP_FILE: sitemap(site, [t.article for t in tagged], events)}
    for topic in site.topics:
        mine = topic_events(events, topic.slug)
        slides = {id(e): slide(site, topic, e, site.default_lang) for e in mine}  # both use them
        files[f"{topic.slug}/{TIMELINE_FILE}"] = timeline_json(site, topic, mine, slides)
        files[f"{topic.slug}/{FEED_FILE}"] = topic_feed(site, topic, mine, slides)
    return files


__all__ = ["FEED_FILE", "SITEMAP_FILE", "TIMELINE_FILE", "site_exports"]
