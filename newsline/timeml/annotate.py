"""Running newsline's tagger over a gold TimeML folder, producing a system folder to score.

Each gold file's tags are stripped, its plain text is tagged against its own creation time, and
the result is written with the same <DCT> element and exactly the same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from newsline.timeml.document import TimeMLDocument, read_tml, tml_files
from newsline.timeml.writer import write_tml

_DCT_VALUE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2})[:.]?(\d{2})(?:[:.]?(\d{2}))?)?")


def dct_datetime(value: str) -> datetime:
    """The creation time of a TimeML value such as "1998-01-08", "19980108" or "2000-01-24T19:48"."""
    m = _DCT_VALUE.match(value.strip())
    if m is None:
        raise ValueError(f"creation time {value!r} is not a calendar date")
    parts = [int(g) if g else 0 for g in m.groups()]
    return datetime(*parts)


def tag_document(doc: TimeMLDocument, lang: str | None = None) -> list:
    """newsline's Timex list for the plain text of a gold document."""
    from newsline.timex import guess_lang, tag

    if doc.dct is None:
        raise ValueError(f"{doc.name}: no creation time (DCT) to resolve dates against")
    return tag(doc.text, lang or guess_lang(doc.text), dct_datetime(doc.dct))


def annotate_document(doc: TimeMLDocument, lang: str | None = None) -> str:
    """The .tml markup newsline writes for one gold document."""
    return write_tml(doc.text, tag_document(doc, lang), dct_element=doc.dct_element,
                     docid=doc.docid)


@dataclass(frozen=True)
class AnnotateSummary:
    documents: int
    timexes: int


def annotate_folder(gold_dir: str | Path, out_dir: str | Path,
                    lang: str | None = None) -> AnnotateSummary:
    """Write OUT_DIR/<name>.tml for every .tml in gold_dir; returns what was written."""
    files = tml_files(gold_dir)
    if not files:
        raise ValueError(f"{gold_dir}: no .tml files")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    timexes = 0
    for path in files:
        doc = read_tml(path)
        tags = tag_document(doc, lang)
        timexes += len(tags)
        markup = write_tml(doc.text, tags, dct_element=doc.dct_element, docid=doc.docid)
        with open(out / path.name, "w", encoding="utf-8", newline="") as fh:
            fh.write(markup)
    return AnnotateSummary(len(files), timexes)
