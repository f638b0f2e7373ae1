"""The audit trail's witness: its head (last sequence number and hash) written outside the database.

The hash chain shows any entry altered, removed or reordered, but not a trail cut short at its end, nor a
trail rewritten whole and rehashed by someone holding the vault's key. So after every commit that adds
audit entries the head is also written beside the vault (``<vault>.audit-head``, owner-only, atomically),
authenticated with HMAC-SHA256 under a key derived from the data key (HKDF, its own label): the file
cannot be edited or swapped for another vault's without the key. On open and in ``audit verify``, the
trail must still hold the witnessed entry with the witnessed hash, and must not end before it.

The database is made durable (its write-ahead log synced) before the witness is written, so after a
crash or a power cut the trail is the witness's or ahead of it (a commit whose witness was not written
yet), never behind. A witness that does not match is kept aside (``.audit-head.disputed-<time>``) before
anything overwrites it, so the evidence outlives the next write.

The witness stops a rewrite made with tools that do not know of it. Against someone holding the key who
also rewrites the witness, the defence is outside the vault: every document, bundle, oversight report and
audit export carries the head it was made at (``audit verify --against FILE``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os  # noqa: F401
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import strictread as sr
from .fileutil import replace_file

FORMAT = "liaison-audit-witness"
SUFFIX = ".audit-head"
DISPUTED = ".audit-head.disputed-"

SCHEMA = sr.Dict({
    "format": sr.Const(FORMAT),
    "version": sr.Int(1, 1),
    "vault_id": sr.Str(max_len=64),
    "seq": sr.Int(0, (1 << 63) - 1),
    "hash": sr.Str(pattern=r"^[0-9a-f]{64}$"),
    "at": sr.Str(max_len=64),
    "macs": sr.Map(sr.Str(pattern=r"^[0-9a-f]{64}$"), key=sr.Str(pattern=r"^[0-9a-f]{32}$"), max_items=4),
})


def path_for(vault: Path) -> Path:
    return vault.with_name(vault.name + SUFFIX)


def disputed_files(vault: Path) -> list[Path]:
    return sorted(vault.parent.glob(vault.name + DISPUTED + "*"))


def mac_key(data_key: bytes | bytearray, vault_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(),
                info=b"liaison audit witness v1").derive(bytes(data_key))


def _body(doc: dict[str, Any]) -> bytes:
    return json.dumps({k: doc[k] for k in ("format", "version", "vault_id", "seq", "hash", "at")},
                      sort_keys=True, separators=(",", ":")).encode()


def sign(vault_id: str, seq: int, head_hash: str, keys: dict[str, bytes | bytearray]) -> dict[str, Any]:
    """The witness document for a head, MAC'd under each data key in ``keys`` (key id -> key): two only
    while a rekey is under way."""
    doc: dict[str, Any] = {"format": FORMAT, "version": 1, "vault_id": vault_id, "seq": int(seq),
                           "hash": head_hash, "at": datetime.now(UTC).isoformat(timespec="seconds")}
    body = _body(doc)
    doc["macs"] = {kid: hmac.new(mac_key(k, vault_id), body, hashlib.sha256).hexdigest() for kid, k in keys.items()}
    return doc


def write(vault: Path, doc: dict[str, Any]) -> None:
    replace_file(path_for(vault), (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode())


def read(vault: Path) -> dict[str, Any] | None:
    """The witness, strictly read; None when there is none. :class:`strictread.FileRefused` when it is not
    a witness file."""
    p = path_for(vault)
    if not os.path.lexists(p):
        return None
    return sr.load_json(p, what="audit witness", max_bytes=64 << 10, schema=SCHEMA)


def authentic(doc: dict[str, Any], data_key: bytes | bytearray, key_id: str) -> bool:
    mac = doc.get("macs", {}).get(key_id)
    if not mac:
        return False
    expected = hmac.new(mac_key(data_key, doc["vault_id"]), _body(doc), hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, expected)


def set_aside(vault: Path, problems: list[str]) -> Path:
    """Keep what was found (the problems, and the witness as it was, if any) as evidence, never overwritten,
    before the witness is replaced: ``audit verify`` reports it from then on."""
    p = path_for(vault)
    old = None
    if p.exists():
        try:
            old = p.read_bytes()[:64 << 10].decode("utf-8", "replace")
        except OSError:
            old = None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = vault.with_name(vault.name + DISPUTED + stamp)
    note = {"found_at": stamp, "problems": problems, "witness_as_found": old}
    replace_file(dest, (json.dumps(note, indent=1, ensure_ascii=False) + "\n").encode())
    return dest
