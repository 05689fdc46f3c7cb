"""Turns an article's temporal expressions into timeline events.

The rule, for now:
- every DATE or TIME expression with a calendar interval, and every DURATION that carries one
  ("seit mehr als zwei Jahren": ongoing since before a date), makes one event; SETs and bare
  durations ("monatelang") make none;
- the event's text is the sentence the expression stands in, as plain text;
- a sentence holding several such expressions gives one event per expression (a later issue
  decides which date a sentence is about);
- the article's own publication stamp is no event: a TIME expression at the publication minute,
  or a dateline (one of the first two sentences, the publication day plus at most three words
  and no closing full stop: "Washington, 30.4.2024 - 14:57");
- planned: the interval starts after the article's publication day;
- ids hash the article slug, the sentence text and the TIMEX3 value, so they survive reordering,
  edits elsewhere in the article and new articles.
"""

from __future__ import annotations

import hashlib
import re

from newsline.model import Event, Mention, TaggedArticle
from newsline.sentences import Sentence, sentence_at, split_sentences
from newsline.timex.model import Timex

EVENT_TYPES = ("DATE", "TIME", "DURATION")
DATELINE_MAX_WORDS = 3
DATELINE_SENTENCES = 2


def event_id(slug: str, text: str, value: str) -> str:
    return hashlib.sha256(f"{slug}\n{text}\n{value}".encode("utf-8")).hexdigest()[:12]


def article_events(tagged: TaggedArticle) -> list[Event]:
    """The events of one article, in text order."""
    article = tagged.article
    sentences = split_sentences(article.body, article.lang)
    events = []
    for timex in sorted(tagged.timexes, key=lambda t: (t.start, t.end)):
        if timex.type not in EVENT_TYPES or timex.interval is None:
            continue
        sentence = sentence_at(sentences, timex.start)
        if sentence is None or _is_publication_stamp(timex, sentence, sentences, tagged):
            continue
        interval = timex.interval
        mention = Mention(
            slug=article.slug, title=article.title, url=article.url, source=article.source,
            lang=article.lang, published=article.date, expression=timex.text, value=timex.value,
            span=(timex.start, timex.end), sentence_span=(sentence.start, sentence.end),
        )
        events.append(Event(
            id=event_id(article.slug, sentence.text, timex.value),
            start=interval.start,
            end=interval.end,
            granularity=interval.granularity,
            approximate=interval.approximate or timex.mod == "APPROX",
            text=sentence.text,
            topics=article.topics,
            sources=[mention],
            open_start=interval.open_start,
            open_end=interval.open_end,
            planned=interval.start > article.date.date(),
        ))
    return events


def _is_publication_stamp(timex: Timex, sentence: Sentence, sentences: list[Sentence],
                          tagged: TaggedArticle) -> bool:
    published = tagged.article.date
    if timex.type == "TIME" and timex.value[:16] == published.strftime("%Y-%m-%dT%H:%M"):
        return True
    interval = timex.interval
    if interval.start != published.date() or interval.end != published.date():
        return False
    if sentence not in sentences[:DATELINE_SENTENCES]:
        return False
    body = tagged.article.body
    rest = body[sentence.start:timex.start] + " " + body[timex.end:sentence.end]
    words = re.findall(r"[^\W\d_]{2,}", rest)
    return len(words) <= DATELINE_MAX_WORDS and not re.search(r"[.!?]\s*$", rest.strip())
