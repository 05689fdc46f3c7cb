"""Date labels in German and English for every granularity and modifier."""

from __future__ import annotations

from datetime import date

import pytest

from newsline.render.dates import datetime_attr, interval_label

D = date

CASES = [
    # start, end, granularity, German, English
    (D(2024, 4, 30), D(2024, 4, 30), "day", "30. April 2024", "30 April 2024"),
    (D(2024, 4, 30), D(2024, 4, 30), "time", "30. April 2024", "30 April 2024"),
    (D(2024, 4, 22), D(2024, 4, 28), "week", "KW 17: 22.–28. April 2024", "Week 17: 22–28 April 2024"),
    (D(2024, 4, 29), D(2024, 5, 5), "week", "KW 18: 29. April – 5. Mai 2024",
     "Week 18: 29 April – 5 May 2024"),
    (D(2024, 12, 30), D(2025, 1, 5), "week", "KW 1: 30. Dezember 2024 – 5. Januar 2025",
     "Week 1: 30 December 2024 – 5 January 2025"),
    (D(2023, 9, 1), D(2023, 9, 30), "month", "September 2023", "September 2023"),
    (D(2024, 3, 1), D(2024, 5, 31), "season", "Frühjahr 2024", "spring 2024"),
    (D(2023, 12, 1), D(2024, 2, 29), "season", "Winter 2023/24", "winter 2023/24"),
    (D(2024, 4, 1), D(2024, 6, 30), "quarter", "2. Quartal 2024", "2nd quarter 2024"),
    (D(2024, 7, 1), D(2024, 12, 31), "half", "2. Halbjahr 2024", "second half of 2024"),
    (D(2023, 1, 1), D(2023, 12, 31), "year", "2023", "2023"),
    (D(2020, 1, 1), D(2029, 12, 31), "decade", "2020er-Jahre", "the 2020s"),
    (D(2001, 1, 1), D(2100, 12, 31), "century", "21. Jahrhundert", "the 21st century"),
    # spans that are not one calendar unit
    (D(2024, 4, 3), D(2024, 4, 9), "day", "3.–9. April 2024", "3–9 April 2024"),
    (D(2024, 1, 1), D(2024, 3, 31), "month", "Januar–März 2024", "January–March 2024"),
    (D(2022, 1, 1), D(2024, 12, 31), "year", "2022–2024", "2022–2024"),
]


@pytest.mark.parametrize("start,end,granularity,de,en", CASES)
def test_plain_labels(start, end, granularity, de, en):
    assert interval_label(start, end, granularity, "de") == de
    assert interval_label(start, end, granularity, "en") == en


@pytest.mark.parametrize("granularity,start,end,de,en", [
    ("day", D(2024, 4, 30), D(2024, 4, 30), "um den 30. April 2024", "around 30 April 2024"),
    ("month", D(2023, 9, 1), D(2023, 9, 30), "etwa September 2023", "around September 2023"),
    ("year", D(2023, 1, 1), D(2023, 12, 31), "etwa 2023", "around 2023"),
    ("week", D(2024, 4, 22), D(2024, 4, 28), "etwa KW 17: 22.–28. April 2024",
     "around Week 17: 22–28 April 2024"),
])
def test_approximate(granularity, start, end, de, en):
    assert interval_label(start, end, granularity, "de", approximate=True) == de
    assert interval_label(start, end, granularity, "en", approximate=True) == en


@pytest.mark.parametrize("granularity,start,end,de,en", [
    ("day", D(2022, 4, 30), D(2022, 4, 30), "vor dem 30. April 2022", "before 30 April 2022"),
    ("month", D(2022, 4, 1), D(2022, 4, 30), "vor April 2022", "before April 2022"),
    ("quarter", D(2022, 1, 1), D(2022, 3, 31), "vor dem 1. Quartal 2022", "before 1st quarter 2022"),
    ("day", D(2022, 4, 30), D(2024, 4, 30), "vor dem 30. April 2022 bis 30. April 2024",
     "before 30 April 2022 to 30 April 2024"),
])
def test_open_start(granularity, start, end, de, en):
    assert interval_label(start, end, granularity, "de", open_start=True) == de
    assert interval_label(start, end, granularity, "en", open_start=True) == en


@pytest.mark.parametrize("granularity,start,end,de,en", [
    ("day", D(2022, 2, 24), D(2022, 2, 24), "seit dem 24. Februar 2022", "since 24 February 2022"),
    ("year", D(2014, 1, 1), D(2014, 12, 31), "seit 2014", "since 2014"),
    ("month", D(2023, 9, 1), D(2024, 4, 30), "seit September 2023", "since September 2023"),
])
def test_open_end(granularity, start, end, de, en):
    assert interval_label(start, end, granularity, "de", open_end=True) == de
    assert interval_label(start, end, granularity, "en", open_end=True) == en


def test_unknown_language_falls_back_to_english():
    assert interval_label(D(2024, 4, 30), D(2024, 4, 30), "day", "fr") == "30 April 2024"


@pytest.mark.parametrize("start,end,granularity,expected", [
    (D(2024, 4, 30), D(2024, 4, 30), "day", "2024-04-30"),
    (D(2024, 4, 22), D(2024, 4, 28), "week", "2024-W17"),
    (D(2024, 12, 30), D(2025, 1, 5), "week", "2025-W01"),
    (D(2023, 9, 1), D(2023, 9, 30), "month", "2023-09"),
    (D(2023, 1, 1), D(2023, 12, 31), "year", "2023"),
    (D(2024, 4, 1), D(2024, 6, 30), "quarter", "2024-04-01"),
])
def test_datetime_attribute(start, end, granularity, expected):
    assert datetime_attr(start, end, granularity) == expected


def test_start_precision_reads_a_start_as_bound_label_does():
    from newsline.render.dates import bound_label, start_precision

    grains = ("time", "day", "week", "month", "season", "quarter", "half", "year", "decade",
              "century")
    for d in (date(2024, 1, 1), date(2024, 3, 1), date(2024, 3, 15), date(2020, 1, 1)):
        for granularity in grains:
            said, as_day = bound_label(d, granularity, "de", True)
            expected = 0 if as_day else 1 if granularity in (
                "month", "season", "quarter", "half") else 2
            assert start_precision(d, granularity) == expected, (d, granularity, said)
    assert start_precision(date(2024, 3, 1), "quarter") == 1
    assert start_precision(date(2024, 1, 1), "year") == 2
    assert start_precision(date(2024, 4, 30), "year") == 0  # 'vor dem 30. April 2024'
