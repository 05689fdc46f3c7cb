"""The render stage's shortcuts give the bytes of the long way: list entries written without the
macro, feeds without ElementTree, and pages joined from per-event pieces kept across builds."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date

import pytest
import render_sample as sample

from newsline.cache import Cache
from newsline.exports.atom import ATOM
from newsline.incremental import PageMemo, PieceStore
from newsline.model import Correction, Event
from newsline.render import render_site, site_files
from newsline.render.event_items import ROOT, EventItems
from newsline.render.item_html import event_item_html
from newsline.render.pages import make_env, theme_dirs
from newsline.render.strings import strings_for
from newsline.render.views import event_view

HOSTILE = 'Blatt </b><script>x</script> & "quoted" \'single\''


def variants() -> list[Event]:
    """The sample's events and every branch of an entry: each badge, editors' notes, several
    sources with and without a link to the original, no topic, text that needs escaping."""
    base = sample.events()
    first, second = base[0], base[1]
    two_sources = first.sources + [replace(second.sources[0], url=None, source=HOSTILE)]
    return base + [
        replace(first, id="note", date_note="Die Quellen nennen 2023-09 und 2023-10 & mehr"),
        replace(first, id="fixed", correction=Correction(date(2023, 9, 1), date(2023, 9, 30),
                                                         "month", "Laut <Protokoll> im Mai")),
        replace(first, id="fixed-silent", correction=Correction(
            date(2023, 9, 1), date(2023, 9, 30), "month", "")),
        replace(first, id="by-hand", by_hand=True, correction=Correction(
            first.start, first.end, first.granularity, 'Nachgetragen "von Hand"')),
        replace(first, id="by-hand-silent", by_hand=True),
        replace(first, id="planned", planned=True, approximate=True),
        replace(first, id="two", sources=two_sources, topics=()),
        replace(second, id="odd-topic", topics=("bruecke", "unknown")),
        replace(second, id="hostile", text=f"{HOSTILE} am 2. Mai 2024."),
    ]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("root", [ROOT, "../"])
def test_item_html_writes_what_the_default_macro_renders(lang, root):
    site = sample.site()
    macro = make_env(site).get_template("_macros.html").module.event_item
    for event in variants():
        view = event_view(event, site, lang, root)
        assert event_item_html(view, strings_for(lang)) == str(macro(view, strings_for(lang))), \
            event.id


def test_a_theme_with_its_own_macro_gets_its_macro(tmp_path):
    templates = tmp_path / "theme" / "templates"
    templates.mkdir(parents=True)
    (templates / "_macros.html").write_text(
        (sample.REPO / "theme" / "templates" / "_macros.html").read_text("utf-8").replace(
            '<li id="{{ ev.dom_id }}"', '<li data-own="1" id="{{ ev.dom_id }}"'), "utf-8")
    own = render_site(sample.site(root=tmp_path), sample.articles(), sample.events())
    assert own["index.html"].count(b'<li data-own="1" id="event-') == len(sample.events())


def test_feeds_are_what_elementtree_writes():
    """Parsed and written again by ElementTree, each feed is the same text."""
    site = sample.site(title="Stadt <&> \"am\" Fluss")
    events = variants()
    files = render_site(site, sample.articles(), events)
    ET.register_namespace("", ATOM)
    for topic in site.topics:
        text = files[f"{topic.slug}/feed.xml"].decode("utf-8")
        head, body = text.split("\n", 1)
        assert head == '<?xml version="1.0" encoding="utf-8"?>'
        assert ET.tostring(ET.fromstring(body), encoding="unicode") + "\n" == body
        assert body.count("<entry>") == sum(topic.slug in e.topics for e in events)


def memo(tmp_path, site) -> PageMemo:
    return PageMemo(Cache.under(tmp_path, "pages"), PageMemo.version_of(site, theme_dirs(site)))


def render_with(memo_, site, articles, events) -> dict[str, bytes]:
    files = dict(site_files(site, articles, events, memo_, "events.json"))
    memo_.pieces.save()
    return files


def test_pages_joined_from_kept_pieces_are_the_pages_rendered_whole(tmp_path):
    site, articles, events = sample.site(), sample.articles(), variants()
    whole = dict(site_files(site, articles, events, None, "events.json"))
    cold = memo(tmp_path, site)
    assert render_with(cold, site, articles, events) == whole
    assert cold.pieces.made > 0

    # one event's sentence changes: only its pieces are made again, the pages are the same
    # as when everything is rendered from scratch
    changed = [replace(e, text=e.text + " Geändert.") if e.id == "note" else e
               for e in variants()]
    warm = memo(tmp_path, site)
    again = render_with(warm, site, articles, changed)
    assert again == dict(site_files(site, articles, changed, None, "events.json"))
    assert again != whole and "Geändert." in again["index.html"].decode()
    # its entry in the site's language (overview, topics) and in its articles', its JSON, and
    # per topic a slide (feed entries are few and made each time: no pieces)
    [note] = [e for e in changed if e.id == "note"]
    langs = {site.default_lang} | {m.lang for m in note.sources}
    topics = [t for t in site.topics if t.slug in note.topics]
    assert warm.pieces.made == len(langs) + 1 + len(topics)
    assert set(warm.rendered) >= {"index.html", "exports", "events.json"}


def test_a_damaged_piece_entry_is_made_again(tmp_path):
    site, articles, events = sample.site(), sample.articles(), variants()
    render_with(memo(tmp_path, site), site, articles, events)
    kept = sorted(p for p in (tmp_path / ".cache" / "pages").rglob("*") if p.is_file())
    for path in kept:
        path.write_bytes(b"\x80\x05 not a pickle")
    again = memo(tmp_path, site)
    assert render_with(again, site, articles, events) == dict(
        site_files(site, articles, events, None, "events.json"))
    assert again.cache.damaged >= len(kept) - 1  # the list of kinds is read once, at the end
    assert again.pieces.made > 0 and again.rendered


def test_pieces_of_events_gone_are_dropped(tmp_path):
    store = PieceStore(Cache.under(tmp_path, "pages"), "v1")
    events = variants()
    store.site_events(events)
    for event in events:
        store.piece("json", event, lambda event=event: event.id)
    store.save()

    later = PieceStore(Cache.under(tmp_path, "pages"), "v1")
    later.site_events(events[:3])
    assert [later.piece("json", e, lambda: "made") for e in events[:1]] == [events[0].id]
    later.save()
    last = PieceStore(Cache.under(tmp_path, "pages"), "v1")
    assert [last.piece("json", e, lambda: "made") for e in events[:4]] == \
        [e.id for e in events[:3]] + ["made"]


def test_an_event_holding_the_placeholder_is_rendered_per_page(tmp_path):
    site, articles = sample.site(), sample.articles()
    events = sample.events()
    events[0] = replace(events[0], text="Ein \x00root\x00 Satz am 30. April 2024.")
    whole = dict(site_files(site, articles, events, None, "events.json"))
    for _ in range(2):  # cold, then from the kept pieces
        assert render_with(memo(tmp_path, site), site, articles, events) == whole
    items = EventItems(make_env(site), site, PieceStore(Cache(None), ""))
    assert "../" in items.item(events[0], "de", "../") + items.item(events[1], "de", "../")


def test_pieces_a_build_did_not_need_outlive_the_cache_pruning(tmp_path):
    """A rebuild that renders no list page (an edit outside any dated sentence) loads no
    pieces; pruning the cache afterwards must not cost the next rebuild all of them."""
    events = variants()
    first = PieceStore(Cache.under(tmp_path, "pages"), "v1")
    for event in events:
        first.piece("item-de", event, lambda event=event: event.id)
    first.save()

    idle = Cache.under(tmp_path, "pages")
    PieceStore(idle, "v1").save()
    assert idle.prune() == 0

    later = PieceStore(Cache.under(tmp_path, "pages"), "v1")
    assert [later.piece("item-de", e, lambda: "made") for e in events] == [e.id for e in events]
    assert later.made == 0


def test_event_lists_put_in_after_the_template_are_the_lists_it_renders(monkeypatch):
    """Pages whose event list is put in after rendering are those the template renders with
    the list in it, also where an event or an article holds a NUL of its own."""
    import newsline.render.pages as pages

    site, articles = sample.site(), sample.articles()
    events = variants() + [replace(sample.events()[2], id="nul", text="Am \x00events\x00 Mai.")]
    for listed in (variants(), events):
        spliced = render_site(site, articles, listed)
        monkeypatch.setattr(pages, "_own_template", lambda env, name: False)
        assert render_site(site, articles, listed) == spliced
        monkeypatch.undo()


def test_page_keys_of_article_lists_follow_every_article(tmp_path):
    """A list of articles is keyed by its contents: equal lists (other objects) give the same
    key, one changed article another; so is any other list."""
    site, events = sample.site(), sample.events()
    keys = memo(tmp_path, site).key, memo(tmp_path, site).key
    articles = sample.articles()
    assert keys[0]("index.html", (articles, events)) == \
        keys[1]("index.html", (sample.articles(), sample.events()))
    edited = [replace(articles[0], article=replace(articles[0].article, title="Neu"))] \
        + articles[1:]
    assert keys[1]("index.html", (edited, events)) != keys[0]("index.html", (articles, events))
    assert keys[0]("x", ([1, 2],)) != keys[0]("x", ([1, 3],))


def test_kinds_stored_during_a_build_are_kept_and_read_back(tmp_path):
    """store() writes a kind and lets it go mid-build: asked for again it is read back, the
    save at the end keeps it (also through pruning), and the next build makes none of it."""
    events = variants()
    cache = Cache.under(tmp_path, "pages")
    first = PieceStore(cache, "v1")
    first.site_events(events)
    assert first.texts("item-de", events, lambda e: e.id) == [e.id for e in events]
    first.store(first.kinds("item-"))
    assert first.kinds("item-") == []
    assert first.texts("item-de", events[:2], lambda e: "made") == [e.id for e in events[:2]]
    assert first.texts("json", events, lambda e: "j" + e.id)[0] == "j" + events[0].id
    first.save()
    assert cache.prune() == 0

    later = PieceStore(Cache.under(tmp_path, "pages"), "v1")
    assert later.texts("item-de", events, lambda e: "made") == [e.id for e in events]
    assert later.texts("json", events, lambda e: "made") == ["j" + e.id for e in events]
    assert later.made == 0


def test_an_empty_list_reads_no_pieces(tmp_path):
    """A page that lists no events (an article without any) does not read its kind's shards:
    on a large site they are a hundred megabytes, read for nothing when only that page changed."""
    cache = Cache.under(tmp_path, "pages")
    store = PieceStore(cache, "v1")
    misses = cache.misses
    assert store.texts("item-de", [], lambda e: "made") == []
    assert cache.misses == misses and store.kinds("") == []


def test_a_pages_list_as_utf8_parts_is_its_markup(monkeypatch):
    """encoded() joins, prefixes and encodes the entries a few at a time: whatever the size of
    the parts, and with an entry rendered per page among them, the bytes are the list's."""
    import newsline.render.event_items as event_items

    site = sample.site()
    events = variants() + [replace(sample.events()[0], id="own", text="Ein \x00root\x00 Satz.")]
    items = EventItems(make_env(site), site)
    for size in (1, 2, 3, 256):
        monkeypatch.setattr(event_items, "ENTRIES_PER_PART", size)
        for root in ("../", "../../"):
            parts = items.encoded(events, "de", root)
            assert len(parts) == -(-len(events) // size)
            assert b"".join(parts) == str(items.html(events, "de", root)).encode("utf-8")
