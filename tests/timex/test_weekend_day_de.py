"""A weekend sets the story's day: a weekday counted from it ("am Montag darauf") is counted
from the weekend told, not from the publication date.

German sentences written for this test (the shared German sentence file has its own owner).
"""

from __future__ import annotations

from datetime import date

import pytest

from newsline.timex import tag

DCT = date(2024, 4, 30)  # a Tuesday; the weekend before is 27-28 April, the next 4-5 May

CASES = [
    # a weekend gone by, then the Monday after it: 29 April (was 6 May, after the publication)
    ("Am vergangenen Wochenende trafen sich die Minister in Bonn. Am Montag darauf reisten "
     "sie ab.",
     [("vergangenen Wochenende", "DATE", "2024-W17-WE"), ("Montag darauf", "DATE", "2024-04-29")]),
    ("Am vergangenen Wochenende wurde gewählt. Am Montag danach trat der Kanzler zurück.",
     [("vergangenen Wochenende", "DATE", "2024-W17-WE"), ("Montag danach", "DATE", "2024-04-29")]),
    # the weekend ahead: the Sunday after it is the next one, not the weekend's own (5 May)
    ("Am kommenden Wochenende wird gewählt. Am Sonntag danach tritt der Rat zusammen.",
     [("kommenden Wochenende", "DATE", "2024-W18-WE"), ("Sonntag danach", "DATE", "2024-05-12")]),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[s[:40] for s, _ in CASES])
def test_weekday_after_a_weekend(sentence, expected):
    assert [(t.text, t.type, t.value) for t in tag(sentence, "de", DCT)] == expected


def test_a_weekday_of_the_weekend_itself_stays_in_it():
    # (a guard: Saturday told after the weekend is its own Saturday)
    found = [(t.text, t.value) for t in tag(
        "Am vergangenen Wochenende kam es zu Krawallen. Am Samstag wurden zwölf Menschen "
        "festgenommen.", "de", DCT)]
    assert found == [("vergangenen Wochenende", "2024-W17-WE"), ("Samstag", "2024-04-27")]
