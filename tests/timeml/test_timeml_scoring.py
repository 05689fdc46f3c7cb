"""Scores computed by hand on crafted gold/system pairs."""

from pathlib import Path

import pytest

from newsline.timeml.align import OffsetMap
from newsline.timeml.cli import cmd_timeml
from newsline.timeml.document import TimexTag, parse_tml
from newsline.timeml.errors import folder_disagreements
from newsline.timeml.scoring import Counts, match_tags, score_documents, score_folders

SCORING = Path(__file__).parents[1] / "fixtures" / "timeml" / "scoring"


def test_fixture_folders_score_as_computed_by_hand():
    # a-council: gold Monday / two hours / next Friday at noon; system "On Monday" (relaxed,
    #   type and value right), "the council" (false positive), "two hours" (strict, right),
    #   "next Friday" (relaxed, DATE for TIME, value wrong).
    # b-sales: gold 2019 / last spring / 3 March 2020 (+ one empty tag, ignored); system
    #   "2019" (strict, right), "3 March" (relaxed, type right, value wrong year).
    # c-festival: no system file, its one gold tag is missed. d-extra: system only, ignored.
    result = score_folders(SCORING / "gold", SCORING / "system")
    assert result.total == Counts(gold=7, system=6, strict=2, relaxed=5, type_ok=4, value_ok=3)
    t = result.total
    assert t.strict_precision == pytest.approx(2 / 6)
    assert t.strict_recall == pytest.approx(2 / 7)
    assert t.strict_f1 == pytest.approx(4 / 13)
    assert t.relaxed_precision == pytest.approx(5 / 6)
    assert t.relaxed_recall == pytest.approx(5 / 7)
    assert t.relaxed_f1 == pytest.approx(10 / 13)
    assert t.type_f1 == pytest.approx(10 / 13 * 4 / 5)
    assert t.value_f1 == pytest.approx(10 / 13 * 3 / 5)
    assert result.missing_system == ("c-festival.tml",)
    assert result.unmatched_system == ("d-extra.tml",)
    assert result.realigned == ()
    assert result.documents["a-council.tml"] == Counts(3, 4, 1, 3, 2, 2)
    assert result.documents["b-sales.tml"] == Counts(3, 2, 1, 2, 2, 1)


def _tag(start, end, type_="DATE", value="2020"):
    return TimexTag(start, end, "", None, type_, value)


def test_each_gold_tag_is_matched_once_and_each_system_tag_once():
    gold = [_tag(0, 4), _tag(10, 20)]
    # One long system span covers both gold tags: it may match only one of them.
    system = [(0, 20, _tag(0, 20))]
    assert match_tags(gold, system) == Counts(2, 1, 0, 1, 1, 1)
    # Two system spans inside one gold tag: only one of them is a match.
    gold = [_tag(0, 20, "DURATION", "P2Y")]
    system = [(0, 5, _tag(0, 5, "DURATION", "P2Y")), (8, 12, _tag(8, 12, "DATE", "P2Y"))]
    assert match_tags(gold, system) == Counts(1, 2, 0, 1, 1, 1)


def test_touching_spans_do_not_overlap():
    assert match_tags([_tag(0, 4)], [(4, 8, _tag(4, 8))]) == Counts(1, 1, 0, 0, 0, 0)


def test_no_tags_at_all_scores_zero_without_dividing_by_zero():
    c = Counts()
    assert (c.strict_f1, c.relaxed_f1, c.type_f1, c.value_f1) == (0.0, 0.0, 0.0, 0.0)


def _doc(body):
    return parse_tml(f"<TimeML><TEXT>{body}</TEXT></TimeML>")


def test_system_text_differing_from_gold_is_aligned():
    gold = _doc('Hello  world,\n\non <TIMEX3 tid="t1" type="DATE" value="2020-05-04">'
                'May 4</TIMEX3> &amp; <TIMEX3 tid="t2" type="DURATION" value="P2D">'
                'two days</TIMEX3> later.')
    # Whitespace collapsed and "&" spelled out: every later offset shifts.
    system = _doc('Hello world, on <TIMEX3 tid="t1" type="DATE" value="2020-05-04">May 4'
                  '</TIMEX3> and <TIMEX3 tid="t2" type="DURATION" value="P2D">two days'
                  '</TIMEX3> later.')
    assert system.text != gold.text
    assert score_documents(gold, system) == Counts(2, 2, 2, 2, 2, 2)


def test_score_command_prints_the_table(capsys):
    class Args:
        timeml_command = "score"
        gold_dir = str(SCORING / "gold")
        sys_dir = str(SCORING / "system")

    assert cmd_timeml(Args()) == 0
    out, err = capsys.readouterr()
    assert "strict   33.3  28.6  30.8" in out
    assert "relaxed  83.3  71.4  76.9" in out
    assert "value                46.2" in out
    assert "c-festival.tml" in err


def test_score_command_reports_a_missing_folder(capsys, tmp_path):
    class Args:
        timeml_command = "score"
        gold_dir = str(tmp_path / "nowhere")
        sys_dir = str(tmp_path)

    assert cmd_timeml(Args()) == 1
    assert "newsline timeml:" in capsys.readouterr().err


def test_disagreements_list_every_error_by_kind():
    found = folder_disagreements(SCORING / "gold", SCORING / "system")
    assert [(d.document, d.kind, d.gold_text, d.system_text) for d in found] == [
        ("a-council.tml", "span", "Monday", "On Monday"),
        ("a-council.tml", "spurious", None, "the council"),
        ("a-council.tml", "span", "next Friday at noon", "next Friday"),
        ("a-council.tml", "type", "next Friday at noon", "next Friday"),
        ("a-council.tml", "value", "next Friday at noon", "next Friday"),
        ("b-sales.tml", "missed", "last spring", None),
        ("b-sales.tml", "span", "3 March 2020", "3 March"),
        ("b-sales.tml", "value", "3 March 2020", "3 March"),
    ]
    value = found[4]
    assert (value.gold, value.system) == ("TIME 2022-05-06T12:00", "DATE 2022-05-06")
    assert "vote is set for next Friday at noon." in value.context


def test_offset_map_moves_offsets_along_the_diff():
    # source "a  b & c" against target "a b &amp; c": one space dropped, "&" spelled as entity text.
    to_target = OffsetMap("a  b & c", "a b &amp; c")
    assert to_target.span(3, 4) == (2, 3)  # "b"
    assert to_target.span(7, 8) == (10, 11)  # "c"
    assert to_target.span(5, 6)[0] == 4  # "&" lands on the start of its replacement
    offsets = [to_target(k) for k in range(9)]
    assert offsets == sorted(offsets) and offsets[-1] == 11
    same = OffsetMap("same text", "same text")
    assert same.identity and same.span(2, 7) == (2, 7)
