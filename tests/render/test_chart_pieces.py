"""What the charts of one render share: a lane's trace text, a mark's dates and their JSON,
written once; a changed event still changes every chart it is on."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import plotly.graph_objects as go
import plotly.io as pio
import render_sample as sample

import newsline.render.figure_json as figure_json_module
from newsline.render.chart import chart_payload, figure_dict
from newsline.render.figure_json import EMPTY_TEMPLATE, TraceJSON, WrittenTrace, figure_json
from newsline.render.hover import HoverRows


def _many(count: int):
    base = sample.events()
    return [replace(e, id=f"p{i:03d}", start=e.start + timedelta(days=(i * 7) % 300),
                    end=e.end + timedelta(days=(i * 7) % 300),
                    topics=("bruecke",) if i % 2 else ("hafen",))
            for i, e in ((i, base[i % len(base)]) for i in range(count))]


def _fresh(events, lang="de"):
    return chart_payload(events, sample.site(), lang, hover=HoverRows())


def test_a_changed_event_changes_every_chart_that_shares_its_pieces():
    site, events = sample.site(), _many(40)
    shared = HoverRows()
    for lang in ("de", "en"):
        before = chart_payload(events, site, lang, hover=shared)
        assert before == _fresh(events, lang)
        # other dates (a day becomes a span, a span moves), another status, another lane
        day = next(i for i, e in enumerate(events) if e.start == e.end)
        span = next(i for i, e in enumerate(events) if e.start != e.end)
        changed = list(events)
        changed[day] = replace(events[day], end=events[day].end + timedelta(days=3))
        changed[span] = replace(events[span], start=events[span].start - timedelta(days=40),
                                planned=True)
        other = next(i for i in range(len(events)) if i not in (day, span))
        changed[other] = replace(events[other], topics=("bruecke",) if events[other].topics != (
            "bruecke",) else ("hafen",))
        after = chart_payload(changed, site, lang, hover=shared)
        assert after == _fresh(changed, lang) != before
        marks = {row[3]: (t, i) for t in json.loads(after)["figure"]["data"]
                 if t["meta"] == ["event"] for i, row in enumerate(t["customdata"])}
        trace, i = marks[changed[day].id]
        assert trace["type"] == "bar" and trace["base"][i] == changed[day].start.isoformat()
        trace, i = marks[changed[span].id]
        assert trace["base"][i] == changed[span].start.isoformat()
        assert trace["name"].endswith(("geplant", "planned"))
        # an event whose dates are changed in place (the same object) is drawn at its new
        # dates: a mark's dates are found by their values (its hover row by the object)
        moved = changed[span]
        moved.start = moved.start - timedelta(days=1)
        again = {row[3]: (t, i) for t in json.loads(chart_payload(
            changed, site, lang, hover=shared))["figure"]["data"]
            if t["meta"] == ["event"] for i, row in enumerate(t["customdata"])}
        trace, i = again[moved.id]
        assert trace["base"][i] == moved.start.isoformat()
        assert trace["x"][i] == ((moved.end - moved.start).days + 1) * 86_400_000


def test_charts_of_the_same_lanes_write_no_trace_again(monkeypatch):
    """The properties a lane's traces share (style, colour, name) are encoded once for every
    chart: a second chart encodes only its marks' values (y), never a trace's marker."""
    site, events = sample.site(), _many(60)
    first = figure_dict(events, site, "de", hover=HoverRows())
    figure_json(first)
    encoded = []
    real = figure_json_module._encode
    monkeypatch.setattr(figure_json_module, "_encode",
                        lambda value: encoded.append(value) or real(value))
    second = figure_dict(events[5:] + events[:5], site, "de", hover=HoverRows())
    text = figure_json(second)
    marks = [value for value in encoded if isinstance(value, dict) and "marker" in value]
    event_traces = [t for t in second["data"] if t["meta"] == ["event"]]
    assert event_traces and all(type(t) is WrittenTrace for t in event_traces)
    assert marks == []
    assert text == pio.to_json(go.Figure(second), validate=True, pretty=False, engine="json")


def test_trace_text_takes_the_columns_of_each_trace_and_is_plotlys():
    text = TraceJSON("scatter", {"name": "a/b <c>", "marker": {"size": 3, "color": "#777"},
                                 "mode": "markers"}, ("x", "y", "customdata"))
    for x, y in ((["2024-01-01 12:00"], [1.0]), (["2024-02-02 12:00", "x"], [2.5, 3.0])):
        written = text.trace({"name": "a/b <c>", "marker": {"size": 3, "color": "#777"},
                              "mode": "markers"}, x=x, y=y, customdata=[["<i>", "ü"]] * len(x))
        figure = {"data": [written], "layout": {"template": EMPTY_TEMPLATE}}
        assert figure_json(figure) == pio.to_json(go.Figure(figure), validate=True,
                                                  pretty=False, engine="json")
    # a fixed value that is a column's stand-in: written in full, the same text
    odd = TraceJSON("scatter", {"name": "\x00x\x00"}, ("x",))
    plain = odd.trace({"name": "\x00x\x00"}, x=[1])
    assert type(plain) is not WrittenTrace
    assert figure_json({"data": [plain], "layout": {}}) == \
        figure_json({"data": [{"name": "\x00x\x00", "x": [1], "type": "scatter"}],
                     "layout": {}})


def test_encode_writes_as_the_standard_encoder():
    standard = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode
    for value in ("a/b <c> ü \u2028", [1, 2.5, None, True, float("nan")],
                  {"b": {"y": [], "x": "ä"}, "a": [[1, "2"]], "c": float("-inf")}, 3, 1.0e300):
        assert figure_json_module._encode(value) == standard(value)
