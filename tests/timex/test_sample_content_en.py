"""Every temporal phrase of the English sample articles resolves as the content author wrote down.

The articles in content/articles are the project's own; the table below is the author's list of
what each phrase means. A change to the tagger that moves one of these is a regression the site
would show.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from newsline.timex import tag

ARTICLES = Path(__file__).parents[2] / "content" / "articles"

# (article, phrase as it stands in the text, which occurrence, value, mod)
ROWS = [
    ("2023-07-13-g7-vilnius-declaration", "yesterday", 0, "2023-07-12", None),
    ("2023-07-13-g7-vilnius-declaration", "yesterday", 1, "2023-07-12", None),
    ("2023-07-13-g7-vilnius-declaration", "Tuesday", 0, "2023-07-11", None),
    ("2023-07-13-g7-vilnius-declaration", "July 11 and 12", 0, "2023-07-11", None),
    ("2023-07-13-g7-vilnius-declaration", "July 12, 2023", 0, "2023-07-12", None),
    ("2023-09-21-zelensky-white-house", "on Thursday", 0, "2023-09-21", None),
    ("2023-09-21-zelensky-white-house", "Thursday morning", 0, "2023-09-21TMO", None),
    ("2023-09-21-zelensky-white-house", "Tuesday", 0, "2023-09-19", None),
    ("2023-09-21-zelensky-white-house", "July", 0, "2023-07", None),
    ("2023-09-21-zelensky-white-house", "December 2022", 0, "2022-12", None),
    ("2023-09-21-zelensky-white-house", "February 2022", 0, "2022-02", None),
    ("2023-09-21-zelensky-white-house", "September 21, 2023", 0, "2023-09-21", None),
    ("2024-04-21-house-passes-ukraine-aid", "Saturday", 0, "2024-04-20", None),
    ("2024-04-21-house-passes-ukraine-aid", "Saturday", 1, "2024-04-20", None),
    ("2024-04-21-house-passes-ukraine-aid", "yesterday", 0, "2024-04-20", None),
    ("2024-04-21-house-passes-ukraine-aid", "next week", 0, "2024-W17", None),
    ("2024-04-21-house-passes-ukraine-aid", "October 2023", 0, "2023-10", None),
    ("2024-04-21-house-passes-ukraine-aid", "February", 0, "2024-02", None),
    ("2024-04-21-house-passes-ukraine-aid", "months", 0, "PXM", None),
    ("2024-04-24-biden-signs-aid", "Wednesday", 0, "2024-04-24", None),
    ("2024-04-24-biden-signs-aid", "Tuesday", 0, "2024-04-23", None),
    ("2024-04-24-biden-signs-aid", "Saturday", 0, "2024-04-20", None),
    ("2024-04-24-biden-signs-aid", "months", 0, "PXM", None),
    ("2024-04-24-biden-signs-aid", "last year", 0, "2023", None),
    ("2024-04-24-biden-signs-aid", "April 24, 2024", 0, "2024-04-24", None),
    ("2024-04-30-security-pact-talks", "Tuesday", 0, "2024-04-30", None),
    ("2024-04-30-security-pact-talks", "a few days ago", 0, "PAST_REF", None),
    ("2024-04-30-security-pact-talks", "last year", 0, "2023", None),
    ("2024-04-30-security-pact-talks", "more than two years", 0, "P2Y", "MORE_THAN"),
    ("2024-04-30-security-pact-talks", "last week", 0, "2024-W17", None),
    ("2024-04-30-security-pact-talks", "months", 0, "PXM", None),
    ("2024-05-02-security-pact-explainer", "Tuesday", 0, "2024-04-30", None),
    ("2024-05-02-security-pact-explainer", "July 12, 2023", 0, "2023-07-12", None),
    ("2024-05-02-security-pact-explainer", "January 12, 2024", 0, "2024-01-12", None),
    ("2024-05-02-security-pact-explainer", "February 16, 2024", 0, "2024-02-16", None),
    ("2024-05-02-security-pact-explainer", "next month", 0, "2024-06", None),
    ("2024-05-02-security-pact-explainer", "April", 0, "2024-04", None),
    ("2024-06-06-g7-apulia-preview", "next week", 0, "2024-W24", None),
    ("2024-06-06-g7-apulia-preview", "April", 0, "2024-04", None),
    ("2024-06-06-g7-apulia-preview", "April", 1, "2024-04", None),
    ("2024-06-06-g7-apulia-preview", "last year", 0, "2023", None),
    ("2024-06-06-g7-apulia-preview", "next month", 0, "2024-07", None),
    ("2024-06-14-us-ukraine-pact-signed", "yesterday", 0, "2024-06-13", None),
    ("2024-06-14-us-ukraine-pact-signed", "June 13, 2024", 0, "2024-06-13", None),
    ("2024-06-14-us-ukraine-pact-signed", "ten years", 0, "P10Y", None),
    ("2024-06-14-us-ukraine-pact-signed", "last year", 0, "2023", None),
    ("2024-06-14-us-ukraine-pact-signed", "September 21, 2023", 0, "2023-09-21", None),
    ("2024-06-14-us-ukraine-pact-signed", "April", 0, "2024-04", None),
    ("2024-06-14-us-ukraine-pact-signed", "months", 0, "PXM", None),
]

NOT_TAGGED = ("long-term", "long-delayed", "long run", "75th anniversary")


def article(slug: str):
    _, front, body = (ARTICLES / f"{slug}.md").read_text(encoding="utf-8").split("---", 2)
    meta = yaml.safe_load(front)
    assert meta["lang"] == "en"
    return body, tag(body, "en", meta["date"])


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
    body, found = article("2023-07-13-g7-vilnius-declaration")
    t = next(t for t in found if t.text == "July 11 and 12")
    assert (t.interval.start, t.interval.end) == (date(2023, 7, 11), date(2023, 7, 12))


def test_next_week_is_the_whole_week():
    _, found = article("2024-04-21-house-passes-ukraine-aid")
    t = next(t for t in found if t.text == "next week")
    assert (t.interval.start, t.interval.end) == (date(2024, 4, 22), date(2024, 4, 28))


def test_a_few_days_ago_is_approximate():
    _, found = article("2024-04-30-security-pact-talks")
    t = next(t for t in found if t.text == "a few days ago")
    assert t.interval is not None and t.interval.approximate


def test_long_phrases_are_no_time():
    for path in sorted(ARTICLES.glob("*.md")):
        if "lang: en" not in path.read_text(encoding="utf-8"):
            continue
        body, found = article(path.stem)
        for phrase in NOT_TAGGED:
            at = body.find(phrase)
            if at >= 0:
                assert not [t for t in found if t.start < at + len(phrase) and at < t.end], \
                    (path.stem, phrase)
