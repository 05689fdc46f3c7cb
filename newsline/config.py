"""The site configuration (content/site.toml) as a typed, validated record.

Loading collects every problem in the file before failing, so a maintainer fixes them in one go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class SiteConfig:
    root: Path  # the project folder: content/, theme/ and build/ are resolved against it
    title: str
    base_url: str  # absolute URL the site is published at, used for canonical links and feeds
    default_lang: str  # "de" or "en": the UI language of index and topic pages
    timezone: str  # IANA name; front-matter dates without an offset are read in it
    topics: tuple[Topic, ...]
    description: str = ""
    lanes: str = "topic"  # chart lanes: "topic" or "source"
    max_article_bytes: int = 1_000_000
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def articles_dir(self) -> Path:
        return self.root / "content" / "articles"

    @property
    def theme_dir(self) -> Path:
        return self.root / "theme"

    def topic(self, slug: str) -> Topic | None:
        return next((t for t in self.topics if t.slug == slug), None)
