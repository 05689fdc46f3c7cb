"""Where a system and the gold annotation disagree, tag by tag: the error list behind the scores.

The scores say how far the tagger is from gold; this list says which expressions to look at.
Kinds: "missed" (gold tag no system tag overlaps), "spurious" (system tag overlapping no gold
tag), "span" (overlap but different extent), "type" and "value" (wrong attribute on a relaxed
match). One relaxed match can be listed several times, once per kind that applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsline.timeml.document import TimeMLDocument, read_tml, tml_files
from newsline.timeml.scoring import aligned_system_tags, relaxed_pairs

KINDS = ("missed", "spurious", "span", "type", "value")


@dataclass(frozen=True)
class Disagreement:
    document: str
    kind: str
    gold_text: str | None
    gold: str | None  # "TYPE value"
    system_text: str | None
    system: str | None
    context: str  # the gold text around the expression, on one line

    def __str__(self) -> str:
        return (f"{self.document} {self.kind:<8} gold {self.gold_text!r} {self.gold or '-'} | "
                f"system {self.system_text!r} {self.system or '-'} | …{self.context}…")


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    return " ".join(text[max(0, start - width):end + width].split())


def _label(tag) -> str:
    return f"{tag.type} {tag.value}"


def document_disagreements(gold: TimeMLDocument, system: TimeMLDocument) -> list[Disagreement]:
    name = gold.name
    gold_tags = gold.scored_tags()
    sys_tags = aligned_system_tags(gold, system)
    pairs = relaxed_pairs(gold_tags, sys_tags)
    matched_gold = {id(g) for g, _ in pairs}
    matched_sys = {i for _, i in pairs}
    out: list[tuple[int, Disagreement]] = []
    for g in gold_tags:
        if id(g) not in matched_gold:
            out.append((g.start, Disagreement(name, "missed", g.text, _label(g), None, None,
                                              _context(gold.text, g.start, g.end))))
    for i, (s, e, t) in enumerate(sys_tags):
        if i not in matched_sys:
            out.append((s, Disagreement(name, "spurious", None, None, t.text, _label(t),
                                        _context(gold.text, s, e))))
    for g, i in pairs:
        s, e, t = sys_tags[i]
        wrong = [k for k, bad in (("span", (s, e) != (g.start, g.end)),
                                  ("type", (g.type or "").strip() != (t.type or "").strip()),
                                  ("value", (g.value or "").strip() != (t.value or "").strip()))
                 if bad]
        for kind in wrong:
            out.append((g.start, Disagreement(name, kind, g.text, _label(g), t.text, _label(t),
                                              _context(gold.text, g.start, g.end))))
    out.sort(key=lambda item: (item[0], KINDS.index(item[1].kind)))
    return [d for _, d in out]


def folder_disagreements(gold_dir: str | Path, system_dir: str | Path) -> list[Disagreement]:
    """Every disagreement over the files the two folders share, in file and text order."""
    system_dir = Path(system_dir)
    found: list[Disagreement] = []
    for path in tml_files(gold_dir):
        if (system_dir / path.name).is_file():
            found += document_disagreements(read_tml(path), read_tml(system_dir / path.name))
    return found
