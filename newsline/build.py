"""The build: content/ in, a static site in build/ out, in named stages that hand data one way.

    config -> read articles -> tag temporal expressions -> events -> merge and order
           (with the editor's content/overrides.yaml) -> render and export -> write

Bad content never produces a traceback: every stage that reads user input records problems,
and the build stops before rendering when any error was found, so the previous build/ stays
exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from newsline.config import SiteConfig, read_config
from newsline.events import article_events
from newsline.export import events_json
from newsline.model import Article, Event, TaggedArticle
from newsline.overrides import read_overrides, reviewed_events
from newsline.problems import ContentError, Problems, console, report
from newsline.reader import read_articles
from newsline.writer import write_site

EVENTS_FILE = "events.json"


@dataclass(frozen=True)
class BuildResult:
    out: Path
    articles: int
    expressions: int
    events: int
    files: int
    problems: Problems  # warnings only: a build with errors raises ContentError


def build(root: Path | str, out: Path | str | None = None, drafts: bool = False,
          progress: Callable[[str], None] = lambda message: None) -> BuildResult:
    """Build the site of project `root` into `out` (default root/build)."""
    root = Path(root)
    out = Path(out) if out is not None else root / "build"
    problems = Problems(root)

    site, topics_known = load_site(root, problems)
    articles = read_articles(site, problems, drafts=drafts, check_topics=topics_known)
    stop_on_errors(problems)
    progress(f"read {len(articles)} articles")

    tagged = tag_articles(articles, problems)
    stop_on_errors(problems)
    expressions = sum(len(t.timexes) for t in tagged)
    progress(f"tagged {expressions} temporal expressions")

    events = site_events(root, tagged, problems)
    stop_on_errors(problems)
    progress(f"found {len(events)} events")

    files = render(site, tagged, events)
    write_site(files, out)
    progress(f"wrote {len(files)} files to {out}")
    return BuildResult(out, len(articles), expressions, len(events), len(files), problems)


def load_site(root: Path, problems: Problems) -> tuple[SiteConfig, bool]:
    """The site config, and whether its topics can be trusted to check articles against."""
    site = read_config(root, problems)
    if site is None:  # unreadable site.toml: still check the articles, minus their topics
        return SiteConfig(root=root, title="", base_url="", default_lang="en", timezone="UTC",
                          topics=()), False
    return site, True


def tag_articles(articles: list[Article], problems: Problems) -> list[TaggedArticle]:
    """Run the temporal tagger on each body; a tagger failure is reported, never a traceback."""
    from newsline.timex import tag

    tagged = []
    for article in articles:
        try:
            timexes = tag(article.body, article.lang, article.date)
        except Exception as exc:  # noqa: BLE001 - one article must not hide the others' problems
            problems.error(article.path, article.body_line,
                           f"the temporal tagger failed on this article: "
                           f"{type(exc).__name__}: {exc}")
            continue
        kept = []
        for timex in timexes:
            if 0 <= timex.start < timex.end <= len(article.body) \
                    and article.body[timex.start:timex.end] == timex.text:
                kept.append(timex)
            else:
                line = article.body_line + article.body.count("\n", 0, max(timex.start, 0))
                problems.warning(article.path, line, f"tagger span {timex.start}-{timex.end} "
                                                     f"does not match {timex.text!r}; ignored")
        tagged.append(TaggedArticle(article, tuple(sorted(kept, key=lambda t: (t.start, t.end)))))
    return tagged


def site_events(root: Path, tagged: list[TaggedArticle], problems: Problems) -> list[Event]:
    """Events of every article, merged, reviewed against content/overrides.yaml and ordered."""
    reports = [event for article in tagged for event in article_events(article)]
    return reviewed_events(read_overrides(root, problems), reports, tagged, problems)


def render(site: SiteConfig, tagged: list[TaggedArticle], events: list[Event]) -> dict[str, bytes]:
    from newsline.render import render_site

    files = dict(render_site(site, tagged, events))
    files[EVENTS_FILE] = events_json(events)
    return files


def stop_on_errors(problems: Problems) -> None:
    if problems.errors:
        raise ContentError(problems)


def cmd_build(args) -> int:
    out = console()
    try:
        result = build(args.root, out=args.out, drafts=args.drafts,
                       progress=lambda message: out.print(message, style="dim", markup=False))
    except ContentError as exc:
        report(exc.problems, out)
        out.print("build failed; the previous build was left as it was", markup=False)
        return 1
    except OSError as exc:
        out.print(f"cannot write the site: {exc}", style="red", markup=False)
        return 1
    report(result.problems, out)
    index = (result.out / "index.html").resolve()
    out.print(f"{result.articles} articles, {result.events} events; open the site at:",
              markup=False)
    print(index)
    return 0
