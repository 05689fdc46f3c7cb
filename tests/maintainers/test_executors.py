"""Tagging on a process pool or a Dask cluster gives byte for byte the site of the plain loop."""

import subprocess
import sys

import pytest
from maintkit import REPO, project, tree

from newsline.build import build
from newsline.executors import (SMALL_BATCH, DaskExecutor, ExecutorError, InlineExecutor,
                                ProcessExecutor, chunked, make_executor)


def square_minus(n: int) -> int:
    return n * n - 7


def test_pool_keeps_the_order_of_the_items():
    items = list(range(200, 0, -1))
    pool = ProcessExecutor(workers=2)
    done = []
    try:
        assert pool.map(square_minus, items, done.append) == [square_minus(n) for n in items]
        assert pool._pool is not None  # a batch this big really went to the pool
    finally:
        pool.close()
    assert sum(done) == len(items)
    assert InlineExecutor().map(square_minus, items) == [square_minus(n) for n in items]


def test_small_batches_stay_in_this_process():
    pool = ProcessExecutor(workers=2)
    assert pool.map(square_minus, list(range(SMALL_BATCH - 1))) == \
        [square_minus(n) for n in range(SMALL_BATCH - 1)]
    assert pool._pool is None
    assert [len(c) for c in chunked(list(range(10)), 2)] == [2, 2, 2, 2, 2]


def test_process_pool_build_equals_inline_build(tmp_path):
    root = project(tmp_path / "p", count=SMALL_BATCH + 6, size=400)
    inline = build(root, out=tmp_path / "inline", executor="inline", use_cache=False)
    pooled = build(root, out=tmp_path / "pool", executor="process", jobs=2, use_cache=False)
    assert inline.articles == pooled.articles == SMALL_BATCH + 6
    assert tree(tmp_path / "inline") == tree(tmp_path / "pool")


def test_dask_local_cluster_build_is_byte_identical(tmp_path):
    root = project(tmp_path / "p", count=8, size=400)
    inline = build(root, out=tmp_path / "inline", executor="inline", use_cache=False)
    cluster = DaskExecutor(processes=False, workers=2)
    try:
        dask = build(root, out=tmp_path / "dask", executor=cluster, use_cache=False)
    finally:
        cluster.close()
    assert dask.events == inline.events
    assert tree(tmp_path / "inline") == tree(tmp_path / "dask")


def test_dask_scheduler_address(tmp_path):
    from dask.distributed import LocalCluster

    root = project(tmp_path / "p", count=3, size=400)
    build(root, out=tmp_path / "inline", executor="inline", use_cache=False)
    with LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        build(root, out=tmp_path / "remote", executor="dask",
              scheduler=cluster.scheduler_address, use_cache=False)
    assert tree(tmp_path / "inline") == tree(tmp_path / "remote")


def test_dask_missing_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # as if not installed
    with pytest.raises(ExecutorError, match=r"pip install 'newsline\[dask\]'"):
        make_executor("dask")
    with pytest.raises(ExecutorError, match="--scheduler needs --executor dask"):
        make_executor("process", scheduler="127.0.0.1:8786")


def test_cli_without_dask_says_how_to_get_it(tmp_path):
    root = project(tmp_path / "p", count=2, size=300)
    code = ("import sys; sys.modules['dask.distributed'] = None; from newsline.cli import main; "
            f"sys.exit(main(['build', '--root', {str(root)!r}, '--executor', 'dask']))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, timeout=300)
    assert result.returncode == 2
    assert "--executor dask needs Dask" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (root / "build").exists()


def test_an_owned_pool_is_closed_before_the_merge_and_again_at_the_end(tmp_path, monkeypatch):
    """The build closes a pool of its own as soon as the events are made (its workers' memory
    goes before the merge), then once more as it ends; the site is the inline build's."""
    import newsline.build as pipeline

    root = project(tmp_path / "p", count=SMALL_BATCH + 4, size=400)
    inline = build(root, out=tmp_path / "inline", executor="inline", use_cache=False)
    pools: list[ProcessExecutor] = []
    merging_with: list[object] = []

    def make_pool(kind, scheduler=None, workers=None):
        pools.append(ProcessExecutor(2))
        return pools[-1]

    def merge(overrides, reports, tagged, problems):
        merging_with.append(pools[0]._pool)
        return reviewed(overrides, reports, tagged, problems)

    reviewed = pipeline.reviewed_events
    monkeypatch.setattr(pipeline, "make_executor", make_pool)
    monkeypatch.setattr(pipeline, "reviewed_events", merge)
    pooled = build(root, out=tmp_path / "pool", executor="process", use_cache=False)
    assert len(pools) == 1 and merging_with == [None] and pools[0]._pool is None
    assert pooled.articles == inline.articles == SMALL_BATCH + 4
    assert tree(tmp_path / "inline") == tree(tmp_path / "pool")


def test_executors_may_be_closed_twice():
    pool = ProcessExecutor(2)
    assert pool.map(square_minus, list(range(SMALL_BATCH))) == [n * n - 7 for n in range(24)]
    pool.close()
    pool.close()
    cluster = DaskExecutor(processes=False, workers=1)
    assert cluster.map(square_minus, [3, 4]) == [2, 9]
    cluster.close()
    cluster.close()
