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


# --- Markdown that would take the renderer minutes ----------------------------------------------

# Python-Markdown gives up on nesting with a RecursionError, and its link and HTML scanners (as
# well as the sentence splitter's inline-markup patterns) take time quadratic in the number of
# unclosed '[' or '<' in one paragraph; no article needs more than these.
MAX_NESTING = 32
MAX_MARKUP_PER_PARAGRAPH = 120
_MARKUP_CHARACTERS = "[<*_"
_FENCE = re.compile(r" {0,3}(```|~~~)")


def _nesting(line: str) -> int:
    """Quote markers plus indentation levels (four columns, a tab counting four) of a line."""
    depth = columns = 0
    for ch in line:
        if ch == ">":
            depth += 1
        elif ch == " ":
            columns += 1
        elif ch == "\t":
            columns += 4
        elif ch in "-*+" or ch.isdigit() or ch in ".)":
            continue  # list markers between levels: "- > - > text"
        else:
            break
    return depth + columns // 4


def markdown_problems(body: str) -> list[tuple[int, str, int]]:
    """(0-based line, message, 0-based line its paragraph starts) for what is too deep or too
    dense to render; the message's {start} is for the caller to fill in with a file line."""
    found: list[tuple[int, str, int]] = []
    counts = dict.fromkeys(_MARKUP_CHARACTERS, 0)
    paragraph_line, fence = 0, None
    for number, line in enumerate(body.split("\n")):
        marker = _FENCE.match(line)
        if fence is not None or marker:
            if fence is None:
                fence = marker.group(1)
            elif marker and marker.group(1) == fence:
                fence = None
            continue  # code: Markdown neither nests nor scans it for links
        if not line.strip():
            counts = dict.fromkeys(_MARKUP_CHARACTERS, 0)
            paragraph_line = number + 1
            continue
        depth = _nesting(line)
        if depth > MAX_NESTING:
            found.append((number, f"lists or quotes nested {depth} levels deep; at most "
                                  f"{MAX_NESTING} can be rendered", paragraph_line))
            return found
        for ch in _MARKUP_CHARACTERS:
            counts[ch] += line.count(ch)
            if counts[ch] > MAX_MARKUP_PER_PARAGRAPH:
                found.append((number, f"the paragraph from line {{start}} on holds more than "
                                      f"{MAX_MARKUP_PER_PARAGRAPH} '{ch}' characters, too many "
                                      "to render: split it, or write them as HTML entities", paragraph_line))
                return found
    return found


# --- what a site's [html] setting may never allow -----------------------------------------------

# Elements that run code, load or submit something, or change how the page itself is read.
NEVER_TAGS = frozenset("""
    script style iframe frame frameset object embed applet param form input button textarea
    select option base meta link svg math template noscript title head html body portal
    dialog slot canvas audio video source track img picture image
""".split())
# Attributes that run code, restyle the page, carry a document or override the sanitiser.
NEVER_ATTRIBUTES = frozenset("style srcdoc srcset formaction action rel is xmlns".split())
_HTML_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def tag_problem(tag: str) -> str | None:
    if not isinstance(tag, str) or not _HTML_NAME.fullmatch(tag):
        return f"{tag!r} is not an HTML element name"
    if tag in NEVER_TAGS:
        return f"<{tag}> can run code, load content or restyle the page: never allowed"
    return None


def attribute_problem(name: str) -> str | None:
    if not isinstance(name, str) or not _HTML_NAME.fullmatch(name):
        return f"{name!r} is not an HTML attribute name"
    if name.startswith("on") or name in NEVER_ATTRIBUTES:
        return f"the attribute {name!r} can run code or restyle the page: never allowed"
    return None
