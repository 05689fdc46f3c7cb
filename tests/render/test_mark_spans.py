"""mark_spans' one pass gives what fencing and replacing span by span gives, whatever the text."""

from hypothesis import given, settings, strategies as st

from newsline.render.markup import (_SENTINEL, _fences_to_tags, _to_html, mark_spans)

_OPEN, _CLOSE = 0xF0000, 0x100000
TEXT = "ab cä 1.,*_`[]()<>&#-\n\t|!\\\"'" + "\U000F0001\U00100001"


def span_by_span(source: str, spans) -> str:
    """Each span's fences put in from the last span to the first, then replaced one by one."""
    text = _SENTINEL.sub("\ufffd", source)
    for i, (start, end, *_) in sorted(enumerate(spans), key=lambda p: -p[1][0]):
        text = text[:start] + chr(_OPEN + i) + text[start:end] + chr(_CLOSE + i) + text[end:]
    return _fences_to_tags(_to_html(text), spans)


@st.composite
def text_and_spans(draw):
    text = draw(st.text(alphabet=TEXT, max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans = []
    for i in range(0, len(cuts) - 1, 2):
        tag = draw(st.sampled_from(['<mark class="timex">', "<mark>", "<b \U000F0000>"]))
        close = draw(st.sampled_from([(), ("</mark><a>↗</a>",)]))
        spans.append((cuts[i], cuts[i + 1], tag) + close)
    if draw(st.booleans()) and spans:  # now and then out of order or overlapping
        spans.append(draw(st.sampled_from(spans)))
    return text, spans


@settings(max_examples=2000, deadline=None)
@given(text_and_spans())
def test_one_pass_is_span_by_span(case):
    text, spans = case
    assert mark_spans(text, spans) == span_by_span(text, spans)


def test_spans_across_markdown_syntax():
    text = "Am **3. März** und [am 4. März](http://x) sowie `5. März`, dann 6. März."
    spans = [(5, 13, "<mark>"), (20, 30, "<mark>"), (36, 44, "<mark>"), (59, 66, "<mark>")]
    assert mark_spans(text, spans) == span_by_span(text, spans)
    assert mark_spans(text, spans).count("<mark>") == 4
