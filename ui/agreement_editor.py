"""The editor of an agreement (a legal basis), and the pickers it needs: several
countries (parties), measures with their article, channels.

Instruments of the reference catalogue (origin "reference") are kept as the
catalogue has them: their editor offers only the parties, and only adding
parties, and says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison import handling as core_handling
from liaison.records.agreements import AGREEMENT_TYPES, DATE_FIELDS, TYPE_LABELS, measures
from liaison.refdata import countries

from . import i18n, style
from .contact_common import LinesEdit, tr
from .forms import RecordEditor
from .pickers import CodeRole, CountryPicker, DatePicker, LanguageListPicker

DATE_LABELS = {
    "adopted": "Adopted",
    "signed": "Signed",
    "in_force": "In force from",
    "transposition_deadline": "Transposition deadline",
    "expires": "Expires",
    "review": "Review date",
}
ORIGIN_LABELS = {"reference": "Reference data", "demo": "Demo data", "user": "Entered here", "import": "Imported"}


def type_label(value: str) -> str:
    text = TYPE_LABELS.get(value, value)
    return tr(text[:1].upper() + text[1:]) if value else ""


def origin_label(value: str) -> str:
    return tr(ORIGIN_LABELS.get(value, value))


class CountryListPicker(QWidget):
    """Several countries (e.g. the parties), sorted by code. ``value()`` is a list
    of ISO 3166-1 alpha-2 codes. ``locked`` codes cannot be removed."""

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = CountryPicker(parent=self)
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setToolTip(tr("Add the country (Enter)"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Chosen countries"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 5 + 12)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setEnabled(False)
        self.locked: set[str] = set()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.list, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addLayout(bottom)
        self.add_button.clicked.connect(self.add_current)
        self.picker.lineEdit().returnPressed.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_remove)

    def value(self) -> list[str]:
        return [self.list.item(i).data(CodeRole) for i in range(self.list.count())]

    def setValue(self, codes: Iterable[str] | None) -> None:
        self.list.clear()
        for code in sorted(dict.fromkeys(codes or ())):
            self._append(code)
        self.value_changed.emit(self.value())

    def add(self, code: str) -> None:
        if code in self.value():
            return
        self._append(code)
        self.list.sortItems()
        self.value_changed.emit(self.value())

    def add_current(self) -> None:
        self.picker.commit_text()
        code = self.picker.value()
        if code:
            self.add(code)
            self.picker.setValue(None)

    def remove_selected(self) -> None:
        for item in list(self.list.selectedItems()):
            if item.data(CodeRole) not in self.locked:
                self.list.takeItem(self.list.row(item))
        self.value_changed.emit(self.value())

    def _update_remove(self) -> None:
        chosen = [i.data(CodeRole) for i in self.list.selectedItems()]
        self.remove_button.setEnabled(any(c not in self.locked for c in chosen))

    def _append(self, code: str) -> None:
        item = QListWidgetItem(f"{code}  {i18n.country_name(countries().get(code, code))}")
        item.setData(CodeRole, code)
        self.list.addItem(item)


class MeasureList(QListWidget):
    """The measures an agreement covers (or excludes), each checked, with the
    article kept as recorded. ``value()`` is ``[{measure, article}]``."""

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._articles: dict[str, str] = {}
        for slug, label in measures().items():
            item = QListWidgetItem(tr(label))
            item.setData(CodeRole, slug)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(self.fontMetrics().height() * 8 + 12)
        self.itemChanged.connect(lambda _i: self.value_changed.emit(self.value()))

    def value(self) -> list[dict[str, str]]:
        out = []
        for i in range(self.count()):
            item = self.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                slug = item.data(CodeRole)
                out.append({"measure": slug, "article": self._articles.get(slug, "")})
        return out

    def setValue(self, items: Iterable[dict[str, str]] | None) -> None:
        chosen = {m["measure"]: m.get("article", "") for m in (items or [])}
        self._articles = dict(chosen)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            slug = item.data(CodeRole)
            item.setCheckState(Qt.CheckState.Checked if slug in chosen else Qt.CheckState.Unchecked)
            article = chosen.get(slug, "")
            item.setText(tr(measures()[slug]) + (f" ({article})" if article else ""))
        self.blockSignals(False)
        self.value_changed.emit(self.value())


class ChannelChecks(QListWidget):
    """The channels an agreement provides for; ``value()`` is a list of channel names."""

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for name in core_handling.channels():
            item = QListWidgetItem(tr(name))
            item.setData(CodeRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(self.fontMetrics().height() * 6 + 12)
        self.itemChanged.connect(lambda _i: self.value_changed.emit(self.value()))

    def value(self) -> list[str]:
        return [self.item(i).data(CodeRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def setValue(self, names: Iterable[str] | None) -> None:
        chosen = set(names or [])
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(CodeRole) in chosen else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.value_changed.emit(self.value())


def _text_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * 4 + 14)
    return box


def _authority_text(item: Any) -> str:
    if isinstance(item, dict):
        if item.get("agency_id"):
            return str(item.get("name", ""))  # an agency's name links it again on save
        return f"{item['country']}: {item['name']}" if item.get("country") else str(item.get("name", ""))
    return str(item)


class AgreementEditor(RecordEditor):
    """All the fields of an agreement; for a reference instrument, only its parties."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Agreement"), record_label=tr("this agreement"), parent=parent)
        self.reference_note = style.label("", "warning")
        self.reference_note.setVisible(False)
        self.layout().insertWidget(1, self.reference_note)
        self.reference_mode = False
        self._original_parties: list[str] = []

        what = self.add_section(tr("Instrument"))
        what.add_field("title", tr("Title"), QLineEdit(), required=True)
        what.add_field("reference", tr("Reference"), QLineEdit(), help=tr("e.g. ETS 185 or a treaty series number"))
        kind = QComboBox()
        kind.addItem(tr("Choose a type"), None)
        for t in AGREEMENT_TYPES:
            kind.addItem(type_label(t), t)
        what.add_field("type", tr("Type"), kind, required=True)
        self.parties_section = self.add_section(tr("Parties"))
        self.parties_section.add_field(
            "parties", tr("Parties"), CountryListPicker(),
            help=tr("The states bound by it. Leave empty when not known: the legal-basis finder never guesses."))
        dates = self.add_section(tr("Dates"))
        for key in DATE_FIELDS:
            dates.add_field(key, tr(DATE_LABELS[key]), DatePicker())
        scope = self.add_section(tr("Scope"))
        scope_combo = QComboBox()
        scope_combo.addItem(tr("Only the measures listed"), "listed")
        scope_combo.addItem(tr("Mutual assistance in general terms"), "general")
        scope.add_field("measures_scope", tr("Measures covered"), scope_combo)
        scope.add_field("article", tr("Article on assistance"), QLineEdit())
        scope.add_field("measures", tr("Measures listed"), MeasureList())
        scope.add_field("measures_excluded", tr("Measures excluded"), MeasureList())
        scope.add_field("offences", tr("Offences covered"), LinesEdit(tr("One a line")))
        how = self.add_section(tr("Authorities, languages, channels"))
        how.add_field("central_authorities", tr("Central authorities"),
                      LinesEdit(tr("One a line: an agency's name, or CC: name"), _authority_text))
        how.add_field("accepted_languages", tr("Accepted languages"), LanguageListPicker())
        how.add_field("channels", tr("Channels"), ChannelChecks())
        clauses = self.add_section(tr("Clauses and notes"))
        clauses.add_field("key_articles", tr("Key articles"), _text_box())
        clauses.add_field("confidentiality", tr("Confidentiality"), _text_box())
        clauses.add_field("data_protection", tr("Data protection"), _text_box())
        clauses.add_field("reservations", tr("Reservations"), _text_box())
        clauses.add_field("notes", tr("Notes"), _text_box())
        clauses.add_field("source", tr("Source"), _text_box(), help=tr("Where these facts come from."))
        self.set_values({})

    def load(self, record: dict[str, Any] | None) -> None:
        """Show a stored agreement (None: a blank one). A reference instrument
        shows only its parties; those recorded cannot be removed here."""
        r = dict(record or {})
        self.reference_mode = r.get("origin") == "reference"
        self._original_parties = list(r.get("parties") or [])
        for key in ("title", "reference", "article", "key_articles", "confidentiality", "data_protection",
                    "reservations", "notes", "source"):
            r.setdefault(key, "")
        for key in ("measures", "measures_excluded", "offences", "central_authorities", "accepted_languages",
                    "channels"):
            r.setdefault(key, [])
        r["parties"] = self._original_parties
        r.setdefault("type", None)
        r["measures_scope"] = r.get("measures_scope") or "listed"
        for key in DATE_FIELDS:
            value = r.get(key)
            r[key] = _as_date(value)
        parties = self.field("parties")
        parties.locked = set(self._original_parties) if self.reference_mode else set()
        for section in self.sections:
            section.setVisible(not self.reference_mode or section is self.parties_section)
        if self.reference_mode and r.get("pack"):
            parties.locked = set(self._original_parties)
            self.reference_note.setText(tr(
                "This instrument comes from Liaison's reference catalogue: its parties come from the reference pack "
                "(version {v}, status as of {d}), with their sources; install a newer pack to change them "
                "(liaison reference import FILE). Source: {source}").format(
                    source=r.get("source", ""), v=r["pack"]["version"], d=r["pack"]["status_as_of"]))
        elif self.reference_mode:
            self.reference_note.setText(tr(
                "This instrument comes from Liaison's reference catalogue and is kept as its source has it: "
                "only its parties can be added here. Source: {source}").format(source=r.get("source", "")))
        self.reference_note.setVisible(self.reference_mode)
        if self.reference_mode:
            self.title_label.setText(tr("Add parties"))
        self.set_values(r)

    def _update_state(self) -> None:
        super()._update_state()
        if getattr(self, "reference_mode", False):  # the only field shown is optional
            self.required_note.setVisible(False)

    def changes(self) -> dict[str, Any]:
        """What to send to the core: everything, or for a reference instrument its parties only."""
        values = self.values()
        if self.reference_mode:
            return {"parties": values["parties"]}
        for key in DATE_FIELDS:
            values[key] = values[key].isoformat() if values[key] else ""
        return values


def _as_date(value: Any):
    from datetime import date

    if not value:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
