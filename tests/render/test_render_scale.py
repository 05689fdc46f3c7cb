"""Work the render does once per event stays once per event on a large site: the stores that
keep it are sized to the site, not to a fixed count that a large site's events outnumber."""

from __future__ import annotations

from collections import Counter

import render_sample as sample

import newsline.render.hover as hover
from newsline.render import site_files
from newsline.render.markup import plain_text

# events of the 10,000-article bench site (scripts/bench_corpus.py), each asked for by several
# pages: a least-recently-used cache smaller than this misses on nearly every one of them
BENCH_10K_EVENTS = 75_178


def test_each_hover_row_is_made_once_when_the_site_outnumbers_the_default_store(monkeypatch):
    made = Counter()
    row = hover.hover_row

    def counted(event, lang):
        made[event.id, lang] += 1
        return row(event, lang)

    monkeypatch.setattr(hover, "hover_row", counted)
    # a default store of two rows, far fewer than the sample's events and languages
    monkeypatch.setattr(hover, "KEPT_ROWS", 2)
    monkeypatch.setattr(hover.HoverRows.__init__, "__defaults__", (2,))
    site, articles, events = sample.site(), sample.articles(), sample.events()
    whole = dict(site_files(site, articles, events, None, "events.json"))
    assert len(made) > 2
    assert max(made.values()) == 1, made.most_common(3)
    monkeypatch.undo()
    assert dict(site_files(site, articles, events, None, "events.json")) == whole


def test_site_rows_keeps_every_event_and_article_in_each_language():
    assert hover.site_rows(75_178, 10_000, 2) >= 2 * (75_178 + 10_000)
    assert hover.site_rows(10, 3, 2) == hover.KEPT_ROWS  # a small site: the store as before
    assert hover.site_rows(0, 0, 0) == hover.KEPT_ROWS


def test_sentence_caches_hold_a_large_sites_sentences():
    assert hover.hover_text.cache_info().maxsize > BENCH_10K_EVENTS
    assert plain_text.cache_info().maxsize > BENCH_10K_EVENTS
