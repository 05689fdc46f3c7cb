"""The site's data: articles as read from content/, and the events built from them.

Stages pass these immutable records one way: reader -> tagger -> events -> merge -> render.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from newsline.timex.model import Timex


@dataclass(frozen=True)
class Article:
    """One Markdown file of content/articles with its validated front matter."""

    path: Path  # as given to the reader, used in error messages
    slug: str
    title: str
    date: datetime  # publication time, timezone-aware
    lang: str  # "de" or "en"
    source: str  # the outlet
    url: str | None
    topics: tuple[str, ...]
    summary: str | None
    body: str  # Markdown after the front matter; Timex spans index into it
    body_line: int  # 1-based line number of the body's first line in the file
    draft: bool = False


@dataclass(frozen=True)
class TaggedArticle:
    article: Article
    timexes: tuple[Timex, ...]


@dataclass(frozen=True)
class Mention:
    """Where an event's date came from: one expression in one sentence of one article."""

    slug: str
    title: str
    url: str | None
    source: str
    lang: str
    published: datetime
    expression: str  # the expression's text
    value: str  # its TIMEX3 value
    span: tuple[int, int]  # the expression's offsets in the article body
    sentence_span: tuple[int, int]  # the sentence's offsets in the article body
    anchor: str | None = None  # the ISO date the expression was resolved against, if relative
    related: tuple[tuple[int, int], ...] = ()  # the other expressions of this happening
    event_id: str = ""  # the id of the event this report made before merging (overrides use it)


@dataclass
class Event:
    """Something a sentence says happened (or will happen) in a calendar interval."""

    id: str  # stable: derived from content, never from order or chance
    start: date
    end: date
    granularity: str
    approximate: bool
    text: str  # the sentence, never invented words
    topics: tuple[str, ...]
    sources: list[Mention] = field(default_factory=list)
    open_start: bool = False
    open_end: bool = False
    planned: bool = False  # lies after the publication date of its sources
    date_note: str | None = None  # set by the merger when its sources disagree on the date
    correction: Correction | None = None  # set when content/overrides.yaml changed the date
    by_hand: bool = False  # added by an editor in content/overrides.yaml


@dataclass(frozen=True)
class Correction:
    """An editor's change of an event's date: what the text said, and the editor's reason."""

    start: date  # the interval the articles gave
    end: date
    granularity: str
    note: str  # the editor's explanation, shown on the page
