"""scripts/bench_build.py's memory figures: pages a forked process shares with its parent are
counted once by the PSS sum and twice by the RSS sum."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from bench_build import tree_memory_kb  # noqa: E402


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux /proc")
def test_pages_shared_with_a_forked_child_count_once_in_the_pss_sum():
    shared = bytearray(os.urandom(1 << 20)) * 64  # 64 MB resident here, shared after the fork
    alone_rss, alone_pss = tree_memory_kb(os.getpid())
    ready, go = os.pipe()
    done, wait = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child holds the shared pages untouched until told to go
        try:
            os.close(ready)
            os.write(go, b"x")
            os.read(done, 1)
        finally:
            os._exit(0)
    try:
        os.close(go)
        assert os.read(ready, 1) == b"x"
        rss, pss = tree_memory_kb(os.getpid())
    finally:
        os.write(wait, b"x")
        os.waitpid(pid, 0)
    assert len(shared) == 64 << 20
    assert rss - alone_rss > 50 << 10  # the child's RSS counts the 64 MB again
    assert pss - alone_pss < 20 << 10  # its PSS takes half of them from the parent's
    assert pss < rss


def test_a_process_that_is_gone_counts_nothing():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    assert tree_memory_kb(pid) == (0, 0)
