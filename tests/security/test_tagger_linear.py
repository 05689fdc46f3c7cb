"""The temporal tagger runs in linear time on adversarial text: no catastrophic backtracking.

Each shape is tagged at a base size and at eight times that size; the larger input may take at
most 30 times as long (linear would be 8, quadratic 64), measured in CPU time, best of three.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from newsline.timex import tag

DCT = date(2024, 4, 30)
BASE = 2_000  # characters of the smaller input
GROWTH, ALLOWED_RATIO = 8, 30
FLOOR = 0.01  # seconds: below this, timer noise rules

SHAPES = {
    "digits": "1",
    "digits and spaces": "1 ",
    "dots": ".",
    "digit dots": "1.",
    "date-like dots": "12.12.",
    "dashes": "2024-",
    "slashes": "1/",
    "colons": "12:",
    "vor vor": "vor ",
    "seit seit": "seit ",
    "ago ago": "ago ",
    "the the": "the ",
    "am 3.": "am 3. ",
    "months glued (de)": "JanuarFebruarMärzAprilMaiJuniJuliAugustSeptemberOktoberNovemberDezember",
    "months glued (en)": "JanuaryFebruaryMarchAprilMayJuneJulyAugustSeptemberOctoberNovember",
    "months spaced": "Mai Juni ",
    "weekdays": "Montag Dienstag Monday Tuesday ",
    "years": "2024 ",
    "mixed numerals": "drei Jahre vor dem 3. Mai 2024 bis ",
    "spaces": " ",
    "newlines": "\n",
    "quarter words": "quarter first second third ",
    "Uhr": "12 Uhr ",
}


def _cpu(text: str, lang: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        tag(text, lang, DCT)
        best = min(best, time.process_time() - started)
    return best


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_tagging_time_grows_linearly(shape, lang):
    unit = SHAPES[shape]
    tag(_text(unit, 200), lang, DCT)  # compile the rules this shape triggers
    small = max(_cpu(_text(unit, BASE), lang), FLOOR)
    large = _cpu(_text(unit, BASE * GROWTH), lang)
    assert large / small < ALLOWED_RATIO, f"{shape}: {small:.3f}s -> {large:.3f}s"


def test_a_hundred_thousand_spaces_take_well_under_a_second():
    started = time.process_time()
    tag(" " * 100_000 + "am 3. Mai 2024", "de", DCT)
    assert time.process_time() - started < 2


@pytest.mark.parametrize("unit", ["The council sat late again. ", "Dr. A. B. sat. ", "1. 2. 3. ",
                                  "z. B. am 3. Mai. "])
def test_sentence_splitting_time_grows_linearly(unit):
    from newsline.sentences import split_sentences

    def cpu(size: int) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            split_sentences(_text(unit, size), "de")
            best = min(best, time.process_time() - started)
        return best

    small = max(cpu(BASE * 4), FLOOR)
    assert cpu(BASE * 4 * GROWTH) / small < ALLOWED_RATIO
