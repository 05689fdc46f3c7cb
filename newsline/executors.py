"""Where the build's per-article work runs: in this process, on every core, or on a Dask cluster.

Every executor has one operation, `map(function, items)`, that returns the results in the
order of the items, so the site does not depend on which worker finished first: the pool and
the cluster give byte for byte the output of the plain loop. Items travel in chunks (a few per
worker) to keep the per-task overhead small; a handful of items stays in this process, because
starting workers costs more than the work.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import select
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Sequence

EXECUTORS = ("auto", "inline", "process", "dask")
SMALL_BATCH = 24  # below this many items a process pool costs more than it saves
CHUNKS_PER_WORKER = 4


class ExecutorError(RuntimeError):
    """The chosen executor cannot run here (Dask missing, scheduler unreachable)."""


class WorkerLost(RuntimeError):
    """A pool worker died while it had work (killed outright: the OOM killer, a SIGKILL)."""


def _nothing(count: int) -> None:
    pass


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _ignore_interrupts(parent: int | None = None) -> None:
    """A pool worker's initializer. Ctrl-C reaches the whole process group; the main process
    stops the pool, so the workers must not die mid-task printing tracebacks of their own.
    With `parent`, the pid of the process that owns the pool, the worker also ends when that
    process dies (see _end_with)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        _end_with(parent)


def _end_with(parent: int) -> None:
    """End this worker when the process `parent` dies: a build killed outright (SIGKILL, the
    OOM killer) would otherwise leave its workers waiting for work forever (and, started by
    forkserver, the forkserver too: each worker holds the pipe whose end tells it to stop).
    On Linux: a forked worker asks the kernel for SIGTERM at its parent's death (prctl
    PR_SET_PDEATHSIG); one whose parent is the forkserver watches the pool's owner through a
    pidfd on a daemon thread. A parent gone already (before the call) ends the worker now.
    Elsewhere the worker lives as before."""
    if not sys.platform.startswith("linux"):
        return
    if os.getppid() == parent:
        try:
            if ctypes.CDLL(None, use_errno=True).prctl(
                    _PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
                return
        except (OSError, AttributeError):  # no prctl in this libc
            return
        if os.getppid() != parent:  # died between the two calls
            os._exit(1)
        return
    try:
        handle = os.pidfd_open(parent)
    except ProcessLookupError:
        os._exit(1)
    except (OSError, AttributeError):  # a kernel before 5.3
        return
    threading.Thread(target=_exit_when_readable, args=(handle,), daemon=True,
                     name="newsline-parent-watch").start()


def _exit_when_readable(handle: int) -> None:
    """A pidfd is readable once its process has ended."""
    select.select([handle], [], [])
    os._exit(1)


def _run_chunk(function: Callable, chunk: Sequence) -> list:
    return [function(item) for item in chunk]


def chunked(items: Sequence, workers: int) -> list[Sequence]:
    size = max(1, -(-len(items) // (workers * CHUNKS_PER_WORKER)))
    return [items[i:i + size] for i in range(0, len(items), size)]


class InlineExecutor:
    name = "inline"

    def map(self, function: Callable, items: Sequence, done: Callable[[int], None] = _nothing):
        results = []
        for item in items:
            results.append(function(item))
            done(1)
        return results

    def close(self) -> None:
        pass


class ProcessExecutor:
    """A process pool over all cores, started on first use and kept for the executor's life."""

    name = "process"

    def __init__(self, workers: int | None = None):
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # fork is fastest, but forking a process that runs other threads (the dev server)
            # can copy a held lock into the child; forkserver starts clean children instead.
            method = "fork" if threading.active_count() == 1 else "forkserver"
            self._pool = ProcessPoolExecutor(self.workers,
                                             mp_context=multiprocessing.get_context(method),
                                             initializer=_ignore_interrupts,
                                             initargs=(os.getpid(),))
        return self._pool

    def map(self, function: Callable, items: Sequence, done: Callable[[int], None] = _nothing):
        if len(items) < SMALL_BATCH or self.workers < 2:
            return InlineExecutor().map(function, items, done)
        pool = self._start()
        results = []
        try:
            futures = [pool.submit(_run_chunk, function, chunk)
                       for chunk in chunked(items, self.workers)]
            for future in futures:  # in submission order: the output never depends on timing
                part = future.result()
                results.extend(part)
                done(len(part))
        except BrokenProcessPool as exc:
            # a broken pool takes no more work: the next map (the dev server's next rebuild)
            # starts a new one
            self.close()
            raise WorkerLost("a worker process died while the build ran (killed: out of "
                             "memory?)") from exc
        return results

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskExecutor:
    """Tasks on a Dask distributed cluster: the one at `scheduler`, or a LocalCluster."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, processes: bool = True,
                 workers: int | None = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise ExecutorError("--executor dask needs Dask: pip install 'newsline[dask]' "
                                "(or pip install 'dask[distributed]')") from exc
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout=10)
            else:
                self._cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                             threads_per_worker=1, processes=processes,
                                             dashboard_address=None)
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            if self._cluster is not None:
                self._cluster.close()
            raise ExecutorError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))

    def map(self, function: Callable, items: Sequence, done: Callable[[int], None] = _nothing):
        if not items:
            return []
        chunks = chunked(items, self.workers)
        futures = self._client.map(_run_chunk, [function] * len(chunks), chunks, pure=False)
        results = []
        for future in futures:
            part = future.result()
            results.extend(part)
            done(len(part))
        return results

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(kind: str = "auto", scheduler: str | None = None, workers: int | None = None,
                  processes: bool = True):
    """auto: a process pool when there is more than one core, else the plain loop."""
    if kind not in EXECUTORS:
        raise ExecutorError(f"unknown executor {kind!r}: choose one of {', '.join(EXECUTORS)}")
    if scheduler and kind != "dask":
        raise ExecutorError("--scheduler needs --executor dask")
    if kind == "dask":
        return DaskExecutor(scheduler, processes=processes, workers=workers)
    if kind == "inline" or (kind == "auto" and (workers or os.cpu_count() or 1) < 2):
        return InlineExecutor()
    return ProcessExecutor(workers)


