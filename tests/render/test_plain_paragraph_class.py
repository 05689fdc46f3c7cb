"""markup's plain-paragraph test as one repeated character class (and no `_`) accepts exactly
what the per-character alternation it replaced accepted."""

import re

from hypothesis import given, settings, strategies as st

from newsline.render.markup import plain_html

# the pattern before: an alternative per character, `_` excluded by [^\W_]
ALTERNATION = re.compile(
    "(?:[^\\W\\d_]|[\U000F0000-\U000FFFFD\U00100000-\U0010FFFD]|[\"'(\u201e\u201c\u2018\u00ab])"
    "(?:[^\\W_]|[\U000F0000-\U000FFFFD\U00100000-\U0010FFFD]"
    "|[ .,;:!?\"'%/()\u2026\u2013\u2014\u201e\u201c\u201d\u2018\u2019\u00ab\u00bb"
    "\u20ac$\u00a7\u00b0+=@-])*")
ALPHABET = ("aZäßé1٣9_ .,;:!?'\"%/()…–—„“”‘’«»€$§°+=@-*`[]<>&\\|#~^{}\t\u00a0\u00ad"
            "\U000F0003\U00100003\U000FFFFE")


def accepted_before(source: str) -> bool:
    return all(ALTERNATION.fullmatch(p) and "  " not in p and not p.endswith(" ")
               for p in source.strip("\n").split("\n\n"))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=30))
def test_same_paragraphs_accepted(text):
    assert (plain_html(text) is not None) == accepted_before(text)


def test_underscore_anywhere_is_left_to_markdown():
    for text in ("_a", "a_b", "ab_", "Der _Rat_ tagte"):
        assert plain_html(text) is None
    assert plain_html("Der Rat tagte am 3. März.") == "<p>Der Rat tagte am 3. März.</p>"
