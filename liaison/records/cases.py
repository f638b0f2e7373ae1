"""Cases: the matters that need cross-border cooperation.

A case has its own human reference (``LO-2026-0042``), allocated from a pattern in
the vault's settings in the same transaction as the insert, and a status that
moves only along :data:`TRANSITIONS`. Every write is audited in its own
transaction and indexed for search. Audit summaries never carry case titles or
names: the audit trail cannot be erased, so it must hold no personal data.
"""

from __future__ import annotations

import contextlib
import json
import re
import string
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from functools import cache
from typing import Any

from ..changes import Changes, created, updated
from ..db import DatabaseError, IntegrityError, OperationalError
from ..errors import Conflict, LiaisonError, NotFound, ValidationError
from ..handling import parse_handling
from ..ids import is_id, new_id
from ..paging import Page, decode_cursor, keyset_page
from ..refdata import validate_country
from ..resources import load_json
from ..timeutil import parse_date, utcnow, utcnow_iso

DEFAULT_PATTERN = "LO-{year}-{seq:04}"
PATTERN_SETTING = "case.reference_pattern"

STATUSES = ("draft", "open", "request sent", "awaiting response", "response received", "closed", "archived")
ACTIVE_STATUSES = ("draft", "open", "request sent", "awaiting response", "response received")

# from -> the statuses it may move to. A response may arrive without the
# "awaiting response" step being recorded, hence request sent -> response received.
# Reopening (closed/archived -> open) needs a reason.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("open", "closed"),
    "open": ("request sent", "closed"),
    "request sent": ("awaiting response", "response received", "closed"),
    "awaiting response": ("response received", "closed"),
    "response received": ("awaiting response", "closed"),
    "closed": ("archived", "open"),
    "archived": ("open",),
}
INITIAL_STATUSES = ("draft", "open")
URGENCIES = ("normal", "urgent")
DIRECTIONS = ("outgoing", "incoming")  # outgoing: we ask; incoming: we are asked
ORIGINS = ("user", "reference", "demo", "import")

SORTABLE = (
    "reference", "title", "status", "urgency", "requesting_state", "requested_state",
    "assigned_officer", "review_date", "created_at", "updated_at", "offence_category",
)
LIST_COLUMNS = (
    "id, reference, counterpart_reference, title, status, urgency, requesting_state, requested_state, "
    "assigned_officer, offence_category, offence_text, review_date, tags, erased_at, created_at, updated_at, rev"
)

# Fields an officer may set with add/update (status has its own method).
EDITABLE = (
    "title", "summary", "counterpart_reference", "offence_category", "offence_text", "requesting_state",
    "requested_state", "urgency", "urgency_reason", "assigned_officer", "legal_basis", "handling",
    "handling_h3_text", "review_date", "tags", "notes", "direction",
)
_LIMITS = {"title": 500, "summary": 20_000, "counterpart_reference": 200, "offence_text": 500,
           "urgency_reason": 2_000, "assigned_officer": 200, "notes": 100_000, "handling_h3_text": 2_000}
_MAX_TAGS, _MAX_TAG_LEN = 50, 64


# ---------------------------------------------------------------- offence categories
@cache
def offence_categories() -> dict[str, str]:
    """slug -> title, the 32 categories of the EIO Directive's Annex D."""
    return {c["slug"]: c["title"] for c in load_json("reference", "offence_categories.json")["categories"]}


def validate_offence_category(value: str | None, *, field: str = "offence_category") -> str:
    """A slug, or the category's full title (any case), -> the slug; '' for none."""
    if value is None or not str(value).strip():
        return ""
    text = str(value).strip()
    cats = offence_categories()
    if text.lower() in cats:
        return text.lower()
    for slug, title in cats.items():
        if title.casefold() == text.casefold():
            return slug
    raise ValidationError(
        f"{field}: '{text}' is not one of the 32 EIO Annex D categories (e.g. {', '.join(list(cats)[:3])}). "
        "Put anything else in offence_text.",
        field=field,
    )


# ----------------------------------------------------------------- shared helpers
def check_text(value: Any, field: str, limit: int, *, required: bool = False) -> str:
    """Text as the officer typed it (outer whitespace trimmed), within a length limit."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}: expected text.", field=field)
    text = value.strip()
    if required and not text:
        raise ValidationError(f"{field}: this field is required.", field=field)
    if len(text) > limit:
        raise ValidationError(f"{field}: at most {limit} characters (got {len(text)}).", field=field)
    if "\x00" in text:
        raise ValidationError(f"{field}: contains a NUL character.", field=field)
    if _SURROGATE.search(text):
        raise ValidationError(f"{field}: contains an invalid character (a lone surrogate: bytes that were not "
                              "UTF-8).", field=field)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_review_date(value: Any, *, field: str = "review_date") -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    return parse_date(str(value), field=field).isoformat()


def check_origin(value: Any) -> str:
    if value not in ORIGINS:
        raise ValidationError(f"origin: '{value}' is not one of {', '.join(ORIGINS)}.", field="origin")
    return value


@contextlib.contextmanager
def translate_db_errors(what: str) -> Iterator[None]:
    """Driver exceptions never leave a store: turn them into errors a person can act on."""
    try:
        yield
    except IntegrityError as exc:
        raise Conflict(f"Could not save the {what}: it conflicts with a record already in the vault ({exc}).") from exc
    except DatabaseError as exc:
        raise LiaisonError(f"Could not save the {what}: the vault refused the change ({exc}).") from exc


def allocate_reference(db, kind: str, pattern: str, year: int, table: str) -> str:
    """Next free reference of ``kind`` for ``year`` from ``pattern`` (``{year}``,
    ``{seq}`` with a format spec). Runs inside the caller's transaction so that
    the counter and the insert commit together; skips numbers already taken (a
    pattern without ``{year}`` still stays unique)."""
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None}
    except ValueError:
        fields = set()
    if "seq" not in fields or not fields <= {"year", "seq"}:
        raise ValidationError(
            f"The reference pattern '{pattern}' must contain {{seq}} and may contain {{year}}, nothing else "
            "(e.g. LO-{year}-{seq:04}).",
            field=PATTERN_SETTING,
        )
    row = db.execute("SELECT last_seq FROM reference_counters WHERE kind = ? AND year = ?", (kind, year)).fetchone()
    seq = row[0] if row else 0
    for _ in range(100_000):
        seq += 1
        try:
            ref = pattern.format(year=year, seq=seq)
        except (ValueError, IndexError, KeyError) as exc:
            raise ValidationError(f"The reference pattern '{pattern}' cannot be used: {exc}.",
                                  field=PATTERN_SETTING) from exc
        if not ref.strip() or len(ref) > 100:
            raise ValidationError(f"The reference pattern '{pattern}' gives an unusable reference.",
                                  field=PATTERN_SETTING)
        if db.execute(f"SELECT 1 FROM {table} WHERE reference = ?", (ref,)).fetchone() is None:
            break
    else:  # pragma: no cover - would need 100,000 collisions
        raise Conflict("No free reference number was found; change the reference pattern.")
    db.execute(
        "INSERT INTO reference_counters (kind, year, last_seq) VALUES (?, ?, ?) "
        "ON CONFLICT(kind, year) DO UPDATE SET last_seq = excluded.last_seq",
        (kind, year, seq),
    )
    return ref


def seek_bound(sort: str, sortable: Iterable[str], descending: bool, after: str | None) -> tuple[list[str], list]:
    """A redundant ``sort >= value`` (``<=`` descending) for a keyset cursor. The
    cursor test ``(col > ? OR (col = ? AND id > ?))`` alone makes SQLite scan the
    sort index from its start when the value is a bound parameter; this bound lets
    it seek, so a deep page costs what the first page costs."""
    if not after or sort not in sortable:
        return [], []
    value, _ = decode_cursor(after)
    return [f"{sort} {'<=' if descending else '>='} ?"], [value]


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def as_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    if "tags" in row:
        row["tags"] = json.loads(row["tags"] or "[]")
    if "erased_at" in row:
        row["erased"] = bool(row["erased_at"])
    return row


# ---------------------------------------------------------------------- the store
def resolve_reference(db, table: str, ref_or_id: str, *, missing: str, unknown: str, hint: str) -> str:
    """The id of a row of ``table`` (one of ours, never user text) named by its
    ULID or its human reference (compared case-insensitively by the column)."""
    text = str(ref_or_id or "").strip()
    if not text:
        raise NotFound(missing)
    if is_id(text):
        row = db.execute(f"SELECT id FROM {table} WHERE id = ?", (text.upper(),)).fetchone()
        if row:
            return row[0]
    row = db.execute(f"SELECT id FROM {table} WHERE reference = ?", (text,)).fetchone()
    if row:
        return row[0]
    raise NotFound(unknown.format(text=text), hint=hint)


class CaseStore:
    """``vault.cases``."""

    record_type = "case"

    def __init__(self, vault) -> None:
        self.vault = vault
        # Where "this year" comes from for references; replaceable in tests.
        self.clock: Callable[[], datetime] = utcnow

    # ------------------------------------------------------------------ lookups
    def resolve(self, ref_or_id: str) -> str:
        """The case's id from its id or its reference (any case), e.g. 'lo-2026-0042'."""
        return resolve_reference(
            self.vault.db, "cases", ref_or_id,
            missing="No case given: name it by its reference (e.g. LO-2026-0042) or its id.",
            unknown="No case with the reference or id '{text}'.",
            hint="List cases with 'liaison case list' to find its reference.",
        )

    def get(self, ref_or_id: str, *, consult: bool = False, justification: str | None = None) -> dict[str, Any]:
        """The case with its linked persons. ``consult=True`` (showing it to the
        officer) writes a consultation entry in the audit trail (LED Art. 25)."""
        case_id = self.resolve(ref_or_id)
        db = self.vault.db
        row = _decode(next(db.query("SELECT * FROM cases WHERE id = ?", [case_id])))
        row["offence_title"] = offence_categories().get(row["offence_category"], "")
        row["persons"] = [
            dict(r) for r in db.query(
                "SELECT p.id AS person_id, p.reference, p.display_name, p.category, cp.role, cp.note, "
                "p.erased_at != '' AS erased FROM case_persons cp JOIN persons p ON p.id = cp.person_id "
                "WHERE cp.case_id = ? ORDER BY cp.created_at, cp.id",
                [case_id],
            )
        ]
        row["legal_basis"] = self._legal_basis_summary(row.get("legal_basis_id"))
        if consult:
            with self.vault.transaction():
                self.vault.audit.log("consult", "case", case_id, ref=row["reference"], summary="case opened",
                                     justification=justification)
        return row

    def _legal_basis_summary(self, agreement_id: str | None) -> dict[str, Any] | None:
        if not agreement_id:
            return None
        try:
            rows = list(self.vault.db.query("SELECT * FROM agreements WHERE id = ?", [agreement_id]))
        except OperationalError:
            return {"id": agreement_id}
        if not rows:
            return {"id": agreement_id}
        rec = rows[0]
        return {k: rec[k] for k in ("id", "key", "reference", "short_name", "title", "name", "type") if k in rec}

    def list(
        self,
        *,
        status: str | Iterable[str] | None = None,
        state: str | None = None,
        requesting_state: str | None = None,
        requested_state: str | None = None,
        officer: str | None = None,
        urgency: str | None = None,
        tag: str | None = None,
        text: str | None = None,
        offence_category: str | None = None,
        include_erased: bool = True,
        sort: str = "created_at",
        descending: bool = False,
        after: str | None = None,
        limit: int = 50,
    ) -> Page:
        """One keyset page of cases, filtered and sorted in SQL. ``state`` matches
        either side; ``text`` is a substring of the reference, the counterpart's
        reference or the title (use search for anything wider)."""
        where: list[str] = []
        params: list[Any] = []
        statuses = as_list(status)
        for s in statuses:
            if s not in STATUSES:
                raise ValidationError(f"status: '{s}' is not one of {', '.join(STATUSES)}.", field="status")
        if statuses:
            where.append(f"status IN ({', '.join('?' * len(statuses))})")
            params += statuses
        if state:
            code = validate_country(state, field="state")
            where.append("(requesting_state = ? OR requested_state = ?)")
            params += [code, code]
        if requesting_state:
            where.append("requesting_state = ?")
            params.append(validate_country(requesting_state, field="requesting_state"))
        if requested_state:
            where.append("requested_state = ?")
            params.append(validate_country(requested_state, field="requested_state"))
        if officer:
            where.append("assigned_officer = ?")
            params.append(officer.strip())
        if urgency:
            if urgency not in URGENCIES:
                raise ValidationError(f"urgency: '{urgency}' is not one of {', '.join(URGENCIES)}.", field="urgency")
            where.append("urgency = ?")
            params.append(urgency)
        if tag:
            where.append("id IN (SELECT case_id FROM case_tags WHERE tag = ?)")
            params.append(tag.strip())
        if offence_category:
            where.append("offence_category = ?")
            params.append(validate_offence_category(offence_category))
        if text and text.strip():
            pat = like_pattern(text.strip())
            where.append("(reference LIKE ? ESCAPE '\\' OR counterpart_reference LIKE ? ESCAPE '\\' "
                         "OR title LIKE ? ESCAPE '\\')")
            params += [pat, pat, pat]
        if not include_erased:
            where.append("erased_at = ''")
        bound, bound_params = seek_bound(sort, SORTABLE, descending, after)
        where += bound
        params += bound_params
        page = keyset_page(
            self.vault.db, select=f"SELECT {LIST_COLUMNS} FROM cases", where=where, params=params,
            sort=sort, sortable=SORTABLE, descending=descending, after=after, limit=limit,
        )
        page.items = [_decode(r) for r in page.items]
        return page

    # ------------------------------------------------------------------- writes
    def add(self, *, reference: str | None = None, status: str = "draft", origin: str = "user",
            **fields: Any) -> Changes:
        """Create a case. ``reference`` is allocated from the pattern unless given
        (e.g. on import); ``legal_basis`` takes an agreement's id or reference."""
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise ValidationError(f"Unknown case field(s): {', '.join(sorted(unknown))}.", field=sorted(unknown)[0])
        if status not in INITIAL_STATUSES:
            raise ValidationError(f"status: a new case starts as {' or '.join(INITIAL_STATUSES)}.", field="status")
        origin = check_origin(origin)
        now = utcnow_iso()
        with translate_db_errors("case"), self.vault.transaction() as db:
            values = self._validate({k: fields.get(k) for k in EDITABLE}, current=None)
            if reference is not None:
                ref = check_text(reference, "reference", 100, required=True)
                if db.execute("SELECT 1 FROM cases WHERE reference = ?", (ref,)).fetchone():
                    raise ValidationError(f"reference: a case '{ref}' already exists.", field="reference")
            else:
                pattern = self.vault.settings.get(PATTERN_SETTING) or DEFAULT_PATTERN
                ref = allocate_reference(db, "case", str(pattern), self.clock().astimezone().year, "cases")
            case_id = new_id()
            tags = values.pop("tags")
            if "direction" not in table_columns(self.vault, "cases"):
                values.pop("direction", None)
            row = {
                "id": case_id, "reference": ref, **values, "tags": json.dumps(tags, ensure_ascii=False),
                "status": status, "opened_at": now if status == "open" else "",
                "created_at": now, "updated_at": now, "rev": 1, "origin": origin,
            }
            db.execute(f"INSERT INTO cases ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       tuple(row.values()))
            self._write_tags(db, case_id, tags)
            self.vault.audit.log("create", "case", case_id, ref=ref, summary=f"case created ({status})",
                                 details={"requesting_state": values["requesting_state"],
                                          "requested_state": values["requested_state"], "origin": origin})
            self._index(case_id)
        return created("case", case_id, reference=ref)

    def update(self, ref_or_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changes:
        """Change fields of a case. Status moves with :meth:`set_status`; the
        reference never changes. ``expected_rev`` refuses a stale edit."""
        if "status" in fields:
            raise ValidationError("status: change it with 'case status' (set_status), which checks the workflow.",
                                  field="status")
        if "reference" in fields:
            raise ValidationError("reference: a case's reference never changes.", field="reference")
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise ValidationError(f"Unknown case field(s): {', '.join(sorted(unknown))}.", field=sorted(unknown)[0])
        case_id = self.resolve(ref_or_id)
        with translate_db_errors("case"), self.vault.transaction() as db:
            current = _decode(next(db.query("SELECT * FROM cases WHERE id = ?", [case_id])))
            if expected_rev is not None and current["rev"] != expected_rev:
                raise Conflict(f"Case {current['reference']} was changed meanwhile (revision {current['rev']}, "
                               f"you edited {expected_rev}). Reload it and try again.")
            if current["erased"]:
                raise ValidationError(f"Case {current['reference']} has been erased; it cannot be edited.",
                                      field="reference")
            merged = {k: fields[k] if k in fields else self._current_value(current, k) for k in EDITABLE}
            values = self._validate(merged, current=current)
            tags = values.pop("tags")
            if "direction" not in current:
                values.pop("direction", None)
            changes = {k: v for k, v in values.items() if current.get(k) != v}
            if tags != current["tags"]:
                changes["tags"] = json.dumps(tags, ensure_ascii=False)
            if not changes:
                return Changes(note="nothing changed")
            changes["updated_at"] = utcnow_iso()
            sets = ", ".join(f"{k} = ?" for k in changes)
            db.execute(f"UPDATE cases SET {sets}, rev = rev + 1 WHERE id = ?", (*changes.values(), case_id))
            if "tags" in changes:
                self._write_tags(db, case_id, tags)
            fields_changed = sorted(k for k in changes if k != "updated_at")
            self.vault.audit.log("alter", "case", case_id, ref=current["reference"],
                                 summary=f"case updated: {', '.join(fields_changed)}",
                                 details={"fields": fields_changed})
            self._index(case_id)
        return updated("case", case_id)

    def set_status(self, ref_or_id: str, to: str, *, reason: str | None = None) -> Changes:
        """Move a case along the workflow. An impossible move is refused with the
        moves that are possible; reopening needs a reason. Audited with both statuses."""
        if to not in STATUSES:
            raise ValidationError(f"status: '{to}' is not one of {', '.join(STATUSES)}.", field="status")
        reason_text = check_text(reason, "reason", 2_000)
        case_id = self.resolve(ref_or_id)
        with translate_db_errors("case"), self.vault.transaction() as db:
            ref, old = db.execute("SELECT reference, status FROM cases WHERE id = ?", (case_id,)).fetchone()
            allowed = TRANSITIONS[old]
            if to not in allowed:
                raise ValidationError(
                    f"Case {ref} is '{old}'; it cannot move to '{to}'. Possible: {', '.join(allowed)}.",
                    field="status",
                )
            reopening = old in ("closed", "archived") and to == "open"
            if reopening and not reason_text:
                raise ValidationError(f"Reopening case {ref} needs a reason (--reason).", field="reason")
            now = utcnow_iso()
            extra = ""
            args: list[Any] = [to, reason_text, now]
            if to == "open" and not reopening:
                extra = ", opened_at = CASE WHEN opened_at = '' THEN ? ELSE opened_at END"
                args.append(now)
            elif to == "closed":
                extra = ", closed_at = ?"
                args.append(now)
            elif reopening:
                extra = ", closed_at = ''"
            db.execute(f"UPDATE cases SET status = ?, status_reason = ?, updated_at = ?{extra}, rev = rev + 1 "
                       "WHERE id = ?", (*args, case_id))
            action = "reopened" if reopening else "status changed"
            self.vault.audit.log("alter", "case", case_id, ref=ref, summary=f"{action}: {old} -> {to}",
                                 justification=reason_text or None, details={"from": old, "to": to})
        return updated("case", case_id, reference=ref, from_status=old, to_status=to)

    def close(self, ref_or_id: str, *, reason: str | None = None) -> Changes:
        return self.set_status(ref_or_id, "closed", reason=reason)

    def reopen(self, ref_or_id: str, *, reason: str) -> Changes:
        return self.set_status(ref_or_id, "open", reason=reason)

    @staticmethod
    def allowed_transitions(status: str) -> tuple[str, ...]:
        return TRANSITIONS.get(status, ())

    # ---------------------------------------------------------------- internals
    @staticmethod
    def _current_value(current: dict[str, Any], key: str) -> Any:
        if key == "legal_basis":
            return current.get("legal_basis_id")
        return current.get(key)

    def _validate(self, f: dict[str, Any], *, current: dict[str, Any] | None) -> dict[str, Any]:
        """Every editable field checked and normalised; raises before anything is written."""
        out: dict[str, Any] = {}
        out["title"] = check_text(f.get("title"), "title", _LIMITS["title"], required=True)
        for key in ("summary", "counterpart_reference", "offence_text", "assigned_officer", "notes"):
            out[key] = check_text(f.get(key), key, _LIMITS[key])
        out["offence_category"] = validate_offence_category(f.get("offence_category"))
        out["requesting_state"] = validate_country(f.get("requesting_state"), field="requesting_state")
        out["requested_state"] = validate_country(f.get("requested_state"), field="requested_state")
        if out["requesting_state"] == out["requested_state"]:
            raise ValidationError(
                f"requested_state: the requesting and requested states are both {out['requested_state']}; "
                "a case is between two states.",
                field="requested_state",
            )
        urgency = f.get("urgency") or "normal"
        if urgency not in URGENCIES:
            raise ValidationError(f"urgency: '{urgency}' is not one of {', '.join(URGENCIES)}.", field="urgency")
        reason = check_text(f.get("urgency_reason"), "urgency_reason", _LIMITS["urgency_reason"])
        if urgency == "urgent" and not reason:
            raise ValidationError("urgency_reason: an urgent case needs the reason for its urgency.",
                                  field="urgency_reason")
        out["urgency"], out["urgency_reason"] = urgency, reason if urgency == "urgent" else ""
        h3 = check_text(f.get("handling_h3_text"), "handling_h3_text", _LIMITS["handling_h3_text"])
        handling = parse_handling(f.get("handling"), h3 or None)
        out["handling"] = str(handling) if handling else ""
        out["handling_h3_text"] = (handling.h3_text or "") if handling else ""
        out["review_date"] = check_review_date(f.get("review_date"))
        out["legal_basis_id"] = self._resolve_legal_basis(f.get("legal_basis"))
        direction = f.get("direction") or "outgoing"
        if direction not in DIRECTIONS:
            raise ValidationError(f"direction: '{direction}' is not one of {', '.join(DIRECTIONS)} (outgoing: we ask; "
                                  "incoming: we are asked).", field="direction")
        out["direction"] = direction
        out["tags"] = _check_tags(f.get("tags"))
        return out

    def _resolve_legal_basis(self, value: Any) -> str | None:
        if value is None or not str(value).strip():
            return None
        text = str(value).strip()
        store = None
        with contextlib.suppress(ImportError, AttributeError):
            store = self.vault.agreements
        if store is not None and hasattr(store, "resolve"):
            try:
                return store.resolve(text)
            except NotFound as exc:
                raise ValidationError(f"legal_basis: {exc.message}", field="legal_basis") from exc
        try:
            row = self.vault.db.execute(
                "SELECT id FROM agreements WHERE id = ? OR (reference != '' AND reference = ? COLLATE NOCASE)",
                (text, text),
            ).fetchone()
        except OperationalError as exc:
            raise ValidationError("legal_basis: there is no catalogue of agreements in this vault yet.",
                                  field="legal_basis") from exc
        if row is None:
            raise ValidationError(f"legal_basis: no agreement with the id or reference '{text}'.",
                                  field="legal_basis")
        return row[0]

    @staticmethod
    def _write_tags(db, case_id: str, tags: list[str]) -> None:
        db.execute("DELETE FROM case_tags WHERE case_id = ?", (case_id,))
        for tag in tags:
            db.execute("INSERT OR IGNORE INTO case_tags (case_id, tag) VALUES (?, ?)", (case_id, tag))

    def _index(self, case_id: str) -> None:
        row = next(self.vault.db.query("SELECT * FROM cases WHERE id = ?", [case_id]))
        if row["erased_at"]:
            self.vault.search.remove("case", case_id)
            return
        tags = json.loads(row["tags"])
        text = "\n".join(p for p in (
            row["counterpart_reference"], row["summary"], row["offence_text"],
            offence_categories().get(row["offence_category"], ""), " ".join(tags), row["notes"],
        ) if p)
        self.vault.search.index("case", case_id, title=row["title"], text=text, ref=row["reference"],
                                case_id=case_id)


def table_columns(vault, table: str) -> frozenset[str]:
    """The columns ``table`` has in this vault (cached per vault): a store writes only those, so that it also
    serves a vault opened at an earlier schema (tests of migrations write through the stores at old schemas)."""
    cache = vault.__dict__.setdefault("_table_columns", {})
    if table not in cache:
        cache[table] = frozenset(r[1] for r in vault.db.execute(f"PRAGMA table_info({table})"))
    return cache[table]


def _check_tags(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = [t for t in re.split(r"[,\n]", value)]
    if not isinstance(value, (list, tuple)):
        raise ValidationError("tags: give a list of words.", field="tags")
    out: list[str] = []
    seen: set[str] = set()
    for t in value:
        tag = check_text(t, "tags", _MAX_TAG_LEN)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    if len(out) > _MAX_TAGS:
        raise ValidationError(f"tags: at most {_MAX_TAGS} tags.", field="tags")
    return out
