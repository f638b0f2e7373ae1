"""The workspace's sections, registered in :data:`SECTIONS`.

Each section is a :class:`SectionPage` subclass. The window builds one page per
entry when the vault is unlocked and destroys them all when it locks, so that
no record stays in memory behind the lock screen. Later work replaces an entry
(``SECTIONS["cases"] = CasesPage``); the order of the dict is the order of the
navigation column and of the Ctrl+1..8 shortcuts.

Until a section's real page exists, a :class:`PlaceholderSection` says what it
will hold and how many records of that kind the vault has, when its table exists.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError

from . import i18n, style
from .session import Session

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sections", text)

RECENT_AUDIT_ENTRIES = 10


class SectionPage(QWidget):
    """One section of the workspace. Subclasses set ``key`` and ``title`` and
    fill ``load``; ``clear`` must drop every record the page shows."""

    key: ClassVar[str] = ""
    title: ClassVar[str] = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"section-{self.key}")
        self.setAccessibleName(i18n.section_title(self.title))

    def refresh(self) -> None:
        """Load what the page shows from the vault (:meth:`load`); while the vault is locked (or none is
        open), empty the page instead."""
        if not self.session.is_open:
            self.clear()
            return
        self.load()

    def load(self) -> None:
        """Build the page's content on first use, or read it again; the vault is open."""

    def clear(self) -> None:
        """Forget what the page shows (called before the vault locks)."""

    def nav_count(self) -> int | None:
        """A count for the navigation column, or None for no count."""
        return None


def table_count(session: Session, table: str) -> int | None:
    """The number of rows in ``table``, or None when the vault has no such table
    (its store is not part of this version yet). ``table`` is always one of our
    own constants, never user text."""
    if not session.is_open:
        return None
    assert session.vault is not None
    try:
        db = session.vault.db
        exists = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
        if not exists:
            return None
        quoted = '"' + table.replace('"', '""') + '"'
        return int(db.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
    except LiaisonError:
        return None
    except Exception:  # a driver error must not take the window down; it is logged
        log.exception("counting %s failed", table)
        return None


class PlaceholderSection(SectionPage):
    """Stands for a section whose page is written later: what it will hold, and
    the real count of its records. No made-up content."""

    holds: ClassVar[str] = ""
    tables: ClassVar[tuple[tuple[str, str], ...]] = ()  # (table name, label for its count)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading = style.label(i18n.section_title(self.title), "title")
        self.description = style.label(_tr(self.holds))
        self.counts = style.label("", "muted")
        self.counts.setObjectName("counts")
        style.tabular(self.counts)
        self.note = style.label(self.tr("This section's screens arrive in a later version of Liaison."), "muted")
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(10)
        box.addWidget(self.heading)
        box.addWidget(self.description)
        box.addWidget(self.counts)
        box.addWidget(self.note)
        box.addStretch(1)
        self._counts: dict[str, int | None] = {}

    def refresh(self) -> None:
        self._counts = {table: table_count(self.session, table) for table, _label in self.tables}
        parts = []
        for table, label in self.tables:
            n = self._counts[table]
            label = _tr(label)
            parts.append(self.tr("{label}: {count}").format(label=label, count=f"{n:,}") if n is not None
                         else self.tr("{label}: not in this vault yet").format(label=label))
        self.counts.setText(self.tr("In this vault: {counts}").format(counts=" · ".join(parts)) if parts else "")

    def clear(self) -> None:
        self._counts = {}
        self.counts.clear()

    def nav_count(self) -> int | None:
        known = [n for n in self._counts.values() if n is not None]
        return sum(known) if known else None


class CasesSection(PlaceholderSection):
    key, title = "cases", "Cases"
    holds = QT_TRANSLATE_NOOP("Sections", "Each case: its number, the requesting and requested states, the legal basis, the handling code, "
             "deadlines and everything exchanged about it.")
    tables = (("cases", QT_TRANSLATE_NOOP("Sections", "Cases")),)


class PersonsSection(PlaceholderSection):
    key, title = "persons", "Persons"
    holds = QT_TRANSLATE_NOOP("Sections", "Persons named in cases, with their names in every script and the cases they appear in.")
    tables = (("persons", QT_TRANSLATE_NOOP("Sections", "Persons")),)


class ContactsSection(PlaceholderSection):
    key, title = "contacts", "Contacts and agencies"
    holds = QT_TRANSLATE_NOOP("Sections", "Your counterparts abroad and at home, and the agencies and units they work for.")
    tables = (("contacts", QT_TRANSLATE_NOOP("Sections", "Contacts")), ("agencies", QT_TRANSLATE_NOOP("Sections", "Agencies")))


class AgreementsSection(PlaceholderSection):
    key, title = "agreements", "Agreements"
    holds = QT_TRANSLATE_NOOP("Sections", "The treaties, conventions and arrangements that give each exchange its legal basis.")
    tables = (("agreements", QT_TRANSLATE_NOOP("Sections", "Agreements")),)


class ExchangesSection(PlaceholderSection):
    key, title = "exchanges", "Exchange log"
    holds = QT_TRANSLATE_NOOP("Sections", "What was sent and received, with whom, when, on which legal basis and under which handling "
             "conditions.")
    tables = (("exchanges", QT_TRANSLATE_NOOP("Sections", "Exchanges")),)


class DocumentsSection(PlaceholderSection):
    key, title = "documents", "Documents"
    holds = QT_TRANSLATE_NOOP("Sections", "Formal requests, replies and attachments, kept encrypted inside the vault.")
    tables = (("attachments", QT_TRANSLATE_NOOP("Sections", "Attachments")),)


class AuditSection(PlaceholderSection):
    key, title = "audit", "Audit"
    holds = QT_TRANSLATE_NOOP("Sections", "The audit trail: every creation, change, consultation, disclosure and erasure, hash-chained so "
             "that any entry altered or removed is found.")
    tables = (("audit", QT_TRANSLATE_NOOP("Sections", "Entries")),)

    def nav_count(self) -> int | None:
        return None  # a growing log is not something to act on


class DashboardPage(SectionPage):
    """The vault at a glance: where it is, its schema and key slots, and the
    latest entries of the audit trail."""

    key, title = "dashboard", "Dashboard"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading = style.label(self.tr("Dashboard"), "title")
        card = QFrame(self)
        card.setObjectName("card")
        self.info_form = QFormLayout(card)
        self.info_form.setContentsMargins(16, 12, 16, 12)
        self.path_value = self._value()
        self.schema_value = self._value()
        self.slots_value = self._value()
        self.unlocked_value = self._value()
        self.info_form.addRow(self.tr("Vault"), self.path_value)
        self.info_form.addRow(self.tr("Schema version"), self.schema_value)
        self.info_form.addRow(self.tr("Key slots"), self.slots_value)
        self.info_form.addRow(self.tr("This session"), self.unlocked_value)

        self.audit_heading = style.label(self.tr("Recent activity"), "heading")
        self.audit = QTableWidget(0, 5, self)
        self.audit.setObjectName("recentAudit")
        self.audit.setAccessibleName(self.tr("Latest entries of the audit trail"))
        self.audit.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Record"), self.tr("Summary")])
        self.audit.verticalHeader().hide()
        self.audit.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit.setAlternatingRowColors(True)
        header = self.audit.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        style.tabular(self.audit)
        self.audit_empty = style.label("", "muted")

        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(10)
        box.addWidget(self.heading)
        box.addWidget(card)
        box.addWidget(self.audit_heading)
        box.addWidget(self.audit, 1)
        box.addWidget(self.audit_empty)

    def _value(self) -> QLabel:
        lab = style.label("")
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return lab

    def load(self) -> None:
        vault = self.session.vault
        assert vault is not None
        info = vault.info()
        self.path_value.setText(info["path"])
        self.schema_value.setText(str(info.get("schema_version", "")))
        slots = []
        for slot in info["slots"]:
            when = str(slot.get("created", ""))[:10]
            if slot["type"] == "keychain":
                slots.append(self.tr("keychain ({backend}), since {date}").format(backend=slot.get("backend", ""),
                                                                                   date=when))
            else:
                slots.append(self.tr("{type}, since {date}").format(type=slot["type"], date=when))
        self.slots_value.setText("\n".join(slots))
        self.unlocked_value.setText(self.session.unlock_description())
        self._fill_audit()

    def _fill_audit(self) -> None:
        vault = self.session.vault
        assert vault is not None
        last = vault.db.execute("SELECT max(seq) FROM audit").fetchone()[0] or 0
        entries = vault.audit.list(after_seq=max(0, last - RECENT_AUDIT_ENTRIES), limit=RECENT_AUDIT_ENTRIES)
        entries.reverse()  # newest first
        self.audit.setRowCount(len(entries))
        for row, e in enumerate(entries):
            try:
                when = datetime.fromisoformat(e["at"]).astimezone().strftime("%Y-%m-%d %H:%M")
            except (TypeError, ValueError):
                when = str(e["at"])
            record = e.get("ref") or e["record_type"]
            for col, text in enumerate([when, e["actor"], e["action"], record, e.get("summary") or ""]):
                self.audit.setItem(row, col, QTableWidgetItem(str(text)))
        if entries:
            self.audit_empty.setText(self.tr("The last {shown} of {total} entries; the Audit section lists them all.").format(
                shown=len(entries), total=f"{last:,}"))
        else:
            self.audit_empty.setText(self.tr("The audit trail is empty."))

    def clear(self) -> None:
        for lab in (self.path_value, self.schema_value, self.slots_value, self.unlocked_value, self.audit_empty):
            lab.clear()
        self.audit.clearContents()
        self.audit.setRowCount(0)


SECTIONS: dict[str, type[SectionPage]] = {
    "dashboard": DashboardPage,
    "cases": CasesSection,
    "persons": PersonsSection,
    "contacts": ContactsSection,
    "agreements": AgreementsSection,
    "exchanges": ExchangesSection,
    "documents": DocumentsSection,
    "audit": AuditSection,
}
