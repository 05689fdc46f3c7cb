"""The files every site ships under assets/: the theme's static files and Plotly's bundle.

The chart needs only scatter and bar traces, so the site ships plotly.js's basic partial bundle
(about a quarter of the full one) from node_modules, where `make build` installs it with npm.
It is used only when its version is the plotly.js the installed Python `plotly` package was made
for, since the figure JSON is validated against that package's schema; otherwise the package's
full bundle is shipped and a warning says why. Either way nothing is fetched at run time.

The shipped bundle carries V8's compile hint (`//# allFunctionsCalledOnLoad`) after its banner:
the page calls most of plotly.js while drawing, and with the hint Chromium compiles the whole
file on its streaming thread while the page is parsed, instead of function by function on the
main thread while the chart waits (scripts/bench_pages.py). Other browsers read a comment.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

PLOTLY_PATH = "assets/plotly.min.js"
BASIC_BUNDLE = Path("node_modules", "plotly.js-basic-dist-min", "plotly-basic.min.js")
# "* plotly.js v4.1.1" or "* plotly.js (basic - minified) v4.1.1" in the leading comment
_BANNER = re.compile(rb"\*\s*plotly\.js\b[^\n]*?\bv(\d+\.\d+\.\d+\S*)")
COMPILE_HINT = b"//# allFunctionsCalledOnLoad\n"

log = logging.getLogger("newsline.render")


@dataclass(frozen=True)
class PlotlyBundle:
    data: bytes
    kind: str  # "basic" or "full"
    version: str
    warning: str | None = None  # why the full bundle was shipped, when it was


def bundle_version(data: bytes) -> str | None:
    """The plotly.js version named in a bundle's banner comment."""
    match = _BANNER.search(data[:400])
    return match.group(1).decode("ascii") if match else None


def full_bundle() -> bytes:
    """plotly.js as bundled with the Python plotly package."""
    return resources.files("plotly").joinpath("package_data", "plotly.min.js").read_bytes()


def choose_plotly(roots: list[Path]) -> PlotlyBundle:
    """The basic bundle from the first root's node_modules that has one and matches the plotly
    package's plotly.js version, else the full bundle with the reason as a warning."""
    full = full_bundle()
    wanted = bundle_version(full) or "unknown"
    reason = f"{BASIC_BUNDLE.as_posix()} is missing (run `make assets`)"
    for root in roots:
        path = root / BASIC_BUNDLE
        if not path.is_file():
            continue
        data = path.read_bytes()
        found = bundle_version(data)
        if found == wanted:
            return PlotlyBundle(data, "basic", found)
        reason = (f"{path} is plotly.js {found or 'of unknown version'}, but the plotly package "
                  f"draws for {wanted}")
        break
    return PlotlyBundle(full, "full", wanted,
                        f"shipping plotly's full bundle (~4.8 MB) instead of the basic one: {reason}")


def with_compile_hint(data: bytes) -> bytes:
    """The bundle with the compile hint on the line after its leading comment (the banner stays
    first, where bundle_version and licence readers look for it)."""
    end = data.find(b"*/") + 2 if data.startswith(b"/*") else 0
    if end == 1:  # an unterminated leading comment: leave the file as it is
        return data
    newline = b"\n" if end else b""
    return data[:end] + newline + COMPILE_HINT + data[end:].lstrip(b"\n")


def static_files(theme_dirs: list[Path]) -> dict[str, bytes]:
    """Every file under <theme>/static as assets/<relative path>; earlier themes win."""
    out: dict[str, bytes] = {}
    for theme in reversed(theme_dirs):
        static = theme / "static"
        if not static.is_dir():
            continue
        for path in sorted(static.rglob("*")):
            if path.is_file():
                out["assets/" + path.relative_to(static).as_posix()] = path.read_bytes()
    return out


def site_assets(theme_dirs: list[Path], roots: list[Path]) -> dict[str, bytes]:
    """Theme files plus Plotly; `roots` are the folders whose node_modules may hold the bundle."""
    files = static_files(theme_dirs)
    bundle = choose_plotly(roots)
    if bundle.warning:
        log.warning("%s", bundle.warning)
    files[PLOTLY_PATH] = with_compile_hint(bundle.data)
    return files
