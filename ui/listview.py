"""The list every section of the workspace shows: a filter bar, a table over a
:class:`~ui.models.PagedTableModel`, and an empty state that says what the list
holds and offers the first action.

Per-machine UI state (which columns, their widths and order, the sort) is kept in
``QSettings`` under a key the caller gives, as KeePassXC keeps its UI state: it
holds column keys, never record content.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison import handling as core_handling

from .flow_layout import FlowLayout, group
from .forms import error_colour
from .models import HANDLING, PagedTableModel, RecordIdRole

log = logging.getLogger(__name__)

FILTER_DELAY_MS = 250  # typing pauses this long before the list asks the core again
TEXT_FILTER = "text"  # the filter key of the filter bar's text


@dataclass
class ComboFilter:
    """A combo in the filter bar. ``choices`` are (shown text, value); the first is
    usually ("All", None), and a None value puts no filter on ``key``."""

    key: str
    label: str
    choices: Sequence[tuple[str, Any]]


@dataclass
class EmptyState:
    """What an empty list says and offers, e.g. ``EmptyState("No contacts yet.",
    "Add your first counterpart, or import a vCard.", [("Add contact", add), ("Import vCard…", imp)])``."""

    title: str
    text: str = ""
    actions: Sequence[tuple[str, Callable[[], None]]] = field(default_factory=tuple)


class HandlingDelegate(QStyledItemDelegate):
    """Paints "TLP:RED H2" with the TLP label in its colour on black (FIRST TLP 2.0,
    DOMAIN.md) and the rest as plain text. The words are always there: never colour alone."""

    @staticmethod
    def badge(text: str) -> tuple[str, str, str] | None:
        """What the cell shows: ``(TLP label, its colour, the rest)`` drawn as a badge, or None for plain text."""
        tokens = text.split()
        if not tokens or tokens[0] not in core_handling.tlp_labels():
            return None
        colour = core_handling.tlp_colour(tokens[0])
        return (tokens[0], colour, " ".join(tokens[1:])) if colour else None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        badge_parts = self.badge(str(index.data() or ""))
        if badge_parts is None:
            super().paint(painter, option, index)
            return
        label, colour, rest = badge_parts
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(4, 2, -4, -2)
        badge = rect.adjusted(0, 0, 0, 0)
        badge.setWidth(min(opt.fontMetrics.horizontalAdvance(label) + 10, rect.width()))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        painter.drawRoundedRect(badge, 3, 3)
        painter.setFont(opt.font)
        painter.setPen(QColor(colour))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        if rest:
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            painter.setPen(opt.palette.color(role))
            after = rect.adjusted(badge.width() + 6, 0, 0, 0)
            painter.drawText(after, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, rest)
        painter.restore()


class _Table(QTableView):
    """A table where Enter opens the current record (a double-click too)."""

    activated_record = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier) == Qt.KeyboardModifier.NoModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            record_id = self.currentIndex().data(RecordIdRole) if self.currentIndex().isValid() else None
            if record_id:
                self.activated_record.emit(str(record_id))
                event.accept()
                return
        super().keyPressEvent(event)


class RecordListView(QWidget):
    """A filterable, sortable list of records.

    Signals: ``open_record(id)`` on Enter or double-click; ``current_changed(id)``
    when the selection moves (``""`` for none); ``filters_changed(dict)`` when the
    filters sent to the model change.
    """

    open_record = Signal(str)
    current_changed = Signal(str)
    filters_changed = Signal(dict)

    def __init__(
        self,
        model: PagedTableModel,
        *,
        settings: QSettings | None = None,
        settings_key: str = "",
        empty: EmptyState | None = None,
        combos: Sequence[ComboFilter] = (),
        filter_placeholder: str = "",
        filter_delay_ms: int = FILTER_DELAY_MS,
        wrap_filters: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``wrap_filters``: the filter bar wraps onto a second line where it does not fit (each combo stays
        with its label), for a list in a narrow pane with many filters."""
        super().__init__(parent)
        self._model = model
        self._settings = settings
        self._key = settings_key.strip("/")
        self._empty = empty or EmptyState(self.tr("Nothing here yet."))
        self._restoring = False

        # Filter bar
        self.filter_edit = QLineEdit(self)
        filter_placeholder = filter_placeholder or self.tr("Filter")
        self.filter_edit.setPlaceholderText(filter_placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(filter_placeholder)
        self._combos: dict[str, QComboBox] = {}
        if wrap_filters:
            bar: QHBoxLayout | FlowLayout = FlowLayout(spacing=10)
            bar.addWidget(self.filter_edit)
        else:
            bar = QHBoxLayout()
            bar.setContentsMargins(0, 0, 0, 0)
            bar.addWidget(self.filter_edit, 1)
        self._bar = bar
        for spec in combos:
            combo = QComboBox(self)
            for text, value in spec.choices:
                combo.addItem(text, value)
            combo.setAccessibleName(spec.label)
            combo.setToolTip(spec.label)
            label = QLabel(self.tr("{label}:").format(label=spec.label), self)
            label.setBuddy(combo)
            if wrap_filters:
                bar.addWidget(group(self, label, combo))
            else:
                bar.addWidget(label)
                bar.addWidget(combo)
            combo.currentIndexChanged.connect(self.apply_filters)
            self._combos[spec.key] = combo
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(filter_delay_ms)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filters)
        self.filter_edit.installEventFilter(self)

        # Message line for fetch errors (words, not only colour)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.error_label.setAccessibleName(self.tr("List error"))
        pal = self.error_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, error_colour(self.palette()))
        self.error_label.setPalette(pal)

        # Table
        self.table = _Table(self)
        self.table.setModel(model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact rows
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._popup_column_menu)
        self._delegates = []
        for i, col in enumerate(model.columns):
            if col.kind == HANDLING:
                delegate = HandlingDelegate(self.table)
                self.table.setItemDelegateForColumn(i, delegate)
                self._delegates.append(delegate)
        self.table.activated_record.connect(self.open_record)
        self.table.doubleClicked.connect(self._on_double_click)

        # Empty state
        self.empty_widget = QWidget(self)
        self.empty_title = QLabel(self.empty_widget)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_text = QLabel(self.empty_widget)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.empty_buttons: list[QPushButton] = []
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for i, (text, callback) in enumerate(self._empty.actions):
            button = QPushButton(text, self.empty_widget)
            button.setDefault(i == 0)
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            buttons.addWidget(button)
            self.empty_buttons.append(button)
        buttons.addStretch(1)
        self.clear_filter_button = QPushButton(self.tr("Clear the filter"), self.empty_widget)
        self.clear_filter_button.clicked.connect(self.clear_filters)
        buttons.insertWidget(1, self.clear_filter_button)
        empty_layout = QVBoxLayout(self.empty_widget)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stack, 1)

        # Defaults from the columns, then what this machine remembered
        for i, col in enumerate(model.columns):
            if col.width:
                header.resizeSection(i, col.width)
            header.setSectionHidden(i, not col.visible)
        self.restore_state()
        self._sync_sort_indicator()
        self.table.setSortingEnabled(True)

        model.modelReset.connect(self._update_empty_state)
        model.rowsInserted.connect(self._update_empty_state)
        model.rowsRemoved.connect(self._update_empty_state)
        model.fetch_failed.connect(self._show_error)
        model.loaded.connect(self._clear_error)
        header.sectionResized.connect(self._on_section_resized)
        header.sectionMoved.connect(lambda *_a: self.save_state())
        header.sortIndicatorChanged.connect(lambda *_a: self.save_state())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        if model.last_error:
            self._show_error(model.last_error)
        self._update_empty_state()

    # -- public API ---------------------------------------------------------------------------

    @property
    def model(self) -> PagedTableModel:
        return self._model

    def current_filters(self) -> dict[str, Any]:
        """The filters the bar stands for now: the text (stripped, when any) and each combo's value."""
        filters: dict[str, Any] = {}
        text = self.filter_edit.text().strip()
        if text:
            filters[TEXT_FILTER] = text
        for key, combo in self._combos.items():
            value = combo.currentData()
            if value is not None:
                filters[key] = value
        return filters

    def apply_filters(self) -> None:
        """Send the bar's filters to the model now (typing waits ``filter_delay_ms`` first)."""
        self._filter_timer.stop()
        filters = self.current_filters()
        if filters == self._model.filters and self._model.last_error is None:
            return
        self._model.set_filters(filters)
        self.filters_changed.emit(filters)

    def clear_filters(self) -> None:
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        for combo in self._combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    def combo(self, key: str) -> QComboBox:
        return self._combos[key]

    def combos(self) -> list[QComboBox]:
        """The filter combos, in the order of the bar."""
        return list(self._combos.values())

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [rid for rid in (self._model.record_id(r) for r in rows) if rid]

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(RecordIdRole) if index.isValid() else None

    def select_id(self, record_id: str) -> bool:
        """Make ``record_id`` current when it is loaded; False when it is not."""
        row = self._model.row_for_id(record_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self._model.index(row, 0))
        return True

    def is_empty_state_shown(self) -> bool:
        return self.stack.currentWidget() is self.empty_widget

    def visible_column_keys(self) -> list[str]:
        header = self.table.horizontalHeader()
        cols = self._model.columns
        order = sorted(range(len(cols)), key=header.visualIndex)
        return [cols[i].key for i in order if not header.isSectionHidden(i)]

    def set_column_visible(self, key: str, visible: bool) -> None:
        """Show or hide a column; the last visible column cannot be hidden."""
        index = self._model.column_index(key)
        if index < 0:
            raise KeyError(key)
        header = self.table.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1 and not header.isSectionHidden(index):
            return
        header.setSectionHidden(index, not visible)
        if visible and header.sectionSize(index) < 20:
            header.resizeSection(index, self._model.columns[index].width or header.defaultSectionSize())
        self.save_state()

    def column_menu(self) -> QMenu:
        """The header's right-click menu: one checkable entry per column, and a reset."""
        menu = QMenu(self)
        menu.setTitle(self.tr("Columns"))
        header = self.table.horizontalHeader()
        visible_count = header.count() - header.hiddenSectionCount()
        for i, col in enumerate(self._model.columns):
            action = QAction(col.title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setData(col.key)
            # Keep at least one column: its entry cannot be unchecked.
            action.setEnabled(header.isSectionHidden(i) or visible_count > 1)
            action.toggled.connect(lambda checked, key=col.key: self.set_column_visible(key, checked))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset columns"))
        reset.triggered.connect(self.reset_columns)
        return menu

    def _popup_column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def reset_columns(self) -> None:
        """Back to the columns, widths and order the list was designed with."""
        header = self.table.horizontalHeader()
        self._restoring = True
        try:
            for i, col in enumerate(self._model.columns):
                header.moveSection(header.visualIndex(i), i)
                header.setSectionHidden(i, not col.visible)
                header.resizeSection(i, col.width or header.defaultSectionSize())
        finally:
            self._restoring = False
        self.save_state()

    # -- persistence ----------------------------------------------------------------------------

    def save_state(self) -> None:
        """Write columns (by key), widths, order and sort to QSettings."""
        if self._settings is None or self._restoring:
            return
        header = self.table.horizontalHeader()
        cols = self._model.columns
        state = {
            "hidden": [c.key for i, c in enumerate(cols) if header.isSectionHidden(i)],
            "widths": {c.key: header.sectionSize(i) for i, c in enumerate(cols) if not header.isSectionHidden(i)},
            "order": [cols[i].key for i in sorted(range(len(cols)), key=header.visualIndex)],
            "sort": self._model.sort_key,
            "descending": self._model.descending,
        }
        # One JSON value: INI files turn one-element lists into strings, JSON keeps types.
        self._settings.setValue(self._setting_name(), json.dumps(state, sort_keys=True))

    def restore_state(self) -> None:
        if self._settings is None:
            return
        raw = self._settings.value(self._setting_name())
        if not raw:
            return
        try:
            state = json.loads(str(raw))
            if not isinstance(state, dict):
                raise ValueError("not an object")
        except ValueError:
            log.warning("ignoring unreadable list settings under %s", self._setting_name())
            return
        header = self.table.horizontalHeader()
        cols = self._model.columns
        self._restoring = True
        try:
            order = [k for k in state.get("order", []) if isinstance(k, str)]
            for visual, key in enumerate(k for k in order if self._model.column_index(k) >= 0):
                header.moveSection(header.visualIndex(self._model.column_index(key)), visual)
            hidden = set(state.get("hidden", []))
            for i, col in enumerate(cols):
                header.setSectionHidden(i, col.key in hidden)
            if header.hiddenSectionCount() >= header.count():
                header.setSectionHidden(0, False)
            widths = state.get("widths", {})
            if isinstance(widths, Mapping):
                for key, width in widths.items():
                    i = self._model.column_index(key)
                    if i >= 0 and isinstance(width, int) and 10 <= width <= 5000:
                        header.resizeSection(i, width)
            sort = state.get("sort")
            descending = bool(state.get("descending", False))
            if isinstance(sort, str) and self._model.column_for_sort_key(sort) >= 0:
                self._model.set_sort(sort, descending)
        finally:
            self._restoring = False
        self._sync_sort_indicator()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the filter bar goes to the list, as in a mail client's search box."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down and self._model.rowCount() > 0:
                self.apply_filters()
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    # -- internals ----------------------------------------------------------------------------

    def _setting_name(self) -> str:
        return f"{self._key}/list_state" if self._key else "list_state"

    def _sync_sort_indicator(self) -> None:
        column = self._model.column_for_sort_key(self._model.sort_key)
        order = Qt.SortOrder.DescendingOrder if self._model.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.setSortIndicatorShown(column >= 0)

    def _on_section_resized(self, index: int, _old: int, new: int) -> None:
        if new > 0:  # hiding a section "resizes" it to 0: not a width to remember
            self.save_state()

    def _on_double_click(self, index: QModelIndex) -> None:
        record_id = index.data(RecordIdRole)
        if record_id:
            self.open_record.emit(str(record_id))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(str(current.data(RecordIdRole) or "") if current.isValid() else "")

    def _update_empty_state(self, *_args: object) -> None:
        empty = self._model.rowCount() == 0 and not self._model.has_more() and not self._model.last_error
        if empty:
            filtered = bool(self._model.filters)
            if filtered:
                self.empty_title.setText(self.tr("Nothing matches the filter."))
                self.empty_text.setText(self.tr("Change or clear the filter to see more."))
            else:
                self.empty_title.setText(self._empty.title)
                self.empty_text.setText(self._empty.text)
            self.empty_text.setVisible(bool(self.empty_text.text()))
            self.clear_filter_button.setVisible(filtered)
            for button in self.empty_buttons:
                button.setVisible(not filtered)
        self.stack.setCurrentWidget(self.empty_widget if empty else self.table)
        # Nothing to filter in a list that holds nothing yet: the bar would only distract.
        self._set_bar_visible(not (empty and not self._model.filters))

    def _set_bar_visible(self, visible: bool) -> None:
        for i in range(self._bar.count()):
            widget = self._bar.itemAt(i).widget()
            if widget is not None:
                widget.setVisible(visible)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(self.tr("Could not load the list: {message}").format(message=message))
        self.error_label.setVisible(True)
        self._update_empty_state()

    def _clear_error(self) -> None:
        if self._model.last_error is None:
            self.error_label.setVisible(False)
        self._update_empty_state()
