"""Big event lists are split into period pages, feeds carry the most recent events only, and a
rebuild after one change renders again only the pages whose events changed."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, timedelta

import render_sample as sample

from newsline.cache import Cache
from newsline.exports.atom import ATOM, recent
from newsline.incremental import PageMemo
from newsline.render import site_files
from newsline.render.pages import theme_dirs
from newsline.render.paging import directory, page_index, split_pages

EVENT_LINE = re.compile(r'<li id="event-([^"]+)"')


def spread(count: int, first: date, step_days: int, prefix: str = "e"):
    """`count` day events from `first` on, `step_days` apart, on the sample's sources and
    topics (every other one in each topic), in the site's order."""
    base = sample.events()
    out = []
    for i in range(count):
        day = first + timedelta(days=i * step_days)
        like = base[i % len(base)]
        out.append(replace(like, id=f"{prefix}{i:04d}", start=day, end=day, granularity="day",
                           planned=False, open_start=False, open_end=False,
                           text=f"Ereignis {i} am Fluss."))
    return sorted(out, key=lambda e: (e.start, e.end, e.id))


def keys(pages) -> list[str]:
    return [page.key for page in pages]


def test_a_list_that_fits_is_not_split():
    events = spread(10, date(2020, 1, 1), 100)
    assert split_pages(events, 10) == []
    assert split_pages(events, 9) != []


def test_years_then_months_then_parts():
    # 2021: 4 events (one page); 2022: 12 events, 9 of them in March (cut into parts of 4)
    events = (spread(4, date(2021, 2, 1), 30, "a") + spread(9, date(2022, 3, 1), 3, "b")
              + spread(3, date(2022, 5, 1), 1, "c"))
    pages = split_pages(events, 4)
    assert keys(pages) == ["2021", "2022-03-p1", "2022-03-p2", "2022-03-p3", "2022-05"]
    assert [len(p.events) for p in pages] == [4, 4, 4, 1, 3]
    assert [p.file for p in pages][:2] == ["events-2021.html", "events-2022-03-p1.html"]
    # a part says it is one: "März 2022 (2)" left a reader guessing what the 2 counts
    assert [p.label("de") for p in pages][1:] == ["März 2022, Teil 1", "März 2022, Teil 2",
                                                 "März 2022, Teil 3", "Mai 2022"]
    assert [p.label("en") for p in pages][2:] == ["March 2022, part 2", "March 2022, part 3",
                                                 "May 2022"]
    # every event once, in the list's order
    assert [e for p in pages for e in p.events] == events
    assert page_index(pages)["b0008"] == 3


def test_events_dated_by_a_year_only_are_not_filed_under_january():
    # a year's event starts on 1 January: in a year split into months they filled the January
    # pages ('Januar 2017, Teil 2: 2017 (60 Ereignisse)' on 300 generated articles); they are
    # on the year's own page, before its months, and a quarter stays in its first month
    events = spread(10, date(2017, 1, 10), 20)
    years = [_dated(events[i], date(2017, 1, 1), date(2017, 12, 31), "year") for i in range(4)]
    quarter = _dated(events[4], date(2017, 4, 1), date(2017, 6, 30), "quarter")
    decade = _dated(events[8], date(2010, 1, 1), date(2019, 12, 31), "decade")
    jan1 = _dated(events[9], date(2017, 1, 1), date(2017, 1, 1), "day")
    listed = sorted([*years, quarter, *events[5:8], decade, jan1],
                    key=lambda e: (e.start, e.end, e.id))
    pages = split_pages(listed, 3)
    assert keys(pages) == ["2010", "2017-p1", "2017-p2", "2017-01", "2017-04", "2017-05"]
    assert [[e.id for e in p.events] for p in pages] == [
        [decade.id], [e.id for e in years[:3]], [years[3].id], [jan1.id],
        [quarter.id, events[5].id], [events[6].id, events[7].id]]
    assert [p.label("de") for p in pages[:4]] == [
        "2010", "2017 ohne Monatsangabe, Teil 1", "2017 ohne Monatsangabe, Teil 2", "Januar 2017"]
    assert pages[1].label("en") == "2017, no month given, part 1"
    assert [p.file for p in pages[1:3]] == ["events-2017-p1.html", "events-2017-p2.html"]
    assert pages[1].range_label("de") == "2017"
    # one page of them when they fit, under the year's own address
    fewer = [e for e in listed if e is not years[3]]
    assert keys(split_pages(fewer, 3))[:3] == ["2010", "2017", "2017-01"]
    assert split_pages(fewer, 3)[1].label("de") == "2017 ohne Monatsangabe"
    # a year that fits on one page keeps all its events, coarse or not
    assert keys(split_pages(listed, 9)) == ["2010", "2017"]


def test_a_year_page_is_by_the_day_an_event_starts():
    events = spread(3, date(2023, 12, 30), 1)  # 30 Dec 2023, 31 Dec 2023, 1 Jan 2024
    events[0] = replace(events[0], end=date(2024, 6, 30), granularity="month")
    pages = split_pages(events, 2)
    assert keys(pages) == ["2023", "2024"]
    assert pages[0].span() == (date(2023, 12, 30), date(2023, 12, 31))


def _dated(event, start: date, end: date, granularity: str):
    return replace(event, start=start, end=end, granularity=granularity)


def test_a_page_s_date_range_is_as_precise_as_its_events_are_dated():
    # the range named on the overview was the first and last day an event starts on, so a
    # month event read as its 1st ("1. Februar - 1. Dezember 2022" for February and December
    # 2022, "1. Januar 2023" for an event of the whole year 2023)
    events = spread(7, date(2022, 2, 1), 1)
    events[0] = _dated(events[0], date(2022, 2, 1), date(2022, 2, 28), "month")
    events[1] = _dated(events[1], date(2022, 12, 1), date(2022, 12, 31), "month")
    events[2] = _dated(events[2], date(2023, 1, 1), date(2023, 12, 31), "year")
    events[3] = _dated(events[3], date(2024, 3, 1), date(2024, 3, 31), "month")
    events[4] = _dated(events[4], date(2024, 3, 5), date(2024, 3, 5), "day")
    events[5] = _dated(events[5], date(2025, 9, 19), date(2025, 9, 19), "day")
    events[6] = _dated(events[6], date(2025, 9, 21), date(2025, 9, 22), "day")
    events.sort(key=lambda e: (e.start, e.end, e.id))
    pages = split_pages(events, 2)
    assert keys(pages) == ["2022", "2023", "2024", "2025"]
    ranges = {p.key: p.range_label("de") for p in pages}
    assert ranges == {"2022": "Februar–Dezember 2022", "2023": "2023",
                      "2024": "März 2024", "2025": "19.–21. September 2025"}
    assert pages[0].range_label("en") == "February–December 2022"
    # the overview's list of pages says the same
    # the overview's list of pages says the same, and no range that only repeats the page's
    # period ('Oktober 2023: Oktober 2023', '2023: 2023')
    listed = directory(pages, "de")
    assert [(d["label"], d["range"]) for d in listed] == [
        ("2022", "Februar–Dezember 2022"), ("2023", None), ("2024", "März 2024"),
        ("2025", "19.–21. September 2025")]
    months = split_pages(events[:2] + [events[3]], 1)
    assert [(d["label"], d["range"]) for d in directory(months, "en")] == [
        ("February 2022", None), ("December 2022", None), ("2024", "March 2024")]
    # ends of different precision are both said at the coarser one (a month and a day: months)
    mixed = [events[0], _dated(events[4], date(2022, 6, 15), date(2022, 6, 15), "day")]
    assert split_pages(mixed + events[2:4], 2)[0].range_label("de") == "Februar–Juni 2022"
    # a day that starts an event of the day and one of its month is named as the day
    both = [_dated(events[3], date(2024, 3, 1), date(2024, 3, 1), "day"), events[3], events[4]]
    assert split_pages(both + events[:2], 3)[1].range_label("de") == "1.–5. März 2024"


def test_an_event_added_to_one_period_leaves_the_other_pages_as_they_were():
    events = spread(30, date(2019, 1, 5), 61)
    before = split_pages(events, 8)
    extra = replace(events[0], id="late", start=date(2023, 6, 1), end=date(2023, 6, 1))
    after = split_pages(sorted(events + [extra], key=lambda e: (e.start, e.id)), 8)
    changed = {p.key for p in after} ^ {p.key for p in before} | {
        a.key for a in after for b in before if a.key == b.key and a.events != b.events}
    assert changed == {"2023"}


def test_feeds_hold_the_most_recent_events_newest_first(tmp_path):
    site = sample.site(feed_max_items=3)
    events = spread(8, date(2024, 1, 1), 5)
    newest = recent(events, 3)
    assert len(newest) == 3 and recent(events, 100)[:3] == newest
    files = dict(site_files(site, sample.articles(), events))
    feed = ET.fromstring(files["bruecke/feed.xml"])
    entries = feed.findall(f"{{{ATOM}}}entry")
    assert len(entries) == 3
    mine = [e for e in events if "bruecke" in e.topics]
    links = [entry.find(f"{{{ATOM}}}link").get("href").rsplit("#event-", 1)[1]
             for entry in entries]
    assert links == [e.id for e in recent(mine, 3)]
    # the topic page's link says the feed holds the newest events, not all of them
    assert ('<a href="feed.xml" type="application/atom+xml">Neueste Ereignisse als Atom-Feed</a>'
            in files["bruecke/index.html"].decode())
    # the feed is as new as its newest entry
    updated = feed.find(f"{{{ATOM}}}updated").text
    assert updated == max(entry.find(f"{{{ATOM}}}updated").text for entry in entries)


def test_a_split_site_lists_every_event_once_across_its_pages():
    site = sample.site(events_per_page=5)
    events = spread(40, date(2021, 3, 1), 23)
    files = dict(site_files(site, sample.articles(), events))
    pages = split_pages(events, 5)
    index = files["index.html"].decode()
    assert EVENT_LINE.findall(index) == []  # the overview links the pages instead
    assert "Seiten der Zeiträume, die unter der Grafik verlinkt sind" in index
    assert "Dieselben Ereignisse stehen als Liste unter der Grafik" in files[pages[0].file].decode()
    listed = []
    for page in pages:
        html = files[page.file].decode()
        listed += EVENT_LINE.findall(html)
        assert 'href="index.html#periods"' in html  # the overview's list of every page
        same_year = [p for p in pages if p.year == page.year]
        assert (f'href="{page.file}" aria-current="page"' in html) == (len(same_year) > 1)
        assert f'href="{page.file}"' in index
    assert listed == [e.id for e in events]
    # each topic page is split too, in the topic's folder
    topic = [e.id for e in events if "hafen" in e.topics]
    topic_pages = [f"hafen/{p.file}" for p in split_pages(
        [e for e in events if "hafen" in e.topics], 5)]
    assert set(topic_pages) == {p for p in files if re.fullmatch(r"hafen/events-.*", p)}
    assert topic_pages and EVENT_LINE.findall(files["hafen/index.html"].decode()) == []
    assert [i for p in topic_pages for i in EVENT_LINE.findall(files[p].decode())] == topic
    # the chart of the overview names, for each event, the page that lists it
    chart = json.loads(re.search(r'id="chart-data">(.*?)</script>', index).group(1))
    assert chart["pages"] == [page.file for page in pages]
    marks = [row for trace in chart["figure"]["data"] if trace.get("meta") == ["event"]
             for row in trace["customdata"]]
    assert len(marks) == len(events)
    for row in marks:
        assert row[3] in [e.id for e in pages[row[4]].events]
    # and every page is in the sitemap
    sitemap = files["sitemap.xml"].decode()
    for page in pages:
        assert f"<loc>https://example.org/newsline/{page.file}</loc>" in sitemap
    assert "<loc>https://example.org/newsline/hafen/" + topic_pages[0].split("/")[1] in sitemap


def test_one_changed_event_renders_its_pages_again_and_no_other(tmp_path):
    site = sample.site(events_per_page=6)
    articles = sample.articles()
    events = spread(60, date(2020, 2, 1), 19)
    assert {tuple(e.topics) for e in events} == {("bruecke",), ("hafen", "bruecke")}

    def render(events):
        memo = PageMemo(Cache.under(tmp_path, "pages"), PageMemo.version_of(site, theme_dirs(site)))
        files = dict(site_files(site, articles, events, memo, "events.json"))
        memo.pieces.save()
        return memo, files

    cold, files = render(events)
    assert len([p for p in cold.rendered if "events-" in p]) > 10
    target = next(e for e in events[20:] if tuple(e.topics) == ("bruecke",))  # not in hafen
    changed = [replace(e, text=e.text + " Geändert.") if e is target else e for e in events]
    warm, again = render(changed)

    def page_of(prefix, listed):
        [page] = [p for p in split_pages(listed, 6) if target.id in [e.id for e in p.events]]
        return prefix + page.file

    expected = {page_of("", events)} | {
        page_of(f"{t}/", [e for e in events if t in e.topics]) for t in target.topics}
    assert {p for p in warm.rendered if "events-" in p} == expected
    # the overview's chart changed, and the charts of the event's topics, not the others'
    assert "index.html" in warm.rendered
    assert {p for p in warm.rendered if p.endswith("/index.html") and "/" not in p[:-11]} == \
        {f"{t}/index.html" for t in target.topics}
    assert again == dict(site_files(site, articles, changed, None, "events.json"))


def test_the_counted_chart_of_a_split_list_opens_the_pages(monkeypatch):
    # beyond AGGREGATE_ABOVE events the chart counts per week or month: on a split list each
    # dot names the first event it counts and that event's page, and there is no detail
    monkeypatch.setattr("newsline.render.chart.AGGREGATE_ABOVE", 20)
    site = sample.site(events_per_page=8)
    events = spread(60, date(2021, 3, 1), 9)
    files = dict(site_files(site, sample.articles(), events))
    pages = split_pages(events, 8)
    chart = json.loads(re.search(r'id="chart-data">(.*?)</script>',
                                 files["index.html"].decode()).group(1))
    assert "detail" not in chart["aggregate"] and chart["pages"] == [p.file for p in pages]
    dots = [row for trace in chart["figure"]["data"] if trace.get("meta") == ["aggregate"]
            for row in trace["customdata"]]
    assert dots
    by_id = {e.id: e for e in events}
    counted = 0
    for label, _, _, first, page in dots:
        assert first in [e.id for e in pages[page].events]
        counted += int(label.split()[0])
    assert counted == len(events)
    assert len({row[3] for row in dots}) == len(dots) and all(row[3] in by_id for row in dots)
    # a page's own chart draws each of its events
    page = json.loads(re.search(r'id="chart-data">(.*?)</script>',
                                files[pages[0].file].decode()).group(1))
    assert "aggregate" not in page and "pages" not in page


def test_a_feed_entry_keeps_its_id_and_links_to_its_period_page():
    events = spread(30, date(2022, 1, 10), 13)

    def entries(site):
        feed = ET.fromstring(dict(site_files(site, sample.articles(), events))["hafen/feed.xml"])
        return [(entry.find(f"{{{ATOM}}}id").text, entry.find(f"{{{ATOM}}}link").get("href"))
                for entry in feed.findall(f"{{{ATOM}}}entry")]

    whole, split = entries(sample.site()), entries(sample.site(events_per_page=4))
    assert [i for i, _ in whole] == [i for i, _ in split]  # a reader sees the same entries
    mine = [e for e in events if "hafen" in e.topics]
    files = {p.file: [e.id for e in p.events] for p in split_pages(mine, 4)}
    for (_, before), (_, after) in zip(whole, split):
        assert before.startswith("https://example.org/newsline/hafen/index.html#event-")
        page, event_id = after.removeprefix("https://example.org/newsline/hafen/").split("#")
        assert event_id.removeprefix("event-") in files[page]


def test_an_event_in_a_new_period_renders_its_page_and_neighbours_again(tmp_path):
    site = sample.site(events_per_page=6)
    articles = sample.articles()
    events = sorted(spread(20, date(2016, 1, 10), 30, "a") + spread(20, date(2023, 1, 10), 30, "b"),
                    key=lambda e: (e.start, e.id))  # no event from mid-2017 to 2022

    def render(events):
        memo = PageMemo(Cache.under(tmp_path, "pages"), PageMemo.version_of(site, theme_dirs(site)))
        files = dict(site_files(site, articles, events, memo, "events.json"))
        memo.pieces.save()
        return memo, files

    render(events)
    late = replace(events[0], id="late", start=date(2021, 5, 5), end=date(2021, 5, 5),
                   text="Ein Ereignis 2021.", topics=("bruecke",))
    events = sorted(events + [late], key=lambda e: (e.start, e.id))
    warm, files = render(events)
    assert "events-2021.html" in files and "hafen/events-2021.html" not in files
    overview = [p.file for p in split_pages(events, 6)]
    topic = [f"bruecke/{p.file}" for p in split_pages(
        [e for e in events if "bruecke" in e.topics], 6)]
    at, at_topic = overview.index("events-2021.html"), topic.index("bruecke/events-2021.html")
    assert 0 < at < len(overview) - 1 and 0 < at_topic < len(topic) - 1
    # the new page and the pages before and after it, which link to it; no other
    assert {p for p in warm.rendered if "events-" in p} == {
        *overview[at - 1:at + 2], *topic[at_topic - 1:at_topic + 2]}


def test_a_period_page_names_its_own_date_range_beside_its_count():
    # a part of a month said which part only in its chart's description ("März 2022, Teil 2"
    # alone does not tell a reader its days); the range depends on the page's events only
    site = sample.site(events_per_page=4)
    events = spread(9, date(2022, 3, 1), 3)
    files = dict(site_files(site, sample.articles(), events))
    pages = split_pages(events, 4)
    assert [p.key for p in pages] == ["2022-03-p1", "2022-03-p2", "2022-03-p3"]
    for page, days in zip(pages, ["1.–10. März 2022", "13.–22. März 2022", "25. März 2022"]):
        html = files[page.file].decode()
        count = re.search(r'<p class="count">(.*?)</p>', html).group(1)
        assert count == f"{len(page.events)} Ereignis{'se' if len(page.events) > 1 else ''}, {days}"
        assert f"<h1>{site.title}: Ereignisse {page.label('de')}</h1>" in html
        # the steps are under the list again, but one landmark of that name is on the page
        assert html.count('class="page-steps"') == 2
        assert html.count('aria-label="Ereignisse nach Zeitraum"') == 1


def test_the_chart_of_a_page_with_one_event_says_one_event():
    # 'Die Zeitleiste zeigt 1 Ereignisse' on every period (or article) page of one event
    site = sample.site(events_per_page=4)
    events = spread(9, date(2022, 3, 1), 3)
    files = dict(site_files(site, sample.articles(), events))
    last = split_pages(events, 4)[-1]
    assert len(last.events) == 1
    html = files[last.file].decode()
    assert "Die Zeitleiste zeigt 1 Ereignis von 25. März 2022 bis 25. März 2022." in html
    assert "zeigt 4 Ereignisse von" in files[split_pages(events, 4)[0].file].decode()
    english = dict(site_files(sample.site(events_per_page=4, default_lang="en"),
                              sample.articles(), events))
    assert "The timeline shows 1 event from 25 March 2022 to 25 March 2022." in \
        english[last.file].decode()


def test_a_year_split_into_months_renames_its_page_on_its_neighbours(tmp_path):
    # a year's page keeps its address when the year is split into months ('2017' becomes its
    # events with no month): the pages linking it were cached by its address alone and kept
    # calling it '2017'
    site = sample.site(events_per_page=4)
    articles = sample.articles()

    def render(events):
        memo = PageMemo(Cache.under(tmp_path, "pages"), PageMemo.version_of(site, theme_dirs(site)))
        files = dict(site_files(site, articles, events, memo, "events.json"))
        memo.pieces.save()
        return files

    base = spread(3, date(2016, 3, 1), 30, "a") + spread(3, date(2018, 3, 1), 30, "c")
    year = [_dated(e, date(2017, 1, 1), date(2017, 12, 31), "year")
            for e in spread(2, date(2017, 1, 1), 1, "y")]
    render(sorted(base + year, key=lambda e: (e.start, e.end, e.id)))
    grown = sorted(base + year + spread(4, date(2017, 5, 1), 40, "b"),
                   key=lambda e: (e.start, e.end, e.id))
    assert keys(split_pages(grown, 4))[:3] == ["2016", "2017", "2017-05"]
    warm = render(grown)
    assert "Nächster Zeitraum: 2017 ohne Monatsangabe" in warm["events-2016.html"].decode()
    assert warm == dict(site_files(site, articles, grown, None, "events.json"))



def test_a_page_s_date_range_reads_each_end_from_the_events_starting_on_it():
    # the range is found in one pass over a page's events: checked against reading each end
    # from every event that starts on it, on pages of mixed granularities in any order
    import random

    from newsline.render.dates import day_range_label, month_range_label, start_precision
    from newsline.render.paging import ListPage

    grains = ("day", "week", "month", "quarter", "year", "decade")
    chooser = random.Random(7)
    base = spread(1, date(2022, 1, 1), 1)[0]
    said = set()
    for _ in range(300):
        days = [date(2022, 1, 1) + timedelta(days=chooser.choice((0, 1, 31, 59, 365, 730)))
                for _ in range(chooser.randint(1, 6))]
        events = [_dated(base, day, day, chooser.choice(grains)) for day in days]
        first, last = min(days), max(days)
        precision = max(min(start_precision(end, e.granularity)
                            for e in events if e.start == end) for end in (first, last))
        expected = (day_range_label(first, last, "de") if precision == 0 else
                    month_range_label(first, last, "de") if precision == 1 else
                    str(first.year) if first.year == last.year else f"{first.year}–{last.year}")
        page = ListPage("2022", 2022, None, None, tuple(events))
        assert page.range_label("de") == expected
        assert page.span() == (first, last)
        said.add(precision)
    assert said == {0, 1, 2}
