"""Shared fixtures for the render tests: the hand-made sample site rendered once per test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import render_sample as sample  # noqa: E402

from newsline.render import render_site  # noqa: E402


@pytest.fixture
def site():
    return sample.site()


@pytest.fixture
def rendered(site) -> dict[str, bytes]:
    return render_site(site, sample.articles(), sample.events())


@pytest.fixture
def page(rendered):
    def read(path: str) -> str:
        return rendered[path].decode("utf-8")
    return read
