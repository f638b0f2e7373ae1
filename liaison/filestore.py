"""Files of the vault (attachments, final PDFs), each encrypted in a file of its own beside the database.

Why not BLOBs in SQLCipher: every page of the database is encrypted and authenticated on its own (4 KiB
pages, AES-256-CBC and HMAC-SHA512), so 50 MB of evidence costs about 120 ms to read and 330 ms to write
there, against 15 ms and 45 ms here; the database also stays small, so backups, integrity checks and
re-keying do not drag every file along. Signal Desktop keeps its attachments the same way.

Layout: ``<vault>.files/<id>``, owner-only, where ``<id>`` is 32 random hex digits (the name says nothing
about the content). Each file is ``MAGIC || nonce (12) || AES-256-GCM(content) || tag (16)`` under a random
key of its own, with the magic and the id as associated data (a file renamed or swapped for another fails to
open). The key lives only in the record's row (``file_key``), inside the encrypted database; so:

- nothing readable is ever on disk, and changing the vault's passphrase or key leaves the files alone;
- erasing a record overwrites its key in the database (``secure_delete``) and unlinks the file: a copy of the
  file left on a disk is useless without the key ("crypto-shredding").

Consistency with the database: a file is written and fsynced before the transaction that records it
commits; files made by a transaction that rolls back are removed; files dropped by a transaction are removed
only after it commits (see :meth:`liaison.vault.Vault.transaction`). A crash in between leaves at worst a
file no row refers to, which :meth:`FileStore.sweep` removes when the vault is next opened.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import LiaisonError, VaultCorrupted
from .fileutil import OWNER_ONLY, disk_error, ensure_private_dir, fsync_dir
from .paths import files_dir

MAGIC = b"LIAISON-FILE-1\n"
_NONCE = 12
_TAG = 16
_ID = re.compile(r"^[0-9a-f]{32}$")
# The tables whose rows own a file (``file_id``, ``file_key``), and what each calls it in messages.
FILE_TABLES = {"attachments": "attachment", "documents": "document"}


@dataclass(frozen=True)
class FileRef:
    """Where a file is and the key that opens it (kept in the row, never on disk in clear)."""

    id: str
    key: bytes

    @classmethod
    def new(cls) -> "FileRef":
        return cls(secrets.token_hex(16), AESGCM.generate_key(bit_length=256))


def _aad(file_id: str) -> bytes:
    return MAGIC + file_id.encode("ascii")


def seal(ref: FileRef, data: bytes | memoryview) -> bytes:
    """The encrypted form of ``data`` for the file ``ref`` (the bytes written to disk)."""
    nonce = os.urandom(_NONCE)
    return MAGIC + nonce + AESGCM(ref.key).encrypt(nonce, data, _aad(ref.id))


def seal_into(ref: FileRef, data: bytes | memoryview, out: bytearray, nonce: bytes | None = None) -> memoryview:
    """:func:`seal` into ``out`` (grown as needed, reused from file to file by a writer of many files).
    ``nonce``: 12 random bytes drawn beforehand (a writer of many files draws them in one call), never
    reused: each file has a key of its own as well."""
    head = len(MAGIC) + _NONCE
    size = head + len(data) + _TAG
    if len(out) < size:
        out.extend(bytes(size - len(out)))
    view = memoryview(out)[:size]
    if nonce is None:
        nonce = os.urandom(_NONCE)
    elif len(nonce) != _NONCE:
        raise ValueError("a file's nonce is 12 bytes")
    view[:len(MAGIC)] = MAGIC
    view[len(MAGIC):head] = nonce
    AESGCM(ref.key).encrypt_into(nonce, data, _aad(ref.id), view[head:])
    return view


def nonces(count: int) -> list[bytes]:
    """``count`` fresh nonces for :func:`seal_into`, drawn from the system in one call."""
    pool = os.urandom(_NONCE * count)
    return [pool[i:i + _NONCE] for i in range(0, len(pool), _NONCE)]


# Where the system offers it, each write is durable when it returns (O_DSYNC): one call less per file
# than write + fsync, each a wait for the disk.
_DSYNC = getattr(os, "O_DSYNC", 0)


def write_sealed(path: Path, sealed: bytes | memoryview) -> None:
    """A new owner-only file holding ``sealed``, on the disk when this returns (never overwrites: ids
    are unique)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _DSYNC | getattr(os, "O_BINARY", 0), OWNER_ONLY)
    try:
        view = memoryview(sealed)
        while view:
            view = view[os.write(fd, view):]
        if not _DSYNC:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        raise
    os.close(fd)


class FileStore:
    """``vault.files``: writing, reading and removing the vault's encrypted files."""

    def __init__(self, vault: Any) -> None:
        self.vault = vault
        self.dir = files_dir(vault.path)

    # -------------------------------------------------------------- writing
    def path(self, file_id: str) -> Path:
        if not _ID.match(str(file_id)):
            raise VaultCorrupted(f"The vault refers to a file with an invalid name ({str(file_id)[:40]!r}).",
                                 hint="Run 'liaison vault check'; restore the vault from a backup.")
        return self.dir / file_id

    def ensure_dir(self) -> Path:
        return ensure_private_dir(self.dir)

    def put(self, data: bytes | memoryview) -> FileRef:
        """Encrypt ``data`` into a new file, inside the caller's transaction: the file is removed again if
        that transaction rolls back."""
        ref = FileRef.new()
        self.vault.files_created([ref.id])
        self.write(ref, data)
        return ref

    def write(self, ref: FileRef, data: bytes | memoryview, *, folder: Path | None = None,
              scratch: bytearray | None = None) -> None:
        """Encrypt and write one file, durable when this returns (no transaction bookkeeping: see :meth:`put`).
        ``folder``: one of the store's temporary folders instead of the store itself (an import's); ``scratch``:
        a buffer reused by a writer of many files for their encrypted form. Safe from a worker thread."""
        self.store_sealed(ref, seal(ref, data) if scratch is None else seal_into(ref, data, scratch), folder=folder)

    def store_sealed(self, ref: FileRef, sealed: bytes | memoryview, *, folder: Path | None = None) -> None:
        """Write what :func:`seal` or :func:`seal_into` made for ``ref``, durable when this returns: the second
        half of :meth:`write`, for a writer that encrypts on one thread and waits for the disk on another."""
        path = self.path(ref.id) if folder is None else folder / self.path(ref.id).name
        try:
            try:
                write_sealed(path, sealed)
            except FileNotFoundError:
                if folder is not None:
                    raise
                self.ensure_dir()
                write_sealed(path, sealed)
        except OSError as exc:
            raise self.write_error(exc, len(sealed)) from exc

    def write_error(self, exc: OSError, needed: int = 1 << 20) -> LiaisonError:
        """What the officer is told when the disk refuses one of the store's files: a full disk (or a file-size
        limit) says so, with what was needed (``needed`` bytes at least); anything else names the error."""
        full = disk_error(exc, self.dir, needed, what="writing the vault's files")
        if full is not None:
            return full
        return LiaisonError(f"A file could not be written into the vault's folder {self.dir}: {exc.strerror}.",
                            hint="Check the free space and the folder's permissions; nothing was saved.")

    def sync_dir(self) -> None:
        """Make the new names durable (once per transaction, before it commits)."""
        if self.dir.is_dir():
            fsync_dir(self.dir)

    def discard(self, file_ids: Iterable[str | None]) -> None:
        """Remove these files once the caller's transaction commits (their keys go with the rows)."""
        self.vault.files_dropped([f for f in file_ids if f])

    # -------------------------------------------------------------- reading
    def read(self, file_id: str, key: bytes, *, what: str = "file") -> bytes:
        """The decrypted content; a missing, damaged or swapped file is :class:`VaultCorrupted`."""
        return open_sealed(file_id, key, self._load(file_id, bytearray(), what), what=what)

    def read_into(self, file_id: str, key: bytes, out: bytearray, scratch: bytearray, *,
                  what: str = "file") -> memoryview:
        """Like :meth:`read`, for many files in a row (an export): the sealed file is read into ``scratch``
        and decrypted into ``out`` (both grown as needed and reused from file to file, which spares the
        allocation of every file's bytes twice). Returns a view of ``out`` valid until the next call."""
        sealed = self._load(file_id, scratch, what)
        length = max(len(sealed) - len(MAGIC) - _NONCE - _TAG, 0)
        if len(out) < length:
            out.extend(bytes(length - len(out)))
        return open_sealed(file_id, key, sealed, what=what, into=memoryview(out)[:length])

    def _load(self, file_id: str, scratch: bytearray, what: str) -> memoryview:
        """The sealed file's bytes, read into ``scratch`` (grown as needed)."""
        path = self.path(file_id)
        try:
            with open(path, "rb", buffering=0) as fh:
                size = os.fstat(fh.fileno()).st_size
                if len(scratch) < size:
                    scratch.extend(bytes(size - len(scratch)))
                n = fh.readinto(memoryview(scratch)[:size])
        except FileNotFoundError:
            raise VaultCorrupted(
                f"The {what}'s encrypted file is missing from {self.dir}.",
                hint="The vault's .files folder must stay beside the vault; restore it (or the vault) from a backup.",
            ) from None
        except OSError as exc:
            raise VaultCorrupted(f"The {what}'s encrypted file cannot be read: {exc.strerror}.") from exc
        return memoryview(scratch)[:n]

    # --------------------------------------------------------- housekeeping
    def referenced(self) -> set[str]:
        db = self.vault.db
        present = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        out: set[str] = set()
        for table in FILE_TABLES:
            if table in present and "file_id" in {r[1] for r in db.execute(f"PRAGMA table_info({table})")}:
                out.update(r[0] for r in db.execute(f"SELECT file_id FROM {table} WHERE file_id IS NOT NULL"))
        return out

    def on_disk(self) -> list[Path]:
        if not self.dir.is_dir():
            return []
        return [p for p in self.dir.iterdir() if p.is_file()]

    def sweep(self) -> int:
        """Remove files no row refers to (left by a crash between writing a file and committing its row).
        Called when the vault opens, before anything is written."""
        keep = self.referenced()
        removed = 0
        for p in self.on_disk():
            if p.name not in keep:
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
                removed += 1
        if self.dir.is_dir():
            for p in self.dir.glob(".incoming-*"):  # an import's folder, left by a crash
                shutil.rmtree(p, ignore_errors=True)
                removed += 1
        return removed

    def check(self, *, deep: bool = True) -> list[str]:
        """Problems with the files: missing, damaged (``deep``: every file decrypted and its SHA-256
        compared), and files no record refers to."""
        import hashlib

        problems: list[str] = []
        db = self.vault.db
        present = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        refs: set[str] = set()
        for table, what in FILE_TABLES.items():
            if table not in present:
                continue
            for rid, fid, key, digest in db.execute(
                    f"SELECT id, file_id, file_key, sha256 FROM {table} WHERE file_id IS NOT NULL"):
                refs.add(fid)
                if not deep:
                    if not (self.dir / fid).is_file():
                        problems.append(f"files: the {what} {rid} has no file")
                    continue
                try:
                    data = self.read(fid, key, what=what)
                except VaultCorrupted as exc:
                    problems.append(f"files: {what} {rid}: {exc.message}")
                    continue
                if hashlib.sha256(data).hexdigest() != digest:
                    problems.append(f"files: {what} {rid} does not match its recorded SHA-256")
        extra = [p.name for p in self.on_disk() if p.name not in refs]
        if extra:
            problems.append(f"files: {len(extra)} file(s) in {self.dir} belong to no record (removed when the vault "
                            "is next opened)")
        return problems

    def copy_to(self, dest_vault: Path) -> int:
        """Copy every file the vault refers to beside another vault file (a backup); returns the count."""
        dest = ensure_private_dir(files_dir(dest_vault))
        n = 0
        for fid in sorted(self.referenced()):
            src = self.path(fid)
            target = dest / fid
            try:
                shutil.copyfile(src, target)
                os.chmod(target, OWNER_ONLY)
                with open(target, "rb") as fh:
                    os.fsync(fh.fileno())
            except FileNotFoundError:
                raise VaultCorrupted(f"A file of the vault is missing from {self.dir}; the backup was not made.",
                                     hint="Run 'liaison vault check'.") from None
            n += 1
        fsync_dir(dest)
        return n


def open_sealed(file_id: str, key: bytes, blob: bytes | memoryview, *, what: str = "file",
                into: memoryview | None = None) -> bytes | memoryview:
    """The content of a sealed file (``blob``), or :class:`VaultCorrupted`; decrypted into ``into``
    (exactly the content's length) when given."""
    head = len(MAGIC) + _NONCE
    blob = memoryview(blob)
    if len(blob) < head + _TAG or blob[:len(MAGIC)] != MAGIC:
        raise VaultCorrupted(f"The {what}'s encrypted file is damaged (it is not a Liaison file).",
                             hint="Restore the vault from a backup.")
    nonce = bytes(blob[len(MAGIC):head])
    try:
        aead = AESGCM(bytes(key))
        if into is None:
            return aead.decrypt(nonce, blob[head:], _aad(file_id))
        aead.decrypt_into(nonce, blob[head:], _aad(file_id), into)
        return into
    except (InvalidTag, ValueError):
        raise VaultCorrupted(f"The {what}'s encrypted file is damaged or was altered: it does not authenticate.",
                             hint="Restore the vault from a backup.") from None


__all__ = ["FILE_TABLES", "FileRef", "FileStore", "MAGIC", "nonces", "open_sealed", "seal", "seal_into",
           "write_sealed"]
