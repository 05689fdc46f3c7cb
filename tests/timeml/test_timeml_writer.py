"""Written TimeML reads back to exactly the text and spans that went in."""

import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.timeml.document import parse_tml
from newsline.timeml.writer import annotate_text, dct_element_for, write_tml


@dataclass(frozen=True)
class Tag:
    start: int
    end: int
    type: str | None = "DATE"
    value: str | None = "2024"
    mod: str | None = None


def test_special_characters_round_trip():
    text = 'Tom & Jerry <live> said "soon" and it\'s ]]> done\r\nnext line\ttab'
    tags = [Tag(0, 3), Tag(13, 19, "TIME", 'a"b&c<d>', "APPROX")]
    markup = write_tml(text, tags, dct_element=dct_element_for("2024-01-02"), docid="x&y")
    doc = parse_tml(markup)
    assert doc.text == text
    assert doc.dct == "2024-01-02"
    assert doc.docid == "x&y"
    assert [(t.start, t.end, t.tid, t.type, t.value, t.mod) for t in doc.tags] == [
        (0, 3, "t1", "DATE", "2024", None),
        (13, 19, "t2", "TIME", 'a"b&c<d>', "APPROX"),
    ]
    root = ET.fromstring(markup.encode("utf-8"))
    assert "".join(root.find("TEXT").itertext()) == text


def test_annotate_text_inline_form():
    assert annotate_text("seit gestern & heute", [Tag(5, 12, "DATE", "2024-04-29")]) == (
        'seit <TIMEX3 tid="t1" type="DATE" value="2024-04-29">gestern</TIMEX3> &amp; heute'
    )


def test_dct_element_copied_verbatim():
    element = '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT>'
    assert element in write_tml("x", [], dct_element=element)


@pytest.mark.parametrize("tags", [[Tag(0, 5), Tag(3, 8)], [Tag(2, 99)], [Tag(4, 2)]])
def test_overlapping_or_out_of_range_tags_are_refused(tags):
    with pytest.raises(ValueError):
        annotate_text("some plain text", tags)


# Characters XML 1.0 can carry, "\r" included (written as a character reference).
xml_chars = st.characters(exclude_categories=("Cs",), exclude_characters="\x00") \
    .filter(lambda c: c in "\t\n\r" or (c >= " " and c not in "\ufffe\uffff"))


@st.composite
def text_and_spans(draw):
    text = draw(st.text(alphabet=st.one_of(xml_chars, st.sampled_from("&<>\"'; ")), max_size=80))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10)))
    pairs = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    spans = [(a, b) for a, b in pairs if a < b]
    return text, spans


@settings(max_examples=200, deadline=None)
@given(text_and_spans())
def test_write_then_parse_round_trips(case):
    text, spans = case
    markup = write_tml(text, [Tag(a, b) for a, b in spans],
                       dct_element=dct_element_for("2020-02-29"))
    doc = parse_tml(markup)
    assert doc.text == text
    assert [(t.start, t.end) for t in doc.tags] == spans
    assert all(t.text == text[t.start:t.end] for t in doc.tags)
    root = ET.fromstring(markup.encode("utf-8"))
    assert "".join(root.find("TEXT").itertext()) == text
