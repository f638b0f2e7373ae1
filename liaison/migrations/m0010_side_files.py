"""Attachments and final PDFs move out of the database into encrypted files of their own (see
:mod:`liaison.filestore` for why and how).

``attachments.content`` and ``documents.pdf`` give way to ``file_id`` (the file's name in ``<vault>.files/``)
and ``file_key`` (its AES-256-GCM key, held only here, inside the encrypted database); both are NULL once
the content is erased. Both tables are rebuilt (SQLite cannot drop a CHECK constraint): each old BLOB is
written to its file, fsynced, and the row copied without it. The freed pages are zeroed (``secure_delete``)
and the database is compacted afterwards (``VACUUM_AFTER``). Foreign keys are off while the tables are
swapped and checked before the migration commits (SQLite's documented procedure for changing a table).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from liaison.filestore import FileRef, seal, write_sealed
from liaison.fileutil import ensure_private_dir, fsync_dir
from liaison.paths import files_dir

FOREIGN_KEYS_OFF = True
VACUUM_AFTER = True

_ORIGINS = "'user','reference','demo','import'"
_FILE_COLUMNS = """file_id TEXT CHECK (file_id IS NULL OR (length(file_id) = 32 AND file_id NOT GLOB '*[^0-9a-f]*')),
            file_key BLOB CHECK (file_key IS NULL OR length(file_key) = 32),"""

ATTACHMENTS = f"""CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            exchange_id TEXT NOT NULL REFERENCES exchanges(id),
            filename TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            {_FILE_COLUMNS}
            redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1)),
            redacted_at TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS})),
            CHECK ((file_id IS NULL) = (file_key IS NULL)),
            CHECK (redacted = 1 OR file_id IS NOT NULL)
        ) STRICT"""

DOCUMENTS = f"""CREATE TABLE documents (
            id TEXT PRIMARY KEY,                      -- the document id printed on every page (a ULID)
            case_id TEXT NOT NULL REFERENCES cases(id),
            template_id TEXT NOT NULL,
            template_version INTEGER NOT NULL,
            languages TEXT NOT NULL DEFAULT '[]',      -- JSON list, sender's language first
            title TEXT NOT NULL DEFAULT '',
            own_reference TEXT NOT NULL DEFAULT '',
            counterpart_reference TEXT NOT NULL DEFAULT '',
            document_date TEXT NOT NULL DEFAULT '',    -- the date printed on the document
            author TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('draft','final')),
            version INTEGER NOT NULL,
            supersedes_id TEXT REFERENCES documents(id),
            superseded_by TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            {_FILE_COLUMNS}                           -- NULL once erased with the case's personal data
            handling TEXT NOT NULL DEFAULT '',
            meta TEXT NOT NULL DEFAULT '{{}}',          -- JSON
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS})),
            CHECK ((file_id IS NULL) = (file_key IS NULL)),
            UNIQUE (case_id, template_id, status, version)
        ) STRICT"""


def _vault_path(db) -> Path:
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return Path(row[2])
    raise RuntimeError("the vault's own file is not in the database list")


def _rebuild(db, table: str, create: str, blob_column: str, folder: Path, written: list[Path]) -> None:
    old_cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()]
    keep = [c for c in old_cols if c != blob_column]
    db.execute(create.replace(f"CREATE TABLE {table} (", f"CREATE TABLE {table}_m0010 (", 1))
    marks = ", ".join("?" * (len(keep) + 2))
    insert = f"INSERT INTO {table}_m0010 ({', '.join(keep)}, file_id, file_key) VALUES ({marks})"
    for row in db.execute(f"SELECT {', '.join(keep)}, {blob_column} FROM {table}").fetchall():
        values, blob = list(row[:-1]), row[-1]
        if blob is None or len(blob) == 0:  # redacted attachment, erased document
            db.execute(insert, [*values, None, None])
            continue
        ref = FileRef.new()
        path = folder / ref.id
        write_sealed(path, seal(ref, bytes(blob)))
        written.append(path)
        db.execute(insert, [*values, ref.id, ref.key])
    db.execute(f"DROP TABLE {table}")
    db.execute(f"ALTER TABLE {table}_m0010 RENAME TO {table}")


def up(db) -> None:
    folder = ensure_private_dir(files_dir(_vault_path(db)))
    written: list[Path] = []
    try:
        _rebuild(db, "attachments", ATTACHMENTS, "content", folder, written)
        _rebuild(db, "documents", DOCUMENTS, "pdf", folder, written)
        fsync_dir(folder)
    except BaseException:
        for p in written:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        raise

    db.execute("CREATE INDEX attachments_exchange ON attachments(exchange_id, created_at, id)")
    db.execute("CREATE INDEX attachments_sha256 ON attachments(sha256)")
    db.execute(
        """CREATE TRIGGER attachments_append_only BEFORE UPDATE ON attachments
        WHEN OLD.id IS NOT NEW.id OR OLD.exchange_id IS NOT NEW.exchange_id OR OLD.size IS NOT NEW.size
          OR OLD.sha256 IS NOT NEW.sha256 OR OLD.media_type IS NOT NEW.media_type
          OR OLD.created_at IS NOT NEW.created_at OR OLD.origin IS NOT NEW.origin
          OR (OLD.redacted = 1 AND (NEW.redacted = 0 OR NEW.file_id IS NOT NULL OR OLD.filename IS NOT NEW.filename))
          OR ((OLD.file_id IS NOT NEW.file_id OR OLD.file_key IS NOT NEW.file_key OR OLD.filename IS NOT NEW.filename)
              AND NOT (OLD.redacted = 0 AND NEW.redacted = 1 AND NEW.file_id IS NULL))
        BEGIN
            SELECT RAISE(ABORT, 'attachments are append-only: add a new one instead');
        END"""
    )
    db.execute(
        """CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
        WHEN OLD.redacted = 0
        BEGIN
            SELECT RAISE(ABORT, 'attachments are append-only: they are never deleted, only redacted');
        END"""
    )
    for col in ("created_at", "title", "template_id", "own_reference", "document_date", "status"):
        db.execute(f"CREATE INDEX documents_{col} ON documents({col}, id)")
    db.execute("CREATE INDEX documents_case ON documents(case_id, created_at, id)")
    db.execute("CREATE INDEX documents_sha256 ON documents(sha256)")
    db.execute("CREATE INDEX documents_supersedes ON documents(supersedes_id)")
