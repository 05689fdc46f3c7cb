"""Checks that keep names from content inside the folders they belong to.

Slugs become folder names under build/ and article files are read from content/; a name that
is empty, a dot, a device name Windows reserves, longer than a file system allows, or a symlink
pointing out of content/ would write or read somewhere the author never meant. Reader, config
and writer share these checks so the rules cannot drift apart.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# Bytes in one path component on common file systems; slugs leave room for a suffix.
MAX_NAME_BYTES = 255
MAX_SLUG_LENGTH = 120
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"]
    + [f"{kind}{n}" for kind in ("com", "lpt") for n in "0123456789¹²³"]
)


def reserved_name(name: str) -> bool:
    """True for names Windows treats as devices, with or without an extension ('con.html')."""
    return name.split(".", 1)[0].rstrip(" ").lower() in _WINDOWS_DEVICES


def name_problem(name: str) -> str | None:
    """Why `name` cannot be one component of a path we write, or None when it can."""
    if name in ("", ".", ".."):
        return f"{name!r} is not a name"
    if "/" in name or "\\" in name or "\0" in name:
        return f"{name!r} holds a path separator or NUL"
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        return f"a name longer than {MAX_NAME_BYTES} bytes"
    if reserved_name(name):
        return f"{name!r} is a device name on Windows"
    return None


def slug_problem(slug: str) -> str | None:
    """Why `slug` cannot name a page folder, or None when it is a plain, portable slug."""
    if not _SLUG.fullmatch(slug):
        return f"slug {slug!r} must be lowercase ASCII letters, digits and single hyphens"
    if len(slug) > MAX_SLUG_LENGTH:
        return f"slug is {len(slug)} characters long, at most {MAX_SLUG_LENGTH} are allowed"
    return name_problem(slug)


def shorten_slug(slug: str, limit: int = MAX_SLUG_LENGTH) -> str:
    """`slug` cut to at most `limit` characters, at a hyphen where there is one."""
    if len(slug) <= limit:
        return slug
    cut = slug[:limit + 1].rfind("-")
    return slug[:cut] if cut > 0 else slug[:limit]


def is_inside(path: Path, folder: Path) -> bool:
    """Whether `path`, with every symlink followed, lies inside `folder` (also resolved)."""
    real = os.path.realpath(path)
    base = os.path.realpath(folder)
    return os.path.commonpath([real, base]) == base
