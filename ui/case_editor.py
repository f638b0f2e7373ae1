"""The case editor: every field ``vault.cases.add``/``update`` takes, with the
core's validation messages shown under their fields.

The editor holds no rule: it collects values and hands them to the core; a
:class:`liaison.errors.ValidationError` comes back naming its field.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from liaison.changes import Changes
from liaison.records.cases import URGENCIES, offence_categories

from .forms import RecordEditor
from .pickers import CountryPicker, DatePicker, HandlingPicker, SearchableCombo, _Entry
from .session import Session

MAX_AGREEMENTS_SHOWN = 1000  # the catalogue of agreements is small (tens); this bounds a broken vault


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseEditor", text)


class OffencePicker(SearchableCombo):
    """One of the 32 EIO Annex D categories, searchable by words of its title;
    ``value()`` is the slug the core stores."""

    def __init__(self, parent: QWidget | None = None) -> None:
        entries = [_Entry(slug, title, title, [slug.replace("-", " ")]) for slug, title in offence_categories().items()]
        super().__init__(entries, placeholder=_tr("Offence category: type a word"), allow_empty=True, parent=parent)
        self.setAccessibleName(_tr("Offence category"))


class AgreementPicker(QComboBox):
    """The legal basis: an agreement of the vault's catalogue, or none.
    ``value()`` is the agreement's id ('' for none)."""

    value_changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Legal basis"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.addItem(_tr("No legal basis chosen"), "")
        vault = session.vault
        if vault is not None:
            after = None
            while self.count() <= MAX_AGREEMENTS_SHOWN:
                page = vault.agreements.list(after=after, limit=200)
                for a in page.items:
                    shown = f"{a['reference']}: {a['title']}" if a.get("reference") else a["title"]
                    self.addItem(shown, a["id"])
                    self.setItemData(self.count() - 1, a["title"], Qt.ItemDataRole.ToolTipRole)
                after = page.next_cursor
                if after is None:
                    break
        self.currentIndexChanged.connect(lambda _i: self.value_changed.emit(self.value()))

    def value(self) -> str:
        return str(self.currentData() or "")

    def setValue(self, agreement_id: str | None) -> None:
        index = self.findData(agreement_id or "")
        self.setCurrentIndex(max(0, index))


class CaseEditor(RecordEditor):
    """New case or edit case. ``saved(changes)`` after the core accepted the
    values; ``case_id`` is None for a new case."""

    saved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(_tr("New case"), record_label=_tr("this case"), parent=parent)
        self.session = session
        self.case_id: str | None = None
        self._rev: int | None = None
        self._clean_h3 = ""

        main = self.add_section(_tr("The case"))
        self.title_edit = QLineEdit()
        main.add_field("title", _tr("Title"), self.title_edit, required=True,
                       help=_tr("A short description an officer recognises; no names of persons."))
        self.counterpart_edit = QLineEdit()
        main.add_field("counterpart_reference", _tr("Counterpart's reference"), self.counterpart_edit)
        self.offence_picker = OffencePicker()
        main.add_field("offence_category", _tr("Offence category"), self.offence_picker,
                       help=_tr("One of the 32 categories of the EIO Directive, Annex D."))
        self.offence_text = QLineEdit()
        main.add_field("offence_text", _tr("Offence in words"), self.offence_text,
                       help=_tr("When no category fits, or to say more."))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        main.add_field("summary", _tr("Summary"), self.summary_edit)

        states = self.add_section(_tr("States and urgency"))
        self.requesting_picker = CountryPicker(allow_empty=True)
        states.add_field("requesting_state", _tr("Requesting state"), self.requesting_picker, required=True)
        self.requested_picker = CountryPicker(allow_empty=True)
        states.add_field("requested_state", _tr("Requested state"), self.requested_picker, required=True)
        self.urgency_combo = QComboBox()
        labels = {"normal": _tr("Normal"), "urgent": _tr("Urgent")}
        for u in URGENCIES:
            self.urgency_combo.addItem(labels.get(u, u), u)
        states.add_field("urgency", _tr("Urgency"), self.urgency_combo)
        self.urgency_reason = QLineEdit()
        states.add_field("urgency_reason", _tr("Reason for urgency"), self.urgency_reason,
                         help=_tr("Needed when the case is urgent."))

        handling = self.add_section(_tr("Handling and legal basis"))
        self.officer_edit = QLineEdit()
        handling.add_field("assigned_officer", _tr("Assigned officer"), self.officer_edit)
        self.agreement_picker = AgreementPicker(session)
        handling.add_field("legal_basis", _tr("Legal basis"), self.agreement_picker,
                           help=_tr("The case view's legal-basis finder suggests one."))
        self.handling_picker = HandlingPicker()
        handling.add_field("handling", _tr("Handling"), self.handling_picker, error_keys=("handling_h3_text", "h3_text"))
        self.review_picker = DatePicker()
        handling.add_field("review_date", _tr("Review date"), self.review_picker,
                           help=_tr("When to check whether the case's data must still be kept."))

        other = self.add_section(_tr("Tags and notes"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(_tr("Words separated by commas"))
        other.add_field("tags", _tr("Tags"), self.tags_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        other.add_field("notes", _tr("Notes"), self.notes_edit)

        self.urgency_combo.currentIndexChanged.connect(self._sync_urgency)
        self.save_requested.connect(self._save)
        self._sync_urgency()

    # -- loading ---------------------------------------------------------------------------------

    def start_new(self) -> None:
        """An empty form for a new case."""
        self.case_id, self._rev = None, None
        self.title_label.setText(_tr("New case"))
        self.clear_errors()
        self.set_values({
            "title": "", "counterpart_reference": "", "offence_category": None, "offence_text": "",
            "summary": "", "requesting_state": None, "requested_state": None, "urgency": "normal",
            "urgency_reason": "", "assigned_officer": "", "legal_basis": "", "review_date": None, "tags": "",
            "notes": "",
        })
        self.handling_picker.setValue(None)
        self.mark_clean()

    def load(self, case: dict[str, Any]) -> None:
        """Show a case (as ``vault.cases.get`` returns it) for editing."""
        self.case_id, self._rev = case["id"], case.get("rev")
        self.title_label.setText(_tr("Edit case {ref}").format(ref=case["reference"]))
        self.clear_errors()
        review = case.get("review_date") or ""
        self.set_values({
            "title": case.get("title", ""),
            "counterpart_reference": case.get("counterpart_reference", ""),
            "offence_category": case.get("offence_category") or None,
            "offence_text": case.get("offence_text", ""),
            "summary": case.get("summary", ""),
            "requesting_state": case.get("requesting_state") or None,
            "requested_state": case.get("requested_state") or None,
            "urgency": case.get("urgency") or "normal",
            "urgency_reason": case.get("urgency_reason", ""),
            "assigned_officer": case.get("assigned_officer", ""),
            "legal_basis": case.get("legal_basis_id") or "",
            "review_date": date.fromisoformat(review) if review else None,
            "tags": ", ".join(case.get("tags") or []),
            "notes": case.get("notes", ""),
        }, clean=False)
        self.handling_picker.setValue(case.get("handling") or None, case.get("handling_h3_text") or None)
        self.mark_clean()

    # -- dirtiness: the H3 restriction lives inside the handling picker ---------------------------

    def mark_clean(self) -> None:
        super().mark_clean()
        self._clean_h3 = self.handling_picker.h3_text() if hasattr(self, "handling_picker") else ""

    def is_dirty(self) -> bool:
        h3_changed = hasattr(self, "handling_picker") and self.handling_picker.h3_text() != self._clean_h3
        return super().is_dirty() or h3_changed

    # -- saving ----------------------------------------------------------------------------------

    def core_fields(self, values: dict[str, Any]) -> dict[str, Any]:
        """The form's values as the core's keyword arguments."""
        review = values.get("review_date")
        return {
            "title": values["title"],
            "counterpart_reference": values["counterpart_reference"],
            "offence_category": values["offence_category"] or "",
            "offence_text": values["offence_text"],
            "summary": values["summary"],
            "requesting_state": values["requesting_state"],
            "requested_state": values["requested_state"],
            "urgency": values["urgency"],
            "urgency_reason": values["urgency_reason"],
            "assigned_officer": values["assigned_officer"],
            "legal_basis": values["legal_basis"] or None,
            "handling": values["handling"] or None,
            "handling_h3_text": self.handling_picker.h3_text(),
            "review_date": review.isoformat() if review else "",
            "tags": values["tags"],
            "notes": values["notes"],
        }

    def _write(self, values: dict[str, Any]) -> Changes:
        vault = self.session.vault
        assert vault is not None
        fields = self.core_fields(values)
        if self.case_id is None:
            return vault.cases.add(**fields)
        return vault.cases.update(self.case_id, expected_rev=self._rev, **fields)

    def _save(self, _values: dict[str, Any]) -> None:
        changes = self.run_save(self._write)
        if changes is None:
            return
        if changes.id:
            self.case_id = changes.id
        self.saved.emit(changes)

    def _sync_urgency(self, *_args: object) -> None:
        urgent = self.urgency_combo.currentData() == "urgent"
        self.urgency_reason.setEnabled(urgent)
