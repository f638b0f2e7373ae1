"""Inspecting and importing a case bundle.

Everything is checked before anything is written: the container (see
:mod:`.safety`), then every record (known table, known columns, right types,
unique ids, files matching their recorded hashes), then every reference (it must
point into the bundle or to a record this vault holds). Only then, in one
transaction, are the rows written; any failure rolls the whole import back.
The files go their own way meanwhile (:class:`_FileWorker`): each is checked
against the manifest and encrypted into a temporary folder of the vault's file
store as soon as the bundle is open, and put in place just before the commit.

Merge rules, per record (ids are kept):

- not here yet -> inserted (a human reference already used by another record is
  renamed ``REF~2`` and flagged; a per-vault log number is renumbered);
- the same record under another id (a reference instrument by its key, a contact
  by e-mail) -> the local record is used, references are pointed at it;
- identical -> skipped;
- changed on one side only -> the newer version (judged against the version both
  sides last exchanged, kept in ``bundle_sync``; without one, by ``rev`` and
  ``updated_at``);
- changed on both sides -> the local version stays, the bundle's is kept in
  ``bundle_conflicts`` for the officer to decide;
- the exchange log and attachments are never overwritten;
- a record that exists here and did not come from the bundle's sender (nor went to
  it in a bundle of ours) is never changed by it: a ``not-theirs`` conflict;
- erasure is final: a record erased here (by its id, or by the content it had, see
  :mod:`liaison.erasures`) is not written, not even kept as a conflict, and the
  plan says so; nor is anything that refers to it.

Every imported record passes the checks a typed one does: text without NUL or
lone surrogates and within the store's lengths, the stores' own validation for
cases and persons, whole numbers within 64 bits and revisions within 2^53.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import shutil
import sys
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyrage

from .. import erasures, filestore
from ..audit import _FIELDS as AUDIT_FIELDS
from ..audit import entry_hash
from ..db import DatabaseError, insert_many, nullable_columns
from ..errors import LiaisonError, NotFound, ValidationError
from ..filestore import FileRef
from ..ids import is_id, new_id
from ..paging import Page, keyset_page
from ..timeutil import utcnow_iso
from .container import AUDIT_MEMBER, FILES_DIR, RECORDS_DIR
from .errors import BundleRejected, BundleTooNew
from .identity import get_identity
from .model import (
    BY_TABLE,
    FILE_COLUMNS,
    RecordType,
    chunks,
    columns,
    existing_tables,
    foreign_keys,
    is_erased,
    row_hash,
    unique_keys,
)
from .safety import DEFAULT_LIMITS, Bundle, Limits, describe_encryption, open_bundle

_HINT = "Nothing was imported; ask the sender for a corrected bundle."


def _bad(message: str, problem: str) -> BundleRejected:
    return BundleRejected(message, problem=problem, hint=_HINT)


# ------------------------------------------------------------------- opening
def open_for_vault(
    data: bytes,
    vault=None,
    *,
    passphrase: str | None = None,
    identities: Sequence[str] = (),
    limits: Limits = DEFAULT_LIMITS,
    verify_files: bool = True,
) -> Bundle:
    """Open a bundle with the passphrase, the identities given, or the vault's own
    identity (read only: no identity is created by opening)."""
    idents: list[Any] = list(identities)
    if not passphrase and vault is not None and describe_encryption(data) == "recipients":
        own = get_identity(vault, create=False)
        if own is not None:
            idents.append(own)
    return open_bundle(data, passphrase=passphrase, identities=idents, limits=limits, verify_files=verify_files)


def inspect(bundle: Bundle) -> dict[str, Any]:
    """What is inside, from the manifest and the records (no vault involved)."""
    m = bundle.manifest
    files = [n for n in bundle.names if n.startswith("files/")]
    return {
        "format_version": m.get("format_version"),
        "schema_version": m.get("schema_version"),
        "exported_by": m.get("exported_by"),
        "source_vault": m.get("source_vault"),
        "created_at": m.get("created_at"),
        "case": m.get("case"),
        "counts": m.get("counts", {}),
        "withheld": m.get("withheld", {}),
        "redacted": m.get("redacted", False),
        "restricted_included": m.get("restricted_included", False),
        "members": len(bundle.names),
        "files": len(files),
        "bytes": sum(e["size"] for e in m["members"].values()),
    }


def inspect_file(data: bytes, *, passphrase: str | None = None, identities: Sequence[Any] = (),
                 limits: Limits = DEFAULT_LIMITS) -> dict[str, Any]:
    with open_bundle(data, passphrase=passphrase, identities=identities, limits=limits) as b:
        return inspect(b)


# -------------------------------------------------------------------- checks
_TYPES = {"TEXT": (str,), "INTEGER": (int,), "REAL": (int, float), "ANY": (str, int, float)}
_NONE = type(None)


@dataclass
class _Table:
    rt: RecordType
    cols: dict[str, dict[str, Any]]
    fks: dict[str, str]
    rows: list[dict[str, Any]]
    files: dict[str, str]
    links: dict[str, list[dict[str, Any]]]


def _check_value(table: str, rid: str, col: str, spec: dict[str, Any], value: Any) -> None:
    if value is None:
        if spec["notnull"]:
            raise _bad(f"{table} {rid}: '{col}' is empty but may not be.", "wrong-type")
        return
    allowed = _TYPES.get(spec["type"], (str, int, float))
    if isinstance(value, bool) or not isinstance(value, allowed):
        raise _bad(f"{table} {rid}: '{col}' should be {spec['type'].lower()}, not {type(value).__name__}.",
                   "wrong-type")


def load_records(vault, bundle: Bundle) -> dict[str, _Table]:
    """Every records member, checked against this vault's schema."""
    m = bundle.manifest
    ours = vault.schema_version
    theirs = m.get("schema_version")
    if not isinstance(theirs, int) or isinstance(theirs, bool):
        raise _bad("manifest.json has no schema_version.", "bad-manifest")
    if theirs > ours:
        raise BundleTooNew(f"This bundle comes from a newer Liaison (schema {theirs}; this vault is at {ours}).",
                           problem="schema-too-new", hint="Update Liaison, then import it. Nothing was imported.")
    if m.get("redacted"):
        raise BundleRejected("This is a redacted bundle, made for reports: its personal data was left out, so it "
                             "cannot be imported over real records.", problem="redacted",
                             hint="Ask for a full bundle to take over the case.")
    tables = existing_tables(vault.db)
    counts = m.get("counts") or {}
    out: dict[str, _Table] = {}
    seen_ids: set[str] = set()
    for name in bundle.names:
        if not name.startswith(RECORDS_DIR):
            continue
        table = name[len(RECORDS_DIR):-len(".json")]
        rt = BY_TABLE.get(table)
        if rt is None:
            raise _bad(f"The bundle holds records of an unknown type ({name}).", "unknown-type")
        if table not in tables:
            raise BundleTooNew(f"The bundle holds {table}, which this vault does not have yet.",
                               problem="schema-too-new", hint="Update Liaison, then import it.")
        doc = bundle.read_json(name)
        if (not isinstance(doc, dict) or doc.get("table") != table or not isinstance(doc.get("rows"), list)
                or not isinstance(doc.get("files", {}), dict) or not isinstance(doc.get("links", {}), dict)):
            raise _bad(f"{name} does not have the layout of a records file (table, rows, files, links).",
                       "wrong-type")
        cols = columns(vault.db, table)
        rows = doc["rows"]
        if counts.get(rt.record_type) != len(rows):
            raise _bad(f"{name} holds {len(rows)} rows but manifest.json counts {counts.get(rt.record_type)}.",
                       "count-mismatch")
        # Per column, the exact types a value may have (JSON gives no subclasses; a bool is not an integer).
        allowed = {c: frozenset(_TYPES.get(spec["type"], (str, int, float))) | (set() if spec["notnull"] else {_NONE})
                   for c, spec in cols.items() if c not in FILE_COLUMNS}
        required = {c for c, spec in cols.items()
                    if c not in FILE_COLUMNS and spec["notnull"] and spec["default"] is None}
        known = allowed.keys()
        # Rows written by one exporter share their columns and, mostly, the types of their values: each
        # such shape (the columns in order, then the value types) is checked once, for its first row.
        shapes: set[tuple] = set()
        for row in rows:
            if type(row) is not dict or not is_id(row.get("id")):
                raise _bad(f"{name}: a row has no valid id.", "wrong-type")
            rid = row["id"]
            if rid in seen_ids:
                raise _bad(f"{name}: the id {rid} appears twice.", "duplicate-id")
            seen_ids.add(rid)
            shape = (*row, *map(type, row.values()))
            if shape in shapes:
                continue
            if not known >= row.keys():
                unknown = sorted(row.keys() - known)
                raise _bad(f"{table} {rid}: unknown column(s) {', '.join(unknown)}.", "unknown-column")
            if not row.keys() >= required:
                col = sorted(required - row.keys())[0]
                raise _bad(f"{table} {rid}: the column '{col}' is missing.", "wrong-type")
            for col, value in row.items():
                if type(value) not in allowed[col]:
                    _check_value(table, rid, col, cols[col], value)  # says what is wrong
            shapes.add(shape)
        for row in rows:
            _check_record(vault, rt, row)
        files = doc.get("files", {})
        ids = {r["id"] for r in rows}
        for rid, member in files.items():
            if rid not in ids or not isinstance(member, str) or not rt.has_file:
                raise _bad(f"{name}: a file is listed for a record that is not in the bundle.", "unknown-reference")
            if member not in m["members"]:
                raise _bad(f"{name}: the file of {rid} ({member}) is not in the bundle.", "missing-member")
        if rt.has_file:
            for row in rows:
                member = files.get(row["id"])
                entry = m["members"].get(member) if member else None
                if entry is None and rt.file_required(row):
                    raise _bad(f"{table} {row['id']}: its file is missing.", "missing-member")
                if entry is not None:
                    if "sha256" in row and row["sha256"] != entry["sha256"]:
                        raise _bad(f"{table} {row['id']}: its file does not match its recorded SHA-256.",
                                   "hash-mismatch")
                    if "size" in row and row["size"] != entry["size"]:
                        raise _bad(f"{table} {row['id']}: its file is not its recorded size.", "hash-mismatch")
        links = doc.get("links", {})
        for lt in rt.links:
            entries = links.get(lt.table, [])
            if entries and lt.table not in tables:
                raise BundleTooNew(f"The bundle holds {lt.table}, which this vault does not have yet.",
                                   problem="schema-too-new", hint="Update Liaison, then import it.")
            lcols = columns(vault.db, lt.table)
            if not isinstance(entries, list):
                raise _bad(f"{name}: the links {lt.table} are not a list.", "wrong-type")
            for e in entries:
                if not isinstance(e, dict) or set(e) - set(lcols) or e.get(lt.parent_column) not in ids:
                    raise _bad(f"{name}: a {lt.table} entry is malformed or names a record not in the bundle.",
                               "unknown-reference")
                for col, spec in lcols.items():
                    _check_value(lt.table, str(e.get(lt.parent_column)), col, spec, e.get(col))
        if set(links) - {lt.table for lt in rt.links}:
            raise _bad(f"{name}: unknown link tables {', '.join(sorted(set(links) - {lt.table for lt in rt.links}))}.",
                       "unknown-column")
        out[table] = _Table(rt, cols, foreign_keys(vault.db, table), rows, files, links)
    if not out.get("cases") or not any(r["id"] == (m.get("case") or {}).get("id") for r in out["cases"].rows):
        raise _bad("The bundle does not hold the case its manifest names.", "unknown-reference")
    return {t: out[t] for t in (rt.table for rt in BY_TABLE.values()) if t in out}


_AUDIT_KEYS = frozenset((*AUDIT_FIELDS, "prev_hash", "hash"))


MAX_REV = 1 << 53  # revisions are counted one change at a time: anything near 2^63 is forged
_INT64 = (-(1 << 63), (1 << 63) - 1)
# The lengths the stores allow for text typed in (records/*.py); any other text column: MAX_TEXT.
_TEXT_LIMITS = {
    "cases": {"title": 500, "summary": 20_000, "counterpart_reference": 200, "offence_text": 500,
              "urgency_reason": 2_000, "assigned_officer": 200, "notes": 100_000, "handling_h3_text": 2_000,
              "reference": 100},
    "persons": {"display_name": 300, "transliteration": 300, "notes": 100_000, "reference": 100},
}
MAX_TEXT = 200_000
# Bidirectional embeddings and overrides: they make a title read differently from what it holds (a record
# typed in the window cannot hold them either: its fields are plain text).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BIDI_FREE = ("title", "reference", "display_name", "filename", "name")


def _check_record(vault, rt: RecordType, row: dict[str, Any]) -> None:
    """The checks a record typed in passes, for one imported row: refuses with the record and the field."""
    rid = row["id"]
    limits = _TEXT_LIMITS.get(rt.table, {})
    for col, value in row.items():
        if isinstance(value, int) and not isinstance(value, bool):
            if not _INT64[0] <= value <= _INT64[1] or (col == "rev" and not 1 <= value <= MAX_REV):
                raise _bad(f"{rt.record_type} {rid}: '{col}' is out of range ({str(value)[:24]}...).",
                           "out-of-range")
        elif isinstance(value, str):
            limit = limits.get(col, MAX_TEXT)
            if len(value) > limit:
                raise _bad(f"{rt.record_type} {rid}: '{col}' holds {len(value):,} characters; at most {limit:,} "
                           "may be typed in.", "invalid-record")
            if "\x00" in value:
                raise _bad(f"{rt.record_type} {rid}: '{col}' contains a NUL character.", "invalid-record")
            if any("\ud800" <= c <= "\udfff" for c in value):
                raise _bad(f"{rt.record_type} {rid}: '{col}' contains an invalid character (a lone surrogate).",
                           "invalid-record")
            if col in _BIDI_FREE and not _BIDI_CONTROLS.isdisjoint(value):
                raise _bad(f"{rt.record_type} {rid}: '{col}' contains bidirectional override characters, which "
                           "make it read differently from what it holds.", "invalid-record")
    validate = _STORE_CHECKS.get(rt.table)
    if validate is not None:
        try:
            validate(vault, row)
        except ValidationError as exc:
            raise _bad(f"{rt.record_type} {rid}: {exc.message}", "invalid-record") from exc


def _check_case(vault, row: dict[str, Any]) -> None:
    fields = {k: row.get(k) for k in ("title", "summary", "counterpart_reference", "offence_text",
                                      "assigned_officer", "notes", "offence_category", "requesting_state",
                                      "requested_state", "urgency", "urgency_reason", "handling",
                                      "handling_h3_text", "review_date")}
    if row.get("erased_at"):
        return  # a tombstone: its title is the erasure mark
    try:
        fields["tags"] = json.loads(row.get("tags") or "[]")
    except ValueError as exc:
        raise ValidationError("tags: not a list.", field="tags") from exc
    fields["legal_basis"] = None  # the agreement may come in the same bundle: checked as a reference
    vault.cases._validate(fields, current=None)


def _check_person(vault, row: dict[str, Any]) -> None:
    if row.get("erased_at"):
        return
    fields = {k: row.get(k) for k in ("display_name", "transliteration", "date_of_birth", "nationality",
                                      "category", "notes", "review_date")}
    for k in ("names", "documents", "facts", "assessments"):
        try:
            fields[k] = json.loads(row.get(k) or "[]")
        except ValueError as exc:
            raise ValidationError(f"{k}: not a list.", field=k) from exc
    vault.persons._validate(fields)


_STORE_CHECKS = {"cases": _check_case, "persons": _check_person}


def _load_audit(bundle: Bundle) -> list[dict[str, Any]]:
    if AUDIT_MEMBER not in bundle.manifest["members"]:
        return []
    entries = bundle.read_json(AUDIT_MEMBER)
    if not isinstance(entries, list):
        raise _bad("audit.json is not a list of entries.", "wrong-type")
    for e in entries:
        if (not isinstance(e, dict) or not isinstance(e.get("seq"), int) or not isinstance(e.get("hash"), str)
                or not isinstance(e.get("prev_hash"), str) or not isinstance(e.get("action"), str)
                or not isinstance(e.get("at"), str) or not isinstance(e.get("actor"), str)
                or not isinstance(e.get("record_type"), str)):
            raise _bad("audit.json has an entry with missing or wrongly typed fields.", "wrong-type")
        if not e.keys() <= _AUDIT_KEYS:
            raise _bad("audit.json has an entry with unknown fields.", "unknown-column")
        if entry_hash(e["prev_hash"], e) != e["hash"]:
            raise _bad(f"audit.json: entry {e['seq']} does not match its own hash (it was altered).",
                       "audit-altered")
    return entries


# ---------------------------------------------------------------------- plan
@dataclass
class Step:
    table: str
    action: str              # insert | update | skip | keep-local | conflict | map
    row: dict[str, Any]
    note: str = ""
    kind: str = ""           # conflict kind
    local_rev: int = 0
    new_values: dict[str, Any] = field(default_factory=dict)  # renamed/renumbered columns


@dataclass
class Plan:
    manifest: dict[str, Any]
    tables: dict[str, _Table]
    steps: list[Step]
    remap: dict[str, str]
    audit: list[dict[str, Any]]

    def summary(self) -> dict[str, Any]:
        actions: dict[str, Counter] = {}
        for s in self.steps:
            actions.setdefault(BY_TABLE[s.table].record_type, Counter())[s.action] += 1
        return {
            "case": self.manifest.get("case"),
            "source_vault": self.manifest.get("source_vault"),
            "exported_by": self.manifest.get("exported_by"),
            "actions": {k: dict(v) for k, v in actions.items()},
            "conflicts": [
                {"record_type": BY_TABLE[s.table].record_type, "id": s.row["id"], "kind": s.kind, "message": s.note}
                for s in self.steps if s.action == "conflict"
            ],
            "mapped": [
                {"record_type": BY_TABLE[s.table].record_type, "id": s.row["id"], "to": self.remap[s.row["id"]]}
                for s in self.steps if s.action == "map"
            ],
            "renamed": [
                {"record_type": BY_TABLE[s.table].record_type, "id": s.row["id"], "column": col,
                 "from": s.row.get(col), "to": value}
                for s in self.steps for col, value in s.new_values.items() if col != "seq"
            ],
            "audit_entries": len(self.audit),
            "erased": [
                {"record_type": BY_TABLE[s.table].record_type, "id": s.row["id"], "message": s.note}
                for s in self.steps if s.action == "erased"
            ],
        }


def _local_row(db, table: str, rid: str) -> dict[str, Any] | None:
    rows = list(db.query(f"SELECT * FROM {table} WHERE id = ?", [rid]))
    return dict(rows[0]) if rows else None


def _local_rows(db, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The rows of ``table`` with these ids, fetched in chunks."""
    out: dict[str, dict[str, Any]] = {}
    for part in chunks(ids):
        for r in db.query(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(part))})", part):
            out[r["id"]] = dict(r)
    return out


def _base(db, table: str, rid: str) -> str | None:
    r = db.execute("SELECT row_hash FROM bundle_sync WHERE table_name = ? AND record_id = ?", (table, rid)).fetchone()
    return r[0] if r else None


def plan_import(vault, bundle: Bundle) -> Plan:
    """Decide what happens to every record, without writing anything."""
    db = vault.db
    tables = load_records(vault, bundle)
    audit = _load_audit(bundle)
    bundle_ids = {t: {r["id"] for r in tab.rows} for t, tab in tables.items()}
    local_rows = {t: _local_rows(db, t, [r["id"] for r in tab.rows]) for t, tab in tables.items()}
    present = existing_tables(db)
    remap: dict[str, str] = {}
    steps: list[Step] = []
    # Unique keys other than the per-vault columns (those are renamed or renumbered, never a clash).
    ukeys = {t: [k for k in unique_keys(db, t) if not {c for c, _ in k} & set(tab.rt.local_columns)]
             for t, tab in tables.items()}
    seqs = {t: _SeqNumbers(db, t, [r.get("seq") for r in tab.rows]) for t, tab in tables.items()
            if "seq" in tab.rt.local_columns}
    # The same record under another id here (natural keys).
    for table, tab in tables.items():
        for row in tab.rows:
            if not tab.rt.natural_keys or row["id"] in local_rows[table]:
                continue
            for key in tab.rt.natural_keys:
                values = [remap.get(row.get(c), row.get(c)) for c in key]
                if any(v in (None, "") for v in values):
                    continue
                where = " AND ".join(f"{c} = ? COLLATE NOCASE" for c in key)  # as the unique indexes compare
                hit = db.execute(f"SELECT id FROM {table} WHERE {where}", values).fetchone()
                if hit:
                    remap[row["id"]] = hit[0]
                    steps.append(Step(table, "map", row, note=f"same {table[:-1]} as {hit[0]} here ({', '.join(key)})"))
                    break
    # Every reference must land in the bundle or in this vault (what is not in
    # the bundle is looked up here, a chunk of ids at a time).
    outside: list[tuple[_Table, dict[str, Any], str, str, str]] = []  # references to look up here
    for tab in tables.values():
        for row in tab.rows:
            if row["id"] in remap:
                continue
            for col, target in tab.fks.items():
                value = row.get(col)
                if value in (None, ""):
                    continue
                value = remap.get(value, value)
                if value not in bundle_ids.get(target, ()):
                    outside.append((tab, row, col, target, value))
    wanted: dict[str, set[str]] = {}
    for _tab, _row, _col, target, value in outside:
        if target in present:
            wanted.setdefault(target, set()).add(value)
    here = {target: _existing_ids(db, target, values) for target, values in wanted.items()}
    for tab, row, col, target, value in outside:
        if value not in here.get(target, ()):
            raise _bad(f"{tab.rt.record_type} {row['id']} refers to {BY_TABLE[target].record_type} {value} "
                       f"({col}), which is neither in the bundle nor in this vault.", "unknown-reference")
    # Erasure is final: what was erased here (by id or by content) is not written, nor is what refers to it.
    erased_here = {t: erasures.erased(db, t, tab.rows) for t, tab in tables.items()}
    dropped: set[str] = set()
    not_theirs: set[str] = set()
    source = str(bundle.manifest.get("source_vault") or "")
    owners = _Ownership(db, source, bundle.manifest, vault.id)
    # Decide per record.
    for table, tab in tables.items():
        rt = tab.rt
        for row in tab.rows:
            if row["id"] in remap:
                continue
            row = dict(row)
            if remap:
                for col in tab.fks:
                    if row.get(col) in remap:
                        row[col] = remap[row[col]]
            when = erased_here[table].get(row["id"])
            if when is not None:
                dropped.add(row["id"])
                steps.append(Step(table, "erased", {"id": row["id"]},
                                  note=f"erased here on {when[:10]}: not brought back"))
                continue
            foreign = [row.get(col) for col in tab.fks if row.get(col) in not_theirs]
            if foreign:
                # Attached to a local record the sender may not change (an exchange injected into our case).
                not_theirs.add(row["id"])
                steps.append(Step(table, "conflict", row, kind="not-theirs",
                                  note=f"attached to {foreign[0]}, which exists here and did not come from the "
                                       "sender: never written by an import"))
                continue
            refs = [row.get(col) for col in tab.fks if row.get(col) in dropped]
            if refs:
                dropped.add(row["id"])
                steps.append(Step(table, "erased", {"id": row["id"]},
                                  note=f"refers to {refs[0]}, erased here: not brought back"))
                continue
            file_sha = bundle.manifest["members"][tab.files[row["id"]]]["sha256"] if row["id"] in tab.files else None
            local = local_rows[table].get(row["id"])
            if local is None:
                _check_unique(db, rt, row, ukeys[table])
                steps.append(Step(table, "insert", row, new_values=_local_values(db, rt, row, seqs.get(table))))
                continue
            local_sha = local.get("sha256") if rt.has_file and local.get("file_id") else None
            for private in FILE_COLUMNS:
                local.pop(private, None)
            mine = row_hash(rt, local, local_sha)
            theirs = row_hash(rt, {**local, **row}, file_sha)
            owned = owners.may_change(table, row["id"])
            if not owned:
                not_theirs.add(row["id"])  # nothing may be attached to it either, even when it is unchanged
            if mine == theirs:
                steps.append(Step(table, "skip", row, note="unchanged"))
                continue
            if is_erased(local) and not is_erased(row):
                # Nothing of the bundle's version is kept (it holds the data erased here).
                steps.append(Step(table, "erased", {"id": row["id"]},
                                  note="erased or redacted here: not brought back"))
                continue
            if not owned:
                steps.append(Step(table, "conflict", row, kind="not-theirs", local_rev=local["rev"],
                                  note=f"exists here and did not come from the sender ({source or 'unknown'}) nor "
                                       "go to it in a bundle: never overwritten by an import"))
                continue
            if rt.append_only:
                note = ("the sender erased this entry's personal data; the log is never overwritten by an import, "
                        "so erase it here too if that applies" if is_erased(row) else
                        "the exchange log is never overwritten; the bundle's version differs")
                steps.append(Step(table, "conflict", row, kind="append-only", local_rev=local["rev"], note=note))
                continue
            base = _base(db, table, row["id"])
            if base is not None:
                mine_changed, theirs_changed = mine != base, theirs != base
                if theirs_changed and not mine_changed and row.get("rev", 0) <= local["rev"]:
                    # Unchanged here, but the bundle's version is not a later revision: it
                    # comes from another line of history (or is older), so it is not applied blindly.
                    if row.get("rev", 0) < local["rev"]:
                        mine_changed, theirs_changed = True, False  # older: keep ours
                    else:
                        mine_changed = True  # same revision, other content: a fork, for the officer
            else:
                # No shared history: only a clear lead in both rev and time decides.
                rev, at = row.get("rev", 0), row.get("updated_at", "")
                if rev > local["rev"] and at >= local["updated_at"]:
                    mine_changed, theirs_changed = False, True
                elif rev < local["rev"] and at <= local["updated_at"]:
                    mine_changed, theirs_changed = True, False
                else:
                    mine_changed = theirs_changed = True
            if theirs_changed and not mine_changed:
                steps.append(Step(table, "update", row, note="changed in the bundle only", local_rev=local["rev"]))
            elif mine_changed and not theirs_changed:
                steps.append(Step(table, "keep-local", row, note="changed here only", local_rev=local["rev"]))
            else:
                steps.append(Step(table, "conflict", row, kind="both-changed", local_rev=local["rev"],
                                  note="changed here and in the bundle: the local version stays until you decide"))
    return Plan(bundle.manifest, tables, steps, remap, audit)


class _Ownership:
    """Which local records a bundle's sender may change: those that came from it (``record_sources``), and
    those we sent it in a bundle whose random id it names for the record (``provenance`` in its manifest,
    checked against ``bundle_export_records``)."""

    def __init__(self, db, source: str, manifest: dict[str, Any], own_vault: str) -> None:
        self.db, self.source = db, source
        self.ready = existing_tables(db) >= {"record_sources", "bundle_export_records"}
        prov = manifest.get("provenance")
        self.claims: dict[str, list[str]] = {}
        if isinstance(prov, dict):
            for rid, entries in list(prov.items())[:200_000]:
                if isinstance(rid, str) and isinstance(entries, list):
                    self.claims[rid] = [e[1] for e in entries[:8] if isinstance(e, list) and len(e) == 2
                                        and e[0] == own_vault and isinstance(e[1], str)]

    def may_change(self, table: str, rid: str) -> bool:
        if not self.ready:
            return True
        if self.source and self.db.execute(
                "SELECT 1 FROM record_sources WHERE table_name = ? AND record_id = ? AND source_vault = ?",
                (table, rid, self.source)).fetchone():
            return True
        for bundle_id in self.claims.get(rid, []):
            if self.db.execute("SELECT 1 FROM bundle_export_records WHERE bundle_id = ? AND table_name = ? AND "
                               "record_id = ?", (bundle_id, table, rid)).fetchone():
                return True
        return False


def _existing_ids(db, table: str, ids: set[str]) -> set[str]:
    """Which of ``ids`` this vault holds in ``table`` (a chunk of ids per query)."""
    out: set[str] = set()
    for part in chunks(sorted(ids)):
        out.update(r[0] for r in db.execute(
            f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(part))})", part).fetchall())
    return out


class _SeqNumbers:
    """The per-vault log numbers (``seq``) already taken, for the numbers a bundle
    brings, read in chunks once rather than one query per record; numbers given
    out during the import are added as they are written."""

    def __init__(self, db, table: str, wanted: list[Any]) -> None:
        self.db, self.table = db, table
        values = sorted({v for v in wanted if isinstance(v, int) and not isinstance(v, bool)})
        self.taken: set[int] = set()
        for part in chunks(values):
            self.taken.update(r[0] for r in db.execute(
                f"SELECT seq FROM {table} WHERE seq IN ({','.join('?' * len(part))})", part).fetchall())
        self._max: int | None = None

    def is_taken(self, seq: Any) -> bool:
        if isinstance(seq, int) and not isinstance(seq, bool):
            return seq in self.taken
        return self.db.execute(f"SELECT 1 FROM {self.table} WHERE seq = ?", (seq,)).fetchone() is not None

    def next(self) -> int:
        if self._max is None:
            self._max = self.db.execute(f"SELECT coalesce(max(seq), 0) FROM {self.table}").fetchone()[0]
        return self._max + 1

    def written(self, seq: int) -> None:
        self.taken.add(seq)
        if self._max is None:
            self._max = self.db.execute(f"SELECT coalesce(max(seq), 0) FROM {self.table}").fetchone()[0]
        self._max = max(self._max, seq)


def _check_unique(db, rt: RecordType, row: dict[str, Any], keys: list[list[tuple[str, str]]]) -> None:
    """A new record must not collide with a different local record on a unique
    key (``keys``: the table's, less those on per-vault columns, which are renamed or renumbered)."""
    for key in keys:
        names = [c for c, _ in key]
        if any(row.get(c) in (None, "") for c in names):
            continue
        where = " AND ".join(f"{c} = ? COLLATE {coll or 'BINARY'}" for c, coll in key)
        hit = db.execute(f"SELECT id FROM {rt.table} WHERE {where} AND id <> ?",
                         [*(row[c] for c in names), row["id"]]).fetchone()
        if hit:
            raise _bad(f"{rt.record_type} {row['id']} has the same {', '.join(names)} as {rt.record_type} {hit[0]} "
                       "already in this vault, but is a different record.", "duplicate-record")


def _local_values(db, rt: RecordType, row: dict[str, Any], seqs: _SeqNumbers | None = None) -> dict[str, Any]:
    """New values for per-vault columns of an inserted row (renamed reference,
    next log number)."""
    out: dict[str, Any] = {}
    if rt.rename_column and row.get(rt.rename_column):
        ref = row[rt.rename_column]
        n = 1
        candidate = ref
        while db.execute(f"SELECT 1 FROM {rt.table} WHERE {rt.rename_column} = ? AND id <> ?",
                         (candidate, row["id"])).fetchone():
            n += 1
            candidate = f"{ref}~{n}"
        if candidate != ref:
            out[rt.rename_column] = candidate
    if "seq" in rt.local_columns and row.get("seq") is not None:
        if (seqs.is_taken(row["seq"]) if seqs is not None
                else db.execute(f"SELECT 1 FROM {rt.table} WHERE seq = ?", (row["seq"],)).fetchone()):
            out["seq"] = None  # allocated at write time
    return out


# --------------------------------------------------------------------- write
def _insert(db, table: str, row: dict[str, Any]) -> None:
    cols = list(row)
    db.conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [row[c] for c in cols])


class _Inserts:
    """New rows, grouped into batches of one table with the same columns, each written with one
    ``executemany`` instead of a statement per row. Anything that reads what the import wrote calls
    :meth:`flush` first. (Rows hold no file content: the files go to the vault's file store on their
    own thread.)"""

    def __init__(self, db) -> None:
        self.db = db
        self.batches: list[tuple[str, tuple[str, ...], list[list[Any]]]] = []
        self._nullable: dict[str, frozenset[str]] = {}

    def add(self, table: str, row: dict[str, Any]) -> None:
        cols = tuple(row)
        if not self.batches or self.batches[-1][0] != table or self.batches[-1][1] != cols:
            self.batches.append((table, cols, []))
        self.batches[-1][2].append(list(row.values()))

    def flush(self) -> None:
        conn = self.db.conn
        for table, cols, rows in self.batches:
            if table not in self._nullable:
                self._nullable[table] = nullable_columns(conn, table)
            insert_many(conn, table, cols, rows, nullable=self._nullable[table])
        self.batches = []


def _update(db, rt: RecordType, row: dict[str, Any]) -> None:
    cols = [c for c in row if c != "id" and c not in rt.local_columns]
    db.conn.execute(f"UPDATE {rt.table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                    [*(row[c] for c in cols), row["id"]])


def _replace_links(db, tab: _Table, parent_id: str) -> None:
    for lt in tab.rt.links:
        db.conn.execute(f"DELETE FROM {lt.table} WHERE {lt.parent_column} = ?", (parent_id,))
        for e in tab.links.get(lt.table, []):
            if e.get(lt.parent_column) == parent_id:
                _insert(db, lt.table, e)


# The stores' own indexers (they know what to index); others use the model's columns.
_INDEXERS = {
    "case": lambda vault, row: vault.cases._index(row["id"]),
    "person": lambda vault, row: vault.persons._index(row["id"]),
    "exchange": lambda vault, row: vault.exchanges._index(row),
}


def _reindex(vault, touched: list[tuple[RecordType, dict[str, Any]]]) -> None:
    """Refresh the search index for written records (``row`` as written). The
    stores' indexers are batched into one write of the index."""
    with vault.search.batch():
        _reindex_rows(vault, touched)


def _reindex_rows(vault, touched: list[tuple[RecordType, dict[str, Any]]]) -> None:
    generic = []
    for rt, row in touched:
        rid = row["id"]
        indexer = _INDEXERS.get(rt.record_type)
        if indexer is not None:
            try:
                if is_erased(row):
                    vault.search.remove(rt.record_type, rid)
                else:
                    indexer(vault, row)
                continue
            except (ImportError, AttributeError):
                pass  # that store is not in this version: index from the columns below
        entry = None if is_erased(row) else _column_entry(rt, row)
        if entry is not None:
            generic.append(entry)
    if generic:
        vault.search.index_many(generic)


_SWITCH: dict[str, Any] = {"depth": 0, "saved": 0.005, "gc": True}
_SWITCH_LOCK = threading.Lock()


@contextlib.contextmanager
def _quick_handover(interval: float = 0.0001):
    """While the file threads run, let them take the GIL back within a tenth of a millisecond of each hash,
    encryption or disk write they leave it for, instead of Python's default 5 ms: they make several such
    calls per file while the importing thread is busy with records (0.5 or 2 ms made the import about
    10 ms slower). The cyclic garbage collector
    pauses meanwhile: parsing a case makes hundreds of thousands of objects and no cycles, and a
    full collection in the middle costs more than the import's own work on them."""
    with _SWITCH_LOCK:
        if _SWITCH["depth"] == 0:
            _SWITCH["saved"] = sys.getswitchinterval()
            _SWITCH["gc"] = gc.isenabled()
            sys.setswitchinterval(min(interval, _SWITCH["saved"]))
            gc.disable()
        _SWITCH["depth"] += 1
    try:
        yield
    finally:
        with _SWITCH_LOCK:
            _SWITCH["depth"] -= 1
            if _SWITCH["depth"] == 0:
                sys.setswitchinterval(_SWITCH["saved"])
                if _SWITCH["gc"]:
                    gc.enable()


class _FileWorker:
    """The bundle's files, checked and written on threads of their own from the moment the bundle is open,
    while the importing thread checks, plans and writes the records.

    Each of :attr:`THREADS` threads takes every other file and, for each: hashes it against the manifest,
    encrypts it with a key of its own and writes it (durably) into a temporary folder inside the vault's
    file store. The threads share no queue, and what they need is prepared by the importing thread before
    they start (where each file lies in the bundle, its key, its nonce): a thread needs Python's lock only
    around its few long calls per file (hash, encrypt, write), which run without it, so it seldom takes the
    lock from the importing thread. (Handing it over costs tens of microseconds on a virtual machine; an
    encrypting thread passing files along queues to two writing threads did it about three times as often,
    and the import took about 7 ms longer.) Two threads, because a disk takes two durable writes together
    faster than one after the other.

    The import claims a file for each record it inserts; :meth:`finish` moves the claimed files into place
    and removes the folder with whatever was not claimed (a file of a record that was skipped). Failures
    are raised in the importing thread, by :meth:`verified` and :meth:`finish`, before anything commits;
    :meth:`cancel` removes everything."""

    THREADS = 2

    def __init__(self, bundle: Bundle, store=None) -> None:
        self.bundle, self.store = bundle, store
        self.error: BaseException | None = None
        self.members = [n for n in bundle.names if n.startswith(FILES_DIR)]
        self._first = {m: FileRef.new() for m in self.members}  # written as soon as checked
        self._claimed: list[FileRef] = []
        self._copies: list[tuple[FileRef, str]] = []  # a second record with the same content: written at the end
        self._unclaimed = set(self._first)
        self._stop = False
        self._check_only = store is None  # a dry run (or a refused plan): hash, write nothing
        self._threads: list[threading.Thread] = []
        self.incoming = None if store is None else store.dir / f".incoming-{new_id().lower()}"
        try:
            jobs = self._jobs()
        except OSError as exc:
            self.error = store.write_error(exc)
            return
        except BaseException as exc:  # noqa: BLE001 - a member that cannot be read: reported by verified()
            self.error = exc
            return
        self._threads = [threading.Thread(target=self._run, args=(jobs[i::self.THREADS],),
                                          name=f"bundle-files-{i}", daemon=True)
                         for i in range(min(self.THREADS, len(jobs)))]
        for thread in self._threads:
            thread.start()

    def _jobs(self) -> list[tuple]:
        """(member, its bytes in place or None, ref, nonce) for every file."""
        if self.incoming is not None and self.members:
            self.store.ensure_dir()
            self.incoming.mkdir(mode=0o700)
        drawn = filestore.nonces(len(self.members))
        return [(name, self.bundle.unchecked_view(name), self._first[name], nonce)
                for name, nonce in zip(self.members, drawn, strict=True)]

    def _run(self, jobs: list[tuple]) -> None:
        buffer = bytearray()  # the encrypted form of one file at a time
        try:
            for name, view, ref, nonce in jobs:
                if self._stop or self.error is not None:
                    return
                if view is None:  # compressed in the bundle: read and checked there
                    view = self.bundle.read_view(name)
                else:
                    self.bundle.confirm(name, hashlib.sha256(view).hexdigest())
                if self._check_only:
                    continue
                sealed = filestore.seal_into(ref, view, buffer, nonce)
                try:
                    filestore.write_sealed(self.incoming / ref.id, sealed)
                finally:
                    sealed.release()  # the buffer can grow again for a larger file
        except OSError as exc:
            self.error = self.error or (self.store.write_error(exc) if self.store is not None else exc)
        except BaseException as exc:  # noqa: BLE001 - handed to the importing thread
            self.error = self.error or exc

    def _join(self) -> None:
        for thread in self._threads:
            thread.join()

    def verified(self) -> None:
        """Wait for the files' check (writing no more of them); raise what it found."""
        self._check_only = True
        self._join()
        if self.error is not None:
            raise self.error

    def claim(self, member: str) -> FileRef:
        """The file for a record being inserted: the one already written for ``member``, or (for a second
        record with the same content) a copy of its own."""
        if member in self._unclaimed:
            self._unclaimed.discard(member)
            ref = self._first[member]
        else:
            ref = FileRef.new()
            self._copies.append((ref, member))
        self._claimed.append(ref)
        return ref

    def finish(self) -> list[str]:
        """Wait for every file; put the claimed ones in place (fsynced already; the caller's transaction
        makes the folder durable before it commits). Returns their ids."""
        self._join()
        if self.error is not None:
            raise self.error
        if self.incoming is None:
            return []
        moved = []
        try:
            for ref, member in self._copies:
                self.store.write(ref, self.bundle.read_view(member), folder=self.incoming)
            for ref in self._claimed:
                os.replace(self.incoming / ref.id, self.store.path(ref.id))
                moved.append(ref.id)
        except OSError as exc:
            for fid in moved:
                with contextlib.suppress(OSError):
                    self.store.path(fid).unlink()
            raise LiaisonError(f"The imported files could not be put in place in {self.store.dir}: "
                               f"{exc.strerror}.", hint="Check the disk; nothing was imported.") from exc
        except BaseException:
            for fid in moved:
                with contextlib.suppress(OSError):
                    self.store.path(fid).unlink()
            raise
        finally:
            shutil.rmtree(self.incoming, ignore_errors=True)
        return moved

    def cancel(self) -> None:
        """Stop, and remove every file not yet put in place."""
        self._stop = True
        self._join()
        if self.incoming is not None:
            shutil.rmtree(self.incoming, ignore_errors=True)


def _apply_plan(vault, plan: Plan, files: _FileWorker | None) -> dict[str, Any]:
    """Write the plan in one transaction; any failure leaves the vault as it was. ``files`` has written
    the files of inserted records (without it, in a dry run, rows get a file reference but no file)."""
    try:
        with vault.transaction() as db:
            try:
                result = _write_plan(vault, db, plan, files)
                if files is not None:
                    # Every file written and fsynced, and in place, before the rows that name them commit;
                    # removed again if the commit fails.
                    vault.files_created(files.finish())
            except BaseException:
                if files is not None:
                    files.cancel()  # no file is being written while the rollback removes them
                raise
    except DatabaseError as exc:
        raise BundleRejected(f"The vault refused the import: {exc}.", problem="refused-by-vault",
                             hint="Nothing was imported.") from exc
    return result


def _write_plan(vault, db, plan: Plan, files: _FileWorker | None) -> dict[str, Any]:
    now = utcnow_iso()
    import_id = new_id()
    case = plan.manifest.get("case") or {}
    touched: list[tuple[RecordType, dict[str, Any]]] = []
    summary = plan.summary()
    actor = vault.actor
    db.execute("PRAGMA defer_foreign_keys = ON")
    manifest_copy = {k: v for k, v in plan.manifest.items() if k != "members"}
    _insert(db, "bundle_imports", {
        "id": import_id, "imported_at": now, "source_vault": str(plan.manifest.get("source_vault") or ""),
        "exported_by": str(plan.manifest.get("exported_by") or ""),
        "bundle_created_at": str(plan.manifest.get("created_at") or ""),
        "case_id": str(case.get("id") or ""), "case_reference": str(case.get("reference") or ""),
        "manifest": json.dumps(manifest_copy, ensure_ascii=False, sort_keys=True),
        "outcome": json.dumps(summary["actions"], sort_keys=True),
        "created_at": now, "updated_at": now, "rev": 1, "origin": "import",
    })
    sync = []
    entries: list[dict[str, Any]] = []  # audit entries, appended in one go
    pending = _Inserts(db)
    seqs = {t: _SeqNumbers(db, t, [s.row.get("seq") for s in plan.steps
                                   if s.table == t and s.action == "insert"])
            for t, tab in plan.tables.items() if "seq" in tab.rt.local_columns}
    # The file of every inserted record: already written by the file thread (or a reference only,
    # in a dry run).
    refs: dict[int, FileRef] = {}
    for i, step in enumerate(plan.steps):
        tab = plan.tables[step.table]
        member = tab.files.get(step.row["id"])
        if step.action == "insert" and tab.rt.has_file and member:
            refs[i] = files.claim(member) if files is not None else FileRef.new()
    for i, step in enumerate(plan.steps):
        tab = plan.tables[step.table]
        rt = tab.rt
        row = dict(step.row)
        member = tab.files.get(row["id"])
        file_sha = plan.manifest["members"][member]["sha256"] if member else None
        if step.action in ("insert", "update"):
            if rt.has_file and step.action == "insert":
                ref = refs.get(i)
                row.update(file_id=ref.id if ref else None, file_key=ref.key if ref else None)
            # Per-vault columns are settled now, against what this import already wrote.
            if step.action == "insert" and rt.rename_column:
                pending.flush()  # the rename check reads what this import wrote
            values = _local_values(db, rt, step.row, seqs.get(rt.table)) if step.action == "insert" else {}
            if values.get("seq", 0) is None:
                values["seq"] = seqs[rt.table].next()
            row.update(values)
            if step.action == "insert":
                if rt.table in seqs and isinstance(row.get("seq"), int):
                    seqs[rt.table].written(row["seq"])
                pending.add(rt.table, row)
            else:
                pending.flush()
                _update(db, rt, row)
            if rt.links:
                pending.flush()
                _replace_links(db, tab, row["id"])
            complete = step.action == "insert" and row.keys() >= tab.cols.keys()
            if not complete:
                pending.flush()
            touched.append((rt, row if complete else _local_row(db, rt.table, row["id"])))
            entries.append({"action": "import", "record_type": rt.record_type, "record_id": row["id"],
                            "ref": row.get("reference") or None, "actor": actor,
                            "summary": f"{rt.record_type} {'added' if step.action == 'insert' else 'updated'} "
                                       f"from a case bundle",
                            "details": {"import_id": import_id,
                                        "source_vault": plan.manifest.get("source_vault"),
                                        "rev": row.get("rev")}})
            if rt.rename_column and rt.rename_column in values:
                _conflict(db, import_id, step, "renamed", now,
                          f"reference {step.row[rt.rename_column]} is taken here by another record; "
                          f"imported as {values[rt.rename_column]}")
            sync.append((rt.table, row["id"], row.get("rev", 1), row_hash(rt, step.row, file_sha), now))
        elif step.action == "skip":
            sync.append((rt.table, row["id"], row.get("rev", 1), row_hash(rt, step.row, file_sha), now))
        elif step.action == "conflict":
            _conflict(db, import_id, step, step.kind, now, step.note, tab)
    entries.append({
        "action": "import", "record_type": "case", "record_id": case.get("id"),
        "ref": case.get("reference") or None, "actor": actor,
        "summary": f"case bundle imported ({_count_text(summary['actions'])})",
        "details": {"import_id": import_id, "source_vault": plan.manifest.get("source_vault"),
                    "exported_by": plan.manifest.get("exported_by"),
                    "bundle_created_at": plan.manifest.get("created_at"),
                    "conflicts": len(summary["conflicts"])},
    })
    pending.flush()
    source_vault = str(plan.manifest.get("source_vault") or "")
    if source_vault and "record_sources" in existing_tables(db):
        bundle_id = str(plan.manifest.get("bundle_id") or "")[:64]
        db.conn.executemany(
            "INSERT INTO record_sources (table_name, record_id, source_vault, bundle_id, at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(table_name, record_id, source_vault) DO UPDATE SET bundle_id = excluded.bundle_id, "
            "at = excluded.at", [(t, rid, source_vault, bundle_id, now) for t, rid, *_ in sync])
    db.conn.executemany(
        "INSERT INTO bundle_sync (table_name, record_id, rev, row_hash, at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(table_name, record_id) DO UPDATE SET rev = excluded.rev, row_hash = excluded.row_hash, "
        "at = excluded.at", sync)
    source = str(plan.manifest.get("source_vault") or "")
    insert_many(
        db.conn, "imported_audit",
        ("source_vault", "seq", "import_id", "at", "actor", "action", "record_type", "record_id", "ref", "summary",
         "justification", "recipients", "details", "prev_hash", "hash"),
        [(source, e["seq"], import_id, e["at"], e["actor"], e["action"], e["record_type"],
          e.get("record_id"), e.get("ref"), e.get("summary") or "", e.get("justification"),
          e.get("recipients"), e.get("details"), e["prev_hash"], e["hash"]) for e in plan.audit],
        nullable=nullable_columns(db.conn, "imported_audit"), verb="INSERT OR IGNORE")
    indexable, by_store = _split_for_index(vault, touched)
    _reindex(vault, by_store)
    vault.search.index_many(indexable)
    # One entry per record written, then the import itself, in one append.
    vault.audit.log_many(entries)
    # References were checked before writing; deferred foreign keys are
    # checked again by SQLite at COMMIT, which rolls back on a violation.
    return {"import_id": import_id, "dry_run": False, **summary}


def _split_for_index(vault, touched: list[tuple[RecordType, dict[str, Any]]]) -> tuple[list[tuple], list]:
    """The search entries that can be made from the rows alone (the exchange log's, and tables indexed
    from their columns), and the records whose store indexes them by reading the database (or whose
    entry must go, being erased)."""
    entries, by_store = [], []
    for rt, row in touched:
        if is_erased(row) or rt.record_type in ("case", "person"):
            by_store.append((rt, row))
        elif rt.record_type == "exchange":
            entries.append(vault.exchanges.index_entry(row))
        elif (entry := _column_entry(rt, row)) is not None:
            entries.append(entry)
    return entries, by_store


def _column_entry(rt: RecordType, row: dict[str, Any]) -> tuple | None:
    """The search entry of a record whose store has no indexer of its own, from the model's columns."""
    if not rt.index_title:
        return None
    text = "\n".join(str(row.get(c) or "") for c in rt.index_text)
    return (rt.record_type, row["id"], str(row.get(rt.index_title) or "")[:200], text,
            row.get(rt.index_ref) or None, row.get("case_id") if rt.table != "cases" else row["id"])


def _count_text(actions: dict[str, dict[str, int]]) -> str:
    total = Counter()
    for per in actions.values():
        total.update(per)
    return ", ".join(f"{n} {a}" for a, n in sorted(total.items())) or "nothing"


def _conflict(db, import_id: str, step: Step, kind: str, now: str, message: str,
              tab: _Table | None = None) -> None:
    rt = BY_TABLE[step.table]
    links = {lt.table: [e for e in tab.links.get(lt.table, []) if e.get(lt.parent_column) == step.row["id"]]
             for lt in rt.links} if tab is not None else {}
    _insert(db, "bundle_conflicts", {
        "id": new_id(), "import_id": import_id, "record_type": rt.record_type, "table_name": step.table,
        "record_id": step.row["id"], "kind": kind, "message": message,
        "theirs": json.dumps(step.row, ensure_ascii=False, sort_keys=True),
        "theirs_links": json.dumps(links, ensure_ascii=False, sort_keys=True), "local_rev": step.local_rev,
        "status": "open", "created_at": now, "updated_at": now, "rev": 1, "origin": "import",
    })


def import_bundle(
    vault,
    data: bytes,
    *,
    passphrase: str | None = None,
    identities: Sequence[str | pyrage.x25519.Identity] = (),
    dry_run: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    before_writing: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Import a case bundle (``data`` is the encrypted file). ``dry_run`` reports
    the plan and writes nothing. ``before_writing`` is called once the plan is made
    and before anything is written: raising there (a cancelled import) stops it."""
    with open_for_vault(data, vault, passphrase=passphrase, identities=identities, limits=limits,
                        verify_files=False) as bundle:
        return import_opened(vault, bundle, dry_run=dry_run, before_writing=before_writing)


def import_opened(vault, bundle: Bundle, *, dry_run: bool = False,
                  before_writing: Callable[[], None] | None = None) -> dict[str, Any]:
    """:func:`import_bundle` for a bundle already decrypted by :func:`open_for_vault` (best opened with
    ``verify_files=False``: the files are then checked once, here, on the file threads), so that a caller
    that also shows what is inside (:func:`inspect`) decrypts it only once."""
    # The files are checked (then written) on another thread while the records are read and planned.
    with _quick_handover():
        files = _FileWorker(bundle, None if dry_run else vault.files)
        try:
            return _import_planned(vault, bundle, files, dry_run=dry_run, before_writing=before_writing)
        finally:
            files.cancel()


def _import_planned(vault, bundle: Bundle, files: _FileWorker, *, dry_run: bool,
                    before_writing: Callable[[], None] | None = None) -> dict[str, Any]:
    try:
        plan = plan_import(vault, bundle)
    except BundleRejected:
        files.verified()  # an altered file is the first thing to report
        raise
    if before_writing is not None:
        before_writing()
    if not dry_run:
        return _apply_plan(vault, plan, files)
    files.finish()
    # A dry run writes the plan (without files) and rolls it back, so that what the
    # vault itself would refuse (a CHECK constraint, a trigger) is reported too.
    try:
        with vault.transaction():
            _apply_plan(vault, plan, None)
            raise _RollBack
    except _RollBack:
        pass
    return {"import_id": None, "dry_run": True, **plan.summary()}


class _RollBack(Exception):
    """Ends a dry run's transaction without committing it."""


# ----------------------------------------------------------------- conflicts
def list_conflicts(vault, *, status: str = "open", after: str | None = None, limit: int = 50) -> Page:
    """Conflicts left by imports, oldest first (keyset pages)."""
    return keyset_page(vault.db, select="SELECT id, import_id, record_type, record_id, kind, message, local_rev, "
                       "status, created_at FROM bundle_conflicts", where=["status = ?"], params=[status],
                       sort="created_at", sortable=("created_at",), after=after, limit=limit)


def resolve_conflict(vault, conflict_id: str, *, keep: str) -> dict[str, Any]:
    """Settle a conflict: ``keep='local'`` (dismiss the bundle's version) or
    ``keep='theirs'`` (apply it as a new revision; refused for the exchange log
    and for erased records)."""
    row = _local_row(vault.db, "bundle_conflicts", conflict_id)
    if row is None or row["status"] != "open":
        raise NotFound(f"No open import conflict with the id {conflict_id}.")
    if keep not in ("local", "theirs"):
        raise BundleRejected("Keep 'local' or 'theirs'.", problem="usage")
    rt = BY_TABLE[row["table_name"]]
    now = utcnow_iso()
    with vault.transaction() as db:
        if keep == "theirs":
            if row["kind"] not in ("both-changed", "not-theirs"):
                raise BundleRejected(f"This conflict ({row['kind']}) cannot take the bundle's version: "
                                     "the exchange log and erased records are never overwritten.", problem="usage")
            theirs = json.loads(row["theirs"])
            local = _local_row(db, rt.table, row["record_id"])
            if local is None:
                raise NotFound(f"The {rt.record_type} {row['record_id']} is no longer in the vault.")
            theirs["rev"] = local["rev"] + 1
            theirs["updated_at"] = now
            _update(db, rt, theirs)
            links = json.loads(row["theirs_links"] or "{}")
            for lt in rt.links:
                if lt.table in links:
                    db.conn.execute(f"DELETE FROM {lt.table} WHERE {lt.parent_column} = ?", (row["record_id"],))
                    for e in links[lt.table]:
                        _insert(db, lt.table, e)
            _reindex(vault, [(rt, _local_row(db, rt.table, row["record_id"]))])
        db.execute("UPDATE bundle_conflicts SET status = ?, resolved_at = ?, updated_at = ?, rev = rev + 1 "
                   "WHERE id = ?", ("took-theirs" if keep == "theirs" else "kept-local", now, now, conflict_id))
        vault.audit.log("alter", rt.record_type, row["record_id"],
                        summary=f"import conflict settled: kept {'the bundle' if keep == 'theirs' else 'the local'} "
                                "version", details={"conflict_id": conflict_id})
    return {"id": conflict_id, "kept": keep}


__all__ = [
    "Plan", "import_bundle", "inspect", "inspect_file", "list_conflicts", "load_records",
    "open_for_vault", "plan_import", "resolve_conflict",
]
