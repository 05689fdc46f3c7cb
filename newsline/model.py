"""The site's data: articles as read from content/, and the events built from them.

Stages pass these immutable records one way: reader -> tagger -> events -> merge -> render.

A large site holds tens of thousands of articles at once, so the article records have
__slots__ (no dictionary per object), as have the events and their mentions (hundreds of
thousands of each at 10,000 articles, about 200 bytes less apiece; they pickle as their values,
Mention.__reduce__). A tagged article can be shelved (TaggedArticle.shelved) once its events are
made: its body and expressions, which only its own page reads again, are then kept as compressed
bytes instead of thousands of objects.
"""

from __future__ import annotations

import pickle
import zlib
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from operator import attrgetter
from pathlib import Path

from newsline.timex.model import Timex


@dataclass(frozen=True, slots=True)
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

    def __reduce__(self):
        # rebuilt by __init__ from a tuple of the values, as Mention is (a rebuild reads
        # every article from the cache)
        return Article, _article_values(self)


@dataclass(frozen=True, slots=True)
class TaggedArticle:
    article: Article
    timexes: tuple[Timex, ...]

    def shelved(self) -> TaggedArticle:
        """The same article and expressions, its body and expressions held compressed (see
        ShelvedTaggedArticle); they are unpacked each time they are read."""
        return ShelvedTaggedArticle(self)


class _StandsForPlain:
    """Compared, hashed, shown and pickled (for a cache or a worker) as the plain record a
    shelved one stands for (its plain()), of the class `plain_type`."""

    __slots__ = ()
    plain_type: type

    def __eq__(self, other):
        return self.plain() == other if isinstance(other, self.plain_type) else NotImplemented

    def __hash__(self):
        return hash(self.plain())

    def __repr__(self):
        return repr(self.plain())

    def __reduce__(self):
        plain = self.plain()
        return type(plain), tuple(getattr(plain, one.name) for one in fields(plain))


class ShelvedArticle(_StandsForPlain, Article):
    """An Article whose body is kept as zlib-compressed UTF-8 (a few times smaller than the
    text, which is two bytes a character once it holds a typographic quote)."""

    __slots__ = ("_packed_body",)
    plain_type = Article

    def __init__(self, article: Article):
        for one in fields(Article):
            if one.name != "body":
                object.__setattr__(self, one.name, getattr(article, one.name))
        object.__setattr__(self, "_packed_body", zlib.compress(article.body.encode("utf-8"), 1))

    @property
    def body(self) -> str:
        return zlib.decompress(self._packed_body).decode("utf-8")

    def plain(self) -> Article:
        return Article(*(getattr(self, one.name) for one in fields(Article)))


class ShelvedTaggedArticle(_StandsForPlain, TaggedArticle):
    """A TaggedArticle whose article is a ShelvedArticle and whose expressions are kept as a
    compressed pickle: what the render stage holds of every article while it writes the pages
    (an article's body and expressions are read by its own page only)."""

    __slots__ = ("_packed_timexes",)
    plain_type = TaggedArticle

    def __init__(self, tagged: TaggedArticle):
        article = tagged.article
        object.__setattr__(self, "article", article if isinstance(article, ShelvedArticle)
                           else ShelvedArticle(article))
        object.__setattr__(self, "_packed_timexes", zlib.compress(
            pickle.dumps(tagged.timexes, protocol=pickle.HIGHEST_PROTOCOL), 1))

    @property
    def timexes(self) -> tuple[Timex, ...]:
        return pickle.loads(zlib.decompress(self._packed_timexes))

    def shelved(self) -> TaggedArticle:
        return self

    def plain(self) -> TaggedArticle:
        return TaggedArticle(self.article.plain(), self.timexes)


class StoredTaggedArticle(ShelvedTaggedArticle):
    """A shelved TaggedArticle whose expressions are not held at all: `load(article, key)` reads
    them where they are stored (the tagger's cache, newsline.tagstage.tagged_articles) each time
    they are read. A rebuild gives every article whose events it took from the cache as one of
    these: their expressions are then read only for the pages made again."""

    __slots__ = ("_key", "_load")

    def __init__(self, article: Article, key: str, load):
        object.__setattr__(self, "article", article if isinstance(article, ShelvedArticle)
                           else ShelvedArticle(article))
        object.__setattr__(self, "_key", key)
        object.__setattr__(self, "_load", load)

    @property
    def timexes(self) -> tuple[Timex, ...]:
        return self._load(self.article, self._key)


@dataclass(frozen=True, slots=True)
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

    def __reduce__(self):
        # rebuilt by __init__ from a tuple of the values: the __getstate__ of a frozen dataclass
        # with slots walks fields() in Python for every object, twice as slow to pickle
        return Mention, _mention_values(self)


@dataclass(slots=True)
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

    def __reduce__(self):
        return Event, _event_values(self)


_article_values = attrgetter(*(one.name for one in fields(Article)))
_mention_values = attrgetter(*(one.name for one in fields(Mention)))
_event_values = attrgetter(*(one.name for one in fields(Event)))


@dataclass(frozen=True, slots=True)
class Correction:
    """An editor's change of an event's date: what the text said, and the editor's reason."""

    start: date  # the interval the articles gave
    end: date
    granularity: str
    note: str  # the editor's explanation, shown on the page
