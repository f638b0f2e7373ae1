"""Export of a case as a bundle, and of registers as CSV.

What goes in: the case, its person links and persons, its exchanges with their
attachments, its deadlines and documents, and every record these refer to
(contacts, agencies, agreements, an earlier exchange answered), found by
following the schema's foreign keys until nothing is missing, so that the
receiving vault can check every reference. Rows are read whole (every column)
by SQL.

Handling codes: a record marked TLP:RED or H2 stays out, and so does everything
that refers to it (its attachments, the deadlines it started, the answers to
it), unless the officer includes restricted records with a justification. The
export is audited as a disclosure, with its recipients.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from typing import Any

from ..errors import NotFound, ValidationError
from ..fileutil import check_output_path
from ..handling import parse_handling
from ..ids import new_id
from ..timeutil import utcnow_iso
from . import container
from .container import AUDIT_MEMBER, BundleBuilder
from .model import RecordType, chunks, columns, foreign_keys, present_types, row_hash


class Selection:
    """Rows chosen for a bundle, table by table (id -> complete row)."""

    def __init__(self, types: list[RecordType]) -> None:
        self.types = types
        self.rows: dict[str, dict[str, dict[str, Any]]] = {rt.table: {} for rt in types}
        self.withheld: dict[str, int] = {}
        self.files: dict[str, dict[str, str]] = {}  # table -> id -> member name (set when the zip is built)


def _fetch(db, table: str, column: str, values: list[Any]) -> list[dict[str, Any]]:
    out = []
    for part in chunks(values):
        marks = ",".join("?" * len(part))
        out += [dict(r) for r in db.query(f"SELECT * FROM {table} WHERE {column} IN ({marks})", part)]
    return out


def _restricted(rt: RecordType, row: dict[str, Any]) -> bool:
    if not rt.handling:
        return False
    text = row.get(rt.handling[0]) or ""
    if not text.strip():
        return False
    try:
        h = parse_handling(text, row.get(rt.handling[1]) or None)
    except ValidationError:
        return True  # a code we cannot read is treated as the strictest
    return bool(h and h.restricts_disclosure)


def select_case(vault, case_id: str, *, include_restricted: bool = False) -> Selection:
    """Every row of the case and everything it refers to; restricted rows and what
    depends on them left out unless ``include_restricted``."""
    db = vault.db
    types = present_types(db)
    sel = Selection(types)
    fks = {rt.table: foreign_keys(db, rt.table) for rt in types}
    new: dict[str, list[dict[str, Any]]] = {rt.table: [] for rt in types}

    def add(table: str, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            if row["id"] not in sel.rows[table]:
                sel.rows[table][row["id"]] = row
                new[table].append(row)

    cols = {rt.table: columns(db, rt.table) for rt in types}
    for rt in types:
        if rt.seed_column and rt.seed_column in cols[rt.table]:
            add(rt.table, _fetch(db, rt.table, rt.seed_column, [case_id]))
    # Follow references (and children) until nothing new turns up.
    while any(new.values()):
        batch, new = new, {rt.table: [] for rt in types}
        for rt in types:
            for col, target in fks[rt.table].items():
                if target not in sel.rows:
                    continue
                wanted = sorted({r[col] for r in batch[rt.table] if r.get(col)} - set(sel.rows[target]))
                if wanted:
                    add(target, _fetch(db, target, "id", wanted))
            if rt.child_of and rt.child_of[1] in sel.rows:
                parents = [r["id"] for r in batch[rt.child_of[1]]]
                if parents:
                    add(rt.table, _fetch(db, rt.table, rt.child_of[0], parents))
    if case_id not in sel.rows.get("cases", {}):
        raise NotFound(f"No case with the id {case_id}.")
    if not include_restricted:
        _withhold_restricted(sel, fks, case_id)
    return sel


def _withhold_restricted(sel: Selection, fks: dict[str, dict[str, str]], case_id: str) -> None:
    out: dict[str, set[str]] = {rt.table: set() for rt in sel.types}
    for rt in sel.types:
        out[rt.table] = {rid for rid, row in sel.rows[rt.table].items() if _restricted(rt, row)}
    if case_id in out["cases"]:
        handling = sel.rows["cases"][case_id]["handling"]
        raise ValidationError(
            f"The case is marked {handling}: it stays out of bundles unless you include restricted records with a "
            "justification (--include-restricted --justification TEXT).",
            field="include_restricted",
        )
    changed = True
    while changed:  # whatever refers to a withheld row is withheld too
        changed = False
        for rt in sel.types:
            for rid, row in sel.rows[rt.table].items():
                if rid in out[rt.table]:
                    continue
                if any(row.get(col) in out.get(target, ()) for col, target in fks[rt.table].items()):
                    if rt.table == "cases" and rid == case_id:
                        raise ValidationError(
                            "The case refers to a restricted record (TLP:RED or H2); include restricted records with "
                            "a justification to export it.", field="include_restricted")
                    out[rt.table].add(rid)
                    changed = True
    for rt in sel.types:
        for rid in out[rt.table]:
            del sel.rows[rt.table][rid]
        if out[rt.table]:
            sel.withheld[rt.record_type] = len(out[rt.table])


def _blank(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return 0
    if isinstance(value, str) and value.startswith("["):
        return "[]"
    if isinstance(value, str) and value.startswith("{"):
        return "{}"
    return "" if isinstance(value, str) else None


def _redacted_row(rt: RecordType, row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for col, value in row.items():
        if (rt.redact_keep is not None and col not in rt.redact_keep) or col in rt.redact_blank:
            out[col] = _blank(value)
    return out


def _audit_extract(vault, sel: Selection) -> list[dict[str, Any]]:
    """The audit entries about every exported record, in order, as stored (with
    their hashes, so that each entry can be checked against its content)."""
    types = sorted({rt.record_type for rt in sel.types} | {"case", "person", "exchange"})
    ids = sorted({rid for rows in sel.rows.values() for rid in rows})
    entries: dict[int, dict[str, Any]] = {}
    tmarks = ",".join("?" * len(types))
    for part in chunks(ids, 400):
        marks = ",".join("?" * len(part))
        for r in vault.db.query(
            f"SELECT * FROM audit WHERE record_type IN ({tmarks}) AND record_id IN ({marks})", [*types, *part]
        ):
            entries[r["seq"]] = dict(r)
    return [entries[s] for s in sorted(entries)]


def _provenance(vault, sel: Selection) -> dict[str, list[list[str]]]:
    """For each exported record that came to this vault in a bundle: [[source vault, bundle id], ...], so
    that the vault it came from recognises what it sent when the record comes back."""
    db = vault.db
    if "record_sources" not in {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}:
        return {}
    out: dict[str, list[list[str]]] = {}
    for table, rows in sel.rows.items():
        ids = list(rows)
        for part in chunks(ids, 400):
            for rid, src, bid in db.execute(
                    f"SELECT record_id, source_vault, bundle_id FROM record_sources WHERE table_name = ? AND "
                    f"record_id IN ({','.join('?' * len(part))})", [table, *part]).fetchall():
                if bid:
                    out.setdefault(rid, []).append([src, bid])
    return out


def build_case_bundle(
    vault,
    case: str,
    *,
    redact: bool = False,
    include_restricted: bool = False,
    justification: str | None = None,
) -> tuple[bytes, dict[str, Any], Selection]:
    """The zip (not yet encrypted), its manifest and what was selected."""
    buf, manifest, sel = _build_case_zip(vault, case, redact=redact, include_restricted=include_restricted,
                                         justification=justification)
    return buf.getvalue(), manifest, sel


def _build_case_zip(
    vault,
    case: str,
    *,
    redact: bool,
    include_restricted: bool,
    justification: str | None,
) -> tuple[io.BytesIO, dict[str, Any], Selection]:
    if include_restricted and not (justification and justification.strip()):
        raise ValidationError("Including restricted records (TLP:RED, H2) needs a justification.",
                              field="justification")
    case_id = vault.cases.resolve(case)
    sel = select_case(vault, case_id, include_restricted=include_restricted)
    case_row = sel.rows["cases"][case_id]
    builder = BundleBuilder()
    counts: dict[str, int] = {}
    out_buf, scratch = bytearray(), bytearray()  # reused for every file as the zip is written
    for rt in sel.types:
        if redact and rt.redact_drop:
            continue
        rows = sorted(sel.rows[rt.table].values(), key=lambda r: (r.get("seq") or 0, r["id"]))
        files: dict[str, str] = {}
        out_rows = []
        for row in rows:
            row = dict(row)
            file_id, key = row.pop("file_id", None), row.pop("file_key", None)
            if rt.has_file and file_id is not None:
                # Read while the zip is written. The file authenticates itself (AES-GCM, bound to its name
                # and its own key): its recorded SHA-256 names it without hashing the bytes again.
                def load(file_id=file_id, key=key, what=rt.record_type):
                    return vault.files.read_into(file_id, key, out_buf, scratch, what=what)

                files[row["id"]] = builder.add_file_source(load, rt.table, digest=row["sha256"], size=row["size"])
            out_rows.append(_redacted_row(rt, row) if redact else row)
        links = {}
        present = {r[0] for r in vault.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        for lt in rt.links:
            if lt.table not in present:
                continue
            parent_ids = [r["id"] for r in rows]
            links[lt.table] = sorted(
                _fetch(vault.db, lt.table, lt.parent_column, parent_ids),
                key=lambda r: tuple(str(v) for v in r.values()),
            )
        sel.files[rt.table] = files
        if not out_rows:
            continue
        builder.add_json(rt.member, {"record_type": rt.record_type, "table": rt.table, "rows": out_rows,
                                     "files": files, "links": links})
        counts[rt.record_type] = len(out_rows)
    if not redact:
        extract = _audit_extract(vault, sel)
        builder.add_json(AUDIT_MEMBER, extract)
        counts["audit_entry"] = len(extract)
    bundle_id = new_id()
    info = {
        "bundle_id": bundle_id,  # random; a bundle sent back names it for the records it got from us
        "provenance": _provenance(vault, sel) if not redact else {},
        "schema_version": vault.schema_version,
        "exported_by": vault.actor,
        "source_vault": vault.id,
        "created_at": utcnow_iso(),
        "case": {"id": case_id, "reference": case_row["reference"]},
        "counts": counts,
        "withheld": sel.withheld,
        # The source trail's head, so that the receiver can later check that the
        # sender's audit trail was not rewritten (audit verify --anchor).
        "audit_head": vault.audit.head() if hasattr(vault.audit, "head") and not redact else None,
        "redacted": redact,
        "restricted_included": include_restricted,
    }
    return builder.build_zip_buffer(info), builder.manifest(info), sel


def export_case(
    vault,
    case: str,
    output: str | os.PathLike,
    *,
    passphrase: str | None = None,
    recipients: Sequence[str] = (),
    to: Sequence[str] = (),
    redact: bool = False,
    include_restricted: bool = False,
    justification: str | None = None,
    purpose: str | None = None,
    overwrite: bool = False,
) -> dict[str, Any]:
    """Write one encrypted bundle for ``case`` and record the disclosure.

    ``recipients`` are age public keys; ``to`` names the people or agencies the
    bundle goes to, for the audit trail. ``purpose`` says why it goes to them: it
    is required, and recorded as the disclosure's justification (LED Art. 25: the
    logs of a disclosure show its justification and its recipients).
    ``justification`` says why restricted records go too (``include_restricted``)."""
    purpose = (purpose or "").strip()
    if not purpose:
        raise ValidationError(
            "Say why the case goes to them (for example: handover to my successor; reply to request "
            "DE-SPOC-2026/6608): the reason is recorded with the disclosure.", field="purpose")
    check_output_path(output, overwrite=overwrite)
    container.parse_recipients(recipients)  # a typo in a key is refused before any work
    audience = [*(t.strip() for t in to if t.strip()), *recipients] or ["holder of the bundle passphrase"]
    now = utcnow_iso()
    # One transaction: the rows are read as one consistent snapshot, and the
    # disclosure is recorded only if the file is written.
    with vault.transaction() as db, container.StagedBundle(output, overwrite=overwrite) as staged:
        buf, manifest, sel = _build_case_zip(
            vault, case, redact=redact, include_restricted=include_restricted, justification=justification)
        size = staged.write_encrypted(buf, passphrase=passphrase, recipients=recipients)
        del buf
        staged.sync_in_background()  # the disk flushes while the disclosure is recorded
        case_id = manifest["case"]["id"]
        ref = sel.rows["cases"][case_id]["reference"]
        summary = "case exported as a bundle" + (" (redacted)" if redact else "")
        if sel.withheld:
            summary += "; withheld as restricted: " + ", ".join(f"{n} {t}" for t, n in sorted(sel.withheld.items()))
        why = purpose
        if include_restricted and justification and justification.strip():
            why += f"; restricted records included: {justification.strip()}"
        vault.audit.log(
            "disclose", "case", case_id, ref=ref, summary=summary, justification=why, recipients=audience,
            details={"counts": manifest["counts"], "redacted": redact, "restricted_included": include_restricted,
                     "encryption": "passphrase" if passphrase else "recipients", "bytes": size},
        )
        if not redact and "bundle_exports" in {r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}:
            db.execute("INSERT INTO bundle_exports (id, exported_at, case_id, recipients) VALUES (?, ?, ?, ?)",
                       (manifest["bundle_id"], now, case_id, json.dumps(audience, ensure_ascii=False)))
            db.conn.executemany(
                "INSERT OR IGNORE INTO bundle_export_records (bundle_id, table_name, record_id) VALUES (?, ?, ?)",
                [(manifest["bundle_id"], rt.table, rid) for rt in sel.types for rid in sel.rows[rt.table]])
        if not redact:
            for rt in sel.types:
                entries = []
                files = sel.files.get(rt.table, {})
                for rid, row in sel.rows[rt.table].items():
                    sha = files[rid].rsplit("/", 1)[1] if rid in files else None
                    entries.append((rt.table, rid, row["rev"], row_hash(rt, row, sha), now))
                db.conn.executemany(
                    "INSERT INTO bundle_sync (table_name, record_id, rev, row_hash, at) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(table_name, record_id) DO UPDATE SET rev = excluded.rev, "
                    "row_hash = excluded.row_hash, at = excluded.at", entries)
        path = staged.commit()
    return {
        "path": str(path),
        "case": {"id": case_id, "reference": ref},
        "bytes": size,
        "counts": manifest["counts"],
        "withheld": sel.withheld,
        "members": len(manifest["members"]),
        "redacted": redact,
        "recipients": audience,
    }


# ------------------------------------------------------------------ registers
REGISTERS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "cases": ("cases", ("id", "reference", "counterpart_reference", "title", "offence_category",
                        "requesting_state", "requested_state", "status", "urgency", "assigned_officer", "handling",
                        "opened_at", "closed_at", "created_at", "updated_at"), "reference"),
    "exchanges": ("exchanges", ("id", "seq", "occurred_at", "direction", "channel", "counterpart_country",
                                "case_id", "request_type", "is_request", "urgency", "outcome", "handling",
                                "evaluation", "reference", "counterpart_reference", "response_due", "redacted",
                                "created_at"), "seq"),
    "deadlines": ("deadlines", ("id", "rule", "title", "case_id", "exchange_id", "starts_at", "due_at",
                                "met_at", "extended_days", "created_at"), "due_at"),
}


def _csv_cell(value: Any) -> Any:
    """Neutralise text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_register(vault, register: str, output: str | os.PathLike, *, overwrite: bool = False) -> dict[str, Any]:
    """One register as CSV (no personal free text: summaries and names stay out),
    read in keyset pages, audited as an export."""
    if register not in REGISTERS:
        raise ValidationError(f"Unknown register '{register}'; choose one of {', '.join(REGISTERS)}.",
                              field="register")
    table, wanted, order = REGISTERS[register]
    db = vault.db
    have = columns(db, table) if table in {r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()} else {}
    if not have:
        raise NotFound(f"This vault has no {register} register yet.")
    cols = [c for c in wanted if c in have]
    path = check_output_path(output, overwrite=overwrite)
    tmp = path.with_name(f".{path.name}.tmp")
    count = 0
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(cols)
            last: tuple[Any, str] | None = None
            while True:
                if last is None:
                    rows = db.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}, id LIMIT 1000")
                else:
                    rows = db.execute(
                        f"SELECT {', '.join(cols)} FROM {table} WHERE ({order} > ? OR ({order} = ? AND id > ?)) "
                        f"ORDER BY {order}, id LIMIT 1000", (last[0], last[0], last[1]))
                page = rows.fetchall()
                if not page:
                    break
                for r in page:
                    writer.writerow([_csv_cell(v) for v in r])
                count += len(page)
                last = (page[-1][cols.index(order)], page[-1][0])
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    vault.audit.log("export", "register", None, ref=register, summary=f"{register} register exported as CSV",
                    details={"rows": count, "columns": cols})
    return {"path": str(path), "register": register, "rows": count}
