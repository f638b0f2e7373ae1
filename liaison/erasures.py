"""Erasure is final: what was erased is remembered, without its data, so that no import brings it back.

When a record's personal data is erased (a person, a case, the exchange log entries of a case), its table,
id and a keyed hash of the content it had are kept in ``erasures``: HMAC-SHA256 under a random key of this
vault (``vault_keys``), over the record's content without its bookkeeping (ids, dates of change, revision,
per-vault numbers). The hash keeps no data, and without the vault's key it cannot even be checked against a
guess. An import refuses a record with an erased id, and a record whose content is that of an erased one
under another id, and says so in its plan.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from .canonical import canonical_flat
from .timeutil import utcnow_iso

KEY_NAME = "erasure-hash"
# Columns that say nothing about what a record holds: left out of the content hash.
BOOKKEEPING = frozenset(("id", "created_at", "updated_at", "rev", "origin", "reference", "seq", "file_id",
                         "file_key", "erased_at", "redacted", "redacted_at"))


def _key(db) -> bytes:
    row = db.execute("SELECT secret FROM vault_keys WHERE name = ?", (KEY_NAME,)).fetchone()
    if row:
        return bytes(row[0])
    key = secrets.token_bytes(32)
    db.execute("INSERT INTO vault_keys (name, secret, created_at) VALUES (?, ?, ?)", (KEY_NAME, key, utcnow_iso()))
    return key


def content_hash(db, row: dict[str, Any], *, key: bytes | None = None) -> str:
    content = {k: v for k, v in row.items() if k not in BOOKKEEPING}
    body = canonical_flat(content, default=str)
    return hmac.new(key if key is not None else _key(db), body, hashlib.sha256).hexdigest()


def available(db) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'erasures'").fetchone() is not None


def remember(db, table: str, row: dict[str, Any]) -> None:
    """Inside the erasure's transaction, before the row is blanked: keep its id and content hash, and drop
    what an import left of it in the conflicts table (the bundle's version, which holds the same data)."""
    if not available(db):
        return
    db.execute("INSERT OR REPLACE INTO erasures (table_name, record_id, content_hash, erased_at) VALUES (?, ?, ?, ?)",
               (table, row["id"], content_hash(db, row), utcnow_iso()))
    db.execute("DELETE FROM bundle_conflicts WHERE table_name = ? AND record_id = ?", (table, row["id"]))


def erased(db, table: str, rows: list[dict[str, Any]]) -> dict[str, str]:
    """Of ``rows`` (a bundle's, for ``table``), those that were erased here: id -> when. By id, or by the
    content of an erased record under another id."""
    if not available(db) or not rows:
        return {}
    out: dict[str, str] = {}
    ids = [r["id"] for r in rows]
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for rid, at in db.execute(f"SELECT record_id, erased_at FROM erasures WHERE table_name = ? AND record_id IN "
                                  f"({','.join('?' * len(part))})", [table, *part]).fetchall():
            out[rid] = at
    known = dict(db.execute("SELECT content_hash, erased_at FROM erasures WHERE table_name = ?", (table,)).fetchall())
    if known:
        key = _key(db)
        for r in rows:
            if r["id"] not in out:
                at = known.get(content_hash(db, r, key=key))
                if at is not None:
                    out[r["id"]] = at
    return out
