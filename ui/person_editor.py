"""The person editor: names in every script (each with its script and
language), documents, category and the other fields ``vault.persons.add`` and
``update`` take. Facts and assessments are added in the person view, one entry
at a time with its source (LED Art. 7)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.changes import Changes
from liaison.records.persons import CATEGORIES, DOCUMENT_TYPES

from .forms import RecordEditor
from .pickers import CountryPicker, DatePicker, LanguagePicker
from .session import Session


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonEditor", text)


def category_word(category: str) -> str:
    return {
        "suspect": _tr("Suspect"), "convicted": _tr("Convicted"), "victim": _tr("Victim"),
        "witness": _tr("Witness"), "other": _tr("Other person"),
    }.get(category, category)


class _RowList(QWidget):
    """A small list editor: rows of widgets, an Add button, a Remove button per row."""

    value_changed = Signal(object)

    def __init__(self, headers: list[str], add_text: str, parent: QWidget | None = None,
                 stretch: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        for col, factor in enumerate(stretch):
            self.grid.setColumnStretch(col, factor)
        for col, text in enumerate(headers):
            self.grid.addWidget(QLabel(text, self), 0, col)
        self.rows: list[list[QWidget]] = []
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(lambda: self.add_row())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def make_row(self, item: dict[str, Any] | None) -> list[QWidget]:  # pragma: no cover - abstract
        raise NotImplementedError

    def read_row(self, row: list[QWidget]) -> dict[str, Any] | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def add_row(self, item: dict[str, Any] | None = None) -> list[QWidget]:
        widgets = self.make_row(item)
        remove = QPushButton(_tr("Remove"), self)
        remove.setAccessibleName(_tr("Remove this row"))
        r = len(self.rows) + 1
        for col, w in enumerate([*widgets, remove]):
            self.grid.addWidget(w, r, col)
        row = [*widgets, remove]
        remove.clicked.connect(lambda _c=False, rw=row: self.remove_row(rw))
        self.rows.append(row)
        self.value_changed.emit(self.value())
        return row

    def remove_row(self, row: list[QWidget]) -> None:
        if row not in self.rows:
            return
        self.rows.remove(row)
        for w in row:
            self.grid.removeWidget(w)
            w.deleteLater()
        # re-lay the remaining rows so that the grid has no holes
        for r, widgets in enumerate(self.rows, start=1):
            for col, w in enumerate(widgets):
                self.grid.addWidget(w, r, col)
        self.value_changed.emit(self.value())

    def value(self) -> list[dict[str, Any]]:
        out = []
        for row in self.rows:
            item = self.read_row(row)
            if item is not None:
                out.append(item)
        return out

    def setValue(self, items: list[dict[str, Any]] | None) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            for w in row:
                self.grid.removeWidget(w)
                w.deleteLater()
        for item in items or []:
            self.add_row(item)
        self.value_changed.emit(self.value())

    def _changed(self, *_args: object) -> None:
        self.value_changed.emit(self.value())


class NamesEditor(_RowList):
    """Names exactly as written, in any script, each with its script and language.
    ``value()`` is ``[{text, script?, lang?}]`` as the core stores it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([_tr("Name as written"), _tr("Script"), _tr("Language"), ""], _tr("Add a name"), parent,
                         stretch=(3, 1, 2, 0))

    def make_row(self, item: dict[str, Any] | None) -> list[QWidget]:
        text = QLineEdit(self)
        text.setAccessibleName(_tr("Name as written"))
        script = QLineEdit(self)
        script.setPlaceholderText(_tr("e.g. Arabic"))
        script.setAccessibleName(_tr("Script"))
        # Wide enough for a script's name in the current font (follows scaling, not fixed pixels).
        script.setMinimumWidth(script.fontMetrics().horizontalAdvance("Devanagari") + 16)
        lang = LanguagePicker(parent=self)
        item = item or {}
        text.setText(item.get("text", ""))
        script.setText(item.get("script", ""))
        lang.setValue(item.get("lang") or None)
        text.textChanged.connect(self._changed)
        script.textChanged.connect(self._changed)
        lang.value_changed.connect(self._changed)
        return [text, script, lang]

    def read_row(self, row: list[QWidget]) -> dict[str, Any] | None:
        text, script, lang = row[0], row[1], row[2]
        assert isinstance(text, QLineEdit) and isinstance(script, QLineEdit) and isinstance(lang, LanguagePicker)
        if not text.text().strip():
            return None
        out: dict[str, Any] = {"text": text.text()}
        if script.text().strip():
            out["script"] = script.text().strip()
        if lang.value():
            out["lang"] = lang.value()
        return out


class DocumentsEditor(_RowList):
    """Identity documents: type, number, issuing country, expiry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([_tr("Type"), _tr("Number"), _tr("Country"), _tr("Expires"), ""], _tr("Add a document"),
                         parent, stretch=(1, 2, 2, 1, 0))

    def make_row(self, item: dict[str, Any] | None) -> list[QWidget]:
        kind = QComboBox(self)
        kind.setAccessibleName(_tr("Document type"))
        for t in DOCUMENT_TYPES:
            kind.addItem(t.capitalize(), t)
        number = QLineEdit(self)
        number.setAccessibleName(_tr("Document number"))
        number.setMinimumWidth(number.fontMetrics().horizontalAdvance("A000000000") + 16)
        country = CountryPicker(parent=self)
        expires = QLineEdit(self)
        expires.setPlaceholderText("YYYY-MM-DD")
        expires.setAccessibleName(_tr("Expiry date"))
        expires.setMinimumWidth(expires.fontMetrics().horizontalAdvance("0000-00-00") + 16)
        item = item or {}
        kind.setCurrentIndex(max(0, kind.findData(item.get("type") or "passport")))
        number.setText(item.get("number", ""))
        country.setValue(item.get("country") or None)
        expires.setText(item.get("expires", ""))
        kind.currentIndexChanged.connect(self._changed)
        number.textChanged.connect(self._changed)
        country.value_changed.connect(self._changed)
        expires.textChanged.connect(self._changed)
        return [kind, number, country, expires]

    def read_row(self, row: list[QWidget]) -> dict[str, Any] | None:
        kind, number, country, expires = row[0], row[1], row[2], row[3]
        assert isinstance(kind, QComboBox) and isinstance(number, QLineEdit)
        assert isinstance(country, CountryPicker) and isinstance(expires, QLineEdit)
        if not number.text().strip() and not country.value() and not expires.text().strip():
            return None  # an untouched row
        return {"type": kind.currentData(), "number": number.text(), "country": country.value() or "",
                "expires": expires.text().strip()}


class PersonEditor(RecordEditor):
    """New person or edit person. ``saved(changes)`` once the core accepted them.
    ``case_id`` (optional) links a new person to that case."""

    saved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(_tr("New person"), record_label=_tr("this person"), parent=parent)
        self.session = session
        self.person_id: str | None = None
        self.case_id: str | None = None
        self._rev: int | None = None

        who = self.add_section(_tr("Names"))
        self.names_editor = NamesEditor()
        who.add_field("names", _tr("Names"), self.names_editor, required=True,
                      help=_tr("Type each name exactly as written in its script; add the Latin form as another "
                               "name when the documents give one."),
                      error_keys=("names.lang", "names.script"))
        self.display_edit = QLineEdit()
        who.add_field("display_name", _tr("Name shown in lists"), self.display_edit,
                      help=_tr("Leave empty to show the first name."))
        self.translit_edit = QLineEdit()
        who.add_field("transliteration", _tr("Latin transliteration"), self.translit_edit,
                      help=_tr("Leave empty for an automatic suggestion (marked as automatic)."))

        facts = self.add_section(_tr("Identity"))
        self.category_combo = QComboBox()
        for c in CATEGORIES:
            self.category_combo.addItem(category_word(c), c)
        facts.add_field("category", _tr("Category"), self.category_combo, required=True,
                        help=_tr("Law Enforcement Directive, Art. 6."))
        self.dob_edit = QLineEdit()
        self.dob_edit.setPlaceholderText(_tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        facts.add_field("date_of_birth", _tr("Date of birth"), self.dob_edit)
        self.nationality_picker = CountryPicker()
        facts.add_field("nationality", _tr("Nationality"), self.nationality_picker)
        self.documents_editor = DocumentsEditor()
        facts.add_field("documents", _tr("Documents"), self.documents_editor,
                        error_keys=("documents.number", "documents.country", "documents.expires"))

        other = self.add_section(_tr("Keeping"))
        self.review_picker = DatePicker()
        other.add_field("review_date", _tr("Review date"), self.review_picker)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        other.add_field("notes", _tr("Notes"), self.notes_edit)
        self.save_requested.connect(self._save)

    def start_new(self, case_id: str | None = None) -> None:
        self.person_id, self._rev, self.case_id = None, None, case_id
        self.title_label.setText(_tr("New person"))
        self.clear_errors()
        self.set_values({"names": [], "display_name": "", "transliteration": "", "category": "suspect",
                         "date_of_birth": "", "nationality": None, "documents": [], "review_date": None,
                         "notes": ""})
        self.names_editor.add_row()
        self.mark_clean()

    def load(self, person: dict[str, Any]) -> None:
        self.person_id, self._rev, self.case_id = person["id"], person.get("rev"), None
        self.title_label.setText(_tr("Edit person {ref}").format(ref=person["reference"]))
        self.clear_errors()
        review = person.get("review_date") or ""
        first_name = (person.get("names") or [{}])[0].get("text", "")
        self.set_values({
            "names": person.get("names") or [],
            # The name shown in lists follows the first name unless the officer chose another.
            "display_name": "" if person.get("display_name") == first_name else person.get("display_name", ""),
            "transliteration": "" if person.get("transliteration_auto") else person.get("transliteration", ""),
            "category": person.get("category") or "other",
            "date_of_birth": person.get("date_of_birth", ""),
            "nationality": person.get("nationality") or None,
            "documents": person.get("documents") or [],
            "review_date": date.fromisoformat(review) if review else None,
            "notes": person.get("notes", ""),
        })

    def core_fields(self, values: dict[str, Any]) -> dict[str, Any]:
        review = values.get("review_date")
        fields = {
            "names": values["names"],
            "display_name": values["display_name"].strip() or None,
            "transliteration": values["transliteration"].strip() or None,
            "category": values["category"],
            "date_of_birth": values["date_of_birth"],
            "nationality": values["nationality"] or "",
            "documents": values["documents"],
            "review_date": review.isoformat() if review else "",
            "notes": values["notes"],
        }
        return fields

    def _write(self, values: dict[str, Any]) -> Changes:
        vault = self.session.vault
        assert vault is not None
        fields = self.core_fields(values)
        if self.person_id is None:
            return vault.persons.add(case=self.case_id, **fields)
        return vault.persons.update(self.person_id, expected_rev=self._rev, **fields)

    def _save(self, _values: dict[str, Any]) -> None:
        changes = self.run_save(self._write)
        if changes is None:
            return
        for rt, rid in (*changes.created, *changes.updated):
            if rt == "person":
                self.person_id = rid
                break
        self.saved.emit(changes)
