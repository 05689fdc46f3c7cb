"""mark_spans' one pass gives what fencing and replacing span by span gives, whatever the text;
an event's sentence that is plain text is marked as Markdown would have it."""

from hypothesis import given, settings, strategies as st

from newsline.render.markup import (_SENTINEL, _fences_to_tags, _keep_inline, _to_html,
                                    _unwrap_paragraph, mark_spans, render_sentence)

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


# words and the punctuation of news, some Markdown syntax, block markers, spaces and newlines
SENTENCE = "ab cä Z 1 2.,;:!?%/()\u2013\u201e\u201c\"'-+*#>_`[]<&\n\t" + "\U000F0001"
PLAIN = "abcäZ12.,;:!?%/()\u2013\u201e\u201c\"'-+"


def through_markdown(text: str, span) -> str:
    """render_sentence as it was before plain sentences were written directly."""
    text, span = _keep_inline(text, span)
    spans = [(span[0], span[1], "<mark>")] if span and 0 <= span[0] < span[1] <= len(text) else []
    return _unwrap_paragraph(mark_spans(text, spans))


@st.composite
def sentence_and_span(draw):
    alphabet = SENTENCE if draw(st.booleans()) else PLAIN  # plain half the time
    words = draw(st.lists(st.text(alphabet=alphabet, min_size=1, max_size=9), max_size=10))
    text = draw(st.sampled_from([" ", "  ", "\n", ". "])).join(words) if draw(st.booleans()) \
        else " ".join(words)
    if not draw(st.booleans()):
        return text, None
    start = draw(st.integers(-1, len(text)))
    return text, (start, draw(st.integers(start - 1, len(text) + 1)))


@settings(max_examples=3000, deadline=None)
@given(sentence_and_span())
def test_sentences_are_marked_as_markdown_marks_them(case):
    text, span = case
    render_sentence.cache_clear()
    assert render_sentence(text, span) == through_markdown(text, span)


def test_plain_sentences_as_news_writes_them():
    for text, span in (("Am 30. April 2024 beschloss der Rat (einstimmig) den Bau.", (3, 16)),
                       ("„Ab Mai“, sagte sie, „gilt der Plan – 2024 sicher.“", (1, 7)),
                       ("1. Mai: die Demo zog durch die Stadt.", (0, 6)),
                       ("Seit 2022 steigen die Preise um 5 %.", None)):
        assert render_sentence(text, span) == through_markdown(text, span)


def test_an_article_body_is_converted_without_being_remembered():
    """A body is converted once per render (its article's page), so its HTML is not kept in
    the cache that sentences share; the page says what mark_spans says of it when kept."""
    import render_sample as sample

    from newsline.render.markup import markable, render_body, timex_tag

    for tagged in sample.articles():
        _to_html.cache_clear()
        html = render_body(tagged)
        assert _to_html.cache_info().currsize == 0
        body, lang = tagged.article.body, tagged.article.lang
        spans = [(tx.start, tx.end, timex_tag(tx, lang)) for tx in markable(tagged.timexes, body)]
        assert spans and html == mark_spans(body, spans) and 'class="timex"' in html
    render_sentence.cache_clear()
    _to_html.cache_clear()
    render_sentence("Im Mai beginnt der Bau der Brücke (*wohl*).", (3, 6))  # markup: converted
    assert _to_html.cache_info().currsize == 1
