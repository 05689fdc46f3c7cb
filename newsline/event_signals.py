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
from newsline.sentence_keys import Signals, signals, template


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
    templates: dict[tuple, Signals] = {}  # sentence_keys.template -> its signals
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
            if fresh:  # worked out once per template (sentences differing only in dates)
                form = template(*args)
                value = templates.get(form) if form is not None else None
                if value is None:
                    value = signals(*args) if form is None else signals(form[0], (), form[1])
                    if form is not None:
                        templates[form] = value
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
    text = event.text
    for m in event.sources:
        span = m.span
        if span[1] <= span[0]:
            continue  # no place in an article: nothing to weigh by clause
        first, last = m.sentence_span
        size, width = len(text), max(1, last - first)
        related = m.related
        own = _find(text, m.expression, min(size, round((span[0] - first) * size / width)), True)
        others = sentence_dates[(m.slug, m.sentence_span)]
        if not related and len(others) == 1 and others[0].span == span:
            return (own,)  # the sentence's one date (most are)
        marks = {own}
        for s, _ in related:
            p = _position(s, first, size, width)
            marks.add((p, p, True))
        for other in others:
            at = other.span
            if at != span and at not in related:
                o_first, o_last = other.sentence_span
                guess = _position(at[0], o_first, size, max(1, o_last - o_first))
                marks.add(_find(text, other.expression, guess, False))
        return tuple(sorted(marks))
    return ()


def _position(offset: int, first: int, size: int, width: int) -> int:
    """Where body offset `offset` falls in a plain sentence text `size` long whose body span
    starts at `first` and is `width` wide (at least 1), roughly (markup was removed)."""
    return min(size, round((offset - first) * size / width))


def _find(text: str, expression: str, guess: int, own: bool) -> tuple[int, int, bool]:
    """The occurrence of the expression in the text nearest to `guess` (the first of two as
    near), or an empty mark at guess when the text does not show it."""
    at = text.find(expression) if expression else -1
    if at < 0:
        return guess, guess, own
    best, distance = at, abs(at - guess)
    at = text.find(expression, at + 1)
    while at >= 0:  # later occurrences: a nearer one wins
        if abs(at - guess) < distance:
            best, distance = at, abs(at - guess)
        at = text.find(expression, at + 1)
    return best, best + len(expression), own
