"""Merges the same event reported more than once, and puts events in timeline order.

Two events are the same when they cover the same calendar interval and their sentences read the
same once case, quotes, dashes, spacing and closing punctuation are ignored (an article included
twice, or an agency text run by two outlets). Then newsline.merge joins one happening reported
in different words by different articles.

Order: interval start, then granularity (finer first), then the earliest publication of the
event's sources, then id; never the order files were read in.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import datetime, timezone
from functools import lru_cache

from newsline.merge import merge_events as merge_reports
from newsline.model import Event
from newsline.timex.model import GRANULARITIES

_QUOTE_CHARS = "„“”«»‚‘’'`"
_DASH_CHARS = "‐‑‒–—−"
_QUOTES = str.maketrans({c: '"' for c in _QUOTE_CHARS} | {c: "-" for c in _DASH_CHARS})
_ANY_QUOTE = re.compile("[" + re.escape(_QUOTE_CHARS + _DASH_CHARS) + "]")


def normalise_text(text: str) -> str:
    """The text as exact duplicates are found by: NFKC, one kind of quote and dash, case
    folded, each run of whitespace one space, no closing punctuation. str.translate walks the
    text char by char in Python objects, so it runs only on a text that holds such a char,
    and split() finds the same whitespace as a regular expression's \\s (str.isspace) in a
    quarter of its time: together 0.26 -> 0.1 s for 27,000 event texts."""
    text = unicodedata.normalize("NFKC", text)
    if _ANY_QUOTE.search(text) is not None:
        text = text.translate(_QUOTES)
    return " ".join(text.casefold().split()).rstrip(".!?… ")


def merge_events(events: list[Event]) -> list[Event]:
    # only events of one interval can be the same: the text of one alone in its interval is
    # not normalised (most are), and the groups come in the order of their first events
    per_interval: dict[tuple, int] = {}
    for event in events:
        interval = (event.start, event.end, event.granularity)
        per_interval[interval] = per_interval.get(interval, 0) + 1
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        interval = (event.start, event.end, event.granularity)
        key = (interval, None if per_interval[interval] == 1 else normalise_text(event.text))
        groups.setdefault(key, []).append(event)
    return [_merged(group) for group in groups.values()]


def order_events(events: list[Event]) -> list[Event]:
    return sorted(events, key=_order_key)


def merge_and_order(events: list[Event]) -> list[Event]:
    # Then one happening reported differently by several articles (newsline.merge).
    return order_events(merge_reports(merge_events(events)))


def _mention_key(mention) -> tuple:
    return (_in_utc(mention.published), mention.slug, mention.span)


@lru_cache(maxsize=1 << 16)
def _in_utc(published: datetime) -> datetime:
    """A publication time in UTC, once per article: a time zone's conversion costs more than
    the rest of ordering a mention (equal instants give equal results, whatever their zone)."""
    return published.astimezone(timezone.utc)


def _order_key(event: Event) -> tuple:
    first = min((_mention_key(m) for m in event.sources), default=(None,))[0]
    return (event.start, GRANULARITIES.index(event.granularity), first, event.id)


def _merged(group: list[Event]) -> Event:
    if len(group) == 1:
        sources = group[0].sources
        if len(sources) <= 1 and type(sources) is list:
            return group[0]  # as it would be copied (nothing changes a report's sources)
        return replace(group[0], sources=sorted(sources, key=_mention_key)
                       if len(sources) > 1 else list(sources))
    # The earliest report gives the wording; every report stays a source.
    first = min(group, key=lambda e: (min(_mention_key(m) for m in e.sources), e.id))
    sources = sorted({(_mention_key(m), m) for e in group for m in e.sources},
                     key=lambda pair: pair[0])
    return Event(
        id=min(e.id for e in group),
        start=first.start,
        end=first.end,
        granularity=first.granularity,
        approximate=all(e.approximate for e in group),
        text=first.text,
        topics=tuple(sorted({t for e in group for t in e.topics})),
        sources=[m for _, m in sources],
        open_start=all(e.open_start for e in group),
        open_end=all(e.open_end for e in group),
        planned=all(e.planned for e in group),
    )
