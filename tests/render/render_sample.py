"""A small site built by hand for the render tests: two topics, two articles, every kind of date.

The sentences are invented for these tests; offsets are computed from the text, never typed in.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from newsline.config import SiteConfig, Topic
from newsline.model import Article, Event, Mention, TaggedArticle
from newsline.timex.model import Interval, Timex

REPO = Path(__file__).resolve().parents[2]
CEST = timezone(timedelta(hours=2))

DE_BODY = (
    "Der Stadtrat hat am 30. April 2024 den Bau einer neuen Brücke beschlossen.\n\n"
    "Schon im September 2023 hatte die Verwaltung Pläne vorgelegt. "
    "Noch in der KW 17 wurde gestritten.\n\n"
    "Die Bauarbeiten sollen 2025 beginnen, heißt es *im Rathaus*.\n"
)
EN_BODY = (
    "The harbour authority said on 2 May 2024 that dredging would start around mid-June.\n\n"
    "Ships have waited since spring 2023 for a deeper channel.\n"
)


def site(root: Path = REPO, **changes) -> SiteConfig:
    fields = dict(
        root=root,
        title="Stadt am Fluss",
        base_url="https://example.org/newsline/",
        default_lang="de",
        timezone="Europe/Berlin",
        topics=(
            Topic("bruecke", "Neue Brücke", "Wie die Stadt zu ihrer Brücke kommt."),
            Topic("hafen", "Hafen", ""),
        ),
        description="Chronik einer kleinen Stadt.",
    )
    fields.update(changes)
    return SiteConfig(**fields)


def timex(body: str, text: str, value: str, interval: Interval | None, anchor=None, tx_type="DATE"):
    start = body.index(text)
    return Timex(start, start + len(text), text, tx_type, value, None, interval, anchor)


def articles() -> list[TaggedArticle]:
    de = Article(
        path=Path("content/articles/brueckenbeschluss.md"), slug="brueckenbeschluss",
        title="Stadtrat beschließt Brücke", date=datetime(2024, 4, 30, 18, 5, tzinfo=CEST),
        lang="de", source="Flussbote", url="https://example.org/flussbote/bruecke",
        topics=("bruecke",), summary="Der Rat stimmt zu.", body=DE_BODY, body_line=9,
    )
    en = Article(
        path=Path("content/articles/harbour.md"), slug="harbour", title="Dredging to begin",
        date=datetime(2024, 5, 2, 9, 0, tzinfo=CEST), lang="en", source="River Times",
        url=None, topics=("hafen", "bruecke"), summary=None, body=EN_BODY, body_line=8,
    )
    de_tx = (
        timex(DE_BODY, "am 30. April 2024", "2024-04-30",
              Interval(date(2024, 4, 30), date(2024, 4, 30), "day")),
        timex(DE_BODY, "im September 2023", "2023-09",
              Interval(date(2023, 9, 1), date(2023, 9, 30), "month")),
        timex(DE_BODY, "in der KW 17", "2024-W17",
              Interval(date(2024, 4, 22), date(2024, 4, 28), "week"), anchor="2024-04-30"),
        timex(DE_BODY, "2025", "2025", Interval(date(2025, 1, 1), date(2025, 12, 31), "year")),
    )
    en_tx = (
        timex(EN_BODY, "on 2 May 2024", "2024-05-02",
              Interval(date(2024, 5, 2), date(2024, 5, 2), "day")),
        timex(EN_BODY, "around mid-June", "2024-06", Interval(
            date(2024, 6, 10), date(2024, 6, 20), "day", approximate=True), anchor="2024-05-02"),
        timex(EN_BODY, "since spring 2023", "2023-SP", Interval(
            date(2023, 3, 1), date(2023, 5, 31), "season", open_end=True)),
    )
    return [TaggedArticle(de, de_tx), TaggedArticle(en, en_tx)]


def _sentence(body: str, tx: Timex) -> tuple[int, int]:
    start = body.rfind("\n", 0, tx.start) + 1
    start = max(start, body.rfind(". ", 0, tx.start) + 2 if ". " in body[start:tx.start] else start)
    end = body.find(".", tx.end) + 1
    return start, end


def _mention(tagged: TaggedArticle, tx: Timex) -> Mention:
    a = tagged.article
    return Mention(a.slug, a.title, a.url, a.source, a.lang, a.date, tx.text, tx.value,
                   (tx.start, tx.end), _sentence(a.body, tx))


def events(tagged: list[TaggedArticle] | None = None) -> list[Event]:
    tagged = tagged or articles()
    out = []
    for ta in tagged:
        for i, tx in enumerate(ta.timexes):
            iv = tx.interval
            m = _mention(ta, tx)
            out.append(Event(
                id=f"{ta.article.slug[:4]}{i}", start=iv.start, end=iv.end,
                granularity=iv.granularity, approximate=iv.approximate,
                text=ta.article.body[m.sentence_span[0]: m.sentence_span[1]],
                topics=ta.article.topics, sources=[m], open_start=iv.open_start,
                open_end=iv.open_end, planned=iv.start > ta.article.date.date(),
            ))
    return sorted(out, key=lambda e: (e.start, e.end, e.id))
