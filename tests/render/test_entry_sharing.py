"""An event listed in two languages shares the language-free part of its view, and an entry
written by item_html is checked for NULs of its own by counting them: both give the entries
of the long way (event_view for each language, _holds_placeholder on every text)."""

from __future__ import annotations

from dataclasses import replace

import pytest
import render_sample as sample
from test_render_pieces import variants

from newsline.model import Correction
from newsline.render.event_items import OWN_ROOT, ROOT, EventItems, _holds_placeholder
from newsline.render.pages import make_env
from newsline.render.views import event_view, in_language


@pytest.mark.parametrize("first, second", [("de", "en"), ("en", "de"), ("de", "de")])
def test_a_view_in_another_language_is_the_view_made_for_it(first, second):
    site = sample.site()
    for event in variants() + [replace(variants()[0], id="alone", sources=[])]:
        for root in (ROOT, "../../"):
            made = in_language(event_view(event, site, first, root), event, second)
            assert made == event_view(event, site, second, root), event.id


def nul_variants():
    event = sample.events()[0]
    mention = event.sources[0]
    return [
        replace(event, id="editor", by_hand=True, correction=Correction(
            event.start, event.end, event.granularity, "von\x00 Hand")),
        replace(event, id="note", date_note="a\x00b"),
        replace(event, id="placeholder", sources=[replace(mention, title=f"Titel {ROOT}")]),
        replace(event, id="outlet", sources=[replace(mention, source="\x00")]),
        replace(event, id="url", sources=[replace(mention, url="https://x.org/\x00")]),
    ]


def test_an_entry_with_a_nul_of_its_own_is_rendered_for_each_page():
    site = sample.site()
    nul_topic = replace(site, topics=(replace(site.topics[0], title="Brü\x00cke"),
                                      *site.topics[1:]))
    env = make_env(site)
    cases = [(site, e) for e in nul_variants()] + [(nul_topic, sample.events()[0])]
    for where, event in cases:
        items = EventItems(env, where)
        items.html(sample.events()[:1], "de", "../")  # checks item_html against the macro
        assert items._direct is True
        assert _holds_placeholder(event_view(event, where, "de", ROOT))
        assert items._with_placeholder(event, "de") == OWN_ROOT, event.id
        expected = items.entry(event_view(event, where, "de", "../"), "de")
        assert str(items.html([event], "de", "../")) == expected
        assert ROOT in expected if event.id == "placeholder" else "../articles/" in expected


def test_entries_without_nuls_take_the_placeholder():
    site = sample.site()
    items = EventItems(make_env(site), site)
    items.html(sample.events()[:1], "de", "../")
    for event in variants():
        for lang in ("de", "en"):
            text = items._with_placeholder(event, lang)
            assert text != OWN_ROOT and text.count(ROOT) == \
                len(event.sources) + sum(t.slug in event.topics for t in site.topics)
            assert text.replace(ROOT, "../") == items.entry(
                event_view(event, site, lang, "../"), lang)
