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
