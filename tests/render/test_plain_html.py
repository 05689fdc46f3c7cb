"""The plain-paragraph shortcut of markup._to_html gives exactly what Markdown and nh3 give."""

from hypothesis import given, settings, strategies as st

from newsline.render.markup import markdown_html, plain_html

FENCES = "\U000F0003\U00100003"
# the characters the shortcut accepts, and the ones that make Markdown syntax next to them
TRICKY = ("aZäßé1 9.,;:!?'\"%/()…–—„“”‘’«»€$§°+=@-"
          "_*`[]<>&\\|#~\n\t\u00a0\u00ad" + FENCES)


def same_as_markdown(text: str) -> bool:
    fast = plain_html(text)
    return fast is None or fast == markdown_html(text)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=TRICKY, max_size=40))
def test_whatever_the_shortcut_takes_it_renders_as_markdown_would(text):
    assert same_as_markdown(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="abc ÄÖ.,-1\"'(" + FENCES, min_size=1, max_size=30),
                min_size=1, max_size=4))
def test_paragraphs_of_words(paragraphs):
    assert same_as_markdown("\n\n".join(paragraphs))


def test_ordinary_news_text_takes_the_shortcut():
    text = ("Der Rat hat am 3. März 2024 beraten, sagte Eva Morales („ein Erfolg“).\n\n"
            "The council met on Tuesday: a 7% rise, €4 million (see p. 2) – \U000F0000"
            "last week\U00100000.")
    assert plain_html(text) is not None
    assert plain_html(text) == markdown_html(text)


def test_syntax_is_left_to_markdown():
    for text in ("1. Mai war ein Feiertag", "- a list", "a *stressed* word", "a & b",
                 "two  spaces", "line\nbreak", "# heading", "a <b>tag</b>", "a_b", "x\u00a0y",
                 "    code", "a | table", "[link](http://x)", "back\\slash", "trailing "):
        assert plain_html(text) is None, text


def plain_text_through_markdown(text: str) -> str:
    """plain_text's long way: Markdown, every tag dropped by nh3, entities read back."""
    from html import unescape

    import nh3

    from newsline.render.markup import _SENTINEL, _keep_inline

    text, _ = _keep_inline(_SENTINEL.sub("\ufffd", text), None)
    return " ".join(unescape(nh3.clean(markdown_html(text), tags=set())).split())


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=TRICKY, max_size=40))
def test_plain_text_of_plain_paragraphs_is_what_markdown_leaves(text):
    from newsline.render.markup import plain_text

    assert plain_text(text) == plain_text_through_markdown(text)


def test_plain_text_of_news_and_of_markup():
    from newsline.render.markup import plain_text

    for text in ("Der Rat tagte am 3. März 2024 („ein Erfolg“).\n\nThe \"council\" met.",
                 "a *stressed* word & <b>more</b>", "1. Mai war ein Feiertag", "O'Brien's"):
        assert plain_text(text) == plain_text_through_markdown(text), text
    assert plain_text("Der Rat tagte.\n\nDann „nicht“.") == "Der Rat tagte. Dann „nicht“."
