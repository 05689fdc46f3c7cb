"""The reader keeps the plain text exactly and puts every TIMEX3 at the right offsets."""

from pathlib import Path

import pytest

from newsline.timeml.document import parse_tml, read_tml, tml_files, unescape_xml

FIXTURES = Path(__file__).parents[1] / "fixtures" / "timeml" / "parse"


def test_german_fixture_text_offsets_and_entities():
    doc = read_tml(FIXTURES / "de-gemeinderat.tml")
    assert doc.name == "de-gemeinderat.tml"
    assert doc.docid == "de-gemeinderat"
    assert doc.dct == "2023-11-14"
    assert doc.text.startswith("\nDer Gemeinderat von Obertal hat gestern")
    assert "Schule & Turnhalle" in doc.text
    assert 'einem "guten Tag" für' in doc.text
    assert "<" not in doc.text
    spans = [(t.start, t.end, t.text, t.tid, t.type, t.value) for t in doc.tags]
    assert spans == [
        (33, 40, "gestern", "t1", "DATE", "2023-11-13"),
        (58, 62, "2024", "t2", "DATE", "2024"),
        (118, 134, "anderthalb Jahre", "t3", "DURATION", "P18M"),
        (149, 157, "Frühjahr", "t4", "DATE", "2024-SP"),
        (167, 167, "", "t5", "DATE", "2023"),
    ]
    for tag in doc.tags:
        assert doc.text[tag.start:tag.end] == tag.text


def test_empty_tags_are_kept_but_not_scored():
    doc = read_tml(FIXTURES / "de-gemeinderat.tml")
    assert [t.tid for t in doc.tags if t.empty] == ["t5"]
    assert [t.tid for t in doc.scored_tags()] == ["t1", "t2", "t3", "t4"]


def test_english_fixture_other_tags_stripped_and_attributes_read():
    doc = read_tml(FIXTURES / "en-harbour.tml")
    assert doc.dct == "2021-03-05T09:30"
    assert doc.dct_element.startswith("<DCT><TIMEX3 tid=\"t0\"")
    assert doc.dct_element.endswith("</DCT>")
    assert "not part of the text" not in doc.text
    assert "said on Thursday" in doc.text
    assert "fell to <40% of normal during about" in doc.text
    assert "master\u2019s office 'expects' ferries" in doc.text
    by_tid = {t.tid: t for t in doc.tags}
    assert by_tid["t2"].text == "about three weeks"
    assert by_tid["t2"].mod == "APPROX"
    assert by_tid["t3"].type == "SET"
    assert by_tid["t3"].attrs["quant"] == "EVERY"
    assert (by_tid["t4"].start, by_tid["t4"].end) == (182, 190)
    assert by_tid["t1"].mod is None


def test_crlf_and_nested_and_unknown_entities_survive():
    markup = ('<TimeML><TEXT>a\r\n<TIMEX3 tid="t1" type="DATE" value="2020">'
              '<TIMEX3 tid="t2" type="DATE" value="2020-01">Jan</TIMEX3> 2020</TIMEX3>'
              ' AT&T &copy; &#x41;<!-- note --></TEXT></TimeML>')
    doc = parse_tml(markup)
    assert doc.text == "a\r\nJan 2020 AT&T &copy; A"
    assert [(t.tid, t.start, t.end) for t in doc.tags] == [("t1", 3, 11), ("t2", 3, 6)]
    assert doc.dct is None and doc.dct_element is None


def test_unescape_only_xml_entities():
    assert unescape_xml("&lt;a&gt; &amp;amp; &quot;&apos; &#228;&#xE4; &nbsp;") == \
        "<a> &amp; \"' ää &nbsp;"


def test_missing_text_element_is_an_error():
    with pytest.raises(ValueError, match="no <TEXT>"):
        parse_tml("<TimeML><DCT></DCT></TimeML>", name="broken.tml")


def test_folder_listing_is_sorted_and_only_tml():
    assert [p.name for p in tml_files(FIXTURES)] == ["de-gemeinderat.tml", "en-harbour.tml"]
