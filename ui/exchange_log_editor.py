"""The editor of an exchange-log entry: log a sent or received exchange, or a
correction of one (the log is append-only: a correction is a new entry that
names the one it corrects and why).

Pickers for records that may number in the hundreds of thousands (cases, log
entries) never load a table: they ask the core for a few matches as the officer
types. What the officer types is sent as is when nothing was picked; the core
resolves it (a case number, ``#42``, an e-mail) or says under the field why not.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
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
from liaison.errors import LiaisonError
from liaison.records.exchanges import ACCESS, OUTCOMES, REQUEST_TYPES, URGENCIES

from . import dialogs, style
from .contact_common import LinesEdit, country_label, tr
from .forms import RecordEditor
from .pickers import CountryPicker, DateTimeZonePicker, HandlingPicker

LOOKUP_LIMIT = 15

REQUEST_TYPE_LABELS = {
    "mla-request": "Mutual legal assistance request",
    "preservation-request": "Preservation request",
    "information-request": "Request for information (Directive 2023/977)",
    "spontaneous-information": "Spontaneous information",
    "eio-request": "European Investigation Order",
    "acknowledgement": "Acknowledgement",
    "status-inquiry": "Status inquiry",
    "other": "Other",
}
DIRECTION_LABELS = {"sent": "Sent", "received": "Received"}
DIRECTION_ICONS = {"sent": "↗", "received": "↙"}  # paired with the word, never alone


def request_type_label(value: str | None) -> str:
    return tr(REQUEST_TYPE_LABELS.get(value or "", value or ""))


def direction_text(value: str | None) -> str:
    """"↗ Sent" / "↙ Received": an arrow with the word."""
    if not value:
        return ""
    return f"{DIRECTION_ICONS.get(value, '')} {tr(DIRECTION_LABELS.get(value, value))}".strip()


def _combo(items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
    return combo


def _text_box(lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class RecordLookup(QLineEdit):
    """A record named by typing: matches from ``search(text) -> [(shown, value)]``
    appear as a completion list; picking one makes its value the field's value.
    Text that was not picked is the value itself (the core resolves it).
    ``describe(value)`` gives the text shown for a stored value."""

    value_changed = Signal(object)

    def __init__(self, search: Callable[[str], list[tuple[str, str]]], *,
                 describe: Callable[[str], str] | None = None, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._describe = describe or (lambda v: v)
        self._chosen: tuple[str, str] | None = None
        self._matches: list[tuple[str, str]] = []
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(LOOKUP_LIMIT)
        self.setCompleter(self._completer)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._completer.activated[str].connect(self._picked)
        self.textEdited.connect(self._suggest)
        self.textChanged.connect(lambda _t: self.value_changed.emit(self.value()))

    def value(self) -> str | None:
        text = self.text().strip()
        if self._chosen and text == self._chosen[0]:
            return self._chosen[1]
        return text or None

    def setValue(self, value: str | None) -> None:
        if not value:
            self._chosen = None
            self.setText("")
            return
        try:
            shown = self._describe(value) or value
        except LiaisonError:
            shown = value
        self._chosen = (shown, value)
        self.setText(shown)
        self.setCursorPosition(0)

    def matches(self) -> list[tuple[str, str]]:
        return list(self._matches)

    def pick(self, index: int) -> None:
        """Choose the ``index``-th suggestion (what a click or Enter in the list does)."""
        self._picked(self._matches[index][0])

    def _suggest(self, text: str) -> None:
        try:
            self._matches = self._search(text.strip())[:LOOKUP_LIMIT]
        except LiaisonError:
            self._matches = []
        self._model.setStringList([shown for shown, _v in self._matches])
        if self._matches:
            self._completer.complete()

    def _picked(self, shown: str) -> None:
        for s, value in self._matches:
            if s == shown:
                self._chosen = (s, value)
                self.setText(s)
                return


class AttachmentList(QWidget):
    """Files to attach, chosen through the dialog seam; ``value()`` is their paths."""

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Files to attach"))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_button = QPushButton(tr("Add file…"), self)
        self.remove_button = QPushButton(tr("Remove"), self)
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
        path = dialogs.ask_open_file(self, tr("Attach a file"))
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


class EvaluationPicker(QWidget):
    """The 4x4 evaluation as two choices, each with its meaning in words;
    ``value()`` is e.g. "B2", '' for none."""

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        codes = core_handling._codes()  # the reference list of the 4x4 meanings
        self.source = _combo([(tr("Source: not evaluated"), None)]
                             + [(f"{k}: {tr(v)}", k) for k, v in codes["source_reliability"].items()])
        self.info = _combo([(tr("Information: not evaluated"), None)]
                           + [(f"{k}: {tr(v)}", k) for k, v in codes["information_accuracy"].items()])
        self.source.setAccessibleName(tr("Source reliability"))
        self.info.setAccessibleName(tr("Information accuracy"))
        for combo in (self.source, self.info):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(lambda _i: self.value_changed.emit(self.value()))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.source)
        box.addWidget(self.info)

    def value(self) -> str:
        return f"{self.source.currentData() or ''}{self.info.currentData() or ''}"

    def setValue(self, code: str | None) -> None:
        code = (code or "").strip().upper()
        self.source.setCurrentIndex(max(0, self.source.findData(code[:1])) if code else 0)
        self.info.setCurrentIndex(max(0, self.info.findData(code[1:2])) if len(code) > 1 else 0)


class OptionalDateTime(QWidget):
    """A date and time with its zone, or none: ``value()`` is an aware datetime or None."""

    value_changed = Signal(object)

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label, self)
        self.picker = DateTimeZonePicker(self)
        self.picker.setEnabled(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.enabled)
        box.addWidget(self.picker)
        self.enabled.toggled.connect(self._toggled)
        self.picker.value_changed.connect(lambda _v: self.value_changed.emit(self.value()))

    def value(self) -> datetime | None:
        return self.picker.value() if self.enabled.isChecked() else None

    def setValue(self, value: datetime | None) -> None:
        self.enabled.blockSignals(True)
        self.enabled.setChecked(value is not None)
        self.enabled.blockSignals(False)
        self.picker.setEnabled(value is not None)
        if value is not None:
            self.picker.setValue(value)
        self.value_changed.emit(self.value())

    def _toggled(self, on: bool) -> None:
        self.picker.setEnabled(on)
        self.value_changed.emit(self.value())


class ExchangeLogEditor(RecordEditor):
    """Log a sent or received exchange, or correct an entry (with the reason): the one editor of the log, on
    the log page and over a case (:meth:`start` with ``case``). Save writes through the core (a save that
    carries files, off the main thread) and emits ``logged(changes)``; a refusal goes under its field."""

    logged = Signal(object)

    def __init__(self, vault_getter: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(tr("Log an exchange"), record_label=tr("this log entry"), parent=parent)
        self._vault = vault_getter
        self.mode = "sent"
        self.corrects: dict[str, Any] | None = None
        self.last_changes: Any = None
        self._stored_times: dict[str, tuple[datetime, str]] = {}
        self.save_requested.connect(lambda _values: self._save_entry())

        self.correction_section = self.add_section(tr("Correction"))
        self.correction_note = style.label("", "muted")
        self.correction_section.layout().addRow(self.correction_note)
        self.correction_section.add_field(
            "reason", tr("Reason for the correction"), _text_box(3),
            help=tr("Required for a correction. The corrected entry stays in the log, marked as corrected."))

        what = self.add_section(tr("What happened"))
        what.add_field("direction", tr("Direction"),
                       _combo([(direction_text("sent"), "sent"), (direction_text("received"), "received")]),
                       required=True)
        what.add_field("occurred_at", tr("When"), DateTimeZonePicker(),
                       help=tr("The date and time where it happened; stored in UTC."))
        what.add_field("channel", tr("Channel"),
                       _combo([(tr("Not recorded"), None)] + [(tr(c), c) for c in core_handling.channels()]))
        what.add_field("request_type", tr("Type"),
                       _combo([(tr("Not a formal request or reply"), None)]
                              + [(request_type_label(t), t) for t in REQUEST_TYPES]))
        what.add_field("urgency", tr("Urgency"), _combo([(tr(u.capitalize()), u) for u in URGENCIES]))
        what.add_field("information_access", tr("Information access"),
                       _combo([(tr("Not applicable"), None)] + [(tr(a.capitalize()), a) for a in ACCESS]),
                       help=tr("For requests for information: direct or indirect access (Directive 2023/977)."))
        what.add_field("summary", tr("Summary"), _text_box(5), required=True)

        who = self.add_section(tr("With whom, about what"))
        who.add_field("case", tr("Case"), RecordLookup(self._find_cases, placeholder=tr("Case number or title")))
        who.add_field("counterpart", tr("Counterpart"),
                      RecordLookup(self._find_contacts, describe=self._describe_contact,
                                   placeholder=tr("A contact: name or e-mail")),
                      help=tr("Or leave empty and give the name and country below."))
        who.add_field("counterpart_name", tr("Counterpart's name"), QLineEdit())
        who.add_field("counterpart_country", tr("Counterpart's country"), CountryPicker())
        who.add_field("legal_basis", tr("Legal basis"), self._agreement_combo())
        who.add_field("reference", tr("Our reference"), QLineEdit())
        who.add_field("counterpart_reference", tr("Their reference"), QLineEdit())
        who.add_field("names", tr("Names in it"), LinesEdit(tr("One name a line, in any script")),
                      help=tr("A received request is cross-checked against the vault on these."))
        who.add_field("identifiers", tr("Identifiers"),
                      LinesEdit(tr("One a line: document numbers, phone numbers, accounts")))

        conditions = self.add_section(tr("Handling and conditions"))
        self.handling_picker = HandlingPicker()
        conditions.add_field("handling", tr("Handling"), self.handling_picker, error_keys=("h3_text",))
        conditions.add_field("evaluation", tr("Evaluation (4x4)"), EvaluationPicker())
        conditions.add_field("conditions", tr("Conditions of use"), _text_box(3))

        reply = self.add_section(tr("Request and response"))
        reply.add_field("response_to", tr("Response to"),
                        RecordLookup(self._find_requests, placeholder=tr("The request it answers: #42, or words")),
                        help=tr("Linking a response meets the request's deadlines."))
        reply.add_field("outcome", tr("Outcome"), _combo([(tr("Not a response"), None)]
                                                         + [(tr(o.capitalize()), o) for o in OUTCOMES]))
        reply.add_field("response_due", tr("Response due"), OptionalDateTime(tr("Set a date the response is due")))
        reply.add_field("attachments", tr("Attachments"), AttachmentList())
        self.set_values({})

    # -- loading ------------------------------------------------------------------------------

    def start(self, direction: str, *, case: str | None = None) -> None:
        """A blank entry for a ``direction`` ("sent" or "received") exchange, now; with ``case`` (its
        reference), an entry of that case, which stays fixed."""
        self.mode = direction
        self.corrects = None
        self._stored_times = {}
        self.title_label.setText(tr("Log a sent exchange") if direction == "sent" else tr("Log a received exchange"))
        self.correction_section.setVisible(False)
        self.set_values(self._blank() | {"direction": direction, "case": case})
        self.field("case").setEnabled(case is None)

    def start_correction(self, record: dict[str, Any], *, reason: str = "") -> None:
        """The entry's values, to be corrected; the reason is asked for."""
        self.mode = "correct"
        self.corrects = record
        self.title_label.setText(tr("Correct log entry #{seq}").format(seq=record["seq"]))
        self.correction_note.setText(tr(
            "Saving logs a new entry that corrects #{seq}. #{seq} stays in the log as it was, marked as "
            "corrected.").format(seq=record["seq"]))
        self.correction_section.setVisible(True)
        self.field("case").setEnabled(True)
        values = self._blank()
        values.update({
            "direction": record["direction"],
            "occurred_at": datetime.fromisoformat(record["occurred_at"]),
            "channel": record["channel"] or None,
            "request_type": record["request_type"],
            "urgency": record["urgency"],
            "information_access": record["information_access"],
            "summary": record["summary"],
            "case": record.get("case_reference") or record.get("case_id") or None,
            "counterpart": record.get("counterpart_id"),
            "counterpart_name": record["counterpart_name"],
            "counterpart_country": record["counterpart_country"] or None,
            "legal_basis": record.get("legal_basis_id"),
            "reference": record["reference"],
            "counterpart_reference": record["counterpart_reference"],
            "names": record["names"],
            "identifiers": record["identifiers"],
            "evaluation": record["evaluation"],
            "conditions": record["conditions"],
            "response_to": f"#{record['response_to_seq']}" if record.get("response_to_seq") else None,
            "outcome": record["outcome"],
            "response_due": datetime.fromisoformat(record["response_due"]) if record["response_due"] else None,
        })
        self.set_values(values)
        # The pickers show minutes; a time left as shown keeps its stored seconds.
        self._stored_times = {key: (self.value_of(key), record[key]) for key in ("occurred_at", "response_due")
                              if record[key]}
        self.handling_picker.setValue(record["handling"] or None, record["h3_text"] or None)
        self.field("reason").setPlainText(reason)
        self.mark_clean()

    def _blank(self) -> dict[str, Any]:
        return {
            "reason": "", "direction": "sent", "occurred_at": datetime.now().astimezone(), "channel": None,
            "request_type": None, "urgency": "normal", "information_access": None, "summary": "", "case": None,
            "counterpart": None, "counterpart_name": "", "counterpart_country": None, "legal_basis": None,
            "reference": "", "counterpart_reference": "", "names": [], "identifiers": [], "handling": None,
            "evaluation": "", "conditions": "", "response_to": None, "outcome": None, "response_due": None,
            "attachments": [],
        }

    def value_of(self, key: str) -> Any:
        return self.values()[key]

    # -- saving -------------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """The fields for ``vault.exchanges.add`` (or ``correct``, with ``reason``)."""
        v = self.values()
        fields = {k: v[k] for k in (
            "direction", "occurred_at", "channel", "request_type", "urgency", "information_access", "summary",
            "case", "counterpart", "counterpart_name", "counterpart_country", "legal_basis", "reference",
            "counterpart_reference", "names", "identifiers", "handling", "evaluation", "conditions",
            "response_to", "outcome", "response_due")}
        for key, (shown, stored) in self._stored_times.items():
            if fields[key] == shown:
                fields[key] = stored
        fields["h3_text"] = self.handling_picker.h3_text()
        fields["attachments"] = v["attachments"]
        if self.mode == "correct":
            fields["reason"] = v["reason"]
        return fields

    def _save_entry(self) -> None:
        """Log the entry (or the correction) through the core; ``logged`` once it is."""
        vault = self._vault()
        if vault is None:
            return
        corrects = self.corrects if self.mode == "correct" else None
        fields = self.changes()  # read from the form here, on the main thread

        def write() -> Any:
            if corrects is not None:
                reason = fields.pop("reason")
                return vault.exchanges.correct(corrects["id"], reason=reason, **fields)
            return vault.exchanges.add(**fields)

        if fields.get("attachments"):
            # Files to read, hash and encrypt: off the main thread, the form read-only meanwhile.
            self.run_save_in_background(write, self._logged, busy_text=tr("Saving and encrypting the attachments…"))
            return
        result = self.run_save(lambda _v: write())
        if result is not None:
            self._logged(result)

    def _logged(self, changes: Any) -> None:
        self.last_changes = changes
        self.logged.emit(changes)

    # -- lookups ------------------------------------------------------------------------------

    def _find_cases(self, text: str) -> list[tuple[str, str]]:
        page = self._vault().cases.list(text=text or None, sort="created_at", descending=True, limit=LOOKUP_LIMIT)
        return [(f"{c['reference']} — {c['title']}", c["reference"]) for c in page.items]

    def _find_contacts(self, text: str) -> list[tuple[str, str]]:
        vault = self._vault()
        if not text:
            items = vault.contacts.list(limit=LOOKUP_LIMIT).items
        else:
            hits = vault.search.query(text, types=["contact"], limit_per_type=LOOKUP_LIMIT).get("contact", [])
            items = [vault.contacts.get(h["record_id"]) for h in hits]
        return [(self._contact_text(c), c["id"]) for c in items]

    def _describe_contact(self, contact_id: str) -> str:
        return self._contact_text(self._vault().contacts.get(contact_id))

    @staticmethod
    def _contact_text(c: dict[str, Any]) -> str:
        email = f" <{c['email']}>" if c.get("email") else ""
        return f"{c['name']} ({c['country']}){email}"

    def _find_requests(self, text: str) -> list[tuple[str, str]]:
        vault = self._vault()
        if not text or text.lstrip("#").isdigit():
            if text:
                e = vault.exchanges.get(text if text.startswith("#") else f"#{text}")
                items = [e]
            else:
                items = vault.exchanges.list(requests_only=True, limit=LOOKUP_LIMIT).items
            return [(self._entry_text(e), f"#{e['seq']}") for e in items]
        hits = vault.search.query(text, types=["exchange"], limit_per_type=LOOKUP_LIMIT).get("exchange", [])
        return [(f"{h['ref']} {h['title']}", h["ref"]) for h in hits]

    @staticmethod
    def _entry_text(e: dict[str, Any]) -> str:
        first = (e.get("summary") or "").splitlines()[0][:80] if e.get("summary") else ""
        return f"#{e['seq']} {direction_text(e['direction'])} {country_label(e.get('counterpart_country'))}: {first}"

    def _agreement_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(tr("Not recorded"), None)
        vault = self._vault()
        after = None
        # Agreements are a short list (tens); the picker stops at a bound all the same.
        while combo.count() < 1000:
            page = vault.agreements.list(after=after, limit=200)
            for a in page.items:
                label = f"{a['reference']} — {a['title']}" if a["reference"] else a["title"]
                combo.addItem(label, a["id"])
            if not page.next_cursor:
                break
            after = page.next_cursor
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        return combo
