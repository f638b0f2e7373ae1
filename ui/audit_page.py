"""The Audit section: the hash-chained trail of every creation, change,
consultation, disclosure and erasure (LED Art. 25), with filters, a Verify
button and an export for a supervisory authority.

The list pages through the trail by sequence number (newest first by default),
one keyset query per page. Verifying walks the whole chain on a worker thread
(``vault.audit.verify``); exporting uses the core's export (JSON or CSV, both
checkable on their own with ``liaison audit verify-export``).
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.audit import ACTIONS
from liaison.errors import LiaisonError, ValidationError
from liaison.fileutil import atomic_write
from liaison.paging import Page, decode_cursor, encode_cursor

from . import dialogs, style
from .dashboard_page import SECTION_OF, action_words, local_time
from .listview import ComboFilter, EmptyState, RecordListView
from .models import DATETIME, NUMBER, REFERENCE, Column, PagedTableModel
from .pickers import DatePicker
from .sections import SectionPage
from .session import Session
from .widgets import DelayedBusy
from .worker import Task, run_in_background

log = logging.getLogger(__name__)

RECORD_TYPES = ("case", "person", "contact", "agency", "agreement", "exchange", "attachment", "deadline",
                "document", "bundle", "vault", "audit")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditPage", text)


def record_words(record_type: str | None) -> str:
    """The kind of record an entry is about, in the interface language."""
    words = {
        "case": _tr("case"), "person": _tr("person"), "contact": _tr("contact"), "agency": _tr("agency"),
        "agreement": _tr("agreement"), "exchange": _tr("exchange"), "attachment": _tr("attachment"),
        "deadline": _tr("deadline"), "document": _tr("document"), "bundle": _tr("bundle"), "vault": _tr("vault"),
        "audit": _tr("audit"),
    }
    return words.get(record_type or "", record_type or "")


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    """Recipients and details are stored as JSON text; a value that does not read
    as JSON is shown as stored (Verify reports the tampering)."""
    row = dict(row)
    for key in ("recipients", "details"):
        value = row.get(key)
        try:
            row[key] = json.loads(value) if value else None
        except (TypeError, ValueError):
            row[key] = [str(value)] if key == "recipients" else None
    return row


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def audit_page(
    vault: Any,
    *,
    action: str | None = None,
    record_type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
    descending: bool = True,
    after: str | None = None,
    limit: int = 50,
) -> Page:
    """One keyset page of the trail by ``seq`` with the same filters as
    ``vault.audit.list`` (which pages oldest first only), plus ``text``: a
    substring of the summary or the reference. Each row gets ``id`` = its seq."""
    if action and action not in ACTIONS:
        raise ValidationError(f"action: use one of {', '.join(ACTIONS)}.", field="action")
    if not 1 <= limit <= 1000:
        raise ValidationError("A page holds 1 to 1000 rows.", field="limit")
    where, params = [], []
    for col, val in (("action", action), ("record_type", record_type)):
        if val:
            where.append(f"{col} = ?")
            params.append(val)
    if since:
        where.append("at >= ?")
        params.append(since)
    if until:
        where.append("at < ?")
        params.append(until)
    if text:
        where.append("(summary LIKE ? ESCAPE '\\' OR ref LIKE ? ESCAPE '\\')")
        params += [_like(text), _like(text)]
    if after:
        value, _ = decode_cursor(after)
        where.append("seq < ?" if descending else "seq > ?")
        params.append(int(value))
    sql = "SELECT * FROM audit" + (" WHERE " + " AND ".join(where) if where else "")
    sql += f" ORDER BY seq {'DESC' if descending else 'ASC'} LIMIT ?"
    rows = [_decode(r) for r in vault.db.query(sql, [*params, limit + 1])]
    more = len(rows) > limit
    rows = rows[:limit]
    for r in rows:
        r["id"] = str(r["seq"])
    cursor = encode_cursor(rows[-1]["seq"], rows[-1]["id"]) if more and rows else None
    return Page(rows, cursor)


def day_bounds(start: date | None, end: date | None) -> tuple[str | None, str | None]:
    """Local calendar days (both ends included) as bounds on ``at``, which is UTC text."""

    def utc(day: date) -> str:
        return datetime.combine(day, time.min).astimezone().astimezone(UTC).isoformat(timespec="microseconds")

    return (utc(start) if start else None), (utc(end + timedelta(days=1)) if end else None)


def _recipients(value: Any) -> str:
    return ", ".join(str(v) for v in value) if value else ""


def columns() -> list[Column]:
    return [
        Column("seq", _tr("No."), kind=NUMBER, sort_key="seq"),
        Column("at", _tr("When (local)"), kind=DATETIME, sortable=False, format=local_time),
        Column("actor", _tr("Who"), sortable=False),
        Column("action", _tr("Action"), sortable=False, format=action_words),
        Column("record_type", _tr("Record"), sortable=False, format=record_words),
        Column("ref", _tr("Reference"), kind=REFERENCE, sortable=False),
        Column("summary", _tr("Summary"), sortable=False, width=280),
        Column("justification", _tr("Justification"), sortable=False, width=155),
        Column("recipients", _tr("Recipients"), sortable=False, format=_recipients),
    ]


class AuditPage(SectionPage):
    """The trail, newest first, with filters, Verify and Export."""

    key, title = "audit", "Audit"

    verified = Signal(object)  # the core's VerifyResult
    exported = Signal(str)  # the path written

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.task: Task | None = None
        self.model: PagedTableModel | None = None
        self.view: RecordListView | None = None
        self.result = None

        self.heading = style.label(self.tr("Audit trail"), "title")
        self.intro = style.label(self.tr(
            "Every creation, change, consultation, disclosure and erasure, in order. Each entry carries the hash "
            "of the one before, so that an entry altered, removed or reordered is found by Verify."), "muted")
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.verify_button.setToolTip(self.tr("Check the whole chain of hashes (Alt+V)"))
        self.verify_button.setAccessibleName(self.tr("Verify the audit trail"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("&Export..."), self)
        self.export_button.setToolTip(self.tr("Export the whole trail as JSON or CSV for a supervisory authority "
                                              "(Alt+E)"))
        self.export_button.setAccessibleName(self.tr("Export the audit trail"))
        self.export_button.clicked.connect(self.export)
        self.verify_status = style.label("")
        self.verify_status.setObjectName("verifyStatus")
        self.verify_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = DelayedBusy(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.busy)
        self.cancel_button.clicked.connect(self.cancel)
        self.busy.layout().addWidget(self.cancel_button)

        self.date_from = DatePicker(parent=self)
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = DatePicker(parent=self)
        self.date_to.setAccessibleName(self.tr("To date"))
        self.date_from.value_changed.connect(self._dates_changed)
        self.date_to.value_changed.connect(self._dates_changed)
        self.date_error = style.label("", "error")
        self.date_error.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)
        dates = QHBoxLayout()
        from_label = QLabel(self.tr("F&rom:"), self)
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.date_to)
        dates.addWidget(from_label)
        dates.addWidget(self.date_from)
        dates.addWidget(to_label)
        dates.addWidget(self.date_to)
        dates.addWidget(style.label(self.tr("(local days, both included)"), "muted", wrap=False))
        dates.addStretch(1)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(24, 20, 24, 20)
        self.box.setSpacing(8)
        self.box.addLayout(buttons)
        self.box.addWidget(self.intro)
        self.box.addWidget(self.verify_status)
        self.box.addWidget(self.busy)
        self.box.addLayout(dates)
        self.box.addWidget(self.date_error)

    # ------------------------------------------------------------------ list
    def _fetch(self, after: str | None, limit: int, sort: str, descending: bool, filters: dict[str, Any]) -> Page:
        vault = self.session.vault
        if vault is None or vault.is_locked:
            return Page([], None)
        since, until = day_bounds(self.date_from.value(), self.date_to.value())
        return audit_page(vault, action=filters.get("action"), record_type=filters.get("record_type"),
                          since=since, until=until, text=filters.get("text"), descending=descending, after=after,
                          limit=limit)

    def _build_view(self) -> None:
        settings = getattr(self.window(), "_settings", None)
        self.model = PagedTableModel(self._fetch, columns(), sort="seq", descending=True, parent=self)
        combos = [
            ComboFilter("action", self.tr("Action"),
                        [(self.tr("All"), None)] + [(action_words(a), a) for a in ACTIONS]),
            ComboFilter("record_type", self.tr("Record"), [(self.tr("All"), None)] + [(record_words(t), t) for t in RECORD_TYPES]),
        ]
        self.view = RecordListView(
            self.model, settings=settings if isinstance(settings, QSettings) else None, settings_key="audit/list",
            empty=EmptyState(self.tr("No entry matches."), self.tr("Change or clear the filters.")),
            combos=combos, filter_placeholder=self.tr("Text in the summary or reference"), parent=self)
        self.view.open_record.connect(self._open_entry)
        self.model.loaded.connect(self._fit_columns)
        self.box.addWidget(self.view, 1)
        self._fit_columns()
        self.setTabOrder(self.export_button, self.date_from)

    def load(self) -> None:
        if self.view is None:
            self._build_view()
        else:
            assert self.model is not None
            self.model.reset()

    def _fit_columns(self) -> None:
        """Short columns (number, time, action, record, reference) as wide as what they show."""
        if self.view is None or self.model is None:
            return
        for key in ("seq", "at", "actor", "action", "record_type", "ref"):
            self.view.table.resizeColumnToContents(self.model.column_index(key))

    def _dates_changed(self, *_args: object) -> None:
        start, end = self.date_from.value(), self.date_to.value()
        if start and end and end < start:
            self.date_error.setText(self.tr("Error: the period ends before it starts; swap the dates."))
            self.date_error.show()
            return
        self.date_error.hide()
        if self.model is not None:
            self.model.reset()

    def _open_entry(self, entry_id: str) -> None:
        """Enter on an entry: show the record it names, in its section."""
        if self.model is None:
            return
        row = self.model.row_for_id(entry_id)
        entry = self.model.record(row) if row >= 0 else None
        if not entry or not entry.get("record_id"):
            return
        section = SECTION_OF.get(entry["record_type"] or "")
        window = self.window()
        if section and section != self.key and hasattr(window, "show_section"):
            window.show_section(section)
            opener = getattr(getattr(window, "pages", {}).get(section), "open_record", None)
            if callable(opener):
                opener(entry["record_type"], entry["record_id"])

    def open_record(self, record_type: str, record_id: str) -> None:
        """Select an audit entry (``record_type`` "audit", ``record_id`` its seq)."""
        if record_type == "audit" and self.view is not None:
            self.view.select_id(str(record_id))

    # ---------------------------------------------------------------- verify
    def verify(self) -> None:
        vault = self.session.vault
        if vault is None or vault.is_locked or (self.task is not None and self.task.running):
            return
        self.verify_button.setEnabled(False)
        self.verify_status.clear()
        self.busy.start(self.tr("Checking every entry of the trail..."))
        self.task = run_in_background(vault.audit.verify, self._on_verified, self._on_verify_failed)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.busy.stop()
        self.verify_button.setEnabled(True)

    def _on_verified(self, result: Any) -> None:
        self.task = None
        self.busy.stop()
        self.verify_button.setEnabled(True)
        self.result = result
        if result.ok:
            self.verify_status.setText(self.tr("✓ Intact: {n} entries, each following the one before.").format(
                n=f"{result.entries:,}"))
            style.set_role(self.verify_status, "ok")
        else:
            self.verify_status.setText(self.tr("✗ Broken at entry {seq}: {problem}. Keep the vault as it is and "
                                               "tell your data protection officer.").format(
                seq=result.first_bad_seq, problem=result.problem))
            style.set_role(self.verify_status, "error")
        self.verified.emit(result)

    def _on_verify_failed(self, exc: BaseException) -> None:
        self.task = None
        self.busy.stop()
        self.verify_button.setEnabled(True)
        if not isinstance(exc, LiaisonError):
            log.error("verifying the audit trail failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.verify_status.setText(self.tr("Error: the trail could not be checked: {message}").format(
            message=str(exc) if isinstance(exc, LiaisonError) else type(exc).__name__))
        style.set_role(self.verify_status, "error")

    # ---------------------------------------------------------------- export
    def export(self) -> str | None:
        """Ask where (the extension chooses JSON or CSV) and write the core's export."""
        vault = self.session.vault
        if vault is None or vault.is_locked:
            return None
        path = dialogs.ask_save_file(self, self.tr("Export the audit trail"), "audit-trail.json",
                                     self.tr("JSON, checkable on its own (*.json);;CSV for spreadsheets (*.csv)"))
        if not path:
            return None
        fmt = "csv" if Path(path).suffix.lower() == ".csv" else "json"
        try:
            text = vault.audit.export(fmt)
            atomic_write(Path(path), text.encode("utf-8"))
        except LiaisonError as exc:
            self.verify_status.setText(self.tr("Error: {message}").format(message=str(exc)))
            style.set_role(self.verify_status, "error")
            return None
        except OSError as exc:
            self.verify_status.setText(self.tr("Error: the file could not be written ({reason}).").format(
                reason=exc.strerror or type(exc).__name__))
            style.set_role(self.verify_status, "error")
            return None
        self.verify_status.setText(self.tr("Exported the whole trail ({fmt}) to {path}. The export itself is "
                                           "recorded in the trail.").format(fmt=fmt.upper(), path=path))
        style.set_role(self.verify_status, "ok")
        if self.model is not None:
            self.model.reset()
        self.exported.emit(path)
        return path

    # ------------------------------------------------------------- life cycle
    def clear(self) -> None:
        self.cancel()
        self.result = None
        self.verify_status.clear()
        if self.view is not None:
            self.view.save_state()
            self.box.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        self.model = None

    def nav_count(self) -> int | None:
        return None  # a growing log is not something to act on
