"""English wire-style news sentences of our own (tests/timex/wire_news_en.txt): politics,
markets, courts, disasters, sport and diplomacy as agency copy writes them, each with every
TIMEX3 it should give against the publication time above it (the format of news_en.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline.timex import tag
from tests.timex.test_news_en import read_cases

CASES = read_cases(Path(__file__).with_name("wire_news_en.txt"))


def test_the_sentences_are_all_different():
    assert len({sentence for _, sentence, _ in CASES}) == len(CASES)


@pytest.mark.parametrize("dct, sentence, expected", CASES,
                         ids=[f"{i:03d}" for i in range(len(CASES))])
def test_wire_sentence(dct, sentence, expected):
    got = [(t.text, t.type, t.value, t.mod) for t in tag(sentence, "en", dct)]
    assert got == expected
