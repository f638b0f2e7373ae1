"""Attachments of exchange-log entries: files kept encrypted by the vault.

The bytes live in an encrypted file of the vault (:mod:`liaison.filestore`), whose
key is in the attachment's row; never anywhere in clear. Each attachment records
its SHA-256 and size when it is added, and every read checks them again, so a
damaged or altered file is noticed rather than handed on. Files above
:data:`MAX_BYTES` are refused with a message (large evidence belongs in the
evidence system, referenced in the summary).

Attachments are append-only like the log: a trigger refuses changes and
deletions; :meth:`AttachmentStore.redact` (erasure of personal data) drops the
content and is audited.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import unicodedata
from pathlib import Path
from typing import Any, BinaryIO

from .. import changes as ch
from ..db import DatabaseError
from ..errors import Conflict, LiaisonError, NotFound, ValidationError, VaultCorrupted
from ..fileutil import atomic_write
from ..ids import is_id, new_id
from ..paging import Page, keyset_page
from ..timeutil import utcnow_iso

MAX_BYTES = 50 * 1024 * 1024  # 50 MiB per file
MAX_FILENAME = 255
_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$")
_SORTABLE = ("created_at", "filename", "size")
_COLUMNS = "id, exchange_id, filename, media_type, size, sha256, redacted, redacted_at, created_at, updated_at, rev, origin"


def _human_size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB" if n >= 1024 * 1024 else f"{n} bytes"


def clean_filename(name: str | None) -> str:
    """The file's own name without any folder (a name like ``../../x`` or
    ``C:\\x`` must not steer where it is later saved), without control characters."""
    if name is None:
        raise ValidationError("filename: a file name is required.", field="filename")
    base = unicodedata.normalize("NFC", str(name)).replace("\\", "/").split("/")[-1]
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C").strip()
    if base in ("", ".", ".."):
        raise ValidationError(f"filename: '{name}' is not a usable file name.", field="filename")
    if len(base) > MAX_FILENAME:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: MAX_FILENAME - len(ext) - 1] + dot + ext) if dot and len(ext) < 20 else base[:MAX_FILENAME]
    return base


def check_media_type(value: str | None, filename: str) -> str:
    if value is None or not str(value).strip():
        guessed, _ = mimetypes.guess_type(filename, strict=False)
        return guessed or "application/octet-stream"
    mt = str(value).strip().lower()
    if not _MEDIA_TYPE.match(mt):
        raise ValidationError(f"media_type: '{value}' is not a media type (e.g. application/pdf).", field="media_type")
    return mt


def _too_big(filename: str, size: int) -> ValidationError:
    return ValidationError(
        f"attachment: '{filename}' is {_human_size(size)}; the limit is {_human_size(MAX_BYTES)} per file.",
        field="attachment",
        hint="Keep large evidence in the evidence system and refer to it in the summary, or split the file.",
    )


def read_limited(source: str | os.PathLike | BinaryIO, filename: str) -> bytes:
    """Read at most MAX_BYTES, refusing larger input without reading it whole."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise ValidationError(f"attachment: '{path}' is not a file.", field="attachment")
            if size > MAX_BYTES:
                raise _too_big(filename, size)
            with path.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise ValidationError(f"attachment: cannot read '{path}': {exc.strerror}.", field="attachment") from exc
    else:
        data = source.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_big(filename, len(data))
    return bytes(data)


def prepare(item: Any) -> dict[str, Any]:
    """Normalise one attachment given as a path, ``(filename, bytes)``, or a dict
    with ``path`` or ``data`` (and optional ``filename``, ``media_type``).
    Validates everything before anything is written."""
    if isinstance(item, (str, os.PathLike)):
        item = {"path": item}
    elif isinstance(item, tuple) and len(item) == 2:
        item = {"filename": item[0], "data": item[1]}
    if not isinstance(item, dict) or ("path" in item) == ("data" in item):
        raise ValidationError("attachment: give a file path, or a file name with its bytes.", field="attachment")
    if "path" in item:
        filename = clean_filename(item.get("filename") or Path(item["path"]).name)
        data = read_limited(item["path"], filename)
    else:
        filename = clean_filename(item.get("filename"))
        raw = item["data"]
        if not isinstance(raw, (bytes, bytearray, memoryview)):
            raise ValidationError("attachment: the content must be bytes.", field="attachment")
        if len(raw) > MAX_BYTES:
            raise _too_big(filename, len(raw))
        data = bytes(raw)
    return {
        "filename": filename,
        "media_type": check_media_type(item.get("media_type"), filename),
        "data": data,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


class AttachmentStore:
    """``vault.attachments``: files of the exchange log, encrypted in the vault."""

    record_type = "attachment"
    max_bytes = MAX_BYTES

    def __init__(self, vault) -> None:
        self.vault = vault

    def resolve(self, ref_or_id: str) -> str:
        """Attachments are named by their id (shown in ``log show``)."""
        text = str(ref_or_id or "").strip().upper()
        if is_id(text) and self.vault.db.execute("SELECT 1 FROM attachments WHERE id = ?", (text,)).fetchone():
            return text
        raise NotFound(f"No attachment '{ref_or_id}'.", hint="'liaison log show ENTRY' lists an entry's attachments.")

    def get(self, ref_or_id: str) -> dict[str, Any]:
        """Metadata only; the bytes come from :meth:`content`."""
        aid = self.resolve(ref_or_id)
        row = self.vault.db.execute_returning_dicts(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", [aid])[0]
        return _decode(row)

    def list(
        self, *, exchange: str | None = None, sort: str = "created_at", descending: bool = False,
        after: str | None = None, limit: int = 50,
    ) -> Page:
        where, params = [], []
        if exchange:
            where.append("exchange_id = ?")
            params.append(self.vault.exchanges.resolve(exchange))
        page = keyset_page(
            self.vault.db, select=f"SELECT {_COLUMNS} FROM attachments", where=where, params=params, sort=sort,
            sortable=_SORTABLE, descending=descending, after=after, limit=limit,
        )
        page.items = [_decode(r) for r in page.items]
        return page

    def for_exchange(self, exchange_id: str) -> list[dict[str, Any]]:
        rows = self.vault.db.execute_returning_dicts(
            f"SELECT {_COLUMNS} FROM attachments WHERE exchange_id = ? ORDER BY created_at, id LIMIT 1000",
            [exchange_id],
        )
        return [_decode(r) for r in rows]

    def content(self, ref_or_id: str) -> bytes:
        """The bytes, checked against the recorded size and SHA-256."""
        aid = self.resolve(ref_or_id)
        row = self.vault.db.execute(
            "SELECT file_id, file_key, size, sha256, filename, redacted FROM attachments WHERE id = ?", (aid,)
        ).fetchone()
        file_id, key, size, digest, filename, redacted = row
        if redacted or file_id is None:
            raise Conflict(f"The attachment '{filename}' was erased; its content is no longer held.")
        data = self.vault.files.read(file_id, key, what=f"attachment '{filename}'")
        if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
            raise VaultCorrupted(
                f"The attachment '{filename}' does not match its recorded SHA-256: it is damaged.",
                hint="Restore the vault from a backup.",
            )
        return data

    def save(self, ref_or_id: str, dest: str | os.PathLike, *, overwrite: bool = False,
             justification: str | None = None) -> Path:
        """Write the attachment out of the vault (owner-only file). Taking data out
        of the vault is recorded as an export in the audit trail."""
        aid = self.resolve(ref_or_id)
        meta = self.get(aid)
        path = Path(dest)
        if path.is_dir():
            path = path / meta["filename"]
        if path.exists() and not overwrite:
            raise Conflict(f"{path} already exists.", hint="Choose another name or allow overwriting.")
        data = self.content(aid)
        try:
            atomic_write(path, data)
        except OSError as exc:
            raise LiaisonError(f"Cannot write {path}: {exc.strerror}.") from exc
        with self.vault.transaction():
            self.vault.audit.log(
                "export", self.record_type, aid, summary="attachment saved to a file",
                justification=justification, details={"sha256": meta["sha256"], "size": meta["size"]},
            )
        return path

    def add(self, exchange: str, item: Any = None, *, path: str | os.PathLike | None = None,
            data: bytes | None = None, filename: str | None = None, media_type: str | None = None) -> ch.Changes:
        """Attach a file to an existing entry (a path, or ``data`` with ``filename``)."""
        if item is None:
            item = {"path": path} if path is not None else {"data": data}
            if filename:
                item["filename"] = filename
            if media_type:
                item["media_type"] = media_type
        prepared = prepare(item)
        ex_id = self.vault.exchanges.resolve(exchange)
        with self.vault.transaction() as db:
            row = db.execute(
                "SELECT e.seq, e.redacted, (SELECT c.seq FROM exchanges c WHERE c.corrects_id = e.id), e.origin "
                "FROM exchanges e WHERE e.id = ?", (ex_id,),
            ).fetchone()
            if row[1]:
                raise Conflict(f"Entry #{row[0]} was erased; nothing can be attached to it.")
            if row[2] is not None:
                raise Conflict(f"Entry #{row[0]} was corrected by #{row[2]}; attach the file to #{row[2]}.")
            aid = self.insert(ex_id, prepared, seq=row[0], origin=row[3])
        return ch.created(self.record_type, aid, sha256=prepared["sha256"])

    def insert(self, exchange_id: str, prepared: dict[str, Any], *, seq: int, origin: str = "user") -> str:
        """Insert a prepared attachment inside the caller's transaction, audited."""
        aid = new_id()
        now = utcnow_iso()
        ref = self.vault.files.put(prepared["data"])
        try:
            self.vault.db.execute(
                "INSERT INTO attachments (id, exchange_id, filename, media_type, size, sha256, file_id, file_key,"
                " created_at, updated_at, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (aid, exchange_id, prepared["filename"], prepared["media_type"], prepared["size"],
                 prepared["sha256"], ref.id, ref.key, now, now, origin),
            )
        except DatabaseError as exc:
            raise LiaisonError(f"The attachment '{prepared['filename']}' could not be stored: {exc}.") from exc
        self.vault.audit.log(
            "create", self.record_type, aid, ref=f"#{seq}",
            summary=f"attachment ({_human_size(prepared['size'])}, {prepared['media_type']}) added to #{seq}",
            details={"sha256": prepared["sha256"], "size": prepared["size"], "exchange_id": exchange_id},
        )
        return aid

    def redact_for_exchange(self, exchange_id: str) -> list[str]:
        """Drop the content of an entry's attachments (inside the caller's
        transaction; the caller audits the erasure)."""
        rows = self.vault.db.execute(
            "SELECT id, file_id FROM attachments WHERE exchange_id = ? AND redacted = 0", (exchange_id,)
        ).fetchall()
        now = utcnow_iso()
        for aid, _file_id in rows:
            self.vault.db.execute(
                "UPDATE attachments SET file_id = NULL, file_key = NULL, filename = '[erased]', redacted = 1,"
                " redacted_at = ?, updated_at = ?, rev = rev + 1 WHERE id = ?",
                (now, now, aid),
            )
        # The key is overwritten in the database (secure_delete); the file goes once this commits.
        self.vault.files.discard(f for _aid, f in rows)
        return [aid for aid, _f in rows]


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row["redacted"] = bool(row.get("redacted"))
    return row
