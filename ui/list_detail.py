"""The list-in-the-middle, record-on-the-right page shared by Cases and Persons: its frame (heading, New
button, the list | record splitter remembered on this machine), how it loads, empties itself before a lock,
follows the list's selection, refreshes what a write names, and counts for the navigation column."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from liaison.changes import Changes
from liaison.errors import LiaisonError

from . import style
from .sections import SectionPage


class ListDetailPage(SectionPage):
    """Subclasses call :meth:`_build_frame` and provide ``_build_list()`` (which calls
    :meth:`_restore_splitter`), ``_count_rows() -> int``, ``_view_show(record_id, for_case)`` (which raises a
    LiaisonError for a record it cannot show) and ``_view_record_id() -> str | None``. The list view and its
    model exist only while the vault is open."""

    record_type = ""  # "case": what the page lists, as in Changes
    store = ""  # "cases": the vault's store of that record type
    default_sizes = (520, 680)  # the splitter, before the officer moves it

    list_view = None
    model = None
    _count: int | None = None
    _settings = None
    _for_case: str | None = None  # while open_record shows a record opened from a case

    def _build_frame(self, *, heading: str, new_text: str, new_tip: str, new_slot: Callable[[], None],
                     nothing_text: str, view: QWidget, editor: QWidget) -> None:
        self.heading = style.label(heading, "title", wrap=False)
        self.new_button = QPushButton(new_text, self)
        self.new_button.setToolTip(new_tip)
        self.new_button.clicked.connect(lambda: new_slot())
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.store}Splitter")
        self.splitter.setChildrenCollapsible(False)
        self.list_holder = QWidget(self.splitter)
        self.list_layout = QVBoxLayout(self.list_holder)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.right = QStackedWidget(self.splitter)
        self.nothing = style.label(nothing_text, "muted")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view, self.editor = view, editor
        for w in (self.nothing, view, editor):
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
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, lambda: new_slot(),
                                      Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- the splitter ------------------------------------------------------------------------------
    def _save_splitter(self) -> None:
        if self._settings is not None:
            self._settings.setValue(f"{self.store}/splitter", self.splitter.saveState())

    def _restore_splitter(self) -> None:
        state = self._settings.value(f"{self.store}/splitter") if self._settings is not None else None
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes(list(self.default_sizes))

    # -- SectionPage -------------------------------------------------------------------------------
    def _count_rows(self) -> int:
        raise NotImplementedError

    def _recount(self) -> None:
        self._count = self._count_rows()

    def load(self) -> None:
        if self.list_view is None:
            self._build_list()
        else:
            assert self.model is not None
            self.model.reset()
        self._recount()

    def clear(self) -> None:
        self.view.clear()
        self.editor.start_new()  # the editor's fields are emptied too
        self.right.setCurrentWidget(self.nothing)
        if self.list_view is not None:
            self.list_layout.removeWidget(self.list_view)
            self.list_view.deleteLater()
            self.list_view = None
        if self.model is not None:
            self.model.deleteLater()
            self.model = None
        self._count = None

    def nav_count(self) -> int | None:
        return self._count or None

    def open_record(self, record_type: str, record_id: str, for_case: str | None = None) -> bool:
        """Select and show a record (the search popup's and the other pages' way in). ``for_case``: the case
        it is opened from, which the consultation's log gives as its justification."""
        if record_type != self.record_type:
            return False
        if self.list_view is None:
            self.refresh()
        assert self.list_view is not None
        try:
            rid = getattr(self.session.vault, self.store).resolve(record_id)
        except LiaisonError:
            return False
        self._for_case = for_case  # for the showing that the selection below may start
        try:
            if not self.list_view.select_id(rid) or self._view_record_id() != rid:
                self.show_record(rid)
        finally:
            self._for_case = None
        return True

    # -- the record on the right -------------------------------------------------------------------
    def _view_show(self, record_id: str, for_case: str | None = None) -> None:
        raise NotImplementedError

    def _view_record_id(self) -> str | None:
        raise NotImplementedError

    def show_record(self, record_id: str) -> None:
        """Open a record on the right (one consultation in the audit trail); a record that cannot be shown
        says why in its place."""
        for_case, self._for_case = self._for_case, None
        try:
            self._view_show(record_id, for_case)
        except LiaisonError as exc:
            self.nothing.setText(str(exc))
            self.right.setCurrentWidget(self.nothing)
            return
        self.right.setCurrentWidget(self.view)

    def _on_current(self, record_id: str) -> None:
        if not record_id:
            return
        if self.right.currentWidget() is self.editor and self.editor.is_dirty():
            return  # the editor keeps the officer's changes; opening another record waits for save or cancel
        if self._view_record_id() == record_id and self.right.currentWidget() is self.view:
            return
        self.show_record(record_id)

    def _apply_changes(self, changes: Changes) -> None:
        """Refresh exactly what a write names: a new record re-queries the list, changed ones are re-read."""
        if self.model is None:
            return
        if any(rt == self.record_type for rt, _id in changes.created):
            self.model.reset()
        ids = [rid for rt, rid in changes.updated if rt == self.record_type]
        if ids:
            self.model.refresh_ids(ids)
        self._recount()

    def _in_section(self, section: str, action: str, *args: Any) -> None:
        """Show another section of the window and call its page's ``action(*args)`` (open a person from a
        case, create one in a case)."""
        window = self.window()
        pages = getattr(window, "pages", {})
        page = pages.get(section) if isinstance(pages, dict) else None
        if page is not None and hasattr(page, action):
            window.show_section(section)
            getattr(page, action)(*args)
