"""The event list of a big overview or topic page, split into period pages.

A page that lists ten thousand events is fifteen megabytes no reader scrolls and no browser
opens quickly. Once a list holds more than `site.events_per_page` events, the overview (and
each topic page) keeps its chart and instead of the list names the pages the list is split
into, with their date ranges and counts; each page lists the events of one period, with the
chart of those events, the same filters, links to the previous and next page and to all the
others.

The split is by calendar period, as a timeline reader looks for events and as blog archives
do (Pelican's period archives): one page per year of the events' start, and a year holding
more than `events_per_page` events one page per month instead; a month holding more still is
cut into numbered parts of that many events. So a page's address names its period
(`events-2024.html`, `events-2024-03.html`, `events-2024-03-p2.html`) and an event added to one
period never renumbers or changes another period's page: a rebuild after one article changed
makes again only the pages of the periods its events are in (each page is cached by its own
events and the names of the pages, newsline.incremental.PageMemo). For the same reason the
pages name the other pages by period only; the counts and date ranges, which change with
every event, are on the overview (or topic) page that links them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from newsline.model import Event
from newsline.render.dates import day_range_label, month_range_label
from newsline.render.strings import count_label, strings_for


@dataclass(frozen=True)
class ListPage:
    """One page of a split event list: its period and the events starting in it, in list order."""

    key: str  # "2024", "2024-03" or "2024-03-p2": the period, as the file name says it
    year: int
    month: int | None
    part: int | None  # the part of a month cut into parts (1, 2, ...), else None
    events: tuple[Event, ...]

    @property
    def file(self) -> str:
        """The page's file name, beside the overview (or topic) page that links it."""
        return f"events-{self.key}.html"

    def label(self, lang: str) -> str:
        """'2024', 'März 2024', 'März 2024 (2)'."""
        if self.month is None:
            return str(self.year)
        first = date(self.year, self.month, 1)
        name = month_range_label(first, first, lang)
        return name if self.part is None else f"{name} ({self.part})"

    def span(self) -> tuple[date, date]:
        """The first and the last day an event of the page starts on (the day that puts it
        on this page; an event may last beyond the page's period)."""
        return min(e.start for e in self.events), max(e.start for e in self.events)


def split_pages(events: list[Event], size: int) -> list[ListPage]:
    """The pages of a list of more than `size` events, in chronological order; [] when the
    list fits on one page. Each event is on exactly one page (by the day it starts), and the
    events of a page keep the order they have in `events`."""
    if len(events) <= size:
        return []
    years: dict[int, list[Event]] = {}
    for event in events:
        years.setdefault(event.start.year, []).append(event)
    pages = []
    for year in sorted(years):
        mine = years[year]
        if len(mine) <= size:
            pages.append(ListPage(f"{year:04d}", year, None, None, tuple(mine)))
            continue
        months: dict[int, list[Event]] = {}
        for event in mine:
            months.setdefault(event.start.month, []).append(event)
        for month in sorted(months):
            inside = months[month]
            key = f"{year:04d}-{month:02d}"
            if len(inside) <= size:
                pages.append(ListPage(key, year, month, None, tuple(inside)))
                continue
            for part, at in enumerate(range(0, len(inside), size), start=1):
                pages.append(ListPage(f"{key}-p{part}", year, month, part,
                                      tuple(inside[at:at + size])))
    return pages


def page_index(pages: list[ListPage]) -> dict[str, int]:
    """Event id -> the index of the page that lists it."""
    return {event.id: i for i, page in enumerate(pages) for event in page.events}


def directory(pages: list[ListPage], lang: str, prefix: str = "") -> list[dict]:
    """What the overview (or topic) page says of each page: its link, period, date range and
    count of events."""
    out = []
    for page in pages:
        first, last = page.span()
        out.append({"href": prefix + page.file, "label": page.label(lang),
                    "range": day_range_label(first, last, lang),
                    "count": count_label(lang, len(page.events))})
    return out


def page_nav(pages: list[ListPage], at: int, lang: str) -> dict:
    """The links of page `at` to the others: previous, next, and every page by its period
    (no counts or ranges, which would change this page whenever another one changes)."""
    s = strings_for(lang)

    def link(i: int) -> dict | None:
        if not 0 <= i < len(pages):
            return None
        return {"href": pages[i].file, "label": pages[i].label(lang)}

    return {
        "label": s["list_pages"],
        "previous": link(at - 1), "next": link(at + 1),
        "previous_label": s["page_previous"], "next_label": s["page_next"],
        "pages": [{**link(i), "current": i == at} for i in range(len(pages))],
    }
