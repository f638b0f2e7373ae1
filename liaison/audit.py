"""The audit trail: who did what, when, to which record, and why.

Each entry's hash covers its content and the previous entry's hash, so that an
entry altered, removed or moved breaks the chain from that point; ``verify``
names the first entry that does not fit.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Iterable

GENESIS = "0" * 64

# Law Enforcement Directive Art. 25 operations, plus vault housekeeping.
ACTIONS = ("create", "alter", "consult", "disclose", "combine", "erase", "import", "export")
NEEDS_JUSTIFICATION = ("disclose", "erase")

_FIELDS = ("seq", "at", "actor", "action", "record_type", "record_id", "ref", "summary", "justification", "recipients", "details")


def _canonical(entry: dict[str, Any]) -> bytes:
    return json.dumps({k: entry.get(k) for k in _FIELDS}, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode() + b"\n" + _canonical(entry)).hexdigest()


@dataclass
class VerifyResult:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "first_bad_seq": self.first_bad_seq, "problem": self.problem}


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
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        with self.vault.transaction() as db:
            last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
            seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
            entry = {
                "seq": seq,
                "at": datetime.now(UTC).isoformat(timespec="microseconds"),
                "actor": actor or self.vault.actor,
                "action": action,
                "record_type": record_type,
                "record_id": record_id,
                "ref": ref,
                "summary": summary,
                "justification": justification,
                "recipients": json.dumps(list(recipients), ensure_ascii=False) if recipients is not None else None,
                "details": json.dumps(details, ensure_ascii=False, sort_keys=True) if details else None,
            }
            entry["prev_hash"] = prev
            entry["hash"] = entry_hash(prev, entry)
            db.execute(
                f"INSERT INTO audit ({', '.join(entry)}) VALUES ({', '.join('?' * len(entry))})",
                tuple(entry.values()),
            )
        return seq

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

    def verify(self) -> VerifyResult:
        prev, expected_seq, count = GENESIS, 1, 0
        for row in self.vault.db.query("SELECT * FROM audit ORDER BY seq"):
            count += 1
            seq = row["seq"]
            if seq != expected_seq:
                return VerifyResult(False, count, expected_seq if seq > expected_seq else seq,
                                    f"entry {expected_seq} is missing (next is {seq})")
            if row["prev_hash"] != prev:
                return VerifyResult(False, count, seq, f"entry {seq} does not follow entry {seq - 1} (removed or reordered)")
            if entry_hash(prev, row) != row["hash"]:
                return VerifyResult(False, count, seq, f"entry {seq} was altered after it was written")
            prev, expected_seq = row["hash"], seq + 1
        return VerifyResult(True, count)

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


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row["recipients"] = json.loads(row["recipients"]) if row.get("recipients") else None
    row["details"] = json.loads(row["details"]) if row.get("details") else None
    return row
