"""Table models over the core's keyset pages.

A list of 100,000 cases is never loaded whole: :class:`PagedTableModel` holds the
rows fetched so far and asks for the next page (one keyset query) when the view
scrolls near the end (``canFetchMore``/``fetchMore``). Sorting and filtering are
the core's job: changing either asks the fetch function again from the top.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication

from liaison.errors import LiaisonError, NotFound
from liaison.paging import Page

log = logging.getLogger(__name__)

RecordIdRole = int(Qt.ItemDataRole.UserRole) + 1
"""The record's id (ULID) for any cell of its row."""
RecordRole = int(Qt.ItemDataRole.UserRole) + 2
"""The whole row dict, for delegates and editors that need more than one value."""
SortKeyRole = int(Qt.ItemDataRole.UserRole) + 3
"""On the horizontal header: the core's sort key of the column (None when not sortable)."""

DEFAULT_PAGE_SIZE = 50

# Kinds of column: they decide the default alignment, formatting and font.
TEXT, NUMBER, DATE, DATETIME, REFERENCE = "text", "number", "date", "datetime", "reference"
HANDLING = "handling"  # "TLP:RED H2": the list view paints the TLP label in its colour on black
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class FetchPage(Protocol):
    """What a store's ``list`` looks like once its filters are bound: one keyset query per call."""

    def __call__(self, after: str | None, limit: int, sort: str, descending: bool, filters: dict[str, Any]) -> Page: ...


def store_fetch(list_method: Callable[..., Page], **fixed: Any) -> FetchPage:
    """Bind a store's ``list`` (keyword filters plus sort/descending/after/limit, as
    every store has) to the model's fetch signature; ``fixed`` filters always apply.
    ``store_fetch(vault.cases.list, status="open")``."""

    def fetch(after: str | None, limit: int, sort: str, descending: bool, filters: dict[str, Any]) -> Page:
        return list_method(**{**filters, **fixed}, sort=sort, descending=descending, after=after, limit=limit)

    return fetch


@dataclass
class Column:
    """One column of a list. ``key`` is the row dict's key; ``sort_key`` (default
    ``key``) is what the core sorts on. ``align`` None means: numbers, dates and
    references right-aligned, text left. ``format`` turns the raw value into the
    shown text (default: see :func:`format_value`)."""

    key: str
    title: str
    width: int | None = None
    align: Qt.AlignmentFlag | None = None
    format: Callable[[Any], str] | None = None
    sortable: bool = True
    visible: bool = True
    kind: str = TEXT
    sort_key: str | None = None
    tooltip: Callable[[dict[str, Any]], str] | None = field(default=None, repr=False)

    @property
    def effective_sort_key(self) -> str:
        return self.sort_key or self.key

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        if self.align is not None:
            return self.align
        return _RIGHT if self.kind in (NUMBER, DATE, DATETIME) else _LEFT

    @property
    def tabular(self) -> bool:
        """Figures line up in columns of numbers, dates and references."""
        return self.kind in (NUMBER, DATE, DATETIME, REFERENCE)


def format_value(value: Any, kind: str = TEXT) -> str:
    """Default display text. Stored datetimes (UTC ISO text) are shown in the
    system's zone as ``YYYY-MM-DD HH:MM``: unambiguous for officers of any country."""
    if value is None or value == "":
        return ""
    if kind == DATETIME:
        try:
            dt = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
            if dt.tzinfo is not None:
                dt = dt.astimezone()
            return dt.strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return str(value)
    if kind == DATE:
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        return str(value)[:10]
    if isinstance(value, bool):
        return QCoreApplication.translate("Models", "Yes") if value else QCoreApplication.translate("Models", "No")
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {format_value(v)}" for k, v in value.items())
    return str(value)


def tabular_font(base: QFont | None = None) -> QFont:
    """The UI font with tabular (fixed-width) figures, so that columns of numbers line up."""
    font = QFont(base) if base is not None else QGuiApplication.font()
    try:
        font.setFeature(QFont.Tag("tnum"), 1)
    except (AttributeError, TypeError):  # Qt before 6.7: no OpenType feature API
        pass
    return font


class PagedTableModel(QAbstractTableModel):
    """Rows from ``fetch``, one page at a time.

    ``get(id) -> dict`` (a store's ``get``) lets :meth:`refresh_ids` re-read the rows
    a write changed. Fetch errors a user can meet (:class:`LiaisonError`) are not
    raised into Qt's event loop: they stop the paging and are reported through
    ``fetch_failed`` with their message.
    """

    fetch_failed = Signal(str)
    loaded = Signal()  # the first page of a (re)query arrived
    page_loaded = Signal(int)  # rows appended by fetchMore

    def __init__(
        self,
        fetch: FetchPage | Callable[..., Page],
        columns: Iterable[Column],
        *,
        get: Callable[[str], dict[str, Any]] | None = None,
        sort: str | None = None,
        descending: bool = False,
        filters: Mapping[str, Any] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._get = get
        self._columns = list(columns)
        if not self._columns:
            raise ValueError("a table needs at least one column")
        if not 1 <= page_size <= 1000:
            raise ValueError("a page holds 1 to 1000 rows")
        sortable = [c.effective_sort_key for c in self._columns if c.sortable]
        self._sort = sort or (sortable[0] if sortable else "id")
        self._descending = descending
        self._filters: dict[str, Any] = dict(filters or {})
        self._page_size = page_size
        self._rows: list[dict[str, Any]] = []
        self._row_of: dict[str, int] = {}
        self._cursor: str | None = None
        self._exhausted = True
        self._error: str | None = None
        self._fetches = 0
        self._busy = False  # a fetch is under way: views asking again from signal handlers get nothing
        self._tabular_font: QFont | None = None
        self._load_first_page()

    # -- what the model holds -------------------------------------------------------------

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    @property
    def last_error(self) -> str | None:
        """The message of the last failed fetch, None after a successful one."""
        return self._error

    @property
    def fetch_count(self) -> int:
        """How many times the fetch function ran (each one keyset query)."""
        return self._fetches

    def has_more(self) -> bool:
        return not self._exhausted

    def column_index(self, key: str) -> int:
        for i, col in enumerate(self._columns):
            if col.key == key:
                return i
        return -1

    def column_for_sort_key(self, sort_key: str) -> int:
        for i, col in enumerate(self._columns):
            if col.sortable and col.effective_sort_key == sort_key:
                return i
        return -1

    def record_id(self, row: int) -> str | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def record(self, row: int) -> dict[str, Any] | None:
        return dict(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_for_id(self, record_id: str) -> int:
        """The row holding ``record_id``, or -1 when it is not loaded."""
        return self._row_of.get(record_id, -1)

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        role = int(role)
        if role == int(Qt.ItemDataRole.DisplayRole):
            return self._text(row, col)
        if role == int(Qt.ItemDataRole.ToolTipRole):
            if col.tooltip is not None:
                return col.tooltip(row)
            text = self._text(row, col)
            return text or None
        if role == int(Qt.ItemDataRole.AccessibleTextRole):
            # Screen readers announce the column with the value, and "empty" rather than silence.
            return f"{col.title}: {self._text(row, col) or 'empty'}"
        if role == int(Qt.ItemDataRole.TextAlignmentRole):
            return int(col.alignment.value)
        if role == int(Qt.ItemDataRole.FontRole):
            if col.tabular:
                if self._tabular_font is None:
                    self._tabular_font = tabular_font()
                return self._tabular_font
            return None
        if role == RecordIdRole:
            return row.get("id")
        if role == RecordRole:
            return dict(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            if role == int(Qt.ItemDataRole.DisplayRole) and 0 <= section < len(self._rows):
                return str(section + 1)
            return None
        if not 0 <= section < len(self._columns):
            return None
        col = self._columns[section]
        role = int(role)
        if role in (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)):
            return col.title
        if role == int(Qt.ItemDataRole.ToolTipRole):
            return f"{col.title} (click to sort)" if col.sortable else col.title
        if role == int(Qt.ItemDataRole.TextAlignmentRole):
            return int(col.alignment.value)
        if role == SortKeyRole:
            return col.effective_sort_key if col.sortable else None
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted and not self._busy

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or self._exhausted or self._busy:
            return
        self._busy = True
        try:
            page = self._call_fetch(self._cursor)
            if page is None:
                return
            new = [r for r in page.items if r.get("id") not in self._row_of]
            self._cursor = page.next_cursor
            self._exhausted = page.next_cursor is None
            if new:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
                for i, item in enumerate(new):
                    self._rows.append(dict(item))
                    self._row_of[item["id"]] = first + i
                self.endInsertRows()
        finally:
            self._busy = False
        self.page_loaded.emit(len(new))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the core again, sorted on ``column``. Unsortable columns are ignored."""
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        descending = Qt.SortOrder(order) == Qt.SortOrder.DescendingOrder  # callers may pass a plain int
        self.set_sort(self._columns[column].effective_sort_key, descending)

    # -- re-querying --------------------------------------------------------------------------

    def set_sort(self, sort_key: str, descending: bool = False) -> None:
        if sort_key == self._sort and descending == self._descending and self._error is None:
            return
        self._sort, self._descending = sort_key, descending
        self.reset()

    def set_filters(self, filters: Mapping[str, Any]) -> None:
        """Replace the filters and start again from the first page (only when they changed)."""
        new = dict(filters)
        if new == self._filters and self._error is None:
            return
        self._filters = new
        self.reset()

    def reset(self) -> None:
        """Drop every loaded row and fetch the first page again."""
        if self._busy:
            return
        self._busy = True
        self.beginResetModel()
        try:
            self._load_first_page()
        finally:
            self.endResetModel()
            self._busy = False
        self.loaded.emit()

    def refresh_ids(self, ids: Iterable[str]) -> None:
        """Re-read the loaded rows whose ids are given (e.g. from a ``Changes``).
        A row the core no longer finds is removed; ids not loaded are ignored. A
        changed row keeps its place until the next re-query, as in a mail client."""
        if self._get is None:
            raise RuntimeError("refresh_ids needs the model to be given get=")
        for record_id in list(dict.fromkeys(ids)):
            row = self._row_of.get(record_id)
            if row is None:
                continue
            try:
                fresh = self._get(record_id)
            except NotFound:
                self._remove_row(row)
                continue
            except LiaisonError as exc:
                self._report(str(exc))
                continue
            self._rows[row] = dict(fresh)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    # -- internals ----------------------------------------------------------------------------

    def _text(self, row: dict[str, Any], col: Column) -> str:
        value = row.get(col.key)
        if col.format is not None:
            try:
                return str(col.format(value))
            except Exception:  # a formatter bug must not take the list down
                log.exception("formatting column %s failed", col.key)
                return format_value(value, col.kind)
        return format_value(value, col.kind)

    def _load_first_page(self) -> None:
        self._rows, self._row_of = [], {}
        self._cursor, self._exhausted = None, True
        page = self._call_fetch(None)
        if page is None:
            return
        for item in page.items:
            if item.get("id") in self._row_of:
                continue
            self._row_of[item["id"]] = len(self._rows)
            self._rows.append(dict(item))
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None

    def _call_fetch(self, after: str | None) -> Page | None:
        self._fetches += 1
        try:
            page = self._fetch(after, self._page_size, self._sort, self._descending, dict(self._filters))
        except LiaisonError as exc:
            # Stop paging so that the view does not ask again and again; a re-query clears it.
            self._exhausted = True
            self._report(str(exc))
            return None
        self._error = None
        return page

    def _report(self, message: str) -> None:
        self._error = message
        self.fetch_failed.emit(message)

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._row_of = {r["id"]: i for i, r in enumerate(self._rows)}
        self.endRemoveRows()
