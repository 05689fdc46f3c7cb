"""What the render holds while pages are made: every event's list entry is kept until the last
page listing it is made, as UTF-8, not as text."""

from __future__ import annotations

from dataclasses import replace

import render_sample as sample

from newsline.cache import Cache
from newsline.incremental import PieceStore
from newsline.render.event_items import EventItems
from newsline.render.pages import make_env


def events():
    first = sample.events()[0]
    # an en dash and an umlaut in the sentence: a text of them is two bytes a character
    return sample.events() + [replace(first, id="dash", text="Von 2023–2024 gilt die Änderung.")]


def test_list_entries_are_kept_as_utf8():
    site = sample.site()
    store = PieceStore(Cache(None), "")
    items = EventItems(make_env(site), site, store)
    listed = events()
    html = str(items.html(listed, "de", "../"))
    _, used = store._kinds["item-de"]
    assert len(used) == len(listed)
    assert all(type(text) is bytes for text in used.values())
    # the page is what the entries say, each decoded with the page's prefix put in
    assert b"".join(items.encoded(listed, "de", "../")) == html.encode("utf-8")
    assert "2023–2024" in html


def test_list_entries_kept_as_text_by_an_older_build_are_made_again(tmp_path):
    listed = events()
    older = PieceStore(Cache.under(tmp_path, "pages"), "v1")
    older.site_events(listed)
    older.texts("item-de", listed, lambda e: "text of " + e.id)
    older.save()
    store = PieceStore(Cache.under(tmp_path, "pages"), "v1")
    made = store.texts("item-de", listed, lambda e: e.id.encode(), of=bytes)
    assert made == [e.id.encode() for e in listed] and store.made == len(listed)
    # a kind read as text still is
    again = PieceStore(Cache.under(tmp_path, "pages"), "v1")
    assert again.texts("item-de", listed[:1], lambda e: "made") == ["text of " + listed[0].id]
