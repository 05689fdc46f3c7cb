"""The site configuration (content/site.toml) as a typed, validated record.

Loading collects every problem in the file before failing, so a maintainer fixes them in one go.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsline.problems import ContentError, Problems
from newsline.safety import attribute_problem, is_inside, slug_problem, tag_problem


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
    # Atom feeds carry a topic's most recent events only (newsline.exports.atom), as Pelican's
    # FEED_MAX_ITEMS and Hugo's rssLimit bound theirs.
    feed_max_items: int = 100
    # beyond this many events the overview's and a topic's event list is split into period
    # pages (newsline.render.paging)
    events_per_page: int = 500
    # [html] in site.toml: elements and (element, attributes) the Markdown sanitiser allows on
    # top of its own list; validated against newsline.safety's never-allowed lists.
    html_allow_tags: tuple[str, ...] = ()
    html_allow_attributes: tuple[tuple[str, tuple[str, ...]], ...] = ()
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


# --- loading -------------------------------------------------------------------------------------

SITE_FILE = "content/site.toml"
LANGS = ("de", "en")
LANES = ("topic", "source")
RESERVED_TOPIC_SLUGS = ("assets", "articles")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KNOWN_KEYS = {
    "title", "base_url", "default_lang", "timezone", "description", "lanes",
    "max_article_bytes", "topics", "html", "feed_max_items", "events_per_page",
}
_TOPIC_KEYS = {"title", "description"}


def load_config(root: Path | str) -> SiteConfig:
    """Read and validate content/site.toml; raise ContentError naming every problem."""
    problems = Problems(Path(root))
    site = read_config(Path(root), problems)
    if site is None or problems.errors:
        raise ContentError(problems)
    return site


def read_config(root: Path, problems: Problems) -> SiteConfig | None:
    """Best effort: record every problem in `problems` and return what could be read.

    Returns None only when the file is missing or not TOML at all; otherwise a SiteConfig whose
    broken fields hold defaults, so the articles can still be checked in the same run.
    """
    path = root / SITE_FILE
    if path.is_symlink() and not is_inside(path, root / "content"):
        problems.error(path, 0, "is a symlink to a file outside content/: refused")
        return None
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        problems.error(path, 0, "missing: the site needs content/site.toml")
        return None
    except UnicodeDecodeError as exc:
        problems.error(path, _line_of_byte(path.read_bytes(), exc.start), "not UTF-8 text")
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        msg = re.sub(r"\s*\(at line.*\)$", "", str(exc))
        problems.error(path, int(m.group(1)) if m else 0, f"not valid TOML: {msg}")
        return None
    lines = _key_lines(text)

    def line(*key: str) -> int:
        while key and key not in lines:
            key = key[:-1]
        return lines.get(key, 1)

    def text_value(key: str, required: bool) -> str:
        value = data.get(key)
        if value is None:
            if required:
                problems.error(path, 0, f"missing key '{key}'")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            problems.error(path, line(key), f"'{key}' must be a non-empty string")
            return ""
        return value.strip()

    title = text_value("title", True)
    base_url = text_value("base_url", True)
    if base_url and not _is_web_url(base_url):
        problems.error(path, line("base_url"), f"base_url must be an http(s) URL, not {base_url!r}")
    default_lang = text_value("default_lang", True)
    if default_lang and default_lang not in LANGS:
        problems.error(path, line("default_lang"),
                       f"default_lang must be one of {', '.join(LANGS)}, not {default_lang!r}")
        default_lang = ""
    timezone = text_value("timezone", True)
    if timezone and not _is_time_zone(timezone):
        problems.error(path, line("timezone"), f"unknown time zone {timezone!r} (use an IANA name)")
        timezone = ""
    description = text_value("description", False)
    lanes = text_value("lanes", False) or "topic"
    if lanes not in LANES:
        problems.error(path, line("lanes"), f"lanes must be one of {', '.join(LANES)}, not {lanes!r}")
        lanes = "topic"
    max_bytes = data.get("max_article_bytes", SiteConfig.max_article_bytes)
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        problems.error(path, line("max_article_bytes"), "max_article_bytes must be a positive integer")
        max_bytes = SiteConfig.max_article_bytes
    limits = {key: _positive(data, key, path, line, problems)
              for key in ("feed_max_items", "events_per_page")}
    extra = {}
    for key in sorted(set(data) - _KNOWN_KEYS):
        problems.warning(path, line(key), f"unknown key '{key}'")
        extra[key] = data[key]
    topics = _read_topics(data.get("topics", {}), path, line, problems)
    html_tags, html_attributes = _read_html(data.get("html", {}), path, line, problems)
    return SiteConfig(
        root=root, title=title, base_url=base_url, default_lang=default_lang or "en",
        timezone=timezone or "UTC", topics=topics, description=description, lanes=lanes,
        max_article_bytes=max_bytes, html_allow_tags=html_tags,
        html_allow_attributes=html_attributes, extra=extra, **limits,
    )


def _positive(data: dict, key: str, path: Path, line, problems: Problems) -> int:
    """A positive integer setting, its default when absent or wrong (then an error)."""
    value = data.get(key, getattr(SiteConfig, key))
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        problems.error(path, line(key), f"{key} must be a positive integer, not {_as_toml(value)}")
        return getattr(SiteConfig, key)
    return value


def _as_toml(value) -> str:
    """A value as it is written in site.toml (true, "many", 1.5), for error messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _read_html(table, path: Path, line, problems: Problems):
    """[html] allow_tags = [...] and allow_attributes = {tag = [...]}: more markup for articles."""
    tags: list[str] = []
    attributes: list[tuple[str, tuple[str, ...]]] = []
    if not isinstance(table, dict):
        problems.error(path, line("html"), "'html' must be a table: [html]")
        return (), ()
    for key in sorted(set(table) - {"allow_tags", "allow_attributes"}):
        problems.warning(path, line("html", key), f"unknown key 'html.{key}'")
    allow_tags = table.get("allow_tags", [])
    if not isinstance(allow_tags, list):
        problems.error(path, line("html", "allow_tags"), "html.allow_tags must be a list of "
                                                         "element names")
        allow_tags = []
    for tag in allow_tags:
        problem = tag_problem(tag)
        if problem:
            problems.error(path, line("html", "allow_tags"), f"html.allow_tags: {problem}")
        elif tag not in tags:
            tags.append(tag)
    allow_attributes = table.get("allow_attributes", {})
    if not isinstance(allow_attributes, dict):
        problems.error(path, line("html", "allow_attributes"),
                       "html.allow_attributes must be a table: element = [attribute names]")
        allow_attributes = {}
    for tag in sorted(allow_attributes):
        names = allow_attributes[tag]
        where = line("html", "allow_attributes", tag)
        problem = None if tag == "*" else tag_problem(tag)
        if problem:
            problems.error(path, where, f"html.allow_attributes: {problem}")
            continue
        if not isinstance(names, list):
            problems.error(path, where, f"html.allow_attributes.{tag} must be a list of names")
            continue
        good = []
        for name in names:
            problem = attribute_problem(name)
            if problem:
                problems.error(path, where, f"html.allow_attributes.{tag}: {problem}")
            elif name not in good:
                good.append(name)
        attributes.append((tag, tuple(sorted(good))))
    return tuple(sorted(tags)), tuple(attributes)


def _read_topics(table, path: Path, line, problems: Problems) -> tuple[Topic, ...]:
    if not isinstance(table, dict):
        problems.error(path, line("topics"), "'topics' must be a table of [topics.<slug>] tables")
        return ()
    topics = []
    for slug in table:  # file order: the order authors list topics in
        entry = table[slug]
        where = line("topics", slug)
        if not _SLUG.fullmatch(slug):
            problems.error(path, where, f"topic slug {slug!r} must be lowercase ASCII letters, "
                                        "digits and single hyphens")
            continue
        if slug in RESERVED_TOPIC_SLUGS:
            problems.error(path, where, f"topic slug {slug!r} is reserved for the site's own pages")
            continue
        if slug_problem(slug):
            problems.error(path, where, f"topic slug cannot name a page: {slug_problem(slug)}")
            continue
        if not isinstance(entry, dict):
            problems.error(path, where, f"topics.{slug} must be a table with a title")
            continue
        title = entry.get("title")
        if not isinstance(title, str) or not title.strip():
            problems.error(path, line("topics", slug, "title") if "title" in entry else where,
                           f"topics.{slug} needs a non-empty string 'title'")
            continue
        description = entry.get("description", "")
        if not isinstance(description, str):
            problems.error(path, line("topics", slug, "description"),
                           f"topics.{slug}.description must be a string")
            description = ""
        for key in sorted(set(entry) - _TOPIC_KEYS):
            problems.warning(path, line("topics", slug, key), f"unknown key 'topics.{slug}.{key}'")
        topics.append(Topic(slug=slug, title=title.strip(), description=description.strip()))
    return tuple(topics)


def _key_lines(text: str) -> dict[tuple[str, ...], int]:
    """Map each dotted key path to the 1-based line defining it (tomllib keeps no positions)."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        header = re.match(r"^\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$", stripped)
        if header:
            table = _split_key(header.group(1))
            lines.setdefault(table, number)
            continue
        pair = re.match(r'^((?:[A-Za-z0-9_-]+|"[^"]*"|\'[^\']*\')'
                        r'(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|\'[^\']*\'))*)\s*=', stripped)
        if pair:
            key = table + _split_key(pair.group(1))
            for i in range(len(table) + 1, len(key) + 1):
                lines.setdefault(key[:i], number)
    return lines


def _split_key(dotted: str) -> tuple[str, ...]:
    parts = re.findall(r'"([^"]*)"|\'([^\']*)\'|([^.\s]+)', dotted)
    return tuple(next(p for p in group if p) if any(group) else "" for group in parts)


def _is_web_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _is_time_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _line_of_byte(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1
