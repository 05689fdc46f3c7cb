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
