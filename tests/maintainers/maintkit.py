"""Projects for the maintainers' tool tests: a small site.toml, generated articles, the theme."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
if str(REPO / "tests" / "site") not in sys.path:
    sys.path.insert(0, str(REPO / "tests" / "site"))

from bench_corpus import write_corpus  # noqa: E402 - the benchmark's generator, small articles
from sitekit import serving, wait_for  # noqa: E402,F401 - the serve tests' kit

ARTICLE = """\
---
title: Brücke über den Kanal wird gesperrt
date: 2024-03-14T09:30:00
lang: de
source: Stadtanzeiger
topics: [verkehr]
---

Die Stadt hat am Dienstag die Sperrung der Kanalbrücke angekündigt. Die Arbeiten beginnen am
2. April 2024 und sollen bis Ende Juni dauern.
"""


def project(path: Path, count: int = 6, size: int = 500) -> Path:
    """A project of `count` generated German and English articles of about `size` bytes."""
    write_corpus(path, count, target_bytes=size)
    if (REPO / "theme").is_dir():
        shutil.copytree(REPO / "theme", path / "theme")
    return path


def articles(path: Path) -> list[Path]:
    return sorted((path / "content" / "articles").glob("*.md"))


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for name, data in tree(folder).items():
        digest.update(name.encode() + b"\0" + data)
    return digest.hexdigest()


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO), NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "newsline", *args], capture_output=True,
                          text=True, cwd=cwd or REPO, env=env, timeout=600)
