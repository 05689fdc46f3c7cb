"""What a long build tells the person waiting: stage messages, and on a terminal a progress bar.

The bar exists only when the console is an interactive terminal; in a pipe, a CI log or a test
the same build prints its plain stage lines and nothing else, so logs stay diffable.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable, Iterator

BAR_THRESHOLD = 50  # fewer items than this finish before a bar would be worth drawing


class Progress:
    """Stage messages through `say`; bars through rich when `console` is a terminal."""

    def __init__(self, say: Callable[[str], None] = lambda message: None, console=None,
                 bars: bool | None = None):
        self.say = say
        self.console = console
        self.bars = bool(console is not None and console.is_terminal) if bars is None else bars
        self._since = time.perf_counter()

    def step(self, message: str) -> None:
        """A stage is done: its message with the seconds it took (a log line, not site output)."""
        now = time.perf_counter()
        self.say(f"{message} ({now - self._since:.1f} s)")
        self._since = now

    @contextmanager
    def task(self, description: str, total: int) -> Iterator[Callable[[int], None]]:
        """Yields advance(n); draws a bar for big enough tasks on a terminal."""
        if not self.bars or total < BAR_THRESHOLD:
            yield lambda n: None
            return
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar,
                                   TextColumn, TimeRemainingColumn)

        with Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                 TimeRemainingColumn(), console=self.console, transient=True) as bar:
            task = bar.add_task(description, total=total)
            yield lambda n: bar.advance(task, n)


def quiet() -> Progress:
    return Progress()
