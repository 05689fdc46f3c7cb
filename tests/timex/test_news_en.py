"""English news sentences of our own (tests/timex/news_en.txt), each with every TIMEX3 it should
give: the text span, type, value and mod against the publication time stated above it. The
whole list must match, so a missed expression and a spurious one both fail."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsline.timex import tag

DATA = Path(__file__).with_name("news_en.txt")


def read_cases(path: Path = DATA):
    """(dct, sentence, [(text, type, value, mod), ...]) for every sentence of the data file."""
    cases, dct = [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@ "):
            dct = datetime.fromisoformat(line[2:].split()[0])
        elif line.startswith("  "):
            fields = [f.strip() for f in line.split("|")]
            fields += [None] * (4 - len(fields))
            cases[-1][2].append(tuple(fields))
        else:
            assert dct is not None, "a sentence before the first '@ DCT' line"
            cases.append((dct, line, []))
    return cases


CASES = read_cases()


def test_the_fixture_has_enough_sentences():
    assert len(CASES) >= 150
    assert len({sentence for _, sentence, _ in CASES}) == len(CASES)


@pytest.mark.parametrize("dct, sentence, expected", CASES,
                         ids=[f"{i:03d}" for i in range(len(CASES))])
def test_news_sentence(dct, sentence, expected):
    got = [(t.text, t.type, t.value, t.mod) for t in tag(sentence, "en", dct)]
    assert got == expected
