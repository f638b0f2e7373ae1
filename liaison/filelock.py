"""One vault, one writer, whatever its name.

The lock is taken on the database file itself, before SQLite opens it: ``flock`` on an open file
description of the file, so it belongs to the file (its device and inode), not to the name used to reach
it. A second opener, in this process or another, through the same name, a hard link, a symbolic link, a
bind mount or any other alias, reaches the same inode and is refused with :class:`VaultInUse`. (SQLite's
own write-ahead log and shared-memory files are found by name: two names for one database would each get
a log of their own and lose each other's writes, which is why the lock cannot be keyed on the name.)

``flock`` and the POSIX record locks SQLite uses do not interfere on local file systems. The lock's file
descriptor is opened before SQLite's and closed after SQLite has closed the database: closing any
descriptor of a file drops the process's record locks on it.

On Windows, where locks are mandatory, one byte far beyond any offset SQLite locks is locked instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import VaultInUse, VaultNotFound

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    _WIN_OFFSET = 1 << 40  # SQLite locks bytes from 0x40000000 (1 GiB) to 0x40000200

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _in_use() -> VaultInUse:
    return VaultInUse(
        "This vault is in use by another Liaison window or command (perhaps under another name or link).",
        hint="Close the other one (or lock it) and try again.",
    )


class VaultFileLock:
    """An exclusive lock on the database file ``path`` (which must exist)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        self._fd = self._lock(self.path)

    @staticmethod
    def _lock(path: Path) -> int:
        flags = os.O_RDWR | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(path, flags)
        except FileNotFoundError as exc:
            raise VaultNotFound(f"No vault at {path}.") from exc
        if not _try_lock(fd):
            os.close(fd)
            raise _in_use()
        return fd

    def move_to(self, new_file: Path, final: Path | None = None) -> None:
        """Lock ``new_file`` (a database about to replace this one by a rename) while keeping this lock,
        then hold only the new one: no moment without a lock on whichever file the name leads to. Call
        :meth:`settle` after the rename."""
        self._next = self._lock(new_file)

    def settle(self) -> None:
        """After the rename of :meth:`move_to`: let the old file's lock go, keep the new one."""
        nxt = getattr(self, "_next", None)
        if nxt is None:
            return
        self.release()
        self._fd, self._next = nxt, None

    def abandon_move(self) -> None:
        nxt = getattr(self, "_next", None)
        if nxt is not None:
            try:
                _unlock(nxt)
            finally:
                os.close(nxt)
                self._next = None

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
