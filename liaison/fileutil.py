"""Owner-only, atomic file writes, and the one check every file written for the officer passes.

Two kinds of writes:

- :func:`atomic_write` writes a file the officer asked for (an export, a PDF, a CSV). It goes through
  :func:`check_output_path` first: never over a file of an open vault (its database, key slots, audit
  witness, lock, write-ahead log or encrypted files), whatever the path used to name it (a hard link,
  a symbolic link, ``..``), never over a folder, and over an existing file only when the caller says
  the officer agreed (``overwrite``: ``--overwrite`` on the command line, the save dialog's own
  confirmation in the window).
- :func:`replace_file` is the vault's own atomic write (its key slots, its audit witness): no such check.

Every file and folder is created readable by its owner only, whatever the process's umask: modes are
set explicitly after creation (a umask can only take bits away, and ``mkdir -p`` gives parents the
umask's mode).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

from .errors import DiskFull, ValidationError

OWNER_ONLY = 0o600
OWNER_ONLY_DIR = 0o700


# ------------------------------------------------------------------ protected paths
# The vaults open in this process: each registers a function giving the paths it owns (computed when
# asked, so that a rekey's new database file is covered too).
_PROTECTED: dict[int, tuple[Path, ...] | object] = {}
_PROTECTED_LOCK = threading.Lock()


def protect(owner: object, paths: "callable") -> None:  # type: ignore[valid-type]
    """Register ``paths()`` (files and folders of an open vault) as never to be written over."""
    with _PROTECTED_LOCK:
        _PROTECTED[id(owner)] = paths


def unprotect(owner: object) -> None:
    with _PROTECTED_LOCK:
        _PROTECTED.pop(id(owner), None)


def protected_paths() -> list[Path]:
    with _PROTECTED_LOCK:
        sources = list(_PROTECTED.values())
    out: list[Path] = []
    for source in sources:
        out.extend(source())  # type: ignore[operator]
    return out


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def _real(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return path


class OutputRefused(ValidationError):
    """A file the officer asked for cannot be written where asked."""


def check_output_path(path: str | os.PathLike, *, overwrite: bool = False, field: str = "output",
                      protected: Iterable[Path] | None = None) -> Path:
    """The path to write an export to, or :class:`OutputRefused` naming the problem, before any work:
    a folder; a folder that does not exist; a file of an open vault (by what it is, its device and
    inode, and by its real path, so no link or alias gets through); an existing file without
    ``overwrite``."""
    target = Path(path).expanduser()
    text = str(target)
    if "\x00" in text:
        raise OutputRefused(f"{field}: the file name contains a NUL character.", field=field)
    if target.is_dir():
        raise OutputRefused(f"{field}: {target} is a folder; give a file name.", field=field)
    if not target.parent.is_dir():
        raise OutputRefused(f"{field}: the folder {target.parent} does not exist.", field=field)
    guarded = list(protected) if protected is not None else protected_paths()
    if guarded:
        ident, real = _identity(target), _real(target)
        real_parent = _real(target.parent)
        for p in guarded:
            rp = _real(p)
            same_file = ident is not None and ident == _identity(p)
            inside = real_parent == rp or rp in real_parent.parents
            if same_file or real == rp or inside:
                raise OutputRefused(
                    f"{field}: {target} is {'inside ' if inside and not same_file else ''}a file of the open vault "
                    f"({p.name}); an export never writes over the vault, its key slots or its files.",
                    field=field, hint="Choose another file name, outside the vault's own files.")
    if (target.exists() or target.is_symlink()) and not overwrite:
        raise OutputRefused(f"{field}: {target} already exists; choose another name, or add --overwrite to replace "
                            "it.", field=field)
    return target


# ------------------------------------------------------------------------ folders
def ensure_private_dir(path: Path) -> Path:
    """``path`` and any missing parent, each created owner-only (0700) whatever the umask; folders that
    were already there are left as they are."""
    path = Path(path)
    missing: list[Path] = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for d in reversed(missing):
        try:
            d.mkdir(mode=OWNER_ONLY_DIR)
        except FileExistsError:
            continue
        with contextlib.suppress(OSError):
            os.chmod(d, OWNER_ONLY_DIR)
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))
    return path


# ------------------------------------------------------------------------- writes
def atomic_write(path: str | os.PathLike, data: bytes, *, mode: int = OWNER_ONLY, overwrite: bool = True,
                 field: str = "output") -> Path:
    """Write a file the officer asked for (see :func:`check_output_path`; ``overwrite`` False refuses an
    existing file), atomically: readers see the old or the new file, never half of one."""
    target = check_output_path(path, overwrite=overwrite, field=field)
    replace_file(target, data, mode=mode)
    return target


def replace_file(path: Path, data: bytes, *, mode: int = OWNER_ONLY) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never a half-written one:
    a temporary file in the same folder, fsync, rename, fsync of the folder. A disk that is full says so
    (:class:`DiskFull`), with what was needed."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise disk_error(exc, path.parent, len(data)) or exc from exc
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            full = disk_error(exc, path.parent, len(data))
            if full is not None:
                raise full from exc
        raise
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (SQLite gives its WAL and
    shared-memory files the permissions of the main file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, OWNER_ONLY)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Owner-only permissions for a file or folder we made (a file another library created for us)."""
    with contextlib.suppress(OSError):
        mode = os.stat(path).st_mode
        os.chmod(path, OWNER_ONLY_DIR if stat.S_ISDIR(mode) else OWNER_ONLY)


# ---------------------------------------------------------------------- full disks
_SPACE_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_space_error(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in _SPACE_ERRNOS


def free_bytes(folder: Path) -> int | None:
    p = Path(folder)
    while not p.exists() and p.parent != p:
        p = p.parent
    try:
        return shutil.disk_usage(p).free
    except OSError:
        return None


def disk_full(folder: Path, needed: int, *, what: str = "the change") -> DiskFull:
    """The error for a write that did not fit: where, how much it needs, how much is free."""
    free = free_bytes(folder)
    have = f"; {human_bytes(free)} free" if free is not None else ""
    return DiskFull(
        f"The disk is full: {what} needs about {human_bytes(needed)} in {folder}{have}. Nothing was changed.",
        hint="Free some space (or move the vault to a larger disk) and try again. The vault is not damaged.",
        needed=needed, free=free)


def disk_error(exc: OSError, folder: Path, needed: int, *, what: str = "the change") -> DiskFull | None:
    """:func:`disk_full` when ``exc`` is the disk (or a file-size limit) refusing space, else None."""
    if not is_space_error(exc):
        return None
    if exc.errno == errno.EFBIG:
        return DiskFull(f"A file-size limit stopped the write: {what} needs about {human_bytes(needed)} more in "
                        f"{folder}. Nothing was changed.",
                        hint="Raise the limit (ulimit -f) or free space, and try again. The vault is not damaged.",
                        needed=needed, free=free_bytes(folder))
    return disk_full(folder, needed, what=what)


def human_bytes(n: int | None) -> str:
    if n is None:
        return "?"
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} bytes"  # pragma: no cover
