"""A page's chart works out the date of its dotted 'as of' line once: the page's text and the
figure take the same date (pages._chart hands it to chart_payload)."""

from __future__ import annotations

from dataclasses import replace

import render_sample as sample

from newsline.render import chart
from newsline.render.pages import make_env, render_index


def test_the_as_of_line_is_worked_out_once_per_chart(monkeypatch):
    site = sample.site()
    articles = sample.articles()
    events = sample.events(articles)
    assert any(e.planned for e in events)
    calls = []
    newest = chart._as_of
    monkeypatch.setattr(chart, "_as_of", lambda evs: calls.append(len(evs)) or newest(evs))
    html = render_index(make_env(site), site, articles, events)
    assert calls == [len(events)]
    assert '"x0":"2024-05-02"' in html  # the line is drawn at the newest source's day
    # without planned events there is no line, and the sources are not looked at
    calls.clear()
    done = [replace(e, planned=False) for e in events]
    html = render_index(make_env(site), site, articles, done)
    assert calls == [] and '"dash":"dot"' not in html


def test_a_figure_made_alone_still_asks_for_the_line():
    events = sample.events()
    [line] = [s for s in chart.figure_dict(events, sample.site(), "de")["layout"]["shapes"]
              if s["xref"] == "x"]
    assert line["x0"] == "2024-05-02"
    bare = chart.figure_dict(events, sample.site(), "de", as_of=None)
    assert [s for s in bare["layout"]["shapes"] if s["xref"] == "x"] == []
