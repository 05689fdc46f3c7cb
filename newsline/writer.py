"""Writes the built site so that build/ is always either the old site or the new one, whole.

Files go into a temporary folder beside the output (.build-tmp-<pid>); only when every file is
written does it trade places with the old output in one atomic step (Linux renameat2 with
RENAME_EXCHANGE), after which the old site, now in the temporary folder, is deleted: its files
at once, its emptied folders by a process the build does not wait for (remove_later). A process
killed at any moment thus leaves the old site or the new one; its temporary folder is removed
by the next build. Where the exchange is not available the old output is renamed away and the
new one renamed in, which leaves a moment without any output folder. A failed write removes the
temporary folder and leaves the previous site as it was.

A file whose bytes equal the previous build's is hard-linked into the temporary folder rather
than written again, so a rebuild after a small edit writes little and unchanged files keep
their identity; the swap itself stays the same single atomic step. A page the build knows to be
unchanged comes as a KeptFile: it is linked without being read at all, as long as the previous
file is still the one that build left (same size, inode, mtime and ctime).
"""

from __future__ import annotations

import ctypes
import errno
import itertools
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from newsline.cache import ByteParts
from newsline.safety import name_problem


class KeptFile:
    """A file the previous build wrote and this one would write again byte for byte.

    `identity` is (size, mtime, inode, ctime) of the file as the previous build left it
    (newsline.incremental.output_manifest); `load()` gives its bytes when that file is gone or
    was changed since, and is not called otherwise.
    """

    __slots__ = ("identity", "load")

    def __init__(self, identity: tuple[int, int, int, int], load):
        self.identity = identity
        self.load = load

    def __bytes__(self) -> bytes:
        return bytes(self.load())


def link_kept(previous: str, target: str, identity: tuple[int, int, int, int]) -> bool:
    """Hard-link `previous` to `target` when it is still the regular file of `identity`."""
    try:
        info = os.lstat(previous)
        if not stat.S_ISREG(info.st_mode) or (
                info.st_size, info.st_mtime_ns, info.st_ino, info.st_ctime_ns) != tuple(identity):
            return False
        os.link(previous, target)
    except OSError:
        return False
    return True


class UnsafePathError(ValueError):
    """A page path that would land outside the output folder."""


def safe_parts(path: str) -> list[str]:
    """The names of a plain relative POSIX path, each one a name we may write; else
    UnsafePathError."""
    parts = path.split("/")
    if any(name_problem(part) for part in parts):  # an empty name: "", absolute, or "a//b"
        raise UnsafePathError(f"refusing to write {path!r}: not a plain relative path")
    return parts


_LEFTOVER = re.compile(r"\.build-(?:tmp|old)-(\d+)(?:-\d+)?")
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths atomically; False where the system cannot (nothing was done)."""
    if sys.platform != "linux":
        return False
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but belongs to someone else
        return True
    return True


def remove_leftovers(parent: Path) -> None:
    """Temporary folders of builds that were killed (their process is gone), and our own."""
    for path in sorted(parent.glob(".build-*-*")):
        match = _LEFTOVER.fullmatch(path.name)
        if match and path.is_dir() and not path.is_symlink() and (
                int(match.group(1)) == os.getpid() or not _alive(int(match.group(1)))) \
                and not _being_removed(str(path)):
            shutil.rmtree(path, ignore_errors=True)


_BLOCK = 1 << 20


def reuse(previous: str, target: str, data: bytes) -> bool:
    """Hard-link the previous build's file to `target` when it holds exactly `data`.

    An unchanged page then costs a read instead of a write and keeps its inode and mtime; the
    previous build is deleted after the swap, which only drops its name for the file.
    """
    try:
        info = os.lstat(previous)
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        with open(previous, "rb") as handle:
            # read and compared a block at a time: the previous events.json of a large site
            # would otherwise be in memory whole beside the new one
            view = memoryview(data)
            for at in range(0, len(data), _BLOCK):
                if handle.read(_BLOCK) != view[at:at + _BLOCK]:
                    return False
            if handle.read(1):  # grew since lstat
                return False
        os.link(previous, target)
    except OSError:
        return False
    return True


def write_parts(previous: str | None, target: str, parts: ByteParts) -> bool:
    """Write ByteParts to `target` as they come, or hard-link the previous build's file when
    they turn out to be exactly its bytes (see reuse); True when linked. While the parts match
    the previous file nothing is written; where they first differ, the matched start is copied
    from that file. A large file is thus never in memory whole, nor written when unchanged."""
    try:
        old = open(previous, "rb") if previous is not None and stat.S_ISREG(
            os.lstat(previous).st_mode) else None
    except OSError:
        old = None
    matched, out = 0, None
    try:
        for part in parts:
            if out is None and old is not None:
                if old.read(len(part)) == part:
                    matched += len(part)
                    continue
                out = _started(target, old, matched)
            elif out is None:
                out = open(target, "wb")
            out.write(part)
        if out is None and old is not None and not old.read(1):
            old.close()
            old = None
            try:
                os.link(previous, target)
                return True
            except OSError:
                out = open(target, "wb")
                for part in parts:
                    out.write(part)
        elif out is None:  # no previous file, or a longer one: what matched is the file
            out = _started(target, old, matched) if old is not None else open(target, "wb")
    finally:
        if old is not None:
            old.close()
        if out is not None:
            out.close()
    return False


def _started(target: str, old, length: int):
    """`target` opened for writing, holding the first `length` bytes of the open file `old`."""
    out = open(target, "wb")
    old.seek(0)
    while length > 0:
        block = old.read(min(length, _BLOCK))
        if not block:
            raise OSError(f"{os.path.basename(target)}: the previous build's file shrank while read")
        out.write(block)
        length -= len(block)
    return out


def write_site(files: dict[str, bytes], out: Path) -> int:
    """Replace `out` with exactly `files` (relative POSIX path -> bytes).

    Returns how many files were taken over unchanged from the previous build (see reuse).
    """
    with SiteWriter(out) as writer:
        for name in sorted(files):
            writer.add(name, files[name])
    return writer.reused


class SiteWriter:
    """write_site one file at a time, so a big site never has to be in memory whole:

        with SiteWriter(out) as writer:
            writer.add("index.html", data)   # goes to the temporary folder at once

    Leaving the block normally swaps the new site in; an exception removes the temporary
    folder and leaves the previous site as it was.
    """

    def __init__(self, out: Path):
        self.out = Path(out).absolute()
        self.tmp = self.out.parent / f".build-tmp-{os.getpid()}"
        self.reused = 0
        self.written: set[str] = set()
        # paths as strings: a site has thousands of files, and pathlib's objects cost more
        # than the system calls that write or link them
        self._folders: set[str] = set()  # made in the temporary folder already
        self._previous: str | None = None

    def __enter__(self) -> "SiteWriter":
        self.out.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(self.out.parent)
        self._previous = str(self.out) if self.out.is_dir() and not self.out.is_symlink() \
            else None
        self.tmp.mkdir()
        return self

    def add(self, name: str, data: bytes) -> None:
        parts = safe_parts(name)
        target = os.path.join(self.tmp, *parts)
        if name in self.written:  # the later bytes win, as in a dict; never write through a link
            os.unlink(target)
        self.written.add(name)
        folder = os.path.dirname(target)
        if folder not in self._folders:  # a folder's pages come one after another
            try:
                os.mkdir(folder)  # mostly a page's own folder, whose parent is made already
            except FileExistsError:
                pass
            except FileNotFoundError:
                os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        previous = os.path.join(self._previous, *parts) if self._previous is not None else None
        if type(data) is KeptFile:
            if previous is not None and link_kept(previous, target, data.identity):
                self.reused += 1
                return
            data = data.load()
        if type(data) is ByteParts:
            self.reused += write_parts(previous, target, data)
        elif previous is not None and reuse(previous, target, data):
            self.reused += 1
        else:
            with open(target, "wb") as handle:
                handle.write(data)

    def __exit__(self, kind, error, trace) -> None:
        if kind is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            return
        _swap_in(self.tmp, self.out)


def _swap_in(tmp: Path, out: Path) -> None:
    """Make the complete folder `tmp` the output `out` (see the module's docstring)."""
    old = out.parent / f".build-old-{os.getpid()}"
    if out.exists() or out.is_symlink():
        try:
            swapped = exchange(tmp, out)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        if swapped:
            remove_later(tmp)  # the old site, now under the temporary name
            return
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
    remove_later(old)


_removals = itertools.count(1)
REMOVE_LATER_FOLDERS = 100  # a smaller old site is removed at once: starting `rm` costs more
# folder -> the process removing it (remove_later): a next build of this process leaves a folder
# to it while it runs, and it is reaped once done (no zombie, no ResourceWarning of a process
# dropped while running)
_removing: dict[str, subprocess.Popen] = {}


def _being_removed(folder: str) -> bool:
    """Whether a process remove_later started is still removing `folder`; reaps the ones done."""
    for name, process in list(_removing.items()):
        if process.poll() is not None:
            del _removing[name]
    return os.path.abspath(folder) in _removing


def remove_later(folder: Path) -> None:
    """Delete `folder`, the old site: its files here and now, its emptied folders by `rm -r` in
    a process of its own that nobody waits for (removing a folder cost three times what
    unlinking its files did: 0.1 s of a one-change rebuild of 1,000 articles, 1,000 folders).

    The files go first because unlinking one the new site hard-linked moves that file's ctime,
    which the build's manifest (newsline.incremental.output_manifest) records next; the
    folders share nothing with the new site. They are renamed to a name of their own first, so
    a next build of this same process (the dev server), which makes its temporary folder
    under the old name again, never has it deleted beneath it, nor removes it itself while
    that process runs (_being_removed). A folder left behind (the removal killed) is one of
    the leftovers the next build removes (remove_leftovers); where no process can be
    started, or there are fewer than REMOVE_LATER_FOLDERS, the folders are removed here.

    An output that was a symbolic link (the new site took its place) goes as a link: what it
    points to is not the build's to delete."""
    folder = str(folder)
    if os.path.islink(folder) or not os.path.isdir(folder):
        try:
            os.unlink(folder)
        except OSError:
            pass
        return
    folders = _unlink_files(folder)
    if folders < REMOVE_LATER_FOLDERS:  # few folders, or some could not be emptied
        shutil.rmtree(folder, ignore_errors=True)
        return
    away = os.path.join(os.path.dirname(folder), f".build-old-{os.getpid()}-{next(_removals)}")
    try:
        os.rename(folder, away)
    except OSError:  # (`away` taken: a leftover of an earlier process of the same id)
        shutil.rmtree(folder, ignore_errors=True)
        return
    try:
        _being_removed(away)  # (reaps the removals done)
        _removing[os.path.abspath(away)] = subprocess.Popen(  # in a session of its own:
            ["rm", "-rf", "--", away], stdin=subprocess.DEVNULL,  # Ctrl-C on the build does
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,  # not stop it
            start_new_session=True)
    except OSError:  # no `rm` (Windows), or no process to be had
        shutil.rmtree(away, ignore_errors=True)


def _unlink_files(folder: str) -> int:
    """Unlink every file (and symbolic link) below `folder`, leaving its folders; how many
    folders there are (counting `folder`), 0 when a folder could not be read or a file not
    be unlinked."""
    todo, count, ok = [folder], 0, True
    while todo:
        current = todo.pop()
        count += 1
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        todo.append(entry.path)
                    else:
                        try:
                            os.unlink(entry.path)
                        except FileNotFoundError:
                            pass
                        except OSError:
                            ok = False
        except OSError:
            ok = False
    return count if ok else 0
