"""Rebuilds after symlinks come or change under content/ and theme/: the build that follows
does what a cold build of the same project does (the inputs' fingerprint and the theme's
version see the links, not only the bytes they lead to)."""

import shutil

import pytest
from maintkit import articles, project, tree

from newsline.build import build
from newsline.problems import ContentError


def test_an_article_replaced_by_a_link_from_outside_to_its_own_bytes_is_refused(tmp_path):
    root = project(tmp_path / "p", count=3)
    build(root, executor="inline")
    article = articles(root)[1]
    outside = tmp_path / "elsewhere.md"
    shutil.copy2(article, outside)
    article.unlink()
    article.symlink_to(outside)
    with pytest.raises(ContentError) as cold:
        build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    with pytest.raises(ContentError) as rebuilt:
        build(root, executor="inline")
    assert [p.message for p in rebuilt.value.problems.errors] == \
        [p.message for p in cold.value.problems.errors] == \
        ["is a symlink to a file outside content/: refused"]


def test_a_template_edited_in_a_linked_theme_folder_is_rendered(tmp_path):
    root = project(tmp_path / "p", count=3)
    shared = tmp_path / "templates"
    shutil.move(root / "theme" / "templates", shared)
    (root / "theme" / "templates").symlink_to(shared)
    build(root, executor="inline")
    base = shared / "base.html"
    base.write_text(base.read_text().replace("</body>", "<!-- edited --></body>"))
    result = build(root, executor="inline")
    assert not result.unchanged and b"<!-- edited -->" in (root / "build" / "index.html").read_bytes()
    build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold")


def test_a_link_to_a_folder_above_it_is_walked_once(tmp_path):
    from newsline.cache import files_digest

    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "f.txt").write_text("one")
    (tmp_path / "a" / "b" / "up").symlink_to(tmp_path / "a")
    (tmp_path / "a" / "loop").symlink_to("loop")
    before = files_digest([tmp_path / "a"])
    (tmp_path / "a" / "b" / "f.txt").write_text("two")
    assert files_digest([tmp_path / "a"]) != before
