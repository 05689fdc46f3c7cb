"""Shared helpers for the tagger tests: tag a text and find the expression covering a phrase."""

from __future__ import annotations

from datetime import date, datetime

from newsline.timex import tag

# A Tuesday afternoon: the publication time all acceptance sentences are dated with.
DCT = datetime(2024, 4, 30, 14, 57)


def find(text: str, phrase: str, lang: str = "de", dct=DCT):
    """The one expression overlapping the phrase's first occurrence in text."""
    at = text.index(phrase)
    hits = [t for t in tag(text, lang, dct) if t.start < at + len(phrase) and at < t.end]
    assert len(hits) == 1, f"{phrase!r}: {[(t.text, t.value) for t in hits]}"
    return hits[0]


def days(t) -> tuple[date, date, str]:
    return t.interval.start, t.interval.end, t.interval.granularity
