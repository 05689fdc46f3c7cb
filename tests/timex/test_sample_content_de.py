"""Every temporal phrase of the German sample articles resolves as the content author wrote down.

The articles in content/articles are the project's own; the table below is the author's list of
what each phrase means (and which words are no time at all). A change to the tagger that moves
one of these is a regression the site would show.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from newsline.timex import tag

ARTICLES = Path(__file__).parents[2] / "content" / "articles"

# (article, phrase as it stands in the text, which occurrence, value, mod)
ROWS = [
    ("2023-07-12-vilnius-g7-erklaerung", "am Mittwoch", 0, "2023-07-12", None),
    ("2023-07-12-vilnius-g7-erklaerung", "am Mittwoch", 1, "2023-07-12", None),
    ("2023-07-12-vilnius-g7-erklaerung", "am Dienstag", 0, "2023-07-11", None),
    ("2023-07-12-vilnius-g7-erklaerung", "11. und 12. Juli", 0, "2023-07-11", None),
    ("2023-07-12-vilnius-g7-erklaerung", "12. Juli 2023", 0, "2023-07-12", None),
    ("2023-09-22-selenskyj-weisses-haus", "am Donnerstag", 0, "2023-09-21", None),
    ("2023-09-22-selenskyj-weisses-haus", "gestern", 0, "2023-09-21", None),
    ("2023-09-22-selenskyj-weisses-haus", "Am Mittwoch", 0, "2023-09-20", None),
    ("2023-09-22-selenskyj-weisses-haus", "im Juli", 0, "2023-07", None),
    ("2023-09-22-selenskyj-weisses-haus", "21. September 2023", 0, "2023-09-21", None),
    ("2023-09-22-selenskyj-weisses-haus", "Dezember 2022", 0, "2022-12", None),
    ("2023-09-22-selenskyj-weisses-haus", "Februar 2022", 0, "2022-02", None),
    ("2024-04-21-repraesentantenhaus-ukraine-hilfe", "am Samstag", 0, "2024-04-20", None),
    ("2024-04-21-repraesentantenhaus-ukraine-hilfe", "monatelange", 0, "PXM", None),
    ("2024-04-21-repraesentantenhaus-ukraine-hilfe", "nächste Woche", 0, "2024-W17", None),
    ("2024-04-21-repraesentantenhaus-ukraine-hilfe", "Oktober 2023", 0, "2023-10", None),
    ("2024-04-21-repraesentantenhaus-ukraine-hilfe", "im Februar", 0, "2024-02", None),
    ("2024-04-25-biden-unterzeichnet-hilfspaket", "gestern", 0, "2024-04-24", None),
    ("2024-04-25-biden-unterzeichnet-hilfspaket", "am Dienstag", 0, "2024-04-23", None),
    ("2024-04-25-biden-unterzeichnet-hilfspaket", "am Samstag", 0, "2024-04-20", None),
    ("2024-04-25-biden-unterzeichnet-hilfspaket", "Oktober 2023", 0, "2023-10", None),
    ("2024-04-25-biden-unterzeichnet-hilfspaket", "über Monate", 0, "PXM", None),
    ("2024-04-25-biden-unterzeichnet-hilfspaket", "24. April 2024", 0, "2024-04-24", None),
    ("2024-04-30-sicherheitspakt-gespraeche", "September 2023", 0, "2023-09", None),
    ("2024-04-30-sicherheitspakt-gespraeche", "am Dienstag", 0, "2024-04-30", None),
    # the spec allows PAST_REF or the TimeML-DE DURATION reading (PXD, PXM); the interval stays
    # the approximate days/months before the publication date (test below)
    ("2024-04-30-sicherheitspakt-gespraeche", "vor einigen Tagen", 0, "PXD", None),
    ("2024-04-30-sicherheitspakt-gespraeche", "In den vergangenen Monaten", 0, "PXM", None),
    ("2024-04-30-sicherheitspakt-gespraeche", "im vergangenen Jahr", 0, "2023", None),
    ("2024-04-30-sicherheitspakt-gespraeche", "Seit mehr als zwei Jahren", 0, "P2Y", "MORE_THAN"),
    ("2024-04-30-sicherheitspakt-gespraeche", "vergangene Woche", 0, "2024-W17", None),
    ("2024-04-30-sicherheitspakt-gespraeche", "monatelangen", 0, "PXM", None),
    ("2024-05-03-fragen-antworten-sicherheitsabkommen", "Am Dienstag", 0, "2024-04-30", None),
    ("2024-05-03-fragen-antworten-sicherheitsabkommen", "12. Juli 2023", 0, "2023-07-12", None),
    ("2024-05-03-fragen-antworten-sicherheitsabkommen", "im Januar", 0, "2024-01", None),
    ("2024-05-03-fragen-antworten-sicherheitsabkommen", "16. Februar 2024", 0, "2024-02-16",
     None),
    ("2024-05-03-fragen-antworten-sicherheitsabkommen", "im Juni", 0, "2024-06", None),
    ("2024-05-03-fragen-antworten-sicherheitsabkommen", "im April", 0, "2024-04", None),
    ("2024-05-03-fragen-antworten-sicherheitsabkommen", "24. April 2024", 0, "2024-04-24", None),
    ("2024-06-13-abkommen-apulien-unterzeichnet", "am Donnerstag", 0, "2024-06-13", None),
    ("2024-06-13-abkommen-apulien-unterzeichnet", "am Donnerstag", 1, "2024-06-13", None),
    ("2024-06-13-abkommen-apulien-unterzeichnet", "zehn Jahre", 0, "P10Y", None),
    ("2024-06-13-abkommen-apulien-unterzeichnet", "12. Juli 2023", 0, "2023-07-12", None),
    ("2024-06-13-abkommen-apulien-unterzeichnet", "Im April", 0, "2024-04", None),
    ("2024-06-13-abkommen-apulien-unterzeichnet", "im April", 0, "2024-04", None),
    ("2024-06-13-abkommen-apulien-unterzeichnet", "monatelanger", 0, "PXM", None),
]

NOT_TAGGED = ("lange", "langfristige", "langer Streit")


def article(slug: str):
    _, front, body = (ARTICLES / f"{slug}.md").read_text(encoding="utf-8").split("---", 2)
    meta = yaml.safe_load(front)
    assert meta["lang"] == "de"
    return body, tag(body, "de", meta["date"])


def occurrence(body: str, phrase: str, n: int) -> int:
    at = -1
    for _ in range(n + 1):
        at = body.index(phrase, at + 1)
    return at


@pytest.mark.parametrize("slug, phrase, n, value, mod", ROWS)
def test_sample_phrase(slug, phrase, n, value, mod):
    body, found = article(slug)
    at = occurrence(body, phrase, n)
    hits = [t for t in found if t.start < at + len(phrase) and at < t.end]
    assert len(hits) == 1, (phrase, [(t.text, t.value) for t in found])
    assert (hits[0].value, hits[0].mod) == (value, mod)


def test_the_two_day_summit_covers_both_days():
    _, found = article("2023-07-12-vilnius-g7-erklaerung")
    t = next(t for t in found if t.text == "11. und 12. Juli")
    assert (t.interval.start, t.interval.end) == (date(2023, 7, 11), date(2023, 7, 12))


def test_next_week_is_the_whole_week():
    _, found = article("2024-04-21-repraesentantenhaus-ukraine-hilfe")
    t = next(t for t in found if t.text == "nächste Woche")
    assert (t.interval.start, t.interval.end) == (date(2024, 4, 22), date(2024, 4, 28))


def test_vague_past_references_are_approximate():
    _, found = article("2024-04-30-sicherheitspakt-gespraeche")
    for text in ("einigen Tagen", "den vergangenen Monaten"):
        t = next(t for t in found if t.text == text)
        assert t.interval is not None and t.interval.approximate, text


def test_since_more_than_two_years_is_open_towards_the_past():
    _, found = article("2024-04-30-sicherheitspakt-gespraeche")
    t = next(t for t in found if t.value == "P2Y")
    assert t.interval.open_start and t.interval.end == date(2024, 4, 30)


def test_june_is_ahead_of_the_publication_date():
    _, found = article("2024-05-03-fragen-antworten-sicherheitsabkommen")
    t = next(t for t in found if t.text == "Juni")
    assert t.interval.start > date(2024, 5, 3)


def test_long_words_are_no_time():
    for path in sorted(ARTICLES.glob("*.md")):
        if "lang: de" not in path.read_text(encoding="utf-8"):
            continue
        body, found = article(path.stem)
        for phrase in NOT_TAGGED:
            for m in re.finditer(rf"(?<!\w){phrase}(?!\w)", body):
                assert not [t for t in found if t.start < m.end() and m.start() < t.end], \
                    (path.stem, phrase)
