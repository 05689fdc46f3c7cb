"""Problems found in a project's content, collected so a run can report all of them at once.

Every stage that reads user input records what is wrong as a `Problem` (file, line, message)
instead of raising on the first one; the build stops before writing when any error was found.
Messages are printed as `path:LINE: message` with paths relative to the project root, the
format editors and CI logs turn into clickable locations.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the project root, POSIX separators
    line: int  # 1-based; 0 when the problem concerns the file as a whole
    message: str
    severity: str = ERROR

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "warning: " if self.severity == WARNING else ""
        return f"{where}: {prefix}{self.message}"


@dataclass
class Problems:
    """A collector that stages append to; sorted output keeps reports deterministic."""

    root: Path
    items: list[Problem] = field(default_factory=list)

    def where(self, path: Path | str) -> str:
        """`path` relative to the root as the author sees it: a symlink by its own name."""
        path = Path(path)
        try:
            return Path(os.path.abspath(path)).relative_to(os.path.abspath(self.root)).as_posix()
        except ValueError:
            pass
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except (ValueError, OSError, RuntimeError):  # outside the root, or a symlink loop
            return path.as_posix()

    def error(self, path: Path | str, line: int, message: str) -> None:
        self.items.append(Problem(self.where(path), line, message, ERROR))

    def warning(self, path: Path | str, line: int, message: str) -> None:
        self.items.append(Problem(self.where(path), line, message, WARNING))

    def extend(self, other: "Problems") -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Problem]:
        return sorted(p for p in set(self.items) if p.severity == ERROR)

    @property
    def warnings(self) -> list[Problem]:
        return sorted(p for p in set(self.items) if p.severity == WARNING)

    def sorted(self) -> list[Problem]:
        return sorted(set(self.items), key=lambda p: (p.path, p.line, p.severity, p.message))


class ContentError(Exception):
    """Raised when the content holds errors; carries every problem found, not just the first."""

    def __init__(self, problems: Problems):
        self.problems = problems
        super().__init__(f"{len(problems.errors)} problem(s) in the content")


def console():
    """A rich console on stderr: colours on a terminal, plain unwrapped text anywhere else."""
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True, highlight=False)


def report(problems: Problems, out=None) -> None:
    """Print every problem, then a one-line count."""
    out = out or console()
    for p in problems.sorted():
        style = "yellow" if p.severity == WARNING else "red"
        out.print(p.format(), style=style, markup=False)
    errors, warnings = len(problems.errors), len(problems.warnings)
    if errors or warnings:
        out.print(f"{errors} error(s), {warnings} warning(s)", markup=False, style="bold")
