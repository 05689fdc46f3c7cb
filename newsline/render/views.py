"""What a template needs to show an event or an article, computed once per page language.

Templates stay free of logic: labels are localised, links made relative to the page, and URLs
from front matter checked here, because escaping alone does not stop a javascript: link.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from markupsafe import Markup

from newsline.model import Event, Mention
from newsline.render.chart import status
from newsline.render.dates import datetime_attr, event_label, interval_label
from newsline.render.filters import facets_attr
from newsline.render.markup import render_sentence
from newsline.render.strings import strings_for


@lru_cache(maxsize=65536)  # an outlet's link is listed with each event the article reports
def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) link, else None (it is then shown as no link)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def article_href(root: str, slug: str, offset: int | None = None) -> str:
    anchor = f"#x-{offset}" if offset is not None else ""
    return f"{root}articles/{slug}/index.html{anchor}"


def topic_href(root: str, slug: str) -> str:
    return f"{root}{slug}/index.html"


# The views are plain slotted dataclasses, not frozen ones: a render makes one per event and
# language and one per source of it, and a frozen dataclass sets each field through
# object.__setattr__, which took several times as long. Nothing changes a view once made.
@dataclass(slots=True)
class SourceView:
    outlet: str
    title: str
    href: str  # the expression in our article page
    url: str | None  # the original article


@dataclass(slots=True)
class TopicLink:
    title: str
    href: str


@dataclass(slots=True)
class EventView:
    id: str
    dom_id: str
    label: str
    datetime: str
    status: str
    open_start: bool
    open_end: bool
    text: Markup  # the sentence as inline HTML, the expression that dated it marked
    text_lang: str  # the language the sentence is written in (its first source's)
    sources: tuple[SourceView, ...]
    topics: tuple[TopicLink, ...]
    date_note: str | None = None  # the merger's note when the sources disagree on the date
    correction: str | None = None  # an editor changed the date: what the text said, and why
    by_hand: str | None = None  # an editor added the event: the editor's note (may be "")
    facets: str = "{}"  # JSON of its topics, outlets and languages, for the page's filters


def expression_in_sentence(text: str, mention: Mention | None) -> tuple[int, int] | None:
    """Where the mention's expression sits in the event's sentence, if the sentence is its own."""
    if mention is None:
        return None
    offset = mention.span[0] - mention.sentence_span[0]
    end = offset + mention.span[1] - mention.span[0]
    return (offset, end) if 0 <= offset and text[offset:end] == mention.expression else None


def source_view(m: Mention, root: str) -> SourceView:
    return SourceView(m.source, m.title, article_href(root, m.slug, m.span[0]), safe_url(m.url))


def event_view(event: Event, site, lang: str, root: str) -> EventView:
    mentions = sorted(event.sources, key=lambda m: (m.published, m.slug, m.span))
    span = expression_in_sentence(event.text, mentions[0] if mentions else None)
    topics = tuple(
        TopicLink(t.title, topic_href(root, t.slug))
        for t in site.topics if t.slug in event.topics
    )
    return EventView(
        id=event.id,
        dom_id=f"event-{event.id}",
        label=event_label(event, lang),
        datetime=datetime_attr(event.start, event.end, event.granularity),
        status=status(event),
        open_start=event.open_start,
        open_end=event.open_end,
        text=Markup(render_sentence(event.text, span)),
        text_lang=mentions[0].lang if mentions else lang,
        sources=tuple(source_view(m, root) for m in mentions),
        topics=topics,
        date_note=getattr(event, "date_note", None),
        correction=correction_text(event, lang),
        by_hand=(event.correction.note if event.correction else "") if event.by_hand else None,
        facets=facets_attr(event, site),
    )


def in_language(view: EventView, event: Event, lang: str) -> EventView:
    """event_view(event, site, lang, root) from the event's `view` in another language (same
    site and root): only its date label, the editor's correction and, for an event without
    sources, its sentence's language differ; the rest (the sentence's markup, the sources'
    links, the facets: most of the work) is shared. An event is listed in the site's language
    and on the article pages of its sources, which may be in another."""
    return EventView(
        id=view.id, dom_id=view.dom_id, label=event_label(event, lang), datetime=view.datetime,
        status=view.status, open_start=view.open_start, open_end=view.open_end,
        text=view.text, text_lang=view.text_lang if event.sources else lang,
        sources=view.sources, topics=view.topics, date_note=view.date_note,
        correction=correction_text(event, lang), by_hand=view.by_hand, facets=view.facets)


def correction_text(event: Event, lang: str) -> str | None:
    """'Im Text: Juli 2024. <the editor's note>' for an event whose date an editor changed."""
    fix = event.correction
    if fix is None or event.by_hand:
        return None
    original = interval_label(fix.start, fix.end, fix.granularity, lang)
    text = strings_for(lang)["corrected_from"].format(original=original)
    return f"{text} {fix.note}".strip()
