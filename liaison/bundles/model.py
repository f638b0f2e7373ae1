"""Which tables a case bundle carries, and how each one behaves on export and import.

Table-driven so that a store added later (documents) needs one entry here, and so
that a table missing from this vault is simply left out. Foreign keys are read
from the schema itself (``PRAGMA foreign_key_list``), not restated here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..canonical import canonical_flat


@dataclass(frozen=True)
class LinkTable:
    """A child table without ids that mirrors its parent (``case_tags``): exported
    with the parent, replaced whole when the parent is written."""

    table: str
    parent_column: str


@dataclass(frozen=True)
class RecordType:
    record_type: str                      # as in the audit trail and search index: "case"
    table: str
    seed_column: str | None = None        # rows of the exported case: WHERE <seed_column> = case id
    child_of: tuple[str, str] | None = None  # (column, parent table): exported with every parent row
    links: tuple[LinkTable, ...] = ()
    has_file: bool = False                # the row owns a vault file, exported as files/<table>/<sha256>
    file_absent_when: tuple[str, Any] | None = None  # (column, value) of a row whose file was erased
    append_only: bool = False             # never overwritten on import (the exchange log)
    local_columns: tuple[str, ...] = ()   # numbered per vault: kept local, ignored when comparing
    rename_column: str | None = None      # human reference renamed on a clash with another record
    natural_keys: tuple[tuple[str, ...], ...] = ()  # the same record under another id in this vault
    handling: tuple[str, str] | None = None  # (handling column, H3 text column)
    redact_keep: tuple[str, ...] | None = None  # under --redact keep only these (others blanked)
    redact_blank: tuple[str, ...] = ()    # under --redact blank these
    redact_drop: bool = False             # under --redact leave the whole table out
    index_title: str | None = None        # column used as a search title when the store offers no indexer
    index_text: tuple[str, ...] = field(default_factory=tuple)
    index_ref: str = "reference"

    @property
    def member(self) -> str:
        return f"records/{self.table}.json"

    def file_required(self, row: dict[str, Any]) -> bool:
        """Whether a row of this table must come with its file (not when its content was erased)."""
        if not self.has_file:
            return False
        return self.file_absent_when is None or row.get(self.file_absent_when[0]) != self.file_absent_when[1]


# Where a row's file is in this vault and the key that opens it: never exported, never
# imported, never compared (see liaison.filestore).
FILE_COLUMNS = ("file_id", "file_key")


_BOOK = ("id", "created_at", "updated_at", "rev", "origin")

# In the order rows are written on import (parents first).
RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("agency", "agencies", redact_blank=("notes", "phones", "email"), index_title="name",
               index_text=("notes",)),
    RecordType("contact", "contacts", natural_keys=(("email_key",),),
               redact_blank=("name", "phones", "email", "email_key", "secure_channels", "notes"),
               index_title="name", index_text=("organisation", "role", "email", "notes")),
    RecordType("agreement", "agreements", links=(LinkTable("agreement_parties", "agreement_id"),),
               natural_keys=(("key",), ("reference",)), index_title="title", index_text=("notes",)),
    RecordType("case", "cases", seed_column="id",
               links=(LinkTable("case_tags", "case_id"), LinkTable("document_answers", "case_id")),
               local_columns=("reference",), rename_column="reference", handling=("handling", "handling_h3_text"),
               redact_blank=("title", "summary", "notes", "status_reason", "urgency_reason", "offence_text",
                             "handling_h3_text"),
               index_title="title", index_text=("summary", "notes")),
    RecordType("person", "persons", local_columns=("reference",), rename_column="reference",
               redact_keep=(*_BOOK, "reference", "category", "review_date", "erased_at"),
               index_title="display_name", index_text=("transliteration", "notes")),
    RecordType("case_person", "case_persons", seed_column="case_id", natural_keys=(("case_id", "person_id"),),
               redact_blank=("note",)),
    RecordType("exchange", "exchanges", seed_column="case_id", append_only=True, local_columns=("seq",),
               handling=("handling", "h3_text"),
               redact_blank=("summary", "counterpart_name", "conditions", "h3_text", "names", "identifiers",
                             "correction_reason"),
               index_title="summary", index_text=("reference", "counterpart_reference", "counterpart_name")),
    RecordType("attachment", "attachments", child_of=("exchange_id", "exchanges"), append_only=True,
               has_file=True, file_absent_when=("redacted", 1), redact_drop=True),
    RecordType("deadline", "deadlines", seed_column="case_id", redact_blank=("note", "met_note", "extension_reason")),
    RecordType("document", "documents", seed_column="case_id", has_file=True, file_absent_when=("title", "[erased]"),
               redact_drop=True,
               handling=("handling", ""), index_title="title", index_text=("counterpart_reference",),
               index_ref="own_reference"),
)

BY_TABLE = {rt.table: rt for rt in RECORD_TYPES}
LINK_TABLES = {lt.table: (rt, lt) for rt in RECORD_TYPES for lt in rt.links}


def existing_tables(db) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}


def present_types(db) -> list[RecordType]:
    """The record types whose table exists in this vault (documents may not yet)."""
    tables = existing_tables(db)
    return [rt for rt in RECORD_TYPES if rt.table in tables]


def columns(db, table: str) -> dict[str, dict[str, Any]]:
    """Column name -> {type, notnull, default} for ``table``."""
    out = {}
    for row in db.execute(f"PRAGMA table_info({table})").fetchall():
        out[row[1]] = {"type": str(row[2]).upper(), "notnull": bool(row[3]), "default": row[4], "pk": bool(row[5])}
    return out


def foreign_keys(db, table: str) -> dict[str, str]:
    """Column -> the table it references (single-column keys onto record tables)."""
    out = {}
    for row in db.execute(f"PRAGMA foreign_key_list({table})").fetchall():
        target, col = row[2], row[3]
        if target in BY_TABLE:
            out[col] = target
    return out


def row_hash(rt: RecordType, row: dict[str, Any], file_sha: str | None = None) -> str:
    """A fingerprint of what a row says, leaving out per-vault numbering and
    replacing the file's bytes by their SHA-256."""
    data = dict(row)
    for col in (*rt.local_columns, *FILE_COLUMNS):
        data.pop(col, None)
    if rt.has_file:
        data["__file_sha256"] = file_sha
    return hashlib.sha256(canonical_flat(data, default=str)).hexdigest()


def is_erased(row: dict[str, Any]) -> bool:
    """Erased (persons, cases) or redacted (exchange log) rows: their personal data
    must never come back through an import."""
    return bool(row.get("erased_at")) or row.get("redacted") == 1


def chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def unique_keys(db, table: str) -> list[list[tuple[str, str]]]:
    """The table's unique indexes other than its primary key, as lists of
    (column, collation)."""
    out = []
    for row in db.execute(f"PRAGMA index_list({table})").fetchall():
        name, unique, origin = row[1], row[2], row[3]
        if not unique or origin == "pk":
            continue
        cols = [(r[2], r[4]) for r in db.execute(f"PRAGMA index_xinfo({name})").fetchall() if r[5] and r[2]]
        if cols:
            out.append(cols)
    return out
