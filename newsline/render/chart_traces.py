"""A chart's traces of event marks: a lane's days and spans per status, the legend's keys and
the open-end arrows, each written from its TraceJSON (the text around the marks' columns, made
once per lane, style and language) and the marks' columns from the JSON kept by their dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from html import escape
from operator import attrgetter

from newsline.model import Event
from newsline.render.figure_json import EncodedRow, TraceJSON
from newsline.render.hover import HoverRows
from newsline.render.strings import strings_for

DAY_MS = 86_400_000
STATUSES = ("dated", "approximate", "planned")
_POINT_SYMBOL = {"dated": "circle", "approximate": "circle-open", "planned": "diamond"}
_SPAN_PATTERN = {"dated": "", "approximate": "/", "planned": "."}
_OPACITY = {"dated": 0.95, "approximate": 0.5, "planned": 0.85}
_HOVER = "<b>%{customdata[0]}</b><br>%{customdata[1]}<br><i>%{customdata[2]}</i><extra></extra>"


@dataclass(frozen=True)
class Lane:
    key: str
    title: str
    color: str


def status(event: Event) -> str:
    if event.planned:
        return "planned"
    return "approximate" if event.approximate else "dated"


def is_point(event: Event) -> bool:
    """A single day is drawn as a marker; anything longer as a span."""
    return event.start == event.end


def _customdata(event: Event, lang: str, page_of: dict[str, int] | None,
                hover: HoverRows) -> list:
    row = hover.row(event, lang)
    if page_of is not None:  # the list page that lists the event (the payload's "pages")
        return [*row, page_of[event.id]]
    return row


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i: i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _style(st: str, point: bool) -> str:
    """The legend entry a mark belongs to: a day, a period, or how its date is uncertain."""
    return st if st != "dated" else ("day" if point else "period")


def _point_marker(st: str, colour: str) -> dict:
    # a light rim keeps a dated marker visible where it touches a span of the same colour
    return dict(symbol=_POINT_SYMBOL[st], size=12, color=colour, opacity=_OPACITY[st],
                line=dict(width=1.5 if st == "dated" else 2.5,
                          color="#ffffff" if st == "dated" else colour))


def _span_marker(st: str, colour: str) -> dict:
    # the fill fades with uncertainty, the outline does not: a vague span still shows its bounds
    return dict(color=_rgba(colour, _OPACITY[st] if st == "dated" else 0.35),
                line=dict(width=1.5, color=colour),
                pattern=dict(shape=_SPAN_PATTERN[st], fillmode="overlay", fgcolor=colour,
                             fgopacity=0.9, size=7))


class _Dates:
    """What a mark from `start` to `end` puts in its trace's columns, its JSON beside it: a
    day's x ("YYYY-MM-DD 12:00"), or a span's base and length in ms. Found by the dates, so an
    event drawn on several charts (its topics', its period page's, its articles') gives each
    the same texts, and an event with other dates other ones."""

    __slots__ = ("point", "x", "x_json", "length", "length_json")

    def __init__(self, start: date, end: date):
        self.point = start == end
        if self.point:
            self.x = f"{start.isoformat()} 12:00"
        else:
            self.x = start.isoformat()  # the bar's base
            self.length = ((end - start).days + 1) * DAY_MS
            self.length_json = repr(self.length)
        self.x_json = '"' + self.x + '"'  # digits, '-', ':' and a space: no escape


_DATES: dict[tuple[date, date], _Dates] = {}
_KEPT_DATES = 1 << 16  # distinct (start, end) pairs kept before the store starts again


def _dates(start: date, end: date) -> _Dates:
    known = _DATES.get((start, end))
    if known is None:
        if len(_DATES) >= _KEPT_DATES:
            _DATES.clear()
        known = _DATES[start, end] = _Dates(start, end)
    return known


def _column(pieces: list[str], values: list) -> EncodedRow:
    return EncodedRow.written(values, "[" + ",".join(pieces) + "]")


_X = attrgetter("x")
_X_JSON = attrgetter("x_json")
_JSON = attrgetter("json")


def _fixed(lane: Lane, st: str, point: bool, lang: str) -> dict:
    """A trace's properties other than its marks' columns (x, y, base, customdata)."""
    s = strings_for(lang)
    fixed = dict(mode="markers", marker=_point_marker(st, lane.color)) if point else \
        dict(orientation="h", width=0.62, marker=_span_marker(st, lane.color))
    fixed.update(
        # trace names are Plotly pseudo-HTML like hover text: escaped, never markup
        name=escape(lane.title if st == "dated" else f"{lane.title} · {s[st]}", quote=False),
        legendgroup=_style(st, point), showlegend=False, hovertemplate=_HOVER, meta=["event"])
    return fixed


@lru_cache(maxsize=4096)  # a lane's traces look the same on every chart that has the lane
def _trace_text(lane: Lane, st: str, point: bool, lang: str) -> TraceJSON:
    return TraceJSON("scatter" if point else "bar", _fixed(lane, st, point, lang),
                     ("x", "y", "customdata") if point else ("base", "x", "y", "customdata"))


def _trace(lane: Lane, st: str, events: list[Event], dates: list[_Dates],
           y: dict[str, float], lang: str, point: bool, page_of: dict[str, int] | None,
           hover: HoverRows):
    row = hover.row
    if page_of is None:
        rows = [row(e, lang) for e in events]
        customdata = _column(list(map(_JSON, rows)), rows)
    else:
        customdata = [_customdata(e, lang, page_of, hover) for e in events]
    ys = [y[e.id] for e in events]
    text = _trace_text(lane, st, point, lang)
    # the trace's own dict; its style (marker, meta) is the text's, shared by every chart of
    # the lane and never changed
    fixed = text.fixed.copy()
    xs = _column(list(map(_X_JSON, dates)), list(map(_X, dates)))
    if point:
        return text.trace(fixed, x=xs, y=ys, customdata=customdata)
    return text.trace(fixed, base=xs, x=_column([d.length_json for d in dates],
                                                [d.length for d in dates]),
                      y=ys, customdata=customdata)


KEY_COLOUR = "#777777"  # 3:1 against the light and the dark background


def key_traces(used: set[str], lang: str) -> list:
    """Legend-only entries that explain the mark styles used on this chart; clicking one hides
    or shows every mark of that style, whatever its lane (the lanes are titled in the chart)."""
    texts = [_key_text(style, lang) for style in ("day", "period", "approximate", "planned", "open")
             if style in used]
    return [text.trace(text.fixed.copy()) for text in texts]


def _key_trace(style: str, lang: str) -> dict:
    s = strings_for(lang)
    common = dict(name=s[f"key_{style}"], legendgroup=style, showlegend=True,
                  hoverinfo="skip", customdata=[], meta=["key"])
    if style == "period":
        return dict(orientation="h", x=[None], y=[None],
                    marker=_span_marker("dated", KEY_COLOUR), **common)
    if style == "open":
        return dict(mode="markers", x=[None], y=[None], **common,
                    marker=dict(symbol="triangle-right", size=10, color=KEY_COLOUR))
    return dict(mode="markers", x=[None], y=[None], **common,
                marker=_point_marker("dated" if style == "day" else style, KEY_COLOUR))


@lru_cache(maxsize=64)  # the same on every chart of a language
def _key_text(style: str, lang: str) -> TraceJSON:
    return TraceJSON("bar" if style == "period" else "scatter", _key_trace(style, lang), ())


# An arrowhead is Plotly's downward triangle turned to point left or right and pushed out by its
# standoff (px), so it starts where its span ends, or clear of a day's marker, at any zoom.
_ARROW_ANGLE = {"left": 90, "right": -90}
_ARROW_STANDOFF = {"span": 3, "point": 10}


def open_end_trace(events: list[Event], lane_of: dict[str, Lane], y: dict[str, float],
                   page_of: dict[str, int] | None = None):
    """One trace of arrowheads at the open ends of events ("since 2022", "before May").

    Markers rather than annotations or text: a thousand events redraw quickly as they are panned
    and zoomed, and the page's filters hide an arrow with its event because each point names
    the event in customdata.
    """
    x, ys, angles, standoffs, colours, ids = [], [], [], [], [], []
    for e in events:
        if not (e.open_start or e.open_end):  # most events: no arrow to draw
            continue
        point = is_point(e)
        left = f"{e.start.isoformat()} 12:00" if point else e.start.isoformat()
        right = f"{e.end.isoformat()} 12:00" if point else (e.end + timedelta(days=1)).isoformat()
        ends = ([(left, "left")] if e.open_start else []) + (
            [(right, "right")] if e.open_end else [])
        for at, direction in ends:
            x.append(at)
            ys.append(y[e.id])
            angles.append(_ARROW_ANGLE[direction])
            standoffs.append(_ARROW_STANDOFF["point" if point else "span"])
            colours.append(lane_of[e.id].color)
            ids.append(["", "", "", e.id] if page_of is None else
                       ["", "", "", e.id, page_of[e.id]])
    if not x:
        return None
    return _open_text().trace(_open_text().fixed.copy(), x=x, y=ys, customdata=ids, marker=dict(
        symbol="triangle-down", size=10, angle=angles, standoff=standoffs, color=colours))


def _open_fixed() -> dict:
    return dict(mode="markers", name="open", showlegend=False, legendgroup="open",
                hoverinfo="skip", meta=["open-end"])


@lru_cache(maxsize=1)
def _open_text() -> TraceJSON:  # made when first needed
    return TraceJSON("scatter", _open_fixed(), ("x", "y", "customdata", "marker"))
