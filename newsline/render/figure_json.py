"""Plotly figures as plain dicts, serialised exactly as plotly.io.to_json would write them.

Building graph_objects validates every property, about a tenth of a second per chart, which
dominated rendering on large sites. The charts are built from a fixed set of known-good
properties, so they are written as dicts and serialised with Plotly's own JSON encoder in the
order its validated figures use: keys sorted, each trace's "type" last.
"""

from __future__ import annotations

from plotly.io.json import to_json_plotly

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


def figure_json(figure: dict) -> str:
    """The compact JSON of {"data": [traces], "layout": {...}}, as plotly.io.to_json gives it."""
    ordered = {"data": [_ordered_trace(t) for t in figure["data"]],
               "layout": _ordered({k: v for k, v in figure["layout"].items()
                                   if not (k in _DROPPED_WHEN_EMPTY and not v)})}
    return to_json_plotly(ordered, pretty=False, engine="json")
