"""normalise_text (newsline.order: the key exact duplicates are merged by) skips str.translate
on a text without quotes or dashes and joins split() words instead of a regular expression:
the same key as the plain definition for any text."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given, settings, strategies as st

from newsline.order import normalise_text

_QUOTES = str.maketrans({c: '"' for c in "„“”«»‚‘’'`"} | {c: "-" for c in "‐‑‒–—−"})
_SPACES = re.compile(r"\s+")


def plain(text: str) -> str:
    """The definition, step by step."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _SPACES.sub(" ", text).strip().rstrip(".!?… ")


SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() or
          re.fullmatch(r"\s", chr(c))]
PIECES = ["Wir", "sind", "bereit", "STRASSE", "Straße", "ﬁnal", "Ⅻ", "ǅ", "İ", "…", ".", "!",
          "?", "„", "“", "”", "«", "»", "‚", "‘", "’", "'", "`", "‐", "‑", "‒", "–", "—", "−",
          "-", '"', "\u00a0", "\u2009", "\u200b", "\u3000", "\x1c", "\x85", "e\u0301", "ﾊ"]


def test_every_whitespace_of_the_regular_expression_is_split_on_and_no_other():
    assert SPACES  # both definitions agree on each char: as a run inside, at either end
    for space in SPACES:
        for text in (f"a{space}b", f"{space}a.{space}", f"a{space}{space} b"):
            assert normalise_text(text) == plain(text), repr(space)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(PIECES + SPACES), st.text(max_size=4)), max_size=12))
def test_the_key_is_the_plain_definitions(parts):
    text = "".join(parts)
    assert normalise_text(text) == plain(text)


def test_quotes_dashes_case_and_closing_punctuation_fold():
    assert normalise_text("„Wir  sind bereit“, sagte sie – endlich.") == \
        normalise_text('"wir sind bereit", sagte sie - endlich') == \
        '"wir sind bereit", sagte sie - endlich'
    assert normalise_text("It's done!") == "it\"s done"
