"""Pages rendered in a forked helper beside the build (newsline.render.parallel): the same site
byte for byte as rendered in one process, the page cache and the per-event pieces kept as
well, and a helper that fails or dies is a build error that leaves the previous site whole."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "maintainers"))

from maintkit import articles, project, tree  # noqa: E402

import newsline.render as render_module  # noqa: E402
from newsline.build import build  # noqa: E402
from newsline.cache import Cache  # noqa: E402
from newsline.incremental import last_build  # noqa: E402
from newsline.render import parallel  # noqa: E402
from newsline.render.event_items import EventItems  # noqa: E402


@pytest.fixture
def helpers(monkeypatch):
    """Every page list forks a helper; the pids of those started."""
    started = []
    start = parallel.Helper.start.__func__

    def spy(cls, jobs, memo):
        helper = start(cls, jobs, memo)
        started.append(helper.pid)
        return helper

    monkeypatch.setattr(parallel, "MIN_JOBS", 1)
    monkeypatch.setattr(parallel, "MEMORY_BUDGET", 1 << 62)  # a long test run's pytest is large
    monkeypatch.setattr(parallel, "threads", lambda: 1)  # idle threads other tests left behind
    monkeypatch.setattr(parallel.Helper, "start", classmethod(spy))
    return started


def paged(path: Path, count: int = 24) -> Path:
    root = project(path, count=count)
    toml = root / "content" / "site.toml"
    toml.write_text("events_per_page = 4\nfeed_max_items = 3\n" + toml.read_text("utf-8"),
                    "utf-8")
    return root


def inline(monkeypatch) -> None:
    monkeypatch.setattr(parallel, "MIN_JOBS", 10 ** 9)


def reaped(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_forked_render_writes_the_site_of_an_inline_one(tmp_path, monkeypatch, helpers):
    root = paged(tmp_path / "p")
    forked = build(root, out=tmp_path / "forked", executor="inline", use_cache=False)
    assert len(helpers) == 1 and reaped(helpers[0])
    cached = build(root, out=tmp_path / "cached", executor="inline")  # through the page cache
    assert len(helpers) == 2
    inline(monkeypatch)
    alone = build(root, out=tmp_path / "alone", executor="inline", use_cache=False)
    assert len(helpers) == 2
    site = tree(tmp_path / "alone")
    assert len([name for name in site if name.startswith("articles/")]) == 24
    assert len([name for name in site if "events-" in name]) > 10
    assert tree(tmp_path / "forked") == site
    assert tree(tmp_path / "cached") == site
    assert sorted(cached.rendered) == sorted(alone.rendered)
    assert forked.files == alone.files


def test_pages_and_pieces_made_by_the_helper_serve_the_next_build(tmp_path, monkeypatch,
                                                                   helpers):
    root = paged(tmp_path / "p")
    build(root, executor="inline")
    inline(monkeypatch)
    again = build(root, out=tmp_path / "again", executor="inline")
    # every page the helper made is in the cache (the events' JSON files are made again from
    # their events' pieces for another output folder: the cache does not keep them)
    assert again.rendered and all(p.endswith(("timeline.json", "events.json"))
                                  for p in again.rendered)
    changed = articles(root)[5]
    changed.write_text(changed.read_text() + "\nDie Stadt plant die Eröffnung am 3. März 2031.\n")
    edited = build(root, executor="inline")
    assert f"articles/{changed.stem}/index.html" in edited.rendered
    assert edited.reused_files >= edited.files - len(edited.rendered) - 10
    cold = build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold")
    assert cold.files == edited.files


def test_the_helper_made_the_other_languages_entries(tmp_path, monkeypatch, helpers):
    root = paged(tmp_path / "p")
    monkeypatch.setattr(parallel.Helper, "take", lambda self: None)  # the helper makes them all
    made = []
    adopt = parallel.adopt_pieces
    monkeypatch.setattr(render_module, "adopt_pieces",
                        lambda pieces, new: made.append(sorted(new)) or adopt(pieces, new))
    build(root, executor="inline")
    # the site's language is German: the English articles' entries are the helper's alone
    assert made and "item-en" in made[0]
    # the pages go from the cache (not the entries, kept beside them): all are made again
    state = last_build(Cache.under(root, "state"), root / "build", False)
    for key in state.pages.values():
        (root / ".cache" / "pages" / key[:2] / key).unlink(missing_ok=True)
    inline(monkeypatch)
    pieces = []
    monkeypatch.setattr(render_module, "EventItems", lambda env, site, store: pieces.append(
        store) or EventItems(env, site, store))
    build(root, out=tmp_path / "again", executor="inline")
    assert pieces[0].made == 0  # every entry was kept, those of English events too


def fail_in_helper(monkeypatch, how) -> None:
    build_pid = os.getpid()
    real = render_module.render_article

    def render_article(*args, **kwargs):
        if os.getpid() != build_pid:
            how()
        return real(*args, **kwargs)

    monkeypatch.setattr(render_module, "render_article", render_article)


def raise_error():
    raise ValueError("broken article")


def kill_self():
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize("how, message", [(raise_error, "ValueError: broken article"),
                                          (kill_self, "killed by signal 9")])
def test_a_failing_helper_is_a_build_error_and_the_old_site_stays(tmp_path, monkeypatch,
                                                                  helpers, how, message):
    root = paged(tmp_path / "p", count=12)
    inline(monkeypatch)
    build(root, executor="inline")
    before = tree(root / "build")
    monkeypatch.setattr(parallel, "MIN_JOBS", 1)
    monkeypatch.setattr(parallel.Helper, "take", lambda self: None)  # the helper makes them all
    fail_in_helper(monkeypatch, how)
    with pytest.raises(parallel.RenderError, match=message):
        build(root, executor="inline", use_cache=False)
    assert len(helpers) == 1 and reaped(helpers[0])
    assert tree(root / "build") == before
    assert [p.name for p in root.iterdir() if p.name.startswith(".build-")] == []


def test_a_failure_here_ends_the_helper(tmp_path, monkeypatch, helpers):
    root = paged(tmp_path / "p", count=12)

    def broken(*args, **kwargs):
        raise OSError("disk full")
        yield

    import newsline.exports

    monkeypatch.setattr(newsline.exports, "export_files", broken)
    with pytest.raises(OSError, match="disk full"):
        build(root, executor="inline")
    assert len(helpers) == 1 and reaped(helpers[0])
    assert not (root / "build").exists()


def test_small_sites_and_a_single_core_render_here(tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(parallel.Helper, "start", classmethod(
        lambda cls, jobs, memo: started.append(jobs)))
    root = paged(tmp_path / "p", count=6)
    build(root, executor="inline", use_cache=False)  # fewer pages than MIN_JOBS
    monkeypatch.setattr(parallel, "MIN_JOBS", 1)
    monkeypatch.setattr(parallel, "cores", lambda: 1)
    build(root, out=tmp_path / "one", executor="inline", use_cache=False)
    assert started == []
    assert tree(tmp_path / "one") == tree(root / "build")


def test_a_process_holding_more_than_the_memory_budget_renders_here(tmp_path, monkeypatch,
                                                                    helpers):
    root = paged(tmp_path / "p", count=12)
    held = parallel.resident()
    assert held is not None and held > 10 << 20
    monkeypatch.setattr(parallel, "MEMORY_BUDGET", held // 2)
    build(root, executor="inline", use_cache=False)
    assert helpers == []
    monkeypatch.setattr(parallel, "MEMORY_BUDGET", 1 << 62)
    build(root, out=tmp_path / "forked", executor="inline", use_cache=False)
    assert len(helpers) == 1 and reaped(helpers[0])
    assert tree(tmp_path / "forked") == tree(root / "build")


def test_the_memory_guard_wants_room_for_a_copy_of_this_process(monkeypatch):
    monkeypatch.setattr(parallel, "MEMORY_BUDGET", 512 << 20)
    monkeypatch.setattr(parallel, "resident", lambda: 300 << 20)
    monkeypatch.setattr(parallel, "available", lambda: 8 << 30)
    assert parallel.memory_allows_fork()
    monkeypatch.setattr(parallel, "available", lambda: 500 << 20)  # a copy would leave too little
    assert not parallel.memory_allows_fork()
    monkeypatch.setattr(parallel, "available", lambda: None)  # not known: the budget decides
    assert parallel.memory_allows_fork()
    monkeypatch.setattr(parallel, "resident", lambda: 600 << 20)
    assert not parallel.memory_allows_fork()
    monkeypatch.setattr(parallel, "resident", lambda: None)  # not known: no fork
    assert not parallel.memory_allows_fork()


def test_the_command_line_tells_a_failing_helper_in_a_line_without_a_traceback(
        tmp_path, monkeypatch, helpers, capsys):
    from newsline.cli import main

    root = paged(tmp_path / "p", count=12)
    monkeypatch.setattr(parallel.Helper, "take", lambda self: None)  # the helper makes them all
    fail_in_helper(monkeypatch, raise_error)
    assert main(["build", "--root", str(root), "--executor", "inline"]) == 1
    said = capsys.readouterr()
    text = " ".join((said.out + said.err).split())
    assert "ValueError: broken article" in text
    assert "rendering articles/" in text and "the previous build was left as it was" in text
    assert "Traceback" not in text
    assert len(helpers) == 1 and reaped(helpers[0])
    with pytest.raises(parallel.RenderError) as failed:  # the traceback is kept for the API
        build(root, out=tmp_path / "again", executor="inline", use_cache=False)
    assert "Traceback" in failed.value.detail and "broken article" in failed.value.detail


def test_a_thread_started_outside_the_threading_module_stops_the_fork():
    import _thread
    import threading

    before, known = parallel.threads(), threading.active_count()
    release, running = _thread.allocate_lock(), _thread.allocate_lock()
    release.acquire()
    running.acquire()

    def wait():
        running.release()
        release.acquire()

    _thread.start_new_thread(wait, ())
    running.acquire()
    try:
        assert threading.active_count() == known  # the threading module does not know it
        assert parallel.threads() == before + 1 and not parallel.can_fork()
    finally:
        release.release()


def test_the_spool_lies_in_the_page_cache_not_the_system_temporary_folder(
        tmp_path, monkeypatch, helpers):
    import tempfile

    folders = []
    real = tempfile.TemporaryFile

    def spy(*args, **kwargs):
        folders.append(kwargs.get("dir"))
        return real(*args, **kwargs)

    monkeypatch.setattr(parallel.tempfile, "TemporaryFile", spy)
    root = paged(tmp_path / "p", count=12)
    build(root, executor="inline")
    assert len(helpers) == 1 and len(folders) == 1
    assert Path(folders[0]).resolve().is_relative_to((root / ".cache").resolve())
    build(root, out=tmp_path / "nocache", executor="inline", use_cache=False)
    assert folders[1] is None  # no cache folder: the system's
