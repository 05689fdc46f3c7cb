"""scripts/eval.py and scripts/bench_tagger.py end to end on a corpus layout of our own fixtures.

The real tagger runs on the twelve regression texts, laid out like the shared corpora folder;
"HeidelTime" there is a copy of the gold files, so its scores are known exactly. Nothing here
asserts a timing: the benchmark's figures are only checked for being there and consistent.
"""

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

from newsline.timeml.document import tml_files

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "timeml"


def _script(name):
    spec = importlib.util.spec_from_file_location(f"newsline_script_{name}",
                                                  ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def corpora(tmp_path):
    layout = {
        "de/krauts-dolomiten-42": [p for p in tml_files(FIXTURES / "regression")
                                   if p.name.startswith("de-")],
        "en/timebank": [p for p in tml_files(FIXTURES / "regression") if p.name.startswith("en-")],
        "en/aquaint": [FIXTURES / "parse" / "en-harbour.tml"],
    }
    for folder, files in layout.items():
        for target in (tmp_path / folder, tmp_path / f"{folder}.heideltime"):
            target.mkdir(parents=True)
            for f in files:
                shutil.copy(f, target / f.name)
    return tmp_path


def test_eval_prints_one_table_and_json(corpora, capsys):
    evaluate = _script("eval")
    assert evaluate.main([str(corpora)]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith(("KRAUTS", "TimeBank", "AQUAINT"))]
    assert [r.split()[:2] for r in rows] == [
        ["KRAUTS", "newsline"], ["KRAUTS", "HeidelTime"], ["TimeBank", "newsline"],
        ["TimeBank", "HeidelTime"], ["AQUAINT", "newsline"], ["AQUAINT", "HeidelTime"]]
    assert "value >= 86, relaxed >= 90" in out

    assert evaluate.main([str(corpora), "--json", "--errors", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    krauts = data["corpora"][0]
    assert krauts["corpus"] == "KRAUTS" and krauts["lang"] == "de"
    assert krauts["systems"]["HeidelTime"]["gold"] == 25
    assert krauts["systems"]["HeidelTime"]["value_f1"] == 1.0
    assert krauts["systems"]["newsline"]["documents"] == 6
    assert [t["measure"] for t in krauts["targets"]] == ["value_f1", "relaxed_f1"]
    for target in krauts["targets"]:
        assert target["met"] == (target["reached"] >= target["target"])
    assert all(e["kind"] in {"missed", "spurious", "span", "type", "value"}
               for e in krauts["errors"])


def test_eval_strict_targets_and_missing_corpus(corpora, tmp_path):
    evaluate = _script("eval")
    data_ok = evaluate.to_json(evaluate.evaluate(corpora, tmp_path / "work"))
    expected = 0 if data_ok["all_targets_met"] else 1
    assert evaluate.main([str(corpora), "--strict-targets"]) == expected
    with pytest.raises(SystemExit, match="not found"):
        evaluate.main([str(tmp_path / "nowhere")])


def test_bench_reports_every_figure(corpora, capsys):
    bench = _script("bench_tagger")
    docs = bench.load(corpora)
    assert len(docs) == 13
    rates = bench.throughput(docs, repeat=1)
    assert set(rates) == {"KRAUTS", "TimeBank", "AQUAINT", "all"}
    assert rates["all"]["documents"] == 13
    assert rates["all"]["timexes"] > 0
    assert rates["all"]["kb"] == pytest.approx(sum(r["kb"] for k, r in rates.items() if k != "all"))
