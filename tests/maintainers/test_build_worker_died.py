"""A pool worker that dies mid-build (the OOM killer, a SIGKILL) fails the build like any other
failure of it: a message, exit status 1, the previous site left as it was; no traceback."""

import argparse
import multiprocessing
import os
import signal

import newsline.build as build_module
import newsline.tagstage as tag_stage
from maintkit import project, tree

from newsline.build import build, cmd_build
from newsline.executors import SMALL_BATCH



def in_a_worker() -> bool:
    """In a pool worker, forked or started by the forkserver (where this module is imported
    afresh: this process's pid is not known there)."""
    return multiprocessing.parent_process() is not None


def dies_in_a_worker(job):
    """tag_job, but a pool worker running it is killed outright."""
    if in_a_worker():
        os.kill(os.getpid(), signal.SIGKILL)
    return build_module.tag_job(job)


TAG_EVENTS_JOB = tag_stage.tag_events_job


def dies_in_a_worker_making_events(job):
    """tag_events_job (a pool tags articles and makes their events in one task), but a pool
    worker running it is killed outright."""
    if in_a_worker():
        os.kill(os.getpid(), signal.SIGKILL)
    return TAG_EVENTS_JOB(job)


def test_a_worker_killed_while_tagging_fails_the_build_and_keeps_the_site(tmp_path, monkeypatch,
                                                                         capsys):
    root = project(tmp_path / "p", count=SMALL_BATCH + 6, size=400)
    build(root, executor="inline", use_cache=False)
    before = tree(root / "build")
    (root / "content" / "articles" / "zz-new.md").write_text(
        "---\ntitle: Neu\ndate: 2024-03-14T09:30:00\nlang: de\nsource: Stadtanzeiger\n"
        "topics: [verkehr]\n---\n\nDie Arbeiten beginnen am 2. April 2024.\n", encoding="utf-8")
    monkeypatch.setattr(tag_stage, "tag_job", dies_in_a_worker)
    monkeypatch.setattr(tag_stage, "tag_events_job", dies_in_a_worker_making_events)
    args = argparse.Namespace(root=root, out=None, drafts=False, executor="process",
                              scheduler=None, jobs=2)
    assert cmd_build(args) == 1
    said = capsys.readouterr().err
    assert "worker process" in said and "previous build was left as it was" in said
    assert "Traceback" not in said
    assert tree(root / "build") == before


def dies_on_seven(n: int) -> int:
    if n == 7 and in_a_worker():
        os.kill(os.getpid(), signal.SIGKILL)
    return n * 2


def test_a_pool_whose_worker_died_works_again_on_its_next_map():
    """The dev server keeps one pool for its session: one lost worker must not fail every
    rebuild after it."""
    import pytest

    from newsline.executors import ProcessExecutor

    pool = ProcessExecutor(workers=2)
    items = list(range(SMALL_BATCH + 8))
    try:
        with pytest.raises(RuntimeError) as lost:
            pool.map(dies_on_seven, items)
        # before: the broken pool was kept, and every map after it failed (BrokenProcessPool)
        assert pool.map(dies_on_seven, [n for n in items if n != 7]) == \
            [n * 2 for n in items if n != 7]
    finally:
        pool.close()
    assert lost.typename == "WorkerLost"


def test_the_dev_server_reports_a_lost_worker_and_rebuilds_with_a_new_pool(tmp_path, monkeypatch):
    """`newsline serve` keeps one pool for its session: a rebuild whose worker is killed says so
    (terminal and page) and keeps serving; the next rebuild works on a fresh pool."""
    from rich.console import Console

    from newsline.executors import ProcessExecutor
    from newsline.serve import BuildStatus, rebuild

    root = project(tmp_path / "p", count=SMALL_BATCH + 6, size=400)
    out = root / "build"
    printer = Console(file=open(os.devnull, "w"), record=True, width=200)
    status = BuildStatus()
    pool = ProcessExecutor(workers=2)
    try:
        monkeypatch.setattr(tag_stage, "tag_job", dies_in_a_worker)
        monkeypatch.setattr(tag_stage, "tag_events_job", dies_in_a_worker_making_events)
        assert rebuild(root, out, False, printer, status, pool) is False
        _, ok, problems = status.snapshot()
        assert not ok and "worker process died" in problems[0]
        assert "still serving the last good site" in printer.export_text()
        assert not out.exists() or tree(out) == {}
        monkeypatch.undo()
        assert rebuild(root, out, False, printer, status, pool) is True
        assert status.snapshot()[1] is True
        assert (out / "index.html").is_file()
    finally:
        pool.close()
