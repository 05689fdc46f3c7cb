"""Raw HTML in Markdown is cut to an allow-list; site.toml's [html] table may widen it, within
limits: elements and attributes that run code, load content or restyle the page stay refused."""

from __future__ import annotations

import pytest

from newsline.build import build
from newsline.problems import ContentError
from sitekit import SITE_TOML, front_matter, make_project

BODY = ('\nOn May 1, 2024 the <kbd>vote</kbd> passed <span class="note" data-x="1" '
        'title="t">narrowly</span> <u onclick="x()">today</u>.\n')


def _article() -> str:
    return front_matter(title="Vote", date="2024-04-30", lang="en", source="Ledger",
                        topics="[verkehr]") + BODY


def _page(tmp_path, extra_toml: str = "") -> str:
    project = make_project(tmp_path / "p", articles={"vote.md": _article()},
                           site_toml=SITE_TOML.replace("[topics.wahlen]", extra_toml + "\n[topics.wahlen]"))
    page = (build(project).out / "articles" / "vote" / "index.html").read_text("utf-8")
    body = page[page.index('class="article-body"'):]
    return body[:body.index("</div>")]  # the article's own text, not the page around it


def test_by_default_unknown_elements_are_dropped_and_their_text_kept(tmp_path):
    page = _page(tmp_path)
    assert "<kbd>" not in page and "<span class" not in page and "<u" not in page
    assert "vote" in page and "narrowly" in page and "today" in page


def test_a_site_may_allow_more_elements_and_attributes(tmp_path):
    page = _page(tmp_path, '[html]\nallow_tags = ["kbd", "span", "u"]\n'
                           '[html.allow_attributes]\nspan = ["class", "title"]\n')
    assert "<kbd>vote</kbd>" in page
    assert '<span class="note" title="t">narrowly</span>' in page
    assert "<u><mark" in page  # still no event handler
    assert "onclick" not in page and "data-x" not in page


@pytest.mark.parametrize("toml, wanted", [
    ('[html]\nallow_tags = ["script"]\n', "html.allow_tags: <script> can run code"),
    ('[html]\nallow_tags = ["svg", "kbd"]\n', "html.allow_tags: <svg> can run code"),
    ('[html]\nallow_tags = ["iframe"]\n', "html.allow_tags: <iframe>"),
    ('[html]\nallow_tags = ["Bad Tag"]\n', "is not an HTML element name"),
    ('[html]\nallow_tags = "kbd"\n', "html.allow_tags must be a list"),
    ('[html]\nallow_tags = [1]\n', "is not an HTML element name"),
    ('[html.allow_attributes]\na = ["onclick"]\n', "the attribute 'onclick' can run code"),
    ('[html.allow_attributes]\n"*" = ["style"]\n', "the attribute 'style'"),
    ('[html.allow_attributes]\na = ["rel"]\n', "the attribute 'rel'"),
    ('[html.allow_attributes]\nimg = ["src"]\n', "<img> can run code"),
    ('[html.allow_attributes]\np = "class"\n', "must be a list of names"),
    ('html = 3\n', "'html' must be a table"),
])
def test_dangerous_or_malformed_html_settings_are_errors_with_their_line(tmp_path, toml, wanted):
    project = make_project(tmp_path / "p", articles={"vote.md": _article()},
                           site_toml=SITE_TOML.replace("[topics.wahlen]", toml + "\n[topics.wahlen]")
                           if not toml.startswith("html =") else toml + SITE_TOML)
    with pytest.raises(ContentError) as caught:
        build(project)
    messages = [p.format() for p in caught.value.problems.errors]
    assert any(m.startswith("content/site.toml:") and wanted in m for m in messages), messages
    line = int(messages[0].split(":")[1])
    assert line >= 1
