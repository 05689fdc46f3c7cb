"""The files every site ships under assets/: the theme's static files and Plotly's bundle.

Plotly comes from the installed plotly package, so the site never needs a CDN or the network.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

PLOTLY_PATH = "assets/plotly.min.js"


def plotly_bundle() -> bytes:
    """plotly.js as bundled with the Python plotly package."""
    return resources.files("plotly").joinpath("package_data", "plotly.min.js").read_bytes()


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


def site_assets(theme_dirs: list[Path]) -> dict[str, bytes]:
    files = static_files(theme_dirs)
    files[PLOTLY_PATH] = plotly_bundle()
    return files
