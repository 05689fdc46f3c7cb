"""The sample content's site, compared with the committed expected output in tests/golden/site/.

Pages (*.html) and events.json are kept in full, so a failure shows a readable diff; every
other file (vendored Plotly, theme assets) is pinned by its SHA-256 in MANIFEST.sha256, which
also lists every file, so an added or missing file fails too. To accept a change:

    .venv/bin/python -m pytest tests/golden --update-golden
"""

import difflib
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "site"
MANIFEST = "MANIFEST.sha256"
KEPT_IN_FULL = (".html", ".json")
MAX_DIFF_LINES = 120


def build_sample(out: Path) -> dict[str, bytes]:
    env = dict(os.environ, PYTHONPATH=str(REPO), NO_COLOR="1")
    result = subprocess.run([sys.executable, "-m", "newsline", "build", "--root", str(REPO),
                             "--out", str(out)], capture_output=True, text=True, env=env,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file()}


def expected_files(built: dict[str, bytes]) -> dict[str, bytes]:
    """What tests/golden/site/ holds for a build: full pages plus the manifest."""
    files = {name: data for name, data in built.items() if name.endswith(KEPT_IN_FULL)}
    lines = [f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(built.items())]
    files[MANIFEST] = "".join(lines).encode()
    return files


def read_golden() -> dict[str, bytes]:
    return {p.relative_to(GOLDEN).as_posix(): p.read_bytes()
            for p in sorted(GOLDEN.rglob("*")) if p.is_file()}


def write_golden(files: dict[str, bytes]) -> None:
    if GOLDEN.exists():
        shutil.rmtree(GOLDEN)
    for name, data in sorted(files.items()):
        path = GOLDEN / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def describe(name: str, expected: bytes | None, actual: bytes | None) -> str:
    if expected is None:
        return f"new file {name} (not in tests/golden/site)"
    if actual is None:
        return f"missing file {name} (expected by tests/golden/site)"
    diff = list(difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(),
        actual.decode("utf-8", "replace").splitlines(),
        fromfile=f"golden/{name}", tofile=f"build/{name}", lineterm="", n=2))
    shown = [line if len(line) <= 240 else line[:240] + " ..." for line in diff[:MAX_DIFF_LINES]]
    if len(diff) > MAX_DIFF_LINES:
        shown.append(f"... {len(diff) - MAX_DIFF_LINES} more diff lines")
    return "\n".join(shown + [first_difference(expected, actual)])


def first_difference(expected: bytes, actual: bytes) -> str:
    """Where the bytes first part, with context: long lines (chart JSON) hide it in a diff."""
    at = next((i for i, (a, b) in enumerate(zip(expected, actual)) if a != b),
              min(len(expected), len(actual)))
    line = expected.count(b"\n", 0, at) + 1
    around = slice(max(0, at - 60), at + 60)
    return (f"first difference at byte {at} (line {line}):\n"
            f"  golden: {expected[around].decode('utf-8', 'replace')!r}\n"
            f"  build:  {actual[around].decode('utf-8', 'replace')!r}")


def test_sample_site_matches_the_golden_output(tmp_path, request):
    actual = expected_files(build_sample(tmp_path / "build"))
    update = request.config.getoption("--update-golden", default=False)
    if update or os.environ.get("NEWSLINE_UPDATE_GOLDEN") == "1":
        write_golden(actual)
        return
    if not GOLDEN.is_dir():
        pytest.fail("no tests/golden/site yet: run "
                    ".venv/bin/python -m pytest tests/golden --update-golden")
    golden = read_golden()
    changed = [name for name in sorted(set(golden) | set(actual))
               if golden.get(name) != actual.get(name)]
    if changed:
        report = "\n\n".join(describe(n, golden.get(n), actual.get(n)) for n in changed)
        pytest.fail(f"{len(changed)} file(s) differ from tests/golden/site; if the change is "
                    "intended, run .venv/bin/python -m pytest tests/golden --update-golden\n\n"
                    + report, pytrace=False)
