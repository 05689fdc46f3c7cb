"""Calendar arithmetic: Easter, ISO weeks, month shifts, seasons."""

from datetime import date

from newsline.timex import calendar as cal
from newsline.timex.holidays import holiday_date


def test_easter_dates():
    assert cal.easter(2024) == date(2024, 3, 31)
    assert cal.easter(2025) == date(2025, 4, 20)
    assert cal.easter(2000) == date(2000, 4, 23)


def test_movable_and_fixed_holidays():
    assert holiday_date("pentecost", 2024) == date(2024, 5, 19)
    assert holiday_date("ascension", 2024) == date(2024, 5, 9)
    assert holiday_date("thanksgiving", 2024) == date(2024, 11, 28)
    assert holiday_date("advent1", 2024) == date(2024, 12, 1)
    assert holiday_date("christmas", 2024) == date(2024, 12, 25)


def test_month_shift_clamps_the_day():
    assert cal.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert cal.add_months(date(2024, 4, 30), -24) == date(2022, 4, 30)


def test_iso_weeks_and_seasons():
    assert cal.week_value(date(2024, 4, 22)) == "2024-W17"
    assert cal.week_value(date(2021, 1, 3)) == "2020-W53"
    assert cal.season_of(date(2024, 1, 15)) == (2023, "WI")
    assert cal.season_range(2023, "WI") == (date(2023, 12, 1), date(2024, 2, 29))
