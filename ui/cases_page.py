"""The Cases section, in the shape of a mail client: the list of cases with its
filters in the middle, the selected case on the right (view or editor), in a
splitter whose position is remembered on this machine.

The list is a :class:`~ui.models.PagedTableModel` over ``vault.cases.list``:
sorted and filtered by the core, one keyset page at a time, so that 100,000
cases open as fast as 30.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from liaison.changes import Changes
from liaison.errors import LiaisonError
from liaison.records.cases import ACTIVE_STATUSES, STATUSES, URGENCIES, offence_categories

from . import i18n, style
from .case_editor import CaseEditor
from .case_view import CaseView, status_word
from .flow_layout import FlowLayout, group
from .list_detail import ListDetailPage
from .listview import ComboFilter, EmptyState, RecordListView
from .models import DATE, DATETIME, REFERENCE, Column, PagedTableModel, store_fetch
from .session import Session

log = logging.getLogger(__name__)

MAX_FILTER_CHOICES = 200  # officers and tags offered in the filter combos


def _tr(text: str) -> str:
    return QCoreApplication.translate("CasesPage", text)


def page_settings(widget: QWidget) -> QSettings:
    """The window's per-machine settings (tests give the window a temporary file);
    a default QSettings when the page stands alone."""
    settings = getattr(widget.window(), "_settings", None)
    return settings if isinstance(settings, QSettings) else QSettings()


def tidy_filter_bar(list_view: RecordListView) -> None:
    """Keep the filter bar readable in a narrow list pane: the text filter keeps the
    first line to itself, and the combos follow, each with its label, wrapping onto
    more lines when the pane is narrow (a laptop screen, the case beside the list)
    rather than being cut; long combos shrink to a sensible width (their popups
    stay wide)."""
    labels = {lab.buddy(): lab for lab in list_view.findChildren(QLabel) if lab.buddy() is not None}
    row = FlowLayout(spacing=12)
    for combo in list_view.combos():
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        row.addWidget(group(list_view, labels[combo], combo) if combo in labels else combo)
    layout = list_view.layout()
    if isinstance(layout, QVBoxLayout) and row.count():
        layout.insertLayout(1, row)


def case_columns() -> list[Column]:
    titles = offence_categories()
    return [
        Column("reference", _tr("Reference"), width=120, kind=REFERENCE),
        Column("title", _tr("Title"), width=230),
        Column("status", _tr("Status"), width=130, format=lambda v: status_word(str(v or ""))),
        Column("urgency", _tr("Urgency"), width=80,
               format=lambda v: _tr("⚠ Urgent") if v == "urgent" else _tr("Normal")),
        Column("requesting_state", _tr("From"), width=60),
        Column("requested_state", _tr("To"), width=60),
        Column("counterpart_reference", _tr("Their reference"), width=140, kind=REFERENCE, sortable=False,
               visible=False),
        Column("assigned_officer", _tr("Officer"), width=130),
        Column("offence_category", _tr("Offence"), width=180, format=lambda v: titles.get(str(v or ""), ""),
               visible=False),
        Column("review_date", _tr("Review"), width=100, kind=DATE, visible=False),
        Column("updated_at", _tr("Changed"), width=130, kind=DATETIME),
    ]


class CasesPage(ListDetailPage):
    """The Cases section: list, view, editor."""

    key, title = "cases", "Cases"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(_tr("Cases"))
        self.model: PagedTableModel | None = None
        self.list_view: RecordListView | None = None
        self._settings: QSettings | None = None

        self.new_button = QPushButton(_tr("New case"), self)
        self.new_button.setToolTip(_tr("Create a case (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_case)
        self.heading = style.label(_tr("Cases"), "title", wrap=False)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("casesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.list_holder = QWidget(self.splitter)
        self.list_layout = QVBoxLayout(self.list_holder)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.right = QStackedWidget(self.splitter)
        self.nothing = style.label(_tr("Select a case in the list, or create one with New case (Ctrl+N)."), "muted")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view = CaseView(session, self.right)
        self.editor = CaseEditor(session, self.right)
        for w in (self.nothing, self.view, self.editor):
            self.right.addWidget(w)
        self.splitter.addWidget(self.list_holder)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.splitterMoved.connect(lambda *_a: self._save_splitter())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.view.edit_requested.connect(self.edit_case)
        self.view.request_requested.connect(self._new_request)
        self.view.handover_requested.connect(self._hand_over)
        self.view.changed.connect(self._apply_changes)
        self.view.open_person.connect(self._open_person)
        self.view.new_person.connect(self._new_person)
        self.editor.saved.connect(self._editor_saved)
        self.editor.cancelled.connect(self._editor_cancelled)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_case, context)

    # ================================================================== SectionPage
    def open_record(self, record_type: str, record_id: str) -> bool:
        """Select and show a case (the search popup's and the persons page's way in)."""
        if record_type != "case":
            return False
        if self.list_view is None:
            self.refresh()
        assert self.list_view is not None
        try:
            case_id = self.session.vault.cases.resolve(record_id)
        except LiaisonError:
            return False
        if not self.list_view.select_id(case_id):
            self.show_case(case_id)
        return True

    # ================================================================== list
    def _build_list(self) -> None:
        vault = self.session.vault
        assert vault is not None
        self._settings = page_settings(self)
        self.model = PagedTableModel(store_fetch(vault.cases.list), case_columns(), get=vault.cases.get,
                                     sort="reference", descending=True, parent=self)
        status_choices: list[tuple[str, Any]] = [(_tr("All"), None), (_tr("Active"), list(ACTIVE_STATUSES))]
        status_choices += [(status_word(s), s) for s in STATUSES]
        urgency_choices = [(_tr("Any"), None)] + [(_tr("Urgent") if u == "urgent" else _tr("Normal"), u)
                                                  for u in URGENCIES]
        state_choices = [(_tr("Any"), None)] + [(f"{name} ({code})", code) for code, name in
                                                i18n.sorted_countries()]
        combos = [
            ComboFilter("status", _tr("Status"), status_choices),
            ComboFilter("urgency", _tr("Urgency"), urgency_choices),
            ComboFilter("requested_state", _tr("Requested state"), state_choices),
            ComboFilter("officer", _tr("Officer"), [(_tr("Anyone"), None)] + [(o, o) for o in self._officers()]),
            ComboFilter("tag", _tr("Tag"), [(_tr("Any"), None)] + [(t, t) for t in self._tags()]),
        ]
        empty = EmptyState(_tr("No cases yet."), _tr("Create the first case; its reference is given for you."),
                           [(_tr("New case"), self.new_case)])
        self.list_view = RecordListView(self.model, settings=self._settings, settings_key="cases", empty=empty,
                                        combos=combos, filter_placeholder=_tr("Filter: reference or title"),
                                        parent=self.list_holder)
        self.list_view.setAccessibleName(_tr("List of cases"))
        tidy_filter_bar(self.list_view)
        self.list_layout.addWidget(self.list_view)
        self.list_view.current_changed.connect(self._on_current)
        self.list_view.open_record.connect(self.show_case)
        self._restore_splitter()

    def _officers(self) -> list[str]:
        """Officers named on cases, for the filter (read through the index on assigned_officer)."""
        rows = self.session.vault.db.execute(
            "SELECT DISTINCT assigned_officer FROM cases WHERE assigned_officer != '' ORDER BY assigned_officer "
            "LIMIT ?", (MAX_FILTER_CHOICES,)).fetchall()
        return [r[0] for r in rows]

    def _tags(self) -> list[str]:
        rows = self.session.vault.db.execute(
            "SELECT DISTINCT tag FROM case_tags ORDER BY tag LIMIT ?", (MAX_FILTER_CHOICES,)).fetchall()
        return [r[0] for r in rows]

    def _count_rows(self) -> int:
        """Active cases, for the navigation column."""
        marks = ", ".join("?" * len(ACTIVE_STATUSES))
        row = self.session.vault.db.execute(
            f"SELECT count(*) FROM cases WHERE status IN ({marks}) AND erased_at = ''", ACTIVE_STATUSES).fetchone()
        return int(row[0])

    def _on_current(self, case_id: str) -> None:
        if not case_id:
            return
        if self.right.currentWidget() is self.editor and self.editor.is_dirty():
            return  # the editor keeps the officer's changes; opening another case waits for save or cancel
        if self.view.case_id == case_id and self.right.currentWidget() is self.view:
            return
        self.show_case(case_id)

    # ================================================================== view and editor
    def show_case(self, case_id: str) -> None:
        """Open a case on the right (one consultation in the audit trail)."""
        try:
            self.view.show_case(case_id)
        except LiaisonError as exc:
            self.nothing.setText(str(exc))
            self.right.setCurrentWidget(self.nothing)
            return
        self.right.setCurrentWidget(self.view)

    def new_case(self) -> None:
        if not self.session.is_open:
            return
        if self.right.currentWidget() is self.editor and self.editor.is_dirty() and not self.editor.cancel():
            return
        self.editor.start_new()
        self.right.setCurrentWidget(self.editor)
        self.editor.title_edit.setFocus()

    def _new_request(self, case_ref: str) -> None:
        from .request_wizard import open_wizard

        open_wizard(self.window(), case_ref)

    def _hand_over(self, case_ref: str) -> None:
        from .handover import open_export

        open_export(self.window(), case_ref)

    def edit_case(self, case_id: str) -> None:
        vault = self.session.vault
        if vault is None:
            return
        try:
            case = vault.cases.get(case_id)
        except LiaisonError as exc:
            self.view._show_message(str(exc), "error")
            return
        self.editor.load(case)
        self.right.setCurrentWidget(self.editor)
        self.editor.title_edit.setFocus()

    def _editor_saved(self, changes: Changes) -> None:
        case_id = changes.id or self.editor.case_id
        self._apply_changes(changes)
        if case_id:
            if changes.created:
                self.show_case(case_id)  # a new case opens: the officer consults it
                if self.list_view is not None:
                    self.list_view.select_id(case_id)
            else:
                self.view.reload() if self.view.case_id == case_id else self.show_case(case_id)
                self.right.setCurrentWidget(self.view)

    def _editor_cancelled(self) -> None:
        self.right.setCurrentWidget(self.view if self.view.case is not None else self.nothing)

    def _apply_changes(self, changes: Changes) -> None:
        """Refresh exactly what a write names: a new case re-queries the list, changed ones are re-read."""
        if self.model is None:
            return
        if any(rt == "case" for rt, _id in changes.created):
            self.model.reset()
        ids = [rid for rt, rid in changes.updated if rt == "case"]
        if ids:
            self.model.refresh_ids(ids)
        self._recount()

    def _open_person(self, person_id: str) -> None:
        """Ask the window to show a person (the persons page's open_record)."""
        window = self.window()
        pages = getattr(window, "pages", {})
        page = pages.get("persons") if isinstance(pages, dict) else None
        if page is not None and hasattr(page, "open_record"):
            window.show_section("persons")
            page.open_record("person", person_id)

    def _new_person(self, case_id: str) -> None:
        """Create a person linked to this case, in the Persons section's editor."""
        window = self.window()
        pages = getattr(window, "pages", {})
        page = pages.get("persons") if isinstance(pages, dict) else None
        if page is not None and hasattr(page, "new_person"):
            window.show_section("persons")
            page.new_person(case_id)

    # ================================================================== splitter
    def _save_splitter(self) -> None:
        if self._settings is not None:
            self._settings.setValue("cases/splitter", self.splitter.saveState())

    def _restore_splitter(self) -> None:
        state = self._settings.value("cases/splitter") if self._settings is not None else None
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([520, 680])
