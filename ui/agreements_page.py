"""Agreements: the treaties, conventions, EU instruments and memoranda that give
an exchange its legal basis, and the legal-basis finder.

Reference instruments (seeded from Liaison's catalogue) are marked as such with
their source; their editor only adds parties. The finder asks the core which
agreements can carry a request, with the reasons, and why the others cannot.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError
from liaison.records.agreements import AGREEMENT_TYPES, DATE_FIELDS, measures
from liaison.refdata import languages

from . import style
from .agreement_editor import DATE_LABELS, AgreementEditor, origin_label, type_label
from .contact_common import country_choices, country_label, tr
from .contacts_page import DirectoryTab
from .listview import ComboFilter, EmptyState
from .models import DATE, Column
from .pickers import CountryPicker, DatePicker
from .sections import SectionPage
from .session import Session

IdRole = int(Qt.ItemDataRole.UserRole) + 20


def _measure_lines(items: list[dict[str, str]]) -> list[str]:
    labels = measures()
    return [tr(labels.get(m["measure"], m["measure"])) + (f" ({m['article']})" if m.get("article") else "")
            for m in items]


def _parties_text(parties: list[str] | None) -> Any:
    if parties is None:
        return tr("Not recorded: add the parties to use it in the legal-basis finder.")
    return [country_label(c) for c in parties]


def _pack_parties(pack: dict[str, Any]) -> list[str]:
    """A reference instrument's parties from the reference pack: each with the date it is bound from, and the
    list's status (an unverified or partial list says so wherever it is shown)."""
    plist = pack["parties"]
    status = {"complete": tr("Complete list"), "partial": tr("Partial list: other states' status not recorded"),
              "unverified": tr("UNVERIFIED list: not taken from a source")}[plist["status"]]
    head = status + (tr(", status as of {d}").format(d=plist["as_of"]) if plist.get("as_of") else "")
    lines = [head]
    for st in plist["states"]:
        when = ", ".join(x for x in (tr("from {d}").format(d=st["from"]) if st.get("from") else "",
                                     tr("until {d}").format(d=st["until"]) if st.get("until") else "",
                                     tr("unverified") if st.get("verified") is False else "") if x)
        lines.append(country_label(st["state"]) + (f" ({when})" if when else ""))
    lines += [tr("Not bound: {state}: {reason}").format(state=country_label(nb["state"]), reason=nb["reason"])
              for nb in pack.get("not_bound", [])]
    return lines


def agreement_view(a: dict[str, Any]) -> tuple[str, list[tuple[str, Any]], str]:
    """Title, labelled values and a note (reference data and its source)."""
    note = ""
    if a.get("origin") == "reference":
        note = tr("Reference data from Liaison's catalogue, kept as its source has it; its parties come from the "
                  "reference pack (version {v}, status as of {d}). Source: {source}").format(
            source=a.get("source", ""), v=(a.get("pack") or {}).get("version", "-"),
            d=(a.get("pack") or {}).get("status_as_of", "-"))
    elif a.get("origin") == "demo":
        note = tr("Fictional demo data.")
    scope = (tr("Mutual assistance in general terms") if a.get("measures_scope") == "general"
             else tr("Only the measures listed"))
    rows: list[tuple[str, Any]] = [
        (tr("Reference"), a.get("reference", "")),
        (tr("Type"), type_label(a.get("type", ""))),
        (tr("Origin"), origin_label(a.get("origin", ""))),
        (tr("Parties"), _pack_parties(a["pack"]) if a.get("pack") else _parties_text(a.get("parties"))),
    ]
    rows += [(tr(DATE_LABELS[k]), a.get(k, "")) for k in DATE_FIELDS]
    names = languages()
    rows += [
        (tr("Measures covered"), scope),
        (tr("Article on assistance"), a.get("article", "")),
        (tr("Measures listed"), _measure_lines(a.get("measures", []))),
        (tr("Measures excluded"), _measure_lines(a.get("measures_excluded", []))),
        (tr("Offences covered"), a.get("offences", [])),
        (tr("Central authorities"), [
            (f"{c['country']}: {c['name']}" if c.get("country") else c["name"]) for c in a.get("central_authorities", [])
        ]),
        (tr("Accepted languages"), [f"{names.get(c, c)} ({c})" for c in a.get("accepted_languages", [])]),
        (tr("Channels"), [tr(c) for c in a.get("channels", [])]),
        (tr("Key articles"), a.get("key_articles", "")),
        (tr("Confidentiality"), a.get("confidentiality", "")),
        (tr("Data protection"), a.get("data_protection", "")),
        (tr("Reservations"), a.get("reservations", "")),
        (tr("Notes"), a.get("notes", "")),
        (tr("Source"), a.get("source", "")),
    ]
    return a["title"], rows, note


class BasisFinder(QWidget):
    """Requesting state, requested state, measure, date -> the agreements that can
    carry the request (best first, with reasons) and those that cannot (with why)."""

    def __init__(self, page: "AgreementsPage") -> None:
        super().__init__(page)
        self.page = page
        self.requesting = CountryPicker(allow_empty=False)
        self.requested = CountryPicker(allow_empty=False)
        self.measure = QComboBox(self)
        self.measure.setAccessibleName(tr("Measure"))
        for slug, label in measures().items():
            self.measure.addItem(tr(label), slug)
        self.offence = QComboBox(self)
        self.offence.setAccessibleName(tr("Offence"))
        self.offence.addItem(tr("(not given)"), None)
        from liaison.records.cases import offence_categories

        for slug, title in offence_categories().items():
            self.offence.addItem(tr(title), slug)
        self.on = DatePicker(value=date.today())
        self.find_button = QPushButton(tr("Find the legal basis"), self)
        self.find_button.setToolTip(tr("Find the legal basis (Ctrl+Enter)"))
        self.find_button.setDefault(True)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.find, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(tr("Requesting state:"), self.requesting)
        form.addRow(tr("Requested state:"), self.requested)
        form.addRow(tr("Measure:"), self.measure)
        form.addRow(tr("Offence:"), self.offence)
        form.addRow(tr("On the date:"), self.on)
        self.requesting.setAccessibleName(tr("Requesting state"))
        self.requested.setAccessibleName(tr("Requested state"))
        self.on.setAccessibleName(tr("Date"))
        self.error = style.label("", "error")
        self.error.setVisible(False)
        self.summary = style.label("", "muted")
        self.results = self._tree(tr("Agreements that can carry the request"))
        self.excluded = self._tree(tr("Agreements that cannot, and why"))
        self.results_heading = style.label(tr("Can be used"), "heading")
        self.excluded_heading = style.label(tr("Cannot be used"), "heading")
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        box.addLayout(form)
        box.addLayout(buttons)
        box.addWidget(self.error)
        box.addWidget(self.summary)
        box.addWidget(self.results_heading)
        box.addWidget(self.results, 2)
        box.addWidget(self.excluded_heading)
        box.addWidget(self.excluded, 2)
        self.find_button.clicked.connect(self.find)
        self.results.itemActivated.connect(self._open)
        self.excluded.itemActivated.connect(self._open)

    def _tree(self, name: str) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setAccessibleName(name)
        tree.setColumnCount(3)
        tree.setHeaderLabels([tr("Agreement"), tr("Reference"), tr("Reasons")])
        tree.setRootIsDecorated(False)
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.resizeSection(0, 340)
        return tree

    def find(self) -> dict[str, Any] | None:
        """Ask the core; show the results and the exclusions, or the refusal in words."""
        self.results.clear()
        self.excluded.clear()
        self.error.setVisible(False)
        self.summary.clear()
        for picker in (self.requesting, self.requested):
            picker.commit_text()
        if not self.requesting.value() or not self.requested.value():
            self._fail(tr("Choose the requesting and the requested state."))
            return None
        try:
            found = self.page.session.vault.agreements.find_basis(  # type: ignore[union-attr]
                self.requesting.value(), self.requested.value(), self.measure.currentData(),
                self.on.value() or date.today(), offence=self.offence.currentData())
        except LiaisonError as exc:
            self._fail(str(exc))
            return None
        for n, r in enumerate(found["results"]):
            reasons = ([tr("Governs")] if n == 0 else []) + r["reasons"]
            reasons += [tr("Unverified: {text}").format(text=u) for u in r.get("unverified", [])]
            reasons += [tr("Only if: {text}").format(text=c) for c in r.get("conditions", [])]
            flag = f" [{tr('unverified')}]" if r.get("unverified") else ""
            self._add(self.results, r["agreement_id"], r["title"] + flag, r["reference"], reasons)
        for r in found["excluded"]:
            self._add(self.excluded, r["agreement_id"], r["title"], r["reference"], r["reasons"])
        self.summary.setText(tr("{n} agreement(s) can carry a request for {measure} from {a} to {b} on {day}; "
                                "{k} cannot.").format(n=len(found["results"]), measure=found["measure_label"],
                                                      a=country_label(found["requesting_state"]),
                                                      b=country_label(found["requested_state"]),
                                                      day=found["date"], k=len(found["excluded"])))
        pack = found["pack"]
        note = tr("Reference data: pack {v}, status as of {d}.").format(v=pack["version"], d=pack["status_as_of"])
        if pack["stale"]:
            note += " " + tr("It is older than a year: party lists change; ask for a newer pack.")
        self.summary.setText(found["message"] + "\n" + self.summary.text() + "\n" + note)
        if not found["results"]:
            self.results.addTopLevelItem(QTreeWidgetItem([tr("None: see below why each agreement cannot be used."),
                                                          "", ""]))
        return found

    def _fail(self, text: str) -> None:
        self.error.setText(tr("Error: {text}").format(text=text))
        self.error.setVisible(True)

    @staticmethod
    def _add(tree: QTreeWidget, rid: str, title: str, reference: str, reasons: list[str]) -> None:
        item = QTreeWidgetItem([title, reference, "\n".join(f"• {r}" for r in reasons)])
        item.setData(0, IdRole, rid)
        item.setToolTip(0, title)
        item.setToolTip(2, "\n".join(reasons))
        tree.addTopLevelItem(item)

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        rid = item.data(0, IdRole)
        if rid:
            self.page.open_record("agreement", rid)

    def clear(self) -> None:
        self.results.clear()
        self.excluded.clear()
        self.summary.clear()
        self.error.setVisible(False)


class AgreementsPage(SectionPage):
    """The list of agreements with the chosen one on the right, and the finder."""

    key, title = "agreements", "Agreements"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading = style.label(self.tr("Agreements"), "title")
        self.tabs = QTabWidget(self)
        self.list_tab: DirectoryTab | None = None
        self.finder: BasisFinder | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 12)
        box.addWidget(self.heading)
        box.addWidget(self.tabs, 1)
        self._count: int | None = None
        if session.vault is not None and not session.vault.is_locked:
            self._build()

    def _build(self) -> None:
        self.list_tab = DirectoryTab(
            self,
            record_type="agreement",
            store="agreements",
            columns=[
                Column("title", self.tr("Title"), width=300),
                Column("reference", self.tr("Reference"), width=130, sortable=False),
                Column("type", self.tr("Type"), width=150, format=type_label),
                Column("origin", self.tr("Origin"), width=120, sortable=False, format=origin_label,
                       tooltip=lambda row: self.tr("Source: {source}").format(source=row.get("source", ""))
                       if row.get("source") else origin_label(row.get("origin", ""))),
                Column("parties", self.tr("Parties"), width=110, sortable=False,
                       format=lambda p: self.tr("not recorded") if p is None else ", ".join(p)),
                Column("in_force", self.tr("In force from"), width=110, kind=DATE),
                Column("review", self.tr("Review"), width=100, kind=DATE, visible=False),
            ],
            combos=[
                ComboFilter("type", self.tr("Type"), [(self.tr("All types"), None)]
                            + [(type_label(t), t) for t in AGREEMENT_TYPES]),
                ComboFilter("country", self.tr("Party"), country_choices(self.tr("All countries"))),
                ComboFilter("origin", self.tr("Origin"), [(self.tr("All origins"), None)]
                            + [(origin_label(o), o) for o in ("reference", "user", "import", "demo")]),
            ],
            empty=EmptyState(self.tr("No agreements yet."),
                             self.tr("Add the treaties and arrangements your exchanges rest on."),
                             [(self.tr("Add agreement…"), lambda: self.list_tab.start_add())]),  # type: ignore[union-attr]
            filter_placeholder=self.tr("Filter agreements: title, reference, offences…"),
            make_editor=AgreementEditor,
            show=agreement_view,
            detail_get=lambda v, rid: v.agreements.get(rid),
            add_text=self.tr("Add agreement…"),
            new_title=self.tr("New agreement"),
            edit_title=self.tr("Edit agreement"),
            first_field="title",
        )
        self.finder = BasisFinder(self)
        self.tabs.addTab(self.list_tab, self.tr("Agreements"))
        self.tabs.addTab(self.finder, self.tr("Legal-basis finder"))

    def load(self) -> None:
        if self.list_tab is None:
            self._build()
        else:
            self.list_tab.model.reset()
        self.changed()

    def changed(self) -> None:
        vault = self.session.vault
        self._count = int(vault.db.execute("SELECT count(*) FROM agreements").fetchone()[0]) if vault else None

    def clear(self) -> None:
        if self.list_tab is not None:
            self.list_tab.clear()
        if self.finder is not None:
            self.finder.clear()
        self._count = None

    def nav_count(self) -> int | None:
        return self._count

    def open_record(self, record_type: str, record_id: str) -> bool:
        if record_type != "agreement" or self.list_tab is None:
            return False
        self.tabs.setCurrentWidget(self.list_tab)
        self.list_tab.list.clear_filters()
        return self.list_tab.select(record_id)
