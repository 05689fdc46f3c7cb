"""What the tagger works out from its patterns, kept on disk from one process to the next.

Before it tags its first text a process reads every rule's pattern with the regex engine's
parser: for the strings the rule requires (newsline.timex.required) and to compile it with its
word lists as prefix trees (newsline.timex.tries). That is most of a fresh process's first
second; the answers depend only on the pattern, its flags, the code that works them out and the
Python that runs it. So they are kept in the user's cache folder ($XDG_CACHE_HOME or
~/.cache, newsline/), in a file whose name holds a digest of all of those (a change to any gives
a new file, never a stale answer), and a pattern is looked up by its own text and flags. A
compiled pattern is kept as the regex engine's code, which the engine checks again when it is
loaded. Where the folder cannot be written the answers are worked out in each process as before.
"""

from __future__ import annotations

import atexit
import json
import os
import sys
from pathlib import Path
from typing import Callable

import _sre

try:  # (hashlib would load OpenSSL, 3.5 MB of a fresh process's memory, for one digest)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

_HERE = Path(__file__).parent
# the code the answers come from: every module that keeps some (windows.py its prefix trees)
_SOURCES = ("tries.py", "required.py", "openings.py", "windows.py", "pattern_cache.py")
# more entries (~450 for both grammars): it holds patterns of grammars edited since, so only
# this run's are written back
_MAX_ENTRIES = 1500
_KEPT_VERSIONS = 8  # files of other code versions (checkouts compared side by side) kept


def _folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsline"


def _version() -> str:
    digest = blake2b(f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}".encode())
    for name in _SOURCES:
        digest.update((_HERE / name).read_bytes())
    return digest.hexdigest()[:20]


class _Store:
    """The answers of one code version: read at the first look-up, written back at exit when
    this process worked out new ones (merged with what other processes wrote meanwhile)."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[str, object] | None = None
        self.used: set[str] = set()
        self.new = False

    def get(self, kind: str, pattern: str, flags: int, make: Callable[[], object],
            usable: Callable[[object], bool] = lambda _: True) -> object:
        """The kept answer for (kind, pattern, flags), or make()'s, kept from now on. usable:
        whether a kept answer can be used (a check that fails makes it anew)."""
        if self.entries is None:
            self.entries = self._read()
        key = f"{kind}\0{int(flags)}\0{pattern}"
        self.used.add(key)
        if key in self.entries and usable(self.entries[key]):
            return self.entries[key]
        value = self.entries[key] = make()
        if not self.new:
            self.new = True
            atexit.register(self.write)
        return value

    def forget(self, kind: str, pattern: str, flags: int) -> None:
        """Drops an answer found unusable, so that the next look-up makes it anew."""
        if self.entries is not None:
            self.entries.pop(f"{kind}\0{int(flags)}\0{pattern}", None)

    def _read(self) -> dict[str, object]:
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return entries if isinstance(entries, dict) else {}

    def write(self) -> None:
        if not self.new or self.entries is None:
            return
        entries = {**self._read(), **self.entries}
        if len(entries) > _MAX_ENTRIES:
            entries = {k: v for k, v in self.entries.items() if k in self.used}
            if len(entries) > _MAX_ENTRIES:  # (not a grammar's patterns: not worth keeping)
                return
        import tempfile  # (only a process with something to write needs it)

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _forget_old_versions(self.path)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
        except OSError:
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(entries, f, sort_keys=True, separators=(",", ":"))
            os.replace(tmp, self.path)  # (whole or not at all, for processes reading it)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            return
        self.new = False


def _forget_old_versions(path: Path) -> None:
    """Removes the files of code versions beyond the _KEPT_VERSIONS last written."""
    others = sorted((p for p in path.parent.glob("patterns-*.json") if p != path),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[_KEPT_VERSIONS:]:
        old.unlink(missing_ok=True)


STORE = _Store(_folder() / f"patterns-{_version()}.json")
