"""The exchange log: everything sent and received, with whom, when, under which
handling code, and what answered what.

The list pages through the core (a million entries stay smooth: one keyset
query per screenful). The log is append-only: an entry is corrected by a new
entry naming the one it corrects and why, and linking a response to its request
is such a correction. Logging a received request shows the core's cross-check
(cases, persons and entries that match its names, references and identifiers)
with links to the matching records.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison import handling as core_handling
from liaison.errors import LiaisonError
from liaison.paging import Page
from liaison.records.exchanges import REQUEST_TYPES

from . import dialogs, style
from .contact_common import DetailView, compact_combos, country_choices, country_label, tlp_badge_html, tr
from .contacts_page import list_settings
from .exchange_log_editor import ExchangeLogEditor, direction_text, request_type_label
from .listview import ComboFilter, EmptyState, RecordListView
from .models import DATETIME, HANDLING, REFERENCE, Column, PagedTableModel
from .sections import SectionPage
from .session import Session
from .worker import Task, run_in_background

LinkRole = int(Qt.ItemDataRole.UserRole) + 30
MAX_PAGES_TO_FIND = 20

SECTION_OF = {"case": "cases", "person": "persons", "contact": "contacts", "agency": "contacts",
              "agreement": "agreements", "exchange": "exchanges"}
DEADLINE_STATES = {"due": "Due", "overdue": "Overdue", "met": "Met"}


def _local(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M %Z")
    except ValueError:
        return iso


def _utc(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return iso


def _decorate(e: dict[str, Any]) -> dict[str, Any]:
    """Texts the list shows that combine fields (computed once per row as it arrives)."""
    e = dict(e)
    e["log_ref_text"] = f"#{e['seq']}" + (" " + tr("(corrected)") if e.get("corrected") else "")
    name, cc = e.get("counterpart_name") or "", e.get("counterpart_country") or ""
    e["counterpart_text"] = f"{name} ({cc})" if name and cc else (name or cc)
    summary = e.get("summary") or ""
    e["summary_line"] = summary.splitlines()[0] if summary else ""
    return e


def exchange_fetch(page: "ExchangesPage"):
    """The model's fetch: the store's own filters; the filter bar's text is a case."""

    def fetch(after: str | None, limit: int, sort: str, descending: bool, filters: dict[str, Any]) -> Page:
        filters = dict(filters)
        if page.show_corrected.isChecked():
            filters["include_corrected"] = True
        case = str(filters.pop("text", "") or "").strip()
        if case:
            filters["case"] = case
        result = page.session.vault.exchanges.list(  # type: ignore[union-attr]
            **filters, sort=sort, descending=descending, after=after, limit=limit)
        result.items = [_decorate(e) for e in result.items]
        return result

    return fetch


class CrossCheckPanel(QWidget):
    """What the vault already holds about a received request: matching cases,
    persons and log entries, each with what it matched on. Activating a match
    opens it."""

    def __init__(self, page: "ExchangesPage") -> None:
        super().__init__(page)
        self.page = page
        self.heading = style.label(tr("Cross-check"), "heading", wrap=False)
        self.summary = style.label("", "muted")
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Cross-check matches"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Match"), tr("Reference"), tr("Matched on")])
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 200)
        self.tree.header().setStretchLastSection(True)
        self.tree.setToolTip(tr("Enter or double-click opens the record"))
        self.run_button = QPushButton(tr("Run the cross-check"), self)
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.setToolTip(tr("Close the cross-check result"))
        self.close_button.setVisible(False)
        self.run_button.setToolTip(tr("Check the vault again for this request's names, references and identifiers "
                                      "(recorded in the audit trail)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addLayout(buttons)
        box.addWidget(self.summary)
        box.addWidget(self.tree, 1)
        self.tree.setVisible(False)
        self.tree.itemActivated.connect(self._open)
        self.run_button.clicked.connect(page.run_cross_check)
        self.close_button.clicked.connect(self._close)
        self.result: dict[str, Any] | None = None

    def show_result(self, result: dict[str, Any] | None, *, error: str = "", for_ref: str = "") -> None:
        self.tree.clear()
        self.result = result
        self.heading.setText(tr("Cross-check of {ref}").format(ref=for_ref) if for_ref else tr("Cross-check"))
        self.close_button.setVisible(result is not None)
        self.tree.setVisible(result is not None)
        self.page.view_box.setStretchFactor(self, 2 if result is not None else 0)
        if error:
            self.summary.setText(tr("The cross-check failed: {why}").format(why=error))
            style.set_role(self.summary, "error")
            return
        if result is None:
            self.summary.clear()
            return
        groups = (("case", tr("Cases"), result.get("cases", [])),
                  ("person", tr("Persons"), result.get("persons", [])),
                  ("exchange", tr("Log entries"), result.get("exchanges", [])))
        total = sum(len(g[2]) for g in groups)
        searched = result.get("searched", {})
        n_terms = sum(len(v) for v in searched.values())
        if total:
            self.summary.setText(tr("{n} match(es) in the vault for this request's names, references and "
                                    "identifiers.").format(n=total))
            style.set_role(self.summary, "warning")
        else:
            self.summary.setText(tr("No match in the vault for the {k} name(s), reference(s) and identifier(s) "
                                    "checked.").format(k=n_terms))
            style.set_role(self.summary, "muted")
        for record_type, title, matches in groups:
            if not matches:
                continue
            parent = QTreeWidgetItem([f"{title} ({len(matches)})", "", ""])
            self.tree.addTopLevelItem(parent)
            for m in matches:
                how = tr("exact") if m.get("how") == "exact" else tr("search")
                item = QTreeWidgetItem([m.get("title", ""), m.get("ref") or "",
                                        f"{', '.join(m.get('matched_on', []))} ({how})"])
                item.setData(0, LinkRole, (record_type, m["id"]))
                item.setToolTip(0, m.get("title", ""))
                parent.addChild(item)
            parent.setExpanded(True)

    def match_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out += [top.child(j) for j in range(top.childCount())]
        return out

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        link = item.data(0, LinkRole)
        if link:
            self.page.open_anywhere(*link)

    def clear(self) -> None:
        self.tree.clear()
        self.tree.setVisible(False)
        self.summary.clear()
        self.result = None
        self.heading.setText(tr("Cross-check"))
        self.close_button.setVisible(False)
        if hasattr(self.page, "view_box"):
            self.page.view_box.setStretchFactor(self, 0)

    def _close(self) -> None:
        self.clear()
        record = self.page.current_record
        self.setVisible(bool(record and record["direction"] == "received" and record["is_request"]))


class ExchangesPage(SectionPage):
    """The whole exchange log, an entry's view, and the editor to log or correct."""

    key, title = "exchanges", "Exchange log"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading = style.label(self.tr("Exchange log"), "title")
        self.current_record: dict[str, Any] | None = None
        self.editor: ExchangeLogEditor | None = None
        self.model: PagedTableModel | None = None
        self.list: RecordListView | None = None
        self._last_seq: int | None = None

        self.sent_button = QPushButton(self.tr("Log sent…"), self)
        self.sent_button.setToolTip(self.tr("Log something you sent (Ctrl+N)"))
        self.received_button = QPushButton(self.tr("Log received…"), self)
        self.received_button.setToolTip(self.tr("Log something you received (Ctrl+Shift+N)"))
        self.correct_button = QPushButton(self.tr("Correct…"), self)
        self.correct_button.setToolTip(self.tr("Log a correction of the selected entry (Ctrl+Shift+E)"))
        self.link_button = QPushButton(self.tr("Link as response to…"), self)
        self.link_button.setToolTip(self.tr("Record the selected entry as the response to a request (Ctrl+Shift+R)"))
        for b in (self.correct_button, self.link_button):
            b.setEnabled(False)
        actions = QHBoxLayout()
        for b in (self.sent_button, self.received_button, self.correct_button, self.link_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.show_corrected = QCheckBox(self.tr("Show corrected entries"), self)
        self.show_corrected.setToolTip(self.tr("List the entries that later entries corrected too, marked as corrected"))
        self.show_corrected.toggled.connect(self._on_show_corrected)
        actions.addWidget(self.show_corrected)
        self.message = style.label("", "muted")
        self.message.setVisible(False)
        self.message.setAccessibleName(self.tr("Result"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail = DetailView(self)
        self.detail.show_placeholder(self.tr("Choose an entry in the log to see it here."))
        self.detail.link_activated.connect(self._on_link)
        self.cross_check = CrossCheckPanel(self)
        self.cross_check.setVisible(False)
        self.view = QWidget(self)
        self.view_box = QVBoxLayout(self.view)
        self.view_box.setContentsMargins(0, 0, 0, 0)
        self.view_box.addWidget(self.detail, 3)
        self.view_box.addWidget(self.cross_check, 0)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list_host = QWidget(self)
        self.list_box = QVBoxLayout(self.list_host)
        self.list_box.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.list_host)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([620, 500])

        # The editor takes the whole page while it is open: the log's many fields need the room.
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 12)
        box.addWidget(self.heading)
        box.addLayout(actions)
        box.addWidget(self.message)
        box.addWidget(self.stack, 1)

        self.sent_button.clicked.connect(lambda: self.start_log("sent"))
        self.received_button.clicked.connect(lambda: self.start_log("received"))
        self.correct_button.clicked.connect(self.start_correction)
        self.link_button.clicked.connect(self.start_link)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.start_log("sent"), context)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, lambda: self.start_log("received"), context)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.start_correction, context)
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, self.start_link, context)
        if session.vault is not None and not session.vault.is_locked:
            self._build()

    def _build(self) -> None:
        columns = [
            Column("log_ref_text", self.tr("#"), width=70, kind=REFERENCE, sort_key="seq"),
            Column("occurred_at", self.tr("Date (local)"), width=130, kind=DATETIME),
            Column("direction", self.tr("Direction"), width=100, format=direction_text, sortable=False),
            Column("channel", self.tr("Channel"), width=130, sortable=False, format=lambda c: tr(c) if c else ""),
            Column("counterpart_text", self.tr("Counterpart"), width=170, sortable=False),
            Column("case_reference", self.tr("Case"), width=110, kind=REFERENCE, sortable=False),
            Column("summary_line", self.tr("Summary"), width=300, sortable=False),
            Column("handling", self.tr("Handling"), width=110, kind=HANDLING, sortable=False),
            Column("response_due", self.tr("Response due"), width=130, kind=DATETIME, sortable=False),
            Column("request_type", self.tr("Type"), width=160, sortable=False, format=request_type_label,
                   visible=False),
        ]
        self.model = PagedTableModel(exchange_fetch(self), columns, sort="occurred_at", descending=True,
                                     get=lambda rid: _decorate(self.session.vault.exchanges.get(rid)),  # type: ignore[union-attr]
                                     parent=self)
        self.list = RecordListView(
            self.model, settings=list_settings(self.session), settings_key="exchanges/log",
            empty=EmptyState(self.tr("The log is empty."),
                             self.tr("Log what you send and receive: each entry keeps who, when, how and under which "
                                     "conditions."),
                             [(self.tr("Log sent…"), lambda: self.start_log("sent")),
                              (self.tr("Log received…"), lambda: self.start_log("received"))]),
            combos=[
                ComboFilter("direction", self.tr("Direction"), [(self.tr("Both"), None),
                                                                (direction_text("sent"), "sent"),
                                                                (direction_text("received"), "received")]),
                ComboFilter("channel", self.tr("Channel"), [(self.tr("All channels"), None)]
                            + [(tr(c), c) for c in core_handling.channels()]),
                ComboFilter("request_type", self.tr("Type"), [(self.tr("All types"), None)]
                            + [(request_type_label(t), t) for t in REQUEST_TYPES]),
                ComboFilter("counterpart_country", self.tr("Country"), country_choices(self.tr("All countries"))),
                    ],
            filter_placeholder=self.tr("Case number, e.g. LO-2026-0002"),
            parent=self.list_host,
        )
        self.list.filter_edit.setToolTip(self.tr("Show the entries of one case"))
        self.list.filter_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("LO-2026-00000") + 40)
        compact_combos(self.list, ["direction", "channel", "request_type", "counterpart_country"], chars=8)
        self.list_box.addWidget(self.list)
        self.list.current_changed.connect(self.show_id)
        self.list.open_record.connect(self.show_id)

    def _on_show_corrected(self, _on: bool) -> None:
        if self.model is not None:
            self.model.reset()

    # -- SectionPage --------------------------------------------------------------------------

    def load(self) -> None:
        if self.model is None:
            self._build()
        else:
            self.model.reset()
        self._count()

    def _count(self) -> None:
        vault = self.session.vault
        # The log numbers run from 1 without gaps: the highest is the number of entries, read from an index.
        self._last_seq = int(vault.db.execute("SELECT coalesce(max(seq), 0) FROM exchanges").fetchone()[0]) \
            if vault else None

    def clear(self) -> None:
        self.current_record = None
        self.detail.clear()
        self.cross_check.clear()
        if self.editor is not None:
            self.stack.setCurrentWidget(self.splitter)
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        self.message.clear()
        self._last_seq = None

    def nav_count(self) -> int | None:
        return self._last_seq

    def open_record(self, record_type: str, record_id: str) -> bool:
        """Show a log entry (from search, a cross-check, a link)."""
        if record_type != "exchange" or self.list is None or self.model is None:
            return False
        for _ in range(MAX_PAGES_TO_FIND):  # a recent entry is found in the list; an old one is shown alone
            if self.list.select_id(record_id) or not self.model.has_more():
                break
            self.model.fetchMore(QModelIndex())
        if self.model.row_for_id(record_id) < 0:
            self.list.table.clearSelection()
        self.show_id(record_id)
        return self.current_record is not None and self.current_record["id"] == record_id

    def open_anywhere(self, record_type: str, record_id: str) -> bool:
        """Open a record in its own section when the window has it; log entries here."""
        if record_type == "exchange":
            return self.open_record(record_type, record_id)
        win = self.window()
        pages = getattr(win, "pages", None) or {}
        key = SECTION_OF.get(record_type, "")
        page = pages.get(key)
        opener = getattr(page, "open_record", None)
        if callable(opener) and hasattr(win, "show_section"):
            win.show_section(key)
            return bool(opener(record_type, record_id))
        self.say(self.tr("Open it from its section: this version cannot show a {what} here.").format(
            what=tr(record_type)), "warning")
        return False

    # -- showing an entry ---------------------------------------------------------------------

    def say(self, text: str, role: str = "muted") -> None:
        self.message.setText(text)
        style.set_role(self.message, role)
        self.message.setVisible(bool(text))

    def show_id(self, record_id: str) -> None:
        if self.is_editing() and self.editor.is_dirty():  # type: ignore[union-attr]
            return
        if not record_id:
            self.current_record = None
            self.detail.show_placeholder(self.tr("Choose an entry in the log to see it here."))
            self._update_actions()
            return
        try:
            e = self.session.vault.exchanges.get(record_id)  # type: ignore[union-attr]
            history = self.session.vault.exchanges.history(record_id) if (  # type: ignore[union-attr]
                e["corrects_id"] or e["corrected"]) else []
        except LiaisonError as exc:
            self.say(str(exc), "error")
            return
        self.current_record = e
        self.detail.show_record(*self._entry_view(e, history))
        self.right.setCurrentWidget(self.view)
        is_received_request = bool(e["direction"] == "received" and e["is_request"])
        # A cross-check result stays on screen while the officer opens its matches, until closed.
        pinned = self.cross_check.result is not None
        self.cross_check.setVisible(pinned or is_received_request)
        self.cross_check.run_button.setEnabled(is_received_request and not e["redacted"])
        self.cross_check.run_button.setText(self.tr("Run the cross-check for #{seq}").format(seq=e["seq"]))
        self._update_actions()

    def _update_actions(self) -> None:
        e = self.current_record
        ok = e is not None and not e["corrected"] and not e["redacted"]
        self.correct_button.setEnabled(ok)
        self.link_button.setEnabled(ok)

    def _entry_view(self, e: dict[str, Any], history: list[dict[str, Any]]) -> tuple[str, list, str]:
        note = ""
        if e["corrected"]:
            by = e["corrected_by"]
            note = self.tr("Corrected: this entry was corrected by #{seq}; it stays in the log as it was.").format(
                seq=by["seq"])
        elif e["redacted"]:
            note = self.tr("The personal data of this entry was erased.")
        links: dict[str, Any] = {}
        if e.get("corrected_by"):
            links["by"] = [(f"#{e['corrected_by']['seq']}", f"exchange:{e['corrected_by']['id']}")]
        if e.get("corrects_id"):
            links["corrects"] = [(f"#{e.get('corrects_seq')}", f"exchange:{e['corrects_id']}")]
        attachments = []
        for a in e.get("attachments", []):
            size = f"{a['size']:,} B"
            if a.get("redacted"):
                attachments.append(self.tr("{name} (erased)").format(name=a["filename"]))
            else:
                attachments.append((self.tr("{name} ({size}): save as…").format(name=a["filename"], size=size),
                                    f"attachment:{a['id']}"))
        deadlines = [
            self.tr("{state}: {title}, due {due}{met}").format(
                state=tr(DEADLINE_STATES.get(d["state"], d["state"])), title=d["title"], due=_local(d["due_at"]),
                met=(self.tr(", met {when}").format(when=_local(d["met_at"])) if d.get("met_at") else ""))
            for d in e.get("deadlines", [])
        ]
        responses = [(f"#{r['seq']} {_local(r['occurred_at'])}" + (f" ({tr(r['outcome'])})" if r["outcome"] else ""),
                      f"exchange:{r['id']}") for r in e.get("responses", [])]
        versions = [
            (f"#{v['seq']} {_local(v['created_at'])}"
             + (f": {v['correction_reason']}" if v.get("correction_reason") else self.tr(": original"))
             + (self.tr(" (this entry)") if v["id"] == e["id"] else ""),
             f"exchange:{v['id']}")
            for v in history
        ]
        evaluation = ""
        if e["evaluation"]:
            codes = core_handling._codes()
            evaluation = (f"{e['evaluation']}: {tr(codes['source_reliability'].get(e['evaluation'][0], ''))}; "
                          f"{tr(codes['information_accuracy'].get(e['evaluation'][1:], ''))}")
        rows: list[tuple[str, Any]] = [
            (self.tr("Direction"), direction_text(e["direction"])),
            (self.tr("When (local)"), _local(e["occurred_at"])),
            (self.tr("When (UTC)"), _utc(e["occurred_at"])),
            (self.tr("Channel"), tr(e["channel"]) if e["channel"] else ""),
            (self.tr("Type"), request_type_label(e["request_type"])),
            (self.tr("Urgency"), tr(e["urgency"]) if e["urgency"] != "normal" else ""),
            (self.tr("Information access"), tr(e["information_access"] or "")),
            (self.tr("Counterpart"), e["counterpart_name"]),
            (self.tr("Counterpart's country"), country_label(e["counterpart_country"])),
            (self.tr("Case"), e.get("case_reference", "")),
            (self.tr("Legal basis"), e.get("legal_basis_title", "")),
            (self.tr("Our reference"), e["reference"]),
            (self.tr("Their reference"), e["counterpart_reference"]),
            (self.tr("Summary"), e["summary"]),
            (self.tr("Names"), e["names"]),
            (self.tr("Identifiers"), e["identifiers"]),
            (self.tr("Handling"), tlp_badge_html(e["handling"], e.get("handling_description", ""))
             if e["handling"] else ""),
            (self.tr("Evaluation"), evaluation),
            (self.tr("Conditions of use"), e["conditions"]),
            (self.tr("Response to"), [(f"#{e['response_to_seq']}", f"exchange:{e['response_to_id']}")]
             if e.get("response_to_id") else ""),
            (self.tr("Outcome"), tr(e["outcome"] or "")),
            (self.tr("Response due"), _local(e["response_due"])),
            (self.tr("Responses"), responses),
            (self.tr("Deadlines"), deadlines),
            (self.tr("Attachments"), attachments),
            (self.tr("Corrects"), links.get("corrects", "")),
            (self.tr("Reason"), e["correction_reason"]),
            (self.tr("Corrected by"), links.get("by", "")),
            (self.tr("Correction history"), versions),
        ]
        return f"#{e['seq']}", rows, note

    def _on_link(self, href: str) -> None:
        kind, _, rid = href.partition(":")
        if kind == "attachment":
            self.save_attachment(rid)
        elif kind == "exchange":
            self.open_record("exchange", rid)
        else:
            self.open_anywhere(kind, rid)

    def save_attachment(self, attachment_id: str) -> Task | None:
        """Save an attachment out of the vault where the officer says (audited by the core as an export).
        Decrypting and writing a large file takes more than a moment, so it runs on the thread pool; the
        message line says when it is done. None when nothing is saved (no such file, or no place given)."""
        vault = self.session.vault
        assert vault is not None
        try:
            meta = vault.attachments.get(attachment_id)
        except LiaisonError as exc:
            self.say(str(exc), "error")
            return None
        path = dialogs.ask_save_file(self, self.tr("Save the attachment"), meta["filename"])
        if not path:
            return None
        self.say(self.tr("Saving {name}…").format(name=meta["filename"]))

        def done(saved: Path) -> None:
            if shiboken6.isValid(self):
                self.say(self.tr("Saved {name} to {path}.").format(name=meta["filename"], path=str(saved)), "ok")

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.say(self.tr("The attachment was not saved: {why}").format(why=str(exc) or type(exc).__name__),
                         "error")

        return run_in_background(lambda: vault.attachments.save(attachment_id, path, overwrite=True), done, failed,
                                 write=True)

    # -- logging and correcting ---------------------------------------------------------------

    def _ensure_editor(self) -> ExchangeLogEditor:
        if self.editor is None:
            self.editor = ExchangeLogEditor(lambda: self.session.vault, self)
            self.stack.addWidget(self.editor)
            self.editor.logged.connect(self._logged)
            self.editor.cancelled.connect(self._back_to_log)
        return self.editor

    def is_editing(self) -> bool:
        """Whether the log editor is open (in place of the list)."""
        return self.editor is not None and self.stack.currentWidget() is self.editor

    def _back_to_log(self) -> None:
        self.stack.setCurrentWidget(self.splitter)
        if self.list is not None:
            self.list.table.setFocus()

    def _editor_free(self) -> bool:
        """Whether the editor may be reused (its unsaved changes go only after asking)."""
        ed = self.editor
        return ed is None or not self.is_editing() or not ed.is_dirty() or ed.cancel()

    def start_log(self, direction: str) -> None:
        if self.session.vault is None or not self._editor_free():
            return
        ed = self._ensure_editor()
        self.say("")
        ed.start(direction)
        self.stack.setCurrentWidget(ed)
        ed.field("summary").setFocus()

    def start_correction(self) -> None:
        if self.current_record is None or not self._editor_free():
            return
        ed = self._ensure_editor()
        self.say("")
        ed.start_correction(self.current_record)
        self.stack.setCurrentWidget(ed)
        ed.field("reason").setFocus()

    def start_link(self) -> None:
        """Link the selected entry as the response to a request: a correction naming the request."""
        if self.current_record is None or not self._editor_free():
            return
        ed = self._ensure_editor()
        self.say("")
        ed.start_correction(self.current_record,
                            reason=self.tr("Linked as the response to a request."))
        ed.title_label.setText(self.tr("Link #{seq} as a response").format(seq=self.current_record["seq"]))
        self.stack.setCurrentWidget(ed)
        ed.field("response_to").setFocus()

    def _logged(self, result: Any) -> None:
        """The log after an entry was saved: the new entry shown, with its cross-check."""
        ed = self.editor
        assert ed is not None
        corrects = ed.corrects if ed.mode == "correct" else None
        new_id = result.id
        seq = result.extra.get("seq")
        assert self.model is not None and self.list is not None
        self.model.reset()
        self._count()
        self.stack.setCurrentWidget(self.splitter)
        self.cross_check.clear()
        if "cross_check" in result.extra or "cross_check_error" in result.extra:
            self.cross_check.show_result(result.extra.get("cross_check"),
                                         error=result.extra.get("cross_check_error", ""), for_ref=f"#{seq}")
        self.open_record("exchange", new_id)
        if corrects is not None:
            self.say(self.tr("Logged #{seq}, correcting #{old}; #{old} is kept and marked as corrected.").format(
                seq=seq, old=corrects["seq"]), "ok")
        else:
            self.say(self.tr("Logged #{seq}.").format(seq=seq), "ok")

    def run_cross_check(self) -> None:
        """Check the vault again for the shown request (audited by the core as a combination)."""
        e = self.current_record
        if e is None:
            return
        try:
            result = self.session.vault.exchanges.cross_check(  # type: ignore[union-attr]
                names=e["names"], references=[r for r in (e["reference"], e["counterpart_reference"]) if r],
                identifiers=e["identifiers"], exclude_id=e["id"], for_ref=f"#{e['seq']}")
        except LiaisonError as exc:
            self.cross_check.show_result(None, error=str(exc))
            return
        self.cross_check.show_result(result, for_ref=f"#{e['seq']}")
