"""Article pages rendered on the build's process pool (newsline.render.ahead): the
same bytes as one process, with one worker or two, through the page cache or without it; the
pieces the workers made are kept for the next build; damaged cache entries are made again."""

from dataclasses import replace

import pytest
from maintkit import project

from newsline.build import load_site, render, site_events, tag_articles
from newsline.cache import Cache
from newsline.executors import InlineExecutor, ProcessExecutor
from newsline.incremental import PageMemo
from newsline.problems import Problems
from newsline.reader import read_articles
from newsline.render import ahead
from newsline.render.pages import theme_dirs

ARTICLES = 30  # more than ahead.MIN_PAGES: a cold render sends its article pages to the pool


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = project(tmp_path_factory.mktemp("pool") / "p", count=ARTICLES)
    problems = Problems(root)
    site, _ = load_site(root, problems)
    tagged = tag_articles(read_articles(site, problems), problems)
    events = site_events(root, tagged, problems)
    assert not problems.errors and len(tagged) == ARTICLES >= ahead.MIN_PAGES
    return site, tagged, events


@pytest.fixture(scope="module")
def alone(corpus):
    return render(*corpus)


def memo_in(folder, site) -> PageMemo:
    return PageMemo(Cache(folder), PageMemo.version_of(site, theme_dirs(site)))


def changed(events):
    events = list(events)
    middle = len(events) // 2
    events[middle] = replace(events[middle], text=events[middle].text + " (geändert)")
    return events


def started(run) -> bool:
    return getattr(run, "_pool", None) is not None


@pytest.mark.parametrize("workers", [1, 2])
def test_the_pool_renders_the_bytes_of_one_process(corpus, alone, workers):
    run = ProcessExecutor(workers)
    try:
        assert render(*corpus, None, run) == alone
        assert started(run) == (workers == 2)  # one worker: every page rendered here
    finally:
        run.close()


def test_through_the_page_cache_the_pool_gives_the_same_site_and_pieces(corpus, alone, tmp_path):
    site, tagged, events = corpus
    runs = {"pool": ProcessExecutor(2), "here": InlineExecutor()}
    made = {}
    try:
        for name, run in runs.items():
            memo = memo_in(tmp_path / name, site)
            assert render(site, tagged, events, memo, run) == alone
            assert started(run) == (name == "pool")
            memo.pieces.save()
            kept = memo_in(tmp_path / name, site).pieces
            for t in tagged:  # every entry of every article page, those made by workers too
                for event in events:
                    if any(m.slug == t.article.slug for m in event.sources):
                        key = kept.event_key(event)
                        assert key in kept._kind(f"item-{t.article.lang}")[0][key[0]]
            again = memo_in(tmp_path / name, site)
            assert render(site, tagged, events, again, run) == alone
            assert again.rendered == [] and again.pieces.made == 0
            # the pieces the workers made (the English pages' entries too) were kept
            edited = memo_in(tmp_path / name, site)
            files = render(site, tagged, changed(events), edited, run)
            assert files == render(site, tagged, changed(events))
            made[name] = (sorted(edited.rendered), edited.pieces.made)
    finally:
        for run in runs.values():
            run.close()
    assert made["pool"] == made["here"]
    assert 0 < made["pool"][1] <= 8  # the changed event's pieces, not every event's


def test_damaged_cache_entries_are_made_again(corpus, alone, tmp_path):
    site, tagged, events = corpus
    run = ProcessExecutor(2)
    try:
        memo = memo_in(tmp_path / "c", site)
        render(site, tagged, events, memo, run)
        memo.pieces.save()
        for entry in sorted((tmp_path / "c").rglob("*"))[::3]:  # pages and pieces alike
            if entry.is_file():
                entry.write_bytes(b"not a pickle")
        again = memo_in(tmp_path / "c", site)
        assert render(site, tagged, events, again, run) == alone
        assert again.cache.damaged > 0 and again.rendered
    finally:
        run.close()


def test_pages_the_cache_holds_are_not_sent(corpus, tmp_path):
    site, tagged, events = corpus
    memo = memo_in(tmp_path / "c", site)
    render(site, tagged, events, memo)
    pages = [(f"articles/{t.article.slug}/index.html", t) for t in tagged]
    assert all(memo.has(path, (t, [e for e in events if any(m.slug == t.article.slug
                                                               for m in e.sources)]))
               for path, t in pages)
    run = ProcessExecutor(2)
    try:
        render(site, tagged, changed(events), memo_in(tmp_path / "c", site), run)
        assert not started(run)  # a few pages changed: rendered here, no workers started
    finally:
        run.close()


def test_at_most_max_pages_are_sent(corpus, alone, monkeypatch):
    site, tagged, events = corpus
    monkeypatch.setattr(ahead, "MAX_PAGES", ahead.MIN_PAGES)  # the rest rendered here
    sent = []
    job = ahead.article_pages_job
    monkeypatch.setattr(ahead, "article_pages_job", lambda chunk: sent.extend(chunk[1]) or
                        job(chunk))
    assert render(*corpus, None, InlineSubmitter()) == alone
    assert len(sent) == ahead.MIN_PAGES < len(tagged)


class InlineSubmitter(InlineExecutor):
    """The pool's interface run in this process, to see what would be sent."""

    name, workers = "process", 2
