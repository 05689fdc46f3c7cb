"""A small German site written for the browser tests: thirty events on one day, a week, a month
and an open start, so crowding and every kind of hover label can be checked."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from newsline.config import SiteConfig, Topic
from newsline.model import Article, Event, Mention, TaggedArticle
from newsline.timex.model import Interval, Timex

CEST = timezone(timedelta(hours=2))
DAY = "30. April 2024"
CROWD = 30


def _body() -> str:
    lines = [f"Der Ausschuss {i} tagte am {DAY} zum Haushalt." for i in range(CROWD)]
    lines += [
        "Die Anträge gingen in der KW 17 ein.",
        "Der Entwurf lag seit September 2023 vor.",
        "Die alte Satzung galt bis vor dem 30. April 2022 unverändert.",
    ]
    return "\n\n".join(lines) + "\n"


def site(root: Path) -> SiteConfig:
    return SiteConfig(root=root, title="Ratsprotokoll", base_url="https://example.org/rat/",
                      default_lang="de", timezone="Europe/Berlin",
                      topics=(Topic("haushalt", "Haushalt", "Wie der Rat den Haushalt beriet."),))


def build(root: Path) -> tuple[SiteConfig, list[TaggedArticle], list[Event]]:
    body = _body()
    article = Article(path=Path("content/articles/rat.md"), slug="rat", title="Der Rat tagt",
                      date=datetime(2024, 5, 2, 10, 0, tzinfo=CEST), lang="de",
                      source="Stadtanzeiger", url=None, topics=("haushalt",), summary=None,
                      body=body, body_line=8)
    specs = []  # (expression start, expression, value, interval, open_start, event id)
    at = 0
    for i in range(CROWD):
        start = body.index(DAY, at)
        at = start + 1
        specs.append((start, DAY, "2024-04-30",
                      Interval(date(2024, 4, 30), date(2024, 4, 30), "day"), f"crowd{i:02d}"))
    for text, value, interval, event_id in [
        ("in der KW 17", "2024-W17", Interval(date(2024, 4, 22), date(2024, 4, 28), "week"), "week"),
        ("September 2023", "2023-09", Interval(date(2023, 9, 1), date(2023, 9, 30), "month"), "month"),
        ("30. April 2022", "2022-04-30",
         Interval(date(2022, 4, 30), date(2022, 4, 30), "day", open_start=True), "before"),
    ]:
        specs.append((body.index(text), text, value, interval, event_id))
    timexes, events = [], []
    for start, text, value, interval, event_id in specs:
        end = start + len(text)
        timexes.append(Timex(start, end, text, "DATE", value, None, interval))
        line_start = body.rfind("\n", 0, start) + 1
        line_end = body.index("\n", start)
        mention = Mention("rat", article.title, None, article.source, "de", article.date, text,
                          value, (start, end), (line_start, line_end))
        events.append(Event(event_id, interval.start, interval.end, interval.granularity, False,
                            body[line_start:line_end], ("haushalt",), [mention],
                            open_start=interval.open_start))
    timexes.sort(key=lambda t: t.start)
    events.sort(key=lambda e: (e.start, e.end, e.id))
    return site(root), [TaggedArticle(article, tuple(timexes))], events
