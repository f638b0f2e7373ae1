"""Contacts and agencies: the officer's directory of counterparts abroad and at
home, and the bodies they work for.

Two tabs, each a list (paged by the core, filters by the core) with the chosen
record on the right and its editor in the same place. Contacts import from and
export to vCard files through the dialog seam. Showing a contact's details is a
consultation of personal data and is audited by the core (``consult=True``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from liaison.changes import Changes
from liaison.errors import LiaisonError
from liaison.fileutil import atomic_write
from liaison.records.contacts import AGENCY_KINDS
from liaison.refdata import languages

from . import dialogs, style
from .agreement_editor import origin_label
from .contact_common import (
    DetailView,
    compact_combos,
    country_choices,
    country_label,
    make_room,
    show_channel,
    show_phone,
    text_filtered_fetch,
    tr,
)
from .contact_editor import AgencyEditor, ContactEditor, kind_label
from .forms import RecordEditor
from .listview import ComboFilter, EmptyState, RecordListView
from .models import Column, PagedTableModel
from .sections import SectionPage
from .session import Session
from .widgets import BusyRow
from .worker import Task, run_in_background

MAX_VCARD_BYTES = 20 * 1024 * 1024
VCARD_FILTER = "vCard files (*.vcf *.vcard);;All files (*)"


def list_settings(session: Session) -> QSettings:
    """Per-machine list state (columns, widths, sort): never record content."""
    return QSettings(str(session.paths.config / "lists.ini"), QSettings.Format.IniFormat)


def _languages_text(codes: list[str]) -> str:
    names = languages()
    return ", ".join(f"{names.get(c, c)} ({c})" for c in codes)



class _Cancelled(Exception):
    """The officer cancelled a vCard import before it wrote anything."""

class DirectoryTab(QWidget):
    """One list with its detail panel and editor (contacts or agencies)."""

    def __init__(
        self,
        page: SectionPage,
        *,
        record_type: str,
        store: str,
        columns: list[Column],
        combos: list[ComboFilter],
        empty: EmptyState,
        filter_placeholder: str,
        make_editor: Callable[[], RecordEditor],
        show: Callable[[dict[str, Any]], tuple[Any, ...]],
        detail_get: Callable[[Any, str], dict[str, Any]],
        add_text: str,
        new_title: str,
        edit_title: str,
        first_field: str = "name",
    ) -> None:
        super().__init__(page)
        self.page = page
        self.record_type = record_type
        self.store_name = store
        self._make_editor = make_editor
        self._show = show
        self._detail_get = detail_get
        self._first_field = first_field
        self._new_title, self._edit_title = new_title, edit_title
        self.current_record: dict[str, Any] | None = None
        self.editing_id: str | None = None
        vault_getter = lambda: page.session.vault  # noqa: E731 - never cached: the vault goes on lock
        fetch = text_filtered_fetch(vault_getter, record_type, store,
                                    lambda v, rid: getattr(v, store).get(rid))
        self.model = PagedTableModel(fetch, columns, get=lambda rid: getattr(page.session.vault, store).get(rid),
                                     parent=self)
        self.list = RecordListView(self.model, settings=list_settings(page.session), settings_key=f"directory/{store}",
                                   empty=empty, combos=combos, filter_placeholder=filter_placeholder, parent=self)
        compact_combos(self.list, [c.key for c in combos], chars=10)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setToolTip(tr("{what} (Ctrl+N)").format(what=add_text))
        self.edit_button = QPushButton(tr("Edit"), self)
        self.edit_button.setToolTip(tr("Edit the selected record (Ctrl+E)"))
        self.edit_button.setEnabled(False)
        self.actions_row = QHBoxLayout()
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_row.addWidget(self.add_button)
        self.actions_row.addWidget(self.edit_button)
        self.actions_row.addStretch(1)
        self.message = style.label("", "muted")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        self.message.setAccessibleName(tr("Result"))

        self.detail = DetailView(self)
        self.detail.show_placeholder(tr("Choose a record in the list to see it here."))
        self.right = QStackedWidget(self)
        self.right.addWidget(self.detail)
        self.editor: RecordEditor | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 420])
        self.splitter = splitter
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 0)
        self.progress = BusyRow(self)  # long work on the directory (a vCard import)
        box.addLayout(self.actions_row)
        box.addWidget(self.message)
        box.addWidget(self.progress)
        box.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.start_add)
        self.edit_button.clicked.connect(self.start_edit)
        self.list.current_changed.connect(self.show_id)
        self.list.open_record.connect(self.show_id)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+N"), self, self.start_add, context)
        QShortcut(QKeySequence("Ctrl+E"), self, self.start_edit, context)

    @property
    def store(self) -> Any:
        return getattr(self.page.session.vault, self.store_name)

    # -- showing ------------------------------------------------------------------------------

    def show_id(self, record_id: str) -> None:
        if self.editor is not None and self.right.currentWidget() is self.editor and self.editor.is_dirty():
            return  # the editor's guard decides; the selection does not throw changes away
        if not record_id:
            self.current_record = None
            self.edit_button.setEnabled(False)
            self.detail.show_placeholder(tr("Choose a record in the list to see it here."))
            return
        try:
            record = self._detail_get(self.page.session.vault, record_id)
        except LiaisonError as exc:
            self.say(str(exc), "error")
            return
        self.current_record = record
        self.edit_button.setEnabled(True)
        title, rows, *note = self._show(record)
        self.detail.show_record(title, rows, note[0] if note else "")
        self.right.setCurrentWidget(self.detail)

    def say(self, text: str, role: str = "muted") -> None:
        self.message.setText(text)
        style.set_role(self.message, role)
        self.message.setVisible(bool(text))

    def select(self, record_id: str) -> bool:
        """Select ``record_id`` in the list (loading pages until it shows, within reason) and show it."""
        for _ in range(40):
            if self.list.select_id(record_id):
                break
            if not self.model.has_more():
                break
            self.model.fetchMore(self.model.index(0, 0).parent())
        self.show_id(record_id)
        return self.current_record is not None and self.current_record.get("id") == record_id

    # -- editing ------------------------------------------------------------------------------

    def _ensure_editor(self) -> RecordEditor:
        if self.editor is None:
            self.editor = self._make_editor()
            self.editor.setParent(self)
            self.right.addWidget(self.editor)
            self.editor.save_requested.connect(self._save)
            self.editor.cancelled.connect(self._back_to_detail)
        return self.editor

    def start_add(self) -> None:
        editor = self._ensure_editor()
        if self.right.currentWidget() is editor and editor.is_dirty() and not editor.cancel():
            return
        self.editing_id = None
        editor.title_label.setText(self._new_title)
        editor.load(None)  # type: ignore[attr-defined]
        self.right.setCurrentWidget(editor)
        make_room(self.splitter, editor)
        editor.field(self._first_field).setFocus()

    def start_edit(self) -> None:
        if self.current_record is None:
            return
        editor = self._ensure_editor()
        self.editing_id = self.current_record["id"]
        editor.title_label.setText(self._edit_title)
        editor.load(self.current_record)  # type: ignore[attr-defined]
        self.right.setCurrentWidget(editor)
        make_room(self.splitter, editor)
        editor.field(self._first_field).setFocus()

    def _save(self, _values: dict[str, Any]) -> None:
        assert self.editor is not None
        editing = self.editing_id
        payload = getattr(self.editor, "changes", None)  # an editor may send less than all its fields

        def write(values: dict[str, Any]) -> Any:
            fields = payload() if callable(payload) else values
            return self.store.update(editing, **fields) if editing else self.store.add(**fields)

        result = self.editor.run_save(write)
        if result is None:
            return
        record_id = result.id or editing
        if editing:
            self.model.refresh_ids([rid for rt, rid in result.updated if rt == self.record_type])
        else:
            self.model.reset()
        self.page.changed()
        self.right.setCurrentWidget(self.detail)
        if record_id:
            self.select(record_id)
        self.say(tr("Saved."), "ok")

    def _back_to_detail(self) -> None:
        self.right.setCurrentWidget(self.detail)
        self.list.table.setFocus()

    def clear(self) -> None:
        self.current_record = None
        self.editing_id = None
        self.detail.clear()
        if self.editor is not None:
            self.right.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        self.message.clear()


def _contact_view(c: dict[str, Any]) -> tuple[str, list[tuple[str, Any]]]:
    return c["name"], [
        (tr("Agency"), c.get("agency_name", "")),
        (tr("Organisation"), c.get("organisation", "")),
        (tr("Role"), c.get("role", "")),
        (tr("Country"), country_label(c.get("country"))),
        (tr("Languages"), _languages_text(c.get("languages", []))),
        (tr("Phones"), [show_phone(p) for p in c.get("phones", [])]),
        (tr("E-mail"), c.get("email", "")),
        (tr("Secure channels"), [show_channel(s) for s in c.get("secure_channels", [])]),
        (tr("Time zone"), _zone_text(c.get("time_zone", ""))),
        (tr("Notes"), c.get("notes", "")),
        (tr("Origin"), origin_label(c.get("origin", ""))),
    ]


def _agency_view(a: dict[str, Any]) -> tuple[str, list[tuple[str, Any]]]:
    return a["name"], [
        (tr("Kind"), kind_label(a.get("kind", ""))),
        (tr("Country"), country_label(a.get("country"))),
        (tr("Languages"), _languages_text(a.get("languages", []))),
        (tr("Channels"), [show_channel(s) for s in a.get("channels", [])]),
        (tr("Phones"), [show_phone(p) for p in a.get("phones", [])]),
        (tr("E-mail"), a.get("email", "")),
        (tr("Address"), a.get("address", "")),
        (tr("Time zone"), _zone_text(a.get("time_zone", ""))),
        (tr("Notes"), a.get("notes", "")),
        (tr("Origin"), origin_label(a.get("origin", ""))),
    ]


def _zone_text(name: str) -> str:
    from .contact_common import local_time_text

    if not name:
        return ""
    return f"{name}\n{local_time_text(name)}"


class ContactsPage(SectionPage):
    """Counterparts and agencies, with vCard import and export."""

    key, title = "contacts", "Contacts and agencies"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading = style.label(self.tr("Contacts and agencies"), "title")
        self.tabs = QTabWidget(self)
        self.contacts: DirectoryTab | None = None
        self.agencies: DirectoryTab | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 12)
        box.addWidget(self.heading)
        box.addWidget(self.tabs, 1)
        self._counts: tuple[int, int] | None = None
        if session.vault is not None and not session.vault.is_locked:
            self._build()

    def _build(self) -> None:
        vault = self.session.vault
        assert vault is not None
        agency_choices: list[tuple[str, Any]] = [(self.tr("All agencies"), None)]
        page = vault.agencies.list(limit=500)
        agency_choices += [(a["name"], a["id"]) for a in page.items]
        self.contacts = DirectoryTab(
            self,
            record_type="contact",
            store="contacts",
            columns=[
                Column("name", self.tr("Name"), width=200),
                Column("agency_name", self.tr("Agency"), width=220, sortable=False),
                Column("role", self.tr("Role"), width=140, sortable=False, visible=False),
                Column("country", self.tr("Country"), width=70),
                Column("languages", self.tr("Languages"), width=90, sortable=False),
                Column("email", self.tr("E-mail"), width=200),
                Column("time_zone", self.tr("Time zone"), width=130, sortable=False, visible=False),
            ],
            combos=[
                ComboFilter("country", self.tr("Country"), country_choices(self.tr("All countries"))),
                ComboFilter("agency", self.tr("Agency"), agency_choices),
            ],
            empty=EmptyState(
                self.tr("No contacts yet."),
                self.tr("Add your first counterpart, or import a vCard."),
                [(self.tr("Add contact…"), lambda: self.contacts.start_add()),  # type: ignore[union-attr]
                 (self.tr("Import vCard…"), lambda: self.import_vcard())],
            ),
            filter_placeholder=self.tr("Filter contacts: name, e-mail, phone, notes…"),
            make_editor=lambda: ContactEditor(self.session.vault),
            show=_contact_view,
            detail_get=lambda v, rid: v.contacts.get(rid, consult=True),
            add_text=self.tr("Add contact…"),
            new_title=self.tr("New contact"),
            edit_title=self.tr("Edit contact"),
        )
        self.vcard_task: Task | None = None
        self._vcard_stop: threading.Event | None = None
        self.import_button = QPushButton(self.tr("Import vCard…"), self.contacts)
        self.import_button.setToolTip(self.tr("Import the contacts of a vCard file (.vcf)"))
        self.export_button = QPushButton(self.tr("Export vCard…"), self.contacts)
        self.export_button.setToolTip(
            self.tr("Export the selected contacts, or all contacts of the list's country, as a vCard file"))
        self.contacts.actions_row.insertWidget(2, self.import_button)
        self.contacts.actions_row.insertWidget(3, self.export_button)
        self.import_button.clicked.connect(self.import_vcard)
        self.contacts.progress.cancel_button.clicked.connect(self._cancel_vcard)
        self.export_button.clicked.connect(self.export_vcard)

        self.agencies = DirectoryTab(
            self,
            record_type="agency",
            store="agencies",
            columns=[
                Column("name", self.tr("Name"), width=320),
                Column("kind", self.tr("Kind"), width=160, format=kind_label),
                Column("country", self.tr("Country"), width=70),
                Column("email", self.tr("E-mail"), width=200, sortable=False),
            ],
            combos=[
                ComboFilter("country", self.tr("Country"), country_choices(self.tr("All countries"))),
                ComboFilter("kind", self.tr("Kind"), [(self.tr("All kinds"), None)]
                            + [(kind_label(k), k) for k in AGENCY_KINDS]),
            ],
            empty=EmptyState(self.tr("No agencies yet."),
                             self.tr("Add the bodies your counterparts work for."),
                             [(self.tr("Add agency…"), lambda: self.agencies.start_add())]),  # type: ignore[union-attr]
            filter_placeholder=self.tr("Filter agencies: name, e-mail, address…"),
            make_editor=AgencyEditor,
            show=_agency_view,
            detail_get=lambda v, rid: v.agencies.get(rid),
            add_text=self.tr("Add agency…"),
            new_title=self.tr("New agency"),
            edit_title=self.tr("Edit agency"),
        )
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self.agencies, self.tr("Agencies"))

    # -- SectionPage --------------------------------------------------------------------------

    def load(self) -> None:
        if self.contacts is None:
            self._build()
        else:
            self.contacts.model.reset()
            self.agencies.model.reset()  # type: ignore[union-attr]
        self._count()

    def _count(self) -> None:
        vault = self.session.vault
        if vault is None:
            self._counts = None
            return
        db = vault.db
        self._counts = (int(db.execute("SELECT count(*) FROM contacts").fetchone()[0]),
                        int(db.execute("SELECT count(*) FROM agencies").fetchone()[0]))

    def changed(self) -> None:
        """A write happened: the navigation count may have moved."""
        self._count()

    def clear(self) -> None:
        for tab in (self.contacts, self.agencies):
            if tab is not None:
                tab.clear()
        self._counts = None

    def nav_count(self) -> int | None:
        return self._counts[0] if self._counts else None

    def open_record(self, record_type: str, record_id: str) -> bool:
        """Show a contact or an agency (e.g. picked in the search popup)."""
        tab = {"contact": self.contacts, "agency": self.agencies}.get(record_type)
        if tab is None:
            return False
        self.tabs.setCurrentWidget(tab)
        tab.list.clear_filters()
        return tab.select(record_id)

    # -- vCard ---------------------------------------------------------------------------------

    def import_vcard(self) -> Task | None:
        """Import a vCard file; cards without a country take the list's country filter. The cards are
        checked and written on the thread pool, with Cancel; the message line gives the outcome."""
        tab = self.contacts
        assert tab is not None
        path = dialogs.ask_open_file(self, self.tr("Import contacts from a vCard file"), VCARD_FILTER)
        if not path:
            return None
        try:
            size = Path(path).stat().st_size
            if size > MAX_VCARD_BYTES:
                tab.say(self.tr("The file is too large for a vCard file ({size:,} bytes); nothing was imported.")
                        .format(size=size), "error")
                return None
            data = Path(path).read_bytes()
        except OSError as exc:
            tab.say(self.tr("Could not read {path}: {why}. Nothing was imported.").format(
                path=path, why=exc.strerror or exc), "error")
            return None
        country = tab.list.combo("country").currentData()
        vault = self.session.vault
        assert vault is not None
        stop = threading.Event()

        def checkpoint() -> None:
            if stop.is_set():
                raise _Cancelled

        def done(result: Changes) -> None:
            if not shiboken6.isValid(tab):
                return
            self._vcard_finished(tab)
            skipped = result.extra.get("skipped", [])
            text = self.tr("{n} contact(s) imported, {k} skipped.").format(n=len(result.created), k=len(skipped))
            if skipped:
                text += "\n" + self.tr("Skipped:") + "\n" + "\n".join(f"• {s}" for s in skipped)
            tab.say(text, "ok" if result.created else "warning")
            tab.model.reset()
            self.changed()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(tab):
                return
            self._vcard_finished(tab)
            if isinstance(exc, _Cancelled):
                tab.say(self.tr("Import cancelled: nothing was imported."))
                return
            hint = ""
            if getattr(exc, "field", None) == "country":
                hint = " " + self.tr("Choose a country in the list's Country filter: cards without one take it.")
            why = str(exc) or type(exc).__name__
            tab.say(self.tr("Nothing was imported: {why}").format(why=why) + hint, "error")

        # A directory of thousands of cards takes seconds: checked and written off the main thread.
        tab.say("")
        self.import_button.setEnabled(False)
        self._vcard_stop = stop
        tab.progress.start(self.tr("Importing the contacts of {name}…").format(name=Path(path).name),
                           cancellable=True)
        self.vcard_task = run_in_background(
            lambda: vault.contacts.import_vcard(data, country=country, checkpoint=checkpoint), done, failed,
            write=True, stop=stop.set)
        return self.vcard_task

    def _cancel_vcard(self) -> None:
        """Ask the vCard import under way to stop before it writes."""
        if self._vcard_stop is None or self.contacts is None:
            return
        self._vcard_stop.set()
        self.contacts.progress.cancel_button.setEnabled(False)
        self.contacts.progress.busy.text.setText(self.tr("Cancelling…"))

    def _vcard_finished(self, tab: DirectoryTab) -> None:
        tab.progress.stop()
        self.import_button.setEnabled(True)
        self.vcard_task = self._vcard_stop = None

    def export_vcard(self) -> None:
        """Export the selected contacts, or every contact of the country filter (all when none)."""
        tab = self.contacts
        assert tab is not None
        ids = tab.list.selected_ids()
        path = dialogs.ask_save_file(self, self.tr("Export contacts as a vCard file"), "contacts.vcf", VCARD_FILTER)
        if not path:
            return
        vault = self.session.vault
        assert vault is not None
        try:
            if ids:
                text = vault.contacts.export_vcard(ids)
            else:
                text = vault.contacts.export_vcard(country=tab.list.combo("country").currentData())
            atomic_write(Path(path), text.encode("utf-8"))
        except LiaisonError as exc:
            tab.say(self.tr("Nothing was exported: {why}").format(why=str(exc)), "error")
            return
        except OSError as exc:
            tab.say(self.tr("Could not write {path}: {why}.").format(path=path, why=exc.strerror or exc), "error")
            return
        n = text.count("BEGIN:VCARD")
        tab.say(self.tr("{n} contact(s) exported to {path}.").format(n=n, path=path), "ok")
