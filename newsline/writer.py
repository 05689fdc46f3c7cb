"""Writes the built site so that build/ is always either the old site or the new one, whole.

Files go into a temporary folder beside the output (.build-tmp-<pid>); only when every file is
written is the old output renamed away, the new one renamed in, and the old one deleted. A
failed write removes the temporary folder and leaves the previous site as it was.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath


class UnsafePathError(ValueError):
    """A page path that would land outside the output folder."""


def safe_relative(path: str) -> PurePosixPath:
    rel = PurePosixPath(path)
    if (not path or rel.is_absolute() or "\\" in path or any(p in ("", ".", "..") for p in
                                                              path.split("/"))):
        raise UnsafePathError(f"refusing to write {path!r}: not a plain relative path")
    return rel


def write_site(files: dict[str, bytes], out: Path) -> None:
    """Replace `out` with exactly `files` (relative POSIX path -> bytes)."""
    out = Path(out).absolute()
    paths = {name: safe_relative(name) for name in files}
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".build-tmp-{os.getpid()}"
    old = out.parent / f".build-old-{os.getpid()}"
    for leftover in (tmp, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    try:
        tmp.mkdir()
        for name in sorted(files):
            target = tmp.joinpath(*paths[name].parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[name])
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    had_old = out.exists()
    if had_old:
        os.rename(out, old)
    try:
        os.rename(tmp, out)
    except BaseException:
        if had_old:
            os.rename(old, out)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)
