"""A rebuild reads an unchanged article's expressions from the tagger's cache only for the pages
it makes again, and tags the article anew should that entry be gone. A tagger failure then is
the build's error about the article (its file and line), as in the tag stage: no traceback,
the previous site left as it was."""

import argparse
import shutil

import newsline.timex as timex
from maintkit import articles, project, tree

from newsline.build import build, cmd_build


def test_tagger_failing_on_a_page_made_again_is_one_error_with_file_and_line(
        tmp_path, monkeypatch, capsys):
    root = project(tmp_path / "p", count=6)
    build(root, executor="inline")
    slug = articles(root)[2].stem
    page = root / "build" / "articles" / slug / "index.html"
    assert page.is_file()
    # the article's page must be made again, and its expressions are no longer in the cache
    page.unlink()
    shutil.rmtree(root / ".cache" / "pages")
    shutil.rmtree(root / ".cache" / "tags")
    before = tree(root / "build")

    def fails(body, lang, published):
        raise ValueError("grammar exploded")

    monkeypatch.setattr(timex, "tag", fails)
    args = argparse.Namespace(root=root, out=None, drafts=False, executor="inline",
                              scheduler=None, jobs=None)
    assert cmd_build(args) == 1
    said = capsys.readouterr().err
    assert "Traceback" not in said
    lines = [line for line in said.splitlines() if "the temporal tagger failed" in line]
    assert len(lines) == 1, said
    where = lines[0].split(": ", 1)[0]
    path, line = where.rsplit(":", 1)
    assert path == f"content/articles/{slug}.md" and int(line) > 1
    assert lines[0].endswith("the temporal tagger failed on this article: "
                             "ValueError: grammar exploded")
    assert "previous build was left as it was" in said
    assert tree(root / "build") == before
