"""Choosing among a date's candidates: which side of the anchor a sentence's tense and a rule's
direction point to ("am Montag" told in the past is the Monday gone by), and the candidate that
side asks for, nearest first where the sentence only leans one way.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from newsline.timex.points import Point, narrow
from newsline.timex.semantic import Sem

if TYPE_CHECKING:
    from newsline.timex.resolve import Context


def direction_of(sem: Sem, ctx: Context) -> str:
    if sem.direction == "lean":
        if ctx.tense_gap is not None and ctx.tense_gap <= LEAN_GOVERNED:
            # the verb right beside the date governs it: "rose in May", "will open on May 2"
            return {"past": "past_incl", "future": "future_incl"}.get(ctx.tense, "lean_present")
        return {"past": "lean_past", "future": "lean_future"}.get(ctx.tense, "lean_present")
    if sem.direction == "ahead":  # a German present tense speaks of what is coming, unless
        # the past candidate is much nearer ("Die Feier am 25. April", five days before)
        return {"past": "past_incl", "future": "future_incl"}.get(ctx.tense, "lean_ahead")
    if sem.direction == "after":  # "nach den Weihnachtsferien beginnt": what follows a feast
        # may follow the one just past, whatever the tense ahead (choose: "after")
        return "past_incl" if ctx.tense == "past" else "after"
    if sem.direction == "onward":  # "ab Montag", "bis Juni": ahead unless told in the past
        return "past_incl" if ctx.tense == "past" else "future_incl"
    if sem.direction == "scheduled":  # as "onward", but its own clause is not in the past
        return "future_incl"
    if sem.direction == "reported":  # a period a figure is reported for: begun, unless the
        return "future_incl" if ctx.tense == "future" else "past_incl"  # sentence looks ahead
    if sem.direction != "tense":
        return sem.direction
    return {"past": "past_incl", "future": "future_incl"}.get(ctx.tense, "present")


# "lean" directions weigh a candidate's distance from the anchor by whether it lies on the side
# the sentence points to: a date on the other side must be this many times nearer to win
# ("said ... payable Jan. 2" in November is next January, not ten months back). Without a tense,
# news leans a little to the past.
LEAN_AGAINST = 8.0
LEAN_GOVERNED = 4
LEAN_FUTURE_UNTENSED = 1.5
LEAN_AHEAD = 3.0  # "lean_ahead": a past candidate must be this many times nearer to win
# "after": a feast past is the one meant only while what follows it has just begun (told on
# 8 January "nach den Weihnachtsferien beginnt" is the holidays gone by; told in March, "nach
# Weihnachten wird gebaut" the coming Christmas)
AFTER_RECENT_DAYS = 21


def _distance(p: Point, anchor: date) -> int:
    if p.start <= anchor <= p.end:
        return 0
    return min(abs((p.start - anchor).days), abs((p.end - anchor).days))


def _lean(candidates: list[Point], anchor: date, direction: str) -> Point:
    def cost(p: Point) -> tuple[float, bool]:
        future = p.start > anchor
        if direction == "lean_present":
            weight = LEAN_FUTURE_UNTENSED if future else 1.0
        elif direction == "lean_ahead":
            weight = 1.0 if future else LEAN_AHEAD
        else:
            weight = 1.0 if future == (direction == "lean_future") else LEAN_AGAINST
        return _distance(p, anchor) * weight, future
    return min(candidates, key=cost)


def choose(candidates: list[Point], anchor: date, direction: str,
            mod: str | None = None) -> Point | None:
    """Pick the candidate (earliest first) the direction asks for. With a START, MID or END
    mod the part it names decides ("Ende März" told in the past on 10 March is last year's,
    as that end still lies ahead; "Anfang März" told ahead on 25 March is next year's)."""
    if direction.startswith("lean_"):
        return _lean(candidates, anchor, direction)
    if direction in ("past", "past_incl", "future", "future_incl") \
            and mod in ("START", "MID", "END"):
        parts = {id(p): narrow(p, mod) for p in candidates}
        span = lambda p: parts[id(p)]  # noqa: E731
    else:
        span = lambda p: p  # noqa: E731
    # (None where none lies on that side: "the fifth Monday in February" told ahead in 2024,
    # the nearest such February 2016's)
    if direction == "past":
        return next((p for p in reversed(candidates) if span(p).end < anchor), None)
    if direction == "past_incl":
        return next((p for p in reversed(candidates) if span(p).start <= anchor), None)
    if direction == "after":
        last = next((p for p in reversed(candidates) if p.start <= anchor), None)
        if last is not None and (anchor - last.end).days <= AFTER_RECENT_DAYS:
            return last
        return next((p for p in candidates if p.end >= anchor), None)
    if direction == "future":
        return next((p for p in candidates if span(p).start > anchor), None)
    if direction == "future_incl":
        return next((p for p in candidates if span(p).end >= anchor), None)
    # no tense: the nearest one (news rarely reaches half a year away without saying so)
    return min(candidates, key=lambda p: (_distance(p, anchor), p.start < anchor))
