"""The exchange log: what was sent and received, with whom, on which legal basis
and under which conditions (Directive 2023/977 Art. 16; LED Art. 25).

The log is append-only. An entry is never edited: a correction is a new entry
whose ``corrects_id`` points at the one it corrects, with the reason; lists show
the current version and mark corrected entries. The database refuses updates and
deletions itself (see ``m0006_exchanges``). The single exception is erasure of
personal data (:meth:`ExchangeStore.redact`), which blanks the personal-data
fields of an entry and of every version in its correction chain, audited as
``erase`` with its justification.

Each entry has a log number (``seq``, shown ``#42``), its human reference.
Times are stored in UTC; text without a zone is read in the officer's local zone.

Logging a received request runs a cross-check (Directive 2023/977 Art. 16):
cases, persons and earlier entries that match its names, references or
identifiers, returned in ``Changes.extra["cross_check"]``.
"""

from __future__ import annotations

import contextlib
import json
import re
from datetime import datetime, timedelta
from typing import Any

import orjson
from anyascii import anyascii

from .. import changes as ch
from ..db import DatabaseError, IntegrityError, OperationalError
from ..errors import Conflict, LiaisonError, NotFound, ValidationError
from ..handling import parse_evaluation, parse_handling, validate_channel
from ..ids import is_id, new_id
from ..paging import Page, keyset_page
from ..refdata import validate_country
from ..timeutil import to_iso, utcnow, utcnow_iso
from . import attachments as att
from .deadlines import PRESERVATION_REMINDER_DAYS, Limit, parse_when

DIRECTIONS = ("sent", "received")
REQUEST_TYPES = (
    "mla-request", "preservation-request", "information-request", "spontaneous-information", "eio-request",
    "acknowledgement", "status-inquiry", "other",
)
# Types that are formal requests: they count as requests in statistics and may start deadlines.
FORMAL_REQUESTS = ("mla-request", "preservation-request", "information-request", "eio-request")
OUTCOMES = ("granted", "partially granted", "refused", "information provided", "none")
URGENCIES = ("normal", "urgent")
ACCESS = ("direct", "indirect")
ORIGINS = ("user", "reference", "demo", "import")
REDACTED = "[erased]"

_SORTABLE = ("occurred_at", "created_at", "seq")
_MAX_SUMMARY = 20_000
_MAX_LIST_ITEMS = 100
# Fields a caller may give to add() and correct().
FIELDS = (
    "direction", "summary", "occurred_at", "channel", "case", "counterpart", "counterpart_name",
    "counterpart_country", "legal_basis", "handling", "h3_text", "evaluation", "conditions", "reference",
    "counterpart_reference", "names", "identifiers", "request_type", "urgency", "information_access", "outcome",
    "response_to", "response_due",
)


def _text(value: Any, field: str, limit: int, *, required: bool = False) -> str:
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
    return text


def _text_list(value: Any, field: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise ValidationError(f"{field}: give a list of texts.", field=field)
    if len(value) > _MAX_LIST_ITEMS:
        raise ValidationError(f"{field}: at most {_MAX_LIST_ITEMS} items.", field=field)
    out: list[str] = []
    for item in value:
        t = _text(item, field, 300)
        if t and t not in out:
            out.append(t)
    return out


def _choice(value: Any, field: str, allowed: tuple[str, ...], *, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(f"{field}: required; use one of {', '.join(allowed)}.", field=field)
        return None
    v = str(value).strip().lower().replace("_", "-") if field != "outcome" else str(value).strip().lower()
    if v not in allowed:
        raise ValidationError(f"{field}: '{value}' is not one of {', '.join(allowed)}.", field=field)
    return v


def normalise_identifier(text: str) -> str:
    """Document numbers are written with and without spaces, dashes and dots;
    compare them without."""
    return re.sub(r"[\s\-./]", "", text).upper()


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    for key in ("names", "identifiers"):
        if key in row:
            row[key] = json.loads(row[key] or "[]")
    for key in ("redacted", "is_request", "corrected"):
        if key in row:
            row[key] = bool(row[key])
    if "seq" in row:
        row["log_ref"] = f"#{row['seq']}"
    return row


class ExchangeStore:
    """``vault.exchanges``: the exchange log."""

    record_type = "exchange"

    def __init__(self, vault) -> None:
        self.vault = vault

    # ------------------------------------------------------------------ lookups
    def resolve(self, ref_or_id: str) -> str:
        """An entry's id from its id, its log number (``#42`` or ``42``), or a
        letter reference (ours or the counterpart's) that names one current entry."""
        text = str(ref_or_id or "").strip()
        if not text:
            raise NotFound("No log entry given: name it by its number (#42) or its id.")
        db = self.vault.db
        if is_id(text):
            row = db.execute("SELECT id FROM exchanges WHERE id = ?", (text.upper(),)).fetchone()
            if row:
                return row[0]
        number = text[1:] if text.startswith("#") else text
        if number.isdigit() and len(number) <= 18:  # a log number; longer cannot be one (64-bit)
            row = db.execute("SELECT id FROM exchanges WHERE seq = ?", (int(number),)).fetchone()
            if row:
                return row[0]
        rows = db.execute(
            "SELECT e.id, e.seq FROM exchanges e WHERE (e.reference = ? COLLATE NOCASE AND e.reference <> '') "
            "OR (e.counterpart_reference = ? COLLATE NOCASE AND e.counterpart_reference <> '') "
            "ORDER BY e.seq DESC LIMIT 20",
            (text, text),
        ).fetchall()
        current = [r for r in rows if not self._corrected_by(r[0])]
        if len(current) == 1:
            return current[0][0]
        if len(current) > 1:
            raise ValidationError(
                f"'{text}' is the reference of several log entries ({', '.join('#' + str(r[1]) for r in current)}); "
                "name one by its number.",
                field="exchange",
            )
        raise NotFound(f"No log entry '{text}'.", hint="Name it by its number (#42), its id or its reference.")

    def _corrected_by(self, exchange_id: str) -> tuple[str, int] | None:
        row = self.vault.db.execute("SELECT id, seq FROM exchanges WHERE corrects_id = ?", (exchange_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def current_version(self, exchange_id: str) -> str:
        """Follow corrections to the newest version of an entry."""
        seen = 0
        while (nxt := self._corrected_by(exchange_id)) is not None and seen < 10_000:
            exchange_id, seen = nxt[0], seen + 1
        return exchange_id

    def history(self, ref_or_id: str) -> list[dict[str, Any]]:
        """Every version of an entry, oldest first."""
        eid = self.resolve(ref_or_id)
        db = self.vault.db
        chain = []
        # back to the original
        cur: str | None = eid
        while cur:
            row = db.execute_returning_dicts("SELECT * FROM exchanges WHERE id = ?", [cur])[0]
            chain.insert(0, _decode(row))
            cur = row["corrects_id"]
            if len(chain) > 10_000:
                break
        nxt = self._corrected_by(eid)
        while nxt:
            chain.append(_decode(db.execute_returning_dicts("SELECT * FROM exchanges WHERE id = ?", [nxt[0]])[0]))
            nxt = self._corrected_by(nxt[0])
        for i, version in enumerate(chain):
            version["corrected"] = i < len(chain) - 1
        return chain

    def get(self, ref_or_id: str) -> dict[str, Any]:
        """One entry with its attachments (metadata), deadlines and correction
        links. Showing an entry is not audited; its personal data is in the
        persons and cases it links to, whose consultation is."""
        eid = self.resolve(ref_or_id)
        db = self.vault.db
        row = _decode(db.execute_returning_dicts("SELECT * FROM exchanges WHERE id = ?", [eid])[0])
        nxt = self._corrected_by(eid)
        row["corrected"] = nxt is not None
        row["corrected_by"] = {"id": nxt[0], "seq": nxt[1]} if nxt else None
        if row["corrects_id"]:
            row["corrects_seq"] = db.execute("SELECT seq FROM exchanges WHERE id = ?", (row["corrects_id"],)).fetchone()[0]
        if row["response_to_id"]:
            row["response_to_seq"] = db.execute(
                "SELECT seq FROM exchanges WHERE id = ?", (row["response_to_id"],)).fetchone()[0]
        row["responses"] = [
            {"id": r[0], "seq": r[1], "outcome": r[2], "occurred_at": r[3]}
            for r in db.execute(
                "SELECT id, seq, outcome, occurred_at FROM exchanges WHERE response_to_id = ? ORDER BY seq LIMIT 200",
                (eid,),
            )
        ]
        row["case_reference"] = self._lookup("cases", "reference", row["case_id"])
        row["legal_basis_title"] = self._lookup("agreements", "title", row["legal_basis_id"])
        try:
            h = parse_handling(row["handling"], row["h3_text"] or None)
        except ValidationError:  # H3 whose text was erased
            h = parse_handling(row["handling"].replace("H3", "").strip() or None)
        row["handling_description"] = h.describe() if h else ""
        row["attachments"] = self.vault.attachments.for_exchange(eid)
        row["deadlines"] = self.vault.deadlines.for_exchange(eid)
        return row

    def _lookup(self, table: str, column: str, record_id: str | None) -> str:
        if not record_id:
            return ""
        try:
            row = self.vault.db.execute(f"SELECT {column} FROM {table} WHERE id = ?", (record_id,)).fetchone()
        except OperationalError:
            return ""
        return str(row[0]) if row else ""

    def list(
        self,
        *,
        case: str | None = None,
        direction: str | None = None,
        channel: str | None = None,
        request_type: str | None = None,
        counterpart_country: str | None = None,
        requests_only: bool = False,
        response_to: str | None = None,
        include_corrected: bool = False,
        sort: str = "occurred_at",
        descending: bool = True,
        after: str | None = None,
        limit: int = 50,
    ) -> Page:
        """A keyset page of the log, newest first by default. Corrected entries
        are left out unless ``include_corrected``; then they carry
        ``corrected=True``."""
        where: list[str] = []
        params: list[Any] = []
        if case:
            where.append("e.case_id = ?")
            params.append(self.vault.cases.resolve(case))
        if direction:
            where.append("e.direction = ?")
            params.append(_choice(direction, "direction", DIRECTIONS))
        if channel:
            where.append("e.channel = ?")
            params.append(validate_channel(channel))
        if request_type:
            where.append("e.request_type = ?")
            params.append(_choice(request_type, "request_type", REQUEST_TYPES))
        if counterpart_country:
            where.append("e.counterpart_country = ?")
            params.append(validate_country(counterpart_country, field="counterpart_country"))
        if requests_only:
            where.append("e.is_request = 1")
        if response_to:
            where.append("e.response_to_id = ?")
            params.append(self.resolve(response_to))
        corrected = "EXISTS (SELECT 1 FROM exchanges c WHERE c.corrects_id = e.id)"
        if not include_corrected:
            where.append(f"NOT {corrected}")
        page = keyset_page(
            self.vault.db,
            select=f"SELECT e.*, {corrected} AS corrected, coalesce(k.reference, '') AS case_reference "
                   "FROM exchanges e LEFT JOIN cases k ON k.id = e.case_id",
            where=where, params=params, sort=sort, sortable=_SORTABLE, descending=descending, after=after,
            limit=limit, sort_expr=f"e.{sort}" if sort in _SORTABLE else None, id_expr="e.id",
        )
        page.items = [_decode(r) for r in page.items]
        return page

    # ------------------------------------------------------------------- writes
    def add(self, *, attachments: list[Any] | None = None, origin: str = "user", time_zone: str | None = None,
            reminder_days: int = PRESERVATION_REMINDER_DAYS, cross_check: bool = True, **fields: Any) -> ch.Changes:
        """Log one exchange. Required: ``direction`` and ``summary``. A request
        starts its legal deadlines; a response (``response_to``) meets them; a
        received request is cross-checked against what the vault holds.

        ``attachments``: paths, ``(filename, bytes)`` pairs or dicts (see
        :func:`liaison.records.attachments.prepare`), each at most 50 MiB.
        """
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise ValidationError(f"Unknown log field(s): {', '.join(sorted(unknown))}.", field=sorted(unknown)[0])
        if origin not in ORIGINS:
            raise ValidationError(f"origin: use one of {', '.join(ORIGINS)}.", field="origin")
        values = self._validate(fields, time_zone=time_zone)
        prepared = [att.prepare(a) for a in (attachments or [])]
        return self._write(values, prepared, origin=origin, reminder_days=reminder_days, run_cross_check=cross_check)

    def correct(self, ref_or_id: str, *, reason: str, attachments: list[Any] | None = None,
                time_zone: str | None = None, reminder_days: int = PRESERVATION_REMINDER_DAYS,
                **fields: Any) -> ch.Changes:
        """Log a correction: a new entry with the fields of the current version
        changed as given, pointing at it. The corrected entry stays as it was."""
        reason = _text(reason, "reason", 2000, required=True)
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise ValidationError(f"Unknown log field(s): {', '.join(sorted(unknown))}.", field=sorted(unknown)[0])
        eid = self.resolve(ref_or_id)
        old = _decode(self.vault.db.execute_returning_dicts("SELECT * FROM exchanges WHERE id = ?", [eid])[0])
        nxt = self._corrected_by(eid)
        if nxt:
            raise Conflict(f"Entry #{old['seq']} was already corrected by #{nxt[1]}; correct #{nxt[1]} instead.")
        if old["redacted"]:
            raise Conflict(f"Entry #{old['seq']} was erased; it cannot be corrected.")
        base = {
            "direction": old["direction"], "summary": old["summary"], "occurred_at": old["occurred_at"],
            "channel": old["channel"] or None, "case": old["case_id"], "counterpart": old["counterpart_id"],
            "counterpart_name": old["counterpart_name"], "counterpart_country": old["counterpart_country"] or None,
            "legal_basis": old["legal_basis_id"], "handling": old["handling"] or None, "h3_text": old["h3_text"],
            "evaluation": old["evaluation"] or None, "conditions": old["conditions"], "reference": old["reference"],
            "counterpart_reference": old["counterpart_reference"], "names": old["names"],
            "identifiers": old["identifiers"], "request_type": old["request_type"], "urgency": old["urgency"],
            "information_access": old["information_access"], "outcome": old["outcome"],
            "response_to": old["response_to_id"], "response_due": old["response_due"] or None,
        }
        if "counterpart" in fields:  # a new counterpart brings its own name and country
            base["counterpart_name"] = None
            base["counterpart_country"] = None
        base.update(fields)
        values = self._validate(base, time_zone=time_zone)
        prepared = [att.prepare(a) for a in (attachments or [])]
        return self._write(values, prepared, origin=old["origin"], reminder_days=reminder_days,
                           corrects=old, reason=reason, run_cross_check=False)

    def update(self, ref_or_id: str, *, reason: str, **fields: Any) -> ch.Changes:
        """The log is append-only: an update is logged as a correction (see :meth:`correct`)."""
        return self.correct(ref_or_id, reason=reason, **fields)

    def redact(self, ref_or_id: str, *, justification: str) -> ch.Changes:
        """Erase the personal data of an entry and of every version in its
        correction chain (summary, names, identifiers, counterpart name,
        conditions, H3 text, attachment content). What remains (date, direction,
        channel, type, country, outcome) keeps statistics and links true."""
        justification = _text(justification, "justification", 2000, required=True)
        versions = self.history(ref_or_id)
        now = utcnow_iso()
        with self.vault.transaction() as db, _translate("log entry"):
            changed = []
            for v in versions:
                if v["redacted"]:
                    continue
                db.execute(
                    "UPDATE exchanges SET summary = ?, counterpart_name = '', conditions = '', h3_text = '',"
                    " names = '[]', identifiers = '[]', correction_reason = CASE WHEN correction_reason = '' THEN ''"
                    " ELSE ? END, redacted = 1, redacted_at = ?, updated_at = ?, rev = rev + 1 WHERE id = ?",
                    (REDACTED, REDACTED, now, now, v["id"]),
                )
                db.execute(
                    "UPDATE deadlines SET title = CASE WHEN rule = 'manual' THEN ? ELSE title END, note = '',"
                    " met_note = '', extension_reason = '', updated_at = ?, rev = rev + 1 WHERE exchange_id = ?",
                    (REDACTED, now, v["id"]),
                )
                erased_files = self.vault.attachments.redact_for_exchange(v["id"])
                self.vault.search.remove(self.record_type, v["id"])
                self.vault.audit.log(
                    "erase", self.record_type, v["id"], ref=f"#{v['seq']}", justification=justification,
                    summary=f"personal data of log entry #{v['seq']} erased"
                    + (f" with {len(erased_files)} attachment(s)" if erased_files else ""),
                )
                changed.append(v["id"])
        if not changed:
            raise Conflict("This entry was already erased.")
        out = ch.Changes(updated=tuple((self.record_type, i) for i in changed))
        return out

    def redact_for_case(self, case: str, *, justification: str) -> ch.Changes:
        """Erase the personal data of every entry of a case (for retention, when
        the case itself is erased). Works in batches; returns what changed."""
        case_id = self.vault.cases.resolve(case)
        result = ch.Changes()
        while True:
            rows = self.vault.db.execute(
                "SELECT id FROM exchanges WHERE case_id = ? AND redacted = 0 LIMIT 200", (case_id,)
            ).fetchall()
            if not rows:
                return result
            for (eid,) in rows:
                if self.vault.db.execute("SELECT redacted FROM exchanges WHERE id = ?", (eid,)).fetchone()[0]:
                    continue  # erased with an earlier version of its chain
                result = result + self.redact(eid, justification=justification)

    # ---------------------------------------------------------------- internals
    def _resolve_ref(self, store: str, value: Any, field: str) -> str | None:
        """Another store's record by id or human reference, as a ValidationError
        naming the field when it is not there."""
        if value is None or not str(value).strip():
            return None
        text = str(value).strip()
        try:
            target = getattr(self.vault, store)
        except (ImportError, AttributeError) as exc:
            raise ValidationError(f"{field}: {store} are not available in this version.", field=field) from exc
        try:
            return target.resolve(text)
        except NotFound as exc:
            raise ValidationError(f"{field}: {exc.message}", field=field, hint=exc.hint) from exc
        except OperationalError as exc:
            raise ValidationError(f"{field}: there are no {store} in this vault yet.", field=field) from exc

    def _validate(self, f: dict[str, Any], *, time_zone: str | None) -> dict[str, Any]:
        """Every field checked and normalised into column values. Nothing is
        written here; the first problem raises a ValidationError naming its field."""
        direction = _choice(f.get("direction"), "direction", DIRECTIONS, required=True)
        summary = _text(f.get("summary"), "summary", _MAX_SUMMARY, required=True)
        when = f.get("occurred_at")
        occurred = parse_when(when, "occurred_at", time_zone) if when not in (None, "") else utcnow()
        if occurred > utcnow().replace(microsecond=0) + _FUTURE_SLACK:
            raise ValidationError("occurred_at: an exchange cannot be logged in the future.", field="occurred_at")
        handling = parse_handling(f.get("handling"), f.get("h3_text") or None)
        request_type = _choice(f.get("request_type"), "request_type", REQUEST_TYPES)
        urgency = _choice(f.get("urgency"), "urgency", URGENCIES) or "normal"
        access = _choice(f.get("information_access"), "information_access", ACCESS)
        if access and request_type != "information-request":
            raise ValidationError(
                "information_access: direct or indirect access applies to requests for information "
                "(Directive 2023/977); set request_type to information-request or leave it out.",
                field="information_access",
            )
        outcome = _choice(f.get("outcome"), "outcome", OUTCOMES)
        response_to = None
        if f.get("response_to"):
            response_to = self.current_version(self._resolve_ref("exchanges", f["response_to"], "response_to"))
        if outcome and not response_to:
            raise ValidationError(
                "outcome: an outcome describes a response; name the request it answers (response_to).",
                field="outcome",
            )
        request_row = None
        if response_to:
            request_row = self.vault.db.execute(
                "SELECT case_id, occurred_at, seq, direction FROM exchanges WHERE id = ?", (response_to,)
            ).fetchone()
            if occurred < datetime.fromisoformat(request_row[1]):
                raise ValidationError(
                    f"occurred_at: a response cannot come before the entry it answers (#{request_row[2]}, "
                    f"{request_row[1]}).",
                    field="occurred_at",
                )
        case_id = self._resolve_ref("cases", f.get("case"), "case")
        if case_id is None and request_row is not None:
            case_id = request_row[0]  # a response belongs to its request's case
        counterpart_id = self._resolve_ref("contacts", f.get("counterpart"), "counterpart")
        counterpart_name = _text(f.get("counterpart_name"), "counterpart_name", 300)
        country = validate_country(f.get("counterpart_country"), field="counterpart_country", required=False)
        if counterpart_id and (not country or not counterpart_name):
            # The log keeps the counterpart as they were when the exchange happened.
            row = self.vault.db.execute("SELECT name, country FROM contacts WHERE id = ?", (counterpart_id,)).fetchone()
            if row:
                counterpart_name = counterpart_name or row[0]
                country = country or row[1]
        due = f.get("response_due")
        response_due = to_iso(parse_when(due, "response_due", time_zone)) if due not in (None, "") else ""
        if response_due and response_due <= to_iso(occurred):
            raise ValidationError("response_due: the response cannot be due before the exchange.", field="response_due")
        return {
            "occurred_at": to_iso(occurred),
            "direction": direction,
            "channel": validate_channel(f.get("channel")) or "",
            "counterpart_id": counterpart_id,
            "counterpart_name": counterpart_name,
            "counterpart_country": country or "",
            "case_id": case_id,
            "legal_basis_id": self._resolve_ref("agreements", f.get("legal_basis"), "legal_basis"),
            "summary": summary,
            "handling": str(handling) if handling else "",
            "h3_text": handling.h3_text or "" if handling else "",
            "evaluation": parse_evaluation(f.get("evaluation")) or "",
            "conditions": _text(f.get("conditions"), "conditions", 4000),
            "reference": _text(f.get("reference"), "reference", 200),
            "counterpart_reference": _text(f.get("counterpart_reference"), "counterpart_reference", 200),
            "names": json.dumps(_text_list(f.get("names"), "names"), ensure_ascii=False),
            "identifiers": json.dumps(_text_list(f.get("identifiers"), "identifiers"), ensure_ascii=False),
            "request_type": request_type,
            "is_request": int(request_type in FORMAL_REQUESTS),
            "urgency": urgency,
            "information_access": access,
            "outcome": outcome,
            "response_to_id": response_to,
            "response_due": response_due,
        }

    def _write(self, values: dict[str, Any], prepared: list[dict[str, Any]], *, origin: str, reminder_days: int,
               corrects: dict[str, Any] | None = None, reason: str = "", run_cross_check: bool = True) -> ch.Changes:
        now = utcnow_iso()
        eid = new_id()
        deadline_ids: list[str] = []
        met: list[str] = []
        with self.vault.transaction() as db, _translate("log entry"):
            seq = (db.execute("SELECT max(seq) FROM exchanges").fetchone()[0] or 0) + 1
            row = {
                "id": eid, "seq": seq, **values,
                "corrects_id": corrects["id"] if corrects else None, "correction_reason": reason,
                "created_at": now, "updated_at": now, "rev": 1, "origin": origin,
            }
            db.execute(f"INSERT INTO exchanges ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       tuple(row.values()))
            what = (values["request_type"] or "message").replace("-", " ")
            if corrects:
                # The reason stays with the entry (erasable); the audit trail names references only.
                summary = f"log entry #{seq} corrects #{corrects['seq']}"
            else:
                summary = f"log entry #{seq}: {values['direction']} {what}"
            self.vault.audit.log(
                "create", self.record_type, eid, ref=f"#{seq}", summary=summary,
                details={k: values[k] for k in ("direction", "channel", "request_type", "counterpart_country",
                                                "handling", "case_id") if values[k]} or None,
            )
            for p in prepared:
                self.vault.attachments.insert(eid, p, seq=seq, origin=origin)
            deadlines = self.vault.deadlines
            if corrects:
                deadlines.move_open_to(corrects["id"], row, reminder_days)
                self.vault.search.remove(self.record_type, corrects["id"])  # search finds the current version
            else:
                deadline_ids = deadlines.start_for_request(row, reminder_days=reminder_days)
            if values["response_due"]:
                deadline_ids.append(deadlines._insert(
                    _manual_limit(values["occurred_at"], values["response_due"]), exchange_id=eid,
                    case_id=values["case_id"], title=f"Response to #{seq} due", origin=origin,
                ))
            if values["response_to_id"]:
                met = deadlines.meet_for_response(values["response_to_id"], row)
            self._index(row)
        extra: dict[str, Any] = {"seq": seq, "deadlines": deadline_ids, "deadlines_met": met}
        if corrects:
            extra["corrects"] = corrects["id"]
        result = ch.created(self.record_type, eid, **extra)
        if deadline_ids:
            result = result + ch.Changes(created=tuple(("deadline", d) for d in deadline_ids))
        if met:
            result = result + ch.Changes(updated=tuple(("deadline", d) for d in met))
        if corrects:
            result = result + ch.updated(self.record_type, corrects["id"])
        if run_cross_check and values["direction"] == "received" and values["is_request"]:
            try:
                result.extra["cross_check"] = self.cross_check(
                    names=json.loads(values["names"]),
                    references=[r for r in (values["reference"], values["counterpart_reference"]) if r],
                    identifiers=json.loads(values["identifiers"]),
                    exclude_id=eid, for_ref=f"#{seq}",
                )
            except LiaisonError as exc:  # the entry is logged; say the check failed rather than hide it
                result.extra["cross_check_error"] = str(exc)
        return result

    def _index(self, row: dict[str, Any]) -> None:
        record_type, record_id, title, text, ref, case_id = self.index_entry(row)
        self.vault.search.index(record_type, record_id, title=title, text=text, ref=ref, case_id=case_id)

    def index_entry(self, row: dict[str, Any]) -> tuple[str, str, str, str, str, str | None]:
        """What the search index holds for an entry, as :meth:`liaison.search.SearchIndex.index_many`
        takes it (no database access)."""
        names = orjson.loads(row["names"]) if isinstance(row["names"], str) else row["names"]
        idents = orjson.loads(row["identifiers"]) if isinstance(row["identifiers"], str) else row["identifiers"]
        first_line = row["summary"].splitlines()[0] if row["summary"] else ""
        title = first_line[:120] + ("…" if len(first_line) > 120 else "")
        text = "\n".join(p for p in (
            row["summary"], " ".join(names), " ".join(anyascii(n) for n in names), " ".join(idents),
            " ".join(normalise_identifier(i) for i in idents), row["reference"], row["counterpart_reference"],
            row["counterpart_name"], row["conditions"], row["channel"], row["request_type"] or "",
        ) if p)
        return self.record_type, row["id"], title, text, f"#{row['seq']}", row["case_id"]

    # ------------------------------------------------------------- cross-check
    def cross_check(
        self,
        *,
        names: list[str] | tuple[str, ...] = (),
        references: list[str] | tuple[str, ...] = (),
        identifiers: list[str] | tuple[str, ...] = (),
        exclude_id: str | None = None,
        limit: int = 10,
        for_ref: str | None = None,
    ) -> dict[str, Any]:
        """What the vault already holds about a request (Directive 2023/977 Art. 16):
        cases, persons and log entries matching its names (in any script: each
        name is also tried in its Latin transliteration), references (exact, any
        case) and identifiers (document numbers, exact without spaces or dashes,
        and in the search index). Returns ``{"cases": [...], "persons": [...],
        "exchanges": [...], "searched": {...}}``; each match says what it matched on.
        The check is recorded in the audit trail as a combination (LED Art. 25)."""
        names = _text_list(list(names), "names")
        references = _text_list(list(references), "references")
        identifiers = _text_list(list(identifiers), "identifiers")
        found: dict[str, dict[str, dict[str, Any]]] = {"case": {}, "person": {}, "exchange": {}}
        db = self.vault.db

        def hit(kind: str, rid: str, ref: str, title: str, why: str, how: str) -> None:
            if kind == "exchange" and rid == exclude_id:
                return
            entry = found[kind].setdefault(rid, {"id": rid, "ref": ref, "title": title, "matched_on": [], "how": how})
            if why not in entry["matched_on"]:
                entry["matched_on"].append(why)
            if how == "exact":
                entry["how"] = "exact"

        def search(text: str, why: str, types: list[str]) -> None:
            try:
                groups = self.vault.search.query(text, types=types, limit_per_type=limit)
            except (ImportError, AttributeError, OperationalError):  # no search index in this build
                return
            for kind, results in groups.items():
                for r in results:
                    hit(kind, r["record_id"], r["ref"], r["title"], why, "search")

        for ref in references:
            why = f"reference {ref}"
            with contextlib.suppress(OperationalError):
                for rid, r, title in db.execute(
                    "SELECT id, reference, title FROM cases WHERE erased_at = '' AND "
                    "(reference = ? OR counterpart_reference = ? COLLATE NOCASE) LIMIT ?", (ref, ref, limit)
                ):
                    hit("case", rid, r, title, why, "exact")
            for rid, seq, summary in db.execute(
                "SELECT id, seq, summary FROM exchanges WHERE redacted = 0 AND "
                "((reference = ? COLLATE NOCASE AND reference <> '') OR "
                "(counterpart_reference = ? COLLATE NOCASE AND counterpart_reference <> '')) "
                "ORDER BY seq DESC LIMIT ?", (ref, ref, limit)
            ):
                hit("exchange", rid, f"#{seq}", summary[:120], why, "exact")
            search(ref, why, ["case", "exchange"])

        for ident in identifiers:
            why = f"identifier {ident}"
            key = normalise_identifier(ident)
            if key:
                # Person documents are JSON; this scans persons (bounded by LIMIT), which
                # is acceptable for one request at a time at the 100,000-person scale.
                with contextlib.suppress(OperationalError):
                    for rid, r, name in db.execute(
                        "SELECT DISTINCT p.id, p.reference, p.display_name FROM persons p, json_each(p.documents) d "
                        "WHERE p.erased_at = '' AND upper(replace(replace(replace(replace("
                        "json_extract(d.value, '$.number'), ' ', ''), '-', ''), '.', ''), '/', '')) = ? LIMIT ?",
                        (key, limit),
                    ):
                        hit("person", rid, r, name, why, "exact")
            search(ident, why, ["person", "case", "exchange"])
            if key != ident.upper():
                search(key, why, ["person", "case", "exchange"])

        for name in names:
            why = f"name {name}"
            variants = [name]
            latin = anyascii(name).strip()
            # anyascii writes soft signs and ayn as apostrophes ("Ol'ga"); passports drop them.
            for v in (latin, re.sub(r"['`\"]", "", latin)):
                if v and v.casefold() not in {x.casefold() for x in variants}:
                    variants.append(v)
            for v in variants:
                search(v, why, ["person", "case", "exchange"])

        result = {
            "cases": list(found["case"].values()),
            "persons": list(found["person"].values()),
            "exchanges": list(found["exchange"].values()),
            "searched": {"names": names, "references": references, "identifiers": identifiers},
        }
        total = sum(len(v) for v in found.values())
        if names or references or identifiers:
            with self.vault.transaction():
                self.vault.audit.log(
                    "combine", self.record_type, exclude_id, ref=for_ref,
                    summary=f"cross-check of {for_ref or 'a request'}: {total} match(es) "
                    f"({len(result['cases'])} cases, {len(result['persons'])} persons, "
                    f"{len(result['exchanges'])} log entries)",
                    details={"names": len(names), "references": len(references), "identifiers": len(identifiers)},
                )
        return result


_FUTURE_SLACK = timedelta(minutes=5)  # clocks of two machines disagree a little


def _manual_limit(starts_iso: str, due_iso: str) -> Limit:
    return Limit("manual", datetime.fromisoformat(starts_iso), datetime.fromisoformat(due_iso))


@contextlib.contextmanager
def _translate(what: str):
    """Driver exceptions never leave the store; the append-only triggers become a Conflict."""
    try:
        yield
    except IntegrityError as exc:
        raise Conflict(f"Could not save the {what}: {exc}.") from exc
    except DatabaseError as exc:
        if "append-only" in str(exc):
            raise Conflict(f"The exchange log is append-only: {exc}.", hint="Log a correction instead.") from exc
        raise LiaisonError(f"Could not save the {what}: the vault refused the change ({exc}).") from exc
