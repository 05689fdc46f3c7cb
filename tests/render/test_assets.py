"""Which Plotly bundle a site ships: the npm basic bundle when it matches, else the full one."""

from __future__ import annotations

import logging
from pathlib import Path

from newsline.render.assets import (
    BASIC_BUNDLE, COMPILE_HINT, PLOTLY_PATH, bundle_version, choose_plotly, full_bundle,
    site_assets, with_compile_hint,
)

REPO = Path(__file__).resolve().parents[2]


def _basic(root: Path, version: str) -> bytes:
    data = (f"/**\n* plotly.js (basic - minified) v{version}\n* Copyright 2012-2026, Plotly, Inc.\n"
            "*/\nwindow.Plotly = {};\n").encode()
    path = root / BASIC_BUNDLE
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    return data


def test_versions_are_read_from_both_banners():
    assert bundle_version(b"/**\n* plotly.js v4.1.1\n* Copyright") == "4.1.1"
    assert bundle_version(b"/**\n* plotly.js (basic - minified) v4.1.1\n*/") == "4.1.1"
    assert bundle_version(b"window.Plotly = {}") is None
    # the repository's pinned npm package is the plotly.js of the installed plotly package
    assert bundle_version((REPO / BASIC_BUNDLE).read_bytes()) == bundle_version(full_bundle())


def test_a_matching_basic_bundle_is_shipped(tmp_path, caplog):
    version = bundle_version(full_bundle())
    data = _basic(tmp_path, version)
    with caplog.at_level(logging.WARNING, logger="newsline.render"):
        files = site_assets([], [tmp_path / "nothing-here", tmp_path])
    assert files[PLOTLY_PATH] == with_compile_hint(data)
    assert caplog.records == []


def test_a_missing_bundle_falls_back_to_the_full_one_with_a_warning(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="newsline.render"):
        files = site_assets([], [tmp_path])
    assert files[PLOTLY_PATH] == with_compile_hint(full_bundle())
    [record] = caplog.records
    assert "full bundle" in record.getMessage() and "missing" in record.getMessage()


def test_a_bundle_of_another_version_is_not_shipped(tmp_path):
    _basic(tmp_path, "1.0.0")
    bundle = choose_plotly([tmp_path])
    assert bundle.kind == "full" and bundle.data == full_bundle()
    assert "plotly.js 1.0.0" in bundle.warning
    assert bundle_version(full_bundle()) in bundle.warning


def test_the_compile_hint_follows_the_banner():
    hinted = with_compile_hint(b"/**\n* plotly.js v4.1.1\n*/\n(function(){})();\n")
    assert hinted == b"/**\n* plotly.js v4.1.1\n*/\n" + COMPILE_HINT + b"(function(){})();\n"
    assert bundle_version(hinted) == "4.1.1"
    assert with_compile_hint(b"var a;") == COMPILE_HINT + b"var a;"
    assert with_compile_hint(b"/* open") == b"/* open"
