"""Builds single-mention events the way newsline.events does, from a sentence and its date."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone

from newsline.model import Event, Mention


def event(slug: str, sentence: str, expression: str, start: str, end: str | None = None,
          granularity: str = "day", lang: str = "en", source: str | None = None,
          published: str = "2024-04-29", topics: tuple[str, ...] = ("ukraine",)) -> Event:
    """One event of article `slug`: `expression` stands in `sentence` and covers start..end."""
    offset = sentence.index(expression)
    when = date.fromisoformat(published)
    mention = Mention(
        slug=slug, title=slug.replace("-", " "), url=None, source=source or slug.split("-")[0],
        lang=lang, published=datetime(when.year, when.month, when.day, 8, tzinfo=timezone.utc),
        expression=expression, value=start if end is None else f"{start}/{end}",
        span=(offset, offset + len(expression)), sentence_span=(0, len(sentence)),
    )
    digest = hashlib.sha256(f"{slug}\n{sentence}\n{expression}".encode()).hexdigest()[:12]
    return Event(
        id=digest, start=date.fromisoformat(start), end=date.fromisoformat(end or start),
        granularity=granularity, approximate=False, text=sentence, topics=topics,
        sources=[mention],
    )


def slugs(e: Event) -> list[str]:
    return sorted({m.slug for m in e.sources})


def group_of(events: list[Event], member: Event) -> Event:
    """The merged event that lists `member`'s mention among its sources."""
    return next(e for e in events if member.sources[0] in e.sources)


def count_scored(monkeypatch) -> list:
    """How many reports each merge after this call scored pairs of, in order (None: every
    one, no pair record served): newsline.pair_memory's clearing_pairs, counted."""
    from newsline import pair_memory

    calls: list = []
    original = pair_memory.clearing_pairs

    def counting(margin, settings, dirty=None):
        calls.append(None if dirty is None else sum(dirty))
        return original(margin, settings, dirty)

    monkeypatch.setattr(pair_memory, "clearing_pairs", counting)
    return calls
