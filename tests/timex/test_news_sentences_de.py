"""German news sentences of our own, each with every TIMEX3 it must yield and nothing more.

The sentences (tests/timex/data/news_sentences_de.txt) are written the way wire stories,
politics, economy, sport, courts, weather and culture pages print dates, in past and future
tense, with Austrian and Swiss forms, against stated publication dates. They are the tagger's
check on text it was not tuned on: every expected reading follows the TimeML/TIMEX3
guidelines (span without prepositions; type, value, mod), not any corpus's annotation.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsline.timex import tag

DATA = Path(__file__).parent / "data" / "news_sentences_de.txt"


def read_cases(path: Path) -> list[tuple[date, str, list[tuple[str, str, str, str | None]]]]:
    """(publication date, sentence, [(span, type, value, mod)]) for every sentence of the file."""
    cases: list = []
    dct = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            dct = date.fromisoformat(line[1:].strip())
        elif line.startswith("  "):
            span, reading = (part.strip() for part in line.split("=>"))
            kind, value, *mod = reading.split()
            cases[-1][2].append((span, kind, value, mod[0] if mod else None))
        else:
            assert dct is not None, f"line {number}: no publication date yet"
            cases.append((dct, line.strip(), []))
    return cases


CASES = read_cases(DATA)


def test_the_fixture_is_large_and_varied():
    assert len(CASES) >= 150
    kinds = {k for _, _, expected in CASES for _, k, _, _ in expected}
    assert kinds == {"DATE", "TIME", "DURATION", "SET"}
    assert len({dct for dct, _, _ in CASES}) >= 4


@pytest.mark.parametrize("dct, sentence, expected", CASES,
                         ids=[f"{i:03d}-{s[:40]}" for i, (_, s, _) in enumerate(CASES)])
def test_news_sentence(dct, sentence, expected):
    found = [(t.text, t.type, t.value, t.mod) for t in tag(sentence, "de", dct)]
    assert found == expected
