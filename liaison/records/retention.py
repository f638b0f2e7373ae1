"""Retention: periodic review and erasure of personal data (LED 2016/680 Art. 5).

Cases and persons carry a ``review_date``. :meth:`Retention.due` lists what is
due; the officer then keeps the record until a new date (:meth:`keep`) or erases
its personal data.

Erasure keeps a tombstone, never deletes the row: exchanges, deadlines and
statistics point at cases, and the oversight body's statistics (requests by
country, legal basis, type, outcome, response times) must survive. What stays
and what goes:

* person: kept are the neutral reference (``P-2026-0007``), the LED category and
  the links to cases with the role in each (counts of suspects/victims per case
  type); erased are all names, the transliteration, date of birth, nationality
  (no statistic the oversight body asks for needs it, so data minimisation
  wins), documents, facts, assessments, notes, the review date and the notes on
  case links. The search entry is removed.
* case: kept are the reference, the counterpart's reference (needed to match
  letters still in circulation; it names no person), states, offence category
  and text, status and its dates, urgency, assigned officer, legal basis,
  and handling code; erased are the title (replaced by
  ``[erased]``), summary, notes, tags, the urgency and status reasons and the
  review date. The search entry is removed, and every entry of the case's
  exchange log is redacted (``ExchangeStore.redact_for_case``: summaries, names,
  identifiers, attachment content; dates, directions, countries and outcomes
  stay). With ``include_persons`` the persons linked only to this case are
  erased as well.

``secure_delete`` is on for every vault connection, so SQLite overwrites the
freed content; after an erasure the write-ahead log is checkpointed and
truncated so that old page images do not linger there either. The erasure is
audited with its justification; the audit summary names only references.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from .. import erasures
from ..changes import Changes, updated
from ..db import DatabaseError
from ..errors import ValidationError
from ..paging import Page, keyset_page
from ..timeutil import parse_date, utcnow_iso
from .cases import check_text, seek_bound, translate_db_errors
from .persons import ERASED_NAME

_MIN_JUSTIFICATION = 10
RECORD_TYPES = ("case", "person")


def _check_justification(text: Any) -> str:
    value = check_text(text, "justification", 2_000)
    if len(value) < _MIN_JUSTIFICATION:
        raise ValidationError(
            "justification: erasure is audited and needs a justification of at least "
            f"{_MIN_JUSTIFICATION} characters (e.g. 'review: no longer needed for the investigation').",
            field="justification",
        )
    return value


class Retention:
    """``vault.retention``."""

    def __init__(self, vault) -> None:
        self.vault = vault

    # ------------------------------------------------------------------ review
    def due(self, on: date | str | None = None, *, record_type: str | None = None, after: str | None = None,
            limit: int = 50) -> Page:
        """Cases and persons whose review date is on or before ``on`` (default
        today), oldest first, erased records left out. Keyset paged."""
        day = _as_date(on).isoformat()
        if record_type is not None and record_type not in RECORD_TYPES:
            raise ValidationError(f"record_type: one of {', '.join(RECORD_TYPES)}.", field="record_type")
        parts = []
        if record_type in (None, "case"):
            parts.append("SELECT 'case' AS record_type, id, reference AS ref, title AS label, status AS detail, "
                         "review_date FROM cases WHERE review_date != '' AND review_date <= ? AND erased_at = ''")
        if record_type in (None, "person"):
            parts.append("SELECT 'person' AS record_type, id, reference AS ref, display_name AS label, "
                         "category AS detail, review_date FROM persons "
                         "WHERE review_date != '' AND review_date <= ? AND erased_at = ''")
        # keyset_page appends its own WHERE; the union is wrapped so that it applies to both parts.
        select = f"SELECT * FROM ({' UNION ALL '.join(parts)})"
        bound, bound_params = seek_bound("review_date", ("review_date",), False, after)
        return keyset_page(self.vault.db, select=select, where=bound, params=[day] * len(parts) + bound_params,
                           sort="review_date", sortable=("review_date",), after=after, limit=limit)

    def keep(self, record_type: str, ref_or_id: str, *, until: date | str, justification: str = "") -> Changes:
        """The review decided to keep the record: set its next review date (audited)."""
        store, table = self._store(record_type)
        next_day = _as_date(until)
        if next_day <= date.today():
            raise ValidationError("until: the next review date must be in the future.", field="until")
        reason = check_text(justification, "justification", 2_000)
        record_id = store.resolve(ref_or_id)
        with translate_db_errors(record_type), self.vault.transaction() as db:
            ref, erased = db.execute(f"SELECT reference, erased_at FROM {table} WHERE id = ?", (record_id,)).fetchone()
            if erased:
                raise ValidationError(f"{ref} has been erased; there is nothing left to review.", field="ref")
            db.execute(f"UPDATE {table} SET review_date = ?, updated_at = ?, rev = rev + 1 WHERE id = ?",
                       (next_day.isoformat(), utcnow_iso(), record_id))
            self.vault.audit.log("alter", record_type, record_id, ref=ref,
                                 summary=f"retention review: kept until {next_day.isoformat()}",
                                 justification=reason or None, details={"review_date": next_day.isoformat()})
        return updated(record_type, record_id)

    # ----------------------------------------------------------------- erasure
    def erase_person(self, ref_or_id: str, *, justification: str) -> Changes:
        """Erase a person's personal data, keep the tombstone (see the module's
        docstring for what stays), remove them from search, audit ``erase``."""
        reason = _check_justification(justification)
        person_id = self.vault.persons.resolve(ref_or_id)
        with translate_db_errors("erasure"), self.vault.transaction() as db:
            self._erase_person(db, person_id, reason)
        self._flush_wal()
        return updated("person", person_id, erased=True)

    def erase_case(self, ref_or_id: str, *, justification: str, include_persons: bool = False) -> Changes:
        """Erase the personal data in a case (title, summary, notes, tags,
        reasons) and in its exchange log and, with ``include_persons``, the persons linked to no other
        case that is not erased. Persons still in another live case are kept and
        listed in ``extra["persons_kept"]``."""
        reason = _check_justification(justification)
        case_id = self.vault.cases.resolve(ref_or_id)
        changes = updated("case", case_id, erased=True)
        kept: list[str] = []
        with translate_db_errors("erasure"), self.vault.transaction() as db:
            ref, erased = db.execute("SELECT reference, erased_at FROM cases WHERE id = ?", (case_id,)).fetchone()
            if erased:
                raise ValidationError(f"Case {ref} was already erased on {erased}.", field="ref")
            now = utcnow_iso()
            erasures.remember(db, "cases", dict(next(db.query("SELECT * FROM cases WHERE id = ?", [case_id]))))
            for row in db.query("SELECT * FROM exchanges WHERE case_id = ? AND redacted = 0", [case_id]):
                erasures.remember(db, "exchanges", dict(row))
            self._mark_cleanup(db)
            db.execute(
                "UPDATE cases SET title = ?, summary = '', notes = '', tags = '[]', urgency_reason = '', "
                "status_reason = '', review_date = '', erased_at = ?, updated_at = ?, rev = rev + 1 WHERE id = ?",
                (ERASED_NAME, now, now, case_id),
            )
            db.execute("DELETE FROM case_tags WHERE case_id = ?", (case_id,))
            self.vault.search.remove("case", case_id)
            self.vault.audit.log("erase", "case", case_id, ref=ref, summary=f"personal data of case {ref} erased",
                                 justification=reason, details={"include_persons": include_persons})
            # The exchange log of the case holds personal data too (summaries,
            # names, attachments): its entries are redacted in this transaction.
            redacted = self.vault.exchanges.redact_for_case(case_id, justification=reason)
            changes = changes + redacted
            # Answers typed for the case's documents are free text that may name people.
            from ..documents.context import erase_answers
            from ..documents.register import erase_for_case

            erase_answers(db, case_id)
            erase_for_case(self.vault, db, case_id)
            if include_persons:
                rows = db.execute(
                    "SELECT p.id, p.reference, p.erased_at, "
                    "(SELECT count(*) FROM case_persons o JOIN cases c ON c.id = o.case_id "
                    " WHERE o.person_id = p.id AND o.case_id != ? AND c.erased_at = '') AS elsewhere "
                    "FROM case_persons cp JOIN persons p ON p.id = cp.person_id WHERE cp.case_id = ?",
                    (case_id, case_id),
                ).fetchall()
                for pid, pref, perased, elsewhere in rows:
                    if perased:
                        continue
                    if elsewhere:
                        kept.append(pref)
                        continue
                    self._erase_person(db, pid, f"{reason} (with case {ref})")
                    changes = changes + updated("person", pid)
        self._flush_wal()
        return changes + Changes(extra={"persons_kept": kept})

    def _erase_person(self, db, person_id: str, reason: str) -> None:
        ref, erased = db.execute("SELECT reference, erased_at FROM persons WHERE id = ?", (person_id,)).fetchone()
        if erased:
            raise ValidationError(f"Person {ref} was already erased on {erased}.", field="ref")
        now = utcnow_iso()
        erasures.remember(db, "persons", dict(next(db.query("SELECT * FROM persons WHERE id = ?", [person_id]))))
        self._mark_cleanup(db)
        db.execute(
            "UPDATE persons SET display_name = ?, names = '[]', transliteration = '', transliteration_auto = 0, "
            "date_of_birth = '', nationality = '', documents = '[]', facts = '[]', assessments = '[]', notes = '', "
            "review_date = '', place_of_birth = '', address = '', sex = '', languages = '[]', "
            "registration_number = '', erased_at = ?, updated_at = ?, rev = rev + 1 WHERE id = ?",
            (ERASED_NAME, now, now, person_id),
        )
        db.execute("UPDATE case_persons SET note = '', updated_at = ?, rev = rev + 1 WHERE person_id = ? "
                   "AND note != ''", (now, person_id))
        self.vault.search.remove("person", person_id)
        self.vault.audit.log("erase", "person", person_id, ref=ref, summary=f"personal data of person {ref} erased",
                             justification=reason)

    _CLEANUP = "erasure.cleanup_pending"

    @classmethod
    def _mark_cleanup(cls, db) -> None:
        """Inside the erasure's transaction: the erased text must still be purged from the search index's
        segments and the write-ahead log. A crash before that is finished at the next opening."""
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (cls._CLEANUP, utcnow_iso()))

    def _flush_wal(self) -> None:
        conn = self.vault.db.conn
        if conn.in_transaction:
            return  # inside a caller's transaction: the caller's commit comes later
        self.purge_erased_text()

    def purge_erased_text(self) -> None:
        """Move the WAL into the (secure-deleting) database and truncate it, so old page images of erased
        data do not stay in the WAL file; FTS5 keeps removed words in its segments until they are merged,
        so the index is rewritten first. Then the erasure's mark is cleared."""
        conn = self.vault.db.conn
        self.vault.search.compact()
        with contextlib.suppress(DatabaseError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        with self.vault.transaction() as db:
            db.execute("DELETE FROM meta WHERE key = ?", (self._CLEANUP,))
        with contextlib.suppress(DatabaseError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def _store(self, record_type: str) -> tuple[Any, str]:
        if record_type == "case":
            return self.vault.cases, "cases"
        if record_type == "person":
            return self.vault.persons, "persons"
        raise ValidationError(f"record_type: one of {', '.join(RECORD_TYPES)}.", field="record_type")


def _as_date(value: date | str | None) -> date:
    if value is None or value == "":
        return date.today()
    if isinstance(value, date):
        return value
    return parse_date(str(value), field="on")

