"""The Plotly timeline of a page, built in Python and shipped as inert JSON.

Day events are markers, longer intervals horizontal bars across their whole period; lanes are
topics (or outlets). Style says how sure a date is: approximate dates are faded and hatched,
planned ones diamonds or dotted, open ends carry an arrow. The page's script only draws what this
module decided, so the chart and the plain list below it can never disagree.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from functools import lru_cache
from html import escape
from itertools import chain
from operator import attrgetter

from newsline.model import Event
from newsline.render.aggregate import AGGREGATE_ABOVE, aggregate_figure
# DAY_MS, KEY_COLOUR and status are this module's names too (imported from it elsewhere)
from newsline.render.chart_traces import (  # noqa: F401
    DAY_MS, KEY_COLOUR, STATUSES, Lane, _Dates, _dates, _trace, key_traces,
    open_end_trace, status)
from newsline.render.figure_json import BASE_LAYOUT, figure_json, trace
from newsline.render.plotly_setup import chart_config, plotly_locale
from newsline.render.filters import topics_by_slug
from newsline.render.hover import HoverRows
from newsline.render.rows import pack_rows
from newsline.render.strings import strings_for

# Okabe-Ito hues, distinguishable with the common colour-vision deficiencies; its orange and sky
# blue darkened so every mark keeps 3:1 contrast on the light and the dark page background.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#A67C00", "#3A8FC7", "#8C6D31", "#777777")


def lane_key(event: Event, site, by: str) -> str:
    """The lane an event is drawn in: its first (main) known topic, or its first outlet."""
    if by == "source":
        return min((m.source for m in event.sources), default="")
    topics = topics_by_slug(site)
    for topic in event.topics:
        if topic in topics:
            return topic
    return event.topics[0] if event.topics else ""


def lanes_for(events: list[Event], site, by: str, lang: str, keys=None) -> list[Lane]:
    """The chart's lanes in order; `keys` may be the lane keys of the events, found already."""
    keys = set(keys) if keys is not None else {lane_key(e, site, by) for e in events}
    if by == "source":
        ordered = sorted(k for k in keys if k)
    else:
        known = [t.slug for t in site.topics if t.slug in keys]
        ordered = known + sorted(k for k in keys if k and k not in known)
    if "" in keys:
        ordered.append("")
    lanes = []
    for i, key in enumerate(ordered):
        topic = site.topic(key) if by == "topic" else None
        title = topic.title if topic else (key or strings_for(lang)["other"])
        lanes.append(Lane(key, title, PALETTE[i % len(PALETTE)]))
    return lanes
def _lane_rows(events, lanes, lane_of, first, last):
    """y of every event, the lane titles drawn above their rows, and lines between lanes."""
    y: dict[str, float] = {}
    titles, separators, cursor = [], [], 0.0
    by_lane: dict[str, list[Event]] = {}
    for e in events:
        by_lane.setdefault(lane_of[e.id].key, []).append(e)
    for lane in lanes:
        mine = by_lane.get(lane.key, [])
        rows = pack_rows(mine, first, last)
        # the title in the page's text colour (contrast); the swatch names the lane's colour
        titles.append(dict(xref="paper", x=0, xanchor="left", y=cursor + 0.1, yanchor="middle",
                           text=f"<span style='color:{lane.color}'>■</span> "
                                f"<b>{escape(lane.title, quote=False)}</b>",
                           showarrow=False, name="lane", font=dict(size=13)))
        for e in mine:
            y[e.id] = cursor + 1 + rows[e.id]
        cursor += 2 + max(rows.values())
        separators.append(dict(type="line", xref="paper", x0=0, x1=1, y0=cursor - 0.5,
                               y1=cursor - 0.5, line=dict(color="rgba(128,128,128,0.35)", width=1)))
    return y, titles, separators[:-1], cursor - 0.5


ASK = object()  # figure_dict's as_of when the caller has not worked it out: it is asked for


def as_of_line(events: list[Event]) -> date | None:
    """The date of the chart's dotted line: drawn only when some events are still planned
    (asked first: most charts have none, and the newest source is then not looked for)."""
    return _as_of(events) if any(e.planned for e in events) else None


def _as_of(events: list[Event]) -> date | None:
    """The newest publication date among the sources: what 'planned' is relative to."""
    newest = max(map(_PUBLISHED, chain.from_iterable([e.sources for e in events])),
                 default=None)
    return newest.date() if newest is not None else None


_PUBLISHED = attrgetter("published")


def report_trace(reports, lang: str, y_edge: float, hover: HoverRows | None = None):
    """One '▲' along the bottom per day on which reports were published, distinct from events:
    the article is the point at which it reported, its dateline no event of its own.

    A marker trace rather than annotations or text: Plotly lays out every annotation twice
    while drawing, and styles a text point far more slowly than a marker on every redraw.
    `y_edge` is the y value of the plot's bottom edge; the triangles stand just above it.
    `hover`: the render's HoverRows, which keep each article's line."""
    hover = hover if hover is not None else HoverRows()
    by_day: dict[date, list[str]] = {}
    for article in sorted(reports, key=lambda a: (a.date, a.slug)):
        by_day.setdefault(article.date.date(), []).append(hover.reported(article, lang))
    if not by_day:
        return None
    days = sorted(by_day.items())
    return trace("scatter", mode="markers", x=[f"{day.isoformat()} 12:00" for day, _ in days],
                 y=[y_edge - 0.3] * len(days), name="reported", showlegend=False,
                 marker=dict(symbol="triangle-up", size=9, color="#777777"),
                 hovertext=["<br>".join(lines) for _, lines in days],
                 hovertemplate="%{hovertext}<extra></extra>", customdata=[], meta=["reported"])


def figure_dict(events: list[Event], site, lang: str, by: str | None = None,
                reports=(), page_of: dict[str, int] | None = None,
                hover: HoverRows | None = None, as_of=ASK) -> dict:
    """The timeline of `events` with lanes by topic or source (site.lanes unless `by` is given);
    with `page_of` (event id -> index of the list page that lists it), each event's mark
    names its page too. `hover`: the render's rows kept for every chart (else made here).
    `as_of`: as_of_line(events) when the caller has it already."""
    hover = hover if hover is not None else HoverRows()
    by = by or site.lanes
    keys = {e.id: lane_key(e, site, by) for e in events}
    lanes = lanes_for(events, site, by, lang, keys.values())
    by_key = {lane.key: lane for lane in lanes}
    lane_of = {e.id: by_key[keys[e.id]] for e in events}
    first = min(e.start for e in events)
    last = max(e.end for e in events) + timedelta(days=1)
    y, titles, separators, bottom = _lane_rows(events, lanes, lane_of, first, last)
    traces = []
    # (lane, status, day or not) -> its events and their dates, in order
    groups: dict[tuple[str, str, bool], tuple[list[Event], list[_Dates]]] = {}
    for e in events:
        d = _dates(e.start, e.end)
        st = status(e)
        group = groups.get((keys[e.id], st, d.point))
        if group is None:
            group = groups[keys[e.id], st, d.point] = ([], [])
        group[0].append(e)
        group[1].append(d)
    for lane in lanes:
        for st in STATUSES:
            for point in (False, True):  # spans first, then the days drawn over them
                group = groups.get((lane.key, st, point))
                if group is not None:
                    traces.append(_trace(lane, st, group[0], group[1], y, lang, point,
                                         page_of, hover))
    if reports:
        first = min([first] + [a.date.date() for a in reports])
        last = max([last] + [a.date.date() + timedelta(days=1) for a in reports])
    pad = max((last - first) * 0.04, timedelta(days=3))
    x_range = [(first - pad).isoformat(), (last + pad).isoformat()]
    arrows = open_end_trace(events, lane_of, y, page_of)
    if arrows is not None:
        traces.append(arrows)
    used = {t["legendgroup"] for t in traces}
    traces = key_traces(used, lang) + traces
    y_edge = bottom + 0.6  # the lowest y shown when there are reports (the axis below)
    reported = report_trace(reports, lang, y_edge, hover)
    if reported is not None:
        traces.append(reported)
    shapes, annotations = separators, list(titles)
    as_of = as_of_line(events) if as_of is ASK else as_of
    if as_of:
        # explained in the text under the chart (chart_as_of), where it cannot cover a mark
        shapes.append(dict(type="line", xref="x", yref="paper", x0=as_of.isoformat(),
                           x1=as_of.isoformat(), y0=0, y1=1, line=dict(dash="dot", width=1)))
    layout = dict(
        BASE_LAYOUT,
        height=190 + round(24 * bottom) + legend_allowance(len(lanes)),
        barmode="overlay",
        hoverlabel=dict(align="left"),
        legend=dict(orientation="h", x=0, xanchor="left", y=1.0, yanchor="bottom"),
        xaxis=dict(type="date", range=x_range, showgrid=True, gridcolor="rgba(128,128,128,0.25)",
                   rangeslider=dict(visible=True, range=x_range,
                                    thickness=round(min(0.15, 48 / (24 * bottom + 120)), 3))),
        # rows count downwards from the first lane's title at the top
        # report markers sit along the bottom edge: keep a row's half free for them
        yaxis=dict(range=[y_edge if reports else bottom, -0.6], fixedrange=True, showgrid=False,
                   zeroline=False, showticklabels=False),
        shapes=shapes,
        annotations=annotations,
    )
    return {"data": traces, "layout": layout}


def build_figure(events: list[Event], site, lang: str, by: str | None = None,
                 reports=()):
    """figure_dict as a Plotly Figure object, validated, for callers that want its API
    (plotly.graph_objects imported here: the build itself never needs it)."""
    import plotly.graph_objects as go

    return go.Figure(figure_dict(events, site, lang, by, reports))


def range_buttons(lang: str, first: date, last: date) -> list[dict]:
    """The page's zoom buttons: the data's last month, half year and year where the data is
    longer, and everything. HTML buttons rather than Plotly's range selector, so a keyboard
    reaches them and they sit beside the filters instead of fighting the legend for room."""
    s = strings_for(lang)
    span_days = (last - first).days
    buttons = [{"months": months, "label": s[key]}
               for months, key, days in ((1, "range_1m", 31), (6, "range_6m", 183),
                                         (12, "range_1y", 366))
               if span_days > days]
    return buttons + [{"months": 0, "label": s["range_all"]}]


def legend_allowance(lanes: int) -> int:
    """Pixels of the chart's height kept for the legend of mark styles above the plot (one row;
    the script adds a second on narrow screens, where it wraps)."""
    return 28


def script_safe_json(text: str) -> str:
    """JSON that cannot end a <script> block or be cut by a JavaScript line separator.

    The replaced characters only ever occur inside JSON strings, where \\u escapes mean the same.
    """
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def chart_payload(events: list[Event], site, lang: str, by: str | None = None,
                  reports=(), pages: tuple[list[str], dict[str, int]] | None = None,
                  hover: HoverRows | None = None, as_of=ASK) -> str:
    """The page's chart-data block: figure, Plotly config and axis locale, ready to embed.

    pages: when the page's list is split (newsline.render.paging), the list pages' links and
    event id -> index of its page: a click on an event then opens the page that lists it.
    hover: the render's HoverRows, so that each event's hover row is made once.
    as_of: as_of_line(events) when the caller has it already (the page's text names it)."""
    more = {}
    page_of = pages[1] if pages else None
    if len(events) > AGGREGATE_ABOVE:  # counts per week or month until zoomed in (aggregate)
        by = by or site.lanes
        keys = {e.id: lane_key(e, site, by) for e in events}
        fig, more = aggregate_figure(events, lanes_for(events, site, by, lang, keys.values()),
                                     None, lang, page_of, lane_of=keys)
    else:
        fig = figure_dict(events, site, lang, by, reports, page_of, hover, as_of)
    if pages:
        more["pages"] = pages[0]
    figure = figure_json(fig)
    lanes = sum(1 for a in fig["layout"].get("annotations", ()) if a.get("name") == "lane")
    extras = json.dumps({**_extras(lang, legend_allowance(lanes)), **more},
                        ensure_ascii=False, sort_keys=True, separators=(",", ":")) \
        if more else _extras_json(lang, legend_allowance(lanes))
    # the figure's JSON is ASCII with `<` and `>` escaped already (figure_json): of what
    # script_safe_json replaces, only `&` can be in it
    if "&" in figure:
        figure = figure.replace("&", "\\u0026")
    return '{"figure":' + figure + "," + script_safe_json(extras[1:])


def _extras(lang: str, legend_height: int) -> dict:
    return {"config": chart_config(lang), "locale": plotly_locale(lang),
            "legendHeight": legend_height}


@lru_cache(maxsize=64)  # the same for every chart of a language (babel's names are slow to get)
def _extras_json(lang: str, legend_height: int) -> str:
    return json.dumps(_extras(lang, legend_height), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def chart_span(events: list[Event]) -> tuple[date, date]:
    return min(e.start for e in events), max(e.end for e in events)

