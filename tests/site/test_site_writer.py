import pytest

from newsline.writer import UnsafePathError, write_site
from sitekit import tree_bytes


def test_the_output_is_exactly_the_new_files(tmp_path):
    out = tmp_path / "build"
    write_site({"index.html": b"one", "stale/page.html": b"old"}, out)
    write_site({"index.html": b"two", "articles/a/index.html": b"a"}, out)
    assert tree_bytes(out) == {"index.html": b"two", "articles/a/index.html": b"a"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build"]  # no temporary folder left


def test_a_failing_write_leaves_the_previous_site_whole(tmp_path):
    out = tmp_path / "build"
    write_site({"index.html": b"old", "assets/site.css": b"body{}"}, out)
    before = tree_bytes(out)
    with pytest.raises(TypeError):
        # the second file is not bytes: writing stops halfway through the new site
        write_site({"a.html": b"new", "b.html": "not bytes", "index.html": b"new"}, out)
    assert tree_bytes(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build"]


@pytest.mark.parametrize("bad", ["../evil.html", "/etc/passwd", "a/../../b", "a//b", "", "a\\b",
                                 "./index.html"])
def test_paths_outside_the_output_are_refused_before_anything_is_written(tmp_path, bad):
    out = tmp_path / "build"
    with pytest.raises(UnsafePathError):
        write_site({"index.html": b"x", bad: b"y"}, out)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_the_output_folder_may_be_anywhere(tmp_path):
    out = tmp_path / "deep" / "site"
    write_site({"index.html": b"x"}, out)
    assert tree_bytes(out) == {"index.html": b"x"}


def test_a_file_is_linked_only_when_every_block_of_it_is_the_same(tmp_path):
    """Unchanged files are hard-linked from the previous build, compared block by block (a
    large one is never read whole): the same bytes over several blocks are linked, one
    changed byte in the last block or in the middle of a block means a fresh write."""
    from newsline.writer import _BLOCK

    out = tmp_path / "build"
    big = bytes(range(256)) * (_BLOCK * 2 // 256) + b"tail"
    last = big[:-1] + b"T"
    middle = bytearray(big)
    middle[_BLOCK + 7] ^= 0xFF
    write_site({"same.json": big, "last.json": big, "middle.json": big, "short": b"ab"}, out)
    before = {name: (out / name).stat().st_ino for name in ("same.json", "last.json", "short")}
    reused = write_site({"same.json": big, "last.json": last, "middle.json": bytes(middle),
                         "short": b"ab"}, out)
    assert reused == 2
    assert (out / "same.json").stat().st_ino == before["same.json"]
    assert (out / "short").stat().st_ino == before["short"]
    assert (out / "last.json").stat().st_ino != before["last.json"]
    assert tree_bytes(out) == {"same.json": big, "last.json": last, "middle.json": bytes(middle),
                               "short": b"ab"}


@pytest.mark.parametrize("before, parts", [
    (None, [b"new ", b"", b"file"]),                       # nothing to compare with
    (b"same bytes in three", [b"same ", b"bytes", b" in three"]),  # linked
    (b"same start, old end", [b"same start", b", new end!"]),      # differs in a later part
    (b"old file, longer", [b"old file"]),                  # the new one is its start
    (b"old", [b"old", b" and more"]),                      # the new one goes on
    (b"", []),                                             # both empty: linked
])
def test_parts_are_written_as_they_come_or_linked_when_they_are_the_previous_file(
        tmp_path, before, parts):
    """ByteParts (a file too large to hold whole) are compared with the previous build's file
    as they come: the same bytes are hard-linked; where they first differ, the matched start
    is taken from the old file and the rest written; the result is always exactly the parts."""
    from newsline.cache import ByteParts
    from newsline.writer import SiteWriter

    out = tmp_path / "build"
    inode = None
    if before is not None:
        write_site({"events.json": before, "index.html": b"x"}, out)
        inode = (out / "events.json").stat().st_ino
    made = []

    def make():
        made.append(1)
        return iter(parts)

    with SiteWriter(out) as writer:
        writer.add("events.json", ByteParts(make))
        writer.add("index.html", b"x")
    assert tree_bytes(out)["events.json"] == b"".join(parts)
    linked = before == b"".join(parts)
    assert ((out / "events.json").stat().st_ino == inode) is linked
    assert writer.reused == (2 if linked else 1 if before is not None else 0)
    assert len(made) == 1  # the parts were made once


def test_parts_that_fail_halfway_leave_the_previous_site_whole(tmp_path):
    """A large file streamed part by part that fails after some parts (matching the previous
    file's start, then not) leaves build/ the previous site, byte for byte and file for file,
    and no temporary folder behind."""
    from newsline.cache import ByteParts
    from newsline.writer import SiteWriter

    out = tmp_path / "build"
    write_site({"events.json": b"[1, 2, 3]", "index.html": b"old"}, out)
    before = tree_bytes(out)
    inode = (out / "events.json").stat().st_ino

    def failing():
        yield b"[1, 2"
        yield b", 4"
        raise ValueError("an event could not be written")

    with pytest.raises(ValueError):
        with SiteWriter(out) as writer:
            writer.add("index.html", b"new")
            writer.add("events.json", ByteParts(failing))
    assert tree_bytes(out) == before and (out / "events.json").stat().st_ino == inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build"]
