"""`<topic>/timeline.json`: a topic's events in TimelineJS3's JSON format, loadable unchanged.

TimelineJS wants dates as parts ({year, month, day, hour, minute}); we give exactly the parts the
event's granularity knows, so a month stays a month, and say the rest in `display_date` (the
label our own pages show, vague and open ends included). Text fields are HTML: the sentence and
links to its sources' article pages, absolute so the file works wherever it is loaded.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from newsline.config import SiteConfig, Topic
from newsline.cache import ByteParts
from newsline.export import LIST_ITEM_DEPTH, document_parts, encode_string, json_at
from newsline.model import Event
from newsline.render.dates import event_label
from newsline.render.markup import plain_text
from newsline.render.strings import strings_for

_DAY_PARTS = ("time", "day", "week")
_MONTH_PARTS = ("month", "season", "quarter", "half")
HEADLINE_WORDS = 18


def date_parts(d: date, granularity: str, value: str | None = None) -> dict:
    """The TimelineJS date object for one end of an interval, as precise as the granularity."""
    parts: dict = {"year": d.year}
    if granularity in _DAY_PARTS or granularity in _MONTH_PARTS:
        parts["month"] = d.month
    if granularity in _DAY_PARTS:
        parts["day"] = d.day
    if granularity == "time" and value and len(value) >= 16 and value[10] == "T" \
            and value[11:13].isdigit() and value[14:16].isdigit():
        parts["hour"], parts["minute"] = int(value[11:13]), int(value[14:16])
    return parts


def parts_granularity(event: Event) -> str:
    """The event's granularity, or "day" when its bounds do not fall on that unit's edges
    ("seit mehr als zwei Jahren" in an article of 30 April 2024 starts on 30 April 2022)."""
    start, after_end = event.start, event.end + timedelta(days=1)
    if event.granularity in _MONTH_PARTS:
        aligned = start.day == 1 and after_end.day == 1
    elif event.granularity in _DAY_PARTS:
        aligned = True
    else:
        aligned = (start.month, start.day) == (1, 1) and (after_end.month, after_end.day) == (1, 1)
    return event.granularity if aligned else "day"


def _one_unit(event: Event, granularity: str) -> bool:
    """Whether the start's date parts already say the whole interval (one day, month, year)."""
    if granularity in _DAY_PARTS:
        return event.start == event.end
    if granularity in _MONTH_PARTS:
        return (event.start.year, event.start.month) == (event.end.year, event.end.month)
    return event.start.year == event.end.year


def headline(text: str) -> str:
    words = plain_text(text).split()
    return " ".join(words) if len(words) <= HEADLINE_WORDS else " ".join(words[:HEADLINE_WORDS]) + " …"


def absolute(site: SiteConfig, path: str) -> str:
    return site.base_url.rstrip("/") + "/" + path


def slide(site: SiteConfig, topic: Topic, event: Event, lang: str) -> dict:
    s = strings_for(lang)
    label = event_label(event, lang)
    notes = [s["planned"]] if event.planned else []
    if event.by_hand:
        notes.append(s["added_by_editor"])
    elif event.correction:
        notes.append(s["corrected"])
    display = label + (f" ({', '.join(notes)})" if notes else "")
    value = event.sources[0].value if event.sources else None
    granularity = parts_granularity(event)
    links = "; ".join(
        f'<a href="{escape(absolute(site, f"articles/{m.slug}/index.html#x-{m.span[0]}"))}">'
        f"{escape(m.source)}: {escape(m.title)}</a>" for m in event.sources)
    body = f"<p>{escape(plain_text(event.text))}</p>"
    if event.date_note:
        body += f"<p><em>{escape(event.date_note)}</em></p>"
    if event.correction and event.correction.note:
        body += f"<p><em>{escape(event.correction.note)}</em></p>"
    body += f"<p>{s['sources' if len(event.sources) > 1 else 'source']}: {links}</p>"
    item = {
        "unique_id": f"event-{event.id}",
        "start_date": date_parts(event.start, granularity, value),
        "display_date": display,
        "text": {"headline": escape(headline(event.text), quote=False), "text": body},
        "group": topic.title,
    }
    if not _one_unit(event, granularity):
        item["end_date"] = date_parts(event.end, granularity)
    return item


# where a slide's "group" stands among its keys (sorted): right before its "start_date"
_START_KEY = "\n" + "  " * (LIST_ITEM_DEPTH + 1) + '"start_date": '


def groupless_json(made: dict) -> str:
    """A slide's JSON as it stands in a timeline's list, without its "group" (the one member
    that differs between the timelines of an event's topics); with_group puts it in."""
    return json_at({key: value for key, value in made.items() if key != "group"},
                   LIST_ITEM_DEPTH)


def with_group(text: str, group: str) -> str:
    """groupless_json's text with "group": `group` in its place. Strings in JSON hold no raw
    line break, so the only line that starts with the slide's own "start_date" key is it."""
    return text.replace(_START_KEY, _START_KEY[:-len('"start_date": ')] + '"group": '
                        + encode_string(group) + "," + _START_KEY, 1)


def timeline_json(site: SiteConfig, topic: Topic, events: list[Event],
                  slide_text=None, pieces=None) -> bytes:
    """The file; `slide_text(event)` may give the slides' JSON (as json_at writes them in the
    list) already made, `pieces` (newsline.incremental.PieceStore) those of an earlier build."""
    return bytes(timeline_parts(site, topic, events, slide_text, pieces))


def timeline_parts(site: SiteConfig, topic: Topic, events: list[Event],
                   slide_text=None, pieces=None) -> ByteParts:
    """timeline_json as ByteParts: the file part by part, never whole (see document_parts)."""
    def written(event: Event) -> str:
        if slide_text is not None:
            return slide_text(event)
        return json_at(slide(site, topic, event, site.default_lang), LIST_ITEM_DEPTH)

    document = {
        "title": {"text": {"headline": escape(topic.title, quote=False),
                           "text": f"<p>{escape(topic.description)}</p>" if topic.description else ""}},
    }
    return document_parts(document, "events", list(map(written, events)) if pieces is None else
                          pieces.texts(f"slide-{topic.slug}", events, written))
