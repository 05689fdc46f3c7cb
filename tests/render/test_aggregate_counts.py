"""The counted chart's bins, made from the events counted per lane and start day: the same
counts, and the same first event of each bin, as counting every event into its bin."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import render_sample as sample

from newsline.render.aggregate import aggregate_figure, bin_start, counts
from newsline.render.chart import lane_key, lanes_for


def _shuffled_events(count: int, seed: int):
    chooser = random.Random(seed)
    base = sample.events()
    out = []
    for i in range(count):
        like = base[i % len(base)]
        start = date(2021, 3, 1) + timedelta(days=chooser.randint(0, 900))
        out.append(replace(like, id=f"z{i:04d}", start=start,
                           end=start + timedelta(days=chooser.choice((0, 0, 3, 40))),
                           topics=chooser.choice((("bruecke",), ("hafen",)))))
    chooser.shuffle(out)  # a list in any order: the first event of a bin is by list order
    return out


def _counted_one_by_one(events, lane_of, unit):
    out, first = {}, {}
    for event in events:
        key, start = lane_of[event.id], bin_start(event.start, unit)
        first.setdefault((key, start), event.id)
        out.setdefault(key, Counter())[start] += 1
    return out, first


def test_bins_counted_from_days_are_those_counted_event_by_event():
    site = sample.site()
    for seed in (1, 2, 3):
        events = _shuffled_events(700, seed)
        lane_of = {e.id: lane_key(e, site, "topic") for e in events}
        for unit in ("week", "month"):
            opens = {}
            assert (counts(events, lane_of, unit, opens), opens) == \
                _counted_one_by_one(events, lane_of, unit)


def test_the_figure_is_the_same_with_the_lanes_given_or_found():
    site, events = sample.site(), _shuffled_events(400, 4)
    page_of = {e.id: i % 3 for i, e in enumerate(events)}
    for by in ("topic", "source"):
        lanes = lanes_for(events, site, by, "de")
        found = aggregate_figure(events, lanes, lambda e: lane_key(e, site, by), "de", page_of)
        given = aggregate_figure(events, lanes, None, "de", page_of,
                                 lane_of={e.id: lane_key(e, site, by) for e in events})
        assert found == given
        dots = [row for t in found[0]["data"] for row in t["customdata"]]
        assert sum(int(row[0].split()[0]) for row in dots) == 400
        assert found[1]["aggregate"]["first"] and found[1]["aggregate"]["last"]
