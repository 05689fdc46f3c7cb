"""rows.pack_rows on day ordinals places every event in the row the date arithmetic it replaced
did, whatever fraction of a day the gap (a share of the range) comes to."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from newsline.model import Event
from newsline.render.rows import GAP_SHARE, pack_rows


def rows_by_dates(events, first, last):
    """pack_rows as it was written, on dates and the fractional timedelta."""
    gap = max((last - first) * GAP_SHARE, timedelta(days=1))
    row_ends, rows = [], {}
    for e in sorted(events, key=lambda e: (e.start, -(e.end - e.start).days, e.id)):
        begin = e.start - gap if e.start == e.end else e.start
        finish = e.end + gap if e.start == e.end else e.end + timedelta(days=1)
        for i, end in enumerate(row_ends):
            if end < begin:
                row_ends[i] = finish
                rows[e.id] = i
                break
        else:
            row_ends.append(finish)
            rows[e.id] = len(row_ends) - 1
    return rows


def event(i: int, start: int, length: int) -> Event:
    day = date(2020, 1, 1) + timedelta(days=start)
    return Event(f"e{i}", day, day + timedelta(days=length), "day", False, "x", ())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 900), st.sampled_from([0, 0, 0, 1, 6, 30, 200])),
                min_size=1, max_size=40),
       st.integers(0, 4000))
def test_the_same_rows_as_with_dates(marks, extra):
    events = [event(i, start, length) for i, (start, length) in enumerate(marks)]
    first = min(e.start for e in events)
    last = max(e.end for e in events) + timedelta(days=1 + extra)  # gaps of many fractions
    assert pack_rows(events, first, last) == rows_by_dates(events, first, last)


def test_a_gap_of_a_fraction_counts_its_whole_days():
    # over 580 days the gap is 6.96 days and moves a date by 6, as over 500 days (6.0)
    near = [event(0, 0, 0), event(1, 7, 0), event(2, 14, 0)]
    first = near[0].start
    assert pack_rows(near, first, first + timedelta(days=580)) == {"e0": 0, "e1": 1, "e2": 0}
    assert pack_rows(near, first, first + timedelta(days=500)) == {"e0": 0, "e1": 1, "e2": 0}
