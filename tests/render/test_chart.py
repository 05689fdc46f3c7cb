"""The Plotly figure: one mark per event, spans across whole periods, styles, lanes, JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import render_sample as sample

from newsline.render.chart import DAY_MS, build_figure, chart_payload, range_buttons


def _marks(figure):
    """event id -> (trace, index) for every plotted event."""
    out = {}
    for trace in figure["data"]:
        if trace["meta"] != ["event"]:
            continue
        for i, row in enumerate(trace["customdata"]):
            assert row[3] not in out, "an event is drawn twice"
            out[row[3]] = (trace, i)
    return out


def _figure(events, site=None, lang="de", by=None):
    return json.loads(chart_payload(events, site or sample.site(), lang, by))["figure"]


def test_one_mark_per_event_days_as_points_periods_as_spans():
    events = sample.events()
    marks = _marks(_figure(events))
    assert sorted(marks) == sorted(e.id for e in events)
    for e in events:
        trace, i = marks[e.id]
        if e.start == e.end:
            assert trace["type"] == "scatter" and trace["mode"] == "markers"
            assert trace["x"][i] == f"{e.start.isoformat()} 12:00"
        else:
            assert trace["type"] == "bar" and trace["orientation"] == "h"
            assert trace["base"][i] == e.start.isoformat()
            assert trace["x"][i] == ((e.end - e.start).days + 1) * DAY_MS


def test_week_span_covers_the_whole_week():
    week = next(e for e in sample.events() if e.granularity == "week")
    trace, i = _marks(_figure([week]))[week.id]
    assert trace["base"][i] == "2024-04-22" and trace["x"][i] == 7 * DAY_MS


def test_styles_tell_dated_approximate_and_planned_apart():
    events = sample.events()
    vague = replace(events[1], id="vague", approximate=True)
    figure = _figure(events + [vague])
    by_name = {t["name"]: t for t in figure["data"] if t["type"] == "bar" and t["meta"] == ["event"]}
    dated_span = by_name["Neue Brücke"]
    planned_span = by_name["Neue Brücke · geplant"]
    approx = _marks(figure)["vague"][0]
    assert approx["name"] == "Neue Brücke · ungefähr"
    # faded fill, but the outline that shows its bounds keeps the lane's full colour
    assert approx["marker"]["color"] == "rgba(0,114,178,0.35)"
    assert dated_span["marker"]["color"] == "rgba(0,114,178,0.95)"
    assert approx["marker"]["line"] == {"color": "#0072B2", "width": 1.5}
    assert approx["marker"]["pattern"]["shape"] == "/"
    assert planned_span["marker"]["pattern"]["shape"] == "."
    assert dated_span["marker"]["pattern"]["shape"] == ""
    point = build_figure([replace(events[3], id="p", planned=True)], sample.site(), "de")
    assert [t.marker.symbol for t in point.data if t.meta == ("event",)] == ["diamond"]


def _arrows(figure) -> list[tuple]:
    """(x, y, direction, colour, event id) of each arrowhead: a downward triangle turned."""
    direction = {90: "left", -90: "right"}
    return [(x, y, direction[angle], colour, row[3])
            for t in figure["data"] if t["meta"] == ["open-end"]
            for x, y, angle, colour, row in zip(t["x"], t["y"], t["marker"]["angle"],
                                                t["marker"]["color"], t["customdata"])]


def test_open_ends_carry_arrows_and_planned_events_an_as_of_line():
    events = sample.events()
    figure = _figure(events)
    spring = next(e for e in events if e.open_end)
    trace, i = _marks(figure)[spring.id]
    assert spring.end == date(2023, 5, 31)
    # the day after the span's last day, in its lane's colour, tied to the event for filters
    assert _arrows(figure) == [("2023-06-01", trace["y"][i], "right", "#D55E00", spring.id)]
    before = replace(events[1], id="before", open_start=True)
    assert _arrows(_figure([before])) == [
        (before.start.isoformat(), 1, "left", "#0072B2", "before")]
    # a day's arrow sits at the marker's centre, pushed further out than a span's
    day = replace(events[3], id="day", open_end=True)
    [arrows] = [t for t in _figure([day])["data"] if t["meta"] == ["open-end"]]
    assert arrows["x"] == [f"{day.start.isoformat()} 12:00"] and arrows["mode"] == "markers"
    assert arrows["marker"]["standoff"] == [10]
    [span_arrows] = [t for t in _figure([before])["data"] if t["meta"] == ["open-end"]]
    assert span_arrows["marker"]["standoff"] == [3]  # a span's head starts where it ends
    [line] = [s for s in figure["layout"]["shapes"] if s["xref"] == "x"]  # lanes use "paper"
    assert line["x0"] == "2024-05-02" and line["line"]["dash"] == "dot"


def _lanes(figure) -> list[str]:
    """Lane titles without their colour swatch."""
    return [a["text"].split("</span> ", 1)[1] for a in figure["layout"]["annotations"]
            if a.get("name") == "lane"]


def _lane_of_each_event(figure) -> dict[str, str]:
    """event id -> lane title, by which lane title sits above the event's row."""
    titles = sorted((a["y"], a["text"]) for a in figure["layout"]["annotations"]
                    if a.get("name") == "lane")
    out = {}
    for trace in figure["data"]:
        for y, row in zip(trace["y"], trace["customdata"]):
            out[row[3]] = [text.split("</span> ", 1)[1] for top, text in titles if top < y][-1]
    return out


def test_lanes_by_topic_use_each_events_main_topic_and_by_source_sort_outlets():
    site = sample.site()
    events = sample.events()
    topic_fig = _figure(events, site)
    assert _lanes(topic_fig) == ["<b>Neue Brücke</b>", "<b>Hafen</b>"]  # site order, top down
    # the harbour article lists "hafen" first, so its events go to that lane
    assert _lane_of_each_event(topic_fig) == {
        e.id: "<b>Hafen</b>" if e.id.startswith("harb") else "<b>Neue Brücke</b>" for e in events}
    unknown = [replace(e, topics=("<nirgends>",)) for e in events[:1]]
    assert _lanes(_figure(unknown, site)) == ["<b>&lt;nirgends&gt;</b>"]
    source_fig = _figure(events, replace(site, lanes="source"))
    assert _lanes(source_fig) == ["<b>Flussbote</b>", "<b>River Times</b>"]
    colours = {t["name"]: t["marker"]["color"] for t in source_fig["data"] if t["meta"] == ["event"]}
    assert colours["Flussbote"] != colours["River Times"]
    swatches = [a["text"].split("</span>")[0] for a in source_fig["layout"]["annotations"]
                if a.get("name") == "lane"]
    assert swatches == ["<span style='color:#0072B2'>■", "<span style='color:#D55E00'>■"]


def test_marks_in_a_lane_never_overlap():
    site = sample.site()
    day = sample.events()[3]
    crowd = [replace(day, id=f"same{i}") for i in range(4)]
    long = replace(sample.events()[1], id="long", start=date(2023, 1, 1), end=date(2024, 12, 31))
    figure = _figure(crowd + [long], site)
    rows = {row[3]: y for t in figure["data"] for y, row in zip(t["y"], t["customdata"])}
    assert len(set(rows.values())) == 5  # four markers on one day and the span covering them
    assert figure["layout"]["yaxis"]["range"][0] >= max(rows.values())


def test_hover_shows_label_wrapped_sentence_and_source():
    events = sample.events()
    long = next(e for e in events if e.id == "harb1")
    trace, i = _marks(_figure(events, lang="en"))["harb1"]
    label, sentence, source, _ = trace["customdata"][i]
    assert label == "between 10 and 20 June 2024 (approximate)"
    lines = sentence.split("<br>")
    assert len(lines) == 2 and all(len(line) <= 60 for line in lines)
    assert " ".join(lines) == long.text
    assert source == "River Times"
    assert trace["hovertemplate"].startswith("<b>%{customdata[0]}</b>")


def test_figure_json_is_deterministic_and_free_of_uids():
    events = sample.events()
    payloads = {chart_payload(events, sample.site(), "de") for _ in range(3)}
    assert len(payloads) == 1
    figure = json.loads(payloads.pop())
    assert all("uid" not in t for t in figure["figure"]["data"])
    assert figure["config"]["displaylogo"] is False
    assert figure["figure"]["layout"]["xaxis"]["rangeslider"]["visible"] is True
    assert figure["locale"]["months"][4] == "Mai"
    assert figure["config"]["locale"] == figure["locale"]["name"] == "newsline-de"
    legend = [(t["name"], t["legendgroup"]) for t in figure["figure"]["data"] if t["showlegend"]]
    # one entry per mark style in use, whatever the number of lanes
    assert legend == [("Tag", "day"), ("Zeitraum", "period"), ("geplant", "planned"),
                      ("offenes Ende", "open")]
    groups = {t["legendgroup"] for t in figure["figure"]["data"] if not t["showlegend"]}
    assert groups == {"day", "period", "planned", "open"}


def test_thirty_events_on_one_day_each_get_their_own_row():
    day = sample.events()[3]
    crowd = [replace(day, id=f"crowd{i:02d}") for i in range(30)]
    figure = _figure(crowd)
    ys = sorted(y for t in figure["data"] if t["meta"] == ["event"] for y in t["y"])
    assert len(ys) == 30
    # one row apart at least: 24 px per row, markers 12 px across, so none touches another
    assert all(b - a >= 1 for a, b in zip(ys, ys[1:]))
    layout = figure["layout"]
    assert layout["height"] >= 24 * 30
    bottom, top = layout["yaxis"]["range"]
    assert top < min(ys) and bottom > max(ys)


def test_a_thousand_events_make_few_traces_and_a_fitting_first_view():
    base = sample.events()
    many = []
    for i in range(1000):
        e = base[i % len(base)]
        shift = timedelta(days=(i * 7) % 700)
        many.append(replace(e, id=f"m{i:04d}", start=e.start + shift, end=e.end + shift,
                            topics=("bruecke",) if i % 2 else ("hafen",)))
    payload = chart_payload(many, sample.site(), "de")
    figure = json.loads(payload)["figure"]
    assert len(_marks(figure)) == 1000
    # one trace per lane and style (plus legend keys and the arrowheads), never one per event
    assert len(figure["data"]) <= 2 * 3 * 2 + 5 + 1
    first = min(e.start for e in many)
    last = max(e.end for e in many)
    x0, x1 = figure["layout"]["xaxis"]["range"]
    assert x0 < first.isoformat() and x1 > last.isoformat()
    assert (date.fromisoformat(x1[:10]) - date.fromisoformat(x0[:10])).days < (last - first).days * 1.2


def test_zoom_buttons_offer_only_ranges_shorter_than_the_data():
    assert [b["label"] for b in range_buttons("de", date(2023, 1, 1), date(2024, 6, 1))] == \
        ["1 Monat", "6 Monate", "1 Jahr", "Alles"]
    assert range_buttons("en", date(2024, 1, 1), date(2024, 3, 1)) == [
        {"months": 1, "label": "1 month"}, {"months": 0, "label": "All"}]


def test_charts_of_one_render_share_each_events_hover_row():
    from newsline.render.hover import HoverRows

    events = sample.events()
    rows = HoverRows()
    shared = [chart_payload(events, sample.site(), lang, hover=rows) for lang in ("de", "en")]
    again = [chart_payload(events[:2], sample.site(), "de", hover=rows)]
    # the same charts as each drawn on its own
    assert shared == [chart_payload(events, sample.site(), lang) for lang in ("de", "en")]
    assert again == [chart_payload(events[:2], sample.site(), "de")]
    first = events[0]
    assert rows.row(first, "de") is rows.row(first, "de")
    assert rows.row(first, "en") != rows.row(first, "de")  # the date said in English
    # an event changed (a new object) gets its own row, with its new words
    changed = replace(first, text=first.text + " Neu.")
    assert rows.row(changed, "de")[1].endswith("Neu.")
    assert not rows.row(first, "de")[1].endswith("Neu.")


def test_hover_rows_start_again_when_full():
    from newsline.render.hover import HoverRows, hover_row

    events = sample.events()
    rows = HoverRows(limit=2)
    made = [rows.row(e, "de") for e in events]
    assert made == [hover_row(e, "de") for e in events]
    assert len(rows._rows) <= 2


def test_report_markers_name_each_article_once_per_day_and_language():
    from newsline.render.chart import report_trace
    from newsline.render.hover import HoverRows, reported_line

    articles = [t.article for t in sample.articles()]
    rows = HoverRows()
    for lang in ("de", "en"):
        kept = report_trace(articles, lang, 5.0, rows)
        assert kept == report_trace(articles, lang, 5.0)
        lines = [line for text in kept["hovertext"] for line in text.split("<br>")]
        assert sorted(lines) == sorted(reported_line(a, lang) for a in articles)
        assert rows.reported(articles[0], lang) is rows.reported(articles[0], lang)
    retitled = replace(articles[0], title="Neu & anders")
    assert "Neu &amp; anders" in rows.reported(retitled, "de")
