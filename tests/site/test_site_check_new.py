from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from newsline.config import load_config
from newsline.new import new_article
from newsline.problems import Problems
from newsline.reader import read_articles
from sitekit import ARTICLE_DE, ARTICLE_EN, make_project, run_cli


def write_build(project, pages):
    for name, text in pages.items():
        path = project / "build" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_check_passes_a_clean_project(tmp_path):
    project = make_project(tmp_path)
    result = run_cli("check", "--root", str(project))
    assert result.returncode == 0, result.stderr
    assert "no problems found" in result.stderr


def test_check_reports_content_and_broken_links_at_once(tmp_path):
    project = make_project(tmp_path, articles={
        "a.md": ARTICLE_DE.replace("lang: de", "lang: xx"), "b.md": ARTICLE_EN})
    write_build(project, {
        "index.html": ('<link rel="stylesheet" href="assets/site.css">\n'
                       '<a href="articles/b/index.html#x-12">ok</a>\n'
                       '<a href="articles/b/index.html#x-99">no such id</a>\n'
                       '<a href="articles/b/">folder</a>\n'
                       '<a href="/articles/b/index.html">absolute</a>\n'
                       '<script src="assets/missing.js"></script>\n'
                       '<a href="https://example.org/">external</a>\n'),
        "assets/site.css": "body { background: url('gone.png'); }\n",
        "articles/b/index.html": '<mark id="x-12">x</mark><a href="../../index.html">home</a>\n',
    })
    result = run_cli("check", "--root", str(project))
    assert result.returncode == 1
    problems = [line for line in result.stderr.splitlines() if ":" in line and "/" in line]
    assert problems == [
        "build/assets/site.css:1: broken link 'gone.png': assets/gone.png does not exist",
        "build/index.html:3: broken link 'articles/b/index.html#x-99': no id 'x-99' on that page",
        "build/index.html:4: link 'articles/b/' names a folder: link its index.html "
        "(file:// shows no folder index)",
        "build/index.html:5: link '/articles/b/index.html' is absolute: the site must work from "
        "any sub-path, use a relative link",
        "build/index.html:6: broken link 'assets/missing.js': assets/missing.js does not exist",
        "content/articles/a.md:4: unknown language 'xx': lang must be one of de, en",
    ]


def test_strict_check_fails_on_warnings(tmp_path):
    project = make_project(tmp_path, articles={
        "a.md": ARTICLE_EN.replace("lang: en", "lang: en\nauthor: Jane")})
    assert run_cli("check", "--root", str(project)).returncode == 0
    strict = run_cli("check", "--strict", "--root", str(project))
    assert strict.returncode == 1
    assert "content/articles/a.md:5: warning: unknown key 'author'" in strict.stderr


def test_new_writes_an_article_the_reader_accepts(tmp_path):
    project = make_project(tmp_path, articles={})
    now = datetime(2024, 5, 2, 8, 15, 30, 999, tzinfo=ZoneInfo("Europe/Zurich"))
    path = new_article(project, 'Neue Linie: "Express" über Zürich', "de", ["verkehr"], now=now)
    assert path == project / "content" / "articles" / "neue-linie-express-ueber-zuerich.md"
    problems = Problems(project)
    [article] = read_articles(load_config(project), problems)
    assert article.title == 'Neue Linie: "Express" über Zürich'
    assert article.date == now.replace(microsecond=0)
    assert article.topics == ("verkehr",) and article.lang == "de"
    assert [p.message for p in problems.sorted()] == [
        "the article has no text after the front matter"]


def test_new_refuses_to_overwrite_and_unknown_topics(tmp_path):
    project = make_project(tmp_path, articles={})
    first = run_cli("new", "Gleicher Titel", "--topic", "verkehr", "--root", str(project))
    assert first.returncode == 0, first.stderr
    path = project / "content" / "articles" / "gleicher-titel.md"
    path.write_text(path.read_text() + "Schon geschrieben.\n")
    before = path.read_bytes()
    again = run_cli("new", "Gleicher Titel", "--root", str(project))
    assert again.returncode == 1 and "exists already" in again.stderr
    assert path.read_bytes() == before
    unknown = run_cli("new", "Anderer Titel", "--topic", "sport", "--root", str(project))
    assert unknown.returncode == 1 and "unknown topic(s) sport" in unknown.stderr
    assert not (project / "content" / "articles" / "anderer-titel.md").exists()


@pytest.mark.parametrize("title", ["!!!", "   "])
def test_new_refuses_titles_without_a_slug(tmp_path, title):
    project = make_project(tmp_path, articles={})
    result = run_cli("new", title, "--root", str(project))
    assert result.returncode == 1 and "empty file name" in result.stderr
