"""Fixtures of the events tests: articles tagged by the real tagger, and small projects on disk."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from newsline.events import article_events
from newsline.model import Article, TaggedArticle
from newsline.timex import tag

REPO = Path(__file__).resolve().parents[2]
BERLIN = ZoneInfo("Europe/Berlin")
PUBLISHED = datetime(2024, 4, 30, 14, 57, tzinfo=BERLIN)


def tagged_article(body: str, lang: str = "de", published: datetime = PUBLISHED,
                   slug: str = "bericht", topics=("hafen",)) -> TaggedArticle:
    article = Article(path=Path(f"content/articles/{slug}.md"), slug=slug, title="Bericht",
                      date=published, lang=lang, source="Kurier", url=None, topics=topics,
                      summary=None, body=body, body_line=8)
    return TaggedArticle(article, tuple(tag(body, lang, published)))


def events_of(body: str, **kwargs):
    return article_events(tagged_article(body, **kwargs))


SITE_TOML = """\
title = "Hafenlinie"
base_url = "https://example.org/hafen/"
default_lang = "de"
timezone = "Europe/Berlin"

[topics.hafen]
title = "Hafenbrücke"
description = "Wie die Brücke über den Hafen beschlossen wurde."

[topics.stadt]
title = "Stadtrat"
"""

ARTICLES = {
    "2024-03-13-ratsbeschluss": """\
---
title: "Lindenfeld: Stadtrat beschließt Hafenbrücke"
date: 2024-03-13T18:00:00+01:00
lang: de
source: Lindenfelder Bote
topics: [hafen, stadt]
---

Lindenfeld, 13.3.2024 - 18:00

Der Stadtrat von Lindenfeld hat am Dienstag den Bau der Hafenbrücke für 48 Millionen Euro beschlossen.
Die Bauarbeiten sollen im Juni beginnen.
Seit mehr als zwei Jahren streiten die Fraktionen über die Hafenbrücke.
""",
    "2024-03-14-council-bridge": """\
---
title: "Lindenfeld council approves harbour bridge"
date: 2024-03-14T09:00:00+01:00
lang: en
source: Harbour Ledger
topics: [hafen]
---

Lindenfeld's city council approved the 48 million euro Hafenbrücke harbour bridge on Tuesday.
Mayor Ilse Brandt said a few days ago that the vote would be close.
""",
    "2024-03-20-bruecke-kosten": """\
---
title: "Hafenbrücke: Kosten steigen"
date: 2024-03-20T08:00:00+01:00
lang: de
source: Kreisblatt
topics: [stadt]
---

Die Verwaltung rechnet inzwischen mit höheren Kosten für die Brücke.
Der Stadtrat tagt am 4. April 2024 erneut über den Haushalt.
""",
}


def make_project(tmp: Path, articles: dict[str, str] | None = None,
                 overrides: str | None = None) -> Path:
    """A project folder with the site, the articles, the package's theme and its node_modules."""
    root = tmp / "project"
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "site.toml").write_text(SITE_TOML, encoding="utf-8")
    for slug, text in (ARTICLES if articles is None else articles).items():
        (root / "content" / "articles" / f"{slug}.md").write_text(text, encoding="utf-8")
    if overrides is not None:
        (root / "content" / "overrides.yaml").write_text(overrides, encoding="utf-8")
    shutil.copytree(REPO / "theme", root / "theme")
    return root
