"""The Documents section: the register of final documents, the selected one's preview and versions, and what
an officer does with it (print, save as, e-mail) - plus "is this PDF ours?" by dropping it on the window.

The PDF is decrypted from the vault into memory and shown from there (``ui.pdf_preview``); nothing is written
to disk except the files the officer asks for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liaison import handling as core_handling
from liaison.documents import register
from liaison.documents.labels import language_names, load_labels
from liaison.documents.labels import text as label_text
from liaison.documents.templates import templates_dir, templates_for_vault
from liaison.errors import LiaisonError
from liaison.paging import Page

from . import dialogs, document_actions, i18n, style
from .contact_common import compact_combos
from .listview import TEXT_FILTER, ComboFilter, EmptyState, RecordListView
from .models import DATE, DATETIME, HANDLING, NUMBER, REFERENCE, Column, PagedTableModel
from .pdf_preview import PdfPreview
from .sections import SectionPage
from .session import Session

# Verification results: a word always, a meaning colour with it.
_VERIFY_COLOURS = {"genuine": "ok", "altered": "error", "foreign": "warning", "error": "error"}


def pdf_paths(mime) -> list[Path]:
    """The local PDF files in dropped data (anything else is ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    out = []
    for url in mime.urls():
        if url.isLocalFile():
            p = Path(url.toLocalFile())
            if p.suffix.lower() == ".pdf":
                out.append(p)
    return out


class DocumentsPage(SectionPage):
    """The register: filter it (case, template, versions, language, TLP), see a document, its versions, and act
    on it."""

    key, title = "documents", "Documents"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAcceptDrops(True)
        self._count: int | None = None
        self._choices_key: tuple | None = None  # what the filter choices were made from
        self._current: dict[str, Any] | None = None

        self.heading = style.label(self.tr("Documents"), "title")
        self.intro = style.label(self.tr(
            "Final documents kept in the register. Drop a PDF anywhere on the window to check whether it is ours."),
            "muted")

        self.list_view: RecordListView | None = None
        self.list_holder = QVBoxLayout()
        self.list_holder.setContentsMargins(0, 0, 0, 0)

        # ---- the selected document
        panel = QWidget(self)
        self.doc_heading = style.label("", "heading")
        self.doc_heading.setObjectName("documentHeading")
        facts = self.facts_card = QFrame(panel)
        facts.setObjectName("card")
        self.facts = QFormLayout(facts)
        self.facts.setContentsMargins(12, 8, 12, 8)
        self.case_value, self.version_value, self.date_value, self.handling_value, self.sha_value = (
            self._value() for _ in range(5))
        self.sha_value.setFont(style.monospace_font())
        self.facts.addRow(self.tr("Case"), self.case_value)
        self.facts.addRow(self.tr("Version"), self.version_value)
        self.facts.addRow(self.tr("Date"), self.date_value)
        self.facts.addRow(self.tr("Handling"), self.handling_value)
        self.facts.addRow(self.tr("SHA-256"), self.sha_value)

        self.versions_label = style.label(self.tr("Versions"), "heading")
        self.versions = QListWidget(panel)
        self.versions.setObjectName("versions")
        self.versions.setAccessibleName(self.tr("Versions of this document"))
        self.versions.setMaximumHeight(self.fontMetrics().height() * 4 + 8)
        self.versions.itemActivated.connect(self._open_version)
        self.versions_label.setBuddy(self.versions)
        style.tabular(self.versions)

        self.print_button = self._button(self.tr("&Print…"), self.print_current, "Ctrl+P")
        self.save_button = self._button(self.tr("&Save as…"), self.save_current, "Ctrl+Shift+S")
        self.email_button = self._button(self.tr("&E-mail…"), self.email_current, "Ctrl+Shift+E")
        self.verify_button = self._button(self.tr("&Verify a PDF…"), self.verify_chosen_file, "Ctrl+Shift+V")
        actions = QHBoxLayout()
        for b in (self.print_button, self.save_button, self.email_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.verify_button)

        self.action_status = style.label("", "muted")
        self.action_status.setObjectName("actionStatus")
        self.action_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_status.hide()
        # The verification result: a banner under the heading, a word (and a mark) first, then the details.
        self.verify_box = QFrame(self)
        self.verify_box.setObjectName("card")
        self.verify_heading = style.label("")
        self.verify_heading.setObjectName("verifyHeading")
        font = self.verify_heading.font()
        font.setBold(True)
        self.verify_heading.setFont(font)
        self.verify_result = style.label("", "muted")
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setAccessibleName(self.tr("Verification result"))
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.tabular(self.verify_result)
        self.verify_dismiss = QPushButton(self.tr("Dismiss"), self.verify_box)
        self.verify_dismiss.setAccessibleName(self.tr("Dismiss the verification result"))
        self.verify_dismiss.clicked.connect(self._hide_verify)
        vrow = QHBoxLayout(self.verify_box)
        vrow.setContentsMargins(12, 8, 12, 8)
        vtext = QVBoxLayout()
        vtext.addWidget(self.verify_heading)
        vtext.addWidget(self.verify_result)
        vrow.addLayout(vtext, 1)
        vrow.addWidget(self.verify_dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.verify_box.hide()

        self.preview = PdfPreview(panel, empty_text=self.tr("Choose a document to see it here."))
        pbox = QVBoxLayout(panel)
        pbox.setContentsMargins(0, 0, 0, 0)
        pbox.addWidget(self.doc_heading)
        pbox.addWidget(facts)
        pbox.addWidget(self.versions_label)
        pbox.addWidget(self.versions)
        pbox.addLayout(actions)
        pbox.addWidget(self.action_status)
        pbox.addWidget(self.preview, 1)

        left = QWidget(self)
        left.setLayout(self.list_holder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        unit = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([unit * 90, unit * 80])

        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(8)
        box.addWidget(self.heading)
        box.addWidget(self.intro)
        box.addWidget(self.verify_box)
        box.addWidget(self.splitter, 1)
        self._show_document(None)

    # ------------------------------------------------------------------ building
    def _value(self) -> QLabel:
        lab = style.label("")
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.tabular(lab)
        return lab

    def _button(self, text: str, slot, shortcut: str) -> QPushButton:
        b = QPushButton(text, self)
        name = text.replace("&", "").rstrip("…")
        b.setAccessibleName(name)
        b.setToolTip(f"{name} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        b.clicked.connect(slot)
        sc = QShortcut(QKeySequence(shortcut), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)
        return b

    def _columns(self) -> list[Column]:
        return [
            Column("created_at", self.tr("Made"), kind=DATETIME),
            Column("case_reference", self.tr("Case"), kind=REFERENCE, sort_key="own_reference"),
            Column("title", self.tr("Document")),
            Column("version", self.tr("Version"), kind=NUMBER, sortable=False),
            Column("status", self.tr("Status"), sortable=False),
            Column("handling", self.tr("Handling"), kind=HANDLING, sortable=False),
            Column("document_date", self.tr("Dated"), kind=DATE),
            Column("template_id", self.tr("Template"), visible=False),
        ]

    def _fetch(self, after: str | None, limit: int, sort: str, descending: bool, filters: dict[str, Any]) -> Page:
        vault = self.session.vault
        if vault is None:
            return Page([], None)
        page = register.list_documents(vault, filters.get(TEXT_FILTER) or None, template=filters.get("template"),
                                       state=filters.get("state"), language=filters.get("language"),
                                       tlp=filters.get("tlp"), sort=sort, descending=descending, after=after,
                                       limit=limit)
        for row in page.items:
            row["status"] = self.tr("superseded") if row.get("superseded_by") else self.tr("current")
        return page

    def _build_list(self) -> None:
        model = PagedTableModel(self._fetch, self._columns(), sort="created_at", descending=True, parent=self)
        self.list_view = RecordListView(
            model, filter_placeholder=self.tr("Case reference"),
            empty=EmptyState(self.tr("No final documents yet."),
                             self.tr("Make one from a case with New request…; drafts are not kept in the register.")),
            combos=[
                ComboFilter("template", self.tr("Template"), [(self.tr("All templates"), None)]),
                ComboFilter("state", self.tr("Versions"), [(self.tr("All versions"), None),
                                                           (self.tr("Current"), "current"),
                                                           (self.tr("Superseded"), "superseded")]),
                ComboFilter("language", self.tr("Language"), [(self.tr("All languages"), None)]),
                ComboFilter("tlp", self.tr("TLP"), [(self.tr("Any TLP"), None)]
                            + [(label, label) for label in core_handling.tlp_labels()]),
            ],
            wrap_filters=True, parent=self)
        # The bar wraps, so each closed combo can be as wide as its "All ..." entry in any language.
        for key in ("template", "state", "language", "tlp"):
            compact_combos(self.list_view, [key], chars=max(6, round(len(self.list_view.combo(key).itemText(0)) * 0.85)))
        edit = self.list_view.filter_edit
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 40)
        self.list_view.setAccessibleName(self.tr("Register of documents"))
        model.loaded.connect(self._fit_columns)
        self._fit_columns()
        self.list_view.current_changed.connect(self._on_current)
        self.list_view.open_record.connect(self._on_current)
        self.list_holder.addWidget(self.list_view)

    def _fill_choices(self) -> None:
        """The templates and languages the register holds, as filter choices (named in the interface
        language where the vault's label files name them); a choice made stays chosen."""
        vault = self.session.vault
        if vault is None or self.list_view is None:
            return
        try:
            held = register.register_choices(vault)
        except LiaisonError:
            return  # the filters keep their choices; the list reports real errors
        key = (tuple(held["templates"]), tuple(held["languages"]), i18n.current_language())
        if key == self._choices_key:
            return  # the same register as at the last refresh: no template file is read again
        try:
            titles = {tid: t.title for tid, t in templates_for_vault(vault, errors=[]).items()}
            own = templates_dir(vault)
            labels = load_labels([own] if own and own.is_dir() else ())
        except LiaisonError:
            labels, titles = {}, {}  # a broken label file of the officer's: the ids are shown instead
        self._choices_key = key
        lang = i18n.current_language() if i18n.current_language() in labels else "en"
        named = sorted(((label_text(labels, titles[tid], lang) if tid in titles else tid), tid)
                       for tid in held["templates"])
        native = language_names()
        languages = [(f"{native[code]} ({code})" if code in native else code, code) for code in held["languages"]]
        for key, choices in (("template", named), ("language", languages)):
            combo = self.list_view.combo(key)
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:  # the first entry is "All ..."
                combo.removeItem(1)
            for text, value in choices:
                combo.addItem(text, value)
            at = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def _fit_columns(self) -> None:
        """Dates, references and numbers at their full width (any font size, any scaling)."""
        if self.list_view is None:
            return
        table = self.list_view.table
        for key in ("created_at", "case_reference", "version", "status", "document_date"):
            col = self.list_view.model.column_index(key)
            if col >= 0:
                table.resizeColumnToContents(col)

    # ------------------------------------------------------------------ SectionPage
    def load(self) -> None:
        vault = self.session.vault
        assert vault is not None
        if self.list_view is None:
            self._build_list()
        else:
            self.list_view.model.reset()
        self._fill_choices()
        try:
            self._count = int(vault.db.execute("SELECT count(*) FROM documents").fetchone()[0])
        except Exception:  # noqa: BLE001 - a count is a nicety; the list reports real errors
            self._count = None
        if self._current is not None:
            self._show_document(self._current["id"])

    def clear(self) -> None:
        self._count = None
        self._choices_key = None
        self._current = None
        self.preview.clear()
        self.versions.clear()
        self._hide_verify()
        self.action_status.clear()
        self.action_status.hide()
        for lab in (self.case_value, self.version_value, self.date_value, self.handling_value, self.sha_value,
                    self.doc_heading):
            lab.clear()
        if self.list_view is not None:
            self.list_view.setParent(None)
            self.list_view.deleteLater()
            self.list_view = None

    def nav_count(self) -> int | None:
        return self._count

    def open_record(self, record_type: str, record_id: str) -> None:
        """Select and show a document (e.g. from the search popup)."""
        if record_type != register.RECORD_TYPE:
            return
        if self.list_view is None:
            self.refresh()
        if self.list_view is not None and not self.list_view.select_id(record_id):
            self._show_document(record_id)

    # ------------------------------------------------------------------ showing a document
    @property
    def current_id(self) -> str | None:
        return self._current["id"] if self._current else None

    def _on_current(self, record_id: str) -> None:
        self._show_document(record_id or None)

    def _show_document(self, doc_id: str | None) -> None:
        vault = self.session.vault
        has = bool(doc_id) and vault is not None and not vault.is_locked
        for b in (self.print_button, self.save_button, self.email_button):
            b.setEnabled(has)
        self.versions.clear()
        for w in (self.facts_card, self.versions_label, self.versions):
            w.setVisible(has)
        if not has:
            self._current = None
            self.preview.clear()
            self.doc_heading.setText(self.tr("No document chosen"))
            for lab in (self.case_value, self.version_value, self.date_value, self.handling_value, self.sha_value):
                lab.clear()
            return
        try:
            doc = register.get_document(vault, doc_id)
        except LiaisonError as exc:
            self._current = None
            self.action_status.setText(exc.message)
            return
        self._current = doc
        self.doc_heading.setText(doc["title"])
        self.case_value.setText(doc["case_reference"])
        state = self.tr("superseded") if doc.get("superseded_by") else self.tr("current")
        self.version_value.setText(self.tr("{version} ({state})").format(version=doc["version"], state=state))
        self.date_value.setText(doc["document_date"])
        self.handling_value.setText(doc["handling"] or self.tr("none"))
        digest = doc["sha256"] or ""
        self.sha_value.setText(" ".join(digest[i:i + 8] for i in range(0, len(digest), 8)))  # readable, wraps
        self._fill_versions(doc)
        try:
            data = register.pdf_bytes(vault, doc["id"])
        except LiaisonError as exc:
            self.preview.clear()
            self.preview.status.setText(exc.message)
            return
        if self.preview.set_pdf(data):
            self.preview.status.setText(self.tr("Version {version} of {ref}: {pages} page(s)").format(
                version=doc["version"], ref=doc["case_reference"], pages=self.preview.page_count()))

    def _fill_versions(self, doc: dict[str, Any]) -> None:
        """The supersedes chain, newest first: each version one row (a handful per document)."""
        vault = self.session.vault
        chain = [doc]
        seen = {doc["id"]}
        newer = doc.get("superseded_by")
        while newer and newer not in seen and len(chain) < 100:
            d = register.get_document(vault, newer)
            chain.insert(0, d)
            seen.add(d["id"])
            newer = d.get("superseded_by")
        older = doc.get("supersedes_id")
        while older and older not in seen and len(chain) < 100:
            d = register.get_document(vault, older)
            chain.append(d)
            seen.add(d["id"])
            older = d.get("supersedes_id")
        for d in chain:
            state = self.tr("superseded") if d.get("superseded_by") else self.tr("current")
            text = self.tr("Version {version} · {date} · {state}").format(
                version=d["version"], date=d["document_date"], state=state)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, d["id"])
            if d["id"] == doc["id"]:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.versions.addItem(item)

    def _open_version(self, item: QListWidgetItem) -> None:
        doc_id = item.data(Qt.ItemDataRole.UserRole)
        if self.list_view is not None and self.list_view.select_id(doc_id):
            return
        self._show_document(doc_id)

    # ------------------------------------------------------------------ actions
    def _report(self, outcome: document_actions.Outcome) -> None:
        # Printing, saving and e-mailing change the audit trail only, not the register's rows.
        self.action_status.setText(outcome.message)
        self.action_status.setVisible(bool(outcome.message))

    def print_current(self) -> None:
        if self._current and self.session.vault is not None:
            self._report(document_actions.print_document(self, self.session.vault, self._current["id"]))

    def save_current(self) -> None:
        if self._current and self.session.vault is not None:
            self._report(document_actions.save_as(self, self.session.vault, self._current["id"]))

    def email_current(self) -> None:
        if self._current and self.session.vault is not None:
            self._report(document_actions.email(self, self.session.vault, self._current["id"]))

    def verify_chosen_file(self) -> None:
        path = dialogs.ask_open_file(self, self.tr("Verify a PDF"), self.tr("PDF documents (*.pdf)"))
        if path:
            self.verify_path(path)

    def verify_path(self, path: str | Path) -> document_actions.Outcome | None:
        """Check a PDF and say the result in words (and show the document when it is ours)."""
        vault = self.session.vault
        if vault is None or vault.is_locked:
            return None
        outcome = document_actions.verify_file(vault, path)
        kind = outcome.details.get("kind", "error")
        head, _sep, detail = outcome.message.partition("\n")
        mark = {"genuine": "✔", "altered": "✖", "foreign": "?"}.get(kind, "✖")
        self.verify_heading.setText(f"{mark} {Path(path).name}: {head}")
        style.set_role(self.verify_heading, _VERIFY_COLOURS.get(kind, "error"))
        self.verify_result.setText(detail)
        self.verify_box.show()
        doc_id = outcome.details.get("document_id")
        if kind == "genuine" and doc_id:
            self.open_record(register.RECORD_TYPE, doc_id)
        return outcome

    def _hide_verify(self) -> None:
        self.verify_heading.clear()
        self.verify_result.clear()
        self.verify_box.hide()

    @property
    def verify_text(self) -> str:
        """The verification result as shown (heading and details)."""
        return f"{self.verify_heading.text()}\n{self.verify_result.text()}".strip()

    # ------------------------------------------------------------------ drops
    def handle_drop(self, mime) -> bool:
        """Verify the first PDF in dropped data; False when there was none."""
        paths = pdf_paths(mime)
        if not paths:
            return False
        self.verify_path(paths[0])
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if pdf_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if pdf_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        if self.handle_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()


class _WindowDrops(QObject):
    """Lets a PDF dropped anywhere on the main window be verified by the Documents page."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def _page(self) -> DocumentsPage | None:
        page = getattr(self.window, "pages", {}).get("documents")
        return page if isinstance(page, DocumentsPage) and self.window.session.is_open else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._page() is not None and pdf_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            page = self._page()
            if page is not None and pdf_paths(event.mimeData()):
                self.window.show_section("documents")
                page.handle_drop(event.mimeData())
                event.acceptProposedAction()
                return True
        return False


def install_drop_verify(window) -> QObject:
    """Make the whole main window accept PDF drops and verify them on the Documents page (the lead calls this
    once when building the window). Returns the filter (kept alive by the window)."""
    window.setAcceptDrops(True)
    drops = _WindowDrops(window)
    window.installEventFilter(drops)
    window._document_drops = drops
    return drops
