"""The case view: a header (references with copy buttons, status, urgency,
handling, the status actions the workflow allows) and tabs for the summary,
persons, exchanges (a timeline), deadlines, documents and history, with the
legal-basis finder as a side panel.

Opening a case is a consultation (LED Art. 25): :meth:`CaseView.show_case`
calls ``vault.cases.get(id, consult=True)`` once per opening; re-reading after
a write does not log another consultation.
"""

from __future__ import annotations

import html
import logging
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison import handling as core_handling
from liaison.changes import Changes
from liaison.documents.register import list_documents
from liaison.errors import LiaisonError
from liaison.records.agreements import measures
from liaison.records.persons import CATEGORIES
from liaison.refdata import country_name

from . import clipboard, dialogs, i18n, style
from .exchange_log_editor import ExchangeLogEditor, direction_text, request_type_label
from .listview import HandlingDelegate
from .message_line import MessageLine
from .models import format_value
from .pickers import DatePicker, tlp_badge_style
from .session import Session

log = logging.getLogger(__name__)

TIMELINE_PAGE = 50
SMALL_LIST = 200  # deadlines, documents, history of one case: the first 200, with a note when there are more


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseView", text)


STATUS_MEANING = {
    "draft": "muted", "open": None, "request sent": None, "awaiting response": "warning",
    "response received": "ok", "closed": "muted", "archived": "muted",
}


def status_word(status: str) -> str:
    words = {
        "draft": _tr("Draft"), "open": _tr("Open"), "request sent": _tr("Request sent"),
        "awaiting response": _tr("Awaiting response"), "response received": _tr("Response received"),
        "closed": _tr("Closed"), "archived": _tr("Archived"),
    }
    return words.get(status, status)


def transition_label(current: str, to: str) -> str:
    """The action's words: what the officer does, not the state's name."""
    if to == "open" and current in ("closed", "archived"):
        return _tr("Reopen…")
    return {
        "open": _tr("Open the case…"), "request sent": _tr("Mark request sent…"),
        "awaiting response": _tr("Mark awaiting response…"), "response received": _tr("Mark response received…"),
        "closed": _tr("Close the case…"), "archived": _tr("Archive…"),
    }.get(to, to)


def local_time(iso: str) -> str:
    return format_value(iso, "datetime")


def time_in_zone(iso: str, zone: str) -> str:
    """``iso`` (UTC) as wall time in ``zone``, with the zone's abbreviation."""
    try:
        dt = datetime.fromisoformat(iso).astimezone(ZoneInfo(zone))
    except (ValueError, ZoneInfoNotFoundError):
        return ""
    return f"{dt:%Y-%m-%d %H:%M} {dt.tzname() or zone}"


def set_meaning(label: QLabel, meaning: str | None) -> None:
    style.set_role(label, meaning or "")


def handling_badge(parent: QWidget | None = None) -> tuple[QWidget, QLabel, QLabel]:
    """A TLP label in its colour on black beside the rest of the code in words."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    tlp = QLabel(box)
    rest = QLabel(box)
    row.addWidget(tlp)
    row.addWidget(rest)
    return box, tlp, rest


def show_handling(tlp_label: QLabel, rest_label: QLabel, text: str) -> None:
    tokens = (text or "").split()
    if tokens and tokens[0] in core_handling.tlp_labels():
        tlp_label.setText(tokens[0])
        tlp_label.setStyleSheet(tlp_badge_style(tokens[0]))
        tlp_label.setVisible(True)
        rest = " ".join(tokens[1:])
    else:
        tlp_label.clear()
        tlp_label.setVisible(False)
        rest = " ".join(tokens)
    rest_label.setText(rest if rest or tokens else _tr("No handling code"))


def finder_html(result: dict[str, Any]) -> str:
    """The finder's answer as a short document: qualified agreements best first with
    their reasons, then the excluded ones with their reason (all text escaped)."""
    esc = html.escape
    parts = [f"<p><b>{esc(result['measure_label'])}</b> · {esc(result['date'])}</p>"]
    if result.get("message"):
        parts.append(f"<p><b>{esc(result['message'])}</b></p>")
    pack = result.get("pack") or {}
    if pack:
        line = _tr("Reference data: pack {v}, status as of {d}.").format(v=pack["version"], d=pack["status_as_of"])
        if pack.get("stale"):
            line += " " + _tr("It is older than a year: party lists change; ask for a newer pack.")
        parts.append(f"<p style='color:#8a4b00'>{esc(line)}</p>")
    parts.append(f"<h4>{esc(_tr('Can carry the request ({n}), best first').format(n=len(result['results'])))}</h4>")
    if result["results"]:
        parts.append("<ol>")
        for r in result["results"]:
            reasons = "".join(f"<li>✓ {esc(w)}</li>" for w in r["reasons"])
            reasons += "".join(f"<li>⚠ {esc(_tr('Unverified'))}: {esc(u)}</li>" for u in r.get("unverified", []))
            reasons += "".join(f"<li>⚠ {esc(_tr('Only if'))}: {esc(c)}</li>" for c in r.get("conditions", []))
            flag = f" <b>[{esc(_tr('unverified'))}]</b>" if r.get("unverified") else ""
            parts.append(f"<li><b>{esc(r['reference'] or r['title'])}</b>{flag} — {esc(r['title'])}<ul>{reasons}</ul></li>")
        parts.append("</ol>")
    else:
        parts.append(f"<p>{esc(_tr('No agreement of the vault qualifies.'))}</p>")
    parts.append(f"<h4>{esc(_tr('Excluded ({n})').format(n=len(result['excluded'])))}</h4><ul>")
    for r in result["excluded"]:
        parts.append(f"<li>✗ <b>{esc(r['reference'] or r['title'])}</b>: {esc(r['reason'])}</li>")
    parts.append("</ul>")
    return "".join(parts)


def _item(text: str, *, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if text:
        item.setToolTip(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(headers: list[str], name: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    style.tabular(table)
    return table


def _fit(table: QTableWidget) -> None:
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for i in range(table.columnCount() - 1):
        header.resizeSection(i, min(header.sectionSize(i), 320))


class CaseView(QWidget):
    """One case. Signals: ``edit_requested(case_id)``, ``open_person(person_id)``,
    ``changed(Changes)`` after any write made here (the page refreshes its list)."""

    edit_requested = Signal(str)
    request_requested = Signal(str)  # draft a formal request for this case
    handover_requested = Signal(str)  # export this case as a bundle
    open_person = Signal(str)
    new_person = Signal(str)  # case id: create a person linked to this case
    changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: dict[str, Any] | None = None
        self.clipboard_delay_ms = clipboard.CLEAR_AFTER_MS
        self.exchange_dialog: QDialog | None = None
        self.exchange_editor: ExchangeLogEditor | None = None
        self.last_cross_check: dict[str, Any] | None = None
        self.last_finder_result: dict[str, Any] | None = None
        self._timeline_cursor: str | None = None
        self.status_buttons: dict[str, QPushButton] = {}

        self._build_header()
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(_tr("Case details"))
        self._build_summary_tab()
        self._build_persons_tab()
        self._build_exchanges_tab()
        self._build_deadlines_tab()
        self._build_documents_tab()
        self._build_history_tab()
        self._build_finder()

        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.finder)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        self.finder.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addWidget(self.body, 1)

    # ================================================================== building
    def _build_header(self) -> None:
        self.header = QFrame(self)
        self.header.setObjectName("card")
        self.title_label = style.label("", "heading")
        self.title_label.setObjectName("caseTitle")
        self.reference_label = QLabel(self.header)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.tabular(self.reference_label)
        self.copy_reference_button = QPushButton(_tr("Copy"), self.header)
        self.copy_reference_button.setToolTip(_tr("Copy our reference (cleared from the clipboard after 30 s)"))
        self.copy_reference_button.setAccessibleName(_tr("Copy our reference"))
        self.counterpart_label = QLabel(self.header)
        self.counterpart_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.tabular(self.counterpart_label)
        self.copy_counterpart_button = QPushButton(_tr("Copy"), self.header)
        self.copy_counterpart_button.setToolTip(_tr("Copy their reference (cleared from the clipboard after 30 s)"))
        self.copy_counterpart_button.setAccessibleName(_tr("Copy their reference"))
        self.status_label = QLabel(self.header)
        self.status_label.setAccessibleName(_tr("Status"))
        self.urgency_label = QLabel(self.header)
        self.urgency_label.setAccessibleName(_tr("Urgency"))
        self.handling_box, self.handling_tlp, self.handling_rest = handling_badge(self.header)
        self.handling_tlp.setAccessibleName(_tr("TLP label"))
        self.edit_button = QPushButton(_tr("Edit…"), self.header)
        self.edit_button.setToolTip(_tr("Edit this case (Ctrl+E)"))
        self.request_button = QPushButton(_tr("New request…"), self.header)
        self.request_button.setToolTip(_tr("Draft a formal request document for this case"))
        self.handover_button = QPushButton(_tr("Hand over…"), self.header)
        self.handover_button.setToolTip(_tr("Export this case as an encrypted bundle for a colleague or partner"))
        self.finder_button = QPushButton(_tr("Legal-basis finder"), self.header)
        self.finder_button.setCheckable(True)
        self.finder_button.setToolTip(_tr("Show or hide the legal-basis finder (Ctrl+B)"))

        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        # The case's actions get a row of their own: four buttons beside a long
        # title were squeezed into fragments at the usual window size.
        self.actions_row = QHBoxLayout()
        for button in (self.edit_button, self.request_button, self.handover_button, self.finder_button):
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)

        refs = QHBoxLayout()
        refs.addWidget(QLabel(_tr("Ours:"), self.header))
        refs.addWidget(self.reference_label)
        refs.addWidget(self.copy_reference_button)
        refs.addSpacing(16)
        refs.addWidget(QLabel(_tr("Theirs:"), self.header))
        refs.addWidget(self.counterpart_label)
        refs.addWidget(self.copy_counterpart_button)
        refs.addStretch(1)

        facts = QHBoxLayout()
        facts.addWidget(QLabel(_tr("Status:"), self.header))
        facts.addWidget(self.status_label)
        facts.addSpacing(16)
        facts.addWidget(self.urgency_label)
        facts.addSpacing(16)
        facts.addWidget(QLabel(_tr("Handling:"), self.header))
        facts.addWidget(self.handling_box)
        facts.addStretch(1)

        self.status_row = QHBoxLayout()
        self.status_reason = QLineEdit(self.header)
        self.status_reason.setPlaceholderText(_tr("Reason for the status change (needed to reopen)"))
        self.status_reason.setAccessibleName(_tr("Reason for the status change"))
        self.status_buttons_box = QHBoxLayout()
        self.status_row.addWidget(QLabel(_tr("Change status:"), self.header))
        self.status_row.addLayout(self.status_buttons_box)
        self.status_row.addStretch(1)

        box = QVBoxLayout(self.header)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(4)
        box.addLayout(title_row)
        box.addLayout(self.actions_row)
        box.addLayout(refs)
        box.addLayout(facts)
        box.addLayout(self.status_row)
        box.addWidget(self.status_reason)

        self.message = MessageLine(self)

        self.copy_reference_button.clicked.connect(lambda: self.copy_reference("own"))
        self.copy_counterpart_button.clicked.connect(lambda: self.copy_reference("counterpart"))
        self.edit_button.clicked.connect(lambda: self.case and self.edit_requested.emit(self.case["id"]))
        self.request_button.clicked.connect(lambda: self.case and self.request_requested.emit(self.case["reference"]))
        self.handover_button.clicked.connect(lambda: self.case and self.handover_requested.emit(self.case["reference"]))
        self.finder_button.toggled.connect(self.show_finder)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.edit_button.click(), context)
        QShortcut(QKeySequence("Ctrl+B"), self, lambda: self.finder_button.toggle(), context)

    def _build_summary_tab(self) -> None:
        page = QWidget()
        self.summary_form = QFormLayout(page)
        self.summary_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.summary_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.summary_values: dict[str, QLabel] = {}
        for key, label in (
            ("title", _tr("Title")), ("offence", _tr("Offence")), ("states", _tr("States")),
            ("legal_basis", _tr("Legal basis")), ("officer", _tr("Assigned officer")),
            ("urgency_reason", _tr("Reason for urgency")), ("status_reason", _tr("Reason for the status")),
            ("review_date", _tr("Review date")), ("tags", _tr("Tags")), ("summary", _tr("Summary")),
            ("notes", _tr("Notes")),
        ):
            value = QLabel(page)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.summary_form.addRow(label + ":", value)
            self.summary_values[key] = value
        self.tabs.addTab(page, _tr("Summary"))

    def _build_persons_tab(self) -> None:
        page = QWidget()
        self.persons_table = _table([_tr("Reference"), _tr("Name"), _tr("Role"), _tr("Note")], _tr("Linked persons"),
                                    page)
        self.open_person_button = QPushButton(_tr("Open person"), page)
        self.new_person_button = QPushButton(_tr("New person in this case…"), page)
        self.unlink_button = QPushButton(_tr("Unlink…"), page)
        self.link_edit = QLineEdit(page)
        self.link_edit.setPlaceholderText(_tr("Person's reference, e.g. P-2026-0007"))
        self.link_edit.setAccessibleName(_tr("Person to link"))
        self.link_role = QComboBox(page)
        self.link_role.setAccessibleName(_tr("Role in the case"))
        for c in CATEGORIES:
            self.link_role.addItem(c.capitalize(), c)
        self.link_button = QPushButton(_tr("Link"), page)
        row = QHBoxLayout()
        row.addWidget(self.open_person_button)
        row.addWidget(self.unlink_button)
        row.addStretch(1)
        row.addWidget(self.new_person_button)
        link = QHBoxLayout()
        link.addWidget(QLabel(_tr("Link a person:"), page))
        link.addWidget(self.link_edit, 1)
        link.addWidget(self.link_role)
        link.addWidget(self.link_button)
        box = QVBoxLayout(page)
        box.addWidget(self.persons_table, 1)
        box.addLayout(row)
        box.addLayout(link)
        self.open_person_button.clicked.connect(self._open_selected_person)
        self.persons_table.doubleClicked.connect(lambda _i: self._open_selected_person())
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.new_person_button.clicked.connect(lambda: self.case and self.new_person.emit(self.case["id"]))
        self.link_button.clicked.connect(self.link_person)
        self.link_edit.returnPressed.connect(self.link_person)
        self.tabs.addTab(page, _tr("Persons"))

    def _build_exchanges_tab(self) -> None:
        page = QWidget()
        self.timeline = _table(
            [_tr("No."), _tr("When"), _tr("Direction"), _tr("Handling"), _tr("Summary"), _tr("Links"), _tr("Type"),
             _tr("Channel")], _tr("Exchanges, newest first"), page)
        self._handling_delegate = HandlingDelegate(self.timeline)
        self.timeline.setItemDelegateForColumn(3, self._handling_delegate)
        self.log_sent_button = QPushButton(_tr("Log &sent…"), page)
        self.log_sent_button.setToolTip(_tr("Log something sent about this case (Alt+S)"))
        self.log_received_button = QPushButton(_tr("Log &received…"), page)
        self.log_received_button.setToolTip(_tr("Log something received about this case (Alt+R)"))
        self.more_button = QPushButton(_tr("Show older entries"), page)
        self.timeline_note = style.label("", "muted")
        self.cross_check_box = QGroupBox(_tr("What the vault already holds about the last request received"), page)
        self.cross_check_tree = QTreeWidget(self.cross_check_box)
        self.cross_check_tree.setHeaderLabels([_tr("Match"), _tr("Matched on")])
        self.cross_check_tree.setAccessibleName(_tr("Cross-check matches"))
        cc = QVBoxLayout(self.cross_check_box)
        cc.addWidget(self.cross_check_tree)
        self.cross_check_box.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.log_sent_button)
        row.addWidget(self.log_received_button)
        row.addStretch(1)
        row.addWidget(self.timeline_note)
        row.addWidget(self.more_button)
        box = QVBoxLayout(page)
        box.addLayout(row)
        box.addWidget(self.timeline, 3)
        box.addWidget(self.cross_check_box, 2)
        self.log_sent_button.clicked.connect(lambda: self.log_exchange("sent"))
        self.log_received_button.clicked.connect(lambda: self.log_exchange("received"))
        self.more_button.clicked.connect(self._load_more_timeline)
        self.tabs.addTab(page, _tr("Exchanges"))

    def _build_deadlines_tab(self) -> None:
        page = QWidget()
        self.deadlines_table = _table(
            [_tr("Deadline"), _tr("State"), _tr("Due (your time)"), _tr("Due (counterpart's time)"), _tr("Source")],
            _tr("Deadlines of the case"), page)
        self.deadlines_note = style.label("", "muted")
        box = QVBoxLayout(page)
        box.addWidget(self.deadlines_table, 1)
        box.addWidget(self.deadlines_note)
        self.tabs.addTab(page, _tr("Deadlines"))

    def _build_documents_tab(self) -> None:
        page = QWidget()
        self.documents_table = _table(
            [_tr("Date"), _tr("Title"), _tr("Our reference"), _tr("Status"), _tr("Version"), _tr("Handling")],
            _tr("Documents of the case"), page)
        self._doc_delegate = HandlingDelegate(self.documents_table)
        self.documents_table.setItemDelegateForColumn(5, self._doc_delegate)
        self.documents_note = style.label("", "muted")
        box = QVBoxLayout(page)
        box.addWidget(self.documents_table, 1)
        box.addWidget(self.documents_note)
        self.tabs.addTab(page, _tr("Documents"))

    def _build_history_tab(self) -> None:
        page = QWidget()
        self.history_table = _table([_tr("When"), _tr("Who"), _tr("Action"), _tr("What")], _tr("History of the case"),
                                    page)
        self.history_note = style.label("", "muted")
        box = QVBoxLayout(page)
        box.addWidget(self.history_table, 1)
        box.addWidget(self.history_note)
        self.tabs.addTab(page, _tr("History"))

    def _build_finder(self) -> None:
        self.finder = QGroupBox(_tr("Legal-basis finder"), self)
        self.measure_combo = QComboBox(self.finder)
        self.measure_combo.setAccessibleName(_tr("Measure"))
        self.measure_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.measure_combo.setMinimumContentsLength(20)
        for slug, label in measures().items():
            self.measure_combo.addItem(label, slug)
            self.measure_combo.setItemData(self.measure_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.finder_date = DatePicker(value=date.today(), parent=self.finder)
        self.finder_date.setAccessibleName(_tr("On the date"))
        self.find_button = QPushButton(_tr("Find"), self.finder)
        self.finder_states = style.label("", "muted")
        self.finder_results = QTextBrowser(self.finder)
        self.finder_results.setAccessibleName(_tr("Agreements found and excluded"))
        self.finder_results.setOpenLinks(False)
        self.basis_combo = QComboBox(self.finder)
        self.basis_combo.setAccessibleName(_tr("Agreement to use"))
        self.basis_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.basis_combo.setMinimumContentsLength(16)
        self.use_basis_button = QPushButton(_tr("Use as legal basis"), self.finder)
        self.use_basis_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(_tr("Measure:"), self.measure_combo)
        form.addRow(_tr("On:"), self.finder_date)
        box = QVBoxLayout(self.finder)
        box.addWidget(self.finder_states)
        box.addLayout(form)
        box.addWidget(self.find_button)
        box.addWidget(self.finder_results, 1)
        use = QHBoxLayout()
        use.addWidget(self.basis_combo, 1)
        use.addWidget(self.use_basis_button)
        box.addLayout(use)
        self.find_button.clicked.connect(self.run_finder)
        self.use_basis_button.clicked.connect(self.use_selected_basis)

    # ================================================================== loading
    @property
    def case_id(self) -> str | None:
        return self.case["id"] if self.case else None

    def show_case(self, ref_or_id: str) -> None:
        """Open a case: one consultation in the audit trail, then every tab filled."""
        vault = self.session.vault
        assert vault is not None
        self.case = vault.cases.get(ref_or_id, consult=True)
        self.last_cross_check = None
        self.cross_check_box.setVisible(False)
        self.cross_check_tree.clear()
        self.finder_results.clear()
        self.basis_combo.clear()
        self.use_basis_button.setEnabled(False)
        self.last_finder_result = None
        self._hide_message()
        self._fill()

    def reload(self) -> None:
        """Re-read the open case after a write (not a new consultation)."""
        if self.case is None or self.session.vault is None:
            return
        self.case = self.session.vault.cases.get(self.case["id"])
        self._fill()

    def clear(self) -> None:
        """Forget the case (the vault is locking)."""
        self.case = None
        self.last_cross_check = None
        self.last_finder_result = None
        self.title_label.clear()
        self.reference_label.clear()
        self.counterpart_label.clear()
        self.status_label.clear()
        self.urgency_label.clear()
        for v in self.summary_values.values():
            v.clear()
        for t in (self.persons_table, self.timeline, self.deadlines_table, self.documents_table, self.history_table):
            t.setRowCount(0)
        self.cross_check_tree.clear()
        self.finder_results.clear()
        self.basis_combo.clear()
        self.status_reason.clear()
        self.link_edit.clear()
        if self.exchange_dialog is not None:
            self.exchange_dialog.close()
            self.exchange_dialog.deleteLater()
            self.exchange_dialog = self.exchange_editor = None

    def _fill(self) -> None:
        c = self.case
        assert c is not None
        self.title_label.setText(c["title"])
        self.reference_label.setText(c["reference"])
        self.counterpart_label.setText(c["counterpart_reference"] or _tr("none recorded"))
        self.copy_counterpart_button.setEnabled(bool(c["counterpart_reference"]))
        self.status_label.setText(status_word(c["status"]))
        set_meaning(self.status_label, STATUS_MEANING.get(c["status"]))
        if c["urgency"] == "urgent":
            self.urgency_label.setText(_tr("⚠ Urgent"))
            set_meaning(self.urgency_label, "error")
        else:
            self.urgency_label.setText(_tr("Normal urgency"))
            set_meaning(self.urgency_label, None)
        show_handling(self.handling_tlp, self.handling_rest, c.get("handling") or "")
        if c.get("handling_h3_text"):
            self.handling_rest.setToolTip(c["handling_h3_text"])
        self._fill_status_actions()
        self._fill_summary()
        self._fill_persons()
        self._fill_timeline()
        self._fill_deadlines()
        self._fill_documents()
        self._fill_history()
        self.finder_states.setText(_tr("From {a} to {b}").format(
            a=i18n.country_name(country_name(c["requesting_state"])),
            b=i18n.country_name(country_name(c["requested_state"]))))
        erased = bool(c.get("erased"))
        for w in (self.edit_button, self.log_sent_button, self.log_received_button, self.link_button,
                  self.unlink_button, self.new_person_button):
            w.setEnabled(not erased)

    def _fill_status_actions(self) -> None:
        vault = self.session.vault
        assert vault is not None and self.case is not None
        for button in self.status_buttons.values():
            self.status_buttons_box.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.status_buttons = {}
        current = self.case["status"]
        for to in vault.cases.allowed_transitions(current):
            button = QPushButton(transition_label(current, to), self.header)
            button.setAccessibleName(transition_label(current, to).rstrip("…"))
            button.clicked.connect(lambda _c=False, t=to: self.change_status(t))
            self.status_buttons_box.addWidget(button)
            self.status_buttons[to] = button
        self.status_reason.setEnabled(bool(self.status_buttons) and not self.case.get("erased"))

    def _fill_summary(self) -> None:
        c = self.case
        assert c is not None
        offence = " — ".join(p for p in (c.get("offence_title") or "", c.get("offence_text") or "") if p)
        basis = c.get("legal_basis") or {}
        basis_text = " — ".join(p for p in (basis.get("reference", ""), basis.get("title", "")) if p)
        values = {
            "title": c["title"],
            "offence": offence or _tr("Not given"),
            "states": _tr("{a} ({ac}) requests {b} ({bc})").format(
                a=i18n.country_name(country_name(c["requesting_state"])), ac=c["requesting_state"],
                b=i18n.country_name(country_name(c["requested_state"])), bc=c["requested_state"]),
            "legal_basis": basis_text or _tr("None chosen yet: the legal-basis finder suggests one"),
            "officer": c.get("assigned_officer") or _tr("Nobody assigned"),
            "urgency_reason": c.get("urgency_reason") or "—",
            "status_reason": c.get("status_reason") or "—",
            "review_date": c.get("review_date") or _tr("No review date"),
            "tags": ", ".join(c.get("tags") or []) or "—",
            "summary": c.get("summary") or "—",
            "notes": c.get("notes") or "—",
        }
        for key, text in values.items():
            self.summary_values[key].setText(text)

    def _fill_persons(self) -> None:
        c = self.case
        assert c is not None
        rows = c.get("persons") or []
        self.persons_table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            name = _tr("[erased]") if p.get("erased") else p["display_name"]
            cells = [p["reference"], name, str(p.get("role") or "").capitalize(), p.get("note") or ""]
            for col, text in enumerate(cells):
                self.persons_table.setItem(r, col, _item(text, data=p["person_id"]))
        _fit(self.persons_table)
        has = bool(rows)
        self.open_person_button.setEnabled(has)

    def _fill_timeline(self) -> None:
        self.timeline.setRowCount(0)
        self._timeline_cursor = None
        self._load_more_timeline()

    def _load_more_timeline(self) -> None:
        vault = self.session.vault
        if vault is None or self.case is None:
            return
        page = vault.exchanges.list(case=self.case["id"], include_corrected=True, after=self._timeline_cursor,
                                    limit=TIMELINE_PAGE)
        for e in page.items:
            self._append_exchange(e)
        self._timeline_cursor = page.next_cursor
        self.more_button.setVisible(page.next_cursor is not None)
        n = self.timeline.rowCount()
        self.timeline_note.setText(_tr("{n} entries shown").format(n=n) if n else _tr("Nothing logged yet."))
        _fit(self.timeline)

    def _append_exchange(self, e: dict[str, Any]) -> None:
        row = self.timeline.rowCount()
        self.timeline.insertRow(row)
        links = []
        if e.get("response_to_id"):
            seq = self._seq_of(e["response_to_id"])
            links.append(_tr("answers #{seq}").format(seq=seq) if seq else _tr("answers an entry"))
        if e.get("corrects_id"):
            seq = self._seq_of(e["corrects_id"])
            links.append(_tr("corrects #{seq}").format(seq=seq) if seq else _tr("a correction"))
        if e.get("corrected"):
            links.append(_tr("CORRECTED: superseded by a later entry"))
        summary = e.get("summary") or ""
        cells = [
            f"#{e['seq']}", local_time(e["occurred_at"]), direction_text(e["direction"]),
            e.get("handling") or "", summary.splitlines()[0] if summary else "", "; ".join(links),
            request_type_label(e.get("request_type")), e.get("channel") or "",
        ]
        for col, text in enumerate(cells):
            item = _item(text, data=e["id"])
            if e.get("corrected"):
                font = item.font()
                font.setStrikeOut(col == 4)
                item.setFont(font)
                item.setForeground(style.meaning_color("muted"))
            self.timeline.setItem(row, col, item)
        self.timeline.item(row, 4).setToolTip(summary[:2000])

    def _seq_of(self, exchange_id: str) -> int | None:
        row = self.session.vault.db.execute("SELECT seq FROM exchanges WHERE id = ?", (exchange_id,)).fetchone()
        return int(row[0]) if row else None

    def _fill_deadlines(self) -> None:
        vault = self.session.vault
        assert vault is not None and self.case is not None
        page = vault.deadlines.list(case=self.case["id"], limit=SMALL_LIST)
        self.deadlines_table.setRowCount(len(page.items))
        zones: dict[str, str] = {}
        words = {"due": _tr("Due"), "overdue": _tr("⚠ Overdue"), "met": _tr("✓ Met")}
        meaning = {"due": "warning", "overdue": "error", "met": "ok"}
        for r, d in enumerate(page.items):
            zone = self._counterpart_zone(d.get("exchange_id"), zones)
            theirs = time_in_zone(d["due_at"], zone) if zone else _tr("no time zone recorded")
            state = d["state"]
            cells = [d["title"], words.get(state, state), local_time(d["due_at"]), theirs, d.get("source") or ""]
            for col, text in enumerate(cells):
                item = _item(text, data=d["id"])
                if col == 1 and state in meaning:
                    item.setForeground(style.meaning_color(meaning[state]))
                    font = item.font()
                    font.setBold(state == "overdue")
                    item.setFont(font)
                self.deadlines_table.setItem(r, col, item)
        _fit(self.deadlines_table)
        self.deadlines_table.setVisible(bool(page.items))
        self.deadlines_note.setText(
            _tr("The first {n} deadlines are shown.").format(n=SMALL_LIST) if page.next_cursor else
            (_tr("No deadline for this case.") if not page.items else ""))

    def _counterpart_zone(self, exchange_id: str | None, cache: dict[str, str]) -> str:
        """The time zone of the counterpart of the request that started a deadline ('' when unknown)."""
        if not exchange_id:
            return ""
        if exchange_id in cache:
            return cache[exchange_id]
        vault = self.session.vault
        zone = ""
        try:
            row = vault.db.execute("SELECT counterpart_id FROM exchanges WHERE id = ?", (exchange_id,)).fetchone()
            if row and row[0]:
                zone = vault.contacts.get(row[0]).get("time_zone") or ""
        except LiaisonError:
            zone = ""
        cache[exchange_id] = zone
        return zone

    def _fill_documents(self) -> None:
        vault = self.session.vault
        assert vault is not None and self.case is not None
        try:
            page = list_documents(vault, self.case["id"], limit=SMALL_LIST)
        except LiaisonError as exc:
            self.documents_table.setRowCount(0)
            self.documents_note.setText(str(exc))
            return
        self.documents_table.setRowCount(len(page.items))
        for r, d in enumerate(page.items):
            cells = [d.get("document_date") or str(d.get("created_at", ""))[:10], d.get("title") or "",
                     d.get("own_reference") or "", str(d.get("status") or "").capitalize(), str(d.get("version", "")),
                     d.get("handling") or ""]
            for col, text in enumerate(cells):
                self.documents_table.setItem(r, col, _item(text, data=d["id"]))
        _fit(self.documents_table)
        self.documents_table.setVisible(bool(page.items))
        self.documents_note.setText(
            _tr("No document has been finalised for this case.") if not page.items else
            _tr("The documents register of the case (read-only here)."))

    def _fill_history(self) -> None:
        vault = self.session.vault
        assert vault is not None and self.case is not None
        # The newest SMALL_LIST entries: find where they start, then read them in order.
        start = vault.db.execute(
            "SELECT seq FROM audit WHERE record_type = 'case' AND record_id = ? ORDER BY seq DESC LIMIT 1 OFFSET ?",
            (self.case["id"], SMALL_LIST - 1)).fetchone()
        entries = vault.audit.list(record_type="case", record_id=self.case["id"],
                                   after_seq=(start[0] - 1) if start else 0, limit=SMALL_LIST)
        entries.reverse()  # newest first
        self.history_table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            cells = [local_time(e["at"]), e.get("actor") or "", e["action"], e.get("summary") or ""]
            for col, text in enumerate(cells):
                self.history_table.setItem(r, col, _item(text))
        _fit(self.history_table)
        self.history_note.setText(
            _tr("The latest {n} entries; the Audit section lists them all.").format(n=SMALL_LIST)
            if len(entries) >= SMALL_LIST else "")

    # ================================================================== actions
    def copy_reference(self, which: str) -> None:
        """Copy our or their reference; the clipboard is cleared after the delay if it still holds it."""
        if self.case is None:
            return
        text = self.case["reference"] if which == "own" else self.case["counterpart_reference"]
        if text:
            clipboard.copy_sensitive(text, self.clipboard_delay_ms)
            self._show_message(_tr("Copied {ref}; the clipboard is cleared in 30 seconds.").format(ref=text), "muted")

    def change_status(self, to: str) -> bool:
        """Move the case to ``to`` after the officer confirms; the core decides whether it may."""
        vault = self.session.vault
        if vault is None or self.case is None:
            return False
        ref, current = self.case["reference"], self.case["status"]
        question = _tr("Move case {ref} from “{old}” to “{new}”?").format(
            ref=ref, old=status_word(current), new=status_word(to))
        if not dialogs.confirm(self, _tr("Change the status"), question):
            return False
        try:
            changes = vault.cases.set_status(self.case["id"], to, reason=self.status_reason.text().strip() or None)
        except LiaisonError as exc:
            self._show_message(str(exc), "error")
            return False
        self.status_reason.clear()
        self.reload()
        self._show_message(_tr("Case {ref} is now “{new}”.").format(ref=ref, new=status_word(to)), "ok")
        self.changed.emit(changes)
        return True

    def _selected_person_id(self) -> str | None:
        row = self.persons_table.currentRow()
        item = self.persons_table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _open_selected_person(self) -> None:
        pid = self._selected_person_id()
        if pid:
            self.open_person.emit(pid)

    def link_person(self) -> bool:
        vault = self.session.vault
        text = self.link_edit.text().strip()
        if vault is None or self.case is None or not text:
            return False
        try:
            changes = vault.persons.link(self.case["id"], text, role=self.link_role.currentData())
        except LiaisonError as exc:
            self._show_message(str(exc), "error")
            return False
        self.link_edit.clear()
        self.reload()
        self._show_message(_tr("Linked."), "ok")
        self.changed.emit(changes)
        return True

    def unlink_selected(self) -> bool:
        vault = self.session.vault
        pid = self._selected_person_id()
        if vault is None or self.case is None or not pid:
            return False
        row = self.persons_table.currentRow()
        person_ref = self.persons_table.item(row, 0).text()
        if not dialogs.confirm(self, _tr("Unlink the person"), _tr("Unlink {person} from case {ref}?").format(
                person=person_ref, ref=self.case["reference"]), destructive=True):
            return False
        try:
            changes = vault.persons.unlink(self.case["id"], pid)
        except LiaisonError as exc:
            self._show_message(str(exc), "error")
            return False
        self.reload()
        self.changed.emit(changes)
        return True

    def log_exchange(self, direction: str) -> ExchangeLogEditor | None:
        """Open the exchange log's editor in a window over the case, for an entry of this case."""
        if self.case is None:
            return None
        if self.exchange_dialog is not None:
            self.exchange_dialog.close()
            self.exchange_dialog.deleteLater()
        dialog = QDialog(self)
        dialog.setWindowTitle(_tr("Log an exchange: case {ref}").format(ref=self.case["reference"]))
        editor = ExchangeLogEditor(lambda: self.session.vault, dialog)
        editor.start(direction, case=self.case["reference"])
        box = QVBoxLayout(dialog)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(editor)
        editor.logged.connect(self._exchange_logged)
        editor.cancelled.connect(dialog.close)
        dialog.resize(760, 820)
        self.exchange_dialog, self.exchange_editor = dialog, editor
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        editor.field("summary").setFocus()
        return editor

    def _exchange_logged(self, changes: Changes) -> None:
        if self.exchange_dialog is not None:
            self.exchange_dialog.close()
        seq = changes.extra.get("seq")
        self.reload()
        self.tabs.setCurrentIndex(2)
        cross = changes.extra.get("cross_check")
        if cross is not None:
            self.show_cross_check(cross)
        elif changes.extra.get("cross_check_error"):
            self._show_message(_tr("Logged as #{seq}, but the cross-check failed: {error}").format(
                seq=seq, error=changes.extra["cross_check_error"]), "error")
            self.changed.emit(changes)
            return
        self._show_message(_tr("Logged as #{seq}.").format(seq=seq), "ok")
        self.changed.emit(changes)

    def show_cross_check(self, result: dict[str, Any]) -> None:
        """The matches the core found for a received request (Directive 2023/977 Art. 16)."""
        self.last_cross_check = result
        tree = self.cross_check_tree
        tree.clear()
        groups = (("cases", _tr("Cases")), ("persons", _tr("Persons")), ("exchanges", _tr("Log entries")))
        total = 0
        for key, title in groups:
            hits = result.get(key) or []
            total += len(hits)
            top = QTreeWidgetItem([_tr("{title}: {n}").format(title=title, n=len(hits)), ""])
            tree.addTopLevelItem(top)
            for h in hits:
                how = _tr("exact") if h.get("how") == "exact" else _tr("search")
                child = QTreeWidgetItem([f"{h.get('ref') or ''}  {h.get('title') or ''}".strip(),
                                         f"{', '.join(h.get('matched_on') or [])} ({how})"])
                child.setData(0, Qt.ItemDataRole.UserRole, (key, h.get("id")))
                top.addChild(child)
            top.setExpanded(True)
        if total == 0:
            tree.addTopLevelItem(QTreeWidgetItem([_tr("Nothing in the vault matches this request."), ""]))
        tree.header().resizeSection(0, max(200, tree.viewport().width() // 2))
        self.cross_check_box.setVisible(True)

    # ---------------------------------------------------------------- finder
    def show_finder(self, visible: bool) -> None:
        self.finder.setVisible(visible)
        if self.finder_button.isChecked() != visible:
            self.finder_button.setChecked(visible)
        if visible:
            self.measure_combo.setFocus()

    def run_finder(self) -> dict[str, Any] | None:
        """Ask the core which agreements can carry the request; show them best first
        with their reasons, and every excluded one with why."""
        vault = self.session.vault
        if vault is None or self.case is None:
            return None
        self.basis_combo.clear()
        self.use_basis_button.setEnabled(False)
        try:
            result = vault.agreements.find_basis(self.case["requesting_state"], self.case["requested_state"],
                                                 self.measure_combo.currentData(), on=self.finder_date.value(),
                                                 offence=self.case.get("offence_category") or None)
        except LiaisonError as exc:
            self.last_finder_result = None
            self.finder_results.setPlainText(str(exc))
            return None
        self.last_finder_result = result
        self.finder_results.setHtml(finder_html(result))
        for r in result["results"]:
            self.basis_combo.addItem(r["reference"] or r["title"], r["agreement_id"])
            self.basis_combo.setItemData(self.basis_combo.count() - 1, r["title"], Qt.ItemDataRole.ToolTipRole)
        self.use_basis_button.setEnabled(bool(result["results"]) and not self.case.get("erased"))
        return result

    def use_selected_basis(self) -> bool:
        vault = self.session.vault
        agreement = self.basis_combo.currentData()
        if vault is None or self.case is None or not agreement:
            return False
        try:
            changes = vault.cases.update(self.case["id"], legal_basis=agreement, expected_rev=self.case["rev"])
        except LiaisonError as exc:
            self._show_message(str(exc), "error")
            return False
        self.reload()
        self._show_message(_tr("Legal basis set: {name}.").format(name=self.basis_combo.currentText()), "ok")
        self.changed.emit(changes)
        return True

    # ---------------------------------------------------------------- messages
    def _show_message(self, text: str, meaning: str) -> None:
        self.message.show_message(text, meaning)

    def _hide_message(self) -> None:
        self.message.hide_message()

    def message_text(self) -> str:
        return self.message.message_text()

