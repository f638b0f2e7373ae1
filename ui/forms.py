"""Forms for record editors: labelled fields in sections, required fields marked,
errors under the field in words, Save enabled only when the required fields are
filled, Ctrl+S to save and Esc to cancel (asking before changes are thrown away).

The form holds no business rule: the core validates and raises
:class:`liaison.errors.ValidationError` naming the field; the form shows the
message under that field.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError, ValidationError

from .widgets import DelayedBusy
from .worker import Task, run_in_background

T = TypeVar("T")

REQUIRED_MARK = " *"
ERROR_PREFIX = "Error:"


def error_colour(palette: QPalette) -> QColor:
    """Red with at least 4.5:1 contrast on the window colour, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#FF8A80") if dark else QColor("#B3261E")


def muted_colour(palette: QPalette) -> QColor:
    """Help text: quieter than the body text but still readable."""
    return palette.color(QPalette.ColorRole.PlaceholderText)


# -- reading and writing any field widget ---------------------------------------------------------


def widget_value(widget: QWidget) -> Any:
    """The value a field widget stands for: pickers' ``value()``, a line's text,
    a combo's data (else its text), a check box's state, a date as ``date``."""
    if isinstance(widget, QDateTimeEdit) and not hasattr(widget, "value_changed"):
        if isinstance(widget, QDateEdit):
            d = widget.date()
            return date(d.year(), d.month(), d.day())
        return widget.dateTime().toPython()
    value = getattr(widget, "value", None)
    if callable(value):
        return value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if data is not None else (widget.currentText() if widget.isEditable() else None)
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    raise TypeError(f"the form cannot read a {type(widget).__name__}; give it a value() method")


def set_widget_value(widget: QWidget, value: Any) -> None:
    """Show ``value`` in a field widget (the inverse of :func:`widget_value`)."""
    if isinstance(widget, QDateTimeEdit) and not hasattr(widget, "value_changed"):
        if isinstance(value, datetime):
            widget.setDateTime(QDateTime(value))
        elif isinstance(value, date):
            widget.setDate(QDate(value.year, value.month, value.day))
        return
    setter = getattr(widget, "setValue", None)
    if callable(setter):
        setter(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and value is not None:
            index = widget.findText(str(value))
        if index < 0 and widget.isEditable():
            widget.setEditText("" if value is None else str(value))
        else:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QAbstractButton) and widget.isCheckable():
        widget.setChecked(bool(value))
    else:
        raise TypeError(f"the form cannot set a {type(widget).__name__}; give it a setValue() method")


def _connect_changed(widget: QWidget, slot: Callable[..., None]) -> None:
    """Call ``slot`` whenever the widget's value may have changed."""
    signal = getattr(widget, "value_changed", None)
    if signal is not None:
        signal.connect(slot)
    elif isinstance(widget, QLineEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QDateTimeEdit):
        widget.dateTimeChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)
    else:
        raise TypeError(f"the form cannot watch a {type(widget).__name__}; give it a value_changed signal")


def is_filled(value: Any) -> bool:
    """A required field is filled when it holds something other than blanks."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple, set, dict)):
        return bool(value)
    return True


def _strip_field_prefix(message: str, keys: Iterable[str]) -> str:
    """The core writes "country: 'XX' is not..."; under the Country field the prefix is noise."""
    for key in keys:
        prefix = f"{key}: "
        if message.startswith(prefix):
            rest = message[len(prefix) :]
            return rest[:1].upper() + rest[1:]
    return message


@dataclass
class FieldRow:
    key: str
    label: QLabel
    widget: QWidget
    required: bool
    help_label: QLabel | None
    error_box: QWidget
    error_label: QLabel
    error_keys: tuple[str, ...] = field(default_factory=tuple)


class FormSection(QGroupBox):
    """A titled group of labelled fields. ``changed`` fires when any value changes
    or a field is added."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._rows: dict[str, FieldRow] = {}
        self._clean: dict[str, Any] = {}
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

    def add_field(
        self,
        key: str,
        label: str,
        widget: QWidget,
        required: bool = False,
        help: str | None = None,
        *,
        error_keys: Iterable[str] = (),
    ) -> QWidget:
        """Add a labelled field. ``error_keys`` are other field names the core may
        use for this widget (e.g. ``h3_text`` for a handling picker)."""
        if key in self._rows:
            raise ValueError(f"the form already has a field {key!r}")
        label_widget = QLabel(self.tr("{label}:").format(label=label + (REQUIRED_MARK if required else "")), self)
        label_widget.setBuddy(widget)
        if required:
            label_widget.setToolTip(self.tr("Required"))
        widget.setAccessibleName(label)
        if required:
            widget.setAccessibleDescription(self.tr("Required"))
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        widget.setParent(cell)
        column.addWidget(widget)
        help_label = None
        if help:
            help_label = QLabel(help, cell)
            help_label.setWordWrap(True)
            pal = help_label.palette()
            pal.setColor(QPalette.ColorRole.WindowText, muted_colour(self.palette()))
            help_label.setPalette(pal)
            column.addWidget(help_label)
        error_box = QWidget(cell)
        error_row = QHBoxLayout(error_box)
        error_row.setContentsMargins(0, 0, 0, 0)
        error_row.setSpacing(4)
        icon = QLabel(error_box)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAccessibleName(self.tr("Error"))
        error_label = QLabel(error_box)
        error_label.setWordWrap(True)
        error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pal = error_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, error_colour(self.palette()))
        error_label.setPalette(pal)
        error_row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        error_row.addWidget(error_label, 1)
        error_box.setVisible(False)
        column.addWidget(error_box)
        self._layout.addRow(label_widget, cell)
        row = FieldRow(key, label_widget, widget, required, help_label, error_box, error_label, tuple(error_keys))
        self._rows[key] = row
        self._clean[key] = copy.deepcopy(widget_value(widget))
        _connect_changed(widget, lambda *_a, k=key: self._on_changed(k))
        self.changed.emit()  # a new required field changes whether the form can be saved
        return widget

    # -- reading -----------------------------------------------------------------------------------

    def keys(self) -> list[str]:
        return list(self._rows)

    def field(self, key: str) -> QWidget:
        return self._rows[key].widget

    def row(self, key: str) -> FieldRow:
        return self._rows[key]

    def value(self, key: str) -> Any:
        return widget_value(self._rows[key].widget)

    def values(self) -> dict[str, Any]:
        return {key: widget_value(row.widget) for key, row in self._rows.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Fill the fields named in ``values`` (others are left alone)."""
        for key, value in values.items():
            if key in self._rows:
                set_widget_value(self._rows[key].widget, value)

    def has_required(self) -> bool:
        return any(row.required for row in self._rows.values())

    def missing_required(self) -> list[str]:
        return [k for k, row in self._rows.items() if row.required and not is_filled(widget_value(row.widget))]

    def is_dirty(self) -> bool:
        return any(widget_value(row.widget) != self._clean[key] for key, row in self._rows.items())

    def mark_clean(self) -> None:
        """The current values are the saved ones."""
        self._clean = {key: copy.deepcopy(widget_value(row.widget)) for key, row in self._rows.items()}

    def revert(self) -> None:
        """Back to the values last marked clean."""
        self.set_values(copy.deepcopy(self._clean))

    # -- errors ------------------------------------------------------------------------------------

    def owner_of(self, error_field: str) -> str | None:
        """The key of the field that shows errors about ``error_field``."""
        if error_field in self._rows:
            return error_field
        return next((k for k, row in self._rows.items() if error_field in row.error_keys), None)

    def show_errors(self, errors: Mapping[str, str]) -> list[str]:
        """Show each message under its field; returns the fields this section does not hold."""
        unplaced = []
        for error_field, message in errors.items():
            key = self.owner_of(error_field)
            if key is None:
                unplaced.append(error_field)
                continue
            row = self._rows[key]
            text = _strip_field_prefix(message, (error_field, key, *row.error_keys))
            row.error_label.setText(self.tr("Error: {message}").format(message=text))
            row.error_box.setVisible(True)
            row.widget.setAccessibleDescription(self.tr("Error: {message}").format(message=text))
        return unplaced

    def error(self, key: str) -> str | None:
        """The message shown under ``key`` (without the prefix), None when there is none."""
        row = self._rows[key]
        if row.error_box.isHidden():
            return None
        prefix = self.tr("Error: {message}").format(message="")  # ERROR_PREFIX in the interface language
        return row.error_label.text().removeprefix(prefix.strip()).strip()

    def clear_errors(self, keys: Iterable[str] | None = None) -> None:
        for key in list(keys) if keys is not None else list(self._rows):
            row = self._rows[key]
            row.error_label.clear()
            row.error_box.setVisible(False)
            row.widget.setAccessibleDescription(self.tr("Required") if row.required else "")

    def _on_changed(self, key: str) -> None:
        # An edited field's old complaint no longer holds; the next save decides.
        if not self._rows[key].error_box.isHidden():
            self.clear_errors([key])
        self.changed.emit()


def _default_confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask through the app's dialog seam (tests queue answers there); a plain
    QMessageBox when the seam is not there."""
    try:
        from ui import dialogs
    except ImportError:  # pragma: no cover - the seam ships with the app
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard
    return dialogs.confirm(parent, title, text, destructive=True)


class RecordEditor(QWidget):
    """The base of every record editor: sections of fields, Save and Cancel.

    ``save_requested(values)`` is emitted by Save or Ctrl+S when the required fields
    are filled; the caller runs the core (see :meth:`run_save`). Esc or Cancel asks
    ``confirm(parent, title, text) -> bool`` before throwing changes away, then
    reverts and emits ``cancelled``.
    """

    save_requested = Signal(dict)
    cancelled = Signal()
    dirty_changed = Signal(bool)

    def __init__(
        self,
        title: str = "",
        *,
        confirm: Callable[[QWidget | None, str, str], bool] | None = None,
        record_label: str = "this record",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._confirm = confirm or _default_confirm
        self._record_label = record_label
        self._sections: list[FormSection] = []
        self._was_dirty = False

        self.title_label = QLabel(title, self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setVisible(bool(title))
        self.required_note = QLabel(self.tr("Fields marked{mark} are required.").format(mark=REQUIRED_MARK), self)
        self.required_note.setVisible(False)
        self.banner = QLabel(self)  # errors that belong to no field
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pal = self.banner.palette()
        pal.setColor(QPalette.ColorRole.WindowText, error_colour(self.palette()))
        self.banner.setPalette(pal)

        self._body = QWidget(self)
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Fields shrink rather than scroll sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._body)
        self.scroll_area = scroll

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setToolTip(self.tr("Save ({shortcut})").format(
            shortcut=QKeySequence(QKeySequence.StandardKey.Save).toString()))
        self.cancel_button.setToolTip(self.tr("Cancel (Esc)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.required_note)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        self.busy = DelayedBusy(self)  # a save that takes more than a moment (run_save_in_background)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.save_task: Task | None = None

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save, context)
        self.cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel, context)
        self._update_state()

    # -- building ----------------------------------------------------------------------------------

    def add_section(self, title: str) -> FormSection:
        section = FormSection(title, self._body)
        self._body_layout.insertWidget(self._body_layout.count() - 1, section)
        self._sections.append(section)
        section.changed.connect(self._update_state)
        return section

    @property
    def sections(self) -> list[FormSection]:
        return list(self._sections)

    def field(self, key: str) -> QWidget:
        return self._section_of(key).field(key)

    # -- values ------------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for section in self._sections:
            merged.update(section.values())
        return merged

    def set_values(self, values: Mapping[str, Any], *, clean: bool = True) -> None:
        """Show a record's values; by default they count as saved (not dirty)."""
        for section in self._sections:
            section.set_values(values)
        if clean:
            self.mark_clean()
        self._update_state()

    def is_dirty(self) -> bool:
        return any(s.is_dirty() for s in self._sections)

    def mark_clean(self) -> None:
        for section in self._sections:
            section.mark_clean()
        self._update_state()

    def missing_required(self) -> list[str]:
        return [k for s in self._sections for k in s.missing_required()]

    def can_save(self) -> bool:
        return not self.missing_required()

    # -- errors ------------------------------------------------------------------------------------

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Messages under their fields; those for no field go in the banner above the form."""
        remaining = dict(errors)
        for section in self._sections:
            unplaced = set(section.show_errors(remaining))
            remaining = {k: v for k, v in remaining.items() if k in unplaced}
        if remaining:
            self._show_banner(" ".join(remaining.values()))
        first = next((k for k in errors if self._owner(k)), None)
        if first:
            self.field(self._owner(first)).setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, exc: LiaisonError) -> None:
        """A core error: a ValidationError naming a field goes under it, anything else in the banner."""
        if isinstance(exc, ValidationError) and exc.field and self._owner(exc.field):
            self.show_errors({exc.field: str(exc)})
        else:
            self._show_banner(str(exc))

    def error(self, key: str) -> str | None:
        return self._section_of(key).error(key)

    def banner_text(self) -> str | None:
        return None if self.banner.isHidden() else self.banner.text()

    def clear_errors(self) -> None:
        for section in self._sections:
            section.clear_errors()
        self.banner.clear()
        self.banner.setVisible(False)

    # -- actions -----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Emit ``save_requested`` when the required fields are filled; else say which are missing."""
        if self.saving:
            return False
        missing = self.missing_required()
        if missing:
            self.show_errors({k: self.tr("This field is required; fill it in to save.") for k in missing})
            return False
        self.save_requested.emit(self.values())
        return True

    def run_save(self, write: Callable[[dict[str, Any]], T]) -> T | None:
        """Run ``write(values)`` (a call on the core). A ValidationError is shown under
        its field and nothing is marked saved; on success the form is clean."""
        self.clear_errors()
        try:
            result = write(self.values())
        except LiaisonError as exc:
            self.show_error(exc)
            return None
        self.mark_clean()
        return result

    def run_save_in_background(self, write: Callable[[], T], on_saved: Callable[[T], None], *,
                               busy_text: str = "") -> Task:
        """:meth:`run_save` for a write that takes more than a moment (files to read, check and
        encrypt): ``write()`` runs on the thread pool, so it must not touch a widget (read the form
        before). Meanwhile the form is read-only and, after half a second, a busy line says what is
        happening. Then, on the main thread: a core error goes under its field or in the banner and
        nothing is marked saved; on success the form is clean and ``on_saved(result)`` runs."""
        self.clear_errors()
        self._set_saving(True, busy_text or self.tr("Saving…"))

        def done(result: T) -> None:
            if not shiboken6.isValid(self):
                return  # the editor went while the save ran (its window was closed): the record is saved
            self._set_saving(False)
            self.mark_clean()
            on_saved(result)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_saving(False)
            if isinstance(exc, LiaisonError):
                self.show_error(exc)
            else:  # the vault was locked or closed under the save, or a bug: say so, keep the form as it is
                self._show_banner(self.tr("Nothing was saved ({why}). Your changes are still in the form.").format(
                    why=str(exc) or type(exc).__name__))

        self.save_task = run_in_background(write, done, failed, write=True)
        return self.save_task

    @property
    def saving(self) -> bool:
        """Whether a save runs in the background (:meth:`run_save_in_background`)."""
        return self.save_task is not None and self.save_task.running

    def _set_saving(self, saving: bool, text: str = "") -> None:
        self._body.setEnabled(not saving)
        self.buttons.setEnabled(not saving)
        self.save_shortcut.setEnabled(not saving)
        self.cancel_shortcut.setEnabled(not saving)
        if saving:
            self.busy.start(text)
        else:
            self.busy.stop()
            self.save_task = None
            self._update_state()

    def cancel(self) -> bool:
        """Throw the changes away after asking; False when the officer keeps editing."""
        if self.saving:
            return False  # the write is under way: it finishes (or fails) on its own
        if self.is_dirty():
            title = self.tr("Discard changes?")
            text = self.tr("Your changes to {record} have not been saved and will be lost.").format(
                record=self._record_label)
            if not self._confirm(self, title, text):
                return False
            for section in self._sections:
                section.revert()
        self.clear_errors()
        self._update_state()
        self.cancelled.emit()
        return True

    # -- internals ---------------------------------------------------------------------------------

    def _owner(self, error_field: str) -> str | None:
        for section in self._sections:
            key = section.owner_of(error_field)
            if key:
                return key
        return None

    def _section_of(self, key: str) -> FormSection:
        for section in self._sections:
            if key in section.keys():
                return section
        raise KeyError(key)

    def _show_banner(self, message: str) -> None:
        self.banner.setText(self.tr("Error: {message}").format(message=message))
        self.banner.setVisible(True)

    def _update_state(self) -> None:
        missing = self.missing_required()
        self.save_button.setEnabled(not missing)
        if missing:
            labels = [
                self._section_of(k).row(k).label.text().removesuffix(":").rstrip("\u00a0").removesuffix(REQUIRED_MARK) for k in missing
            ]
            self.save_button.setToolTip(self.tr("To save, fill in: {fields}").format(fields=", ".join(labels)))
        else:
            self.save_button.setToolTip(self.tr("Save ({shortcut})").format(
            shortcut=QKeySequence(QKeySequence.StandardKey.Save).toString()))
        self.required_note.setVisible(any(s.has_required() for s in self._sections))
        dirty = self.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)
