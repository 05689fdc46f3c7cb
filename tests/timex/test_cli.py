"""`newsline tag` prints one JSON object per expression."""

import io
import json
import sys

from newsline.cli import main


def test_tag_reads_stdin_and_prints_json_lines(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Der Vertrag wurde vergangene Woche unterzeichnet."))
    assert main(["tag", "--dct", "2024-04-30T14:57", "-"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [{
        "start": 18, "end": 34, "text": "vergangene Woche", "type": "DATE", "value": "2024-W17",
        "mod": None, "anchor": "2024-04-30",
        "interval": {"start": "2024-04-22", "end": "2024-04-28", "granularity": "week",
                     "approximate": False, "open_start": False, "open_end": False},
    }]


def test_tag_reads_a_file_and_guesses_english(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("The deal was signed two years ago.", encoding="utf-8")
    assert main(["tag", "--dct", "2024-04-30", str(f)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["value"]) for r in rows] == [("two years ago", "2022")]


def test_bad_dct_is_an_error(capsys):
    assert main(["tag", "--dct", "tuesday", "-"]) == 2
