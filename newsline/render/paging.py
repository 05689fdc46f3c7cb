"""The event list of a big overview or topic page, split into period pages.

A page that lists ten thousand events is fifteen megabytes no reader scrolls and no browser
opens quickly. Once a list holds more than `site.events_per_page` events, the overview (and
each topic page) keeps its chart and instead of the list names the pages the list is split
into, with their date ranges and counts; each page lists the events of one period, with the
chart of those events, the same filters, links to the previous and next page, to the other
months of its year and to that list of all pages.

The split is by calendar period, as a timeline reader looks for events and as blog archives
do (Pelican's period archives): one page per year of the events' start, and a year holding
more than `events_per_page` events one page per month instead, its events dated by the year
only (they start on 1 January) on a page of their own before the months rather than filling
January's; a page holding more still is cut into numbered parts of that many events. So a
page's address names its period
(`events-2024.html`, `events-2024-03.html`, `events-2024-03-p2.html`) and an event added to one
period never renumbers or changes another period's page: a rebuild after one article changed
makes again only the pages of the periods its events are in, and the neighbours of a page that
appeared or went (each page is cached by its own events and the pages it links,
newsline.incremental.PageMemo). For the same reason a page names its neighbours and its
year's months by period only; the counts and date ranges of the other pages, which change
with every event, and the list of every page, which changes with every new period, are on the
overview (or topic) page alone (a page names its own count and range: its events decide them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from newsline.model import Event
from newsline.render.dates import day_range_label, month_range_label, start_precision
from newsline.render.strings import count_label, strings_for


@dataclass(frozen=True)
class ListPage:
    """One page of a split event list: its period and the events starting in it, in list order."""

    key: str  # "2024", "2024-03" or "2024-03-p2": the period, as the file name says it
    year: int
    month: int | None
    part: int | None  # the part of a period cut into parts (1, 2, ...), else None
    events: tuple[Event, ...]
    # the events of a year split into months that are dated by the year (or coarser) only
    no_month: bool = False

    @property
    def file(self) -> str:
        """The page's file name, beside the overview (or topic) page that links it."""
        return f"events-{self.key}.html"

    def label(self, lang: str) -> str:
        """'2024', 'März 2024', 'März 2024, Teil 2', '2024 ohne Monatsangabe'."""
        s = strings_for(lang)
        if self.no_month:
            name = s["page_no_month"].format(year=self.year)
        elif self.month is None:
            return str(self.year)
        else:
            first = date(self.year, self.month, 1)
            name = month_range_label(first, first, lang)
        if self.part is None:
            return name
        return s["page_part"].format(period=name, part=self.part)

    def span(self) -> tuple[date, date]:
        """The first and the last day an event of the page starts on (the day that puts it
        on this page; an event may last beyond the page's period)."""
        return min(e.start for e in self.events), max(e.start for e in self.events)

    def period_range(self, lang: str) -> str | None:
        """range_label, or None where it only repeats the page's period ('Oktober 2023' on
        the page of October 2023, '2023' on a year's)."""
        said = self.range_label(lang)
        if self.month is None:
            return None if said == str(self.year) else said
        first = date(self.year, self.month, 1)
        return None if said == month_range_label(first, first, lang) else said

    def range_label(self, lang: str) -> str:
        """span() in words, as precise as the events starting on its ends are dated: a
        month's event starts on its 1st, and '1. Februar - 1. Dezember 2022' told a reader of
        two days where the page holds February and December 2022. Both ends are said at the
        coarser precision of the two ('Februar-Juni 2022' for February and 15 June)."""
        first, last, precision = _ends(self.events)
        if precision == 0:
            return day_range_label(first, last, lang)
        if precision == 1:
            return month_range_label(first, last, lang)
        return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"


def _ends(events) -> tuple[date, date, int]:
    """The first and the last start day of `events`, and how precisely they are dated: the
    coarser end's precision, each end as precise as the finest of the events starting on it
    (dates.start_precision; a day that starts an event of the day and one of its month is a
    day). One pass over the events, the granularities of each end gathered on the way."""
    first = last = events[0].start
    at_first: set[str] = set()
    at_last: set[str] = set()
    for event in events:
        start = event.start
        if start <= first:
            if start < first:
                first, at_first = start, set()
            at_first.add(event.granularity)
        if start >= last:
            if start > last:
                last, at_last = start, set()
            at_last.add(event.granularity)
    return first, last, max(min(start_precision(first, g) for g in at_first),
                            min(start_precision(last, g) for g in at_last))


def split_pages(events: list[Event], size: int) -> list[ListPage]:
    """The pages of a list of more than `size` events, in chronological order; [] when the
    list fits on one page. Each event is on exactly one page (by the day it starts), and the
    events of a page keep the order they have in `events`.

    In a year split into months, the events dated by the year or coarser (a year, a decade:
    they start on 1 January) are on the year's own page before its months, not on January's."""
    if len(events) <= size:
        return []
    years: dict[int, list[Event]] = {}
    for event in events:
        years.setdefault(event.start.year, []).append(event)
    pages: list[ListPage] = []
    for year in sorted(years):
        mine = years[year]
        if len(mine) <= size:
            pages.append(ListPage(f"{year:04d}", year, None, None, tuple(mine)))
            continue
        coarse: list[Event] = []
        months: dict[int, list[Event]] = {}
        by_year: dict[tuple[date, str], bool] = {}  # many events share a start and granularity
        for event in mine:
            known = (event.start, event.granularity)
            dated_by_year = by_year.get(known)
            if dated_by_year is None:
                dated_by_year = by_year[known] = start_precision(*known) == 2
            if dated_by_year:
                coarse.append(event)
            else:
                months.setdefault(event.start.month, []).append(event)
        _cut(pages, f"{year:04d}", year, None, coarse, size)
        for month in sorted(months):
            _cut(pages, f"{year:04d}-{month:02d}", year, month, months[month], size)
    return pages


def _cut(pages: list[ListPage], key: str, year: int, month: int | None, events: list[Event],
         size: int) -> None:
    """The page of a month (or of a split year's events with no month: month None), or
    numbered parts of it when it holds more than `size` events; none for no event."""
    if len(events) <= size:
        if events:
            pages.append(ListPage(key, year, month, None, tuple(events), month is None))
        return
    for part, at in enumerate(range(0, len(events), size), start=1):
        pages.append(ListPage(f"{key}-p{part}", year, month, part, tuple(events[at:at + size]),
                              month is None))


def page_index(pages: list[ListPage]) -> dict[str, int]:
    """Event id -> the index of the page that lists it."""
    return {event.id: i for i, page in enumerate(pages) for event in page.events}


def directory(pages: list[ListPage], lang: str, prefix: str = "") -> list[dict]:
    """What the overview (or topic) page says of each page: its link, period, date range and
    count of events."""
    out = []
    for page in pages:
        out.append({"href": prefix + page.file, "label": page.label(lang),
                    "range": page.period_range(lang),
                    "count": count_label(lang, len(page.events))})
    return out


class PageLinks:
    """The links of each page of one split list to the others: the previous and the next
    page, the pages of the same year (when the year is split into months), and the overview
    (or topic) page's list of every page with its date range and count.

    A page names no page beyond its neighbours and its year: with a list of every page on
    each of them, an event in a new period (a year no event was in yet) changed every page,
    and a rebuild after one article changed rendered all of them again (1,000 articles: 710
    pages). Counts and ranges are on the overview only, for the same reason."""

    def __init__(self, pages: list[ListPage], lang: str):
        s = strings_for(lang)
        self.pages = pages
        self.labels = [page.label(lang) for page in pages]
        self.words = {"label": s["list_pages"], "previous_label": s["page_previous"],
                      "next_label": s["page_next"], "all_label": s["all_periods"],
                      "all_href": "index.html#periods"}
        self._years: dict[int, list[int]] = {}
        for i, page in enumerate(pages):
            self._years.setdefault(page.year, []).append(i)

    def _link(self, i: int) -> dict | None:
        if not 0 <= i < len(self.pages):
            return None
        return {"href": self.pages[i].file, "label": self.labels[i]}

    def _year(self, at: int) -> list[int]:
        year = self._years[self.pages[at].year]
        return year if len(year) > 1 else []

    def context(self, at: int) -> tuple:
        """What of the other pages page `at` shows: part of its cache key. Their labels, not
        only their addresses: a year's page keeps its address when the year is split into
        months, as the page of its events with no month."""
        def key(i: int) -> tuple[str, str] | None:
            return (self.pages[i].key, self.labels[i]) if 0 <= i < len(self.pages) else None
        return key(at - 1), key(at + 1), tuple(key(i) for i in self._year(at))

    def nav(self, at: int) -> dict:
        """What page `at` says of the others (the macro page_steps prints it)."""
        return {
            **self.words,
            "previous": self._link(at - 1), "next": self._link(at + 1),
            "pages": [{**self._link(i), "current": i == at} for i in self._year(at)],
        }


def listing_index(list_pages) -> dict[tuple[str, str], str]:
    """(folder of a split list, event id) -> the period page listing the event, from the
    (path, events) of every period page: where article pages and feed entries link an event."""
    where = {}
    for path, events in list_pages:
        folder = path.rpartition("/")[0]
        where.update(dict.fromkeys([(folder, event.id) for event in events], path))
    return where
