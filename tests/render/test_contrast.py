"""WCAG AA contrast of the theme's colours, light and dark, computed from the CSS itself.

Text needs 4.5:1 against every background it sits on; focus rings, form-control borders and
chart marks need 3:1 (WCAG 2.1, 1.4.3 and 1.4.11).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsline.render.chart import KEY_COLOUR, PALETTE

CSS = Path(__file__).resolve().parents[2] / "theme" / "static" / "newsline.css"

TEXT_PAIRS = [  # (foreground, background) custom properties
    ("fg", "bg"), ("muted", "bg"), ("accent", "bg"), ("mark-fg", "mark"),
    ("fg", "target"), ("muted", "target"), ("accent", "target"),
    ("bg", "fg"),  # a pressed zoom button
]
UI_PAIRS = [("focus", "bg"), ("focus", "target"), ("control", "bg")]


def _properties(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;", block))


def themes() -> dict[str, dict[str, str]]:
    css = CSS.read_text("utf-8")
    light = re.search(r"^:root\s*\{(.*?)\}", css, re.S | re.M).group(1)
    dark_media = re.search(r"@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{(.*?)\}",
                           css, re.S).group(1)
    base = _properties(light)
    return {"light": base, "dark": {**base, **_properties(dark_media)}}


def luminance(colour: str) -> float:
    channels = [int(colour[i: i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_and_controls_meet_aa(theme):
    colours = themes()[theme]
    assert {"bg", "fg", "muted", "accent", "mark", "mark-fg", "target", "focus", "control"} <= set(colours)
    for fg, bg in TEXT_PAIRS:
        ratio = contrast(colours[fg], colours[bg])
        assert ratio >= 4.5, f"{theme}: --{fg} on --{bg} is {ratio:.2f}:1"
    for fg, bg in UI_PAIRS:
        ratio = contrast(colours[fg], colours[bg])
        assert ratio >= 3.0, f"{theme}: --{fg} on --{bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_chart_marks_stand_out_from_the_page(theme):
    background = themes()[theme]["bg"]
    for colour in PALETTE + (KEY_COLOUR,):
        ratio = contrast(colour, background)
        assert ratio >= 3.0, f"{theme}: chart colour {colour} is {ratio:.2f}:1"
