"""A build killed outright (SIGKILL, the OOM killer) takes its pool workers with it."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from maintkit import REPO

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="PR_SET_PDEATHSIG is Linux's")

STARTER = """
import os, sys, threading, time
from newsline.executors import ProcessExecutor
from worker_pid import worker_pid
if sys.argv[1] == "thread":  # another thread running: the pool starts its workers by forkserver
    threading.Thread(target=time.sleep, args=(600,), daemon=True).start()
pool = ProcessExecutor(workers=2)
print(" ".join(map(str, sorted(set(pool.map(worker_pid, range(200)))))), flush=True)
time.sleep(600)
"""


def alive(pid: int) -> bool:
    """Running (not gone, not a zombie waiting to be reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def descendants(root: int) -> list[int]:
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    found, todo = [], [root]
    while todo:
        one = todo.pop()
        children = [pid for pid, parent in parents.items() if parent == one]
        found += children
        todo += children
    return sorted(found)


@pytest.mark.parametrize("start", ["fork", "thread"])
def test_workers_end_when_the_build_is_killed(start, tmp_path):
    (tmp_path / "worker_pid.py").write_text("import os\n\ndef worker_pid(n):\n"
                                            "    return os.getpid()\n")
    starter = subprocess.Popen([sys.executable, "-c", STARTER, start], cwd=tmp_path,
                               stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{tmp_path}"})
    workers = []
    try:
        workers = [int(pid) for pid in starter.stdout.readline().split()]
        assert workers and os.getpid() not in workers and starter.pid not in workers
        assert all(alive(pid) for pid in workers)
        # and every other process the pool started (a worker that got no work; the forkserver
        # and the resource tracker, which end once no worker holds their pipes)
        workers = descendants(starter.pid)
        assert len(workers) >= 2
        os.kill(starter.pid, signal.SIGKILL)
        starter.wait(10)
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in workers if alive(pid)], "pool workers outlived the build"
    finally:
        starter.kill()
        for pid in workers:  # whatever outlived it (on a system without the guard)
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
