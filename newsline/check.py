"""`newsline check`: every problem of the content, and of an existing build/, in one report.

Config and articles are validated exactly as the build validates them (drafts included). The
editor's content/overrides.yaml is checked against the events the content gives now: an override
that matches nothing is a warning, which `--strict` turns into a failure. When
build/ exists, its pages are checked too: every relative href/src (and CSS url()) must name an
existing file inside build/, folders must be linked through an explicit index.html (the site
must work from file://), and a #fragment into a page must match an id on that page.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from newsline.build import Caches, load_site, site_events, tag_articles
from newsline.incremental import cached_reader
from newsline.overrides import read_overrides
from newsline.problems import Problems, console, report
from newsline.reader import read_article, read_articles

LINK_ATTRIBUTES = {"href", "src", "poster", "data"}


class _PageScan(HTMLParser):
    """Collects the links (with their lines) and the ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, int]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            elif name in LINK_ATTRIBUTES and value is not None:
                self.links.append((value, self.getpos()[0]))
            elif name == "srcset" and value:
                for candidate in value.split(","):
                    if candidate.strip():
                        self.links.append((candidate.split()[0], self.getpos()[0]))

    handle_startendtag = handle_starttag


def check_site(root: Path) -> Problems:
    """Every problem of the project at `root`."""
    problems = Problems(root)
    caches = Caches(root)  # the build's: a check after a build tags nothing again
    site, topics_known = load_site(root, problems)
    articles = read_articles(site, problems, drafts=True, check_topics=topics_known,
                             read_one=cached_reader(caches.articles, site, read_article))
    read_overrides(root, problems)
    if not problems.errors:  # stale overrides: match them against the events of today's content
        tagged = tag_articles(articles, problems, cache=caches.tags)
        if not problems.errors:
            site_events(root, tagged, problems, caches=caches)
    build_dir = root / "build"
    if build_dir.is_dir():
        check_links(build_dir, problems)
    return problems


def check_links(build_dir: Path, problems: Problems) -> None:
    """Broken internal links and missing assets of the built site."""
    pages: dict[Path, _PageScan] = {}
    for page in sorted(build_dir.rglob("*.html")):
        scan = _PageScan()
        scan.feed(page.read_text(encoding="utf-8", errors="replace"))
        scan.close()
        pages[page] = scan
    site = _Targets(build_dir, pages)
    for page, scan in pages.items():
        for link, line in scan.links:
            message = _link_problem(page, link, site)
            if message:
                problems.error(page, line, message)
    for sheet in sorted(build_dir.rglob("*.css")):
        text = sheet.read_text(encoding="utf-8", errors="replace")
        for match in re.finditer(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", text):
            message = _link_problem(sheet, match.group(1), site)
            if message:
                problems.error(sheet, text.count("\n", 0, match.start()) + 1, message)


class _Targets:
    """What links may point at, resolved once: a site links a few files thousands of times."""

    def __init__(self, build_dir: Path, pages: dict[Path, _PageScan]):
        self.root = build_dir.resolve()
        self.scans = {page.resolve(): scan for page, scan in pages.items()}
        self._kinds: dict[Path, tuple[Path, str]] = {}

    def kind(self, target: Path) -> tuple[Path, str]:
        """(resolved path, "dir" | "file" | "missing")"""
        if target not in self._kinds:
            resolved = target.resolve()
            self._kinds[target] = (resolved, "dir" if resolved.is_dir() else
                                   "file" if resolved.is_file() else "missing")
        return self._kinds[target]


def _link_problem(page: Path, link: str, site: _Targets) -> str | None:
    parts = urlsplit(link.strip())
    if parts.scheme or link.strip().startswith("//"):
        return None  # external, data: or mailto: - not ours to check offline
    target = page
    if parts.path:
        if parts.path.startswith("/"):
            return f"link {link!r} is absolute: the site must work from any sub-path, use a relative link"
        target = page.parent.joinpath(*PurePosixPath(unquote(parts.path)).parts)
    resolved, kind = site.kind(target)
    if not resolved.is_relative_to(site.root):
        return f"link {link!r} points outside build/"
    if kind == "dir":
        return f"link {link!r} names a folder: link its index.html (file:// shows no folder index)"
    if kind == "missing":
        return f"broken link {link!r}: {resolved.relative_to(site.root).as_posix()} does not exist"
    fragment = unquote(parts.fragment)
    if fragment and resolved.suffix == ".html":
        scan = site.scans.get(resolved)
        if scan is not None and fragment not in scan.ids:
            return f"broken link {link!r}: no id {fragment!r} on that page"
    return None


def cmd_check(args) -> int:
    out = console()
    problems = check_site(Path(args.root))
    report(problems, out)
    failed = bool(problems.errors) or (args.strict and bool(problems.warnings))
    if not problems.errors and not problems.warnings:
        out.print("no problems found", markup=False)
    return 1 if failed else 0
