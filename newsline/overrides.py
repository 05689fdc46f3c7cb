"""content/overrides.yaml: a maintainer's reviewed corrections to the events the text gave.

The tagger and the merger are right most of the time; where they are not, an editor says so
here, keyed by the event id the site shows (`#event-<id>`, events.json). Any id an event had
before merging (each source's `report_id` in events.json) names it too, so an override keeps
working when another article reporting the same happening joins it.

    events:
      8a9499b7c88c:              # an event id
        date: 2024-04-26         # YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or START/END
        note: "Selenskyj spoke on 26 April."   # why; shown on the page
      3f234d358692:
        hide: true               # not on the timeline
      c9b46ac50c81:
        merge: [0cd31e2a94b9]    # these events are the same happening as this one
      512c9470f905:
        split: [2024-06-14-us-ukraine-pact-signed]   # that article's report becomes its own event
    added:
      - article: 2024-05-02-security-pact-explainer  # an event the tagger missed, with its source
        quote: "signed its agreement in Kyiv"          # words of the article that date it
        date: 2024-01-12
        note: "..."

An override that matches no event is a warning (an error under `newsline check --strict`); a
malformed file is an error at its line, like any content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

import yaml

from newsline.events import event_id
from newsline.model import Correction, Event, Mention, TaggedArticle
from newsline.problems import Problems
from newsline.sentences import sentence_at, split_sentences

OVERRIDES_FILE = "content/overrides.yaml"
_EVENT_KEYS = {"date", "note", "hide", "merge", "split"}
_ADDED_KEYS = {"article", "quote", "date", "note", "topics"}


@dataclass
class EventOverride:
    id: str
    line: int
    date: tuple[date, date, str] | None = None
    note: str = ""
    hide: bool = False
    merge: list[tuple[str, int]] = field(default_factory=list)  # (id, line)
    split: list[tuple[str, int]] = field(default_factory=list)  # (article slug, line)


@dataclass
class AddedEvent:
    line: int
    article: str
    quote: str
    date: tuple[date, date, str]
    note: str = ""
    topics: tuple[str, ...] | None = None


@dataclass
class Overrides:
    path: Path
    events: list[EventOverride] = field(default_factory=list)
    added: list[AddedEvent] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.events or self.added)


def parse_date(text: str) -> tuple[date, date, str] | None:
    """'2024-04-26', '2024-04', '2024', '2024-W17' or 'START/END' as (start, end, granularity)."""
    text = text.strip()
    try:
        if "/" in text:
            first, last = (parse_date(part) for part in text.split("/", 1))
            if first and last and first[0] <= last[1]:
                return first[0], last[1], min(first[2], last[2], key=_GRAINS.index)
            return None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = date.fromisoformat(text)
            return day, day, "day"
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            start = date(int(m[1]), int(m[2]), 1)
            return start, (start + timedelta(days=32)).replace(day=1) - timedelta(days=1), "month"
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1), date(int(text), 12, 31), "year"
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", text):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6), "week"
    except ValueError:
        return None
    return None


_GRAINS = ("day", "week", "month", "year")


def read_overrides(root: Path, problems: Problems) -> Overrides:
    """The overrides file (empty when absent); every malformed entry is an error at its line."""
    path = root / OVERRIDES_FILE
    result = Overrides(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return result
    except (UnicodeDecodeError, OSError) as exc:
        problems.error(path, 0, f"cannot read: {exc}")
        return result
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problems.error(path, mark.line + 1 if mark else 0, f"not valid YAML: {exc.problem}")
        return result
    if node is None:
        return result
    if not isinstance(node, yaml.MappingNode):
        problems.error(path, _line(node), "must be a mapping with 'events:' and/or 'added:'")
        return result
    for key, value in node.value:
        if key.value == "events" and isinstance(value, yaml.MappingNode):
            for id_node, entry in value.value:
                parsed = _event_override(id_node, entry, path, problems)
                if parsed:
                    result.events.append(parsed)
        elif key.value == "added" and isinstance(value, yaml.SequenceNode):
            for entry in value.value:
                parsed = _added(entry, path, problems)
                if parsed:
                    result.added.append(parsed)
        elif key.value in ("events", "added"):
            kind = "a mapping of event ids" if key.value == "events" else "a list of events"
            problems.error(path, _line(value), f"'{key.value}' must be {kind}")
        else:
            problems.error(path, _line(key), f"unknown key '{key.value}' (known: events, added)")
    return result


def _line(node) -> int:
    return node.start_mark.line + 1


def _scalar(node, path, problems, what) -> str | None:
    if isinstance(node, yaml.ScalarNode) and node.value.strip():
        return node.value.strip()
    problems.error(path, _line(node), f"{what} must be a text")
    return None


def _ids(node, path, problems, what) -> list[tuple[str, int]]:
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    out = []
    for item in items:
        value = _scalar(item, path, problems, what)
        if value:
            out.append((value, _line(item)))
    return out


def _date(node, path, problems) -> tuple[date, date, str] | None:
    raw = _scalar(node, path, problems, "'date'")
    parsed = parse_date(raw) if raw else None
    if raw and parsed is None:
        problems.error(path, _line(node), f"'date' {raw!r} is not YYYY-MM-DD, YYYY-MM, YYYY, "
                                          "YYYY-Www or START/END")
    return parsed


def _fields(entry, known, path, problems, what) -> dict | None:
    if not isinstance(entry, yaml.MappingNode):
        problems.error(path, _line(entry), f"{what} must be a mapping of settings")
        return None
    fields = {}
    for key, value in entry.value:
        if key.value not in known:
            problems.error(path, _line(key), f"unknown key '{key.value}' in {what} "
                                             f"(known: {', '.join(sorted(known))})")
        else:
            fields[key.value] = value
    return fields


def _event_override(id_node, entry, path, problems) -> EventOverride | None:
    ident = _scalar(id_node, path, problems, "an event id")
    fields = _fields(entry, _EVENT_KEYS, path, problems, f"the override of {ident}")
    if ident is None or fields is None:
        return None
    if not fields:
        if not entry.value:  # unknown keys were reported already
            problems.error(path, _line(id_node), f"the override of {ident} changes nothing")
        return None
    override = EventOverride(ident, _line(id_node))
    if "date" in fields:
        override.date = _date(fields["date"], path, problems)
    if "note" in fields:
        override.note = _scalar(fields["note"], path, problems, "'note'") or ""
    if "hide" in fields:
        node = fields["hide"]
        if not (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool"):
            problems.error(path, _line(node), "'hide' must be true or false")
        else:
            override.hide = node.value.lower() in ("true", "yes", "on")
    if "merge" in fields:
        override.merge = _ids(fields["merge"], path, problems, "each id in 'merge'")
    if "split" in fields:
        override.split = _ids(fields["split"], path, problems, "each article in 'split'")
    return override


def _added(entry, path, problems) -> AddedEvent | None:
    fields = _fields(entry, _ADDED_KEYS, path, problems, "an added event")
    if fields is None:
        return None
    missing = [k for k in ("article", "quote", "date") if k not in fields]
    if missing:
        problems.error(path, _line(entry), f"an added event needs {', '.join(missing)}")
        return None
    article = _scalar(fields["article"], path, problems, "'article'")
    quote = _scalar(fields["quote"], path, problems, "'quote'")
    when = _date(fields["date"], path, problems)
    note = _scalar(fields["note"], path, problems, "'note'") if "note" in fields else ""
    topics = None
    if "topics" in fields:
        topics = tuple(value for value, _ in _ids(fields["topics"], path, problems, "each topic"))
    if not (article and quote and when):
        return None
    return AddedEvent(_line(entry), article, quote, when, note or "", topics)


# --- applying ------------------------------------------------------------------------------------

def find(events: list[Event], ident: str) -> Event | None:
    """The event an id names: its own id first, else the id of one of its reports."""
    return next((e for e in events if e.id == ident), None) or next(
        (e for e in events if any(m.event_id == ident for m in e.sources)), None)


def held_out(overrides: Overrides, merged: list[Event], problems: Problems) -> set[str]:
    """Report ids the split overrides take out of their merged event, to stand on their own."""
    out: set[str] = set()
    for override in overrides.events:
        event = find(merged, override.id)
        for slug, line in override.split:
            if event is None:
                continue
            ids = {m.event_id for m in event.sources if m.slug == slug}
            if not ids:
                problems.warning(overrides.path, line, f"event {override.id} has no source "
                                                       f"from article {slug!r}; nothing to split")
            elif len(event.sources) == len(ids):
                problems.warning(overrides.path, line, f"article {slug!r} is the only source of "
                                                       f"event {override.id}; nothing to split")
            else:
                out |= ids
    return out


def apply_overrides(overrides: Overrides, events: list[Event], tagged: list[TaggedArticle],
                    problems: Problems) -> list[Event]:
    """The events after merges, date fixes, hides and hand-added events, in that order."""
    events = list(events)
    for override in overrides.events:
        target = find(events, override.id)
        if target is None:
            problems.warning(overrides.path, override.line,
                             f"no event has id {override.id}: the override is stale")
            continue
        for other_id, line in override.merge:
            other = find(events, other_id)
            if other is None:
                problems.warning(overrides.path, line, f"no event has id {other_id}: "
                                                       f"nothing to merge into {override.id}")
            elif other is not target:
                events.remove(other)
                target = _absorb(events, target, other)
        if override.date:
            target = _redate(events, target, override.date, override.note)
        if override.hide:
            events.remove(target)
    articles = {t.article.slug: t for t in tagged}
    for added in overrides.added:
        event = _hand_made(added, articles, overrides.path, problems)
        if event is not None:
            events.append(event)
    return events


def _swap(events: list[Event], old: Event, new: Event) -> Event:
    events[events.index(old)] = new
    return new


def _absorb(events: list[Event], target: Event, other: Event) -> Event:
    sources = {(m.published, m.slug, m.span): m for m in target.sources + other.sources}
    return _swap(events, target, replace(
        target, sources=[sources[k] for k in sorted(sources)],
        topics=tuple(sorted(set(target.topics) | set(other.topics))), date_note=None))


def _redate(events, target: Event, when: tuple[date, date, str], note: str) -> Event:
    start, end, granularity = when
    latest = max((m.published.date() for m in target.sources), default=start)
    correction = Correction(target.start, target.end, target.granularity, note)
    return _swap(events, target, replace(
        target, start=start, end=end, granularity=granularity, approximate=False,
        open_start=False, open_end=False, planned=start > latest, date_note=None,
        correction=correction))


def _hand_made(added: AddedEvent, articles: dict[str, TaggedArticle], path: Path,
               problems: Problems) -> Event | None:
    tagged = articles.get(added.article)
    if tagged is None:
        problems.error(path, added.line, f"added event: no article {added.article!r}")
        return None
    article = tagged.article
    at = article.body.find(added.quote)
    sentence = sentence_at(split_sentences(article.body, article.lang), at) if at >= 0 else None
    if sentence is None:
        problems.error(path, added.line, f"added event: the quote is not in the text of "
                                         f"{added.article!r}")
        return None
    span = (at, at + len(added.quote))
    # a quote holding a marked expression lands on that mark (marks never overlap)
    inside = [t for t in tagged.timexes if t.start < span[1] and span[0] < t.end]
    if inside:
        span = (inside[0].start, inside[0].end)
    start, end, granularity = added.date
    value = "editor:" + (start.isoformat() if start == end else f"{start}/{end}")
    ident = event_id(article.slug, sentence.text, value)
    mention = Mention(
        slug=article.slug, title=article.title, url=article.url, source=article.source,
        lang=article.lang, published=article.date, expression=added.quote, value=value,
        span=span, sentence_span=(sentence.start, sentence.end),
        event_id=ident)
    return Event(
        id=ident, start=start, end=end, granularity=granularity, approximate=False,
        text=sentence.text, topics=added.topics if added.topics is not None else article.topics,
        sources=[mention], planned=start > article.date.date(), by_hand=True,
        correction=Correction(start, end, granularity, added.note) if added.note else None)


def reviewed_events(overrides: Overrides, reports: list[Event], tagged: list[TaggedArticle],
                    problems: Problems) -> list[Event]:
    """The merge-and-order stage with the editor's overrides applied, in timeline order."""
    from newsline.order import merge_and_order, order_events

    merged = merge_and_order(reports)
    if not overrides:
        return merged
    out = held_out(overrides, merged, problems)
    if out:  # merge again without the split-off reports, which then stand alone
        from newsline.merge_cache import active_store

        store = active_store()
        if store is not None:  # a sentence's other dates may be among those left out
            store.reports.whole = False
        merged = merge_and_order([r for r in reports if r.id not in out]) \
            + order_events([r for r in reports if r.id in out])
    return order_events(apply_overrides(overrides, merged, tagged, problems))
