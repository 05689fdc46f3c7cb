"""scripts/eval_split_en.py on a corpus layout of our own English fixtures: every file lands in
exactly one half by the fixed rule, the halves' counts add up, and --errors lists only the half
asked for."""

import importlib.util
import shutil
import sys
import zlib
from pathlib import Path

import pytest

from newsline.timeml.document import read_tml, tml_files

ROOT = Path(__file__).resolve().parents[2]
REGRESSION = ROOT / "tests" / "fixtures" / "timeml" / "regression"


def _script():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("newsline_script_eval_split_en",
                                                  ROOT / "scripts" / "eval_split_en.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def corpora(tmp_path):
    english = [p for p in tml_files(REGRESSION) if p.name.startswith("en-")]
    for folder in ("en/timebank", "en/aquaint"):
        (tmp_path / folder).mkdir(parents=True)
        for f in english:
            shutil.copy(f, tmp_path / folder / f.name)
    return tmp_path, english


def test_halves_follow_the_fixed_rule():
    split = _script()
    assert split.half_of("a.tml") == ("dev" if zlib.crc32(b"a.tml") % 2 == 0 else "held-out")


def test_both_halves_are_scored_and_add_up(corpora, capsys):
    folder, english = corpora
    split = _script()
    assert split.main([str(folder)]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()[1:] if line.strip()]
    assert [r[:2] for r in rows] == [["TimeBank", "dev"], ["TimeBank", "held-out"],
                                     ["AQUAINT", "dev"], ["AQUAINT", "held-out"]]
    dev = [p for p in english if split.half_of(p.name) == "dev"]
    assert int(rows[0][2]) == len(dev) and int(rows[1][2]) == len(english) - len(dev)
    gold_dev = sum(len(read_tml(p).scored_tags()) for p in dev)
    assert int(rows[0][3]) == gold_dev
    assert int(rows[0][3]) + int(rows[1][3]) == sum(len(read_tml(p).scored_tags())
                                                    for p in english)


def test_errors_come_from_the_asked_half_only(corpora, capsys):
    folder, english = corpora
    split = _script()
    # a gold value no tagger gives, in a copy of every file: both halves hold a disagreement
    # however well the tagger does on the fixtures
    for path in (folder / "en" / "timebank").glob("*.tml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('tid="t1" type="DATE" value="', 'tid="t1" type="DATE" '
                                     'value="1066-10-14" old="', 1), encoding="utf-8")
    split.main([str(folder), "--errors", "1000", "--half", "held-out"])
    lines = capsys.readouterr().out.splitlines()
    listed = [line.split()[1] for line in lines if line.startswith(("TimeBank ", "AQUAINT "))
              and line.split()[1].endswith(".tml")]
    assert listed, "the fixtures should hold at least one disagreement"
    assert all(split.half_of(name) == "held-out" for name in listed)
