"""A tiny HTML reader for the render tests: elements with attributes and text, and tag balance."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict
    text: str = ""
    children: list = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []
        self.unbalanced: list[str] = []

    def handle_starttag(self, tag, attrs):
        el = Element(tag, dict(attrs))
        self.elements.append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1].tag != tag:
            self.unbalanced.append(tag)
            return
        self.stack.pop()

    def handle_data(self, data):
        for el in self.stack:
            el.text += data


def parse(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader


def find(html: str, tag: str, **attrs) -> list[Element]:
    return [e for e in parse(html).elements
            if e.tag == tag and all(e.attrs.get(_attr(k)) == v for k, v in attrs.items())]


def _attr(keyword: str) -> str:
    """class_ -> class, http_equiv -> http-equiv."""
    return keyword.rstrip("_").replace("_", "-")


def script_block(html: str, block_id: str = "chart-data") -> str:
    start_tag = f'<script type="application/json" id="{block_id}">'
    start = html.index(start_tag) + len(start_tag)
    return html[start: html.index("</script>", start)]
