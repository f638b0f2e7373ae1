"""SQLCipher connections, and sqlite-utils wired to them.

sqlite-utils catches the exceptions of the module it imported as ``sqlite3``. It
prefers a module named ``pysqlite3`` when one exists, so ``sqlcipher3`` is
registered under that name *before* sqlite-utils is imported anywhere. Import
``sqlite_utils`` through this module (``from liaison.db import sqlite_utils``)
or after it.
"""

from __future__ import annotations

import sys
from collections.abc import Collection, Iterable, Sequence
from operator import itemgetter
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

if "sqlite_utils" in sys.modules and sys.modules.get("pysqlite3") is not sqlcipher3:
    # Too late to redirect it: its except clauses would catch the wrong classes.
    raise ImportError("liaison.db must be imported before sqlite_utils")
sys.modules["pysqlite3"] = sqlcipher3
sys.modules["pysqlite3.dbapi2"] = dbapi2

import sqlite_utils  # noqa: E402

from .errors import DiskFull, LiaisonError, VaultCorrupted  # noqa: E402

DatabaseError = dbapi2.DatabaseError
OperationalError = dbapi2.OperationalError
IntegrityError = dbapi2.IntegrityError

KEY_BYTES = 32

# SQLite result codes meaning the file itself is bad (SQLCipher reports a failed
# page HMAC as one of these).
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def is_corruption(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _CORRUPT_CODES:
        return True
    text = str(exc).lower()
    return "malformed" in text or "file is not a database" in text


# SQLITE_FULL (an I/O error counts too where the disk is short of space or a file-size limit is in force).
_FULL_CODES = {13}
# What SQLite needs free to write a transaction and checkpoint it, at the least: a commit writes its pages to
# the write-ahead log, which the checkpoint then copies into the database.
MIN_FREE_FOR_WRITES = 4 << 20


def is_disk_full(exc: BaseException, folder=None) -> bool:
    """SQLite failed for space: SQLITE_FULL; or a failed write (an I/O error) where the disk has less than
    :data:`MIN_FREE_FOR_WRITES` free or a file-size limit is in force (SQLite reports a write the limit
    refuses outright as an I/O error, and one it cuts short as SQLITE_FULL)."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    if (code is not None and (code & 0xFF) in _FULL_CODES) or "database or disk is full" in text:
        return True
    # (sqlcipher_export reports a failed write as SQLITE_ERROR with the text of an I/O error)
    if (code is not None and (code & 0xFF) == 10) or "disk i/o error" in text:
        return _short_of_space(folder)  # an I/O error (a write, a truncate, the shared memory) for want of space
    return False


def _short_of_space(folder) -> bool:
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        if soft != resource.RLIM_INFINITY:
            return True
    except (ImportError, OSError, ValueError):
        pass
    if folder is None:
        return False
    from .fileutil import free_bytes

    free = free_bytes(folder)
    return free is not None and free < MIN_FREE_FOR_WRITES


def disk_full_error(exc: BaseException, folder, needed: int | None = None, *,
                    what: str = "the change") -> DiskFull | None:
    """:class:`DiskFull` when SQLite failed for space (never reported as a damaged vault), else None."""
    if not is_disk_full(exc, folder):
        return None
    from .fileutil import disk_full

    return disk_full(folder, needed or MIN_FREE_FOR_WRITES, what=what)


def _folder(conn):
    """The folder of a connection's main database (where a full disk is measured)."""
    from pathlib import Path

    try:
        row = conn.execute("PRAGMA database_list").fetchone()
        return Path(row[2]).parent if row and row[2] else None
    except DatabaseError:
        return None


def value_error(exc: BaseException):
    """A value the database cannot hold (a whole number past 64 bits, text with a lone surrogate) that got
    past the checks of the store: refused as invalid input, never a traceback."""
    from .errors import ValidationError

    if isinstance(exc, OverflowError):
        return ValidationError("A number is out of range: whole numbers are limited to 64 bits "
                               "(-9223372036854775808 to 9223372036854775807).")
    return ValidationError("A text holds an invalid character (a lone surrogate, from bytes that are not UTF-8).")


def corrupted_error(exc: BaseException) -> VaultCorrupted:
    return VaultCorrupted(
        "Part of the vault file is damaged and cannot be decrypted.",
        hint="Run 'liaison check', then restore from a backup. Nothing was changed.",
    )


class _GuardedCursor:
    """A cursor whose reads turn corruption into :class:`VaultCorrupted`."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor) -> None:
        self._cursor = cursor

    def _guard(self, fn, *args):
        try:
            return fn(*args)
        except DatabaseError as exc:
            if is_corruption(exc) and not is_disk_full(exc):
                raise corrupted_error(exc) from exc
            raise

    def fetchone(self):
        return self._guard(self._cursor.fetchone)

    def fetchall(self):
        return self._guard(self._cursor.fetchall)

    def fetchmany(self, *args):
        return self._guard(self._cursor.fetchmany, *args)

    def __iter__(self):
        it = iter(self._cursor)
        while True:
            try:
                row = next(it)
            except StopIteration:
                return
            except DatabaseError as exc:
                if is_corruption(exc) and not is_disk_full(exc):
                    raise corrupted_error(exc) from exc
                raise
            yield row

    def __getattr__(self, name):
        return getattr(self._cursor, name)


class VaultDatabase(sqlite_utils.Database):
    """sqlite-utils on a vault connection: a damaged page surfaces as a domain
    error, never as a driver exception."""

    def execute(self, sql, parameters=None):
        try:
            return _GuardedCursor(super().execute(sql, parameters))
        except (OverflowError, UnicodeEncodeError) as exc:
            raise value_error(exc) from exc
        except DatabaseError as exc:
            full = disk_full_error(exc, _folder(self.conn))
            if full is not None:
                raise full from exc
            if is_corruption(exc):
                raise corrupted_error(exc) from exc
            raise

    def executescript(self, sql):
        try:
            return super().executescript(sql)
        except DatabaseError as exc:
            if is_corruption(exc) and not is_disk_full(exc):
                raise corrupted_error(exc) from exc
            raise

__all__ = [
    "DatabaseError",
    "disk_full_error",
    "IntegrityError",
    "OperationalError",
    "connect",
    "raw_key_pragma",
    "sqlite_utils",
]


def raw_key_pragma(key: bytes | bytearray) -> str:
    """The value for ``PRAGMA key``/``ATTACH ... KEY`` that uses ``key`` as the raw
    256-bit encryption key: SQLCipher then skips its own passphrase derivation."""
    if len(key) != KEY_BYTES:
        raise ValueError("data key must be 32 bytes")
    return "\"x'" + bytes(key).hex() + "'\""


def connect(path: str, key: bytes | bytearray, *, check_same_thread: bool = False) -> sqlcipher3.Connection:
    """Open ``path`` with the raw data ``key`` and apply the vault's pragmas.

    SQLCipher only notices a wrong key (or a damaged first page) at the first
    read, so one is made here: the caller gets :class:`VaultCorrupted` at once
    instead of a driver error later.
    """
    conn = sqlcipher3.connect(path, check_same_thread=check_same_thread, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {raw_key_pragma(key)}")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        _raise_open_error(exc, path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA busy_timeout = 5000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise VaultCorrupted(f"The vault could not switch to WAL journaling (got {mode!r}).")
        conn.execute("PRAGMA synchronous = NORMAL")
    except DatabaseError as exc:
        conn.close()
        _raise_open_error(exc, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _raise_open_error(exc: BaseException, path: str):
    from pathlib import Path

    full = disk_full_error(exc, Path(path).parent, what="opening the vault")
    if full is not None:
        raise full from exc
    if is_corruption(exc):
        raise VaultCorrupted(
            "The vault file cannot be read with its key: it is damaged or is not a Liaison vault.",
            hint="Restore it from a backup (liaison backup) or check the path.",
        ) from exc
    raise LiaisonError(f"The vault file cannot be opened: {exc}.",
                       hint="Check the disk and the file's permissions; nothing was changed.") from exc


def nullable_columns(conn, table: str) -> frozenset[str]:
    """The columns of ``table`` that may be NULL and have no default: leaving one of them out of an
    INSERT stores NULL, exactly as binding None does."""
    return frozenset(r[1] for r in conn.execute(f"PRAGMA table_info({table})").fetchall()
                     if not r[3] and r[4] is None and not r[5])


def insert_many(conn, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], *,
                nullable: Collection[str] = (), verb: str = "INSERT") -> None:
    """``executemany`` of an INSERT, for many rows (sequences in the order of ``columns``).

    Binding None costs sqlcipher3 about a microsecond per value, fourteen times a string (its driver
    looks for an adapter for every value that is not a str, int, float or bytearray): an import binds
    thousands. So a None in one of the ``nullable`` columns (see :func:`nullable_columns`) is left out of
    the statement instead, which stores the same NULL: rows are grouped by where their None values are,
    one statement per group. Rows of one group keep their order; groups follow each other in the order
    they first appear."""
    columns = list(columns)
    spare = [i for i, c in enumerate(columns) if c in nullable]
    if not spare:
        groups: dict[tuple[int, ...], list] = {(): rows if isinstance(rows, list) else list(rows)}
    else:
        groups = {}
        for row in rows:
            groups.setdefault(tuple(i for i in spare if row[i] is None), []).append(row)
    for left_out, members in groups.items():
        if not left_out:
            kept, values = columns, members
        else:
            keep = [i for i in range(len(columns)) if i not in left_out]
            kept = [columns[i] for i in keep]
            pick = itemgetter(*keep) if len(keep) > 1 else (lambda row, i=keep[0]: (row[i],))
            values = [pick(row) for row in members]
        conn.executemany(f"{verb} INTO {table} ({', '.join(kept)}) VALUES ({', '.join('?' * len(kept))})", values)
