"""points.day_in_months_around: a day of the month named without its month ("am 30.", "the
30th") has a candidate on each side of every publication day, in the nearest month that has
that day, across short months (February in leap and common years, 30-day months) and years."""

from __future__ import annotations

from datetime import date, timedelta

from newsline.timex.points import day_in_months_around


def _months_apart(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _every_day(first: date, last: date):
    d = first
    while d <= last:
        yield d
        d += timedelta(days=1)


def test_every_candidate_is_that_day_of_a_real_month_earliest_first():
    for anchor in _every_day(date(2023, 1, 1), date(2025, 1, 31)):
        for day in (1, 15, 28, 29, 30, 31):
            cands = day_in_months_around(day, anchor)
            starts = [p.start for p in cands]
            assert starts == sorted(starts) and len(set(starts)) == len(starts)
            assert all(p.start == p.end and p.start.day == day and p.granularity == "day"
                       and p.value == p.start.isoformat() for p in cands)
            assert all(abs(_months_apart(anchor, p.start)) <= 2 for p in cands)


def test_the_nearest_such_day_on_each_side_is_offered():
    # the nearest day before (or on) the anchor and the nearest after it, whichever months
    # lack the day in between: both must be among the candidates
    for anchor in _every_day(date(2023, 1, 1), date(2025, 1, 31)):
        for day in (29, 30, 31):
            starts = {p.start for p in day_in_months_around(day, anchor)}
            back = max(d for d in _every_day(anchor - timedelta(days=92), anchor)
                       if d.day == day)
            ahead = min(d for d in _every_day(anchor + timedelta(days=1),
                                              anchor + timedelta(days=92)) if d.day == day)
            assert back in starts and ahead in starts, (anchor, day)


def test_february_and_thirty_day_months_are_skipped_not_clamped():
    starts = [p.start for p in day_in_months_around(30, date(2024, 1, 31))]
    assert starts == [date(2023, 11, 30), date(2023, 12, 30), date(2024, 1, 30),
                      date(2024, 3, 30)]
    starts = [p.start for p in day_in_months_around(29, date(2023, 2, 10))]
    assert date(2023, 1, 29) in starts and date(2023, 3, 29) in starts
    assert all(d.month != 2 for d in starts)  # 2023 is no leap year
    assert date(2024, 2, 29) in [p.start for p in day_in_months_around(29, date(2024, 2, 10))]
    starts = [p.start for p in day_in_months_around(31, date(2024, 4, 15))]
    assert starts == [date(2024, 3, 31), date(2024, 5, 31)]
