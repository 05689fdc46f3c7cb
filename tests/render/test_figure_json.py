"""The chart's dict figures serialise exactly as Plotly's validated Figure objects would."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import plotly.graph_objects as go
import plotly.io as pio
import pytest
import render_sample as sample

from newsline.render.aggregate import aggregate_figure
from newsline.render.chart import figure_dict, lane_key, lanes_for
from newsline.render.figure_json import figure_json


def _validated(figure: dict) -> str:
    return pio.to_json(go.Figure(figure), validate=True, pretty=False, engine="json")


def _many(count: int):
    base = sample.events()
    return [replace(e, id=f"m{i:04d}", start=e.start + timedelta(days=(i * 5) % 400),
                    end=e.end + timedelta(days=(i * 5) % 400),
                    topics=("bruecke",) if i % 3 else ("hafen",))
            for i, e in ((i, base[i % len(base)]) for i in range(count))]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("by", ["topic", "source"])
def test_timeline_json_matches_plotlys_validated_figure(lang, by):
    tagged = sample.articles()
    for events in (sample.events(), sample.events()[:1], _many(200)):
        figure = figure_dict(events, sample.site(), lang, by, reports=[t.article for t in tagged])
        assert figure_json(figure) == _validated(figure)
        bare = figure_dict(events, sample.site(), lang, by)
        assert figure_json(bare) == _validated(bare)


def test_counted_figure_json_matches_plotlys_validated_figure():
    site, events = sample.site(), _many(300)
    for by in ("topic", "source"):
        figure, extras = aggregate_figure(events, lanes_for(events, site, by, "de"),
                                          lambda e: lane_key(e, site, by), "de")
        assert figure_json(figure) == _validated(figure)
        assert len(extras["aggregate"]["detail"]) == 300


def test_figure_json_escapes_and_non_finite_numbers_as_plotly_does():
    from newsline.render.figure_json import EMPTY_TEMPLATE, plotly_figure_json

    for text, number in (("a/b <c> & „ü“", 1.5), ("NaN in a title", 2.0),
                         ("Infinity", float("inf")), ("x", float("nan"))):
        figure = {"data": [{"type": "scatter", "x": [number], "customdata": [[text]],
                            "marker": {"size": 3, "color": "#777777"}}, {"type": "bar"}],
                  "layout": {"title": {"text": text}, "shapes": [],
                             "annotations": [{"text": text}]}}
        assert figure_json(figure) == plotly_figure_json(figure)
        with_template = {**figure, "layout": {**figure["layout"], "template": EMPTY_TEMPLATE}}
        assert figure_json(with_template) == _validated(with_template)


def _as_lists(figure: dict) -> dict:
    return {"data": [{**t, "customdata": [list(row) for row in t.get("customdata", [])]}
                     for t in figure["data"]], "layout": figure["layout"]}


def test_rows_that_carry_their_json_are_written_as_plain_rows():
    from newsline.render.figure_json import EncodedRow
    from newsline.render.hover import HoverRows

    site, events = sample.site(), _many(120)
    rows = HoverRows()
    for lang in ("de", "en"):
        shared = figure_dict(events, site, lang, hover=rows)
        assert any(type(row) is EncodedRow for t in shared["data"] for row in t["customdata"])
        plain = _as_lists(shared)
        assert not any(type(row) is EncodedRow for t in plain["data"] for row in t["customdata"])
        assert figure_json(shared) == figure_json(plain) == _validated(plain)
    # rows of several charts, some plain (a page's index put on a copy), some an odd value
    mixed = {"data": [{"type": "scatter", "name": "\x00customdata\x00",
                       "customdata": [EncodedRow(["<b>", "x"]), ["a/b", 2]]},
                      {"type": "bar", "customdata": [EncodedRow(["ü", "\u2028"])]}],
             "layout": {}}
    assert figure_json(mixed) == figure_json(_as_lists(mixed))
