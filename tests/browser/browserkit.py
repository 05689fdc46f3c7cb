"""Helpers the browser tests share: reading event ids out of a page."""

from __future__ import annotations

import re


def event_ids(html: str) -> list[str]:
    return re.findall(r'<li id="event-([^"]+)"', html)
