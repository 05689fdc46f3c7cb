"""Small projects written by the tests themselves: a site.toml, articles, and a copy of theme/."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SITE_TOML = """\
title = "Testlinie"
base_url = "https://example.org/testlinie/"
default_lang = "de"
timezone = "Europe/Zurich"

[topics.wahlen]
title = "Wahlen"
description = "Abstimmungen und Wahlen"

[topics.verkehr]
title = "Verkehr"
"""

ARTICLE_DE = """\
---
title: Gemeinderat stimmt neuem Busnetz zu
date: 2024-03-14T09:30:00
lang: de
source: Stadtanzeiger
url: https://example.org/stadtanzeiger/busnetz
topics: [verkehr]
---

Der Gemeinderat hat am Mittwoch dem neuen Busnetz zugestimmt. Die ersten Linien sollen am
1. Juni 2024 fahren. Seit mehr als zwei Jahren wird über das Netz gestritten.
"""

ARTICLE_EN = """\
---
title: Council backs new bus network
date: 2024-03-15
lang: en
source: City Ledger
topics:
  - verkehr
  - wahlen
---

The council approved the new bus network on Wednesday. The first routes start on June 1, 2024.
"""


def front_matter(**fields) -> str:
    lines = ["---"] + [f"{key}: {value}" for key, value in fields.items()] + ["---", ""]
    return "\n".join(lines)


def make_project(path: Path, articles: dict[str, str] | None = None,
                 site_toml: str = SITE_TOML) -> Path:
    """A project folder with content/site.toml, the given articles and the repo's theme/."""
    (path / "content" / "articles").mkdir(parents=True)
    (path / "content" / "site.toml").write_text(site_toml, encoding="utf-8")
    if articles is None:
        articles = {"busnetz.md": ARTICLE_DE, "bus-network.md": ARTICLE_EN}
    for name, text in articles.items():
        (path / "content" / "articles" / name).write_text(text, encoding="utf-8")
    if (REPO / "theme").is_dir():
        shutil.copytree(REPO / "theme", path / "theme")
    return path


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO), NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "newsline", *args], capture_output=True,
                          text=True, cwd=cwd or REPO, env=env, timeout=300)


def tree_hash(folder: Path) -> str:
    """One hash of every file's relative path and bytes (and of every folder's name)."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition, timeout: float = 120.0, what: str = "a condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@contextmanager
def serving(root: Path, log: Path):
    """`newsline serve` of `root` in a subprocess on a free port, its output written to `log`.

    Yields (server, port); on leaving, stops the server as Ctrl-C would (killed after 30 s).
    """
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(REPO), NO_COLOR="1")
    with log.open("w+") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "newsline", "serve", "--root", str(root), "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, env=env)
        try:
            yield server, port
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
