"""Writing a plain text and TIMEX3 annotations as a .tml file that the reader (and any XML parser) reads back exactly.

The contract that makes annotated output scoreable: stripping the tags from what is written
gives back exactly the text that was annotated, character for character.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'


class Annotation(Protocol):
    """What the writer needs of a tag; newsline.timex.Timex and TimexTag both fit."""

    start: int
    end: int
    type: str | None
    value: str | None
    mod: str | None


def escape_text(text: str) -> str:
    # "\r" as a character reference: XML parsers turn a literal one into "\n".
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def escape_attr(value: str) -> str:
    return (escape_text(value).replace('"', "&quot;").replace("\n", "&#10;")
            .replace("\t", "&#9;"))


def dct_element_for(value: str) -> str:
    """A <DCT> element for a creation time known only by its TimeML value."""
    v = escape_attr(value)
    return (f'<DCT><TIMEX3 tid="t0" type="DATE" value="{v}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{escape_text(value)}</TIMEX3></DCT>')


def timex_open_tag(tid: str, tag: Annotation) -> str:
    attrs = [("tid", tid), ("type", tag.type), ("value", tag.value), ("mod", tag.mod)]
    rendered = " ".join(f'{k}="{escape_attr(v)}"' for k, v in attrs if v is not None)
    return f"<TIMEX3 {rendered}>"


def annotate_text(text: str, tags: Iterable[Annotation], first_tid: int = 1) -> str:
    """The text, XML-escaped, with each tag inline as <TIMEX3 tid type value mod>.

    Tags must lie within the text and must not overlap; tids are t1, t2 ... in text order.
    """
    ordered = sorted(tags, key=lambda t: (t.start, t.end))
    out: list[str] = []
    pos = 0
    for number, tag in enumerate(ordered, start=first_tid):
        if not 0 <= tag.start <= tag.end <= len(text):
            raise ValueError(f"tag {tag.start}-{tag.end} lies outside a text of {len(text)} chars")
        if tag.start < pos:
            raise ValueError(f"tag {tag.start}-{tag.end} overlaps the tag before it")
        out.append(escape_text(text[pos:tag.start]))
        out.append(timex_open_tag(f"t{number}", tag))
        out.append(escape_text(text[tag.start:tag.end]))
        out.append("</TIMEX3>")
        pos = tag.end
    out.append(escape_text(text[pos:]))
    return "".join(out)


def write_tml(text: str, tags: Iterable[Annotation], dct_element: str | None = None,
              docid: str | None = None) -> str:
    """A whole .tml document. dct_element is copied verbatim (see dct_element_for)."""
    parts = [_HEADER]
    if docid is not None:
        parts.append(f"<DOCID>{escape_text(docid)}</DOCID>\n")
    if dct_element is not None:
        parts.append(dct_element + "\n")
    parts.append("<TEXT>" + annotate_text(text, tags) + "</TEXT>\n</TimeML>\n")
    return "".join(parts)
