"""The command palette (Ctrl+K, as in VS Code or Linear): type to find a record
or run an action.

A frameless panel over the top of the window holds a query field and a list:
actions whose title matches the text first ("Lock", "Go to Exchange log"...),
then the search results grouped by record type, as the search index ranks them.
The search runs on a worker thread, a moment after typing stops; a query that
the text has moved past is dropped when it comes back.

Snippets are plain text from the records. They are shown with the matched
words in bold by escaping every piece of record text first and adding the bold
tags around the matched ranges only, so that text such as ``<b>x</b>`` in a
record is shown literally, never interpreted.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError
from liaison.search import fold

from . import style
from .dashboard_page import SECTION_OF
from .widgets import DelayedBusy
from .worker import Task, run_in_background

log = logging.getLogger(__name__)

DEBOUNCE_MS = 200
PER_TYPE = 5
KindRole = int(Qt.ItemDataRole.UserRole) + 1  # "action", "record" or "header"
TargetRole = int(Qt.ItemDataRole.UserRole) + 2  # action name, or [record_type, record_id]

def _tr(text: str) -> str:
    return QCoreApplication.translate("CommandPalette", text)


def type_title(record_type: str) -> str:
    """The heading of a group of results (each string literal, for the translators' tools)."""
    titles = {
        "case": _tr("Cases"), "person": _tr("Persons"), "contact": _tr("Contacts"), "agency": _tr("Agencies"),
        "agreement": _tr("Agreements"), "exchange": _tr("Exchange log"), "attachment": _tr("Documents"),
        "document": _tr("Documents"),
    }
    return titles.get(record_type, record_type.replace("_", " ").capitalize())


@dataclass(frozen=True)
class PaletteAction:
    """Something the palette can run: ``name`` is what ``run_action`` emits,
    ``title`` what the officer reads and types, ``shortcut`` shown beside it."""

    name: str
    title: str
    shortcut: str = ""
    callback: Callable[[], None] | None = None


def emphasised(text: str, spans: list[list[int]] | list[tuple[int, int]]) -> str:
    """``text`` as safe rich text with ``spans`` ([start, end) offsets) in bold.
    Every piece of ``text`` is escaped; only our own tags are markup."""
    out, pos = [], 0
    for start, end in sorted((int(s), int(e)) for s, e in spans):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        out.append(html.escape(text[pos:start]))
        out.append("<b>" + html.escape(text[start:end]) + "</b>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", " ")


def matching_actions(actions: list[PaletteAction], text: str) -> list[PaletteAction]:
    """Actions whose title holds every word of ``text`` (folded: case and accents ignored)."""
    words = fold(text).split()
    if not words:
        return list(actions)
    return [a for a in actions if all(w in fold(a.title) for w in words)]


class CommandPalette(QFrame):
    """The palette. ``open_record(record_type, record_id)`` and
    ``run_action(name)`` say what the officer chose; the palette closes then."""

    open_record = Signal(str, str)
    run_action = Signal(str)
    results_ready = Signal()

    def __init__(self, search: Callable[[str], dict[str, list[dict[str, Any]]]] | None,
                 actions: list[PaletteAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Command palette"))
        self._search = search
        self.actions_list = list(actions)
        self.task: Task | None = None
        self._generation = 0
        self.searched_text = ""
        self.error_text = ""

        self.query = QLineEdit(self)
        self.query.setObjectName("paletteQuery")
        self.query.setPlaceholderText(self.tr("Search records or type a command (Up/Down, Enter, Esc)"))
        self.query.setAccessibleName(self.tr("Search records or commands"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("paletteResults")
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the query field
        self.results.setUniformItemSizes(False)
        # Long snippets are cut at the right edge rather than scrolled sideways.
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = style.label("", "muted")
        self.busy = DelayedBusy(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 10, 10, 10)
        box.setSpacing(6)
        box.addWidget(self.query)
        box.addWidget(self.busy)
        box.addWidget(self.results, 1)
        box.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_search)
        self.query.textChanged.connect(self._on_text)
        self.query.installEventFilter(self)
        self.results.itemClicked.connect(self._activate_item)
        self.results.currentItemChanged.connect(self._on_current_changed)
        self.hide()

    # ------------------------------------------------------------ open/close
    def open_palette(self) -> None:
        """Show over the parent window with the query selected."""
        parent = self.parentWidget()
        if parent is not None:
            width = max(420, min(720, parent.width() - 80))
            height = max(260, min(520, parent.height() - 120))
            self.setGeometry((parent.width() - width) // 2, 60, width, height)
        self.show()
        self.raise_()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
        if not self.query.text():
            self._show_results({}, "")

    def close_palette(self) -> None:
        """Hide and forget the results (they may name persons)."""
        self._timer.stop()
        self._cancel()
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self.results.clear()
        self.status.clear()
        self.searched_text = ""
        self.hide()

    # ------------------------------------------------------------- searching
    def _on_text(self, _text: str) -> None:
        self._cancel()
        self._show_results({}, "")  # actions at once; records when the search answers
        self._timer.start()

    def _cancel(self) -> None:
        self._generation += 1
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.busy.stop()

    def _start_search(self) -> None:
        text = self.query.text().strip()
        if not text or self._search is None:
            self.searched_text = text
            self.results_ready.emit()
            return
        self._cancel()
        generation = self._generation
        search = self._search
        self.busy.start(self.tr("Searching..."))
        self.task = run_in_background(
            lambda: search(text),
            lambda result: self._on_result(generation, text, result),
            lambda exc: self._on_error(generation, exc),
        )

    def _on_result(self, generation: int, text: str, result: dict[str, list[dict[str, Any]]]) -> None:
        if generation != self._generation or not self.isVisible():
            return
        self.task = None
        self.busy.stop()
        self.error_text = ""
        self._show_results(result, text)
        self.searched_text = text
        self.results_ready.emit()

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.task = None
        self.busy.stop()
        if isinstance(exc, LiaisonError):
            self.error_text = str(exc)
        else:
            log.error("palette search failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.error_text = self.tr("The search failed ({kind}).").format(kind=type(exc).__name__)
        self.status.setText(self.error_text)
        style.set_role(self.status, "error")
        self.results_ready.emit()

    # --------------------------------------------------------------- showing
    def _show_results(self, groups: dict[str, list[dict[str, Any]]], text: str) -> None:
        self.results.clear()
        actions = matching_actions(self.actions_list, self.query.text())
        if actions:
            self._header(self.tr("Actions"))
            for a in actions:
                shown = html.escape(a.title) + (f" &nbsp;·&nbsp; {html.escape(a.shortcut)}" if a.shortcut else "")
                self._entry("action", a.name, shown, a.title)
        records = 0
        for rtype, hits in groups.items():
            if not hits:
                continue
            self._header(type_title(rtype))
            for h in hits:
                title = emphasised(h.get("title") or "", h.get("title_spans") or [])
                ref = h.get("ref") or ""
                line = title + (f" &nbsp;·&nbsp; {html.escape(ref)}" if ref else "")
                snippet = h.get("snippet") or ""
                if snippet:
                    line += "<br><small>" + emphasised(snippet, h.get("spans") or []) + "</small>"
                plain = " ".join(x for x in (h.get("title") or "", ref, snippet) if x)
                self._entry("record", [h["record_type"], h["record_id"]], line, plain)
                records += 1
        style.set_role(self.status, "muted")
        if text:
            if records == 1:
                self.status.setText(self.tr("1 record found for this text."))
            elif records:
                self.status.setText(self.tr("{n} records found for this text.").format(n=records))
            else:
                self.status.setText(self.tr("No record matches this text."))
        else:
            self.status.setText(self.tr("Type to search every record: names in any script, references, "
                                        "summaries."))
        self._select_first()

    def _header(self, title: str) -> None:
        item = QListWidgetItem()
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(KindRole, "header")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.results.addItem(item)
        lab = QLabel("<b>" + html.escape(title) + "</b>")
        lab.setTextFormat(Qt.TextFormat.RichText)
        lab.setContentsMargins(4, 6, 4, 2)
        item.setSizeHint(lab.sizeHint())
        self.results.setItemWidget(item, lab)

    def _entry(self, kind: str, target: Any, rich: str, plain: str) -> None:
        item = QListWidgetItem()
        item.setData(KindRole, kind)
        item.setData(TargetRole, target)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, plain)
        item.setToolTip(plain)
        self.results.addItem(item)
        lab = QLabel(rich)
        lab.setTextFormat(Qt.TextFormat.RichText)
        lab.setContentsMargins(14, 3, 4, 3)
        lab.setWordWrap(False)
        item.setSizeHint(QSize(1, lab.sizeHint().height()))
        self.results.setItemWidget(item, lab)

    def label_of(self, row: int) -> QLabel | None:
        item = self.results.item(row)
        w = self.results.itemWidget(item) if item is not None else None
        return w if isinstance(w, QLabel) else None

    def entries(self) -> list[tuple[str, Any]]:
        """What the list offers, in order: (kind, target) of every selectable row."""
        out = []
        for i in range(self.results.count()):
            item = self.results.item(i)
            if item.data(KindRole) != "header":
                out.append((item.data(KindRole), item.data(TargetRole)))
        return out

    def _selectable(self, row: int) -> bool:
        item = self.results.item(row)
        return item is not None and item.data(KindRole) != "header"

    def _select_first(self) -> None:
        for i in range(self.results.count()):
            if self._selectable(i):
                self.results.setCurrentRow(i)
                return

    def step(self, step: int) -> None:
        """Up/Down: the next selectable row, skipping the group headings."""
        row = self.results.currentRow()
        i = row + step
        while 0 <= i < self.results.count():
            if self._selectable(i):
                self.results.setCurrentRow(i)
                self.results.scrollToItem(self.results.item(i))
                return
            i += step

    def _on_current_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        # The selection colour behind a label: its text follows the highlighted-text colour.
        for item, role in ((previous, QPalette.ColorRole.WindowText), (current, QPalette.ColorRole.HighlightedText)):
            w = self.results.itemWidget(item) if item is not None else None
            if isinstance(w, QLabel):
                pal = w.palette()
                pal.setColor(QPalette.ColorRole.WindowText, self.palette().color(role))
                w.setPalette(pal)

    # -------------------------------------------------------------- choosing
    def activate_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._activate_item(item)

    def _activate_item(self, item: QListWidgetItem) -> None:
        kind, target = item.data(KindRole), item.data(TargetRole)
        if kind == "action":
            name = str(target)
            action = next((a for a in self.actions_list if a.name == name), None)
            self.close_palette()
            self.run_action.emit(name)
            if action is not None and action.callback is not None:
                action.callback()
        elif kind == "record":
            record_type, record_id = str(target[0]), str(target[1])
            self.close_palette()
            self.open_record.emit(record_type, record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.query and event.type() == QEvent.Type.FocusOut:
            # Focus gone elsewhere in the window (a click outside, Tab): the palette steps aside.
            QTimer.singleShot(0, self._close_if_focus_left)
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Down:
                self.step(1)
                return True
            if key == Qt.Key.Key_Up:
                self.step(-1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # Enter before the debounce: search now, choose after
                    self._timer.stop()
                    self._start_search()
                    return True
                self.activate_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_palette()
                parent = self.parentWidget()
                if parent is not None:
                    parent.setFocus()
                return True
        return super().eventFilter(watched, event)


    def _close_if_focus_left(self) -> None:
        focus = QApplication.focusWidget()
        if self.isVisible() and focus is not None and focus is not self and not self.isAncestorOf(focus):
            self.close_palette()


# --------------------------------------------------------------------- window
def open_in_window(window: Any, record_type: str, record_id: str) -> None:
    """Show a record's section and ask its page to open it (when the page can)."""
    section = SECTION_OF.get(record_type)
    if section is None or not hasattr(window, "show_section"):
        return
    window.show_section(section)
    page = getattr(window, "pages", {}).get(section)
    opener = getattr(page, "open_record", None)
    if callable(opener):
        opener(record_type, record_id)


def window_actions(window: Any) -> list[PaletteAction]:
    """What the main window can do, as palette actions: lock, settings, and going
    to each section (with its Ctrl+N shortcut)."""
    actions = [PaletteAction("lock", _tr("Lock"), "Ctrl+L", lambda: window.lock("user"))]
    actions.append(PaletteAction("settings", _tr("Settings..."), "", lambda: open_settings(window)))
    for action in getattr(window, "section_actions", []):
        key = action.data()
        actions.append(PaletteAction(f"go:{key}", _tr("Go to {section}").format(section=action.text()),
                                     action.shortcut().toString(), lambda k=key: window.show_section(k)))
    return actions


def open_settings(window: Any) -> None:
    from .settings_dialog import SettingsDialog

    if not window.session.is_open:
        return
    dialog = SettingsDialog(window.session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the profile leaves memory with the dialog
    dialog.open()


def install_palette(window: Any, extra_actions: list[PaletteAction] | None = None) -> CommandPalette:
    """Give the window its palette and hand it Ctrl+K (the window's search action).
    Results are dropped when the vault locks."""
    session = window.session

    def search(text: str) -> dict[str, list[dict[str, Any]]]:
        vault = session.vault
        if vault is None or vault.is_locked:
            return {}
        return vault.search.query(text, limit_per_type=PER_TYPE)

    palette = CommandPalette(search, window_actions(window) + list(extra_actions or []), window)
    palette.open_record.connect(lambda rtype, rid: open_in_window(window, rtype, rid))
    session.locked.connect(lambda _reason: palette.close_palette())
    action = getattr(window, "search_action", None)
    if action is not None:
        action.triggered.disconnect()
        action.setToolTip(_tr("Search records or run a command (Ctrl+K)"))
        action.triggered.connect(lambda: palette.open_palette() if session.is_open else None)
    window.palette_widget = palette
    return palette
