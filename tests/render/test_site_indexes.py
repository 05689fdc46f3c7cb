"""The site-wide lookups every build makes before it knows which pages changed (where each
event's period page is, the sitemap's addresses and dates) give what their plain readings give:
one pass over the events each, whatever the events' topics and sources."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import render_sample as sample
from test_paging import spread

from newsline.exports.sitemap import _location, _newest, page_urls
from newsline.render import listing_pages
from newsline.render.paging import listing_index, split_pages


def _reference_page_of(site, listed, events):
    """listing_pages as it was written first: (folder, event id) pairs of listing_index."""
    where = listing_index(listed)
    known = {topic.slug for topic in site.topics}
    page = {}
    for event in events:
        first = next((slug for slug in event.topics if slug in known), "")
        found = where.get((first, event.id))
        if found is not None:
            page[id(event)] = found
    return lambda event: page.get(id(event))


def _reference_urls(site, articles, events, list_pages):
    """page_urls as it was written first: a list of days per topic, each event's newest."""
    newest = [max([m.published.date() for m in e.sources], default=None) for e in events]
    pages = [(site.base_url.rstrip("/") + "/", _newest(newest))]
    of_topic = {topic.slug: [] for topic in site.topics}
    for event, day in zip(events, newest):
        for slug in event.topics:
            if slug in of_topic:
                of_topic[slug].append(day)
    for topic in site.topics:
        pages.append((_location(site, f"{topic.slug}/index.html"), _newest(of_topic[topic.slug])))
    newest_of = {id(e): day for e, day in zip(events, newest)}
    for path, listed in list_pages:
        pages.append((_location(site, path), _newest([newest_of[id(e)] for e in listed])))
    for article in sorted(articles, key=lambda a: a.slug):
        pages.append((_location(site, f"articles/{article.slug}/index.html"),
                      article.date.date().isoformat()))
    return pages


def _mixed_events():
    """Events of one, two and no topics, of a topic the site does not have, topics as a list,
    with one source, several (published on other days) and none."""
    events = spread(60, date(2021, 3, 1), 11)
    slugs = [t.slug for t in sample.site().topics]
    out = []
    for i, event in enumerate(events):
        topics = [(), (slugs[0],), (slugs[-1], slugs[0]), ("unbekannt", slugs[-1]),
                  ("unbekannt",), [slugs[0]]][i % 6]
        sources = list(event.sources)
        if i % 7 == 3:
            later = datetime(2025, 1, 1 + i % 20, 9, tzinfo=timezone(timedelta(hours=1)))
            sources = sources + [replace(sources[0], slug=f"spaeter-{i}", published=later)]
        elif i % 9 == 4:
            sources = []
        out.append(replace(event, topics=topics, sources=sources))
    return out


def _listed(site, events, size):
    listed = [(page.file, page.events) for page in split_pages(events, size)]
    for topic in site.topics:
        mine = [e for e in events if topic.slug in e.topics]
        listed += [(f"{topic.slug}/{page.file}", page.events) for page in split_pages(mine, size)]
    return listed


def test_each_event_links_the_period_page_of_its_first_topic_of_the_site():
    site = sample.site(events_per_page=5)
    events = _mixed_events()
    listed = _listed(site, events, 5)
    assert len(listed) > 10
    page_of, reference = listing_pages(site, listed, events), _reference_page_of(
        site, listed, events)
    found = [page_of(event) for event in events]
    assert found == [reference(event) for event in events]
    assert None not in found  # every event is on its first topic's page or the overview's
    topics = {t.slug for t in site.topics}
    for event, path in zip(events, found):
        first = next((slug for slug in event.topics if slug in topics), None)
        assert path.rpartition("/")[0] == (first or "")
        assert event.id in [e.id for p, listed_events in listed if p == path
                            for e in listed_events]


def test_no_split_list_links_no_period_page():
    site = sample.site()
    events = _mixed_events()
    page_of = listing_pages(site, _listed(site, events, 1000), events)
    assert [page_of(event) for event in events] == [None] * len(events)


def test_the_sitemap_lists_each_page_with_its_newest_publication():
    site = sample.site(events_per_page=5)
    events = _mixed_events()
    articles = [t.article for t in sample.articles()]
    listed = _listed(site, events, 5)
    urls = page_urls(site, articles, events, listed)
    assert urls == _reference_urls(site, articles, events, listed)
    # a topic's date is its events' newest source, wherever they are listed
    slug = site.topics[0].slug
    days = [m.published.date() for e in events if slug in e.topics for m in e.sources]
    assert dict(urls)[f"https://example.org/newsline/{slug}/"] == max(days).isoformat()
    # no events at all: no date for the overview and the topics
    empty = page_urls(site, articles, [], [])
    assert empty == _reference_urls(site, articles, [], [])
    assert empty[0][1] is None
