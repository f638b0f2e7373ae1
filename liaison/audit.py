"""The audit trail: who did what, when, to which record, and why.

Each entry's hash covers its content and the previous entry's hash, so that an
entry altered, removed or moved breaks the chain from that point; ``verify``
names the first entry that does not fit.

The chain alone cannot show that its *last* entries were cut off, so the head
(last seq and hash) is also kept in the ``meta`` table and checked by
``verify``. Someone holding the vault key can still rewrite the whole chain;
the defence against that is outside the vault: every export carries the head,
and ``verify(anchor=...)`` checks that a head written down earlier (in an old
export, a report, a supervisor's file) is still part of the chain.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from .canonical import canonical_flat, dumps_sorted
from .db import insert_many
from .errors import LiaisonError, ValidationError

GENESIS = "0" * 64
HEAD_KEY = "audit.head"  # in the meta table: {"seq": n, "hash": "..."}
EXPORT_FORMAT = "liaison-audit-export/1"
HASH_RULE = (
    "hash = sha256(prev_hash + '\\n' + canonical JSON of the fields in 'fields', keys sorted, no spaces, "
    "UTF-8, non-ASCII kept); the first entry's prev_hash is 64 zeros"
)

# Law Enforcement Directive Art. 25 operations, plus vault housekeeping.
ACTIONS = ("create", "alter", "consult", "disclose", "combine", "erase", "import", "export")
NEEDS_JUSTIFICATION = ("disclose", "erase")

_FIELDS = ("seq", "at", "actor", "action", "record_type", "record_id", "ref", "summary", "justification", "recipients", "details")
_ROW = (*_FIELDS, "prev_hash", "hash")  # a row of the audit table, in this order
_row_of = itemgetter(*_ROW)
# Columns that may be NULL and have no default: a None there is left out of the INSERT (see insert_many).
_NULLABLE = frozenset(("record_id", "ref", "justification", "recipients", "details"))
_ENTRY_KEYS = frozenset(("action", "record_type", "record_id", "ref", "summary", "justification", "recipients",
                         "details", "actor"))


def _text(value: Any) -> str | None:
    return None if value is None else value if isinstance(value, str) else str(value)


def _canonical(entry: dict[str, Any]) -> bytes:
    return canonical_flat({k: entry.get(k) for k in _FIELDS})


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    return _hash(prev_hash, _canonical(entry))


def _hash(prev_hash: str, canonical: bytes) -> str:
    h = hashlib.sha256(prev_hash.encode())
    h.update(b"\n")
    h.update(canonical)
    return h.hexdigest()


@dataclass
class VerifyResult:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str = ""
    last_seq: int = 0
    last_hash: str = GENESIS
    signer: str | None = None  # an export's signing key (base64), when it was signed

    def to_dict(self) -> dict[str, Any]:
        out = {"ok": self.ok, "entries": self.entries, "first_bad_seq": self.first_bad_seq, "problem": self.problem,
               "head": {"seq": self.last_seq, "hash": self.last_hash}}
        if self.signer:
            out["signer"] = self.signer
        return out


def verify_entries(rows: Iterable[dict[str, Any]], *, anchor: dict[str, Any] | None = None) -> VerifyResult:
    """Check a sequence of entries (from the vault or from an export) in seq
    order: no gap, each follows the one before, each hash matches its content,
    and ``anchor`` (when given) is one of them."""
    prev, expected_seq, count = GENESIS, 1, 0
    anchor_seen = False
    for row in rows:
        count += 1
        try:
            seq = int(row["seq"])
        except (KeyError, TypeError, ValueError):
            return VerifyResult(False, count, expected_seq, f"entry {expected_seq} has no valid sequence number",
                                last_seq=expected_seq - 1, last_hash=prev)
        if seq != expected_seq:
            bad = expected_seq if seq > expected_seq else seq
            what = (f"entry {expected_seq} is missing (next is {seq})" if seq > expected_seq
                    else f"entry {seq} is out of order or repeated (expected {expected_seq})")
            return VerifyResult(False, count, bad, what, last_seq=expected_seq - 1, last_hash=prev)
        if row.get("prev_hash") != prev:
            return VerifyResult(False, count, seq, f"entry {seq} does not follow entry {seq - 1} (removed or reordered)",
                                last_seq=seq - 1, last_hash=prev)
        if entry_hash(prev, row) != row.get("hash"):
            return VerifyResult(False, count, seq, f"entry {seq} was altered after it was written",
                                last_seq=seq - 1, last_hash=prev)
        if anchor and int(anchor.get("seq", -1)) == seq:
            if anchor.get("hash") != row["hash"]:
                return VerifyResult(False, count, seq,
                                    f"entry {seq} differs from the anchor written down earlier (the trail was rewritten)",
                                    last_seq=seq - 1, last_hash=prev)
            anchor_seen = True
        prev, expected_seq = row["hash"], seq + 1
    if anchor and not anchor_seen and int(anchor.get("seq", 0)) > 0:
        return VerifyResult(False, count, expected_seq,
                            f"the anchor entry {anchor.get('seq')} is not in the trail (it ends at {expected_seq - 1})",
                            last_seq=expected_seq - 1, last_hash=prev)
    return VerifyResult(True, count, last_seq=expected_seq - 1, last_hash=prev)


_CSV_ESCAPE = ("\\", "=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> str:
    """A CSV cell that round-trips exactly (so the export can be re-hashed):
    NULL is ``\\N``; text starting with a backslash or a spreadsheet formula
    character gets a leading backslash, which also keeps spreadsheets from
    running user text as a formula."""
    if value is None:
        return "\\N"
    text = str(value)
    return "\\" + text if text.startswith(_CSV_ESCAPE) else text


def _csv_value(cell: str | None) -> str | None:
    if cell is None or cell == "\\N":
        return None
    return cell[1:] if cell.startswith("\\") else cell


def verify_export(text: str, *, public_key: str | None = None) -> VerifyResult:
    """Check an export made by :meth:`AuditLog.export` (JSON or CSV) on its own, without the vault: its
    signature (Ed25519, by the vault's audit key: an export cut short, or edited and re-hashed, no longer
    verifies), that it ends at the head it states, and the chain. ``public_key`` (base64), when given, must
    be the signer's (the vault's key, as ``liaison audit key`` prints it). ``signer`` in the result names the
    key that signed it."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            doc = strict_json(text)
            entries, head = doc["entries"], doc["head"]
        except (ValueError, KeyError, TypeError, LiaisonError) as exc:
            raise ValidationError(f"This is not a Liaison audit export: {exc}.", field="file") from exc
        if not isinstance(head, dict) or not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise ValidationError("This is not a Liaison audit export: 'head' or 'entries' has the wrong shape.",
                                  field="file")
        problem, signer = _check_json_signature(text, doc, public_key)
        return _judge(verify_entries(entries), (head.get("seq"), head.get("hash")), problem, signer)
    body, head, problem, signer = _check_csv_signature(text, public_key)
    return _judge(_verify_csv_rows(body), head, problem, signer)


def _judge(result: VerifyResult, head: tuple | None, problem: str, signer: str | None) -> VerifyResult:
    """An export's verdict, naming the first thing wrong: a broken chain, then a head that does not match
    where the entries stop, then the signature."""
    result.signer = signer
    if not result.ok:
        return result
    if head is not None and (result.last_seq, result.last_hash) != tuple(head):
        return VerifyResult(False, result.entries, result.last_seq + 1,
                            f"the export stops at entry {result.last_seq} but its head names entry {head[0]}",
                            last_seq=result.last_seq, last_hash=result.last_hash, signer=signer)
    if problem:
        return VerifyResult(False, result.entries, None, problem, last_seq=result.last_seq,
                            last_hash=result.last_hash, signer=signer)
    return result


def _verify_csv_rows(text: str) -> VerifyResult:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "hash" not in reader.fieldnames:
        raise ValidationError("This is not a Liaison audit export (no hash column).", field="file")

    def rows() -> Iterator[dict[str, Any]]:
        for r in reader:
            row: dict[str, Any] = {k: _csv_value(v) for k, v in r.items()}
            try:
                row["seq"] = int(row["seq"])
            except (TypeError, ValueError):
                row["seq"] = None
            yield row

    return verify_entries(rows())


class AuditLog:
    def __init__(self, vault) -> None:
        self.vault = vault

    def log(
        self,
        action: str,
        record_type: str,
        record_id: str | None = None,
        *,
        ref: str | None = None,
        summary: str = "",
        justification: str | None = None,
        recipients: Iterable[str] | None = None,
        details: dict[str, Any] | None = None,
        actor: str | None = None,
    ) -> int:
        """Append one entry and return its sequence number. Runs inside the
        caller's transaction when there is one, so the entry and the change it
        records commit together."""
        return self.log_many([{
            "action": action, "record_type": record_type, "record_id": record_id, "ref": ref, "summary": summary,
            "justification": justification, "recipients": recipients, "details": details, "actor": actor,
        }])[0]

    def log_many(self, entries: Iterable[dict[str, Any]]) -> list[int]:
        """Append several entries in one go (an import writes one per record) and
        return their sequence numbers. Each ``entries`` item holds the keyword
        arguments of :meth:`log` plus ``action`` and ``record_type``. The chain is
        the same as from as many :meth:`log` calls: every entry's hash covers the
        one before; the head is recorded once, at the end. All or nothing."""
        with self.vault.transaction() as db:
            row = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
            rows = self._chain(entries, (row[0], row[1]) if row else (0, GENESIS))
            if not rows:
                return []
            insert_many(db.conn, "audit", _ROW, rows, nullable=_NULLABLE)
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (HEAD_KEY, json.dumps({"seq": rows[-1][0], "hash": rows[-1][-1]})),
            )
            note = getattr(self.vault, "audit_appended", None)
            if note is not None:
                # From now on the trail has a witness outside the database: one missing later was removed.
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit.witnessed', '1')")
                note(rows[-1][0], rows[-1][-1])  # witnessed once the outermost transaction commits
        return [r[0] for r in rows]

    def _chain(self, entries: Iterable[dict[str, Any]], last: tuple[int, str]) -> list[tuple]:
        """The audit rows that append ``entries`` after ``last`` (seq, hash), hashes computed."""
        rows = []
        seq, prev = last
        default_actor = None
        at = datetime.now(UTC).isoformat(timespec="microseconds")  # one moment: they commit together
        for item in entries:
            if not _ENTRY_KEYS.issuperset(item):
                unknown = item.keys() - _ENTRY_KEYS
                raise TypeError(f"unknown audit entry field(s) {', '.join(sorted(unknown))}")
            action, record_type = item["action"], item["record_type"]
            if action not in ACTIONS:
                raise ValueError(f"unknown audit action {action!r}")
            if action in NEEDS_JUSTIFICATION and not (item.get("justification") or "").strip():
                # LED Art. 25: the log of a disclosure shows its justification; an erasure says why too.
                raise ValueError(f"an audit entry of action {action!r} needs a justification")
            if action == "disclose" and not item.get("recipients"):
                raise ValueError("an audit entry of a disclosure needs its recipients")
            actor = _text(item.get("actor"))
            if not actor:
                default_actor = default_actor or self.vault.actor
                actor = default_actor
            recipients, details = item.get("recipients"), item.get("details")
            seq += 1
            entry = {
                "seq": seq,
                "at": at,
                "actor": actor,
                "action": action,
                "record_type": record_type,
                # Text columns hold text: a number given here (a bundle's manifest can say anything) would be
                # hashed as a number and read back as text, and the entry would no longer verify.
                "record_id": _text(item.get("record_id")),
                "ref": _text(item.get("ref")),
                "summary": _text(item.get("summary", "")) or "",
                "justification": _text(item.get("justification")),
                "recipients": json.dumps(list(recipients), ensure_ascii=False) if recipients is not None else None,
                "details": dumps_sorted(details).decode() if details else None,
            }
            # ``entry`` holds exactly the hashed fields here: its canonical form is what entry_hash makes.
            digest = _hash(prev, canonical_flat(entry))
            entry["prev_hash"] = prev
            entry["hash"] = prev = digest
            rows.append(_row_of(entry))
        return rows

    def head(self) -> dict[str, Any]:
        """The last entry's seq and hash: write it down (or keep an export) to be
        able to show later that the trail was not rewritten."""
        row = self.vault.db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return {"seq": row[0], "hash": row[1]} if row else {"seq": 0, "hash": GENESIS}

    def list(
        self,
        *,
        record_type: str | None = None,
        record_id: str | None = None,
        action: str | None = None,
        since: str | None = None,
        until: str | None = None,
        after_seq: int = 0,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        """A page of entries in order (keyset on ``seq``)."""
        where, params = ["seq > ?"], [after_seq]
        for col, val in (("record_type", record_type), ("record_id", record_id), ("action", action)):
            if val:
                where.append(f"{col} = ?")
                params.append(val)
        if since:
            where.append("at >= ?")
            params.append(since)
        if until:
            where.append("at < ?")
            params.append(until)
        rows = self.vault.db.query(
            f"SELECT * FROM audit WHERE {' AND '.join(where)} ORDER BY seq LIMIT ?", [*params, limit]
        )
        return [_decode(r) for r in rows]

    def verify(self, anchor: dict[str, Any] | None = None) -> VerifyResult:
        """Walk the whole chain (streamed, not loaded at once) and name the first
        entry that does not fit. ``anchor`` ({"seq", "hash"}, e.g. the head of an
        earlier export) must still be in the chain with the same hash."""
        result = self._verify_chain(anchor)
        if result.ok:
            problems = self.vault.witness_problems() if hasattr(self.vault, "witness_problems") else []
            if problems:
                return VerifyResult(False, result.entries, None, "; ".join(problems), last_seq=result.last_seq,
                                    last_hash=result.last_hash)
        return result

    def _verify_chain(self, anchor: dict[str, Any] | None) -> VerifyResult:
        recorded = self._recorded_head()
        result = verify_entries(self.vault.db.query("SELECT * FROM audit ORDER BY seq"), anchor=anchor)
        if not result.ok or recorded is None:
            return result
        last_seq = result.last_seq
        if recorded["seq"] < 0:
            return VerifyResult(False, result.entries, last_seq, "the recorded head of the trail was damaged",
                                last_seq=last_seq, last_hash=result.last_hash)
        if recorded["seq"] > last_seq:
            return VerifyResult(False, result.entries, last_seq + 1,
                                f"entries {last_seq + 1} to {recorded['seq']} are missing (the trail was cut short)",
                                last_seq=last_seq)
        if recorded["seq"] == last_seq and recorded["hash"] != result.last_hash:
            return VerifyResult(False, result.entries, last_seq,
                                f"entry {last_seq} does not match the recorded head of the trail", last_seq=last_seq)
        if recorded["seq"] < last_seq:
            return VerifyResult(False, result.entries, recorded["seq"] + 1,
                                f"entry {recorded['seq'] + 1} was added outside Liaison (after the recorded head)",
                                last_seq=last_seq)
        return result

    def public_key(self) -> str:
        """This vault's audit signing key, public half (base64): what an oversight body notes down to check
        exports later (``verify_export(text, public_key=...)``)."""
        return public_key_text(signing_key(self.vault))

    def verify_against(self, data: bytes, *, head: dict[str, Any] | None = None, source: str = "the file"
                       ) -> VerifyResult:
        """Prove that the trail was not rewritten since ``data`` (a document, an oversight report or an
        audit export made from this vault) was made: the trail must still hold the head it carries (or
        ``head``, read from a bundle by the caller), with the same hash; an export's every entry must still
        be in the trail unchanged, and its signature must be this vault's."""
        head = head or head_of_file(data)
        if head is None:
            raise ValidationError(f"{source} carries no audit head (it is not a document, report, bundle or audit "
                                  "export made by Liaison, or it was made before they carried one).", field="file")
        result = self.verify(anchor=head)
        if not result.ok:
            return result
        text = data.decode("utf-8", "replace") if not data.startswith(b"%PDF") else ""
        if text.lstrip().startswith("{") or CSV_SIGNATURE_MARK in text[-2000:]:
            exported = verify_export(text, public_key=self.public_key())
            if not exported.ok:
                return VerifyResult(False, result.entries, exported.first_bad_seq,
                                    f"{source} does not verify as an export of this vault: {exported.problem}",
                                    last_seq=result.last_seq, last_hash=result.last_hash)
            theirs = _export_hashes(text)
            for seq, h in theirs:
                row = self.vault.db.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
                if row is None or row[0] != h:
                    return VerifyResult(False, result.entries, seq,
                                        f"entry {seq} is not the one in {source}: the trail was rewritten since",
                                        last_seq=result.last_seq, last_hash=result.last_hash)
        return result

    def _recorded_head(self) -> dict[str, Any] | None:
        row = self.vault.db.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
        if not row:
            return None
        try:
            head = json.loads(row[0])
            return {"seq": int(head["seq"]), "hash": str(head["hash"])}
        except (ValueError, KeyError, TypeError):
            return {"seq": -1, "hash": ""}

    def iter_entries(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every entry, in order, as stored (recipients and details as their
        JSON text, exactly what the hash covers), a page at a time."""
        after = 0
        while True:
            rows = list(self.vault.db.query("SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?", [after, batch]))
            if not rows:
                return
            yield from rows
            after = rows[-1]["seq"]

    def export(self, fmt: str = "json", *, justification: str | None = None) -> str:
        """The whole trail for a supervisory authority: every entry with the
        fields its hash covers, its prev_hash and hash, and the chain head, so
        that the export can be checked on its own (:func:`verify_export`). The
        export is itself logged first, so the head includes it."""
        if fmt not in ("json", "csv"):
            raise ValidationError("Export format must be json or csv.", field="format")
        self.log("export", "audit", None, summary=f"audit trail exported ({fmt})", justification=justification)
        head = self.head()
        signer = signing_key(self.vault)
        columns = [*_FIELDS, "prev_hash", "hash"]
        if fmt == "csv":
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(columns)
            for e in self.iter_entries():
                writer.writerow([_csv_cell(e[c]) for c in columns])
            body = out.getvalue() + f"{CSV_HEAD_MARK},{head['seq']},{head['hash']},{self.vault.id}\n"
            return body + _csv_signature(signer, body.encode("utf-8"))
        parts = [
            "{",
            f'"format": {json.dumps(EXPORT_FORMAT)},',
            f'"vault_id": {json.dumps(self.vault.id)},',
            f'"exported_at": {json.dumps(datetime.now(UTC).isoformat(timespec="seconds"))},',
            f'"hash_rule": {json.dumps(HASH_RULE)},',
            f'"fields": {json.dumps(list(_FIELDS))},',
            f'"head": {json.dumps(head)},',
            '"entries": [',
        ]
        first = True
        for e in self.iter_entries():
            parts.append(("" if first else ",") + json.dumps({c: e[c] for c in columns}, ensure_ascii=False))
            first = False
        parts.append("]}")
        return _sign_json("\n".join(parts) + "\n", signer)

    def export_csv(self, **filters: Any) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        cols = ["seq", "at", "actor", "action", "record_type", "record_id", "ref", "summary", "justification", "recipients", "hash"]
        writer.writerow(cols)
        after = 0
        while True:
            page = self.list(after_seq=after, limit=1000, **filters)
            if not page:
                break
            for e in page:
                writer.writerow(["; ".join(e[c]) if c == "recipients" and e[c] else e[c] for c in cols])
            after = page[-1]["seq"]
        return out.getvalue()


# ------------------------------------------------------------------ signatures
SIGNING_KEY = "audit-signing"
CSV_HEAD_MARK = "#liaison-audit-head"
CSV_SIGNATURE_MARK = "#liaison-signature"


def signing_key(vault):
    """The vault's Ed25519 audit signing key (made on first use, kept inside the encrypted vault)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    db = vault.db
    row = db.execute("SELECT secret FROM vault_keys WHERE name = ?", (SIGNING_KEY,)).fetchone()
    if row:
        return Ed25519PrivateKey.from_private_bytes(bytes(row[0]))
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    with vault.transaction() as tx:
        tx.execute("INSERT OR IGNORE INTO vault_keys (name, secret, public, created_at) VALUES (?, ?, ?, ?)",
                   (SIGNING_KEY, raw, public_key_text(key), datetime.now(UTC).isoformat(timespec="seconds")))
        row = tx.execute("SELECT secret FROM vault_keys WHERE name = ?", (SIGNING_KEY,)).fetchone()
    return Ed25519PrivateKey.from_private_bytes(bytes(row[0]))


def public_key_text(key) -> str:
    import base64

    from cryptography.hazmat.primitives import serialization

    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(pub).decode("ascii")


def key_fingerprint(public_b64: str) -> str:
    """A short, readable fingerprint of a public key, for an oversight body to note down."""
    digest = hashlib.sha256(public_b64.encode("ascii")).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def _verify_sig(public_b64: str, signature_b64: str, message: bytes) -> bool:
    import base64
    import binascii

    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64, validate=True)).verify(
            base64.b64decode(signature_b64, validate=True), message)
        return True
    except (InvalidSignature, ValueError, binascii.Error, TypeError):
        return False


def _sign_json(text: str, key) -> str:
    """``text`` (a JSON object) with a last member ``signature`` over its canonical form without it."""
    import base64

    doc = json.loads(text)
    sig = base64.b64encode(key.sign(_canonical_doc(doc))).decode("ascii")
    signature = {"alg": "ed25519", "public_key": public_key_text(key), "value": sig,
                 "covers": "canonical JSON of the document without 'signature' (keys sorted, no spaces, UTF-8)"}
    return text.rstrip()[:-1] + f',\n"signature": {json.dumps(signature)}}}\n'


def _canonical_doc(doc: dict[str, Any]) -> bytes:
    return json.dumps({k: v for k, v in doc.items() if k != "signature"}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def strict_json(text: str) -> Any:
    from .strictread import parse_json

    return parse_json(text, what="audit export", max_depth=16)


def _check_json_signature(text: str, doc: dict[str, Any], public_key: str | None) -> tuple[str, str | None]:
    sig = doc.get("signature")
    if not isinstance(sig, dict):
        return "the export is not signed (made by an older Liaison, or its signature was removed)", None
    pub, value = sig.get("public_key"), sig.get("value")
    if not isinstance(pub, str) or not isinstance(value, str) or sig.get("alg") != "ed25519":
        return "the export's signature is malformed", None
    if public_key is not None and pub != public_key:
        return (f"the export was signed by another key ({key_fingerprint(pub)}), not this vault's "
                f"({key_fingerprint(public_key)})"), pub
    if not _verify_sig(pub, value, _canonical_doc(doc)):
        return "the export's signature does not match its content: it was cut short or edited after it was made", pub
    return "", pub


def _csv_signature(key, body: bytes) -> str:
    import base64

    sig = base64.b64encode(key.sign(body)).decode("ascii")
    return f"{CSV_SIGNATURE_MARK},ed25519,{public_key_text(key)},{sig}\n"


def _check_csv_signature(text: str, public_key: str | None) -> tuple[str, tuple[int, str] | None, str, str | None]:
    """(the rows, the stated head, a problem or '', the signer)."""
    lines = text.splitlines(keepends=True)
    if not lines or not lines[-1].startswith(CSV_SIGNATURE_MARK + ","):
        return text, None, "the export is not signed (made by an older Liaison, or its signature was removed)", None
    parts = lines[-1].strip().split(",")
    body = "".join(lines[:-1])
    if len(parts) != 4 or parts[1] != "ed25519":
        return body, None, "the export's signature is malformed", None
    pub, value = parts[2], parts[3]
    head = None
    if lines[:-1] and lines[-2].startswith(CSV_HEAD_MARK + ","):
        hp = lines[-2].strip().split(",")
        if len(hp) >= 3 and hp[1].isdigit() and len(hp[1]) <= 19:
            head = (int(hp[1]), hp[2])
        body_rows = "".join(lines[:-2])
    else:
        body_rows = body
    if public_key is not None and pub != public_key:
        return body_rows, head, (f"the export was signed by another key ({key_fingerprint(pub)}), not this "
                                 f"vault's ({key_fingerprint(public_key)})"), pub
    if not _verify_sig(pub, value, body.encode("utf-8")):
        return body_rows, head, ("the export's signature does not match its content: it was cut short or edited "
                                 "after it was made"), pub
    if head is None:
        return body_rows, head, "the export states no head", pub
    return body_rows, head, "", pub


def _export_hashes(text: str) -> list[tuple[int, str]]:
    if text.lstrip().startswith("{"):
        doc = strict_json(text)
        return [(int(e["seq"]), str(e["hash"])) for e in doc.get("entries", []) if isinstance(e, dict)]
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        seq = row.get("seq") or ""
        if seq.isdigit() and len(seq) <= 19:
            out.append((int(seq), row.get("hash") or ""))
    return out


def head_of_file(data: bytes) -> dict[str, Any] | None:
    """The audit head a file carries: a document or oversight report (PDF metadata), an audit export (JSON or
    CSV), or None."""
    import re

    if data.startswith(b"%PDF"):
        m = re.search(rb"/LiaisonAuditHead\s*\((\d{1,19}):([0-9a-f]{64})\)", data)
        return {"seq": int(m.group(1)), "hash": m.group(2).decode()} if m else None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if text.lstrip().startswith("{"):
        try:
            doc = strict_json(text)
        except LiaisonError:
            return None
        head = doc.get("head") if isinstance(doc, dict) else None
        if isinstance(head, dict) and isinstance(head.get("seq"), int) and isinstance(head.get("hash"), str):
            return {"seq": head["seq"], "hash": head["hash"]}
        return None
    for line in text.splitlines()[::-1][:3]:
        if line.startswith(CSV_HEAD_MARK + ","):
            hp = line.split(",")
            if len(hp) >= 3 and hp[1].isdigit() and len(hp[1]) <= 19:
                return {"seq": int(hp[1]), "hash": hp[2]}
    return None


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row["recipients"] = json.loads(row["recipients"]) if row.get("recipients") else None
    row["details"] = json.loads(row["details"]) if row.get("details") else None
    return row
