"""Reads content/articles/*.md into validated `Article` records.

Each file is a YAML front matter block between `---` lines followed by Markdown. The front
matter is composed (not just loaded) so every problem names the line of the offending key; all
problems of all files are collected before the build decides to stop.
"""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import yaml
from yaml.constructor import SafeConstructor

from newsline.cache import gc_paused
from newsline.config import LANGS, SiteConfig
from newsline.model import Article
from newsline.problems import Problems
from newsline.safety import is_inside, markdown_problems, shorten_slug, slug_problem

KNOWN_KEYS = ("title", "date", "lang", "source", "url", "topics", "summary", "draft")
_GERMAN_LETTERS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def slugify(name: str) -> str:
    """Lowercase ASCII letters, digits and single hyphens; '' when nothing usable is left.

    Long names are cut (at a hyphen) so the slug stays a usable folder name: Unicode can spell
    out to more letters than the file name had bytes ("ⅷ" is "viii").
    """
    for letter, spelled in _GERMAN_LETTERS.items():
        name = name.replace(letter, spelled)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return shorten_slug(re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-"))


def article_files(site: SiteConfig) -> list[Path]:
    """The Markdown files of content/articles, sorted; hidden files and folders are skipped.

    Symlinks are listed whatever they point at, so the reader can refuse them by name.
    """
    folder = site.articles_dir
    if not folder.is_dir():
        return []
    # one listing whose entries know their type (no stat per file, as Path.glob and is_file
    # made: 1,000 of them in every rebuild)
    with os.scandir(folder) as entries:
        names = [entry.name for entry in entries if entry.name.endswith(".md")
                 and not entry.name.startswith(".") and (entry.is_symlink() or _is_file(entry))]
    return [folder / name for name in sorted(names)]


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:  # as Path.is_file: unreadable is no file
        return False


def read_articles(site: SiteConfig, problems: Problems, drafts: bool = False,
                  check_topics: bool = True, read_one=None) -> list[Article]:
    """Every valid article, sorted by slug; drafts only when asked for (but always checked).

    read_one stands in for read_article (same arguments and result): the build passes one that
    remembers each file's result between builds.
    """
    read_one = read_one or read_article
    if not site.articles_dir.is_dir():
        problems.error(site.articles_dir, 0, "missing: the articles live in content/articles/")
        return []
    if not is_inside(site.articles_dir, site.content_dir):
        problems.error(site.articles_dir, 0, "is a symlink to a folder outside content/: refused")
        return []
    articles: list[Article] = []
    by_slug: dict[str, list[Path]] = {}
    with gc_paused():  # a rebuild loads a thousand articles from the cache here
        for path in article_files(site):
            # (a file that is no symlink lies where its folder, checked above, really is)
            if path.is_symlink() and not is_inside(path, site.content_dir):
                problems.error(path, 0, "is a symlink to a file outside content/: refused")
                continue
            slug = slugify(path.stem)
            if not slug:
                problems.error(path, 1, f"file name {path.name!r} gives an empty slug: "
                                        "use letters or digits in the name")
                continue
            unusable = slug_problem(slug)
            if unusable:
                problems.error(path, 1, f"file name {path.name!r} cannot name a page: {unusable}")
                continue
            by_slug.setdefault(slug, []).append(path)
            article = read_one(path, slug, site, problems, check_topics)
            if article is not None and (drafts or not article.draft):
                articles.append(article)
    for slug, paths in sorted(by_slug.items()):
        for path in paths:
            others = ", ".join(problems.where(p) for p in paths if p != path)
            if others:
                problems.error(path, 1, f"slug {slug!r} is also the slug of {others}")
    duplicates = {slug for slug, paths in by_slug.items() if len(paths) > 1}
    return sorted((a for a in articles if a.slug not in duplicates), key=lambda a: a.slug)


def read_article(path: Path, slug: str, site: SiteConfig, problems: Problems,
                 check_topics: bool = True) -> Article | None:
    """One article, or None after recording why it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.error(path, 0, f"cannot be read: {exc.strerror or exc}")
        return None
    if len(data) > site.max_article_bytes:
        problems.error(path, 0, f"file is {len(data)} bytes, more than max_article_bytes "
                                f"({site.max_article_bytes})")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problems.error(path, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be "
                                   "decoded; save the file as UTF-8)")
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    split = _split_front_matter(text)
    if isinstance(split, str):
        problems.error(path, 1, split)
        return None
    front, body, body_line = split
    fields = _front_matter_fields(front, path, problems)
    if fields is None:
        return None
    errors_before = len(problems.errors)
    checked = _check_fields(fields, path, site, problems, check_topics)
    if len(problems.errors) > errors_before:
        return None
    if not body.strip():
        problems.warning(path, body_line, "the article has no text after the front matter")
    for line, message, paragraph in markdown_problems(body):
        problems.error(path, body_line + line, message.format(start=body_line + paragraph))
    if len(problems.errors) > errors_before:
        return None
    return Article(path=path, slug=slug, body=body, body_line=body_line, **checked)


def _split_front_matter(text: str) -> tuple[str, str, int] | str:
    """(front matter YAML, body, 1-based line of the body) or a message saying what is wrong."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return "no front matter: the file must start with a '---' line"
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2
    return "the front matter opened on line 1 is never closed by a '---' line"


# PyYAML's parser written in C (libyaml), when PyYAML was built with it: composing the front
# matter of 1,000 generated articles takes 0.12 s with it, 0.66 s with the one in Python
_C_LOADER = getattr(yaml, "CSafeLoader", None)
# Each level of nesting opens on a new line or at a "-", "?", "[" or "{": with at most this many
# of them, neither parser nears Python's recursion limit (the Python one stops there with a
# message; the C one recurses without a limit)
_MAX_LEVELS = 100
# Where the two parsers part: a block scalar's header running into a comment ("|#", ">2#": the
# Python one finds it wrong, the C one reads an empty text), a "?" key or a "!" tag standing
# alone (the C one places the missing value a line lower, or takes the bare tag for a text), a
# document's start ("--- #c": the C one puts the problem a line lower)
_PYTHON_ONLY = re.compile(r"[|>][-+0-9]*#|(?<!\S)[?!](?!\S)|^---(?!\S)", re.MULTILINE)


def _compose(front: str):
    """yaml.compose(front) with PyYAML's own SafeLoader, the same nodes read faster: the C
    parser (libyaml, written after the Python one by the same author) reads a front matter of
    printable characters and few levels, giving the same tags, values and lines; anything it
    finds wrong is read again by the Python parser, whose messages the problems keep."""
    if _C_LOADER is not None and sum(map(front.count, "\n-?[{")) <= _MAX_LEVELS \
            and front.replace("\n", "").isprintable() and _PYTHON_ONLY.search(front) is None:
        try:
            return yaml.compose(front, Loader=_C_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.compose(front, Loader=yaml.SafeLoader)


def _front_matter_fields(front: str, path: Path, problems: Problems):
    """{key: (value node, line)} of the front matter mapping, or None when it is malformed."""
    try:
        root = _compose(front)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else 1
        what = " ".join(s for s in (exc.context, exc.problem) if s)
        problems.error(path, line, f"malformed front matter: {what}")
        return None
    except yaml.YAMLError as exc:
        problems.error(path, 1, f"malformed front matter: {exc}")
        return None
    except RecursionError:  # PyYAML recurses once per level of [ or {
        problems.error(path, 2, "malformed front matter: lists or mappings nested too deeply")
        return None
    if root is None:
        problems.error(path, 1, "the front matter is empty: it needs at least title and date")
        return None
    if not isinstance(root, yaml.MappingNode):
        problems.error(path, root.start_mark.line + 2, "the front matter must be 'key: value' lines")
        return None
    fields = {}
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 2
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str):
            problems.error(path, line, "front matter keys must be plain words")
        elif key in fields:
            problems.error(path, line, f"key '{key}' is given twice (first on line {fields[key][1]})")
        else:
            fields[key] = (value_node, line)
            if key not in KNOWN_KEYS:
                problems.warning(path, line, f"unknown key '{key}' (known: {', '.join(KNOWN_KEYS)})")
    return fields


def _check_fields(fields: dict, path: Path, site: SiteConfig, problems: Problems,
                  check_topics: bool) -> dict:
    """The Article's front-matter fields, recording a problem for each bad or missing one."""

    def text(key: str, required: bool) -> str | None:
        if key not in fields:
            if required:
                problems.error(path, 1, f"missing '{key}' in the front matter")
            return None
        node, line = fields[key]
        if not isinstance(node, yaml.ScalarNode) or node.tag.endswith(":null") \
                or not node.value.strip():
            problems.error(path, line, f"'{key}' must be a non-empty text")
            return None
        return node.value.strip()

    title = text("title", True)
    source = text("source", True)
    summary = text("summary", False)
    lang = text("lang", True)
    if lang is not None and lang not in LANGS:
        problems.error(path, fields["lang"][1],
                       f"unknown language {lang!r}: lang must be one of {', '.join(LANGS)}")
    published = None
    raw_date = text("date", True)
    if raw_date is not None:
        published = _parse_date(raw_date, site.timezone)
        if published is None:
            problems.error(path, fields["date"][1], f"date {raw_date!r} does not parse: use ISO "
                                                    "8601, e.g. 2024-04-30 or 2024-04-30T14:57+02:00")
    url = text("url", False)
    if url is not None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            problems.error(path, fields["url"][1], f"url must be an http(s) address, not {url!r}")
    return {
        "title": title, "date": published, "lang": lang, "source": source, "url": url,
        "topics": _topics(fields, path, site, problems, check_topics), "summary": summary,
        "draft": _draft(fields, path, problems),
    }


def _parse_date(raw: str, timezone: str) -> datetime | None:
    raw = re.sub(r"\s+(Z|[+-]\d\d(?::?\d\d)?)$", r"\1", raw)  # YAML allows "14:57 +02:00"
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(timezone))
    return value


def _topics(fields: dict, path: Path, site: SiteConfig, problems: Problems,
            check_topics: bool) -> tuple[str, ...]:
    if "topics" not in fields:
        problems.warning(path, 1, "no 'topics': the article appears only on the overview")
        return ()
    node, line = fields["topics"]
    if isinstance(node, yaml.ScalarNode) and not node.tag.endswith(":null"):
        items = [node]
    elif isinstance(node, yaml.SequenceNode):
        items = node.value
    else:
        problems.error(path, line, "'topics' must be a list of topic slugs")
        return ()
    known = {t.slug for t in site.topics}
    topics: list[str] = []
    for item in items:
        item_line = item.start_mark.line + 2
        if not isinstance(item, yaml.ScalarNode) or not item.value.strip():
            problems.error(path, item_line, "each topic must be a topic slug")
        elif check_topics and item.value.strip() not in known:
            problems.error(path, item_line, f"unknown topic {item.value.strip()!r}: defined are "
                                            f"{', '.join(sorted(known)) or 'none'} (content/site.toml)")
        elif item.value.strip() not in topics:
            topics.append(item.value.strip())
    return tuple(topics)


def _draft(fields: dict, path: Path, problems: Problems) -> bool:
    if "draft" not in fields:
        return False
    node, line = fields["draft"]
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool":
        return bool(SafeConstructor().construct_object(node))
    problems.error(path, line, "draft must be true or false")
    return False
