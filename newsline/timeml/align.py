"""Carrying character offsets from one version of a text to a slightly different one.

A system's output should hold exactly the gold text, but tools drift: a converter collapses
whitespace, writes "&" where gold has "&amp;" decoded differently, drops a line end. The scorer
then aligns the system text to the gold text with a character diff (difflib, no junk heuristic)
and moves every system offset along it. Inside unchanged stretches an offset moves exactly;
inside a changed stretch it lands proportionally within the replacement, so spans keep their
order and never grow past the text. When the two texts are equal, offsets are left alone.
"""

from __future__ import annotations

from difflib import SequenceMatcher


class OffsetMap:
    """Maps every boundary 0..len(source) of a source text to a boundary of the target text."""

    def __init__(self, source: str, target: str) -> None:
        self.identity = source == target
        self._map: list[int] = []
        if self.identity:
            return
        boundary = [0] * (len(source) + 1)
        matcher = SequenceMatcher(None, source, target, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                for k in range(i1, i2 + 1):
                    boundary[k] = j1 + (k - i1)
            elif op == "insert":
                boundary[i1] = j1
            else:  # replace or delete: spread the source stretch over the target stretch
                width_src, width_dst = i2 - i1, j2 - j1
                for k in range(i1, i2 + 1):
                    boundary[k] = j1 + round((k - i1) * width_dst / width_src)
        self._map = boundary

    def __call__(self, offset: int) -> int:
        return offset if self.identity else self._map[offset]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self(start), self(end)
