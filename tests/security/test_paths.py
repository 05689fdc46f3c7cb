"""No name from content can make the build read or write outside its folders.

Article slugs come from file names (and `newsline new` makes file names from titles), topic
slugs from site.toml: whatever they hold (dots, separators, look-alike Unicode, device names,
more bytes than a file system takes) the site lands under build/, or the build stops with an
error naming the file. Symlinks out of content/ are refused by name.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsline.build import build
from newsline.problems import ContentError
from newsline.reader import slugify
from newsline.safety import MAX_NAME_BYTES, is_inside, name_problem, slug_problem
from newsline.writer import UnsafePathError, safe_parts
from sitekit import ARTICLE_EN, SITE_TOML, make_project

HOSTILE_NAMES = [
    "../../etc/passwd", "..", ".", "...", "/etc/shadow", "C:\\Windows\\win.ini", "a/../../b",
    "\uff0e\uff0e\uff0fetc\uff0fpasswd",  # fullwidth dots and solidus
    "\u2024\u2024\u2215tmp",  # one-dot leader, division slash
    "\u2e2e\u2044x", "\u00a0", "\u200b", "\ufeff", "CON", "con.txt", "Nul", "LPT1", "com9",
    "aux", "\u212a", "\u0131", "\U0001d41a\U0001d41b",
    "\u2167" * 84,  # Roman numeral eight: 3 bytes each, four letters in a slug
    "a" * 250, "\u00e4" * 127,
]


def _written_paths(out: Path) -> list[Path]:
    return [p for p in out.rglob("*")]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_slug_from_any_title_is_a_plain_short_folder_name(name):
    slug = slugify(name)
    assert slug == "" or slug_problem(slug) is None or slug_problem(slug).endswith(
        "is a device name on Windows")
    assert "/" not in slug and "." not in slug and "\\" not in slug
    assert len(slug.encode()) <= MAX_NAME_BYTES


@given(st.text(min_size=0, max_size=400))
@settings(max_examples=100, deadline=None)
def test_slugify_never_gives_a_path(name):
    slug = slugify(name)
    assert slug == "" or slug_problem(slug) in (None,) or "device name" in slug_problem(slug)


def _file_name_for(name: str) -> str | None:
    """`name` as an article file name, where the file system can store it."""
    cut = name.replace("/", "\u2215").replace("\\", "_").replace("\0", "")
    candidate = cut + ".md"
    if len(candidate.encode()) > MAX_NAME_BYTES or cut in ("", ".", ".."):
        return None
    return candidate


@pytest.mark.parametrize("name", [n for n in HOSTILE_NAMES if _file_name_for(n)])
def test_any_article_file_name_builds_inside_build_or_is_named_in_an_error(tmp_path, name):
    file_name = _file_name_for(name)
    project = make_project(tmp_path / "p", articles={file_name: ARTICLE_EN})
    try:
        result = build(project)
    except ContentError as exc:
        messages = [p.format() for p in exc.problems.errors]
        assert any(m.startswith(f"content/articles/{file_name}:1: ") for m in messages), messages
        return
    out = result.out.resolve()
    for path in _written_paths(out):
        assert is_inside(path, out)
        assert name_problem(path.name) is None
    if file_name.startswith("."):  # hidden files are no articles
        assert result.articles == 0
    else:
        assert (out / "articles" / slugify(Path(file_name).stem) / "index.html").is_file()


def test_a_roman_numeral_title_cannot_make_a_folder_name_too_long(tmp_path):
    project = make_project(tmp_path / "p", articles={"\u2167" * 84 + ".md": ARTICLE_EN})
    result = build(project)  # 'viii' * 84 would be 336 bytes: the slug is cut instead
    (page,) = (result.out / "articles").glob("*/index.html")
    assert len(page.parent.name) <= 120


@pytest.mark.parametrize("slug", ["con", "aux", "lpt1", "a" * 121])
def test_topic_slugs_that_cannot_name_a_folder_are_config_errors(tmp_path, slug):
    toml = SITE_TOML + f'\n[topics.{slug}]\ntitle = "Hostile"\n'
    project = make_project(tmp_path / "p", articles={"a.md": ARTICLE_EN}, site_toml=toml)
    with pytest.raises(ContentError) as caught:
        build(project)
    messages = [p.format() for p in caught.value.problems.errors]
    assert any(m.startswith("content/site.toml:") and "topic slug" in m for m in messages)
    assert not (project / "build").exists()


@pytest.mark.parametrize("bad", ["con/index.html", "a/" + "x" * 256, "a/\0b", "\u2024/..",
                                 "assets/../../x"])
def test_the_writer_refuses_unusable_names_before_writing(tmp_path, bad):
    from newsline.writer import write_site

    with pytest.raises(UnsafePathError):
        safe_parts(bad) if ".." not in bad else write_site({bad: b"x"}, tmp_path / "out")
    with pytest.raises(UnsafePathError):
        write_site({"index.html": b"x", bad: b"y"}, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_article_symlinked_from_outside_content_is_refused_by_name(tmp_path):
    secret = tmp_path / "secret.md"
    secret.write_text(ARTICLE_EN.replace("council", "SECRET council"), encoding="utf-8")
    project = make_project(tmp_path / "p", articles={"ok.md": ARTICLE_EN})
    os.symlink(secret, project / "content" / "articles" / "leak.md")
    with pytest.raises(ContentError) as caught:
        build(project)
    messages = [p.format() for p in caught.value.problems.errors]
    assert messages == ["content/articles/leak.md: is a symlink to a file outside content/: "
                        "refused"]


def test_a_symlink_inside_content_is_an_ordinary_article(tmp_path):
    project = make_project(tmp_path / "p", articles={})
    (project / "content" / "drafts").mkdir()
    (project / "content" / "drafts" / "real.md").write_text(ARTICLE_EN, encoding="utf-8")
    os.symlink(project / "content" / "drafts" / "real.md",
               project / "content" / "articles" / "linked.md")
    assert build(project).articles == 1


def test_an_articles_folder_symlinked_from_outside_is_refused(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "a.md").write_text(ARTICLE_EN, encoding="utf-8")
    project = make_project(tmp_path / "p", articles={})
    (project / "content" / "articles").rmdir()
    os.symlink(outside, project / "content" / "articles")
    with pytest.raises(ContentError) as caught:
        build(project)
    assert [p.format() for p in caught.value.problems.errors] == [
        "content/articles: is a symlink to a folder outside content/: refused"]


def test_site_toml_symlinked_from_outside_is_refused(tmp_path):
    outside = tmp_path / "other.toml"
    outside.write_text(SITE_TOML, encoding="utf-8")
    project = make_project(tmp_path / "p", articles={"a.md": ARTICLE_EN})
    (project / "content" / "site.toml").unlink()
    os.symlink(outside, project / "content" / "site.toml")
    with pytest.raises(ContentError) as caught:
        build(project)
    messages = [p.format() for p in caught.value.problems.errors]
    assert "content/site.toml: is a symlink to a file outside content/: refused" in messages


def test_a_symlink_loop_is_an_error_not_a_hang(tmp_path):
    project = make_project(tmp_path / "p", articles={"ok.md": ARTICLE_EN})
    loop = project / "content" / "articles" / "loop.md"
    os.symlink(loop, loop)
    with pytest.raises(ContentError) as caught:
        build(project)
    assert any(p.path == "content/articles/loop.md" for p in caught.value.problems.errors)
