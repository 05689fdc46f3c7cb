"""`newsline timeml annotate` with the real tagger: same DCT, exactly the same text, TIMEX3 inline."""

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from newsline.cli import main
from newsline.timeml.annotate import dct_datetime
from newsline.timeml.document import read_tml, tml_files

FIXTURES = Path(__file__).parents[1] / "fixtures" / "timeml"


@pytest.mark.parametrize("value,expected", [
    ("1998-01-08", datetime(1998, 1, 8)),
    ("19980108", datetime(1998, 1, 8)),
    ("2000-01-24T19:48", datetime(2000, 1, 24, 19, 48)),
    ("1999-05-07T03:44:10", datetime(1999, 5, 7, 3, 44, 10)),
])
def test_dct_values(value, expected):
    assert dct_datetime(value) == expected


def test_dct_that_is_not_a_date_is_refused():
    with pytest.raises(ValueError):
        dct_datetime("PRESENT_REF")


def test_annotate_keeps_text_and_dct_exactly(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for folder in ("parse", "regression"):
        for path in tml_files(FIXTURES / folder):
            shutil.copy(path, gold / path.name)
    out = tmp_path / "out"
    assert main(["timeml", "annotate", str(gold), str(out)]) == 0
    names = [p.name for p in tml_files(gold)]
    assert [p.name for p in tml_files(out)] == names
    found = 0
    for name in names:
        source, written = read_tml(gold / name), read_tml(out / name)
        assert written.text == source.text
        assert written.dct_element == source.dct_element
        assert written.dct == source.dct
        for tag in written.tags:
            assert tag.tid and tag.type in {"DATE", "TIME", "DURATION", "SET"} and tag.value
        found += len(written.tags)
    assert found > 0


def test_annotate_with_forced_language(tmp_path):
    out = tmp_path / "out"
    assert main(["timeml", "annotate", str(FIXTURES / "parse"), str(out), "--lang", "de"]) == 0
    doc = read_tml(out / "de-gemeinderat.tml")
    assert "Schule & Turnhalle" in doc.text
    assert any(t.text == "gestern" and t.value == "2023-11-13" for t in doc.tags)
