"""What each event's sentence says about its own happening, for the merger to compare.

A sentence may report several happenings, each with its own date ("Der Senat hatte dem Gesetz am
Dienstag ... zugestimmt, das Repräsentantenhaus am Samstag"). The words of the clause a date
stands in describe what happened then; the sentence's other clauses say less about it, and the
clauses of the sentence's other dates describe other happenings. So each event's signals
(newsline.similarity) weigh words by clause: its own dates' clauses fully, the clauses of the
other dates the same sentence gives least, the rest in between.

Event texts are plain text (newsline.sentences removes Markdown), while mentions carry body
offsets; an expression is found in the text by its words, nearest to where its offset lies in
the sentence, and a date the text does not show (one in a link's address) is placed there.
"""

from __future__ import annotations

from newsline.model import Event, Mention
from newsline.sentence_keys import Signals, signals


def event_signals(events: list[Event], known=None) -> list[Signals]:
    """Each event's signals, the words of its own date's clause weighing most (similarity).

    known maps signals()' arguments to their result (get and item assignment, e.g. a dict or
    newsline.merge_cache.SignalsStore): what it holds is taken, what is computed is added. A
    store may also give a report's signals by its entry key without its arguments (report_keys,
    peek, took), and is told which event each get() was for (noted).
    Events whose signals are equal share one Signals object."""
    known = {} if known is None else known
    # a SignalsStore knows the reports of articles the last build saw by what they were then
    # (newsline.merge_cache.ReportTable): their arguments are not worked out again
    report_keys = getattr(known, "report_keys", None)
    keys = report_keys(events) if report_keys is not None else [None] * len(events)
    taken = [None if key is None else known.peek(key) for key in keys]
    noted = getattr(known, "noted", None)
    # the other dates of each sentence, of the articles whose events' arguments are worked out
    need = {m.slug for e, value in zip(events, taken) if value is None for m in e.sources}
    sentence_dates: dict[tuple, list[Mention]] = {}
    for e in events:
        for m in e.sources:
            if m.slug in need:
                sentence_dates.setdefault((m.slug, m.sentence_span), []).append(m)
    alike: dict[tuple, Signals] = {}  # equal signals of different sentences kept once
    # the object known returned or signals() made, by id (held, so no id is reused) -> the
    # one kept for its value: known hands out one object for many events, each sorted once
    shared: dict[int, tuple[Signals, Signals]] = {}
    found = []
    for e, value, key in zip(events, taken, keys):
        fresh = False
        if value is not None:
            known.took(e, key)
        else:
            args = (e.text, tuple(m.expression for m in e.sources), _marks(e, sentence_dates))
            value = known.get(args)
            if noted is not None:
                noted(e)
            fresh = value is None
            if fresh:
                value = signals(*args)
        seen = shared.get(id(value))
        if seen is None:
            kept = alike.setdefault((value.keys, tuple(sorted(value.factors.items()))), value)
            shared[id(value)] = (value, kept)
            value = kept
        else:
            value = seen[1]
        if fresh:
            known[args] = value
        found.append(value)
    return found


def _marks(event: Event, sentence_dates: dict[tuple, list[Mention]]) -> tuple:
    """(start, end, own) in the event's text of its own dates and the sentence's other dates.

    A date the plain text does not show (one in a link's address) is placed where its span
    lies in the sentence, as an empty mark.
    """
    for m in event.sources:
        if m.span[1] <= m.span[0]:
            continue  # no place in an article: nothing to weigh by clause
        marks = [_find(event.text, m, m.span, True)]
        marks += [(p, p, True) for p in _positions(event.text, m, m.related)]
        for other in sentence_dates[(m.slug, m.sentence_span)]:
            if other.span != m.span and other.span not in m.related:
                marks.append(_find(event.text, other, other.span, False))
        return tuple(sorted(set(marks)))
    return ()


def _positions(text: str, m: Mention, spans) -> list[int]:
    """Where body offsets fall in the plain sentence text, roughly (markup was removed)."""
    first, last = m.sentence_span
    return [min(len(text), round((s - first) * len(text) / max(1, last - first)))
            for s, _ in spans]


def _find(text: str, m: Mention, span: tuple[int, int], own: bool) -> tuple[int, int, bool]:
    """The occurrence of m's expression in the text nearest to where its span lies."""
    (guess,) = _positions(text, m, [span])
    starts = []
    at = text.find(m.expression) if m.expression else -1
    while at >= 0:
        starts.append(at)
        at = text.find(m.expression, at + 1)
    if not starts:
        return guess, guess, own
    start = min(starts, key=lambda i: (abs(i - guess), i))
    return start, start + len(m.expression), own
