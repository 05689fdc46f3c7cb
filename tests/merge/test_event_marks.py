"""event_signals._marks (where an event's own and its sentence's other dates stand in its text)
against its plain definition: each expression's occurrences listed, the one nearest to where
its body offset falls taken (the first of two as near), an empty mark at that place when the
text does not show it; related expressions as empty marks; the set of marks sorted."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import given, settings, strategies as st

from newsline.event_signals import _marks
from newsline.model import Event, Mention


def plain_positions(text, m, spans):
    first, last = m.sentence_span
    return [min(len(text), round((s - first) * len(text) / max(1, last - first)))
            for s, _ in spans]


def plain_find(text, m, span, own):
    (guess,) = plain_positions(text, m, [span])
    starts = []
    at = text.find(m.expression) if m.expression else -1
    while at >= 0:
        starts.append(at)
        at = text.find(m.expression, at + 1)
    if not starts:
        return guess, guess, own
    start = min(starts, key=lambda i: (abs(i - guess), i))
    return start, start + len(m.expression), own


def plain_marks(event, sentence_dates):
    for m in event.sources:
        if m.span[1] <= m.span[0]:
            continue
        marks = [plain_find(event.text, m, m.span, True)]
        marks += [(p, p, True) for p in plain_positions(event.text, m, m.related)]
        for other in sentence_dates[(m.slug, m.sentence_span)]:
            if other.span != m.span and other.span not in m.related:
                marks.append(plain_find(event.text, other, other.span, False))
        return tuple(sorted(set(marks)))
    return ()


WHEN = datetime(2024, 4, 29, 8, tzinfo=timezone.utc)
spans = st.tuples(st.integers(0, 60), st.integers(0, 60))


def mention(expression, span, sentence_span, related=()):
    return Mention(slug="a", title="a", url=None, source="s", lang="en", published=WHEN,
                   expression=expression, value="2024-04-29", span=span,
                   sentence_span=sentence_span, related=related)


@st.composite
def sentences(draw):
    """A text of a few letters (so expressions repeat), the sentence's dates, each event one."""
    text = draw(st.text("ab 1", max_size=30))
    sentence_span = draw(spans)
    dates = draw(st.lists(st.tuples(st.text("ab1", max_size=3), spans), min_size=1, max_size=5))
    mentions = [mention(e, s, sentence_span) for e, s in dates]
    related = draw(st.lists(st.sampled_from([s for _, s in dates] + [(3, 9)]), max_size=3))
    if draw(st.booleans()):  # the first date's happening names the others' spans too
        mentions[0] = mention(dates[0][0], dates[0][1], sentence_span, tuple(related))
    if draw(st.booleans()):  # an event listing a mention without a place first
        sources = [mention("x", (5, 5), sentence_span), mentions[0]]
    else:
        sources = [mentions[0]]
    event = Event(id="e", start=WHEN.date(), end=WHEN.date(), granularity="day",
                  approximate=False, text=text, topics=(), sources=sources)
    listed = draw(st.sampled_from(["all", "own", "another"]))  # as the sentence's dates
    others = {"all": mentions + sources, "own": [mentions[0]], "another": mentions[-1:]}[listed]
    return event, {("a", sentence_span): others}


@settings(max_examples=600, deadline=None)
@given(sentences())
def test_marks_are_those_of_the_plain_definition(case):
    event, sentence_dates = case
    assert _marks(event, sentence_dates) == plain_marks(event, sentence_dates)


def test_repeated_expression_ties_and_a_lone_date():
    text = "am 3. und am 3. Mai"
    m = mention("3.", (10, 12), (0, 19))
    lone = Event(id="e", start=WHEN.date(), end=WHEN.date(), granularity="day",
                 approximate=False, text=text, topics=(), sources=[m])
    assert _marks(lone, {("a", (0, 19)): [m]}) == ((13, 15, True),)
    tie = mention("3.", (8, 10), (0, 19))  # position 8: occurrences at 3 and 13, as near
    lone.sources = [tie]
    assert _marks(lone, {("a", (0, 19)): [tie]}) == ((3, 5, True),)
    missing = mention("Juni", (16, 20), (0, 19))
    lone.sources = [missing]
    assert _marks(lone, {("a", (0, 19)): [missing, m]}) == ((13, 15, False), (16, 16, True))
