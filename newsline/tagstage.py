"""The tag stage of the build: each article's temporal expressions, from the tagger's cache or
the tagger (on the build's executor), their spans checked against the body.

A rebuild does not even read the expressions of an article whose events the events cache
holds under its events_key (newsline.incremental), which stands for them: such an article
comes as a StoredTaggedArticle (newsline.model) that reads them only should its page be made
again. newsline.build hands the TagStage on to its events stage (site_events).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsline.cache import MISSING, Cache, gc_paused, tagger_version
from newsline.executors import SMALL_BATCH, make_executor
from newsline.incremental import events_key, expressions_digest, tagged_key, tags_key
from newsline.model import Article, StoredTaggedArticle, TaggedArticle
from newsline.problems import ContentError, Problems
from newsline.progress import Progress

if TYPE_CHECKING:
    from newsline.build import Caches


def tag_job(job: tuple) -> tuple[bool, object]:
    """(True, timexes) or (False, why the tagger failed); runs in worker processes too.

    job: (body, lang, published), or with (cache folder, key) after them: the worker then puts
    its result in the cache itself and hands back the entry's bytes instead (see
    Cache.put_entry), so the build process neither pickles nor writes it again.
    """
    from newsline.timex import tag

    body, lang, published = job[:3]
    try:
        timexes = tag(body, lang, published)
    except Exception as exc:  # noqa: BLE001 - one article must not hide the others' problems
        return False, f"{type(exc).__name__}: {exc}"
    if len(job) > 3 and job[3] is not None:
        return True, Cache(job[3]).put_entry(job[4], timexes) or timexes
    return True, timexes


def tag_events_job(job: tuple) -> tuple:
    """tag_job and then the article's events entry (newsline.build.events_entry_job) in one task
    of a pool worker, with the signals the merge reads of each of its reports' sentences:
    the per-article work of the events stage done beside the tagging on every core, instead of
    in a second round of tasks (which sent every tagged article to the workers again) and, for
    the signals, in the build process during the merge, while the other cores idle.

    job: (article, tags cache folder or None, its tags_key, events cache folder or None, its
    events_key). Returns (True, the expressions or their entry's bytes, the events entry or its
    bytes, [(signals entry key, Signals)]) or (False, why the tagger failed, None, []). The
    events are those of the expressions checked_spans keeps, as the events stage makes them;
    an entry's notes are the warnings about them as (line, message)."""
    from newsline.build import events_entry_job
    from newsline.merge_cache import signal_seeds

    article, tags_folder, tag_key, events_folder, key = job
    ok, value = tag_job((article.body, article.lang, article.date, tags_folder, tag_key))
    if not ok:
        return False, value, None, []
    timexes = Cache.entry_value(value) if isinstance(value, bytes) else value
    local = Problems(Path(os.sep))  # of its warnings only the lines and messages are kept
    kept = checked_spans(article, timexes, local)
    notes = tuple((p.line, p.message) for p in local.items)
    entry = events_entry_job((TaggedArticle(article, kept), None, key, notes))
    seeds = signal_seeds(entry[1], WorkerSignals())
    if events_folder is not None:
        entry = Cache(events_folder).put_entry(key, entry) or entry
    return True, value, entry, seeds


class WorkerSignals(dict):
    """event_signals' `known` for one article in a pool worker (args -> Signals, the article's
    seeds), sharing the signals of sentences differing only in their dates
    (sentence_keys.template) with the articles this worker tagged before, as the merge shares
    them over all articles in the build process: else each article worked out its own again
    (at 300 bench articles 6,175 signals() calls in all, 4,705 in a merge that made them)."""

    templates: dict = {}  # template -> Signals, of this worker process
    LIMIT = 8192  # templates kept at most (then forgotten at once): a worker's memory stays small

    def get(self, args, default=None):
        found = dict.get(self, args)
        if found is None:
            from newsline.sentence_keys import template

            self._form = args, template(*args)
            found = self.templates.get(self._form[1]) if self._form[1] is not None else None
            if found is not None:
                dict.__setitem__(self, args, found)
        return default if found is None else found

    def __setitem__(self, args, value) -> None:
        dict.__setitem__(self, args, value)
        asked, form = getattr(self, "_form", (None, None))
        if asked is not args:
            from newsline.sentence_keys import template

            form = template(*args)
        if form is not None:
            if len(self.templates) >= self.LIMIT:
                self.templates.clear()
            self.templates[form] = value


def pooled(run, count: int) -> bool:
    """Whether `count` articles are tagged on a pool of worker processes (tag_events_job)."""
    return getattr(run, "name", None) == "process" and getattr(run, "workers", 1) > 1 \
        and count >= SMALL_BATCH


def tag_articles(articles: list[Article], problems: Problems, run=None, cache: Cache | None = None,
                 tell: Progress | None = None) -> list[TaggedArticle]:
    """Run the temporal tagger on each body; a tagger failure is reported, never a traceback.

    Results are cached by body, language, publication time and tagger version; only misses
    are tagged, on the executor `run` (default: in this process).
    """
    version = tagger_version()
    found = tagger_results(articles, [tags_key(a, version) for a in articles], run, cache, tell)
    tagged = []
    for article, timexes in zip(articles, found):
        if failed(article, timexes, problems):
            continue
        tagged.append(TaggedArticle(article, checked_spans(article, timexes, problems)))
    return tagged


def tagger_results(articles: list[Article], keys: list[str], run=None, cache: Cache | None = None,
                   tell: Progress | None = None) -> list:
    """The tagger's expressions of each article (a list), taken from `cache` under its key in
    `keys` (newsline.incremental.tags_key) or tagged on `run` and put there; (why the tagger
    failed,) for an article it failed on."""
    run = run or make_executor("inline")
    tell = tell or Progress()
    cache = cache if cache is not None else Cache(None)
    found = cache.get_many(keys)
    todo = [i for i, value in enumerate(found) if value is MISSING]
    with tell.task("tagging", len(todo)) as advance:
        folder = workers_cache(run, cache)
        results = list(run.map(tag_job, [(articles[i].body, articles[i].lang, articles[i].date,
                                          folder, keys[i]) for i in todo], advance))
    with gc_paused():
        for at, (i, (ok, value)) in enumerate(zip(todo, results)):
            if ok and isinstance(value, bytes):
                value = Cache.entry_value(value)
            results[at] = None  # each entry's bytes go once they are objects
            found[i] = value if ok else (value,)
            if ok and folder is None:
                cache.put(keys[i], value)
            elif ok:
                cache.put_by_worker(keys[i])
    del results
    return found


def tagged_with_events(articles: list[Article], todo: list[int], tag_keys: list[str],
                       keys: list[str], fresh: dict, stage: TagStage, run, caches: Caches,
                       tell: Progress) -> dict:
    """Tag the articles at the indexes `todo` on the pool and make their events there
    (tag_events_job): each one's events entry goes into `fresh` by its index (and the
    caches), its reports' signals into stage.seeds. Returns index -> expressions, or (why
    the tagger failed,), as tagger_results gives them."""
    tags_folder, events_folder = workers_cache(run, caches.tags), workers_cache(run, caches.events)
    with tell.task("tagging", len(todo)) as advance:
        results = run.map(tag_events_job, [(articles[i], tags_folder, tag_keys[i], events_folder,
                                            keys[i]) for i in todo], advance)
    made = {}
    with gc_paused():
        for at, (i, (ok, value, entry, seeds)) in enumerate(zip(todo, results)):
            results[at] = None  # each entry's bytes go once they are objects
            if not ok:
                made[i] = (value,)
                continue
            made[i] = Cache.entry_value(value) if isinstance(value, bytes) else value
            fresh[i] = Cache.entry_value(entry) if isinstance(entry, bytes) else entry
            for cache, key, folder in ((caches.tags, tag_keys[i], tags_folder),
                                       (caches.events, keys[i], events_folder)):
                if folder is None:
                    cache.put(key, made[i] if cache is caches.tags else fresh[i])
                else:
                    cache.put_by_worker(key)
            stage.seeds.extend(seeds)
    return made


def workers_cache(run, cache: Cache):
    """The folder where the executor's workers put their results themselves (as an absolute
    path), None when the work runs in this process (which puts them, not paying to unpickle
    what it made) or may run on other machines (Dask, an executor of the caller's): their
    entries would land on those machines' disks, never in this build's cache."""
    if getattr(run, "name", None) != "process" or cache.folder is None:
        return None
    return cache.folder.absolute()


def checked_spans(article: Article, timexes, problems: Problems | None) -> tuple:
    """The expressions whose span is really their text in the body, sorted; others warned of
    (unless `problems` is None: a build reading them again warned of them before)."""
    kept = []
    body = article.body  # once: a shelved article unpacks it at each read
    for timex in timexes:
        if 0 <= timex.start < timex.end <= len(body) and body[timex.start:timex.end] == timex.text:
            kept.append(timex)
        elif problems is not None:
            line = article.body_line + body.count("\n", 0, max(timex.start, 0))
            problems.warning(article.path, line, f"tagger span {timex.start}-{timex.end} "
                                                 f"does not match {timex.text!r}; ignored")
    return tuple(sorted(kept, key=lambda t: (t.start, t.end)))


def failed(article: Article, timexes, problems: Problems) -> bool:
    """Whether the tagger failed on `article` (`timexes` is then (why,)): an error then."""
    if isinstance(timexes, tuple):
        problems.error(article.path, article.body_line,
                       f"the temporal tagger failed on this article: {timexes[0]}")
        return True
    return False


def noted_spans(article: Article, timexes, problems: Problems) -> tuple[tuple, tuple]:
    """(checked_spans, its warnings as (line, message), which an events entry keeps); the
    warnings go to `problems` too."""
    local = Problems(problems.root)
    kept = checked_spans(article, timexes, local)
    problems.items.extend(local.items)
    return kept, tuple((p.line, p.message) for p in local.items)


@dataclass
class TagStage:
    """What the tag stage hands the events stage (tagged_articles). Each list is in the order
    of `articles`."""

    articles: list[TaggedArticle]  # a StoredTaggedArticle where `found` holds the events
    keys: list[str]  # each article's events_key (newsline.incremental)
    found: list  # each article's events entry (events_entry_job) from the cache, or MISSING
    # for an article whose events are to be made: the warnings about its expressions
    # (checked_spans) as (line, message), kept with its entry; None: the entry is not kept
    notes: dict[int, tuple | None]
    expressions: int
    # (entry key, Signals) of the reports of the articles tagged on the pool: their sentences'
    # signals for the merge, worked out there (tag_events_job; newsline.merge_cache)
    seeds: list = field(default_factory=list)


def tagged_articles(articles: list[Article], problems: Problems, run, caches: Caches,
                    tell: Progress) -> TagStage:
    """tag_articles for the build. An article whose events the cache holds under its
    events_key (made of its fields and its key in the tagger's cache, which stands for its
    expressions) is not tagged, nor are its expressions read: it comes as a StoredTaggedArticle,
    which reads them from the tagger's cache should its page be made again. A one-change
    rebuild thus reads the expressions of the changed article and of the pages it touches
    only (at 1,000 articles they were 0.1 s of CPU time to read and 0.1 s to shelve)."""
    version = tagger_version()
    tag_keys = [tags_key(a, version) for a in articles]
    keys = [events_key(a, k) for a, k in zip(articles, tag_keys)]
    found = caches.events.get_many(keys)
    todo = [i for i, entry in enumerate(found) if entry is MISSING]
    stage = TagStage([], [], [], {}, 0)
    fresh: dict[int, tuple] = {}  # index -> its events entry made beside its tagging
    if pooled(run, len(todo)):  # the events are made on the pool too
        made = tagged_with_events(articles, todo, tag_keys, keys, fresh, stage, run, caches,
                                  tell)
    else:
        made = dict(zip(todo, tagger_results([articles[i] for i in todo],
                                             [tag_keys[i] for i in todo], run, caches.tags,
                                             tell)))
    load = stored_expressions(caches.tags, problems.root)
    for i, article in enumerate(articles):
        entry = found[i]
        if entry is not MISSING:
            caches.tags.keep(tag_keys[i])  # not read, still wanted: prune_unused leaves it
            for line, message in entry[3]:
                problems.warning(article.path, line, message)
            tagged, count = StoredTaggedArticle(article, tag_keys[i], load), entry[2]
        else:
            timexes = made[i]
            if failed(article, timexes, problems):
                continue
            kept, notes = noted_spans(article, timexes, problems)
            tagged = TaggedArticle(article, kept)
            entry = fresh.get(i, MISSING)
            if entry is MISSING:  # its events are made by the events stage
                stage.notes[len(stage.articles)] = notes
            count = len(tagged.timexes)
        stage.articles.append(tagged)
        stage.keys.append(keys[i])
        stage.found.append(entry)
        stage.expressions += count
    return stage


class RetagFailed(ContentError):
    """The tagger failed on an article tagged again for its page (its entry gone from the
    tagger's cache since its events were made): the build's error about the article, with its
    file and line, as when it fails in the tag stage; its text is that one line (a page made
    in the render helper tells the build process no more than that)."""

    def __str__(self) -> str:
        return "; ".join(problem.format() for problem in self.problems.errors)


def stored_expressions(cache: Cache, root: Path):
    """load(article, key) of a StoredTaggedArticle: the expressions the tagger's cache holds
    under `key`, checked as the build checked them when it made the article's events; tagged
    again (and put back) should the entry be gone since, and RetagFailed should the tagger
    fail on it then (`root`: the project's, which the error's path is relative to)."""

    def load(article: Article, key: str) -> tuple:
        timexes = cache.get(key)
        if timexes is MISSING:
            ok, timexes = tag_job((article.body, article.lang, article.date))
            if not ok:
                problems = Problems(root)
                failed(article, (timexes,), problems)
                raise RetagFailed(problems)
            cache.put(key, timexes)
        return checked_spans(article, timexes, None)

    return load


def known_events(tagged: list[TaggedArticle], root: Path, caches: Caches) -> TagStage:
    """The TagStage of articles tagged by tag_articles (`newsline check`): their events entries
    as the build finds them. An entry counts only where it was made of these very expressions
    (its expressions_digest). An article's entry made here is kept when its expressions are
    the tagger's (as its cache gives them), with the warnings about them read again from there
    (tag_articles gave them already); an article given other expressions is keyed by its
    content instead (tagged_key), and its events are not kept."""
    version = tagger_version()
    tag_keys = [tags_key(t.article, version) for t in tagged]
    keys = [events_key(t.article, k) for t, k in zip(tagged, tag_keys)]
    found = caches.events.get_many(keys)
    notes = {}
    for i, one in enumerate(tagged):
        mine = expressions_digest(one.timexes)
        if found[i] is not MISSING and found[i][4] == mine:
            continue
        found[i], notes[i] = MISSING, None
        timexes = caches.tags.get(tag_keys[i])
        kept, warned = (None, None) if timexes is MISSING else \
            noted_spans(one.article, timexes, Problems(root))
        if kept is not None and expressions_digest(kept) == mine:
            notes[i] = warned
        else:
            keys[i] = tagged_key(one)
    return TagStage(list(tagged), keys, found, notes, sum(len(t.timexes) for t in tagged))
