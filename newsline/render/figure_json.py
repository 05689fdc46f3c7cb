"""Plotly figures as plain dicts, serialised exactly as plotly.io.to_json would write them.

Building graph_objects validates every property, about a tenth of a second per chart, which
dominated rendering on large sites. The charts are built from a fixed set of known-good
properties, so they are written as dicts and serialised in the order Plotly's validated figures
use (keys sorted, each trace's "type" last) and with its escaping (ASCII only, and `<`, `>` and
`/` as \\u escapes), by the standard library's C encoder.
"""

from __future__ import annotations

import json

# layout arrays of objects that a validated figure leaves out when they are empty
_DROPPED_WHEN_EMPTY = ("annotations", "images", "shapes")
# what plotly's go.layout.Template() serialises to: an empty template that still names scatter
EMPTY_TEMPLATE = {"data": {"scatter": [{"type": "scatter"}]}}
# the look every chart's layout shares (the page's script themes the colours, newsline.js)
BASE_LAYOUT = dict(
    template=EMPTY_TEMPLATE,
    margin=dict(l=8, r=8, t=30, b=10),
    hovermode="closest",
    paper_bgcolor="rgba(0,0,0,0)",
    plot_bgcolor="rgba(0,0,0,0)",
    font=dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size=13),
)

# Plotly's json engine: compact, ASCII, and these characters escaped afterwards
_encode = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode
_SWAPS = (("<", "\\u003c"), (">", "\\u003e"), ("/", "\\u002f"))
_string = json.encoder.encode_basestring_ascii  # what _encode writes for a str


class EncodedRow(list):
    """A list that many figures share (an event's hover row) with its JSON, written once:
    figure_json puts that text in for it instead of encoding the row on each chart."""

    __slots__ = ("json",)

    def __init__(self, values):
        super().__init__(values)
        # a row of strings (every hover row) written by the encoder's own string function,
        # without a JSONEncoder.encode call (its checks and generator cost more than the text)
        self.json = "[" + ",".join(map(_string, self)) + "]" \
            if all(type(value) is str for value in self) else _encode(self)


# stands for a trace's customdata while the rest is encoded (a string no row can be: NULs)
_ROWS = "\x00customdata\x00"
_ROWS_JSON = _encode(_ROWS)


def trace(kind: str, **properties) -> dict:
    """One trace of `kind` ("scatter", "bar") with the given properties."""
    return {**properties, "type": kind}


def _ordered(value):
    if isinstance(value, dict):
        return {key: _ordered(value[key]) for key in sorted(value)}
    if isinstance(value, (list, tuple)):
        return [_ordered(item) for item in value]
    return value


def _ordered_trace(properties: dict) -> dict:
    ordered = _ordered({k: v for k, v in properties.items() if k != "type"})
    ordered["type"] = properties["type"]
    return ordered


def _trace_json(properties: dict) -> str:
    rest = {k: v for k, v in properties.items() if k != "type"}
    rows = rest.get("customdata")
    if rows and type(rows[0]) is EncodedRow:
        rest["customdata"] = _ROWS
        text = _encode(rest)
        if text.count(_ROWS_JSON) == 1:
            text = text.replace(_ROWS_JSON, "[" + ",".join(
                [row.json if type(row) is EncodedRow else _encode(row) for row in rows]) + "]")
        else:  # some other value is that very string: encode the rows where they stand
            text = _encode({**rest, "customdata": rows})
    else:
        text = _encode(rest)
    kind = '"type":' + _encode(properties["type"]) + "}"
    return text[:-1] + ("," if text != "{}" else "") + kind


def _layout(figure: dict) -> dict:
    return {k: v for k, v in figure["layout"].items()
            if not (k in _DROPPED_WHEN_EMPTY and not v)}


def figure_json(figure: dict) -> str:
    """The compact JSON of {"data": [traces], "layout": {...}}, as plotly.io.to_json gives it."""
    text = ('{"data":[' + ",".join([_trace_json(t) for t in figure["data"]]) + '],"layout":'
            + _encode(_layout(figure)) + "}")
    if "NaN" in text or "Infinity" in text:
        # Plotly's encoder writes a non-finite number as null (and checks for one by this
        # text, also inside strings): its own path says exactly what it does
        return plotly_figure_json(figure)
    for unsafe, safe in _SWAPS:
        if unsafe in text:
            text = text.replace(unsafe, safe)
    return text


def plotly_figure_json(figure: dict) -> str:
    """figure_json through Plotly's own encoder (its order given by sorting every dict).

    Imported here: plotly.io.json brings in narwhals and Plotly's validators, a tenth of a
    second or more of every build's start-up, for the rare figure with a non-finite number."""
    from plotly.io.json import to_json_plotly

    ordered = {"data": [_ordered_trace(t) for t in figure["data"]],
               "layout": _ordered(_layout(figure))}
    return to_json_plotly(ordered, pretty=False, engine="json")
