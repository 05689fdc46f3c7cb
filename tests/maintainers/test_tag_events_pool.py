"""On a process pool an article's events, and the signals the merge reads of its reports'
sentences, are made by the worker that tags it (newsline.tagstage.tag_events_job): the build
process no longer works them out while the other cores idle. The site, and the entries the
caches get, are those of the plain loop: a later build finds every one of them."""

import shutil

import newsline.event_signals as event_signals_module
from maintkit import articles, project, tree

from newsline.build import Caches, build
from newsline.merge_cache import SignalsStore
from newsline.executors import SMALL_BATCH


def counting_signals(monkeypatch) -> list:
    """Calls of sentence_keys.signals in this process (a forked worker counts in its own copy)."""
    calls, real = [], event_signals_module.signals

    def counted(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(event_signals_module, "signals", counted)
    return calls


def test_pool_workers_make_the_events_and_signals_and_the_caches_hold_them(tmp_path,
                                                                          monkeypatch):
    root = project(tmp_path / "p", count=SMALL_BATCH + 8, size=700)
    calls = counting_signals(monkeypatch)
    build(root, out=tmp_path / "inline", executor="inline", use_cache=False)
    inline_calls = len(calls)
    assert inline_calls > SMALL_BATCH

    calls.clear()
    pooled = build(root, executor="process", jobs=2)
    assert len(calls) < inline_calls / 4  # the workers worked out the reports' signals
    assert tree(root / "build") == tree(tmp_path / "inline")
    assert pooled.cache["events"][:2] == (0, len(articles(root)))

    # every entry the workers put is found under the keys a plain build looks them up by
    (root / "build" / "index.html").unlink()
    again = build(root, executor="inline")
    assert not again.unchanged
    assert again.cache["events"][:2] == (len(articles(root)), 0)
    assert tree(root / "build") == tree(tmp_path / "inline")

    # and the signals the workers made were kept for the next merge: an edit to one article
    # works out its sentences' signals only
    changed = articles(root)[5]
    changed.write_text(changed.read_text() + "\nDie Stadt plant die Eröffnung am 3. März 2031.\n")
    calls.clear()
    edited = build(root, executor="inline")
    assert edited.cache["events"][:2] == (len(articles(root)) - 1, 1)
    assert 0 < len(calls) <= changed.read_text().count(".")
    cold = build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold") and cold.events == edited.events


def test_a_pooled_rebuild_of_many_edited_articles_equals_a_cold_build(tmp_path, monkeypatch):
    # the workers' events and signals join what the caches hold of the other articles (the
    # signals store loaded, the seeds beside its entries): the site is a cold build's, and
    # the store the next build finds has every report's signals
    root = project(tmp_path / "p", count=2 * SMALL_BATCH + 6, size=600)
    build(root, executor="inline")
    edited = articles(root)[::2][:SMALL_BATCH + 1]
    for n, path in enumerate(edited):
        told = f"\nDie Stadt plant die Eröffnung am {n + 1}. März 2031.\n"
        path.write_text(path.read_text() + told)
    shutil.copytree(root, tmp_path / "inline")
    build(tmp_path / "inline", executor="inline")
    calls = counting_signals(monkeypatch)
    pooled = build(root, executor="process", jobs=2)
    kept = {}
    for project_root in (root, tmp_path / "inline"):
        store = SignalsStore(Caches(project_root).signals)
        kept[project_root] = store.cache.get(store.key)
    # saved with what the merge took from the last build's entry: what a plain build keeps
    assert kept[root].keys() >= kept[tmp_path / "inline"].keys()
    assert pooled.cache["events"][:2] == (len(articles(root)) - len(edited), len(edited))
    assert calls == []  # the edited articles' signals came from the workers
    cold = build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold") and cold.events == pooled.events

    # the store kept both the last build's signals and the workers': an edit to one of the
    # articles the workers tagged works out its own sentences' signals only
    changed = edited[3]
    changed.write_text(changed.read_text() + "\nDer Rat entscheidet am 9. Mai 2031.\n")
    calls.clear()
    again = build(root, executor="inline")
    assert again.cache["events"][:2] == (len(articles(root)) - 1, 1)
    assert 0 < len(calls) <= changed.read_text().count(".")
    build(root, out=tmp_path / "cold2", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold2")


def test_a_worker_shares_the_signals_of_sentences_alike_across_its_articles(tmp_path,
                                                                          monkeypatch):
    # sentences differing only in their dates are worked out once by a worker, whichever of its
    # articles they are in, as a merge over all articles works them out once: the same seeds
    from newsline.config import read_config
    from newsline.event_signals import event_signals
    from newsline.merge_cache import entry_key
    from newsline.problems import Problems
    from newsline.reader import read_articles
    from newsline.tagstage import WorkerSignals, tag_events_job

    root = project(tmp_path / "p", count=40, size=700)
    problems = Problems(root)
    found = read_articles(read_config(root, problems), problems)
    monkeypatch.setattr(WorkerSignals, "templates", {})
    calls = counting_signals(monkeypatch)
    results = [tag_events_job((article, None, "t", None, "e")) for article in found]
    in_workers = len(calls)
    seeds = dict(seed for result in results for seed in result[3])

    calls.clear()
    known: dict = {}
    event_signals([event for result in results for event in result[2][1]], known)
    assert in_workers <= len(calls)
    assert seeds == {entry_key(args): value for args, value in known.items()}
