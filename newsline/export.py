"""events.json: every event of the site as data, for readers, tools and tests.

The file is the timeline without presentation: stable key order, fixed indentation, UTF-8 text
(not \\u escapes), one trailing newline, so two builds of the same content are byte-identical
and a diff of it shows exactly which events changed.
"""

from __future__ import annotations

import json

from newsline.cache import ByteParts
from newsline.model import Event, Mention

FORMAT_VERSION = 2  # 2: sources carry report_id, anchor, related; events their overrides

# Where the items of a list under a key of the top-level object stand (events.json's events,
# a TimelineJS file's slides): their lines are indented by two levels.
LIST_ITEM_DEPTH = 2


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
        # the id this report's event had before merging; content/overrides.yaml may use it
        "report_id": mention.event_id,
        "anchor": mention.anchor,
        "related_spans": [list(span) for span in mention.related],
    }


def correction_json(event: Event) -> dict | None:
    fix = event.correction
    if fix is None:
        return None
    return {"start": fix.start.isoformat(), "end": fix.end.isoformat(),
            "granularity": fix.granularity, "note": fix.note}


def event_json(event: Event) -> dict:
    return _event_json(event, [mention_json(m) for m in event.sources])


def _event_json(event: Event, sources) -> dict:
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
        "sources": sources,
        # set by the cross-article merger when its sources disagree on the date
        "date_note": getattr(event, "date_note", None),
        "merged": len({m.slug for m in event.sources}) > 1,
        # content/overrides.yaml: the date the text gave when an editor changed it, and
        # whether an editor added the event by hand
        "corrected_from": correction_json(event) if not event.by_hand else None,
        "editor_note": event.correction.note if event.correction else None,
        "by_hand": event.by_hand,
    }


def event_text(event: Event, depth: int = LIST_ITEM_DEPTH) -> str:
    """json_at(event_json(event), depth), its sources (most of events.json) written by
    sources_text rather than as dicts walked by _write: three times faster, the same text."""
    newline = "\n" + "  " * (depth + 1)  # where the event's members stand
    return json_at(_event_json(event, JSONText(sources_text(event.sources, newline))), depth)


def sources_text(sources, newline: str) -> str:
    """The list [mention_json(m) for m in sources] as _write writes it at `newline`."""
    if not sources:
        return "[]"
    inner = newline + "  "
    return "[" + inner + ("," + inner).join([_mention_text(m, inner) for m in sources]) \
        + newline + "]"


def _mention_text(m: Mention, newline: str) -> str:
    """mention_json(m) as _write writes it at `newline`: its members in their sorted order, so
    no dict is made nor walked. A member of another type than the model's (a str that is None,
    an int that is a bool) raises TypeError on this way and takes _write's."""
    i = newline + "  "
    try:
        return "".join((
            '{', i, '"anchor": ', _text_or_null(m.anchor),
            ',', i, '"article": ', _encode_string(m.slug),
            ',', i, '"expression": ', _encode_string(m.expression),
            ',', i, '"lang": ', _encode_string(m.lang),
            ',', i, '"link": ', _encode_string(f"articles/{m.slug}/index.html#x-{m.span[0]}"),
            ',', i, '"outlet": ', _encode_string(m.source),
            ',', i, '"published": ', _encode_string(m.published.isoformat()),
            ',', i, '"related_spans": ', _spans_text(m.related, i),
            ',', i, '"report_id": ', _encode_string(m.event_id),
            ',', i, '"sentence_span": ', _ints_text(m.sentence_span, i),
            ',', i, '"span": ', _ints_text(m.span, i),
            ',', i, '"title": ', _encode_string(m.title),
            ',', i, '"url": ', _text_or_null(m.url),
            ',', i, '"value": ', _text_or_null(m.value),
            newline, '}'))
    except TypeError:
        parts: list[str] = []
        _write(mention_json(m), parts, newline)
        return "".join(parts)


def _text_or_null(value) -> str:
    return "null" if value is None else _encode_string(value)


def _ints_text(values, newline: str) -> str:
    """list(values) of plain ints as _write writes it at `newline`."""
    if not values:
        return "[]"
    inner = newline + "  "
    if not all(type(v) is int for v in values):
        raise TypeError("not plain ints")
    return "[" + inner + ("," + inner).join(map(int.__repr__, values)) + newline + "]"


def _spans_text(spans, newline: str) -> str:
    if not spans:
        return "[]"
    inner = newline + "  "
    return "[" + inner + ("," + inner).join([_ints_text(s, inner) for s in spans]) + newline + "]"


def events_json(events: list[Event], pieces=None) -> bytes:
    """The file; `pieces` (newsline.incremental.PieceStore) may hold events' JSON from an
    earlier build."""
    return bytes(events_json_parts(events, pieces))


def events_json_parts(events: list[Event], pieces=None) -> ByteParts:
    """events_json as ByteParts: the file part by part, never whole (see document_parts)."""
    texts = list(map(event_text, events)) if pieces is None else \
        pieces.texts("json", events, event_text)
    return document_parts({"version": FORMAT_VERSION}, "events", texts)


def document_bytes(document: dict, key: str, items: list[str]) -> bytes:
    """(indented_json of `document` with the list `items` under `key`) + "\n" as UTF-8, each
    item already written by json_at at LIST_ITEM_DEPTH."""
    return bytes(document_parts(document, key, items))


# items joined per part of the file: a few hundred kilobytes, a few calls per thousand items
PART_ITEMS = 256


def document_parts(document: dict, key: str, items: list[str]) -> ByteParts:
    """document_bytes as ByteParts, encoded from the items' text a few hundred at a time each
    time they are read: neither the text of a large file (up to four times its bytes) nor the
    file itself is ever made whole (bytes() of them writes the parts into one buffer)."""
    if not items:
        empty = (indented_json({**document, key: []}) + "\n").encode()
        return ByteParts(lambda: (empty,))
    head, tail = (indented_json({**document, key: [JSONText(_ITEM)]}) + "\n").split(_ITEM)
    between = "," + head[head.rindex("\n"):]  # as _write separates list items

    def parts():
        yield head.encode()
        for at in range(0, len(items), PART_ITEMS):
            text = between.join(items[at:at + PART_ITEMS])
            yield (between + text if at else text).encode()
        yield tail.encode()

    return ByteParts(parts)


_ITEM = "\x00item\x00"  # where the items go: JSON writes a NUL in a string as \u0000


class JSONText(str):
    """A value already written by indented_json at the depth where it is placed (json_at)."""


def json_at(value, depth: int) -> str:
    """indented_json(value) as it reads nested `depth` levels deep in a document."""
    parts: list[str] = []
    _write(value, parts, "\n" + "  " * depth)
    return "".join(parts)


def indented_json(value) -> str:
    """json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True), written directly.

    With an indent the standard library encodes in pure Python, a generator per nesting level;
    this writes the same text with one list of parts and the C string encoder, several times
    faster on the site's largest file. Only JSON's own types (str, int, float, bool, None,
    list, tuple, dict with str keys) are expected.
    """
    parts: list[str] = []
    _write(value, parts, "\n")
    return "".join(parts)


_encode_string = encode_string = json.encoder.encode_basestring  # ensure_ascii=False
_float = json.encoder.JSONEncoder(allow_nan=True).iterencode


# (indentation, keys in their order) -> each key and what precedes its value, in sorted order:
# the dicts of one file mostly share a few shapes (an event, a source, a date)
_HEADS: dict[tuple, list[tuple[str, str]]] = {}


def _heads(value: dict, newline: str) -> list[tuple[str, str]]:
    inner = newline + "  "
    keys = sorted(value)
    return [(key, ("{" if i == 0 else ",") + inner + _encode_string(key) + ": ")
            for i, key in enumerate(keys)]


def _write(value, parts: list[str], newline: str) -> None:
    # containers write their str, None, bool and int members inline (exactly those types;
    # subclasses and the rest take the general way): a call per member was most of the time
    if type(value) is JSONText:
        parts.append(value)
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        shape = (newline, *value)
        heads = _HEADS.get(shape)
        if heads is None:
            heads = _heads(value, newline)
            if len(_HEADS) < 4096:
                _HEADS[shape] = heads
        inner = newline + "  "
        for key, head in heads:
            item = value[key]
            kind = type(item)
            if kind is str:
                parts.append(head + _encode_string(item))
            elif item is None:
                parts.append(head + "null")
            elif kind is bool:
                parts.append(head + ("true" if item else "false"))
            elif kind is int:
                parts.append(head + int.__repr__(item))
            else:
                parts.append(head)
                _write(item, parts, inner)
        parts.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            kind = type(item)
            if kind is str:
                parts.append(separator + _encode_string(item))
            elif kind is int:
                parts.append(separator + int.__repr__(item))
            else:
                parts.append(separator)
                _write(item, parts, inner)
            separator = "," + inner
        parts.append(newline + "]")
    elif isinstance(value, str):
        parts.append(_encode_string(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append("".join(_float(value)))
    else:
        raise TypeError(f"{type(value).__name__} is not JSON data")
