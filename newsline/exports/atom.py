"""`<topic>/feed.xml`: a topic's events as an Atom feed (RFC 4287), newest report first.

Ids are name-based UUID URNs of the page URLs they stand for (`urn:uuid:`, RFC 4122 version 5),
so they never change while the site's base_url and the event ids stay. Every time in the feed
comes from the data: an entry was published with its first report and updated with its latest;
the feed was updated with its newest entry. A reader is never told of a change the clock made.
"""

from __future__ import annotations

import hashlib
import uuid
import xml.etree.ElementTree as ET
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


def urn(url: str) -> str:
    """f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}", without building UUID objects (a
    feed names every event of its topic)."""
    digest = bytearray(hashlib.sha1(_URL_NAMESPACE + url.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"urn:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_URL_NAMESPACE = uuid.NAMESPACE_URL.bytes


@lru_cache(maxsize=65536)  # every entry is stamped twice, and reports share publication times
def stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _published(event: Event) -> datetime:
    return min((m.published for m in event.sources), default=EPOCH)


def _updated(event: Event) -> datetime:
    return max((m.published for m in event.sources), default=EPOCH)


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs) -> ET.Element:
    child = ET.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        child.text = text
    return child


def topic_feed(site: SiteConfig, topic: Topic, events: list[Event],
               slides: dict | None = None) -> bytes:
    """The feed; `slides` may hold the TimelineJS slides of its events, by id(event)."""
    slides = slides or {}
    lang = site.default_lang
    page = absolute(site, f"{topic.slug}/index.html")
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": lang})
    _add(feed, "id", urn(page))
    _add(feed, "title", f"{topic.title} – {site.title}")
    if topic.description:
        _add(feed, "subtitle", topic.description)
    updated = {id(e): _updated(e) for e in events}
    _add(feed, "updated", stamp(max(updated.values(), default=EPOCH)))
    author = _add(feed, "author")
    _add(author, "name", site.title)
    _add(author, "uri", site.base_url)
    _add(feed, "link", rel="self", type="application/atom+xml",
         href=absolute(site, f"{topic.slug}/feed.xml"))
    _add(feed, "link", rel="alternate", type="text/html", href=page)
    _add(feed, "generator", "newsline")
    newest_first = sorted(events, key=lambda e: (updated[id(e)], e.start, e.id), reverse=True)
    for event in newest_first:
        entry = _add(feed, "entry")
        link = f"{page}#event-{event.id}"
        _add(entry, "id", urn(link))
        _add(entry, "title", f"{event_label(event, lang)}: {plain_text(event.text)}")
        _add(entry, "link", rel="alternate", type="text/html", href=link)
        _add(entry, "published", stamp(_published(event)))
        _add(entry, "updated", stamp(updated[id(event)]))
        for source in sorted({m.source for m in event.sources}):
            _add(entry, "contributor").append(_name(source))
        made = slides.get(id(event)) or slide(site, topic, event, lang)
        _add(entry, "content", made["text"]["text"], type="html")
        _add(entry, "summary", escape(plain_text(event.text), quote=False), type="html")
    ET.indent(feed)
    # serialised to text, then encoded: the same bytes as encoding="utf-8", without a codec
    # call per piece
    text = ET.tostring(feed, encoding="unicode")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + text.encode("utf-8") + b"\n"


def _name(text: str) -> ET.Element:
    name = ET.Element("name")
    name.text = text
    return name
