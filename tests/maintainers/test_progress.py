"""The progress bar: drawn on a terminal for big tasks, absent in pipes and logs."""

import io

from maintkit import project, run_cli
from rich.console import Console

from newsline.progress import BAR_THRESHOLD, Progress


def test_bar_on_a_terminal_only():
    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=80)
    progress = Progress(console=terminal)
    assert progress.bars
    with progress.task("tagging", BAR_THRESHOLD) as advance:
        for _ in range(BAR_THRESHOLD):
            advance(1)
    assert "tagging" in screen.getvalue()

    piped = io.StringIO()
    quiet = Progress(console=Console(file=piped, force_terminal=False))
    assert not quiet.bars
    with quiet.task("tagging", 10_000) as advance:
        advance(10_000)
    assert piped.getvalue() == ""


def test_a_build_in_a_pipe_prints_plain_stage_lines(tmp_path):
    root = project(tmp_path / "p", count=3, size=300)
    result = run_cli("build", "--root", str(root), "--executor", "inline")
    assert result.returncode == 0, result.stderr
    assert "read 3 articles" in result.stderr
    assert "\x1b[" not in result.stderr and "━" not in result.stderr  # no bar, no escapes
