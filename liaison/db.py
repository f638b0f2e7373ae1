"""SQLCipher connections, and sqlite-utils wired to them.

sqlite-utils catches the exceptions of the module it imported as ``sqlite3``. It
prefers a module named ``pysqlite3`` when one exists, so ``sqlcipher3`` is
registered under that name *before* sqlite-utils is imported anywhere. Import
``sqlite_utils`` through this module (``from liaison.db import sqlite_utils``)
or after it.
"""

from __future__ import annotations

import sys

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
