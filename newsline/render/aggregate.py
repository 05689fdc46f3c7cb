"""The timeline of a very large topic: events counted per week or month until the reader zooms in.

Beyond AGGREGATE_ABOVE events one mark per event makes a chart too tall to read and a page too
heavy for the browser, so each lane shows one dot per week (or per month, when weeks would be
too many), its size growing with the number of events that start in it. The individual events
travel beside the figure in a compact list ("detail"); the page's script swaps the dots for
them once the visible range holds few enough (newsline.js). The plain event list under the
chart always names every event.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from html import escape

from newsline.model import Event
from newsline.render.dates import day_label, interval_label, range_label
from newsline.render.figure_json import BASE_LAYOUT, trace
from newsline.render.strings import count_label

AGGREGATE_ABOVE = 1500  # events on one chart beyond which it shows counts
MAX_BINS = 260  # weeks on the axis before it counts per month instead
DETAIL_LIMIT = 1500  # the script draws single events once the visible range holds this few
LANE_HEIGHT = 44


def bin_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def bin_end(start: date, unit: str) -> date:
    if unit == "week":
        return start + timedelta(days=6)
    following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def bin_unit(first: date, last: date) -> str:
    return "week" if (last - first).days / 7 <= MAX_BINS else "month"


def counts(events: list[Event], lane_of: dict[str, str], unit: str,
           first: dict[tuple[str, date], str] | None = None) -> dict[str, Counter]:
    """lane key -> Counter of bin start -> events starting in that bin; `first`, if given,
    gets (lane key, bin start) -> the id of the first event of the list counted there."""
    return _binned(_per_day(events, lane_of), unit, first)


class _Days:
    """The events of a chart counted per lane and start day in one pass (a day holds many
    events, a bin several days): the bins are then made from the days, not from each event."""

    __slots__ = ("count", "at", "ids", "first", "last")

    def __init__(self):
        self.count: dict[tuple[str, date], int] = {}
        self.at: dict[tuple[str, date], int] = {}  # the index of the first event counted there
        self.ids: list[str] = []


def _per_day(events: list[Event], lane_of: dict[str, str]) -> _Days:
    days = _Days()
    count, at, ids = days.count, days.at, days.ids
    last = events[0].end
    for i, event in enumerate(events):
        ident = event.id
        ids.append(ident)
        key = (lane_of[ident], event.start)
        n = count.get(key)
        if n is None:
            count[key] = 1
            at[key] = i
        else:
            count[key] = n + 1
        if event.end > last:
            last = event.end
    days.first = min(day for _, day in count)
    days.last = last
    return days


def _binned(days: _Days, unit: str, first: dict[tuple[str, date], str] | None
            ) -> dict[str, Counter]:
    out: dict[str, Counter] = {}
    earliest: dict[tuple[str, date], int] = {}
    bins: dict[date, date] = {}
    for (key, day), n in days.count.items():
        start = bins.get(day)
        if start is None:
            start = bins[day] = bin_start(day, unit)
        lane = out.get(key)
        if lane is None:
            lane = out[key] = Counter()
        lane[start] += n
        at = days.at[key, day]
        if at < earliest.get((key, start), at + 1):
            earliest[key, start] = at
    if first is not None:
        for where, at in earliest.items():
            first[where] = days.ids[at]
    return out


@lru_cache(maxsize=65536)  # the overview's chart and each topic's label the same intervals
def _escaped_label(start: date, end: date, granularity: str, lang: str, approximate: bool,
                   open_start: bool, open_end: bool) -> str:
    return escape(interval_label(start, end, granularity, lang, approximate, open_start,
                                 open_end), quote=False)


# a bin's texts are the same on every chart and lane that counts in it (the overview and each
# topic share most bins): made once per process, not once per dot
@lru_cache(maxsize=16384)
def _bin_middle(start: date, unit: str) -> str:
    return f"{(start + (bin_end(start, unit) - start) / 2).isoformat()} 12:00"


@lru_cache(maxsize=16384)
def _range_text(start: date, unit: str, lang: str) -> str:
    return escape(range_label(start, bin_end(start, unit), unit, lang), quote=False)


@lru_cache(maxsize=4096)
def _count_text(lang: str, n: int) -> str:
    return escape(count_label(lang, n), quote=False)


def detail(events: list[Event], lane_row: dict[str, int], lane_of: dict[str, str],
           lang: str) -> list[list]:
    """[start, end, lane row, label, id] of every event, for the script's zoomed-in view."""
    return [[e.start.isoformat(), e.end.isoformat(), lane_row[lane_of[e.id]],
             _escaped_label(e.start, e.end, e.granularity, lang, e.approximate, e.open_start,
                            e.open_end), e.id]
            for e in events]


def aggregate_figure(events: list[Event], lanes, lane_key, lang: str,
                     page_of: dict[str, int] | None = None,
                     lane_of: dict[str, str] | None = None) -> tuple[dict, dict]:
    """The counted figure, and the extras the script needs to expand it (unit, detail, limit).

    lanes: the chart's Lane records in order; lane_key(event) -> the key of its lane, or
    lane_of: event id -> the key of its lane, where the caller has them already.
    page_of: on a page whose list is split into period pages (newsline.render.paging), event
    id -> the index of its page. Each dot then names the first event it counts and that
    event's page, so a click opens the page where its events are listed, each drawn on that
    page's own chart; the chart carries no detail to expand (on a big site it was most of the
    overview's bytes and of the time to make it again after any change).
    """
    if lane_of is None:
        lane_of = {e.id: lane_key(e) for e in events}
    row = {lane.key: i for i, lane in enumerate(lanes)}
    days = _per_day(events, lane_of)
    first, last = days.first, days.last
    unit = bin_unit(first, last)
    opens: dict[tuple[str, date], str] | None = {} if page_of is not None else None
    counted = _binned(days, unit, opens)
    biggest = max(max(c.values()) for c in counted.values())
    traces = []
    for lane in lanes:
        bins = sorted(counted.get(lane.key, Counter()).items())
        if not bins:
            continue
        title = escape(lane.title, quote=False)
        traces.append(trace(
            "scatter", mode="markers", name=escape(lane.title, quote=False), showlegend=False,
            x=[_bin_middle(start, unit) for start, _ in bins],
            y=[row[lane.key]] * len(bins),
            marker=dict(color=lane.color, opacity=0.8, sizemode="area",
                        size=[6 + 22 * math.sqrt(n / biggest) for _, n in bins]),
            customdata=[[_count_text(lang, n), _range_text(start, unit, lang), title] + (
                            [""] if opens is None else
                            [opens[lane.key, start], page_of[opens[lane.key, start]]])
                        for start, n in bins],
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>"
                          "<i>%{customdata[2]}</i><extra></extra>",
            meta=["aggregate"],
        ))
    pad = max((last - first) * 0.04, timedelta(days=3))
    x_range = [(first - pad).isoformat(), (last + pad + timedelta(days=1)).isoformat()]
    layout = dict(
        BASE_LAYOUT,
        height=140 + LANE_HEIGHT * len(lanes),
        xaxis=dict(type="date", range=x_range, showgrid=True, gridcolor="rgba(128,128,128,0.25)",
                   rangeslider=dict(visible=True, range=x_range, thickness=0.12)),
        yaxis=dict(range=[len(lanes) - 0.5, -0.5], fixedrange=True, showgrid=False,
                   zeroline=False, tickmode="array", tickvals=list(range(len(lanes))),
                   ticktext=[escape(lane.title, quote=False) for lane in lanes]),
    )
    extras = {"aggregate": {"unit": unit, "limit": DETAIL_LIMIT,
                            "first": day_label(first, lang), "last": day_label(last, lang),
                            "colors": [lane.color for lane in lanes]}}
    if page_of is None:
        extras["aggregate"]["detail"] = detail(events, row, lane_of, lang)
    return {"data": traces, "layout": layout}, extras
