"""The dashboard answers one question first: what needs me today?

Overdue deadlines (red, with the word "Overdue" and by how long), then those
due soon (amber, "Due in 5 h"), then requests sent and still waiting for an
answer (longest wait first, with the days waiting), then counts of cases per
status, a chart of response times per country, and the latest activity of the
audit trail in words.

Every figure comes from the core (``vault.deadlines``, ``vault.exchanges``,
``vault.cases``, ``vault.stats``, ``vault.audit``); the page only arranges it.
The reading runs off the main thread (:func:`ui.worker.run_in_background`),
with a busy line after half a second and a Cancel button.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError, NotFound
from liaison.refdata import country_name

from . import i18n, style
from .charts import BarChart, BarRow
from .models import tabular_font
from .sections import SectionPage
from .session import Session
from .widgets import DelayedBusy
from .worker import Task, run_in_background

log = logging.getLogger(__name__)

DUE_SOON = timedelta(days=7)
"""Open deadlines due within this span count as 'due soon'."""
LIST_LIMIT = 20
"""At most this many rows per list; the count above a list says how many there are in all."""
AWAITING_SCAN_LIMIT = 2000
"""Sent requests examined (oldest first) when looking for those still unanswered."""
RECENT_ENTRIES = 10
CHART_COUNTRIES = 12

SECTION_OF = {
    "case": "cases", "person": "persons", "contact": "contacts", "agency": "contacts",
    "agreement": "agreements", "exchange": "exchanges", "attachment": "documents", "document": "documents",
    "audit": "audit",
}
"""Which section shows a record of each type."""

RecordKey = tuple[str, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardPage", text)


# ------------------------------------------------------------------ the figures
@dataclass
class DashboardData:
    """Everything the dashboard shows, read in one go on a worker thread."""

    now: datetime
    overdue_count: int = 0
    due_soon_count: int = 0
    overdue: list[dict[str, Any]] = field(default_factory=list)
    due_soon: list[dict[str, Any]] = field(default_factory=list)
    awaiting: list[dict[str, Any]] = field(default_factory=list)
    awaiting_scanned_all: bool = True
    status_counts: dict[str, int] = field(default_factory=dict)
    response_times: list[dict[str, Any]] = field(default_factory=list)
    recent: list[dict[str, Any]] = field(default_factory=list)
    audit_total: int = 0


def _case_reference(vault: Any, case_id: str | None, cache: dict[str, str]) -> str:
    if not case_id:
        return ""
    if case_id not in cache:
        try:
            cache[case_id] = str(vault.cases.get(case_id)["reference"])
        except NotFound:
            cache[case_id] = ""
    return cache[case_id]


def awaiting_requests(vault: Any, now: datetime, *, limit: int = LIST_LIMIT,
                      scan_limit: int = AWAITING_SCAN_LIMIT) -> tuple[list[dict[str, Any]], bool]:
    """Requests we sent that no current log entry answers yet, longest waiting
    first, with ``days_waiting``. Returns the rows and whether every sent request
    was examined (False when ``scan_limit`` stopped the walk)."""
    out: list[dict[str, Any]] = []
    refs: dict[str, str] = {}
    after: str | None = None
    scanned = 0
    while True:
        page = vault.exchanges.list(requests_only=True, direction="sent", sort="occurred_at", descending=False,
                                    after=after, limit=100)
        for req in page.items:
            scanned += 1
            if _answered(vault, req):
                continue
            sent_at = datetime.fromisoformat(req["occurred_at"])
            waited = now - sent_at
            out.append({
                "id": req["id"],
                "seq": req["seq"],
                "case_id": req.get("case_id"),
                "case_reference": req.get("case_reference") or _case_reference(vault, req.get("case_id"), refs),
                "request_type": req.get("request_type") or "",
                "counterpart_country": req.get("counterpart_country") or "",
                "occurred_at": req["occurred_at"],
                "days_waiting": max(0, waited.days),
            })
            if len(out) >= limit:
                return out, False
            if scanned >= scan_limit:
                return out, False
        if page.next_cursor is None:
            return out, True
        if scanned >= scan_limit:
            return out, False
        after = page.next_cursor


def _answered(vault: Any, request: dict[str, Any]) -> bool:
    """Whether any current log entry answers ``request`` or an earlier version of it
    (an answer may point at the version it replied to, before a correction)."""
    if vault.exchanges.list(response_to=request["id"], limit=1).items:
        return True
    if not request.get("corrects_id"):
        return False
    for version in vault.exchanges.history(request["id"]):
        if version["id"] != request["id"] and vault.exchanges.list(response_to=version["id"], limit=1).items:
            return True
    return False


def status_counts(vault: Any) -> dict[str, int]:
    """Cases per status, every status of the core named (zero included)."""
    from liaison.records.cases import STATUSES

    counts = dict.fromkeys(STATUSES, 0)
    for status, n in vault.db.execute("SELECT status, count(*) FROM cases GROUP BY status"):
        counts[str(status)] = int(n)
    return counts


def compute(vault: Any, now: datetime | None = None) -> DashboardData:
    """Read every figure of the dashboard (meant for a worker thread)."""
    now = now or datetime.now(UTC)
    data = DashboardData(now=now)
    refs: dict[str, str] = {}
    counts = vault.deadlines.compute_all(now=now)
    data.overdue_count = int(counts["overdue"])
    soon = vault.deadlines.list(state="due", due_before=now + DUE_SOON, now=now, limit=LIST_LIMIT)
    data.overdue = vault.deadlines.list(state="overdue", now=now, limit=LIST_LIMIT).items
    data.due_soon = soon.items
    data.due_soon_count = len(soon.items)
    after = soon.next_cursor
    while after:  # counting the rest of the week's deadlines: a few pages at most
        more = vault.deadlines.list(state="due", due_before=now + DUE_SOON, now=now, after=after, limit=1000)
        data.due_soon_count += len(more.items)
        after = more.next_cursor
    for row in (*data.overdue, *data.due_soon):
        row["case_reference"] = _case_reference(vault, row.get("case_id"), refs)
    data.awaiting, data.awaiting_scanned_all = awaiting_requests(vault, now)
    data.status_counts = status_counts(vault)
    report = vault.stats.report()
    rows = [r for r in report["response_times"]["by_country"] if r["direction"] == "sent" and r["answered"]]
    data.response_times = rows[:CHART_COUNTRIES]
    data.audit_total = int(vault.audit.head()["seq"])
    entries = vault.audit.list(after_seq=max(0, data.audit_total - RECENT_ENTRIES), limit=RECENT_ENTRIES)
    entries.reverse()  # newest first
    data.recent = entries
    return data


# ---------------------------------------------------------------------- words
def span_words(seconds: float) -> str:
    """A span the way an officer says it: '2 d 4 h', '5 h', '35 min'."""
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return _tr("{d} d {h} h").format(d=days, h=hours) if hours else _tr("{d} d").format(d=days)
    if hours:
        return _tr("{h} h").format(h=hours)
    return _tr("{m} min").format(m=max(1, minutes))


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return str(iso)


def request_words(request_type: str) -> str:
    """A request type as officers say it ("EIO", "MLA request")."""
    words = {
        "mla-request": _tr("MLA request"), "preservation-request": _tr("preservation request"),
        "information-request": _tr("request for information"), "eio-request": _tr("EIO"),
        "spontaneous-information": _tr("spontaneous information"), "acknowledgement": _tr("acknowledgement"),
        "status-inquiry": _tr("status inquiry"), "other": _tr("other"),
    }
    return words.get(request_type, request_type.replace("-", " "))


def status_words(status: str) -> str:
    """A case status for a heading or a label."""
    words = {
        "draft": _tr("Draft"), "open": _tr("Open"), "request sent": _tr("Request sent"),
        "awaiting response": _tr("Awaiting response"), "response received": _tr("Response received"),
        "closed": _tr("Closed"), "archived": _tr("Archived"),
    }
    return words.get(status, status)


def action_words(action: str) -> str:
    """The audit action as a past-tense verb."""
    words = {
        "create": _tr("created"), "alter": _tr("changed"), "consult": _tr("consulted"),
        "disclose": _tr("disclosed"), "combine": _tr("combined"), "erase": _tr("erased"),
        "import": _tr("imported"), "export": _tr("exported"),
    }
    return words.get(action, action)


def activity_sentence(entry: dict[str, Any]) -> str:
    """One audit entry in words: 'created case 2026/0007: summary'."""
    record = entry.get("record_type") or ""
    ref = entry.get("ref") or ""
    what = f"{record} {ref}".strip()
    summary = (entry.get("summary") or "").strip()
    if summary:
        return _tr("{action} {record}: {summary}").format(action=action_words(entry["action"]), record=what,
                                                          summary=summary)
    return _tr("{action} {record}").format(action=action_words(entry["action"]), record=what)


# ------------------------------------------------------------------- widgets
class ItemList(QTreeWidget):
    """A short list whose rows open a record (click, Enter or double-click).
    It is as tall as its rows, so the page scrolls as one."""

    open_requested = Signal(str, str)

    def __init__(self, headers: list[str], accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(headers))
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAccessibleName(accessible_name)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFont(tabular_font(self.font()))
        header = self.header()
        header.setStretchLastSection(True)
        for col in range(len(headers) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.itemClicked.connect(self._open_item)
        self.itemActivated.connect(self._open_item)

    def add_row(self, texts: list[str], target: RecordKey | None, *, colour: str | None = None,
                tooltip: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem([str(t) for t in texts])
        if target is not None:
            item.setData(0, Qt.ItemDataRole.UserRole, list(target))
        if colour:
            item.setForeground(0, QBrush(style.meaning_color(colour)))
        if tooltip:
            for col in range(len(texts)):
                item.setToolTip(col, tooltip)
        self.addTopLevelItem(item)
        return item

    def fit(self) -> None:
        rows = self.topLevelItemCount()
        row_h = self.sizeHintForRow(0) if rows else self.fontMetrics().height() + 6
        height = self.header().sizeHint().height() + max(rows, 1) * row_h + 2 * self.frameWidth() + 2
        self.setFixedHeight(height)

    def target(self, row: int) -> RecordKey | None:
        item = self.topLevelItem(row)
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return (str(data[0]), str(data[1])) if data else None

    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data:
            self.open_requested.emit(str(data[0]), str(data[1]))


class DashboardPage2(SectionPage):
    """What needs me today: overdue, due soon, awaiting answers, then the overview."""

    key, title = "dashboard", "Dashboard"

    loaded = Signal()
    failed = Signal(str)
    open_requested = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.data: DashboardData | None = None
        self.task: Task | None = None
        self._overdue_count: int | None = None

        self.heading = style.label(self.tr("What needs me today"), "title")
        self.summary = style.label("", "subtitle")
        self.summary.setObjectName("summary")
        style.tabular(self.summary)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.busy = DelayedBusy(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.busy)
        self.cancel_button.setAccessibleName(self.tr("Cancel reading the dashboard"))
        self.cancel_button.clicked.connect(self.cancel)
        self.busy.layout().addWidget(self.cancel_button)
        self.error = style.label("", "error")
        self.error.hide()

        self.overdue_heading = style.label(self.tr("Overdue"), "heading")
        self.overdue = ItemList([self.tr("State"), self.tr("Due"), self.tr("Case"), self.tr("Deadline")],
                                self.tr("Overdue deadlines"), self)
        self.due_heading = style.label(self.tr("Due soon"), "heading")
        self.due_soon = ItemList([self.tr("State"), self.tr("Due"), self.tr("Case"), self.tr("Deadline")],
                                 self.tr("Deadlines due soon"), self)
        self.awaiting_heading = style.label(self.tr("Awaiting a response"), "heading")
        self.awaiting = ItemList([self.tr("Waiting"), self.tr("Sent"), self.tr("Case"), self.tr("Request")],
                                 self.tr("Requests awaiting a response"), self)
        self.status_heading = style.label(self.tr("Cases by status"), "heading")
        self.status_box = QFrame(self)
        self.status_box.setObjectName("card")
        self.status_grid = QGridLayout(self.status_box)
        self.status_grid.setContentsMargins(12, 8, 12, 8)
        self.status_labels: dict[str, QLabel] = {}
        self.chart_heading = style.label(self.tr("Response times per country (requests sent)"), "heading")
        self.chart = BarChart(self)
        self.chart_note = style.label("", "muted")
        self.recent_heading = style.label(self.tr("Recent activity"), "heading")
        self.recent = ItemList([self.tr("When"), self.tr("Who"), self.tr("What")], self.tr("Recent activity"), self)
        self.recent_note = style.label("", "muted")
        for lst in (self.overdue, self.due_soon, self.awaiting, self.recent):
            lst.open_requested.connect(self.open_target)

        content = QWidget(self)
        box = QVBoxLayout(content)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(self.busy)
        box.addWidget(self.error)
        for w in (self.overdue_heading, self.overdue, self.due_heading, self.due_soon, self.awaiting_heading,
                  self.awaiting):
            box.addWidget(w)
        overview = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.status_heading)
        left.addWidget(self.status_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.chart_heading)
        right.addWidget(self.chart)
        right.addWidget(self.chart_note)
        right.addStretch(1)
        overview.addLayout(left, 1)
        overview.addSpacing(24)
        overview.addLayout(right, 2)
        box.addLayout(overview)
        box.addWidget(self.recent_heading)
        box.addWidget(self.recent)
        box.addWidget(self.recent_note)
        box.addStretch(1)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setTabOrder(self.refresh_button, self.overdue)
        self.setTabOrder(self.overdue, self.due_soon)
        self.setTabOrder(self.due_soon, self.awaiting)
        self.setTabOrder(self.awaiting, self.chart)
        self.setTabOrder(self.chart, self.recent)

    # -------------------------------------------------------------- loading
    @property
    def loading(self) -> bool:
        return self.task is not None and self.task.running and not self.task.cancelled

    def load(self) -> None:
        vault = self.session.vault
        assert vault is not None
        # The navigation count is needed at once (the window reads it after refresh): four index-only counts.
        try:
            self._overdue_count = int(vault.deadlines.compute_all()["overdue"])
        except LiaisonError as exc:
            self._overdue_count = None
            self._show_error(str(exc))
        self.cancel()
        self.error.hide()
        self.busy.start(self.tr("Reading deadlines, requests and statistics..."))
        self.task = run_in_background(lambda v=vault: compute(v), self._on_loaded, self._on_failed)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.busy.stop()

    def _on_loaded(self, data: DashboardData) -> None:
        self.task = None
        self.busy.stop()
        self.data = data
        self._overdue_count = data.overdue_count
        self._show(data)
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self.busy.stop()
        if isinstance(exc, LiaisonError):
            message = str(exc)
        else:
            log.error("reading the dashboard failed", exc_info=(type(exc), exc, exc.__traceback__))
            message = self.tr("The dashboard could not be read ({kind}). The other sections still work.").format(
                kind=type(exc).__name__)
        self._show_error(message)
        self.failed.emit(message)

    def _show_error(self, message: str) -> None:
        self.error.setText(self.tr("Error: {message}").format(message=message))
        self.error.show()

    # -------------------------------------------------------------- showing
    def _show(self, d: DashboardData) -> None:
        parts = [
            self.tr("{n} overdue").format(n=f"{d.overdue_count:,}"),
            self.tr("{n} due within 7 days").format(n=f"{d.due_soon_count:,}"),
            self.tr("{n} awaiting a response").format(
                n=f"{len(d.awaiting):,}" if d.awaiting_scanned_all else f"{len(d.awaiting):,}+"),
        ]
        self.summary.setText(" · ".join(parts))
        self._fill_deadlines(self.overdue, d.overdue, d.now, overdue=True)
        self._fill_deadlines(self.due_soon, d.due_soon, d.now, overdue=False)
        self.overdue_heading.setText(self.tr("Overdue ({n})").format(n=f"{d.overdue_count:,}"))
        self.due_heading.setText(self.tr("Due soon, within 7 days ({n})").format(n=f"{d.due_soon_count:,}"))
        self.awaiting_heading.setText(self.tr("Awaiting a response, longest wait first"))
        self._fill_awaiting(d)
        self._fill_status(d.status_counts)
        self._fill_chart(d.response_times)
        self._fill_recent(d)

    def _fill_deadlines(self, lst: ItemList, rows: list[dict[str, Any]], now: datetime, *, overdue: bool) -> None:
        lst.clear()
        for row in rows:
            due = datetime.fromisoformat(row["due_at"])
            if overdue:
                state = self.tr("Overdue by {span}").format(span=span_words((now - due).total_seconds()))
            else:
                state = self.tr("Due in {span}").format(span=span_words((due - now).total_seconds()))
            target = ("case", row["case_id"]) if row.get("case_id") else (
                ("exchange", row["exchange_id"]) if row.get("exchange_id") else None)
            tip = f"{row['title']} ({row['source']})" if row.get("source") else row["title"]
            lst.add_row([state, local_time(row["due_at"]), row.get("case_reference") or "", row["title"]], target,
                        colour="error" if overdue else "warning", tooltip=tip)
        if not rows:
            lst.add_row([self.tr("Nothing overdue.") if overdue else self.tr("Nothing due in the next 7 days."),
                         "", "", ""], None, colour="ok")
        lst.fit()

    def _fill_awaiting(self, d: DashboardData) -> None:
        self.awaiting.clear()
        for r in d.awaiting:
            days = r["days_waiting"]
            waiting = self.tr("{n} day waiting").format(n=days) if days == 1 else \
                self.tr("{n} days waiting").format(n=days)
            country = i18n.country_name(country_name(r["counterpart_country"])) if r["counterpart_country"] else ""
            what = self.tr("#{seq} {type}").format(seq=r["seq"], type=request_words(r["request_type"]))
            if country:
                what = self.tr("{what} to {country}").format(what=what, country=country)
            self.awaiting.add_row([waiting, local_time(r["occurred_at"]), r["case_reference"], what],
                                  ("exchange", r["id"]))
        if not d.awaiting:
            self.awaiting.add_row([self.tr("No request is waiting for an answer."), "", "", ""], None, colour="ok")
        self.awaiting.fit()

    def _fill_status(self, counts: dict[str, int]) -> None:
        while self.status_grid.count():
            item = self.status_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.status_labels = {}
        for row, (status, n) in enumerate(counts.items()):
            name = QLabel(status_words(status), self.status_box)
            value = QLabel(f"{n:,}", self.status_box)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setAccessibleName(self.tr("{status}: {n} cases").format(status=status_words(status), n=n))
            style.tabular(value)
            self.status_grid.addWidget(name, row, 0)
            self.status_grid.addWidget(value, row, 1)
            self.status_labels[status] = value

    def _fill_chart(self, rows: list[dict[str, Any]]) -> None:
        self.chart.set_rows([BarRow(i18n.country_name(r["label"]), r["median_days"], r["p90_days"], r["answered"],
                                    r["pending"])
                             for r in rows])
        self.chart_note.setText(self.tr("Days from our request to the first answer, per country, over the whole log "
                                        "(the Statistics figures). {n} countries shown.").format(n=len(rows)))

    def _fill_recent(self, d: DashboardData) -> None:
        self.recent.clear()
        for e in d.recent:
            section = SECTION_OF.get(e.get("record_type") or "")
            target = (e["record_type"], e["record_id"]) if section and e.get("record_id") else None
            self.recent.add_row([local_time(e["at"]), e.get("actor") or "", activity_sentence(e)], target)
        if not d.recent:
            self.recent.add_row(["", "", self.tr("The audit trail is empty.")], None)
        self.recent.fit()
        self.recent_note.setText(self.tr("The last {n} of {total} entries; the Audit section lists them all.").format(
            n=len(d.recent), total=f"{d.audit_total:,}"))

    # -------------------------------------------------------------- opening
    def open_target(self, record_type: str, record_id: str) -> None:
        """Show the record in its section (the section page opens it when it can)."""
        self.open_requested.emit(record_type, record_id)
        section = SECTION_OF.get(record_type)
        window = self.window()
        if section is None or not hasattr(window, "show_section"):
            return
        window.show_section(section)
        page = getattr(window, "pages", {}).get(section)
        opener = getattr(page, "open_record", None)
        if callable(opener):
            opener(record_type, record_id)

    # ------------------------------------------------------------ life cycle
    def clear(self) -> None:
        self.cancel()
        self.data = None
        self._overdue_count = None
        self.summary.clear()
        for lst in (self.overdue, self.due_soon, self.awaiting, self.recent):
            lst.clear()
        self._fill_status({})
        self.chart.clear()
        self.chart_note.clear()
        self.recent_note.clear()
        self.error.hide()

    def nav_count(self) -> int | None:
        """Overdue deadlines: the one number that needs the officer."""
        return self._overdue_count or None
