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
