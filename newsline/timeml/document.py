"""Reading a TimeML (.tml) file into its creation time, its plain text and its TIMEX3 tags.

Scoring compares character offsets into the plain text, so the reader keeps the text exactly:
every tag inside <TEXT> (TIMEX3, EVENT, SIGNAL ...) is removed, XML entities are decoded and
nothing else is touched (whitespace and line ends stay as they are). The reader works on the
markup with regular expressions rather than an XML parser, because tool output in the wild is
not always well-formed (a bare "&" in HeidelTime output must not sink a whole corpus).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_TEXT = re.compile(r"<TEXT(?:\s[^>]*)?>(.*?)</TEXT\s*>", re.S)
_DCT = re.compile(r"<DCT(?:\s[^>]*)?>.*?</DCT\s*>", re.S)
_DCT_TIMEX = re.compile(r"<TIMEX3\b([^>]*?)/?>", re.S)
_DOCID = re.compile(r"<DOCID(?:\s[^>]*)?>(.*?)</DOCID\s*>", re.S)
# Markup inside <TEXT>: comments, CDATA sections, processing instructions and element tags.
_MARKUP = re.compile(
    r"<!--.*?-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>"
    r"|<(?P<close>/?)(?P<name>[A-Za-z_][\w.\-]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(?P<empty>/?)>",
    re.S,
)
_ATTR = re.compile(r"([A-Za-z_][\w.\-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9A-Fa-f]+|amp|lt|gt|quot|apos);")
_NAMED = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}


@dataclass(frozen=True)
class TimexTag:
    """One TIMEX3 of a document: offsets into the plain text (end exclusive) and its attributes."""

    start: int
    end: int
    text: str
    tid: str | None
    type: str | None
    value: str | None
    mod: str | None = None
    attrs: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def empty(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True)
class TimeMLDocument:
    """A .tml file as the scorer sees it.

    dct is the creation time's TimeML value ("1998-01-08", "2000-01-24T19:48"); dct_element the
    <DCT>...</DCT> markup verbatim, so annotated copies can carry exactly the same element.
    """

    name: str
    docid: str | None
    dct: str | None
    dct_element: str | None
    text: str
    tags: tuple[TimexTag, ...]

    def scored_tags(self) -> list[TimexTag]:
        """The tags that count: empty TIMEX3 (no text) are left out of scoring."""
        return [t for t in self.tags if not t.empty]


def unescape_xml(raw: str) -> str:
    """Decode the five XML entities and character references; anything else stays verbatim."""

    def decode(m: re.Match) -> str:
        ent = m.group(0)
        if ent in _NAMED:
            return _NAMED[ent]
        num = ent[3:-1] if ent[2] in "xX" else ent[2:-1]
        code = int(num, 16 if ent[2] in "xX" else 10)
        try:
            return chr(code)
        except (ValueError, OverflowError):
            return ent

    return _ENTITY.sub(decode, raw)


def parse_attrs(raw: str) -> dict[str, str]:
    return {m.group(1): unescape_xml(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(raw)}


def _tag_from(start: int, end: int, text: str, attrs: dict[str, str]) -> TimexTag:
    return TimexTag(
        start=start, end=end, text=text[start:end], tid=attrs.get("tid"), type=attrs.get("type"),
        value=attrs.get("value"), mod=attrs.get("mod") or None, attrs=attrs,
    )


def strip_markup(body: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Plain text of a <TEXT> body and the (start, end, attributes) of each TIMEX3 in it.

    Unclosed or stray closing TIMEX3 tags are ignored rather than guessed at.
    """
    pieces: list[str] = []
    length = 0
    spans: list[tuple[int, int, dict[str, str]]] = []
    open_timexes: list[tuple[int, dict[str, str]]] = []
    pos = 0
    for m in _MARKUP.finditer(body):
        chunk = unescape_xml(body[pos:m.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group("cdata") is not None:
            pieces.append(m.group("cdata"))
            length += len(m.group("cdata"))
            continue
        if m.group("name") != "TIMEX3":
            continue
        if m.group("close"):
            if open_timexes:
                start, attrs = open_timexes.pop()
                spans.append((start, length, attrs))
        elif m.group("empty"):
            spans.append((length, length, parse_attrs(m.group("attrs"))))
        else:
            open_timexes.append((length, parse_attrs(m.group("attrs"))))
    pieces.append(unescape_xml(body[pos:]))
    spans.sort(key=lambda s: (s[0], -s[1]))  # document order, outer tag first
    return "".join(pieces), spans


def parse_tml(markup: str, name: str = "") -> TimeMLDocument:
    """Parse the markup of a .tml file. Raises ValueError when it has no <TEXT> element."""
    text_match = _TEXT.search(markup)
    if text_match is None:
        raise ValueError(f"{name or 'document'}: no <TEXT> element")
    text, spans = strip_markup(text_match.group(1))
    dct_match = _DCT.search(markup)
    dct_element = dct_match.group(0) if dct_match else None
    dct = None
    if dct_match:
        timex = _DCT_TIMEX.search(dct_match.group(0))
        if timex:
            dct = parse_attrs(timex.group(1)).get("value")
    docid_match = _DOCID.search(markup)
    return TimeMLDocument(
        name=name,
        docid=unescape_xml(docid_match.group(1)).strip() if docid_match else None,
        dct=dct,
        dct_element=dct_element,
        text=text,
        tags=tuple(_tag_from(s, e, text, a) for s, e, a in spans),
    )


def read_tml(path: str | Path) -> TimeMLDocument:
    """Read one .tml file; line ends are kept exactly as stored (offsets depend on them)."""
    p = Path(path)
    with open(p, encoding="utf-8", newline="") as fh:
        return parse_tml(fh.read(), name=p.name)


def tml_files(folder: str | Path) -> list[Path]:
    """The .tml files of a folder, sorted by name (not recursive)."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix == ".tml")
