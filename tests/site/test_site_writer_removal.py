"""The old site's folders are removed by a process the build does not wait for, once its files
are gone; the new site is whole and no file of it is touched after the build returns (its
manifest, ctimes included, stays what the build recorded)."""

import os
import subprocess
import time

import newsline.writer as writer
from newsline.incremental import output_manifest
from newsline.writer import REMOVE_LATER_FOLDERS, write_site


def site(version: bytes, folders: int) -> dict[str, bytes]:
    files = {"index.html": b"index " + version}
    for n in range(folders):
        # half the pages are the same in both versions: the new site hard-links them
        files[f"articles/a{n}/index.html"] = b"page %d" % n + (version if n % 2 else b"")
    return files


def test_a_large_old_site_is_emptied_here_and_its_folders_removed_later(tmp_path, monkeypatch):
    started, real = [], subprocess.Popen

    def popen(args, **options):
        started.append(list(args))
        folder = args[-1]
        # what is left for the other process: folders only, none of them the output
        assert os.path.dirname(folder) == str(tmp_path)
        assert os.path.basename(folder).startswith(f".build-old-{os.getpid()}-")
        left = [os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs]
        assert left == []
        return real(args, **options)

    monkeypatch.setattr(writer.subprocess, "Popen", popen)
    out = tmp_path / "build"
    count = REMOVE_LATER_FOLDERS + 20
    write_site(site(b"one", count), out)
    assert started == []  # no old site yet
    new = site(b"two", count)
    write_site(new, out)
    manifest = output_manifest(out)
    assert len(started) == 1 and started[0][:3] == ["rm", "-rf", "--"]

    for _ in range(200):  # the removal ends on its own
        if sorted(p.name for p in tmp_path.iterdir()) == ["build"]:
            break
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build"]
    assert output_manifest(out) == manifest
    assert {p: (out / p).read_bytes() for p in new} == new


def test_a_small_old_site_is_removed_at_once(tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(writer.subprocess, "Popen", lambda *a, **k: started.append(a))
    out = tmp_path / "build"
    write_site(site(b"one", 5), out)
    write_site(site(b"two", 5), out)
    assert started == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build"]


def test_an_output_that_is_a_symbolic_link_loses_the_link_only(tmp_path):
    # build/ a link to a folder of the user's: the new site takes the link's place, and the
    # folder it pointed to keeps every file (large enough to be removed later, and small)
    for folders in (REMOVE_LATER_FOLDERS + 20, 3):
        base = tmp_path / str(folders)
        theirs = base / "www"
        for n in range(folders):
            (theirs / f"d{n}").mkdir(parents=True)
            (theirs / f"d{n}" / "keep.txt").write_bytes(b"theirs %d" % n)
        out = base / "build"
        out.symlink_to(theirs, target_is_directory=True)
        new = site(b"one", 2)
        write_site(new, out)
        assert not out.is_symlink() and {p: (out / p).read_bytes() for p in new} == new
        assert sorted(p.name for p in base.iterdir()) == ["build", "www"]
        assert {str(p.relative_to(theirs)): p.read_bytes() for p in theirs.rglob("*.txt")} == {
            f"d{n}/keep.txt": b"theirs %d" % n for n in range(folders)}


def test_old_folders_that_cannot_take_their_name_for_the_removal_are_removed_here(
        tmp_path, monkeypatch):
    # the name is held (a folder being removed by an earlier process of the same id): the old
    # site's folders go at once, and what holds the name is left to its own removal
    monkeypatch.setattr(writer, "_removals", iter([7]))
    monkeypatch.setattr(writer.subprocess, "Popen", lambda *a, **k: None)
    taken = tmp_path / f".build-old-{os.getpid()}-7"
    (taken / "inside").mkdir(parents=True)
    (taken / "inside" / "file").write_bytes(b"x")
    old = tmp_path / ".build-tmp-1"
    for n in range(REMOVE_LATER_FOLDERS + 5):
        (old / f"d{n}").mkdir(parents=True)
        (old / f"d{n}" / "index.html").write_bytes(b"old")
    writer.remove_later(old)
    assert sorted(p.name for p in tmp_path.iterdir()) == [taken.name]
    assert (taken / "inside" / "file").read_bytes() == b"x"


class Removing:
    """A removal process that has not ended yet (poll() None) until told it has."""

    def __init__(self, args, **options):
        self.args, self.done = list(args), False

    def poll(self):
        return 0 if self.done else None


def test_a_next_build_of_the_same_process_leaves_a_removal_under_way_to_it(tmp_path, monkeypatch):
    # the dev server rebuilds in one process: the old site's folders still being removed are
    # not removed again by its next build (nor is the process dropped while running: reaped)
    started = []
    monkeypatch.setattr(writer.subprocess, "Popen",
                        lambda args, **options: started.append(Removing(args)) or started[-1])
    out = tmp_path / "build"
    count = REMOVE_LATER_FOLDERS + 5
    write_site(site(b"one", count), out)
    write_site(site(b"two", count), out)
    first = tmp_path / os.path.basename(started[0].args[-1])
    write_site(site(b"three", count), out)
    assert len(started) == 2 and first.is_dir()  # still the first process's to remove
    started[0].done = True
    write_site(site(b"four", count), out)  # done (killed): a leftover like any other
    assert not first.is_dir() and len(started) == 3
    assert all(os.path.isdir(p.args[-1]) for p in started[1:])
    assert sorted(writer._removing) == sorted(os.path.abspath(p.args[-1]) for p in started[1:])


def test_without_rm_the_old_folders_are_removed_here(tmp_path, monkeypatch):
    def missing(args, **options):
        raise FileNotFoundError(2, "No such file or directory", args[0])

    monkeypatch.setattr(writer.subprocess, "Popen", missing)  # Windows: no rm
    out = tmp_path / "build"
    count = REMOVE_LATER_FOLDERS + 5
    write_site(site(b"one", count), out)
    new = site(b"two", count)
    write_site(new, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build"]
    assert {p: (out / p).read_bytes() for p in new} == new
