"""The real build, read as files: every link resolves, and every event's source link lands on a
highlighted expression of the article it cites."""

from __future__ import annotations

import os
import re
from pathlib import Path

HREF = re.compile(r'href="([^"]+)"')


def _pages(site_dir: Path) -> list[Path]:
    return sorted(site_dir.rglob("index.html"))


def test_every_relative_link_resolves(site_dir):
    pages = _pages(site_dir)
    assert len(pages) >= 3
    for page in pages:
        for href in HREF.findall(page.read_text("utf-8")):
            if href.startswith(("https://", "http://", "mailto:")):
                continue
            assert not href.startswith("/"), (page, href)
            file = href.split("#")[0]
            if file:
                target = (page.parent / file).resolve()
                assert target.is_file(), (page, href)


def test_source_links_land_on_marked_expressions(site_dir):
    checked = 0
    for page in _pages(site_dir):
        for href in HREF.findall(page.read_text("utf-8")):
            if "#x-" not in href or href.startswith("http"):
                continue
            file, anchor = href.split("#")
            target = Path(os.path.normpath(page.parent / file))
            html = target.read_text("utf-8")
            assert re.search(rf'<mark class="timex" id="{anchor}" data-value="[^"]+"', html), \
                (page.relative_to(site_dir), href)
            checked += 1
    assert checked > 0


def test_no_fence_characters_leak_into_pages(site_dir):
    for page in _pages(site_dir):
        assert not re.search("[\U000F0000-\U0010FFFD]", page.read_text("utf-8")), page
