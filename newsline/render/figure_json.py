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
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
_SWAPS = (("<", "\\u003c"), (">", "\\u003e"), ("/", "\\u002f"))
_string = json.encoder.encode_basestring_ascii  # what _encode writes for a str


def _c_encoder():
    """The C encoder that JSONEncoder.encode makes afresh on every call, made once (without
    the check for circular references, which the figures' plain dicts and lists cannot have):
    a chart encodes a dozen small traces, and making the encoder cost more than their text.
    None where the C encoder is missing or writes otherwise than JSONEncoder.encode."""
    make = json.encoder.c_make_encoder
    if make is None:
        return None
    try:
        write = make(None, _ENCODER.default, _string, None, ":", ",", True, False, True)
    except TypeError:  # another signature
        return None
    sample = {"b": [1.5, 2, None, True, float("nan"), float("-inf")],
              "a": {"x": "\u00fc </> \u2028 \x00", "y": [[]], "w": {}}}
    try:
        same = "".join(write(sample, 0)) == _ENCODER.encode(sample)
    except Exception:  # noqa: BLE001 - any surprise: the standard path
        return None
    return write if same else None


_C_ENCODE = _c_encoder()


def _encode(value) -> str:
    """JSONEncoder(sort_keys=True, separators=(",", ":")).encode(value)"""
    if type(value) is str:
        return _string(value)
    if _C_ENCODE is None:
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


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

    @classmethod
    def written(cls, values, json: str) -> "EncodedRow":
        """`values` with `json`, their JSON as the encoder writes it, already made (a trace's
        column joined from the JSON its marks keep): nothing is encoded here."""
        row = list.__new__(cls)
        list.extend(row, values)
        row.json = json
        return row


# stand for a trace's columns that carry their JSON while the rest is encoded (strings no
# value can be: NULs around the property's name)
def _stand_in(key: str) -> str:
    return "\x00" + key + "\x00"


def trace(kind: str, **properties) -> dict:
    """One trace of `kind` ("scatter", "bar") with the given properties."""
    return {**properties, "type": kind}


class TraceJSON:
    """The JSON of a trace of `kind` with the properties `fixed` and the `columns` named,
    with the text around the columns written once: the charts draw an event mark's lane,
    colour and style with the same properties on every page, in a dozen small traces per
    chart, and encoding those cost more than the marks' own values."""

    __slots__ = ("kind", "fixed", "columns", "parts")

    def __init__(self, kind: str, fixed: dict, columns: tuple[str, ...]):
        self.kind, self.fixed = kind, fixed
        text = _trace_json({**fixed, **{key: _stand_in(key) for key in columns}, "type": kind})
        if any(text.count(_encode(_stand_in(key))) != 1 for key in columns):
            self.parts = None  # a fixed value is such a string: traces are written in full
            return
        at = sorted((text.index(_encode(_stand_in(key))), key) for key in columns)
        self.columns = tuple(key for _, key in at)
        self.parts, end = [], 0
        for start, key in at:
            self.parts.append(text[end:start])
            end = start + len(_encode(_stand_in(key)))
        self.parts.append(text[end:])

    def trace(self, fixed: dict, **columns) -> "WrittenTrace":
        """The trace of `fixed` (equal to this one's, or a copy of it: a figure's traces may
        share their style's dicts, never changed) and the column values given; figure_json
        writes it from this text and the columns alone."""
        if self.parts is None:
            return trace(self.kind, **fixed, **columns)
        written = WrittenTrace(fixed, **columns, type=self.kind)
        written.text = self
        return written

    def write(self, properties: dict) -> str:
        parts = self.parts
        out = [parts[0]]
        for i, key in enumerate(self.columns):
            value = properties[key]
            out.append(value.json if type(value) is EncodedRow else _encode(value))
            out.append(parts[i + 1])
        return "".join(out)


class WrittenTrace(dict):
    """A trace whose JSON is written by its TraceJSON (text), from its columns alone: its
    other properties are as given when it was made and never changed."""

    __slots__ = ("text",)


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
    if type(properties) is WrittenTrace:
        return properties.text.write(properties)
    rest = {k: v for k, v in properties.items() if k != "type"}
    # columns written already (EncodedRow: a mark's values joined from their kept JSON), and
    # customdata rows that carry theirs: encoded as stand-ins, their JSON then put in
    written = {key: value.json for key, value in rest.items() if type(value) is EncodedRow}
    rows = rest.get("customdata")
    if rows and "customdata" not in written and type(rows[0]) is EncodedRow:
        written["customdata"] = "[" + ",".join(
            [row.json if type(row) is EncodedRow else _encode(row) for row in rows]) + "]"
    if written:
        text = _encode({**rest, **{key: _stand_in(key) for key in written}})
        stand_ins = [(_encode(_stand_in(key)), json) for key, json in written.items()]
        if all(text.count(mark) == 1 for mark, _ in stand_ins):
            for mark, json in stand_ins:
                text = text.replace(mark, json)
        else:  # some other value is that very string: encode the columns where they stand
            text = _encode(rest)
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
