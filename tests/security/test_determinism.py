"""The site is the same bytes whatever the machine's time zone, locale and hash seed.

The same project is built in subprocesses under different TZ, LC_ALL/LANG and PYTHONHASHSEED
values, each into its own folder, and the trees are compared file by file.
"""

from __future__ import annotations

import os
import subprocess
import sys

from sitekit import ARTICLE_DE, ARTICLE_EN, REPO, make_project, tree_bytes

ENVIRONMENTS = [
    {"TZ": "UTC", "LC_ALL": "C", "LANG": "C", "PYTHONHASHSEED": "0"},
    {"TZ": "Pacific/Kiritimati", "LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8",
     "PYTHONHASHSEED": "1"},
    {"TZ": "America/St_Johns", "LC_ALL": "POSIX", "LANG": "tr_TR.UTF-8",
     "PYTHONHASHSEED": "4242"},
    {"TZ": "Asia/Kathmandu", "LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8",
     "PYTHONHASHSEED": "random"},
]

LATE_NIGHT = ARTICLE_EN.replace("date: 2024-03-15", "date: 2024-03-15T23:59:00").replace(
    "The council", "Yesterday the council met; tomorrow it votes. The council")


def _build(project, out, environment) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "TZ", "LANG"))}
    env.update(environment, PYTHONPATH=str(REPO), NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "newsline", "build", "--root", str(project),
                           "--out", str(out)], capture_output=True, text=True, env=env,
                          timeout=300)


def test_builds_are_identical_across_time_zones_locales_and_hash_seeds(tmp_path):
    project = make_project(tmp_path / "p", articles={
        "busnetz.md": ARTICLE_DE, "bus-network.md": ARTICLE_EN, "late.md": LATE_NIGHT,
        "früh.md": ARTICLE_DE.replace("2024-03-14T09:30:00", "2024-03-14T00:05:00+14:00"),
    })
    trees = []
    for i, environment in enumerate(ENVIRONMENTS):
        result = _build(project, tmp_path / f"out-{i}", environment)
        assert result.returncode == 0, (environment, result.stderr)
        trees.append(tree_bytes(tmp_path / f"out-{i}"))
    assert len(trees[0]) > 5
    for environment, tree in zip(ENVIRONMENTS[1:], trees[1:]):
        assert sorted(tree) == sorted(trees[0]), environment
        differing = [name for name in tree if tree[name] != trees[0][name]]
        assert differing == [], (environment, differing)
