"""The build's memory between runs: results stored under .cache/, keyed by what they came from.

A key is a SHA-256 over everything a result depends on, always including the version of the
code that made it (a hash of that code's source files), so an edited tagger or renderer never
serves an old answer. Entries are pickles written atomically (temporary file, then rename) behind
a checksum of their bytes: an entry that cannot be read back for any reason (truncated, garbage,
written by another Python, a flipped bit that would still unpickle into a wrong value) counts as
damaged, is treated as a miss and is overwritten: a broken cache costs time, never a build and
never a wrong page. Only the build writes here; `make clean` removes it.
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CACHE_DIR = ".cache"
PACKAGE = Path(__file__).resolve().parent
_FORMAT = b"newsline-cache-1"
_ENTRY = b"NLC3"  # an entry: this, the payload's CRC-32, the payload (a pickle)
# an entry whose value is bytes (a page): this, the CRC-32 of the rest, the key's length (2
# bytes) and the key, then the bytes as they are: no pickle of a page 245 MB long (events.json
# of 10,000 articles) beside the page, and read back as one object
_BYTES = b"NLB1"
_HEAD = len(_ENTRY) + 4
MISSING = object()


def _checksum(payload) -> bytes:
    """CRC-32: it finds every flipped bit and every burst of damage up to 32 bits long, and
    runs about five times faster than a cryptographic hash here (a rebuild reads ~150 MB of
    page entries at 1,000 articles); the cache guards against accidents, not against attackers."""
    return zlib.crc32(payload).to_bytes(4, "big")


def _payload(data: bytes) -> memoryview:
    """The pickle inside an entry's bytes; ValueError when they are not an intact entry."""
    view = memoryview(data)
    return _checked(view[:_HEAD], view[_HEAD:])


def _checked(head, payload):
    """`payload` when `head` (an entry's first _HEAD bytes) is an entry's and holds its
    checksum; else ValueError."""
    if len(head) < _HEAD or head[:len(_ENTRY)] != _ENTRY:
        raise ValueError("not a cache entry")
    if _checksum(payload) != head[len(_ENTRY):]:
        raise ValueError("cache entry fails its checksum")
    return payload


class ByteParts:
    """A file's bytes made part by part on demand: a file too large to hold whole (events.json
    of a large site) goes to the cache (Cache.put) and to the site (newsline.writer) one part
    at a time. `make()` gives the parts, each time anew; bytes(parts) joins them."""

    def __init__(self, make):
        self._make = make

    def __iter__(self):
        return iter(self._make())

    def __bytes__(self) -> bytes:
        out = io.BytesIO()
        for part in self:
            out.write(part)
        return out.getvalue()  # the buffer itself, not a copy


def digest(*parts) -> str:
    """Hex SHA-256 of the parts; bytes and str are hashed as they are, anything else pickled."""
    h = hashlib.sha256(_FORMAT)
    for part in parts:
        if isinstance(part, bytes):
            data = part
        elif isinstance(part, str):
            data = part.encode("utf-8")
        else:
            data = canonical_bytes(part)
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def canonical_bytes(value) -> bytes:
    """A pickle of `value` that depends only on its values, not on which objects are shared.

    An ordinary pickle writes a second reference to one object as a back-reference, so equal
    data built differently (fresh from the tagger, or loaded from the cache) would pickle to
    different bytes and miss. The pickler's fast mode keeps no memo; the data is acyclic.
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(value)
    return buffer.getvalue()


def files_digest(paths) -> str:
    """One hash of the names and bytes of `paths` (folders stand for every file below them,
    symlinked folders too). A symlink counts with what it says besides the bytes it leads to:
    the reader refuses an article linked from outside content/ even when its bytes are those
    of the file it replaced, and a build must not take that for no change."""
    h = hashlib.sha256()
    for path, link in sorted(_expand(paths)):
        h.update(os.fsencode(path) + b"\0")
        if link is not None:
            h.update(b"\0link\0" + os.fsencode(link) + b"\0")
        try:
            with open(path, "rb") as handle:
                h.update(handle.read())
        except OSError:
            h.update(b"\0unreadable")
        h.update(b"\0")
    return h.hexdigest()


def _expand(paths) -> list[tuple[str, str | None]]:
    """(path, the symlink's text or None) of each file below `paths` and of each symlink (to
    a folder, or leading nowhere); symlinked folders are walked too, but not into a folder
    the walk is already in (a link to a folder above it). Listed with os.scandir: an entry
    knows whether it is a link without a stat of its own."""
    found: list[tuple[str, str | None]] = []
    for path in dict.fromkeys(map(os.fspath, paths)):
        if os.path.isdir(path):
            _walk(path, found, (os.path.realpath(path),))
        elif os.path.isfile(path) or os.path.islink(path):
            found.append((path, os.readlink(path) if os.path.islink(path) else None))
    return found


def _walk(folder: str, found: list, chain: tuple[str, ...]) -> None:
    """_expand below `folder`; `chain` holds the real paths of the folders walked into, the
    last of them `folder`'s."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError:
        return
    for entry in entries:
        if entry.name == "__pycache__":
            continue
        link = None
        if entry.is_symlink():
            try:
                link = os.readlink(entry.path)
            except OSError:
                link = ""
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            if link is not None or entry.is_file():
                found.append((entry.path, link))
            continue
        if link is not None:
            found.append((entry.path, link))
            real = os.path.realpath(entry.path)
        else:
            real = os.path.join(chain[-1], entry.name)
        if real not in chain:
            _walk(entry.path, found, chain + (real,))


@lru_cache(maxsize=None)
def source_version(*names: str) -> str:
    """Version of parts of newsline: a hash of their .py source (names relative to the package)."""
    files = []
    for name in names:
        target = PACKAGE / name
        files += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    h = hashlib.sha256()
    for path in files:
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def tagger_version() -> str:
    return source_version("timex")


def code_version() -> str:
    """Every module of newsline: for results that pass through more than one stage."""
    return source_version(".")


@contextmanager
def gc_paused():
    """The cyclic garbage collector off for a bulk load of long-lived data. Left on, it walks
    every object loaded so far again and again while a thousand entries come in (it doubled
    the time to load a rebuild's tags and events); our data holds no cycles to collect."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@contextmanager
def gc_frozen():
    """What is alive now left out of the cyclic collector's passes until the block ends (the
    render stage: the articles and events, hundreds of thousands of objects that live to the
    end of the build, would otherwise be walked again by each full collection while the pages
    are made); what the block makes is collected as usual. Objects frozen before (by the
    caller) stay frozen."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@dataclass
class Cache:
    """One namespace of the cache: .cache/<namespace>/<key[:2]>/<key>; folder None keeps nothing."""

    folder: Path | None
    hits: int = 0
    misses: int = 0
    damaged: int = 0
    written: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    @classmethod
    def under(cls, root: Path, namespace: str) -> "Cache":
        return cls(Path(root) / CACHE_DIR / namespace)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def _name(self, key: str) -> str:
        """_path() as a string: a rebuild looks up a few thousand entries, and two pathlib
        joins cost more than opening one (7 against 0.4 us)."""
        return f"{os.fspath(self.folder)}/{key[:2]}/{key}"

    def get(self, key: str):
        """The stored value, or MISSING."""
        if self.folder is None:
            self.misses += 1
            return MISSING
        path = self._name(key)
        try:
            with open(path, "rb") as handle:
                head = handle.read(_HEAD)
                if head[:len(_BYTES)] == _BYTES:
                    stored = handle.read(2)
                    stored += handle.read(int.from_bytes(stored, "big"))
                data = handle.read()
        except FileNotFoundError:
            self.misses += 1
            return MISSING
        except OSError:
            self.damaged += 1
            self.misses += 1
            return MISSING
        try:
            if head[:len(_BYTES)] == _BYTES:
                if zlib.crc32(data, zlib.crc32(stored)).to_bytes(4, "big") != head[-4:]:
                    raise ValueError("cache entry fails its checksum")
                stored_key, value = stored[2:].decode(), data
            else:
                stored_key, value = pickle.loads(_checked(head, data))
            if stored_key != key:
                raise ValueError("entry filed under the wrong key")
        except Exception:  # noqa: BLE001 - any unreadable entry is just a miss
            self.damaged += 1
            self.misses += 1
            return MISSING
        self.hits += 1
        self.used.add(key)
        return value

    def get_many(self, keys) -> list:
        """get() of each key, in order."""
        with gc_paused():
            return [self.get(key) for key in keys]

    def put(self, key: str, value) -> None:
        """Store value; a cache that cannot be written is skipped (the build does not need it).
        Its parts are written one after the other, never joined: a large value is in memory
        once as itself and once as its pickle; bytes (a page) are not pickled, and ByteParts
        are written part by part (get() gives back their bytes)."""
        if self.folder is None:
            return
        if type(value) is bytes or type(value) is ByteParts:
            self._write_bytes(key, value)
            return
        payload = self._pickled(key, value)
        if payload is not None:
            self._write(key, lambda handle: handle.writelines(
                (_ENTRY, _checksum(payload), payload)))

    def put_entry(self, key: str, value) -> bytes | None:
        """put(), returning the entry's bytes, None when value cannot be pickled. A pool worker
        hands its result back as these bytes (entry_value reads them): one pickling then serves
        both the cache and the trip back to the build process."""
        payload = self._pickled(key, value)
        if payload is None:
            return None
        data = b"".join((_ENTRY, _checksum(payload), payload))
        if self.folder is not None:
            self._write(key, lambda handle: handle.write(data))
        return data

    @staticmethod
    def _pickled(key: str, value) -> bytes | None:
        try:
            return pickle.dumps((key, value), protocol=5)
        except (pickle.PicklingError, TypeError, AttributeError):
            return None

    def _write_bytes(self, key: str, value) -> None:
        """An entry of bytes or ByteParts, written as they come; the checksum, which precedes
        them, is filled in last."""
        stored = len(key.encode()).to_bytes(2, "big") + key.encode()

        def fill(handle) -> None:
            handle.write(_BYTES + bytes(4) + stored)
            crc = zlib.crc32(stored)
            for part in (value,) if type(value) is bytes else value:
                crc = zlib.crc32(part, crc)
                handle.write(part)
            handle.seek(len(_BYTES))
            handle.write(crc.to_bytes(4, "big"))

        self._write(key, fill)

    def _write(self, key: str, fill) -> None:
        """The entry fill(open file) writes, put in place whole or not at all: a failed write,
        or ByteParts that fail while made, leave the earlier entry and no temporary file."""
        path = self._path(key)
        tmp = path.with_name(f".{key}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as handle:
                fill(handle)
            os.replace(tmp, path)
            self.written.append(key)
            self.used.add(key)
        except BaseException as error:
            tmp.unlink(missing_ok=True)
            if not isinstance(error, OSError):  # a cache that cannot be written is skipped
                raise

    @staticmethod
    def entry_value(data: bytes):
        """The value of an entry's bytes from put_entry."""
        return pickle.loads(_payload(data))[1]

    def put_by_worker(self, key: str) -> None:
        """Count an entry that another process put() in this cache's folder as written here
        (it may have failed to: then the next build misses it, as after any failed put)."""
        if self.folder is not None:
            self.written.append(key)
            self.used.add(key)

    def keep(self, key: str) -> None:
        """Let prune() keep an entry this run did not read or write."""
        self.used.add(key)

    def prune(self) -> int:
        """Delete the entries this run did not use (old versions of pages); returns how many.
        Walked with os.scandir, unsorted: at 1,000 entries 3 ms instead of 8 ms CPU for sorted
        Path.iterdir(), so a rebuild may prune the namespaces every article has entries in."""
        if self.folder is None:
            return 0
        used, removed = self.used, 0
        try:
            with os.scandir(self.folder) as listing:
                subs = [sub.path for sub in listing if sub.is_dir()]
        except OSError:  # no cache yet (or no folder to read): nothing to prune
            return 0
        for sub in subs:
            try:
                with os.scandir(sub) as listing:
                    stale = [entry.path for entry in listing if entry.name not in used]
            except OSError:
                continue
            for path in stale:
                try:
                    os.unlink(path)
                except OSError:  # gone already, or not an entry: a cache is never worth a failure
                    continue
                removed += 1
        return removed


def prune_unused(caches) -> int:
    """prune() each of caches (an article's read, tags and events entries are filed under its
    bytes or its content, so an edited or removed article leaves its old ones behind, one more
    per namespace for each edit); how many entries went. Only for namespaces the build looked up
    every entry it needs in (it then used them all): never after a build that stopped early or
    skipped them (an unchanged build)."""
    return sum(cache.prune() for cache in caches)
