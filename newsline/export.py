"""events.json: every event of the site as data, for readers, tools and tests.

The file is the timeline without presentation: stable key order, fixed indentation, UTF-8 text
(not \\u escapes), one trailing newline, so two builds of the same content are byte-identical
and a diff of it shows exactly which events changed.
"""

from __future__ import annotations

import json

from newsline.model import Event, Mention

FORMAT_VERSION = 1


def mention_json(mention: Mention) -> dict:
    return {
        "article": mention.slug,
        "title": mention.title,
        "url": mention.url,
        "outlet": mention.source,
        "lang": mention.lang,
        "published": mention.published.isoformat(),
        "expression": mention.expression,
        "value": mention.value,
        "span": list(mention.span),
        "sentence_span": list(mention.sentence_span),
        "link": f"articles/{mention.slug}/index.html#x-{mention.span[0]}",
    }


def event_json(event: Event) -> dict:
    return {
        "id": event.id,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "granularity": event.granularity,
        "approximate": event.approximate,
        "open_start": event.open_start,
        "open_end": event.open_end,
        "planned": event.planned,
        "text": event.text,
        "topics": list(event.topics),
        "sources": [mention_json(m) for m in event.sources],
        # set by the cross-article merger when its sources disagree on the date
        "date_note": getattr(event, "date_note", None),
    }


def events_json(events: list[Event]) -> bytes:
    document = {"version": FORMAT_VERSION, "events": [event_json(e) for e in events]}
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
