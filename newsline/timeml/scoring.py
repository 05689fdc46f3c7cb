"""TempEval-3 style scores of a system's TIMEX3 tags against gold, per document and per folder.

Conventions (those of /work/shared/corpora/README.md, which reproduce the published
HeidelTime figures):
- strict match: same start and end offsets in the plain text.
- relaxed match: the spans overlap; every gold tag and every system tag is matched at most once
  (gold tags in text order each take the first unmatched overlapping system tag).
- precision = matches / system tags, recall = matches / gold tags, F1 their harmonic mean.
- type F1 = relaxed F1 x share of relaxed matches whose type is right; value F1 likewise.
- empty TIMEX3 tags (no text) are left out on both sides; counts are summed over all documents
  before any ratio is taken (micro average).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsline.timeml.align import OffsetMap
from newsline.timeml.document import TimeMLDocument, TimexTag, read_tml, tml_files


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Counts:
    """Raw tallies; every score is derived from these."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.astuple(), other.astuple())))

    def astuple(self) -> tuple[int, ...]:
        return (self.gold, self.system, self.strict, self.relaxed, self.type_ok, self.value_ok)

    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_ok, self.relaxed)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_ok, self.relaxed)

    @property
    def type_f1(self) -> float:
        return self.relaxed_f1 * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    def to_json(self) -> dict:
        """Counts and scores as fractions in [0, 1]."""
        return {
            "gold": self.gold, "system": self.system, "strict_matches": self.strict,
            "relaxed_matches": self.relaxed, "type_correct": self.type_ok,
            "value_correct": self.value_ok,
            "strict": {"precision": self.strict_precision, "recall": self.strict_recall,
                       "f1": self.strict_f1},
            "relaxed": {"precision": self.relaxed_precision, "recall": self.relaxed_recall,
                        "f1": self.relaxed_f1},
            "type_f1": self.type_f1,
            "value_f1": self.value_f1,
        }


def _norm(attr: str | None) -> str:
    return (attr or "").strip()


def relaxed_pairs(gold: list[TimexTag],
                  system: list[tuple[int, int, TimexTag]]) -> list[tuple[TimexTag, int]]:
    """(gold tag, index into system) of every relaxed match: gold tags in text order each
    take the first unmatched system tag that overlaps them."""
    used: set[int] = set()
    pairs = []
    for g in sorted(gold, key=lambda t: (t.start, t.end)):
        for i, (s, e, _) in enumerate(system):
            if i not in used and s < g.end and g.start < e:
                used.add(i)
                pairs.append((g, i))
                break
    return pairs


def match_tags(gold: list[TimexTag], system: list[tuple[int, int, TimexTag]]) -> Counts:
    """Counts for one document; system tags come as (start, end, tag) in gold offsets."""
    gold_spans = {(g.start, g.end) for g in gold}
    strict = len(gold_spans & {(s, e) for s, e, _ in system})
    pairs = relaxed_pairs(gold, system)
    type_ok = sum(_norm(g.type) == _norm(system[i][2].type) for g, i in pairs)
    value_ok = sum(_norm(g.value) == _norm(system[i][2].value) for g, i in pairs)
    return Counts(len(gold), len(system), strict, len(pairs), type_ok, value_ok)


def aligned_system_tags(gold: TimeMLDocument,
                        system: TimeMLDocument) -> list[tuple[int, int, TimexTag]]:
    """The system's scored tags as (start, end, tag) in gold offsets, in text order."""
    to_gold = OffsetMap(system.text, gold.text)
    moved = [(*to_gold.span(t.start, t.end), t) for t in system.scored_tags()]
    moved.sort(key=lambda m: (m[0], m[1]))
    return moved


def score_documents(gold: TimeMLDocument, system: TimeMLDocument) -> Counts:
    """Score one system document against its gold one, aligning offsets if the texts differ."""
    return match_tags(gold.scored_tags(), aligned_system_tags(gold, system))


@dataclass(frozen=True)
class FolderScore:
    """Scores of a system folder against a gold folder, files matched by name.

    A gold file with no system file counts as annotated with nothing (missing_system); system
    files without gold are not scored (unmatched_system). realigned lists the documents whose
    system text differed from gold and went through offset alignment.
    """

    total: Counts
    documents: dict[str, Counts] = field(default_factory=dict)
    missing_system: tuple[str, ...] = ()
    unmatched_system: tuple[str, ...] = ()
    realigned: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {
            **self.total.to_json(),
            "documents": len(self.documents),
            "missing_system": list(self.missing_system),
            "unmatched_system": list(self.unmatched_system),
            "realigned": list(self.realigned),
        }


def score_folders(gold_dir: str | Path, system_dir: str | Path) -> FolderScore:
    """Score every .tml of gold_dir against the file of the same name in system_dir."""
    gold_files = tml_files(gold_dir)
    if not gold_files:
        raise ValueError(f"{gold_dir}: no .tml files")
    system_names = {p.name for p in tml_files(system_dir)}
    total = Counts()
    documents: dict[str, Counts] = {}
    missing: list[str] = []
    realigned: list[str] = []
    for path in gold_files:
        gold = read_tml(path)
        if path.name in system_names:
            system = read_tml(Path(system_dir) / path.name)
            if system.text != gold.text:
                realigned.append(path.name)
            counts = score_documents(gold, system)
        else:
            missing.append(path.name)
            counts = Counts(gold=len(gold.scored_tags()))
        documents[path.name] = counts
        total = total + counts
    unmatched = sorted(system_names - {p.name for p in gold_files})
    return FolderScore(total, documents, tuple(missing), tuple(unmatched), tuple(realigned))
