"""The sitemap and the feeds are kept from build to build by what they show: an edit that
changes neither is not made again, and any change of what they show is (the site is then the
one rendered from scratch)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import render_sample as sample

from newsline.cache import Cache
from newsline.incremental import PageMemo
from newsline.render import site_files
from newsline.render.pages import theme_dirs


def _site():
    # two entries per feed: the harbour report's two newest events, published after the
    # council's, in both feeds; three events per list page: 2024 is split into months
    return sample.site(feed_max_items=2, events_per_page=3)


def _render(tmp_path, site, events):
    memo = PageMemo(Cache.under(tmp_path, "pages"), PageMemo.version_of(site, theme_dirs(site)))
    files = {path: bytes(data) for path, data in site_files(
        site, sample.articles(), events, memo, "events.json")}
    memo.pieces.save()
    cold = {path: bytes(data) for path, data in site_files(
        site, sample.articles(), events, None, "events.json")}
    assert files == cold  # what the kept files give is what a build from scratch makes
    return files, memo


def _feeds(files):
    return {path: data for path, data in files.items() if path.endswith("feed.xml")}


def test_an_event_in_no_feed_changed_makes_neither_the_feeds_nor_the_sitemap(tmp_path):
    site, events = _site(), sample.events()
    first, _ = _render(tmp_path, site, events)
    [council] = [e for e in events if e.id == "brue1"]  # September 2023, in no feed
    changed = [replace(e, text=e.text + " Neu.") if e is council else e for e in events]
    again, memo = _render(tmp_path, site, changed)
    assert again != first
    assert "exports" in memo.reused and "exports" not in memo.rendered
    assert "sitemap.xml" in memo.reused and "sitemap.xml" not in memo.rendered
    assert _feeds(again) == _feeds(first)


def test_an_event_in_a_feed_changed_makes_the_feeds_again(tmp_path):
    site, events = _site(), sample.events()
    first, _ = _render(tmp_path, site, events)
    [harbour] = [e for e in events if e.id == "harb0"]  # 2 May 2024: in both feeds
    changed = [replace(e, text=e.text + " Neu.") if e is harbour else e for e in events]
    again, memo = _render(tmp_path, site, changed)
    assert "exports" in memo.rendered
    assert all(b"Neu." in feed for feed in _feeds(again).values())


def test_a_feed_entry_whose_period_page_moved_is_made_again(tmp_path):
    """Two more events of May 2024 from the council's report (older than the feeds' entries,
    so the feeds choose the same events) split May into two pages: the feeds' entry for 2 May
    now links the first of them."""
    site, events = _site(), sample.events()
    first, _ = _render(tmp_path, site, events)
    assert b"bruecke/events-2024-05.html#event-harb0" in first["bruecke/feed.xml"]
    [council] = [e for e in events if e.id == "brue0"]
    more = [replace(council, id=f"mai{day}", start=date(2024, 5, day), end=date(2024, 5, day))
            for day in (3, 4, 6, 7)]
    again, memo = _render(tmp_path, site, sorted(events + more, key=lambda e: (e.start, e.id)))
    assert "exports" in memo.rendered
    assert b"bruecke/events-2024-05-p1.html#event-harb0" in again["bruecke/feed.xml"]


def test_a_new_period_page_makes_the_sitemap_again(tmp_path):
    site, events = _site(), sample.events()
    first, _ = _render(tmp_path, site, events)
    [council] = [e for e in events if e.id == "brue0"]
    later = replace(council, id="later", start=date(2026, 3, 2), end=date(2026, 3, 2))
    again, memo = _render(tmp_path, site, events + [later])
    assert "sitemap.xml" in memo.rendered
    assert b"events-2026.html" in again["sitemap.xml"] and b"events-2026" not in \
        first["sitemap.xml"]


def test_an_events_slide_is_let_go_once_its_json_is_made_but_for_a_feeds_text():
    """The timelines are made one topic after another: an event of two topics waits for the
    second with its slide's JSON, not the whole slide (nearly three times as big), and an
    event in a feed with the slide's text alone, which its feed entry is made from."""
    from newsline.exports import EventExports
    from newsline.exports.atom import entry_parts
    from newsline.exports.timelinejs import slide

    site = sample.site()
    [quiet, loud] = [replace(e, topics=("bruecke", "hafen")) for e in sample.events()[:2]]
    made = EventExports(site, {id(loud): 1})
    first, second = site.topics
    text = made.slide_text(quiet, first)
    assert made._made[id(quiet)][1] is None  # its JSON waits for the second topic
    made.slide_text(loud, first)
    whole = slide(site, first, loud, site.default_lang)
    assert made._made[id(loud)][1] == {"text": {"text": whole["text"]["text"]}}
    assert made.slide_text(quiet, second) == text.replace(first.title, second.title, 1)
    assert id(quiet) not in made._made
    made.slide_text(loud, second)
    assert made.entry_parts(loud) == entry_parts(site, loud, whole)
    assert id(loud) not in made._made
