"""Rows inside a timeline lane, so that no mark hides another.

Long spans ("since 2022") would otherwise cover every day marker of the same lane. Events are
packed greedily, earliest first, into the first row where they keep a small gap to the previous
mark; the gap is a share of the whole time range because markers have a fixed size on screen.
"""

from __future__ import annotations

from datetime import date, timedelta

from newsline.model import Event

GAP_SHARE = 0.012  # of the whole range, about one marker's width on a desktop chart


def pack_rows(events: list[Event], first: date, last: date) -> dict[str, int]:
    """Event id -> row (0 = top) such that marks in one row do not touch."""
    gap = max((last - first) * GAP_SHARE, timedelta(days=1))
    # days as ordinals: a date moved by the gap moves by its whole days (date arithmetic
    # ignores the rest of a timedelta, both ways)
    days = gap.days
    row_ends: list[int] = []
    rows: dict[str, int] = {}
    for e in sorted(events, key=lambda e: (e.start, -(e.end - e.start).days, e.id)):
        start, end = e.start.toordinal(), e.end.toordinal()
        begin = start - days if start == end else start
        finish = end + days if start == end else end + 1
        for i, row_end in enumerate(row_ends):
            if row_end < begin:
                row_ends[i] = finish
                rows[e.id] = i
                break
        else:
            row_ends.append(finish)
            rows[e.id] = len(row_ends) - 1
    return rows
