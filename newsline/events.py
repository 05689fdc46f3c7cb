"""Turns an article's temporal expressions into timeline events: one per happening a sentence dates.

An event is what a sentence says happened at a date; its text is that sentence. The expressions
that can date something are DATE and TIME expressions with a calendar interval, and DURATIONs
that carry one ("seit mehr als zwei Jahren": ongoing since before a date). SETs and bare
durations ("monatelang", "72 Jahre") date nothing.

Which happening each date belongs to, within one sentence:

1. Joined dates are one happening: two expressions with only a connective between them
   ("am 11. und am 12. Juli", "vom 1. März bis zum 3. März", "Montag oder Dienstag") make one
   event over both, from the first one's start to the last one's end.
2. A clock time belongs to its day: a TIME inside the interval of a date in the same clause
   ("am 3. März um 14 Uhr") joins that date's event.
3. A date that only qualifies another makes no event of its own: a date after "seit", "since",
   "bis", "until", "ab" ("die erste Reise seit Dezember 2022"), a duration ("nach drei
   Stunden", "seit mehr als zwei Jahren") or an age ("der 72-Jährige"), when its clause holds
   another date. Alone in its clause it is the date of that clause's happening.
4. Every other date is a happening of its own, so dates in different clauses ("am 12. Juli 2023
   ... in Vilnius; bereits im September 2023 ...") make different events.

Clauses end at ; : ( ) a spaced dash, and a comma before a word that opens a clause (a
conjunction, a subordinator or a relative pronoun: ", die letzten im Herbst", ", and the ...").

The article's own publication stamp is no event: a TIME at the publication minute, or a dateline
(one of the first two sentences: the publication day plus at most three words and no closing
full stop, "Washington, 30.4.2024 - 14:57"). The article shows up on the timeline as a
"reported" marker instead (newsline.render).

An event is planned when its interval starts after the article's publication day. Its id hashes
the article slug, the sentence and the date's TIMEX3 value (plus a counter when the same sentence
and value occur twice in one article), so it survives edits to other sentences, other articles,
reordering and new articles.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from newsline.model import Event, Mention, TaggedArticle
from newsline.sentences import Sentence, sentence_at, split_sentences
from newsline.timex.model import GRANULARITIES, Timex

EVENT_TYPES = ("DATE", "TIME", "DURATION")
DATELINE_MAX_WORDS = 3
DATELINE_SENTENCES = 2

_CLAUSE_OPENERS = (
    "und aber doch sondern denn oder als nachdem bevor während wobei weil da dass ob wenn "
    "obwohl sobald die der das den dem deren dessen wo wie welche welcher welches "
    "and but or while whereas when after before because which who whom whose where as "
    "although though once until since"
).split()
_CLAUSE_END = re.compile(
    r"[;:()]|\s[–—-]\s|,(?=\s+(?:" + "|".join(_CLAUSE_OPENERS) + r")\b)", re.IGNORECASE)
# What may stand between two expressions of one happening.
_JOINER = re.compile(
    r"\s*(?:,|/|–|—|-|und|and|oder|or|sowie|bis|to|through|till|until)\s*"
    r"(?:(?:am|an|dem|den|zum|zur|on|the|in|im)\s+)?", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(
    r"\b(?:seit|since|bis|until|till|ab)\s+(?:(?:zum|zur|dem|den|der|the|mitte|ende|anfang|"
    r"early|mid|late|end\s+of)\s+)?$", re.IGNORECASE)
_AGE = re.compile(r"^\s*(?:alte?[nrms]?|old)\b|^-?\s*(?:jährige|year-old)", re.IGNORECASE)


def event_id(slug: str, text: str, value: str, occurrence: int = 0) -> str:
    key = f"{slug}\n{text}\n{value}" + (f"\n#{occurrence}" if occurrence else "")
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


@dataclass
class Happening:
    """The expressions of one sentence that date one happening."""

    joined: list[Timex]  # the dates themselves, in text order (more than one when joined)
    clause: int
    qualifier: bool
    folded: list[Timex] = field(default_factory=list)  # clock times and qualifiers it absorbed

    def contains(self, timex: Timex) -> bool:
        inner = timex.interval
        return any(t.interval.start <= inner.start and inner.end <= t.interval.end
                   for t in self.joined)


def article_events(tagged: TaggedArticle) -> list[Event]:
    """The events of one article, in text order."""
    article = tagged.article
    sentences = split_sentences(article.body, article.lang)
    starts = [s.start for s in sentences]
    by_sentence: dict[Sentence, list[Timex]] = {}
    for timex in sorted(tagged.timexes, key=lambda t: (t.start, t.end)):
        if timex.type not in EVENT_TYPES or timex.interval is None:
            continue
        sentence = sentence_at(sentences, timex.start, starts)
        if sentence is None or _is_publication_stamp(timex, sentence, sentences, tagged):
            continue
        by_sentence.setdefault(sentence, []).append(timex)
    events, seen = [], {}
    for sentence in sorted(by_sentence, key=lambda s: s.start):
        for happening in happenings(article.body, sentence, by_sentence[sentence]):
            event = _event(tagged, sentence, happening)
            occurrence = seen.get((event.text, event.sources[0].value), 0)
            seen[(event.text, event.sources[0].value)] = occurrence + 1
            if occurrence:
                event.id = event_id(article.slug, event.text, event.sources[0].value, occurrence)
                event.sources = [_with_id(event.sources[0], event.id)]
            events.append(event)
    return events


def happenings(body: str, sentence: Sentence, timexes: list[Timex]) -> list[Happening]:
    """The happenings the dated expressions of one sentence stand for (rules 1-4 above)."""
    groups: list[Happening] = []
    for timex in timexes:
        clause = clause_index(body, sentence, timex.start, timexes)
        last = groups[-1] if groups else None
        if last and _JOINER.fullmatch(body[last.joined[-1].end:timex.start]) \
                and timex.type != "DURATION" != last.joined[-1].type:
            last.joined.append(timex)
            continue
        if timex.type == "TIME":
            day = next((g for g in groups if g.clause == clause and not g.qualifier
                        and g.contains(timex)), None)
            if day is not None:
                day.folded.append(timex)
                continue
        groups.append(Happening([timex], clause, _is_qualifier(body, timex)))
    for group in groups:  # a date after its clock time: "um 14 Uhr am 3. März"
        if group.qualifier or len(group.joined) > 1 or group.joined[0].type != "TIME":
            continue
        day = next((g for g in groups if g is not group and g.clause == group.clause
                    and not g.qualifier and g.joined[0].type != "TIME"
                    and g.contains(group.joined[0])), None)
        if day is not None:
            day.folded.append(group.joined[0])
            group.joined = []
    groups = [g for g in groups if g.joined]
    kept = []
    for group in groups:
        if group.qualifier:
            host = _nearest_primary(group, groups)
            if host is not None:
                host.folded.extend(group.joined)
                continue
        kept.append(group)
    return kept


def clause_index(body: str, sentence: Sentence, offset: int, timexes: list[Timex]) -> int:
    """How many clause boundaries lie between the sentence start and `offset`."""
    count = 0
    for match in _CLAUSE_END.finditer(body, sentence.start, offset):
        if not any(t.start <= match.start() < t.end for t in timexes):
            count += 1
    return count


def _is_qualifier(body: str, timex: Timex) -> bool:
    if timex.type == "DURATION":
        return True
    before = body[max(0, timex.start - 40):timex.start]
    return bool(_QUALIFIER_BEFORE.search(before)) or bool(_AGE.match(body[timex.end:timex.end + 12]))


def _nearest_primary(group: Happening, groups: list[Happening]) -> Happening | None:
    hosts = [g for g in groups if g.clause == group.clause and not g.qualifier]
    start = group.joined[0].start
    return min(hosts, key=lambda g: (abs(g.joined[0].start - start), g.joined[0].start),
               default=None)


def _event(tagged: TaggedArticle, sentence: Sentence, happening: Happening) -> Event:
    article = tagged.article
    first, last = happening.joined[0], happening.joined[-1]
    if len(happening.joined) == 1:
        expression, value = first.text, first.value
    else:
        expression = article.body[first.start:last.end]
        value = "/".join(t.value for t in happening.joined)
    intervals = [t.interval for t in happening.joined]
    start, end = min(i.start for i in intervals), max(i.end for i in intervals)
    granularity = min((i.granularity for i in intervals), key=GRANULARITIES.index)
    ident = event_id(article.slug, sentence.text, value)
    others = sorted((t.start, t.end) for t in happening.folded + happening.joined[1:])
    mention = Mention(
        slug=article.slug, title=article.title, url=article.url, source=article.source,
        lang=article.lang, published=article.date, expression=expression, value=value,
        span=(first.start, last.end), sentence_span=(sentence.start, sentence.end),
        anchor=first.anchor, related=tuple(others), event_id=ident,
    )
    return Event(
        id=ident,
        start=start,
        end=end,
        granularity=granularity,
        approximate=any(i.approximate or t.mod == "APPROX"
                        for t, i in zip(happening.joined, intervals)),
        text=sentence.text,
        topics=article.topics,
        sources=[mention],
        open_start=intervals[0].open_start,
        open_end=intervals[-1].open_end,
        planned=start > article.date.date(),
    )


def _with_id(mention: Mention, ident: str) -> Mention:
    from dataclasses import replace

    return replace(mention, event_id=ident)


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
