"""The exports' hand-written encoders give exactly what the standard library would."""

import json
import uuid

from hypothesis import given, settings, strategies as st

import newsline.render  # noqa: F401 - newsline.exports is imported through the renderer
from newsline.export import indented_json
from newsline.exports.atom import urn

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30)


@settings(max_examples=800, deadline=None)
@given(JSON)
def test_indented_json_is_json_dumps_with_indent_and_sorted_keys(value):
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2,
                                              sort_keys=True)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_feed_ids_are_uuid5_of_the_url(url):
    assert urn(url) == f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}"


def test_a_known_feed_id():
    page = "https://example.org/newsline/hafen/index.html"
    assert urn(page) == f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, page)}"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_a_slide_with_its_group_put_in_is_the_slide_written_whole(group):
    from dataclasses import replace

    import render_sample as sample

    from newsline.export import LIST_ITEM_DEPTH, json_at
    from newsline.exports.timelinejs import groupless_json, slide, with_group

    site = sample.site()
    topic = replace(site.topics[0], title=group)
    for event in sample.events() + [replace(sample.events()[0], text=f'x\n      "start_date": {group}')]:
        made = slide(site, topic, event, "de")
        assert with_group(groupless_json(made), group) == json_at(made, LIST_ITEM_DEPTH)


def test_exports_of_shared_slides_and_entries_are_each_topics_own():
    """site_exports makes an event's slide and feed lines once for all its topics: the files
    are those made topic by topic, each from scratch."""
    import render_sample as sample

    from newsline.exports import site_exports, topic_events
    from newsline.exports.atom import topic_feed
    from newsline.exports.timelinejs import timeline_json

    site, events = sample.site(title='Stadt <&> "am" Fluss'), sample.events()
    files = site_exports(site, sample.articles(), events)
    for topic in site.topics:
        mine = topic_events(events, topic.slug)
        assert mine
        assert files[f"{topic.slug}/timeline.json"] == timeline_json(site, topic, mine)
        assert files[f"{topic.slug}/feed.xml"] == topic_feed(site, topic, mine)


@settings(max_examples=300, deadline=None)
@given(st.lists(JSON, max_size=4), st.dictionaries(st.sampled_from(["version", "title", "zz"]),
                                                   JSON, max_size=2))
def test_documents_joined_from_their_items_bytes_are_json_dumps(items, document):
    from newsline.export import LIST_ITEM_DEPTH, document_bytes, json_at

    texts = [json_at(item, LIST_ITEM_DEPTH) for item in items]
    assert document_bytes(document, "events", texts) == (json.dumps(
        {**document, "events": items}, ensure_ascii=False, indent=2, sort_keys=True)
        + "\n").encode()


def test_an_edit_makes_again_only_the_timelines_of_its_events_topics(tmp_path):
    """Each topic's timeline.json is kept by its own events: a changed sentence of an event of
    one topic makes that topic's timeline again (and the feeds and sitemap, which read every
    event), the other topic's comes from the cache; every file is what a render from scratch
    writes."""
    from dataclasses import replace

    import render_sample as sample

    from newsline.cache import Cache
    from newsline.incremental import PageMemo
    from newsline.render import site_files
    from newsline.render.pages import theme_dirs

    site, articles = sample.site(), sample.articles()

    def render(events):
        memo = PageMemo(Cache.under(tmp_path, "pages"), PageMemo.version_of(site, theme_dirs(site)))
        files = dict(site_files(site, articles, events, memo, "events.json"))
        memo.pieces.save()
        assert files == dict(site_files(site, articles, events, None, "events.json"))
        return memo

    events = sample.events()
    assert {"bruecke/timeline.json", "hafen/timeline.json"} <= set(render(events).rendered)
    [only_bridge] = [e for e in events if e.topics == ("bruecke",)][:1]
    changed = [replace(e, text=e.text + " Neu.") if e is only_bridge else e for e in events]
    again = render(changed)
    assert {"bruecke/timeline.json", "exports", "events.json"} <= set(again.rendered)
    assert "hafen/timeline.json" in again.reused and "hafen/timeline.json" not in again.rendered


@settings(max_examples=200, deadline=None)
@given(st.lists(JSON, max_size=9), st.integers(min_value=1, max_value=4))
def test_a_document_written_in_parts_is_json_dumps_whatever_the_part_size(items, size):
    """document_parts joins its items a few at a time per part: the parts together are the
    document json.dumps writes, however many items a part holds, as often as they are read."""
    import newsline.export as export

    texts = [export.json_at(item, export.LIST_ITEM_DEPTH) for item in items]
    whole = (json.dumps({"version": 2, "events": items}, ensure_ascii=False, indent=2,
                        sort_keys=True) + "\n").encode()
    kept = export.PART_ITEMS
    export.PART_ITEMS = size
    try:
        parts = export.document_parts({"version": 2}, "events", texts)
        assert b"".join(parts) == whole == bytes(parts)
        assert len(list(parts)) == (1 if not items else 2 + -(-len(items) // size))
    finally:
        export.PART_ITEMS = kept


def test_an_events_text_is_its_json_written_whole_for_odd_members_too():
    """event_text writes an event's sources member by member: the same text as json_at of
    event_json, also for members of other types than the model's (they take the general way),
    no or several sources, related spans, missing url and anchor, text that needs escaping."""
    from dataclasses import replace

    import render_sample as sample

    from newsline.export import LIST_ITEM_DEPTH, event_json, event_text, json_at

    base = sample.events()[0]
    m = base.sources[0]
    odd_sources = [
        replace(m, url=None, anchor=None, related=()),
        replace(m, anchor="2024-04-30", related=((1, 5), (7, 9)), title='Er sagte: "Nein" \\ \n'),
        replace(m, span=(True, 3)),            # a bool where an int belongs
        replace(m, sentence_span=[2, 40]),     # a list where a tuple belongs
        replace(m, value=None, event_id=None),  # None where a str belongs
        replace(m, related=((1, 2.5),)),       # a float in a span
    ]
    events = [replace(base, sources=[]), replace(base, sources=[m] + odd_sources)] + \
        [replace(base, sources=[source]) for source in odd_sources] + sample.events()
    for event in events:
        for depth in (LIST_ITEM_DEPTH, 0, 3):
            assert event_text(event, depth) == json_at(event_json(event), depth)
