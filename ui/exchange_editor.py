"""The compact exchange editor of the case view: log one thing sent or received
about a case. The core validates, starts or meets deadlines, and for a received
request returns the cross-check matches in ``Changes.extra["cross_check"]``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison import handling as core_handling
from liaison.changes import Changes
from liaison.records.exchanges import DIRECTIONS, REQUEST_TYPES

from . import dialogs
from .forms import RecordEditor
from .pickers import CountryPicker, DateTimeZonePicker, HandlingPicker
from .session import Session

MAX_RESPONSE_CANDIDATES = 200  # the newest entries of the case a response may answer


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeEditor", text)


def direction_word(direction: str) -> str:
    return {"sent": _tr("Sent"), "received": _tr("Received")}.get(direction, direction)


def request_type_label(value: str | None) -> str:
    return (value or "").replace("-", " ").capitalize()


class LinesEdit(QPlainTextEdit):
    """One item per line; ``value()`` is the list of non-blank lines."""

    value_changed = Signal(object)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.textChanged.connect(lambda: self.value_changed.emit(self.value()))

    def value(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def setValue(self, items: list[str] | None) -> None:
        self.setPlainText("\n".join(items or []))


class AttachmentList(QWidget):
    """Files to attach, chosen through the dialog seam; ``value()`` is their paths."""

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(_tr("Files to attach"))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_button = QPushButton(_tr("Add file…"), self)
        self.remove_button = QPushButton(_tr("Remove"), self)
        self.remove_button.setEnabled(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(lambda: self.remove_button.setEnabled(bool(self.list.selectedItems())))

    def value(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def setValue(self, paths: list[str] | None) -> None:
        self.list.clear()
        for p in paths or []:
            self._append(p)
        self.value_changed.emit(self.value())

    def add_file(self) -> None:
        path = dialogs.ask_open_file(self, _tr("Attach a file"))
        if path and path not in self.value():
            self._append(path)
            self.value_changed.emit(self.value())

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.value_changed.emit(self.value())

    def _append(self, path: str) -> None:
        item = QListWidgetItem(Path(path).name)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(path)
        self.list.addItem(item)


class ExchangeEditor(RecordEditor):
    """Log an exchange of one case. ``saved(changes)`` once the core logged it."""

    saved = Signal(object)

    def __init__(self, session: Session, case_id: str, direction: str = "received",
                 parent: QWidget | None = None) -> None:
        super().__init__(_tr("Log an exchange"), record_label=_tr("this log entry"), parent=parent)
        self.session = session
        self.case_id = case_id
        self.last_changes: Changes | None = None

        what = self.add_section(_tr("What and when"))
        self.direction_combo = QComboBox()
        for d in DIRECTIONS:
            self.direction_combo.addItem(direction_word(d), d)
        what.add_field("direction", _tr("Direction"), self.direction_combo, required=True)
        self.when_picker = DateTimeZonePicker()
        what.add_field("occurred_at", _tr("Date and time"), self.when_picker, required=True,
                       help=_tr("In the zone where it happened; stored in UTC."))
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(_tr("No channel given"), "")
        for ch in core_handling.channels():
            self.channel_combo.addItem(ch, ch)
        what.add_field("channel", _tr("Channel"), self.channel_combo)
        self.type_combo = QComboBox()
        self.type_combo.addItem(_tr("Not a request"), None)
        for t in REQUEST_TYPES:
            self.type_combo.addItem(request_type_label(t), t)
        what.add_field("request_type", _tr("Request type"), self.type_combo)
        self.response_combo = QComboBox()
        self.response_combo.addItem(_tr("Answers no entry"), None)
        what.add_field("response_to", _tr("Response to"), self.response_combo)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        what.add_field("summary", _tr("Summary"), self.summary_edit, required=True)

        who = self.add_section(_tr("Counterpart"))
        self.country_picker = CountryPicker()
        who.add_field("counterpart_country", _tr("Counterpart's country"), self.country_picker)
        self.contact_combo = QComboBox()
        self.contact_combo.addItem(_tr("Not from the directory"), None)
        who.add_field("counterpart", _tr("Contact"), self.contact_combo,
                      help=_tr("Contacts of the chosen country; their time zone shows beside deadlines."))
        self.counterpart_name = QLineEdit()
        who.add_field("counterpart_name", _tr("Counterpart"), self.counterpart_name,
                      help=_tr("The person or unit, as they were when the exchange happened; filled from "
                               "the contact when left empty."))
        self.reference_edit = QLineEdit()
        who.add_field("reference", _tr("Our reference"), self.reference_edit)
        self.their_reference_edit = QLineEdit()
        who.add_field("counterpart_reference", _tr("Their reference"), self.their_reference_edit)

        cond = self.add_section(_tr("Handling and content"))
        self.handling_picker = HandlingPicker()
        cond.add_field("handling", _tr("Handling"), self.handling_picker, error_keys=("h3_text",))
        self.evaluation_edit = QLineEdit()
        self.evaluation_edit.setPlaceholderText(_tr("4x4 code, e.g. B2"))
        cond.add_field("evaluation", _tr("Evaluation"), self.evaluation_edit)
        self.names_edit = LinesEdit(_tr("Names in the request, one per line, in any script"))
        cond.add_field("names", _tr("Names"), self.names_edit,
                       help=_tr("A received request is checked against what the vault holds."))
        self.identifiers_edit = LinesEdit(_tr("Document numbers, plates, phone numbers… one per line"))
        cond.add_field("identifiers", _tr("Identifiers"), self.identifiers_edit)
        self.attachments = AttachmentList()
        cond.add_field("attachments", _tr("Attachments"), self.attachments, error_keys=("attachment",))

        self.country_picker.value_changed.connect(self._load_contacts)
        self.set_direction(direction)
        self._load_response_candidates()
        self.mark_clean()
        self.save_requested.connect(self._save)

    def set_direction(self, direction: str) -> None:
        self.direction_combo.setCurrentIndex(max(0, self.direction_combo.findData(direction)))
        self.title_label.setText(_tr("Log something sent") if direction == "sent" else _tr("Log something received"))

    def _load_response_candidates(self) -> None:
        vault = self.session.vault
        if vault is None:
            return
        page = vault.exchanges.list(case=self.case_id, limit=MAX_RESPONSE_CANDIDATES)
        for e in page.items:
            when = str(e.get("occurred_at", ""))[:10]
            kind = request_type_label(e.get("request_type")) or _tr("Message")
            text = _tr("#{seq} {direction} {kind}, {date}").format(
                seq=e["seq"], direction=direction_word(e["direction"]).lower(), kind=kind.lower(), date=when)
            self.response_combo.addItem(text, e["id"])

    def _load_contacts(self, country: str | None) -> None:
        """The directory's contacts in ``country`` (the first page of them)."""
        vault = self.session.vault
        self.contact_combo.blockSignals(True)
        self.contact_combo.clear()
        self.contact_combo.addItem(_tr("Not from the directory"), None)
        if vault is not None and country:
            for c in vault.contacts.list(country=country, limit=MAX_RESPONSE_CANDIDATES).items:
                unit = c.get("agency_name") or c.get("unit") or ""
                self.contact_combo.addItem(f"{c['name']} ({unit})" if unit else c["name"], c["id"])
        self.contact_combo.blockSignals(False)
        self.contact_combo.currentIndexChanged.emit(0)

    def core_fields(self, values: dict[str, Any]) -> dict[str, Any]:
        """The form's values as ``vault.exchanges.add`` keyword arguments."""
        when = values["occurred_at"]
        return {
            "case": self.case_id,
            "direction": values["direction"],
            "occurred_at": when,
            "time_zone": self.when_picker.zone_picker.value(),
            "channel": values["channel"] or None,
            "request_type": values["request_type"],
            "response_to": values["response_to"],
            "summary": values["summary"],
            "counterpart": values["counterpart"],
            "counterpart_name": values["counterpart_name"],
            "counterpart_country": values["counterpart_country"],
            "reference": values["reference"],
            "counterpart_reference": values["counterpart_reference"],
            "handling": values["handling"] or None,
            "h3_text": self.handling_picker.h3_text() or None,
            "evaluation": values["evaluation"] or None,
            "names": values["names"],
            "identifiers": values["identifiers"],
            "attachments": values["attachments"],
        }

    def _write(self, values: dict[str, Any]) -> Changes:
        vault = self.session.vault
        assert vault is not None
        return vault.exchanges.add(**self.core_fields(values))

    def _save(self, values: dict[str, Any]) -> None:
        if values["attachments"]:
            # Files to read, hash and encrypt: off the main thread, the form read-only meanwhile.
            vault = self.session.vault
            assert vault is not None
            fields = self.core_fields(values)
            self.run_save_in_background(lambda: vault.exchanges.add(**fields), self._saved,
                                        busy_text=_tr("Saving and encrypting the attachments…"))
            return
        changes = self.run_save(self._write)
        if changes is not None:
            self._saved(changes)

    def _saved(self, changes: Changes) -> None:
        self.last_changes = changes
        self.saved.emit(changes)
