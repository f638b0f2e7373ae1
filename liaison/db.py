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

from .errors import VaultCorrupted  # noqa: E402

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
            if is_corruption(exc):
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
                if is_corruption(exc):
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
        except DatabaseError as exc:
            if is_corruption(exc):
                raise corrupted_error(exc) from exc
            raise

    def executescript(self, sql):
        try:
            return super().executescript(sql)
        except DatabaseError as exc:
            if is_corruption(exc):
                raise corrupted_error(exc) from exc
            raise

__all__ = [
    "DatabaseError",
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
        raise VaultCorrupted(
            "The vault file cannot be read with its key: it is damaged or is not a Liaison vault.",
            hint="Restore it from a backup (liaison backup) or check the path.",
        ) from exc
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 5000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        conn.close()
        raise VaultCorrupted(f"The vault could not switch to WAL journaling (got {mode!r}).")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


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
