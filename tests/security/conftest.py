"""Fixtures of the security suite: hostile projects, and the browser tests' own Chromium fixtures.

The project builders of tests/site (sitekit) and the browser helpers of tests/browser are
imported, not copied: tests/browser/conftest.py is loaded under a name of its own, so its
`browser` fixture and its CSP watcher serve these tests too.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
for folder in (TESTS / "security", TESTS / "site", TESTS / "browser"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


def _browser_helpers():
    name = "newsline_browser_conftest"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, TESTS / "browser" / "conftest.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


browser_helpers = _browser_helpers()
