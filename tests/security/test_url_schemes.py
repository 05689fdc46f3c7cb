"""javascript:, vbscript: and data: URLs: an error with file:line in front matter, dropped in
Markdown, whatever their spelling (case, whitespace, control characters, entities)."""

from __future__ import annotations

import pytest

from newsline.build import build
from newsline.problems import ContentError
from newsline.render.markup import sanitize
from sitekit import front_matter, make_project

SCRIPT_URLS = [
    "javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
    "java\tscript:alert(1)", "java\nscript:alert(1)", "\x01javascript:alert(1)",
    "javascript://example.org/%0aalert(1)", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD4=",
    "DATA:image/svg+xml,<svg onload=alert(1)>", "jav&#x61;script:alert(1)",
    "&#106;avascript:alert(1)", "javascript&colon;alert(1)", "//evil.example/x",
    "https:/\\evil.example", "file:///etc/passwd", "ftp://example.org/x",
]


def _article(url: str) -> str:
    import json

    return front_matter(title="Link", date="2024-04-30", lang="en", source="Ledger",
                        url=json.dumps(url), topics="[verkehr]") + "\nOn May 1, 2024 it rained.\n"


@pytest.mark.parametrize("url", SCRIPT_URLS)
def test_a_front_matter_url_that_is_not_http_is_an_error_with_file_and_line(tmp_path, url):
    project = make_project(tmp_path / "p", articles={"link.md": _article(url)})
    with pytest.raises(ContentError) as caught:
        build(project)
    messages = [p.format() for p in caught.value.problems.errors]
    assert len(messages) == 1 and messages[0].startswith(
        "content/articles/link.md:6: url must be an http(s) address"), messages
    assert not (project / "build").exists()


@pytest.mark.parametrize("url", SCRIPT_URLS)
def test_markdown_and_html_links_with_such_urls_lose_their_target(url):
    for source in (f'<a href="{url}">x</a>', f"<img src=\"{url}\">",
                   f"<form action=\"{url}\"></form>"):
        html = sanitize(source)
        assert "script:" not in html.lower() and "data:" not in html.lower(), html
        assert "file:" not in html and "ftp:" not in html


def test_markdown_links_keep_their_text_and_lose_a_script_target(tmp_path):
    body = ("\nOn May 1, 2024 see [the record](javascript:alert(1)), [an image](data:x,y) and "
            "[a page](https://example.org/ok).\n\n[ref]: vbscript:msgbox(1)\n\nAlso [ref][ref].\n")
    fm = front_matter(title="Links", date="2024-04-30", lang="en", source="Ledger",
                      topics="[verkehr]")
    project = make_project(tmp_path / "p", articles={"links.md": fm + body})
    page = (build(project).out / "articles" / "links" / "index.html").read_text("utf-8")
    assert "the record" in page and "a page" in page
    assert 'href="https://example.org/ok"' in page
    for scheme in ("javascript:", "vbscript:", "data:x"):
        assert scheme not in page
