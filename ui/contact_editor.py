"""Editors for a contact (a counterpart) and an agency, on :class:`ui.forms.RecordEditor`.

Every field of the stores is here; the core validates (the message appears
under its field). Lists (phones, secure channels) are written one a line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from liaison.records.contacts import AGENCY_KINDS

from .contact_common import LinesEdit, ZoneField, show_channel, show_phone, tr
from .forms import RecordEditor
from .pickers import CountryPicker, LanguageListPicker

MAX_AGENCIES_IN_PICKER = 2000

KIND_LABELS = {
    "central-authority": "Central authority",
    "police": "Police",
    "prosecutor": "Prosecutor",
    "court": "Court",
    "24-7-point": "24/7 point of contact",
    "spoc": "Single point of contact (SPOC)",
    "customs": "Customs",
    "other": "Other",
}


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS.get(kind, kind))


def _notes() -> QPlainTextEdit:
    notes = QPlainTextEdit()
    notes.setTabChangesFocus(True)
    return notes


class AgencyCombo(QComboBox):
    """The agency a contact works for (or none), by name; ``value()`` is its id."""

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        # Agency names are long: narrow when closed, the open list as wide as its entries.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self.reload()

    def reload(self) -> None:
        """Read the agencies again (one may have been added since the editor was built)."""
        vault = self._vault
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(tr("No agency"), None)
        after = None
        # Agencies are a directory of bodies (hundreds at most); the picker stops at a bound.
        while self.count() <= MAX_AGENCIES_IN_PICKER:
            page = vault.agencies.list(after=after, limit=500)
            for a in page.items:
                self.addItem(f"{a['name']} ({a['country']})", a["id"])
            if not page.next_cursor:
                break
            after = page.next_cursor
        self.setCurrentIndex(max(0, self.findData(chosen)) if chosen else 0)
        self.blockSignals(False)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)

    def value(self) -> str | None:
        return self.currentData()

    def setValue(self, agency_id: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(agency_id)) if agency_id else 0)


class ContactEditor(RecordEditor):
    """A counterpart: who, where, which languages, how to reach them, when."""

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(tr("Contact"), record_label=tr("this contact"), parent=parent)
        who = self.add_section(tr("Who"))
        who.add_field("name", tr("Name"), QLineEdit(), required=True,
                      help=tr("As the counterpart writes it, in any script."))
        self.agency_combo = AgencyCombo(vault)
        who.add_field("agency", tr("Agency"), self.agency_combo, error_keys=("agency_id",))
        who.add_field("organisation", tr("Organisation"), QLineEdit(),
                      help=tr("When the body is not in the agencies list."))
        who.add_field("role", tr("Role"), QLineEdit())
        who.add_field("country", tr("Country"), CountryPicker(), required=True)
        who.add_field("languages", tr("Languages"), LanguageListPicker())
        reach = self.add_section(tr("How to reach them"))
        reach.add_field("phones", tr("Phones"), LinesEdit(tr("One number a line, e.g. +30 210 000 0000"),
                                                          show_phone))
        reach.add_field("email", tr("E-mail"), QLineEdit())
        reach.add_field("secure_channels", tr("Secure channels"),
                        LinesEdit(tr("One a line, e.g. Europol SIENA: unit@siena"), show_channel))
        reach.add_field("time_zone", tr("Time zone"), ZoneField())
        reach.add_field("notes", tr("Notes"), _notes())
        self.set_values({})

    def load(self, record: dict[str, Any] | None) -> None:
        """Show a stored contact (None: a blank one)."""
        self.agency_combo.reload()
        r = dict(record or {})
        r["agency"] = r.get("agency_id")
        for key in ("name", "organisation", "role", "email", "notes"):
            r.setdefault(key, "")
        for key in ("languages", "phones", "secure_channels"):
            r.setdefault(key, [])
        r.setdefault("country", None)
        r.setdefault("time_zone", "")
        self.set_values(r)


class AgencyEditor(RecordEditor):
    """A body: central authority, police, prosecutor, court, 24/7 point, SPOC, customs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Agency"), record_label=tr("this agency"), parent=parent)
        what = self.add_section(tr("Agency"))
        what.add_field("name", tr("Name"), QLineEdit(), required=True)
        kind = QComboBox()
        kind.addItem(tr("Choose a kind"), None)
        for k in AGENCY_KINDS:
            kind.addItem(kind_label(k), k)
        what.add_field("kind", tr("Kind"), kind, required=True)
        what.add_field("country", tr("Country"), CountryPicker(), required=True)
        what.add_field("languages", tr("Languages"), LanguageListPicker())
        reach = self.add_section(tr("How to reach it"))
        reach.add_field("channels", tr("Channels"),
                        LinesEdit(tr("One a line, e.g. Central authority: registry"), show_channel))
        reach.add_field("phones", tr("Phones"), LinesEdit(tr("One number a line"), show_phone))
        reach.add_field("email", tr("E-mail"), QLineEdit())
        address = QPlainTextEdit()
        address.setTabChangesFocus(True)
        reach.add_field("address", tr("Address"), address)
        reach.add_field("time_zone", tr("Time zone"), ZoneField())
        reach.add_field("notes", tr("Notes"), _notes())
        self.set_values({})

    def load(self, record: dict[str, Any] | None) -> None:
        r = dict(record or {})
        for key in ("name", "email", "address", "notes", "time_zone"):
            r.setdefault(key, "")
        for key in ("languages", "phones", "channels"):
            r.setdefault(key, [])
        r.setdefault("kind", None)
        r.setdefault("country", None)
        self.set_values(r)
