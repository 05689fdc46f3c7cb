"""The kinds of page (overview, topic, article, and the period pages of an overview's or
topic's event list split by newsline.render.paging) rendered through the theme's templates.

Each page gets a `root` prefix so every link is relative and the site works from any sub-path
and from file://; the canonical URL is the only absolute one.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from functools import lru_cache
from pathlib import Path

import jinja2
from jinja2 import (ChoiceLoader, Environment, FileSystemBytecodeCache, FileSystemLoader,
                    StrictUndefined)
from markupsafe import Markup

from newsline.config import SiteConfig, Topic
from newsline.model import Event, TaggedArticle
from newsline.render.chart import as_of_line, chart_payload, chart_span, range_buttons
from newsline.render.dates import day_label
from newsline.render.event_items import EventItems
from newsline.render.filters import filter_groups, topics_by_slug
from newsline.render.markup import render_body, site_allow
from newsline.render.paging import ListPage, PageLinks, directory, page_index
from newsline.render.strings import count_label, strings_for
from newsline.render.views import article_href, safe_url, topic_href

# The package's own theme: used for anything a site's theme/ does not override.
DEFAULT_THEME = Path(__file__).resolve().parents[2] / "theme"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)


def theme_dirs(site: SiteConfig) -> list[Path]:
    dirs = [site.theme_dir]
    if DEFAULT_THEME.is_dir() and DEFAULT_THEME.resolve() != site.theme_dir.resolve():
        dirs.append(DEFAULT_THEME)
    return dirs


# how every environment compiles: part of the bytecode cache's folder name, with Jinja2's
# version, since the compiled code of a template depends on them and not only on its source
_OPTIONS = dict(autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                lstrip_blocks=True, keep_trailing_newline=True, auto_reload=False)


def make_env(site: SiteConfig, bytecode_dir: Path | None = None) -> Environment:
    """The theme's Jinja2 environment. With `bytecode_dir` (a folder of the build's cache),
    compiled templates are kept there between builds (bytecode_folder): a rebuild loads them
    instead of compiling every template again, a tenth of a second or more per process."""
    dirs = tuple(theme_dirs(site))
    folder = str(bytecode_folder(bytecode_dir)) if bytecode_dir is not None else None
    return _env_for(dirs, _template_files(dirs), folder)


def bytecode_folder(bytecode_dir: Path) -> Path:
    """The folder under `bytecode_dir` for this Jinja2 and these options. Jinja2 names each
    entry by the template's name and file and drops it when the template's source changed;
    its header names the Python version; the folder name adds what else the code depends on."""
    options = repr(sorted((k, getattr(v, "__name__", v)) for k, v in _OPTIONS.items()))
    tag = hashlib.sha256(f"{jinja2.__version__}|{options}".encode()).hexdigest()[:16]
    return Path(bytecode_dir) / f"jinja-{tag}"


def _template_files(dirs: tuple[Path, ...]) -> tuple:
    files = []
    for d in dirs:
        for path in sorted((d / "templates").rglob("*")):
            if path.is_file():
                files.append((str(path), path.stat().st_mtime_ns))
    return tuple(files)


@lru_cache(maxsize=4)
def _env_for(dirs: tuple[Path, ...], files: tuple, bytecode: str | None) -> Environment:
    # One environment per theme and state of its template files (`files`, so an added or edited
    # template in a long serve session makes a new one): each template is compiled once, and
    # not checked for changes again (auto_reload: a stat of each file a page's template
    # extends or imports, on every page).
    loaders = [FileSystemLoader(str(d / "templates")) for d in dirs]
    cache = None
    if bytecode is not None:
        try:
            Path(bytecode).mkdir(parents=True, exist_ok=True)
            cache = CheckedBytecodeCache(bytecode)
        except OSError:  # a cache that cannot be written: compile in memory, as without one
            cache = None
    return Environment(loader=ChoiceLoader(loaders), bytecode_cache=cache, **_OPTIONS)


class CheckedBytecodeCache(FileSystemBytecodeCache):
    """Jinja2's bytecode cache with a digest before each entry. Jinja2 checks only a header and
    the template source's checksum, then unmarshals whatever follows: a flipped bit in the code
    could render a wrong page, so a file whose digest does not match is compiled again, as one
    that cannot be read or written (a read-only cache) is."""

    def load_bytecode(self, bucket) -> None:
        try:
            data = Path(self._get_cache_filename(bucket)).read_bytes()
        except OSError:
            return
        payload = data[16:]
        if len(data) > 16 and hashlib.blake2b(payload, digest_size=16).digest() == data[:16]:
            try:
                bucket.bytecode_from_string(payload)
            except Exception:  # noqa: BLE001 - kept by other code: compile again
                bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        payload = bucket.bytecode_to_string()
        name = Path(self._get_cache_filename(bucket))
        part = name.with_name(f"{name.name}.{os.getpid()}.tmp")
        try:
            part.write_bytes(hashlib.blake2b(payload, digest_size=16).digest() + payload)
            os.replace(part, name)
        except OSError:
            part.unlink(missing_ok=True)


def canonical(site: SiteConfig, path: str) -> str:
    tail = path[: -len("index.html")] if path.endswith("index.html") else path
    return site.base_url.rstrip("/") + "/" + tail


def _reports_of(articles, events: list[Event]) -> list:
    """The articles that are a source of `events`: each is drawn as a 'reported' marker."""
    slugs = {m.slug for e in events for m in e.sources}
    return [t.article for t in articles if t.article.slug in slugs]


def _chart(events: list[Event], site: SiteConfig, lang: str, title: str, items: EventItems,
           by: str | None = None, reports=(), pages: list[ListPage] | None = None):
    """The chart's context; with `pages` (the page's list is split), a click on an event opens
    the page that lists it, and the chart has no filters (they filter a page's list)."""
    if not events:
        return None
    s = strings_for(lang)
    first, last = chart_span(events)
    as_of = as_of_line(events)
    links = ([page.file for page in pages], page_index(pages)) if pages else None
    return {
        "json": chart_payload(events, site, lang, by, reports=reports, pages=links,
                              hover=items.hover, as_of=as_of),
        "label": s["timeline_of"].format(title=title),
        "description": s["chart_description_pages" if pages else "chart_description"].format(
            events=count_label(lang, len(events)), first=day_label(first, lang),
            last=day_label(last, lang)),
        "key": s["chart_key"] + (" " + s["reported_key"] if reports else ""),
        "as_of": s["chart_as_of"].format(date=day_label(as_of, lang)) if as_of else None,
        "ranges": range_buttons(lang, first, last),
        "filters": [] if pages else filter_groups(events, site, lang),
        "keyboard": s["chart_keys"],
    }


def _common(site: SiteConfig, lang: str, path: str, title: str, description: str) -> dict:
    root = "../" * path.count("/")
    s = strings_for(lang)
    return {
        "site": site,
        "lang": lang,
        "s": s,
        "root": root,
        "csp": CSP,
        "page_title": title,
        "description": description,
        "canonical": canonical(site, path),
        "og_locale": s["locale"],
        "nav": [
            {"title": t.title, "href": topic_href(root, t.slug), "slug": t.slug}
            for t in site.topics
        ],
        "home": root + "index.html",
    }


# stands for the page's event list while the template renders (NUL is in no page's text)
EVENTS_MARK = "\x00events\x00"


def _render(env, template: str, ctx: dict, as_bytes: bool = False) -> str | bytes:
    """The template rendered with ctx, whose "events" is a ListedEvents; as UTF-8 if as_bytes.

    While the page's templates and the macros are the package's own (which only print it),
    the event list (all of a big page but a few lines) is put in afterwards instead of being
    copied through the template's output at each level, and as_bytes joins it from its
    entries' UTF-8 (a text of a big page's size takes up to four times its bytes)."""
    listed = ctx["events"]
    text = None
    if listed and all(_own_template(env, name)
                      for name in (template, "base.html", "_macros.html")):
        text = env.get_template(template).render({**ctx, "events": Markup(EVENTS_MARK)})
        if text.count("\x00") != EVENTS_MARK.count("\x00") or EVENTS_MARK not in text:
            text = None  # a NUL of its own, or the list printed elsewhere
    if text is None:
        text = env.get_template(template).render({**ctx, "events": listed.markup()})
        return text.encode("utf-8") if as_bytes else text
    head, tail = text.split(EVENTS_MARK)
    if as_bytes:
        return b"".join([head.encode("utf-8"), *listed.encoded(), tail.encode("utf-8")])
    return "".join((head, listed.markup(), tail))


def _own_template(env, name: str) -> bool:
    # an environment is made again when a template file changes (_env_for): asked once each
    own = env.__dict__.setdefault("newsline_own_templates", {})
    if name not in own:
        filename = env.get_template(name).filename
        own[name] = filename is not None and \
            Path(filename).resolve() == (DEFAULT_THEME / "templates" / name).resolve()
    return own[name]


def _events_of_topic(events: list[Event], topic: Topic) -> list[Event]:
    return [e for e in events if topic.slug in e.topics]


def render_index(env, site: SiteConfig, articles: list[TaggedArticle], events: list[Event],
                 items: EventItems | None = None, as_bytes: bool = False,
                 pages: list[ListPage] | None = None) -> str | bytes:
    """The overview; with `pages` (newsline.render.paging.split_pages of `events`) it links
    them instead of listing the events."""
    items = items or EventItems(env, site)
    lang = site.default_lang
    per_topic = Counter(slug for e in events for slug in set(e.topics))
    ctx = _common(site, lang, "index.html", site.title, site.description or site.title)
    root = ctx["root"]
    ctx.update(
        og_type="website",
        current=None,
        chart=_chart(events, site, lang, site.title, items, reports=_reports_of(articles, events),
                     pages=pages),
        events=items.listed([] if pages else events, lang, root),
        list_pages=directory(pages, lang) if pages else None,
        topics=[
            {"title": t.title, "description": t.description, "href": topic_href(root, t.slug),
             "count": count_label(lang, per_topic[t.slug])}
            for t in site.topics
        ],
        articles=[
            {"title": a.article.title, "source": a.article.source,
             "date": a.article.date.date().isoformat(),
             "date_label": day_label(a.article.date.date(), lang),
             "href": article_href(root, a.article.slug), "lang": a.article.lang}
            for a in sorted(articles, key=lambda a: (a.article.date, a.article.slug), reverse=True)
        ],
    )
    return _render(env, "index.html", ctx, as_bytes)


def render_topic(env, site: SiteConfig, topic: Topic, events: list[Event],
                 articles: list[TaggedArticle] = (), items: EventItems | None = None,
                 as_bytes: bool = False, pages: list[ListPage] | None = None) -> str | bytes:
    """A topic's page; with `pages` (the split of the topic's events) it links them instead
    of listing the events."""
    items = items or EventItems(env, site)
    lang = site.default_lang
    mine = _events_of_topic(events, topic)
    title = f"{topic.title} – {site.title}"
    description = topic.description or strings_for(lang)["timeline_of"].format(title=topic.title)
    ctx = _common(site, lang, f"{topic.slug}/index.html", title, description)
    ctx.update(
        og_type="website",
        current=topic.slug,
        topic=topic,
        count=count_label(lang, len(mine)),
        chart=_chart(mine, site, lang, topic.title, items, reports=_reports_of(articles, mine),
                     pages=pages),
        events=items.listed([] if pages else mine, lang, ctx["root"]),
        list_pages=directory(pages, lang) if pages else None,
        feed="feed.xml",
        timeline_json="timeline.json",
    )
    return _render(env, "topic.html", ctx, as_bytes)


def list_page_path(topic: Topic | None, page: ListPage) -> str:
    """Where a period page goes: beside the overview, or in its topic's folder."""
    return f"{topic.slug}/{page.file}" if topic else page.file


def render_list_page(env, site: SiteConfig, topic: Topic | None, links: PageLinks,
                     at: int, reports=(), items: EventItems | None = None,
                     as_bytes: bool = False) -> str | bytes:
    """Page `at` of the overview's (topic None) or a topic's split event list (`links`: its
    pages, newsline.render.paging): the chart of its events (`reports`: the articles reporting
    them), the filters, its list, and links to the other pages."""
    items = items or EventItems(env, site)
    lang = site.default_lang
    s = strings_for(lang)
    page = links.pages[at]
    events = list(page.events)
    owner = topic.title if topic else site.title
    period = page.label(lang)
    title = s["page_title"].format(title=owner, period=period)
    path = list_page_path(topic, page)
    ctx = _common(site, lang, path, f"{title} – {site.title}" if topic else title, title)
    root = ctx["root"]
    ctx.update(
        og_type="website",
        current=topic.slug if topic else None,
        heading=title,
        owner={"title": owner, "href": topic_href(root, topic.slug) if topic else ctx["home"]},
        # its own range (a part of a month is told by it) depends on its events only
        count=", ".join(filter(None, [count_label(lang, len(events)), page.period_range(lang)])),
        page_links=links.nav(at),
        chart=_chart(events, site, lang, f"{owner}, {period}", items, reports=reports),
        events=items.listed(events, lang, root),
    )
    if topic:
        ctx["feed"] = "feed.xml"
    return _render(env, "events_page.html", ctx, as_bytes)


def render_article(env, site: SiteConfig, tagged: TaggedArticle, events: list[Event],
                   items: EventItems | None = None, as_bytes: bool = False,
                   listed_on: dict[str, str] | None = None) -> str | bytes:
    """An article with its expressions linked to their events on the topic (or overview)
    page; `listed_on`: event id -> the period page (a path in the site) listing it where that
    page's list is split."""
    items = items or EventItems(env, site)
    article = tagged.article
    lang = article.lang
    mine = [e for e in events if any(m.slug == article.slug for m in e.sources)]
    path = f"articles/{article.slug}/index.html"
    links, quotes = {}, []
    topics = topics_by_slug(site)
    for event in mine:
        known = [t for t in event.topics if t in topics]
        listed = (listed_on or {}).get(event.id)
        page = "../../" + listed if listed else \
            topic_href("../../", known[0]) if known else "../../index.html"
        for m in event.sources:
            if m.slug == article.slug:
                for start in [m.span[0]] + [span[0] for span in m.related]:
                    links.setdefault(start, f"{page}#event-{event.id}")
                if event.by_hand:
                    quotes.append(m.span)
    ctx = _common(site, lang, path, f"{article.title} – {site.title}",
                  article.summary or article.title)
    root = ctx["root"]
    ctx.update(
        og_type="article",
        current=None,
        article=article,
        published=article.date.isoformat(),
        published_label=f"{day_label(article.date.date(), lang)}, {article.date:%H:%M}",
        url=safe_url(article.url),
        topics=[
            {"title": (topics[slug].title if slug in topics else slug),
             "href": topic_href(root, slug)}
            for slug in article.topics
        ],
        body=render_body(tagged, links, tuple(quotes), site_allow(site)),
        reported=strings_for(lang)["this_report"].format(date=day_label(article.date.date(), lang)),
        chart=_chart(mine, site, lang, article.title, items, by="topic", reports=[article]),
        events=items.listed(mine, lang, root),
    )
    return _render(env, "article.html", ctx, as_bytes)
