"""Plain-text tables of scores, shared by `newsline timeml score` and scripts/eval.py."""

from __future__ import annotations

from newsline.timeml.scoring import Counts

COLUMNS = ("strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
           "type F1", "value F1")


def percentages(c: Counts) -> tuple[float, ...]:
    return tuple(100 * x for x in (
        c.strict_precision, c.strict_recall, c.strict_f1,
        c.relaxed_precision, c.relaxed_recall, c.relaxed_f1, c.type_f1, c.value_f1,
    ))


def table(header: list[str], rows: list[list[str]]) -> str:
    """Columns padded to their widest cell; the first column left-aligned, the rest right."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def score_lines(c: Counts) -> str:
    """The scores of one folder comparison, one measure per row."""
    rows = [
        ["strict", f"{100 * c.strict_precision:.1f}", f"{100 * c.strict_recall:.1f}",
         f"{100 * c.strict_f1:.1f}"],
        ["relaxed", f"{100 * c.relaxed_precision:.1f}", f"{100 * c.relaxed_recall:.1f}",
         f"{100 * c.relaxed_f1:.1f}"],
        ["type", "", "", f"{100 * c.type_f1:.1f}"],
        ["value", "", "", f"{100 * c.value_f1:.1f}"],
    ]
    counts = (f"gold {c.gold}  system {c.system}  strict matches {c.strict}  "
              f"relaxed matches {c.relaxed}  type right {c.type_ok}  value right {c.value_ok}")
    return table(["", "P", "R", "F1"], rows) + "\n" + counts
