"""The site's pages rendered on two cores: one forked process beside the build's own.

Rendering the pages on the build's process pool cost about twice the CPU time: every worker
made again, from pickled events, each event's list entry and hover row that the pages share.
Forked once the overview's pages have made those entries, a single helper process has them,
and the articles, events and templates, copy-on-write, and makes pages from the front of the
list of pages left while this process makes the exports and then takes pages from the back
(a shared pair of counters under a lock: whichever ends first helps the other). The helper
writes each page's bytes to a spool file and its key to the page cache, and sends back where
it put them; this process hands them on (to the writer) as they come, and at the end takes
over the per-event pieces the helper made. Which process makes a page changes nothing in it,
so the site is byte for byte the one rendered here alone.

A failure in the helper (an exception, a crash, a kill) becomes a RenderError here, never a
hang: its end of the pipe closes with it. A failure here kills the helper and reaps it.
Small sites (fewer than MIN_JOBS pages to make), a single core, a process with other threads
(forking one is unsafe), a process holding more memory than MEMORY_BUDGET (the helper's copies
could double it) and systems without fork render everything here, as before.
"""

from __future__ import annotations

import gc
import mmap
import os
import signal
import struct
import tempfile
import threading
import traceback
from typing import Callable, Iterator

from newsline.cache import MISSING

MIN_JOBS = 50  # fewer pages to make than this: the fork and its bookkeeping cost more than they save
# The helper shares this process's memory copy-on-write, but touching an object (its reference
# count) copies the page it lies on: rendering 1,419 pages of 1,000 bench articles, the helper
# ended with 106 MB of its own for the build's 135 MB resident at the fork (the build's peak
# PSS 162 -> 271 MB). So a fork may cost as much again as the build holds then: it is made only
# while that is under MEMORY_BUDGET (a copy keeps a large site's peak under 1 GB, the target
# for 10,000 articles) and under half the memory the system has available.
MEMORY_BUDGET = 512 << 20  # bytes resident in the build's process at the fork
_LOCK_WAIT = 0.5  # seconds between checks that the helper is alive while waiting for the lock


class RenderError(RuntimeError):
    """The helper process rendering pages failed; the message says how and where (in one
    line per cause, fit for the command line), `detail` holds the helper's traceback."""

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.detail = detail


class NoMemo:
    """The memo of a render without a page cache: every page is made."""

    def __call__(self, path: str, inputs, make):
        return make()

    def lookup(self, path: str, inputs, make):
        return MISSING

    def made(self, path: str, value):
        return value

    def made_elsewhere(self, path: str) -> None:
        pass


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def threads() -> int:
    """The threads of this process: those the system lists (Linux), which include threads
    started outside the threading module (_thread, a C library's), else threading's count."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def can_fork() -> bool:
    """Whether a helper may be forked: POSIX fork, two cores or more, and no other thread (a
    lock another thread holds at the fork stays held in the child for good). `newsline
    serve` has its HTTP server's thread: it renders in one process."""
    return hasattr(os, "fork") and cores() >= 2 and threads() == 1


def resident() -> int | None:
    """Bytes resident in this process now (Linux), else its peak so far; None if unknown."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
        import sys

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024  # bytes there, KiB elsewhere
    except (ImportError, OSError, ValueError):
        return None


def available() -> int | None:
    """Bytes of memory the system has available (Linux's MemAvailable), None if unknown."""
    try:
        with open("/proc/meminfo", "rb") as f:
            for line in f:
                if line.startswith(b"MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def memory_allows_fork() -> bool:
    """Whether a helper copying all this process holds stays within MEMORY_BUDGET and half
    the available memory (see MEMORY_BUDGET)."""
    held = resident()
    if held is None:
        return False
    free = available()
    return held <= MEMORY_BUDGET and (free is None or held <= free // 2)


def render_jobs(jobs: list[tuple[str, object, Callable[[], bytes]]], memo,
                meanwhile: Iterator | None = None, merge_pieces=None,
                done: Callable[[], None] | None = None) -> Iterator[tuple[str, object]]:
    """(path, bytes or what the memo gives) of every page of `jobs` (path, memo inputs,
    make), and of `meanwhile` (files made in this process only, such as the exports).

    Pages the memo has need no rendering and come first. With enough left, a helper makes
    them from the front while this process goes through `meanwhile` and then makes them from
    the back; `merge_pieces(made)` takes the helper's new per-event pieces ({kind: {key:
    text}}), and `done()` is called once every page is made (before `meanwhile` when no helper
    is used, as the pages were made before the exports)."""
    todo = []
    if not hasattr(memo, "lookup"):  # a caller's own memo: it decides, page by page, here
        for path, inputs, make in jobs:
            yield path, memo(path, inputs, make)
    else:
        for path, inputs, make in jobs:
            value = memo.lookup(path, inputs, make)
            if value is MISSING:
                todo.append((path, make))
            else:
                yield path, value
    meanwhile = meanwhile if meanwhile is not None else iter(())
    helper = None
    if len(todo) >= MIN_JOBS and can_fork() and memory_allows_fork():
        try:
            helper = Helper.start(todo, memo)
        except OSError:  # no process to be had (a limit on processes, on memory): all here
            helper = None
    if helper is None:
        for path, make in todo:
            yield path, memo.made(path, make())
        if done is not None:
            done()
        yield from meanwhile
        return
    try:
        for item in meanwhile:
            yield item
            yield from helper.ready()
        while (job := helper.take()) is not None:
            path, make = job
            yield path, memo.made(path, make())
            yield from helper.ready()
        yield from helper.finish(merge_pieces)
    finally:
        helper.close()
    if done is not None:
        done()


class Helper:
    """The forked process and this side's end of it (see the module's docstring)."""

    def __init__(self, jobs: list, memo):
        self.jobs, self.memo = jobs, memo
        self.pid: int | None = None
        self._counters = mmap.mmap(-1, 16)  # next job from the front, end of the jobs left
        self._counters[:] = struct.pack("qq", 0, len(jobs))
        import multiprocessing

        self._lock = multiprocessing.get_context("fork").Lock()
        # beside the page cache when there is one: the system's temporary folder may be held
        # in memory (tmpfs), and the spool grows to the bytes of every page the helper makes
        folder = getattr(getattr(memo, "cache", None), "folder", None)
        self._spool = tempfile.TemporaryFile(
            prefix="newsline-pages-", dir=folder if folder is not None and os.path.isdir(
                folder) else None)
        self._receive, self._send = os.pipe()
        self._buffer = b""
        self._finished: tuple | None = None  # the helper's last message
        self._current: str | None = None  # in the helper, the page it is making

    @classmethod
    def start(cls, jobs: list, memo) -> "Helper":
        helper = cls(jobs, memo)
        try:
            helper.pid = os.fork()
        except OSError:
            helper._release()
            raise
        if helper.pid == 0:  # the helper: never returns into the caller's code
            status = 1
            try:
                os.close(helper._receive)
                helper._serve()
                status = 0
            except BaseException as exc:  # noqa: BLE001 - told to the build process, then gone
                try:
                    what = "".join(traceback.format_exception_only(type(exc), exc)).strip()
                    where = f"rendering {helper._current}: " if helper._current else ""
                    helper._tell(("error", where + what, traceback.format_exc()))
                except BaseException:  # noqa: BLE001
                    pass
            finally:
                os._exit(status)
        os.close(helper._send)
        helper._send = None
        return helper

    # --- the helper's side ---

    def _serve(self) -> None:
        # what this process inherited lives on unchanged: left out of the collector's passes,
        # whose marks in every object's header would copy each page of memory it touches
        gc.freeze()
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it with the build
        pieces = getattr(self.memo, "pieces", None)
        before = pieces.made_keys() if pieces is not None else {}
        spool = self._spool.fileno()
        at = 0
        while (index := self._claim_front()) is not None:
            path, make = self.jobs[index]
            self._current = path
            data = bytes(self.memo.made(path, make()))
            self._current = None
            written = 0
            while written < len(data):
                written += os.pwrite(spool, data[written:], at + written)
            self._tell(("page", index, at, len(data)))
            at += len(data)
        made = pieces.made_since(before) if pieces is not None else {}
        import pickle

        blob = pickle.dumps(made, protocol=5)
        os.pwrite(spool, blob, at)
        self._tell(("done", at, len(blob)))

    def _tell(self, message: tuple) -> None:
        import pickle

        data = pickle.dumps(message, protocol=5)
        data = struct.pack("q", len(data)) + data
        while data:
            data = data[os.write(self._send, data):]

    def _claim_front(self) -> int | None:
        with self._lock:
            front, end = struct.unpack("qq", self._counters[:16])
            if front >= end:
                return None
            self._counters[:8] = struct.pack("q", front + 1)
            return front

    # --- this process's side ---

    def take(self) -> tuple[str, Callable] | None:
        """The next page for this process to make, from the back; None when none is left."""
        while not self._lock.acquire(timeout=_LOCK_WAIT):
            self._check_alive()
        try:
            front, end = struct.unpack("qq", self._counters[:16])
            if front >= end:
                return None
            self._counters[8:16] = struct.pack("q", end - 1)
        finally:
            self._lock.release()
        return self.jobs[end - 1]

    def ready(self) -> Iterator[tuple[str, bytes]]:
        """The pages the helper has made since last asked, without waiting."""
        import select

        while self._finished is None and (self._complete() or select.select(
                [self._receive], [], [], 0)[0]):
            yield from self._handle(self._read_message())

    def finish(self, merge_pieces=None) -> Iterator[tuple[str, bytes]]:
        """The rest of the helper's pages, waiting for them; then its pieces are merged."""
        while self._finished is None:
            message = self._read_message()
            yield from self._handle(message)
        _, at, length = self._finished
        made = _unpickle(os.pread(self._spool.fileno(), length, at))
        self._reap(expect_exit=True)
        if merge_pieces is not None and made:
            merge_pieces(made)

    def _handle(self, message) -> Iterator[tuple[str, bytes]]:
        if message is None:
            self._died()
        kind = message[0]
        if kind == "page":
            _, index, at, length = message
            path = self.jobs[index][0]
            data = os.pread(self._spool.fileno(), length, at)
            if len(data) != length:
                raise RenderError(f"the page {path} came back cut short from the render helper")
            self.memo.made_elsewhere(path)
            yield path, data
        elif kind == "done":
            self._finished = message
        else:  # "error"
            self._reap(expect_exit=False)
            raise RenderError(f"rendering pages in a second process failed: {message[1]}",
                              message[2])

    def _complete(self) -> bool:
        """Whether a whole message is read already."""
        return len(self._buffer) >= 8 and \
            len(self._buffer) >= 8 + struct.unpack("q", self._buffer[:8])[0]

    def _read_message(self):
        """The helper's next message (waiting for it), or None when its pipe closed first."""
        while True:
            if len(self._buffer) >= 8:
                size = struct.unpack("q", self._buffer[:8])[0]
                if len(self._buffer) >= 8 + size:
                    data = self._buffer[8:8 + size]
                    self._buffer = self._buffer[8 + size:]
                    return _unpickle(data)
            chunk = os.read(self._receive, 1 << 16)
            if not chunk:
                return None
            self._buffer += chunk

    def _check_alive(self) -> None:
        if self.pid is None:
            return
        pid, status = os.waitpid(self.pid, os.WNOHANG)
        if pid != 0:
            self.pid = None
            self._died(_ended(status))

    def _died(self, how: str | None = None) -> None:
        how = how or self._reap(expect_exit=False)
        raise RenderError(f"the process rendering pages beside the build ended without finishing "
                          f"them ({how})")

    def _reap(self, expect_exit: bool) -> str:
        """Wait for the helper; how it ended. Unless it is expected to exit, it is killed."""
        how = "already reaped"
        if self.pid is not None:
            if not expect_exit:
                try:
                    os.kill(self.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            _, status = os.waitpid(self.pid, 0)
            self.pid = None
            how = _ended(status)
            if expect_exit and how != "exit status 0":
                raise RenderError(f"the process rendering pages beside the build failed ({how})")
        return how

    def close(self) -> None:
        """Kill the helper if it still runs, reap it, and let go of the spool and the pipe."""
        try:
            self._reap(expect_exit=False)
        finally:
            self._release()

    def _release(self) -> None:
        for fd in (self._receive, self._send):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._receive = self._send = None
        self._spool.close()
        self._counters.close()


def _ended(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit status {os.WEXITSTATUS(status)}"


def _unpickle(data: bytes):
    import pickle

    return pickle.loads(data)


def adopt_pieces(pieces, made: dict[str, dict[str, str]]) -> list[str]:
    """Take the helper's new pieces into `pieces` as if made here; the kinds they are of."""
    return pieces.adopt(made)
