"""The Persons section: the list of persons (filtered by the core), the person
view and the person editor, in a remembered splitter.

The view shows every name exactly as written, in its script, with its language;
the Latin transliteration marked "automatic" when the machine suggested it; and
facts and assessments in two separate boxes, each entry with its source and
date (Law Enforcement Directive, Art. 7). Opening a person is a consultation
(``vault.persons.get(id, consult=True)``, once per opening). Erasing a person
names what will be lost and asks for a justification.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from liaison.changes import Changes
from liaison.errors import LiaisonError
from liaison.records.persons import CATEGORIES
from liaison.refdata import country_name, languages

from . import clipboard, dialogs, i18n, style
from .cases_page import page_settings, tidy_filter_bar
from .list_detail import ListDetailPage
from .listview import ComboFilter, EmptyState, RecordListView
from .message_line import MessageLine
from .models import DATE, DATETIME, REFERENCE, Column, PagedTableModel, store_fetch
from .person_editor import PersonEditor, category_word
from .session import Session

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonsPage", text)


def person_columns() -> list[Column]:
    return [
        Column("reference", _tr("Reference"), width=110, kind=REFERENCE),
        Column("display_name", _tr("Name"), width=220),
        Column("transliteration", _tr("Latin form"), width=180),
        Column("category", _tr("Category"), width=100, format=lambda v: category_word(str(v or ""))),
        Column("nationality", _tr("Nationality"), width=90),
        Column("date_of_birth", _tr("Born"), width=100, kind=DATE, sortable=False),
        Column("review_date", _tr("Review"), width=100, kind=DATE, visible=False),
        Column("updated_at", _tr("Changed"), width=130, kind=DATETIME),
    ]


def _value_label(parent: QWidget) -> QLabel:
    lab = QLabel(parent)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


class EntriesBox(QGroupBox):
    """Facts or assessments: the entries, each with its source and date, and a
    line to add one."""

    add_requested = Signal(str, str)  # text, source

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.explanation = style.label(explanation, "muted")
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(_tr("New entry"))
        self.text_edit.setAccessibleName(_tr("{box}: new entry").format(box=title))
        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(_tr("Source (who or what it comes from)"))
        self.source_edit.setAccessibleName(_tr("{box}: source of the new entry").format(box=title))
        self.add_button = QPushButton(_tr("Add"), self)
        row = QHBoxLayout()
        row.addWidget(self.text_edit, 2)
        row.addWidget(self.source_edit, 1)
        row.addWidget(self.add_button)
        box = QVBoxLayout(self)
        box.addWidget(self.explanation)
        box.addWidget(self.list, 1)
        box.addLayout(row)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.text_edit.text(), self.source_edit.text()))

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        self.list.clear()
        for e in entries:
            text = _tr("{text}\n    source: {source} · {date}").format(
                text=e.get("text", ""), source=e.get("source", ""), date=e.get("date", ""))
            self.list.addItem(QListWidgetItem(text))
        if not entries:
            self.list.addItem(QListWidgetItem(_tr("None recorded.")))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class PersonView(QWidget):
    """One person. Signals: ``edit_requested(id)``, ``open_case(case_id)``, ``changed(Changes)``."""

    edit_requested = Signal(str)
    open_case = Signal(str)
    changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person: dict[str, Any] | None = None
        self.clipboard_delay_ms = clipboard.CLEAR_AFTER_MS

        self.header = QFrame(self)
        self.header.setObjectName("card")
        self.name_label = style.label("", "heading")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        # Names in right-to-left scripts stay where every other name is shown.
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft)
        self.reference_label = QLabel(self.header)
        style.tabular(self.reference_label)
        self.copy_button = QPushButton(_tr("Copy reference"), self.header)
        self.copy_button.setToolTip(_tr("Copy the person's reference (cleared from the clipboard after 30 s)"))
        self.category_label = QLabel(self.header)
        self.edit_button = QPushButton(_tr("Edit…"), self.header)
        self.edit_button.setToolTip(_tr("Edit this person (Ctrl+E)"))
        self.erase_button = QPushButton(_tr("Erase…"), self.header)
        self.erase_button.setToolTip(_tr("Erase this person's personal data"))
        top = QHBoxLayout()
        top.addWidget(self.reference_label)
        top.addWidget(self.copy_button)
        top.addSpacing(12)
        top.addWidget(self.category_label)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.erase_button)
        hb = QVBoxLayout(self.header)
        hb.setContentsMargins(12, 8, 12, 8)
        hb.addWidget(self.name_label)
        hb.addLayout(top)

        self.message = MessageLine(self)

        # -- erase panel (hidden until asked)
        self.erase_panel = QGroupBox(_tr("Erase this person"), self)
        self.erase_what = style.label("", "warning")
        self.erase_justification = QLineEdit(self.erase_panel)
        self.erase_justification.setPlaceholderText(_tr("Why the data must go (at least 10 characters)"))
        self.erase_justification.setAccessibleName(_tr("Justification for the erasure"))
        self.erase_confirm = QPushButton(_tr("Erase permanently…"), self.erase_panel)
        self.erase_cancel = QPushButton(_tr("Keep the data"), self.erase_panel)
        erow = QHBoxLayout()
        erow.addWidget(self.erase_justification, 1)
        erow.addWidget(self.erase_confirm)
        erow.addWidget(self.erase_cancel)
        eb = QVBoxLayout(self.erase_panel)
        eb.addWidget(self.erase_what)
        eb.addLayout(erow)
        self.erase_panel.setVisible(False)

        # -- body
        body = QWidget(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.names_list = QListWidget(body)
        self.names_list.setAccessibleName(_tr("Names in every script"))
        self.names_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.values: dict[str, QLabel] = {}
        self.form.addRow(_tr("Names:"), self.names_list)
        for key, label in (("transliteration", _tr("Latin form")), ("date_of_birth", _tr("Date of birth")),
                           ("nationality", _tr("Nationality")), ("documents", _tr("Documents")),
                           ("review_date", _tr("Review date")), ("notes", _tr("Notes"))):
            self.values[key] = _value_label(body)
            self.form.addRow(label + ":", self.values[key])
        self.cases_list = QListWidget(body)
        self.cases_list.setAccessibleName(_tr("Cases the person is linked to"))
        self.cases_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.form.addRow(_tr("Cases:"), self.cases_list)
        self.facts_box = EntriesBox(_tr("Facts"), _tr("What is established, with its source."), body)
        self.assessments_box = EntriesBox(
            _tr("Personal assessments"), _tr("Opinions and evaluations, kept apart from facts (LED Art. 7)."), body)
        boxes = QHBoxLayout()
        boxes.addWidget(self.facts_box)
        boxes.addWidget(self.assessments_box)
        bl = QVBoxLayout(body)
        bl.addLayout(self.form)
        bl.addLayout(boxes, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addWidget(self.erase_panel)
        layout.addWidget(scroll, 1)

        self.copy_button.clicked.connect(self.copy_reference)
        self.edit_button.clicked.connect(lambda: self.person and self.edit_requested.emit(self.person["id"]))
        self.erase_button.clicked.connect(self.ask_erase)
        self.erase_cancel.clicked.connect(lambda: self.erase_panel.setVisible(False))
        self.erase_confirm.clicked.connect(self.erase)
        self.facts_box.add_requested.connect(lambda t, s: self.add_entry("facts", t, s))
        self.assessments_box.add_requested.connect(lambda t, s: self.add_entry("assessments", t, s))
        self.cases_list.itemActivated.connect(
            lambda item: self.open_case.emit(str(item.data(Qt.ItemDataRole.UserRole))))
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.edit_button.click(),
                  Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- loading -------------------------------------------------------------------------------
    @property
    def person_id(self) -> str | None:
        return self.person["id"] if self.person else None

    def show_person(self, ref_or_id: str, for_case: str | None = None) -> None:
        """Open a person: one consultation in the audit trail, for ``for_case`` when opened from a case."""
        vault = self.session.vault
        assert vault is not None
        self.person = vault.persons.get(ref_or_id, consult=True, case=for_case)
        self.erase_panel.setVisible(False)
        self.erase_justification.clear()
        self._hide_message()
        self._fill()

    def reload(self) -> None:
        if self.person is None or self.session.vault is None:
            return
        self.person = self.session.vault.persons.get(self.person["id"])
        self._fill()

    def clear(self) -> None:
        self.person = None
        self.name_label.clear()
        self.reference_label.clear()
        self.category_label.clear()
        self.names_list.clear()
        self.cases_list.clear()
        for lab in self.values.values():
            lab.clear()
        self.facts_box.list.clear()
        self.assessments_box.list.clear()
        self.erase_justification.clear()
        self.erase_panel.setVisible(False)

    def _fill(self) -> None:
        p = self.person
        assert p is not None
        erased = bool(p.get("erased"))
        self.name_label.setText(_tr("Erased person") if erased else p["display_name"])
        self.reference_label.setText(p["reference"])
        self.category_label.setText(_tr("Category: {c}").format(c=category_word(p["category"])))
        self.names_list.clear()
        langs = languages()
        for n in p.get("names") or []:
            meta = [x for x in (n.get("script", ""), langs.get(n.get("lang", ""), n.get("lang", ""))) if x]
            item = QListWidgetItem(f"{n['text']}    ({', '.join(meta)})" if meta else n["text"])
            item.setData(Qt.ItemDataRole.UserRole, n["text"])
            item.setData(Qt.ItemDataRole.AccessibleTextRole, n["text"])
            self.names_list.addItem(item)
        translit = p.get("transliteration") or ""
        auto = bool(translit and p.get("transliteration_auto"))
        if auto:
            translit = _tr("{t} (automatic)").format(t=translit)
        self.values["transliteration"].setText(translit or "—")
        self.values["transliteration"].setToolTip(
            _tr("Suggested by Liaison from the names: not an official transliteration.") if auto else "")
        self.values["date_of_birth"].setText(p.get("date_of_birth") or _tr("Not known"))
        nat = p.get("nationality") or ""
        self.values["nationality"].setText(f"{i18n.country_name(country_name(nat))} ({nat})" if nat else _tr("Not known"))
        docs = [
            _tr("{type} {number}, {country}, expires {expires}").format(
                type=str(d.get("type", "")).capitalize(), number=d.get("number", ""),
                country=d.get("country") or "—", expires=d.get("expires") or "—")
            for d in p.get("documents") or []
        ]
        self.values["documents"].setText("\n".join(docs) or _tr("None recorded"))
        self.values["review_date"].setText(p.get("review_date") or _tr("No review date"))
        self.values["notes"].setText(p.get("notes") or "—")
        self.cases_list.clear()
        for c in p.get("cases") or []:
            item = QListWidgetItem(_tr("{ref} as {role}").format(ref=c["reference"], role=category_word(c["role"])))
            item.setData(Qt.ItemDataRole.UserRole, c["case_id"])
            self.cases_list.addItem(item)
        self.facts_box.set_entries(p.get("facts") or [])
        self.assessments_box.set_entries(p.get("assessments") or [])
        for w in (self.edit_button, self.erase_button, self.facts_box, self.assessments_box):
            w.setEnabled(not erased)

    # -- actions -------------------------------------------------------------------------------
    def copy_reference(self) -> None:
        if self.person:
            clipboard.copy_sensitive(self.person["reference"], self.clipboard_delay_ms)

    def add_entry(self, kind: str, text: str, source: str) -> bool:
        vault = self.session.vault
        if vault is None or self.person is None:
            return False
        add = vault.persons.add_fact if kind == "facts" else vault.persons.add_assessment
        try:
            changes = add(self.person["id"], text, source=source)
        except LiaisonError as exc:
            self._show_message(str(exc), "error")
            return False
        box = self.facts_box if kind == "facts" else self.assessments_box
        box.text_edit.clear()
        box.source_edit.clear()
        self.reload()
        self._hide_message()
        self.changed.emit(changes)
        return True

    def ask_erase(self) -> None:
        """Show what erasing takes away and ask for the justification."""
        if self.person is None:
            return
        p = self.person
        self.erase_what.setText(_tr(
            "Erasing {ref} removes for good: {names} name(s), the Latin form, date of birth, nationality, "
            "{docs} document(s), {facts} fact(s), {assess} assessment(s), notes, the review date and the notes "
            "on its {cases} case link(s). Kept: the reference, the category and the links to cases (for "
            "statistics). The erasure is recorded in the audit trail with your justification.").format(
                ref=p["reference"], names=len(p.get("names") or []), docs=len(p.get("documents") or []),
                facts=len(p.get("facts") or []), assess=len(p.get("assessments") or []),
                cases=len(p.get("cases") or [])))
        self.erase_panel.setVisible(True)
        self.erase_justification.setFocus()

    def erase(self) -> bool:
        vault = self.session.vault
        if vault is None or self.person is None:
            return False
        ref = self.person["reference"]
        if not dialogs.confirm(self, _tr("Erase person {ref}?").format(ref=ref),
                               _tr("The personal data of {ref} will be erased and cannot be brought back.")
                               .format(ref=ref), destructive=True):
            return False
        try:
            changes = vault.retention.erase_person(self.person["id"],
                                                   justification=self.erase_justification.text())
        except LiaisonError as exc:
            self._show_message(str(exc), "error")
            return False
        self.erase_panel.setVisible(False)
        self.erase_justification.clear()
        self.reload()
        self._show_message(_tr("The personal data of {ref} has been erased.").format(ref=ref), "ok")
        self.changed.emit(changes)
        return True

    def _show_message(self, text: str, meaning: str) -> None:
        self.message.show_message(text, meaning)

    def _hide_message(self) -> None:
        self.message.hide_message()

    def message_text(self) -> str:
        return self.message.message_text()


class PersonsPage(ListDetailPage):
    """The Persons section."""

    key, title = "persons", "Persons"
    record_type, store = "person", "persons"
    default_sizes = (500, 700)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(_tr("Persons"))
        self.model: PagedTableModel | None = None
        self.list_view: RecordListView | None = None
        self._settings: QSettings | None = None

        self._build_frame(heading=_tr("Persons"), new_text=_tr("New person"), new_tip=_tr("Add a person (Ctrl+N)"),
                          new_slot=self.new_person, nothing_text=_tr("Select a person in the list."),
                          view=PersonView(session), editor=PersonEditor(session))

        self.view.edit_requested.connect(self.edit_person)
        self.view.changed.connect(self._apply_changes)
        self.view.open_case.connect(self._open_case)
        self.editor.saved.connect(self._editor_saved)
        self.editor.cancelled.connect(
            lambda: self.right.setCurrentWidget(self.view if self.view.person else self.nothing))

    # -- list ----------------------------------------------------------------------------------
    def _build_list(self) -> None:
        vault = self.session.vault
        assert vault is not None
        self._settings = page_settings(self)
        self.model = PagedTableModel(store_fetch(vault.persons.list), person_columns(), get=vault.persons.get,
                                     sort="display_name", parent=self)
        combos = [
            ComboFilter("category", _tr("Category"), [(_tr("Any"), None)] + [(category_word(c), c) for c in CATEGORIES]),
            ComboFilter("nationality", _tr("Nationality"), [(_tr("Any"), None)] + [
                (f"{name} ({code})", code) for code, name in i18n.sorted_countries()]),
        ]
        empty = EmptyState(_tr("No persons yet."), _tr("Add a person, or link one from a case."),
                           [(_tr("New person"), lambda: self.new_person())])
        self.list_view = RecordListView(self.model, settings=self._settings, settings_key="persons", empty=empty,
                                        combos=combos, filter_placeholder=_tr("Filter: name, Latin form or reference"),
                                        parent=self.list_holder)
        self.list_view.setAccessibleName(_tr("List of persons"))
        tidy_filter_bar(self.list_view)
        self.list_layout.addWidget(self.list_view)
        self.list_view.current_changed.connect(self._on_current)
        self.list_view.open_record.connect(self.show_person)
        self._restore_splitter()

    def _count_rows(self) -> int:
        row = self.session.vault.db.execute("SELECT count(*) FROM persons WHERE erased_at = ''").fetchone()
        return int(row[0])

    def _view_show(self, record_id: str, for_case: str | None = None) -> None:
        self.view.show_person(record_id, for_case)

    def _view_record_id(self) -> str | None:
        return self.view.person_id

    def show_person(self, person_id: str) -> None:
        self.show_record(person_id)

    def new_person(self, case_id: str | None = None) -> None:
        """The editor for a new person; with ``case_id`` they are linked to that case when saved."""
        if not self.session.is_open:
            return
        if self.right.currentWidget() is self.editor and self.editor.is_dirty() and not self.editor.cancel():
            return
        self.editor.start_new(case_id)
        if case_id:
            try:
                ref = self.session.vault.cases.get(case_id)["reference"]
            except LiaisonError:
                ref = ""
            if ref:
                self.editor.title_label.setText(_tr("New person in case {ref}").format(ref=ref))
        self.right.setCurrentWidget(self.editor)
        self.editor.names_editor.rows[0][0].setFocus()

    def edit_person(self, person_id: str) -> None:
        try:
            person = self.session.vault.persons.get(person_id)
        except LiaisonError as exc:
            self.view._show_message(str(exc), "error")
            return
        self.editor.load(person)
        self.right.setCurrentWidget(self.editor)

    def _editor_saved(self, changes: Changes) -> None:
        person_id = self.editor.person_id
        self._apply_changes(changes)
        if person_id:
            if any(rt == "person" for rt, _ in changes.created):
                self.show_person(person_id)
                if self.list_view is not None:
                    self.list_view.select_id(person_id)
            else:
                self.view.reload() if self.view.person_id == person_id else self.show_person(person_id)
                self.right.setCurrentWidget(self.view)

    def _open_case(self, case_id: str) -> None:
        self._in_section("cases", "open_record", "case", case_id)
