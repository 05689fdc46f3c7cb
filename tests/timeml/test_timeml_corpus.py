"""The scorer reproduces the published HeidelTime reference figures on the shared corpora."""

import pytest

from newsline.timeml.scoring import score_folders

pytestmark = pytest.mark.corpus

# corpus folder, gold TIMEX3 (non-empty), strict F1, relaxed F1, value F1 (README table, %)
REFERENCE = [
    ("de/krauts-dolomiten-42", 186, 79.4, 83.1, 80.0),
    ("en/timebank", 1243, 85.3, 91.9, 79.6),
    ("en/aquaint", 579, 81.3, 92.5, 73.1),
]


@pytest.mark.parametrize("folder,gold,strict,relaxed,value", REFERENCE)
def test_heideltime_reference_numbers(corpora, folder, gold, strict, relaxed, value):
    result = score_folders(corpora / folder, corpora / f"{folder}.heideltime")
    t = result.total
    assert t.gold == gold
    assert not result.missing_system
    assert 100 * t.strict_f1 == pytest.approx(strict, abs=0.05)
    assert 100 * t.relaxed_f1 == pytest.approx(relaxed, abs=0.05)
    assert 100 * t.value_f1 == pytest.approx(value, abs=0.05)
