"""`<topic>/feed.xml`: a topic's most recent events as an Atom feed (RFC 4287), newest first.

Ids are name-based UUID URNs of the page URLs they stand for (`urn:uuid:`, RFC 4122 version 5),
so they never change while the site's base_url and the event ids stay. Every time in the feed
comes from the data: an entry was published with its first report and updated with its latest;
the feed was updated with its newest entry. A reader is never told of a change the clock made.

The XML is written as text, character for character what ElementTree writes after ET.indent
(its escaping, `<tag />` for an element without text), because building and serialising a tree
was most of a feed's cost when a feed named every event of its topic.
"""

from __future__ import annotations

import hashlib
import heapq
import uuid
from datetime import datetime, timezone
from functools import lru_cache
from html import escape

from newsline.config import SiteConfig, Topic
from newsline.exports.timelinejs import absolute, slide
from newsline.model import Event
from newsline.render.dates import event_label
from newsline.render.markup import plain_text

ATOM = "http://www.w3.org/2005/Atom"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


_URL_NAMESPACE = uuid.NAMESPACE_URL.bytes


def urn(url: str) -> str:
    """f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}", without making UUID objects (a feed
    names one per entry): the SHA-1 of the namespace and the name, version 5, RFC 4122 variant."""
    raw = bytearray(hashlib.sha1(_URL_NAMESPACE + url.encode("utf-8")).digest()[:16])
    raw[6] = raw[6] & 0x0F | 0x50
    raw[8] = raw[8] & 0x3F | 0x80
    x = raw.hex()
    return f"urn:uuid:{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


@lru_cache(maxsize=65536)  # every entry is stamped twice, and reports share publication times
def stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _published(event: Event) -> datetime:
    return min((m.published for m in event.sources), default=EPOCH)


def updated_at(event: Event) -> datetime:
    """When the event's latest report was published: its entry's <updated>."""
    return max((m.published for m in event.sources), default=EPOCH)


def xml_text(text: str) -> str:
    """Character data escaped as ElementTree escapes it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attribute(text: str) -> str:
    """An attribute value escaped as ElementTree escapes it."""
    return (xml_text(text).replace('"', "&quot;").replace("\r", "&#13;")
            .replace("\n", "&#10;").replace("\t", "&#09;"))


def element(indent: str, tag: str, text: str | None = None, **attrs) -> str:
    """One line of the feed: `tag` with its attributes and text, or empty as `<tag ... />`."""
    names = "".join(f' {k.rstrip("_")}="{xml_attribute(v)}"' for k, v in attrs.items())
    if text:
        return f"{indent}<{tag}{names}>{xml_text(text)}</{tag}>\n"
    return f"{indent}<{tag}{names} />\n"


def entry_parts(site: SiteConfig, event: Event, made: dict) -> tuple[str, str]:
    """The lines of an event's <entry> that are the same in the feeds of all its topics: its
    title, and everything after its link; `made` is the event's TimelineJS slide, whose text
    is the entry's content."""
    lang = site.default_lang
    sentence = plain_text(event.text)
    # stamps are never empty and hold nothing to escape
    lines = ["    <published>", stamp(_published(event)), "</published>\n",
             "    <updated>", stamp(updated_at(event)), "</updated>\n"]
    for source in sorted({m.source for m in event.sources}):
        lines += ["    <contributor>\n", element("      ", "name", source), "    </contributor>\n"]
    lines += [element("    ", "content", made["text"]["text"], type="html"),
              element("    ", "summary", escape(sentence, quote=False), type="html"),
              "  </entry>\n"]
    return element("    ", "title", f"{event_label(event, lang)}: {sentence}"), "".join(lines)


def feed_entry(site: SiteConfig, topic: Topic, event: Event, page: str,
               parts: tuple[str, str] | None = None, listed_on: str | None = None) -> str:
    """The feed's <entry> for one event (its lines, indented as in the feed); `parts` may be
    its entry_parts. Its id stands for the event on the topic's page `page`, so it stays while
    the event does; its link goes to `listed_on`, the period page that lists the event when
    the topic's list is split (newsline.render.paging), else to `page`."""
    link = f"{listed_on or page}#event-{event.id}"
    title, rest = parts or entry_parts(site, event, slide(site, topic, event, site.default_lang))
    # the id (a UUID URN) holds nothing to escape
    return "".join(["  <entry>\n    <id>", urn(f"{page}#event-{event.id}"), "</id>\n", title,
                    '    <link rel="alternate" type="text/html" href="', xml_attribute(link),
                    '" />\n', rest])


def recent(events: list[Event], limit: int, updated: dict[int, datetime] | None = None
           ) -> list[Event]:
    """The `limit` most recent events, newest first: a feed says what is new, and a reader
    polls it far more often than it could read thousands of entries (Pelican's FEED_MAX_ITEMS,
    Hugo's rssLimit). An event is as recent as its latest report (its entry's <updated>); among
    as recent ones the later start, then the larger id comes first, so the choice is the same
    in every build. `updated` may hold id(event) -> its latest report's time already."""
    if updated is None:
        updated = {id(e): updated_at(e) for e in events}
    # the same as sorted(..., reverse=True)[:limit], without ordering a topic's thousands
    return heapq.nlargest(limit, events, key=lambda e: (updated[id(e)], e.start, e.id))


def topic_feed(site: SiteConfig, topic: Topic, events: list[Event],
               parts_of=None, listed_on: dict[str, str] | None = None) -> bytes:
    """The feed of the topic's events (its site.feed_max_items most recent ones, see recent());
    `parts_of(event)` may give the entry_parts of its events already made; `listed_on`, when
    the topic's list is split, event id -> the period page listing it (relative to the site).
    A feed holds a few entries, so they are made anew each time (no PieceStore: an entry's
    link depends on the page its event is listed on, not on the event alone)."""
    lang = site.default_lang
    page = absolute(site, f"{topic.slug}/index.html")
    newest_first = recent(events, site.feed_max_items)
    updated = {id(e): updated_at(e) for e in newest_first}
    lines = ['<?xml version="1.0" encoding="utf-8"?>\n',
             f'<feed xmlns="{ATOM}" xml:lang="{xml_attribute(lang)}">\n',
             element("  ", "id", urn(page)),
             element("  ", "title", f"{topic.title} – {site.title}")]
    if topic.description:
        lines.append(element("  ", "subtitle", topic.description))
    lines += [element("  ", "updated", stamp(max(updated.values(), default=EPOCH))),
              "  <author>\n", element("    ", "name", site.title),
              element("    ", "uri", site.base_url), "  </author>\n",
              element("  ", "link", rel="self", type="application/atom+xml",
                      href=absolute(site, f"{topic.slug}/feed.xml")),
              element("  ", "link", rel="alternate", type="text/html", href=page),
              element("  ", "generator", "newsline")]

    def make(event: Event) -> str:
        where = listed_on and absolute(site, listed_on[event.id])
        return feed_entry(site, topic, event, page, parts_of and parts_of(event), where)

    lines += map(make, newest_first)
    lines.append("</feed>\n")
    return b"".join([line.encode("utf-8") for line in lines])  # a feed's text never made whole
