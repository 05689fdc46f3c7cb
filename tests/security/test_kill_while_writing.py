"""A build killed (SIGKILL) at any point of writing leaves build/ the old site or the new one.

The real site of a small project is rendered twice (old and new content). A child process then
writes the new site over the old one with the real writer, but kills itself just before its
k-th file-system call (mkdir, write, rename, exchange, unlink, rmdir) for every k the write
makes, and once more just after the last. After each kill, build/ must hash to the old or the
new tree exactly, and an ordinary build afterwards must produce the new site and clear the
dead process's temporary folder.
"""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sitekit import ARTICLE_DE, ARTICLE_EN, REPO, make_project, tree_bytes, tree_hash

CHILD = textwrap.dedent('''
    import os, pickle, shutil, signal, sys
    from pathlib import Path

    import newsline.writer as writer

    files, out, kill_at = pickle.loads(Path(sys.argv[1]).read_bytes())
    calls = 0

    def counted(function):
        def call(*args, **kwargs):
            global calls
            calls += 1
            if calls == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return function(*args, **kwargs)
        return call

    for name in ("mkdir", "rename", "unlink", "rmdir"):
        setattr(os, name, counted(getattr(os, name)))
    Path.write_bytes = counted(Path.write_bytes)
    writer.open = counted(open)  # the writer's own files (the module's name shadows the builtin)
    writer.exchange = counted(writer.exchange)
    writer.write_site(files, Path(out))
    if kill_at == -1:
        print(calls)
    else:
        os.kill(os.getpid(), signal.SIGKILL)  # just after the last call
''')


def _render(project: Path) -> dict[str, bytes]:
    from newsline.build import build

    out = project / "rendered"
    build(project, out=out)
    files = tree_bytes(out)
    shutil.rmtree(out)
    return files


def _write_in_child(tmp: Path, files: dict[str, bytes], out: Path, kill_at: int):
    job = tmp / "job.pickle"
    job.write_bytes(pickle.dumps((files, str(out), kill_at)))
    script = tmp / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, str(script), str(job)], capture_output=True,
                          text=True, env=env, timeout=60)


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("kill")
    project = make_project(tmp / "project")
    old = _render(project)
    (project / "content" / "articles" / "busnetz.md").write_text(
        ARTICLE_DE.replace("1. Juni 2024", "3. Juni 2024"), encoding="utf-8")
    (project / "content" / "articles" / "zweites.md").write_text(
        ARTICLE_EN.replace("June 1, 2024", "July 9, 2024"), encoding="utf-8")
    new = _render(project)
    assert old != new and len(new) > len(old)
    return old, new


def _install(folder: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)


def _hash_of(files: dict[str, bytes], folder: Path) -> str:
    _install(folder, files)
    digest = tree_hash(folder)
    shutil.rmtree(folder)
    return digest


def test_every_kill_point_leaves_the_old_or_the_new_site(tmp_path, sites):
    from newsline.writer import write_site

    old, new = sites
    old_hash, new_hash = _hash_of(old, tmp_path / "o"), _hash_of(new, tmp_path / "n")
    root = tmp_path / "root"
    out = root / "build"
    out.mkdir(parents=True)
    _install(out, old)
    counting = _write_in_child(tmp_path, new, out, kill_at=-1)
    assert counting.returncode == 0, counting.stderr
    total = int(counting.stdout)
    # a file opened per page (and per old file compared), a mkdir per folder, the swap, the cleanup
    assert total > len(new) + 3

    outcomes = {"old": 0, "new": 0}
    for kill_at in range(1, total + 2):
        shutil.rmtree(out)
        _install(out, old)
        result = _write_in_child(tmp_path, new, out, kill_at)
        assert result.returncode == -9, (kill_at, result.stderr)
        digest = tree_hash(out) if out.is_dir() else "build/ is missing"
        assert digest in (old_hash, new_hash), f"killed before call {kill_at} of {total}"
        outcomes["old" if digest == old_hash else "new"] += 1
        for leftover in root.glob(".build-*"):
            shutil.rmtree(leftover)
    assert outcomes["old"] > 0 and outcomes["new"] > 0
    print(f"{total + 1} kill points: {outcomes}")

    # the next build after a kill: the new site, and the dead writer's folder cleared away
    shutil.rmtree(out)
    _install(out, old)
    _write_in_child(tmp_path, new, out, kill_at=total // 2)
    assert [p.name for p in root.iterdir() if p.name.startswith(".build-")]
    write_site(new, out)
    assert tree_hash(out) == new_hash
    assert sorted(p.name for p in root.iterdir()) == ["build"]


def test_a_leftover_folder_of_a_killed_build_does_not_break_the_next_cli_build(tmp_path):
    from sitekit import run_cli

    project = make_project(tmp_path / "project")
    stale = project / ".build-tmp-999999999"  # no process can have this id
    (stale / "articles").mkdir(parents=True)
    (stale / "index.html").write_text("half a site", encoding="utf-8")
    result = run_cli("build", "--root", str(project))
    assert result.returncode == 0, result.stderr
    assert (project / "build" / "index.html").read_text("utf-8") != "half a site"
    assert not stale.exists()
