"""The build: content/ in, a static site in build/ out, in named stages that hand data one way.

    config -> read articles -> tag temporal expressions -> events -> merge and order
           (with the editor's content/overrides.yaml) -> render and export -> write

Bad content never produces a traceback: every stage that reads user input records problems,
and the build stops before rendering when any error was found, so the previous build/ stays
exactly as it was.

Rebuilds are incremental (newsline.incremental): a build whose inputs and output are unchanged
does nothing, and otherwise each stage takes what it can from .cache/ and computes only the
rest. The per-article work (tagging, events) runs on an executor (newsline.executors): this
process, a pool over every core, or a Dask cluster; results come back in article order, so the
site is byte for byte the same whichever runs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from newsline.cache import (MISSING, Cache, code_version, digest, gc_frozen, gc_paused,
                            prune_unused)
from newsline.config import SiteConfig, read_config
from newsline.executors import make_executor
from newsline.incremental import (BuildState, PageMemo, cached_reader, expressions_digest,
                                  filesystem_clock, input_fingerprint, last_build,
                                  output_manifest, state_key, unchanged_build)
from newsline.merge_cache import kept_signals
from newsline.model import Event, TaggedArticle
from newsline.overrides import OVERRIDES_FILE, read_overrides, reviewed_events
from newsline.pieces import MergedShelf, event_digest
from newsline.problems import ContentError, Problems, console, report
from newsline.progress import Progress
from newsline.reader import read_article, read_articles
# the tag stage lives in newsline.tagstage; its functions are named here too, as they were
from newsline.tagstage import (TagStage, checked_spans, known_events, tag_articles,  # noqa: F401
                               tag_job, tagged_articles, tagger_results, workers_cache)
from newsline.writer import SiteWriter

EVENTS_FILE = "events.json"
NAMESPACES = ("state", "articles", "tags", "events", "reviewed", "merged", "signals", "pages")
# Pages are not rendered on the pool: there the overview and topic pages cost about twice the
# CPU time (every worker makes the entries of every event its pages list again, from pickled
# events) and saved no time on two cores. Instead one helper, forked once the overview's pages
# have made those entries, shares them (newsline.render.parallel).


@dataclass(frozen=True)
class BuildResult:
    out: Path
    articles: int
    expressions: int
    events: int
    files: int
    problems: Problems  # warnings only: a build with errors raises ContentError
    unchanged: bool = False  # inputs and output as the last build left them: nothing was done
    rendered: tuple[str, ...] = ()  # the pages rendered (not taken from the cache) this time
    cache: dict = field(default_factory=dict)  # namespace -> (hits, misses, damaged)
    reused_files: int = 0  # files the writer took over unchanged from the previous build


class Caches:
    """The cache namespaces of one project; with use=False every lookup misses, nothing is kept."""

    def __init__(self, root: Path, use: bool = True):
        for name in NAMESPACES:
            setattr(self, name, Cache.under(root, name) if use else Cache(None))
        self.use = use

    def stats(self) -> dict:
        return {n: (getattr(self, n).hits, getattr(self, n).misses, getattr(self, n).damaged)
                for n in NAMESPACES}


def build(root: Path | str, out: Path | str | None = None, drafts: bool = False,
          progress: Callable[[str], None] | Progress = lambda message: None,
          executor="auto", scheduler: str | None = None, jobs: int | None = None,
          use_cache: bool = True) -> BuildResult:
    """Build the site of project `root` into `out` (default root/build).

    executor: "auto", "inline", "process", "dask", or an executor object (then the caller
    closes it). use_cache=False computes everything and leaves .cache/ alone.
    """
    root = Path(root)
    out = Path(out) if out is not None else root / "build"
    tell = progress if isinstance(progress, Progress) else Progress(progress)
    problems = Problems(root)
    caches = Caches(root, use_cache)

    fingerprint = input_fingerprint(root, out, drafts)
    before = last_build(caches.state, out, drafts) if use_cache else None
    state = unchanged_build(caches.state, out, drafts, fingerprint, before) if before else None
    if state is not None:
        problems.items.extend(state.warnings)
        tell.say(f"nothing changed since the last build of {out}")
        return BuildResult(out, problems=problems, unchanged=True, cache=caches.stats(),
                           **state.counts)

    site, topics_known = load_site(root, problems)
    articles = read_articles(site, problems, drafts=drafts, check_topics=topics_known,
                             read_one=cached_reader(caches.articles, site, read_article))
    stop_on_errors(problems)
    article_count = len(articles)
    tell.step(f"read {article_count} articles")

    owned = isinstance(executor, str)
    run = make_executor(executor, scheduler, jobs) if owned else executor
    if getattr(run, "name", None) == "process":
        preload_worker_code()
    try:
        stage = tagged_articles(articles, problems, run, caches, tell)
        # the tagged articles hold the same records; once site_events has shelved those (their
        # bodies compressed), nothing else may keep the plain ones alive
        del articles
        stop_on_errors(problems)
        tagged, expressions = stage.articles, stage.expressions
        tell.step(f"tagged {expressions} temporal expressions")

        events, event_keys = site_events(root, tagged, problems, run, caches, keyed=True,
                                         release=run.close if owned else None, stage=stage)
        keys = stage.keys  # the pages' memo keys each article's page by them
        del stage
        stop_on_errors(problems)
        tell.step(f"found {len(events)} events")

        from newsline.render.pages import theme_dirs

        # the last build's pages whose keys are unchanged are linked from build/ unread
        memo = PageMemo(caches.pages, PageMemo.version_of(site, theme_dirs(site)), before,
                        keep_parts=False)
        memo.known(tagged, keys)
        memo.pieces.known_events(events, event_keys)
        # pages go to the output's temporary folder as they are made: a big site is never in
        # memory whole, and build/ is swapped only once all of it is written
        with gc_frozen(), SiteWriter(out) as writer:
            files = render_into(writer.add, site, tagged, events, memo, parts=True)
        memo.pieces.save()
    finally:
        if owned:
            run.close()
    reused = writer.reused
    tell.step(f"rendered {len(memo.rendered)} of {len(memo.rendered) + len(memo.reused)} pages, "
              f"wrote {files} files to {out}, {reused} unchanged ones hard-linked")

    counts = {"articles": article_count, "expressions": expressions, "events": len(events),
              "files": files}
    if use_cache:
        caches.pages.prune()  # older versions of pages and of the merged events are dead weight
        caches.reviewed.prune()
        caches.merged.prune()
        # an edited or removed article's older read, tags and events entries
        prune_unused((caches.articles, caches.tags, caches.events))
        manifest = output_manifest(out)
        pages = memo.written(manifest, filesystem_clock(out.parent))
        caches.state.put(state_key(out, drafts), BuildState(
            fingerprint, manifest, problems.warnings, counts, pages))
    return BuildResult(out, problems=problems, rendered=tuple(memo.rendered),
                       cache=caches.stats(), reused_files=reused, **counts)


def preload_worker_code() -> None:
    """Import what pool workers run before the pool starts: forked workers then share this
    process's modules instead of each importing the tagger, Jinja2, Plotly and babel again
    (most of a small site's build time)."""
    import newsline.events  # noqa: F401
    import newsline.render  # noqa: F401
    import newsline.timex  # noqa: F401


def load_site(root: Path, problems: Problems) -> tuple[SiteConfig, bool]:
    """The site config, and whether its topics can be trusted to check articles against."""
    site = read_config(root, problems)
    if site is None:  # unreadable site.toml: still check the articles, minus their topics
        return SiteConfig(root=root, title="", base_url="", default_lang="en", timezone="UTC",
                          topics=()), False
    return site, True


def events_job(tagged: TaggedArticle) -> list[Event]:
    from newsline.events import article_events

    return article_events(tagged)


def events_entry_job(job: tuple) -> tuple | bytes:
    """job: (tagged article, cache folder or None, key, notes). The article's events entry:
    the digest of its events that the merge's cache key is made of (a rebuild then hashes no
    event it took from the cache), the events, how many expressions the article has, `notes`
    (the warnings about them, as (line, message)) and the expressions_digest of them; put in
    the cache by the worker that made it: then the entry's bytes instead (Cache.put_entry)."""
    tagged, folder, key, notes = job
    timexes = tagged.timexes
    events = events_job(tagged)
    entry = digest(events), events, len(timexes), notes, expressions_digest(timexes)
    return (folder is not None and Cache(folder).put_entry(key, entry)) or entry


def site_events(root: Path, tagged: list[TaggedArticle], problems: Problems, run=None,
                caches: Caches | None = None, keyed: bool = False,
                release: Callable[[], None] | None = None, stage: TagStage | None = None):
    """Events of every article, merged, reviewed against content/overrides.yaml and ordered;
    `stage` is the build's TagStage of `tagged` (its own list), else it is found (known_events).
    With `keyed`, (events, the digest of each: newsline.pieces.event_digest), which the pages
    are keyed by: they are cached with the events, so a rebuild that merges nothing does not
    make them.

    `tagged` is shelved in place (TaggedArticle.shelved) once its events are made; release(),
    when given, is called as soon as `run` has no more work (closing a pool the caller owns)."""
    run = run or make_executor("inline")
    caches = caches or Caches(root, use=False)
    version = code_version()
    stage = stage or known_events(tagged, root, caches)
    keys, found, notes = stage.keys, stage.found, stage.notes
    todo = [i for i, value in enumerate(found) if value is MISSING]
    folder = workers_cache(run, caches.events)
    made = run.map(events_entry_job, [(tagged[i], None if notes.get(i, ()) is None else folder,
                                       keys[i], notes.get(i, ())) for i in todo])
    if release is not None:
        release()  # the pool's work is done: its workers' memory goes before the merge
    with gc_paused():
        for at, (i, value) in enumerate(zip(todo, made)):
            found[i] = Cache.entry_value(value) if isinstance(value, bytes) else value
            made[at] = None  # each entry's bytes go once they are objects
            if notes.get(i, ()) is None:  # its warnings are not known here: not kept
                continue
            if folder is None:
                caches.events.put(keys[i], found[i])
            else:
                caches.events.put_by_worker(keys[i])
    del made
    # from here on an article's body and expressions are read by its own page only (and by an
    # event the editor added from it): kept compressed, not as tens of thousands of objects.
    # In place: the caller hands this same list to the pages' memo and the renderer.
    tagged[:] = [t.shelved() for t in tagged]
    reports = [event for entry in found for event in entry[1]]

    try:
        overrides_bytes = (root / OVERRIDES_FILE).read_bytes()
    except OSError:
        overrides_bytes = b""
    # Merging reads only the reports; the overrides also read the articles' text. So an edit
    # that leaves every report as it was (a typo outside any dated sentence) merges nothing.
    key = digest("reviewed, keyed", version, [entry[0] for entry in found], overrides_bytes,
                 keys if overrides_bytes else ())

    # a miss merges, reading unchanged sentences' signals; the collector stays off as in the
    # merge itself (the exact-duplicate merge and the ordering make as many short-lived objects,
    # and each of its passes walks every tag and event the build holds: over half their time)
    shelf = MergedShelf(caches.reviewed, caches.merged, version)
    with gc_paused(), kept_signals(caches.signals) as store:  # saved with the collector off too
        hit = shelf.get(key)
        if hit is not None:
            events, event_keys, found_problems = hit
        else:
            store.know_reports([entry[:2] for entry in found])  # (digest, reports) each
            # the signals of the reports the tag stage's workers made (tagstage.tag_events_job)
            # are not worked out again here
            if stage.seeds:
                store.seed(stage.seeds)
            local = Problems(problems.root)
            events = reviewed_events(read_overrides(root, local), reports, tagged, local)
            # a report that stands as it came from the events cache has the digest the last
            # build gave it (newsline.merge_cache.ReportTable)
            event_keys = store.reports.digests_of(events, event_digest)
            found_problems = local.items
            shelf.put(key, events, event_keys, found_problems)
        problems.items.extend(found_problems)
    return (events, event_keys) if keyed else events


def render(site: SiteConfig, tagged: list[TaggedArticle], events: list[Event],
           memo: PageMemo | None = None) -> dict[str, bytes]:
    """Every file of the site, path -> bytes (see render_into)."""
    files: dict[str, bytes] = {}
    render_into(files.__setitem__, site, tagged, events, memo)
    return dict(sorted(files.items()))


def render_into(emit: Callable[[str, bytes], None], site: SiteConfig,
                tagged: list[TaggedArticle], events: list[Event],
                memo: PageMemo | None = None, parts: bool = False) -> int:
    """Hands every file of the site to emit(path, bytes); returns how many there were. With
    `parts`, the largest files may come as ByteParts (newsline.cache; SiteWriter.add takes
    them), never whole in memory."""
    from newsline.render import site_files

    count = 0
    for path, data in site_files(site, tagged, events, memo, EVENTS_FILE, parts):
        emit(path, data)
        count += 1
    return count


def stop_on_errors(problems: Problems) -> None:
    if problems.errors:
        raise ContentError(problems)


def cmd_build(args) -> int:
    from newsline.executors import ExecutorError, WorkerLost

    out = console()
    tell = Progress(lambda message: out.print(message, style="dim", markup=False), console=out)
    try:
        result = build(args.root, out=args.out, drafts=args.drafts, progress=tell,
                       executor=getattr(args, "executor", "auto"),
                       scheduler=getattr(args, "scheduler", None), jobs=getattr(args, "jobs", None))
    except ContentError as exc:
        report(exc.problems, out)
        out.print("build failed; the previous build was left as it was", markup=False)
        return 1
    except ExecutorError as exc:
        out.print(str(exc), style="red", markup=False)
        return 2
    except WorkerLost as exc:
        out.print(f"{exc}; the previous build was left as it was", style="red", markup=False)
        return 1
    except RuntimeError as exc:
        # imported here, not above: the renderer's package costs ~0.1 s of a build that
        # finds nothing changed and renders nothing
        from newsline.render.parallel import RenderError
        if not isinstance(exc, RenderError):
            raise
        # the helper rendering pages beside the build failed
        out.print(f"{exc}; the previous build was left as it was", style="red", markup=False)
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
