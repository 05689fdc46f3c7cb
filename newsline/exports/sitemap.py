"""`sitemap.xml`: every page of the site as an absolute URL under site.base_url.

Each page is listed by the address its own `<link rel="canonical">` gives (a folder's page as
the folder, `…/articles/<slug>/`): a crawler should meet one address per page, not two.

lastmod is the newest publication among what a page shows (an article page: the article's own),
so it moves only when content does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from operator import attrgetter

from newsline.config import SiteConfig
from newsline.exports.timelinejs import absolute
from newsline.model import Article, Event

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
_SOURCES = attrgetter("sources")
_TOPICS = attrgetter("topics")


def _location(site: SiteConfig, path: str) -> str:
    """The canonical address of the page at `path` (see newsline.render.pages.canonical)."""
    return absolute(site, path[: -len("index.html")] if path.endswith("index.html") else path)


def _newest(newest: list) -> str | None:
    dates = [day for day in newest if day is not None]
    return max(dates).isoformat() if dates else None


def page_urls(site: SiteConfig, articles: list[Article], events: list[Event],
              list_pages=()) -> list[tuple[str, str | None]]:
    """(absolute URL, lastmod or None) of every page, overview first, then topics, then the
    period pages of split event lists ((relative path, its events) in `list_pages`), then
    articles."""
    # each event's newest publication day, found once for the overview and all its topics
    # (most events have one source: its day, without a list to take the max of)
    newest = [(sources[0].published.date() if len(sources) == 1 else
               max([m.published.date() for m in sources], default=None))
              for sources in map(_SOURCES, events)]
    # the newest day of the events of each set of topics (most events share their topics
    # with many others), then of each topic: one pass over the events, not one per topic
    by_topics: dict[tuple, object] = {}
    for topics, day in zip(map(_TOPICS, events), newest):
        if day is not None:
            if type(topics) is not tuple:
                topics = tuple(topics)
            known = by_topics.get(topics)
            if known is None or day > known:
                by_topics[topics] = day
    pages = [(site.base_url.rstrip("/") + "/", _newest(list(by_topics.values())))]
    of_topic: dict[str, list] = {topic.slug: [] for topic in site.topics}
    for topics, day in by_topics.items():
        for slug in topics:
            if slug in of_topic:
                of_topic[slug].append(day)
    for topic in site.topics:
        pages.append((_location(site, f"{topic.slug}/index.html"), _newest(of_topic[topic.slug])))
    newest_of = dict(zip(map(id, events), newest)) if list_pages else {}
    for path, listed in list_pages:
        pages.append((_location(site, path), _newest(list(map(newest_of.__getitem__,
                                                              map(id, listed))))))
    for article in sorted(articles, key=lambda a: a.slug):
        pages.append((_location(site, f"articles/{article.slug}/index.html"),
                      article.date.date().isoformat()))
    return pages


def sitemap_of(urls: list[tuple[str, str | None]]) -> bytes:
    """The sitemap of page_urls' (address, lastmod): all that its bytes depend on."""
    urlset = ET.Element("urlset", {"xmlns": NAMESPACE})
    for loc, lastmod in urls:
        url = ET.SubElement(urlset, "url")
        ET.SubElement(url, "loc").text = loc
        if lastmod:
            ET.SubElement(url, "lastmod").text = lastmod
    ET.indent(urlset)
    # serialised to text, then encoded: the same bytes as encoding="utf-8", without a codec
    # call per piece
    text = ET.tostring(urlset, encoding="unicode")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + text.encode("utf-8") + b"\n"
