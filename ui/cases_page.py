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

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from liaison.changes import Changes
from liaison.errors import LiaisonError
from liaison.records.cases import ACTIVE_STATUSES, STATUSES, URGENCIES, offence_categories

from . import i18n
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
    record_type, store = "case", "cases"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(_tr("Cases"))
        self.model: PagedTableModel | None = None
        self.list_view: RecordListView | None = None
        self._settings: QSettings | None = None

        self._build_frame(heading=_tr("Cases"), new_text=_tr("New case"), new_tip=_tr("Create a case (Ctrl+N)"),
                          new_slot=self.new_case,
                          nothing_text=_tr("Select a case in the list, or create one with New case (Ctrl+N)."),
                          view=CaseView(session), editor=CaseEditor(session))

        self.view.edit_requested.connect(self.edit_case)
        self.view.request_requested.connect(self._new_request)
        self.view.handover_requested.connect(self._hand_over)
        self.view.changed.connect(self._apply_changes)
        self.view.open_person.connect(self._open_person)
        self.view.new_person.connect(self._new_person)
        self.editor.saved.connect(self._editor_saved)
        self.editor.cancelled.connect(self._editor_cancelled)

    # ================================================================== SectionPage
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

    def _view_show(self, record_id: str, for_case: str | None = None) -> None:
        self.view.show_case(record_id)

    def _view_record_id(self) -> str | None:
        return self.view.case_id

    # ================================================================== view and editor
    def show_case(self, case_id: str) -> None:
        """Open a case on the right (one consultation in the audit trail)."""
        self.show_record(case_id)

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

    def _open_person(self, person_id: str) -> None:
        """Show a person in the Persons section, consulted for this case (the audit trail says so)."""
        case_id = self.view.case_id
        self._in_section("persons", "open_record", "person", person_id, case_id)

    def _new_person(self, case_id: str) -> None:
        """Create a person linked to this case, in the Persons section's editor."""
        self._in_section("persons", "new_person", case_id)
