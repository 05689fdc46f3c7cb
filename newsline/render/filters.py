"""What a reader can filter a page's events by: topic, outlet and language.

Each list entry carries its facets as a small JSON attribute, and the page offers a choice only
where its events differ. The page's script reads both and filters the chart and the list
together; without the script the controls stay hidden and the list stays whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from newsline.model import Event
from newsline.render.strings import strings_for

FACETS = ("topics", "sources", "langs")


@dataclass(frozen=True)
class FilterGroup:
    facet: str  # "topics", "sources" or "langs": the key in each entry's data-facets
    label: str
    all_label: str
    options: tuple[tuple[str, str], ...]  # (value, shown name)


_LAST_SITE: list = [None, {}]  # the site asked about last, and its topics by slug


def topics_by_slug(site) -> dict:
    """slug -> Topic, as site.topic() finds them; that searches the tuple on every call, and
    pages ask about every event's topics."""
    if _LAST_SITE[0] is not site:
        _LAST_SITE[:] = [site, {t.slug: t for t in reversed(site.topics)}]
    return _LAST_SITE[1]


def facets_of(event: Event, site) -> dict[str, list[str]]:
    known = topics_by_slug(site)
    return {
        "topics": sorted([t for t in event.topics if t in known]),
        "sources": sorted({m.source for m in event.sources}),
        "langs": sorted({m.lang for m in event.sources}),
    }


_string = json.encoder.encode_basestring  # json.dumps(text, ensure_ascii=False)


def facets_attr(event: Event, site) -> str:
    """The data-facets attribute of an event's list entry: json.dumps(facets_of(...),
    ensure_ascii=False, sort_keys=True, separators=(",", ":")), written directly."""
    known = topics_by_slug(site)
    sources, langs = set(), set()
    for m in event.sources:
        sources.add(m.source)
        langs.add(m.lang)
    topics = sorted([t for t in event.topics if t in known])
    return (f'{{"langs":[{",".join(map(_string, sorted(langs)))}],'
            f'"sources":[{",".join(map(_string, sorted(sources)))}],'
            f'"topics":[{",".join(map(_string, topics))}]}}')


@lru_cache(maxsize=256)  # every chart with filters names its languages; babel looks up files
def language_name(code: str, lang: str) -> str:
    """'Englisch' on a German page, 'German' on an English one."""
    try:
        name = Locale.parse(code).get_language_name(strings_for(lang)["locale"])
    except (ValueError, TypeError):
        name = None
    return name[:1].upper() + name[1:] if name else code


def filter_groups(events: list[Event], site, lang: str) -> list[FilterGroup]:
    """The filters worth offering for `events`: those with at least two values to choose from."""
    s = strings_for(lang)
    mentions = [m for event in events for m in event.sources]
    seen = {  # what facets_of gives, for all events at once
        "topics": {slug for event in events for slug in event.topics},
        "sources": {m.source for m in mentions},
        "langs": {m.lang for m in mentions},
    }
    options = {
        "topics": tuple((t.slug, t.title) for t in site.topics if t.slug in seen["topics"]),
        "sources": tuple((name, name) for name in sorted(seen["sources"])),
        "langs": tuple((code, language_name(code, lang)) for code in sorted(seen["langs"])),
    }
    return [FilterGroup(facet, s[f"filter_{facet}"], s[f"all_{facet}"], options[facet])
            for facet in FACETS if len(options[facet]) >= 2]
