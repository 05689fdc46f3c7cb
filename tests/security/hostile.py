"""A project whose every author-controlled field holds XSS payloads, and checks of its output.

Each of the ARTICLES articles gets a different group of payloads in each field (title, source,
url, summary, body, its topic's title and description), rotating so that every payload reaches
every field somewhere; the site's title and description hold all of them. Bodies put payloads inside dated sentences, so they travel on
into event texts, the event list and the Plotly hover labels.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from payloads import PAYLOADS
from sitekit import make_project

N = len(PAYLOADS)
ARTICLES = 10  # few pages keep the browser test fast; each field then holds N / ARTICLES payloads
# How far each field is rotated against the article's own index.
ROTATION = {"title": 0, "source": 7, "summary": 13, "topic": 19, "url": 23,
            "body_a": 29, "body_b": 31, "body_c": 37, "body_d": 41, "body_e": 43}


def payload(field: str, index: int) -> str:
    """The payloads of `field` in article `index`, side by side."""
    first = index + ROTATION[field]
    return " ".join(PAYLOADS[(first + ARTICLES * k) % N] for k in range(-(-N // ARTICLES)))


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's) for any payload."""
    return json.dumps(text, ensure_ascii=True)


def toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=True)


def site_toml() -> str:
    lines = [
        f"title = {toml_string(' | '.join(PAYLOADS))}",
        f"description = {toml_string(' '.join(reversed(PAYLOADS)))}",
        'base_url = "https://example.org/hostile/"',
        'default_lang = "en"',
        'timezone = "UTC"',
    ]
    for i in range(ARTICLES):
        lines += ["", f"[topics.t{i:02d}]", f"title = {toml_string(payload('topic', i))}",
                  f"description = {toml_string(payload('summary', i + 1))}"]
    return "\n".join(lines) + "\n"


def article(i: int) -> str:
    day = 1 + i % 28
    lang = "en" if i % 2 == 0 else "de"
    front = "\n".join([
        "---",
        f"title: {yaml_string(payload('title', i))}",
        f"date: 2024-04-{day:02d}T10:00:00",
        f"lang: {lang}",
        f"source: {yaml_string(payload('source', i))}",
        f"url: {yaml_string('https://example.org/news?q=' + payload('url', i))}",
        f"topics: [t{i:02d}]",
        f"summary: {yaml_string(payload('summary', i))}",
        "---",
        "",
    ])
    if lang == "en":
        prose = (f"On March {day}, 2024 the council met {payload('body_a', i)} and voted. "
                 f"The next vote is planned for June {day}, 2024, {payload('body_b', i)} again.")
        item = f"On May 3, 2024 {payload('body_c', i)} happened."
    else:
        prose = (f"Am {day}. März 2024 tagte der Rat {payload('body_a', i)} und stimmte ab. "
                 f"Die nächste Abstimmung ist für den {day}. Juni 2024 geplant, "
                 f"{payload('body_b', i)} erneut.")
        item = f"Am 3. Mai 2024 geschah {payload('body_c', i)} etwas."
    body = "\n".join([
        payload("body_d", i),
        "",
        prose,
        "",
        f"- {item}",
        "",
        f"> {payload('body_e', i)} quoted",
        "",
        f"See [the record][r{i}] and <span>{payload('title', i)}</span>.",
        "",
        f"[r{i}]: javascript:window.__pwned={1000 + i}",
        "",
    ])
    return front + body


def make_hostile_project(path: Path) -> Path:
    articles = {f"hostile-{i:02d}.md": article(i) for i in range(ARTICLES)}
    return make_project(path, articles=articles, site_toml=site_toml())


# --- checking the built HTML without a browser ---------------------------------------------------

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background",
                  "xlink:href", "srcdoc"}
BAD_SCHEME = re.compile(r"^\s*(javascript|vbscript|data)\s*:", re.I)
# The only markup newsline itself puts into Plotly text (hover templates, lane titles).
PLOTLY_OWN_TAGS = re.compile(r"</?(?:b|i|br|extra)>|<span style='color:#[0-9A-Fa-f]{6}'>|</span>")


def page_tags(theme: Path) -> set[str]:
    """Every element the theme's templates or the Markdown allow-list can put into a page."""
    from newsline.render.markup import ALLOWED_TAGS

    tags = {"mark"} | set(ALLOWED_TAGS)
    for template in theme.glob("templates/*.html"):
        tags |= set(re.findall(r"<([a-z][a-z0-9]*)", template.read_text("utf-8")))
    return tags


class PageAudit(HTMLParser):
    """Everything in one page that its templates could not have produced."""

    def __init__(self, tags: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.tags = tags
        self.findings: list[str] = []
        self.json_blocks: list[str] = []
        self._json = False

    def handle_starttag(self, tag, attrs):
        if tag not in self.tags:
            self.findings.append(f"unexpected element <{tag}> at line {self.getpos()[0]}")
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.findings.append(f"event handler {name}= on <{tag}>")
            if name in URL_ATTRIBUTES and value is not None and BAD_SCHEME.match(value):
                self.findings.append(f"{name}={value!r} on <{tag}>")
        if tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh":
            self.findings.append("meta refresh")
        if tag == "script":
            self._json = attributes.get("type") == "application/json"
            if "src" not in attributes and not self._json:
                self.findings.append(f"inline script {attributes}")

    def handle_data(self, data):
        if self._json:
            self.json_blocks.append(data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._json = False


def audit_page(html: str, tags: set[str]) -> PageAudit:
    audit = PageAudit(tags)
    audit.feed(html)
    audit.close()
    return audit


def json_strings(value, path: str = ""):
    """(path, string) for every string inside a JSON value."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key in sorted(value):
            yield from json_strings(value[key], f"{path}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item, f"{path}[]")


def unescaped_markup(text: str) -> list[str]:
    """Tags in a Plotly string other than newsline's own: text that was not escaped."""
    return re.findall(r"<[^<>]*>?", PLOTLY_OWN_TAGS.sub("", text))
