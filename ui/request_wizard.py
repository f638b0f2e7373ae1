"""The request wizard: from a case to a final document in the register.

Four steps, always shown on the left with what is left to do: 1) the request type (the eight templates, with a
suggestion from the case's legal basis or the legal-basis finder), 2) the language or the two languages, 3) the
fields, with the completeness list (``context.missing``) where each item jumps to its field and a live draft
preview rendered in the background, 4) finalise (only when nothing is missing) and then print, save or e-mail.

Nothing typed is lost going back: every answer is saved to the vault as it is typed (debounced; the core's
``set_answer`` for the template's questions, the case or the officer's profile for the values that come from
them), and the editors stay as they are until the request type changes.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from liaison.documents import context as doc_context
from liaison.documents import register
from liaison.documents.labels import language_names, load_labels
from liaison.documents.labels import text as label_text
from liaison.documents.render import field_text, render
from liaison.documents.templates import get_template, templates_dir, templates_for_vault
from liaison.errors import LiaisonError, ValidationError

from . import document_actions, style
from .pdf_preview import PdfPreview
from .pickers import DatePicker
from .session import Session
from .worker import run_in_background

SAVE_DELAY_MS = 400
PREVIEW_DELAY_MS = 350

# Values that come from the case and that the wizard may change there (source -> case field).
CASE_FIELDS = {
    "case.summary": "summary",
    "case.counterpart_reference": "counterpart_reference",
    "case.title": "title",
    "case.urgency_reason": "urgency_reason",
    "case.offence": "offence_text",
}
# Which request a legal basis usually carries (agreement key -> template); any other agreement: a letter of
# request for mutual legal assistance. Only a suggestion: the officer chooses.
BASIS_TEMPLATES = {
    "eu-2023-977": "information-request",
    "eu-eio-2014-41": "eio-request",
    "coe-ets-185": "preservation-request",
}
DEFAULT_BASIS_TEMPLATE = "mla-request"

# reportlab's font registry is shared: one render at a time (the preview's worker, or finalising).
RENDER_LOCK = threading.Lock()


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestWizard", text)


def _locked_render(view) -> bytes:
    with RENDER_LOCK:
        return render(view)


def suggest_template(vault: Any, case: dict[str, Any]) -> tuple[str | None, str]:
    """A request type for the case and why, from its legal basis, else from the legal-basis finder's best
    basis for information already held between the two states."""
    lb = case.get("legal_basis") or {}
    key = title = ""
    why = ""
    if lb.get("id"):
        row = vault.db.execute("SELECT key, title FROM agreements WHERE id = ?", (lb["id"],)).fetchone()
        if row:
            key, title = row[0] or "", row[1] or ""
            why = _tr("the case's legal basis is {title}").format(title=title)
    else:
        try:
            found = vault.agreements.find_basis(case["requesting_state"], case["requested_state"], "information-held")
        except LiaisonError:
            found = {"results": []}
        if found.get("results"):
            best = found["results"][0]
            row = vault.db.execute("SELECT key FROM agreements WHERE id = ?", (best.get("agreement_id"),)).fetchone()
            key, title = (row[0] if row else "") or "", best.get("title", "")
            why = _tr("the legal-basis finder's best basis from {a} to {b} is {title}").format(
                a=case["requesting_state"], b=case["requested_state"], title=title)
    if not title:
        return None, _tr("No suggestion: the case has no legal basis and the legal-basis finder found none "
                         "between these states. Choose the request type.")
    return BASIS_TEMPLATES.get(key, DEFAULT_BASIS_TEMPLATE), why


class _Row:
    """One field of the fill step: its editor (or read-only value) and its error line."""

    def __init__(self, key: str, target: str, widget: QWidget, error: QLabel, focus: QWidget) -> None:
        self.key, self.target, self.widget, self.error, self.focus = key, target, widget, error, focus


class RequestWizard(QDialog):
    """From a case to a final document; see the module docstring."""

    finalised = Signal(str)  # the new document's id
    edit_case_requested = Signal(str)  # the case id: the window may open the case

    STEP_TYPE, STEP_LANGUAGE, STEP_FILL, STEP_FINAL = range(4)

    def __init__(self, session: Session, case_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        vault = self._vault()
        case = vault.cases.get(case_ref)
        self.case_id: str = case["id"]
        self.case_ref: str = case["reference"]
        own = templates_dir(vault)
        self._labels = load_labels([own] if own and own.is_dir() else ())
        self._templates = templates_for_vault(vault)
        self.template_id: str | None = None
        self.lang: str = str(vault.settings.get("documents.default_language") or "en")
        if self.lang not in self._labels:
            self.lang = "en"
        self.second_lang: str | None = None
        self.step = self.STEP_TYPE
        self.document_id: str | None = None
        self.missing_items: list[dict[str, str]] = []
        self._rows: dict[str, _Row] = {}
        self._dirty: dict[str, _Row] = {}
        self._form_for: tuple[str, str] | None = None
        self._render_running = False
        self._render_pending = False
        self._generation = 0
        self.previews_shown = 0
        self._closed = False
        self._made = False  # a final document was made and nothing changed since

        self.setWindowTitle(self.tr("New request for case {ref}").format(ref=self.case_ref))
        self.setObjectName("requestWizard")

        # ---- left: where the officer is, and what is left
        self.step_labels = [QLabel(self) for _ in range(4)]
        steps_box = QVBoxLayout()
        steps_box.addWidget(style.label(self.tr("Steps"), "heading"))
        for lab in self.step_labels:
            lab.setWordWrap(True)
            steps_box.addWidget(lab)
        self.left_heading = style.label(self.tr("What is left"), "heading")
        self.left_count = style.label("", "muted")
        self.left_count.setObjectName("leftCount")
        self.missing_list = QListWidget(self)
        self.missing_list.setObjectName("completeness")
        self.missing_list.setWordWrap(True)
        self.missing_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.missing_list.setAccessibleName(self.tr("Fields still missing; Enter goes to the field"))
        self.missing_list.setToolTip(self.tr("Enter or double-click goes to the field"))
        self.missing_list.itemActivated.connect(self._on_missing_activated)
        self.missing_list.itemClicked.connect(self._on_missing_activated)
        self.left_heading.setBuddy(self.missing_list)
        steps_box.addWidget(self.left_heading)
        steps_box.addWidget(self.left_count)
        steps_box.addWidget(self.missing_list, 1)
        steps_box.addStretch(0)
        left = QWidget(self)
        left.setLayout(steps_box)

        # ---- the steps
        left.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_type_page())
        self.pages.addWidget(self._build_language_page())
        self.pages.addWidget(self._build_fill_page())
        self.pages.addWidget(self._build_final_page())

        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left)
        body.addWidget(self.pages)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 4)
        body.setChildrenCollapsible(False)

        # ---- buttons
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.finalise_button = QPushButton(self.tr("&Finalise"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for b, tip in ((self.back_button, self.tr("Previous step (Alt+B)")),
                       (self.next_button, self.tr("Next step (Alt+N)")),
                       (self.finalise_button, self.tr("Make the final document and keep it in the register "
                                                      "(Alt+F or Ctrl+Enter)")),
                       (self.close_button, self.tr("Close; your answers are kept (Esc)"))):
            b.setToolTip(tip)
            b.setAccessibleName(b.text().replace("&", ""))
            b.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.finalise_button.clicked.connect(self.finalise)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.finalise_button, self.close_button):
            buttons.addWidget(b)

        self.heading = style.label(self.tr("New request for case {ref}").format(ref=self.case_ref), "title")
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(body, 1)
        box.addLayout(buttons)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._start_render)
        session.locked.connect(self._on_locked)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.finalise)

        self._fill_types(case)
        self._update_missing()
        self._show_step(self.STEP_TYPE)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    # ------------------------------------------------------------------ helpers
    def _vault(self):
        vault = self.session.vault
        if vault is None or vault.is_locked:
            raise LiaisonError("The vault is locked.")
        return vault

    def _t(self, label_id: str) -> str:
        return label_text(self._labels, label_id, self.lang)

    # ------------------------------------------------------------------ step 1: type
    def _build_type_page(self) -> QWidget:
        page = QWidget(self)
        self.type_list = QListWidget(page)
        self.type_list.setObjectName("requestTypes")
        self.type_list.setAccessibleName(self.tr("Request type"))
        self.type_list.currentItemChanged.connect(self._on_type_changed)
        self.type_list.itemActivated.connect(lambda _i: self.go_next())
        self.suggestion = style.label("", "muted")
        self.suggestion.setObjectName("suggestion")
        self.use_suggestion = QPushButton(self.tr("&Use the suggestion"), page)
        self.use_suggestion.setAccessibleName(self.tr("Use the suggestion"))
        self.use_suggestion.clicked.connect(self._apply_suggestion)
        heading = style.label(self.tr("1. Which request?"), "heading")
        heading.setBuddy(self.type_list)
        box = QVBoxLayout(page)
        box.addWidget(heading)
        box.addWidget(self.suggestion)
        box.addWidget(self.use_suggestion, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.type_list, 1)
        return page

    def _fill_types(self, case: dict[str, Any]) -> None:
        for tid in sorted(self._templates, key=lambda t: self._t(self._templates[t].title).casefold()):
            item = QListWidgetItem(self._t(self._templates[tid].title))
            item.setData(Qt.ItemDataRole.UserRole, tid)
            item.setToolTip(tid)
            self.type_list.addItem(item)
        self.suggested, why = suggest_template(self._vault(), case)
        if self.suggested and self.suggested in self._templates:
            title = self._t(self._templates[self.suggested].title)
            self.suggestion.setText(self.tr("Suggested: {title}, because {why}.").format(title=title, why=why))
            self.use_suggestion.show()
        else:
            self.suggested = None
            self.suggestion.setText(why)
            self.use_suggestion.hide()

    def _apply_suggestion(self) -> None:
        if self.suggested:
            self.choose_template(self.suggested)

    def choose_template(self, template_id: str) -> None:
        for i in range(self.type_list.count()):
            if self.type_list.item(i).data(Qt.ItemDataRole.UserRole) == template_id:
                self.type_list.setCurrentRow(i)
                return
        raise ValueError(f"no template {template_id}")

    def _on_type_changed(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self.flush()
        self._made = False
        self.template_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        if self.template_id:
            self._suggest_second_language()
        self._update_missing()
        self._update_buttons()

    # ------------------------------------------------------------------ step 2: languages
    def _build_language_page(self) -> QWidget:
        page = QWidget(self)
        names = language_names()
        self.lang_combo = QComboBox(page)
        self.lang_combo.setAccessibleName(self.tr("Language of the document"))
        self.second_check = QCheckBox(self.tr("Also in the &receiving state's language"), page)
        self.second_combo = QComboBox(page)
        self.second_combo.setAccessibleName(self.tr("Receiving state's language"))
        for code in sorted(self._labels):
            self.lang_combo.addItem(f"{names.get(code, code)} ({code})", code)
            self.second_combo.addItem(f"{names.get(code, code)} ({code})", code)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(self.lang)))
        self.second_note = style.label("", "muted")
        self.second_note.setObjectName("secondLanguageNote")
        self.lang_combo.currentIndexChanged.connect(self._on_languages_changed)
        self.second_check.toggled.connect(self._on_languages_changed)
        self.second_combo.currentIndexChanged.connect(self._on_languages_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.lang_combo)
        form.addRow("", self.second_check)
        form.addRow(self.tr("&Second language:"), self.second_combo)
        box = QVBoxLayout(page)
        box.addWidget(style.label(self.tr("2. In which language?"), "heading"))
        box.addWidget(style.label(self.tr(
            "The document is written in your language; a bilingual document gives every label in both."), "muted"))
        box.addLayout(form)
        box.addWidget(self.second_note)
        box.addStretch(1)
        return page

    def _suggest_second_language(self) -> None:
        try:
            code = doc_context.suggest_second_language(self._vault(), self.case_id, self.template_id, lang=self.lang)
        except LiaisonError:
            code = None
        if code:
            self.second_note.setText(self.tr("The addressee works in {name}: suggested as the second language.")
                                     .format(name=self.second_combo.itemText(self.second_combo.findData(code))))
            self.second_combo.blockSignals(True)
            self.second_combo.setCurrentIndex(max(0, self.second_combo.findData(code)))
            self.second_combo.blockSignals(False)
        else:
            self.second_note.setText(self.tr("No second language suggested: the addressee's languages are not "
                                             "known, or they are yours."))
        self.second_combo.setEnabled(self.second_check.isChecked())

    def _on_languages_changed(self, *_args: object) -> None:
        self.flush()
        self._made = False
        self.lang = self.lang_combo.currentData() or "en"
        self.second_combo.setEnabled(self.second_check.isChecked())
        second = self.second_combo.currentData() if self.second_check.isChecked() else None
        self.second_lang = second if second and second != self.lang else None
        self._update_missing()
        if self.step == self.STEP_FILL:
            self._schedule_preview()

    # ------------------------------------------------------------------ step 3: fill
    def _build_fill_page(self) -> QWidget:
        page = QWidget(self)
        self.form_host = QWidget(page)
        self.form_box = QVBoxLayout(self.form_host)
        self.form_box.setContentsMargins(0, 0, 8, 0)
        self.scroll = QScrollArea(page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.form_host)
        self.preview = PdfPreview(page, empty_text=self.tr("The draft appears here as you type."))
        self.preview.setObjectName("draftPreview")
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.addWidget(self.scroll)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        unit = self.fontMetrics().averageCharWidth()
        self.scroll.setMinimumWidth(unit * 60)  # room for a label and an editor, in characters not pixels
        self.preview.setMinimumWidth(unit * 40)
        split.setSizes([unit * 80, unit * 70])
        box = QVBoxLayout(page)
        box.addWidget(style.label(self.tr("3. Fill in what is missing"), "heading"))
        box.addWidget(style.label(self.tr(
            "Your answers are saved as you type. Values from the case or your profile are saved there."), "muted"))
        box.addWidget(split, 1)
        return page

    def _where_from(self, source: str, missing: bool = True) -> str:
        if source == "answer":
            return self.tr("Your answer for this request.")
        if source in CASE_FIELDS:
            return self.tr("From case {ref}: a change here is saved to the case.").format(ref=self.case_ref)
        if source.startswith("sender."):
            return self.tr("From your officer profile: a change here is saved to your profile.")
        if source.startswith("addressee."):
            return self.tr("From the addressee: the requested state's authority in the directory. Record it in "
                           "Contacts and agencies.")
        if source == "fixed":
            return self.tr("Fixed text of this request.")
        if source == "document.date":
            return self.tr("The date the document is made.")
        if source == "deadline.information_request":
            return self.tr("From the case's urgency and the access to the information.")
        if missing:
            return self.tr("From case {ref}: fill it in the case (Edit case…).").format(ref=self.case_ref)
        return self.tr("From case {ref}.").format(ref=self.case_ref)

    def _build_form(self) -> None:
        """The template's fields in the document's language, with editors for what the officer can fill here."""
        key = (self.template_id or "", self.lang)
        if self._form_for == key:
            return
        self.flush()
        while self.form_box.count():
            item = self.form_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._rows = {}
        self._form_for = key
        if not self.template_id:
            return
        vault = self._vault()
        template = get_template(vault, self.template_id)
        answers = doc_context.get_answers(vault, self.case_id, self.template_id)
        case = vault.cases.get(self.case_id)
        view = doc_context.resolve(vault, self.case_id, self.template_id, lang=self.lang, draft=True)
        values = {f.key: f for s in view.sections for f in s.fields}
        for section in template.sections:
            group = QGroupBox(self._t(section.heading) or section.key, self.form_host)
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for spec in section.fields:
                shown = values.get(spec.key)
                row = self._make_row(spec, shown, answers, case, vault, group)
                label = QLabel(self._t(spec.label) + (" *" if spec.is_required(case.get("urgency") == "urgent")
                                                       else ""), group)
                label.setWordWrap(True)
                label.setBuddy(row.focus)
                holder = QWidget(group)
                col = QVBoxLayout(holder)
                col.setContentsMargins(0, 0, 0, 0)
                col.setSpacing(2)
                col.addWidget(row.widget)
                is_missing = shown is not None and shown.missing
                note = style.label(self._where_from(spec.source, missing=is_missing), "muted", parent=holder)
                col.addWidget(note)
                if spec.source not in CASE_FIELDS and spec.source.startswith("case.") and is_missing:
                    edit = QPushButton(self.tr("Edit case…"), holder)
                    edit.setAccessibleName(self.tr("Edit case {ref}").format(ref=self.case_ref))
                    edit.clicked.connect(lambda _c=False: self.edit_case_requested.emit(self.case_id))
                    col.addWidget(edit, 0, Qt.AlignmentFlag.AlignLeft)
                col.addWidget(row.error)
                form.addRow(label, holder)
                self._rows[spec.key] = row
            self.form_box.addWidget(group)
        self.form_box.addStretch(1)

    def _make_row(self, spec, shown, answers: dict[str, Any], case: dict[str, Any], vault, parent: QWidget) -> _Row:
        error = style.label("", "error", parent=parent)
        error.hide()
        accessible = self._t(spec.label)
        if spec.asked:
            target, value = "answer", answers.get(spec.key)
        elif spec.source in CASE_FIELDS:
            target, value = "case", case.get(CASE_FIELDS[spec.source]) or ""
        elif spec.source.startswith("sender."):
            target, value = "sender", vault.settings.get(f"officer.{spec.source.split('.', 1)[1]}") or ""
        else:
            target, value = "", None
        if not target:
            text = field_text(shown) if shown is not None and shown.value is not None else ""
            lab = QLabel(text or self.tr("(none)"), parent)
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                        | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            lab.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            lab.setAccessibleName(accessible)
            return _Row(spec.key, "", lab, error, lab)
        kind = spec.kind
        widget: QWidget
        if kind in ("long", "list", "measures"):
            edit = QPlainTextEdit(parent)
            edit.setTabChangesFocus(True)
            edit.setPlainText("\n".join(value) if isinstance(value, list) else str(value or ""))
            if not value and shown is not None and shown.value is not None:
                edit.setPlaceholderText(field_text(shown))
            edit.setMinimumHeight(edit.fontMetrics().height() * 4)
            if kind != "long":
                edit.setPlaceholderText(self.tr("One item per line"))
            edit.textChanged.connect(lambda k=spec.key: self._changed(k))
            widget = edit
        elif kind == "date":
            picker = DatePicker(parent=parent)
            if value:
                try:
                    picker.setValue(date.fromisoformat(str(value)))
                except ValueError:
                    pass
            picker.value_changed.connect(lambda _v, k=spec.key: self._changed(k))
            widget = picker
        elif kind == "choice":
            combo = QComboBox(parent)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.addItem(self.tr("(not chosen)"), None)
            for option, label_id in spec.choices.items():
                combo.addItem(self._t(label_id), option)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            combo.currentIndexChanged.connect(lambda _i, k=spec.key: self._changed(k))
            widget = combo
        else:
            line = QLineEdit(parent)
            line.setText(str(value or ""))
            if not value and shown is not None and shown.value is not None:
                line.setPlaceholderText(field_text(shown))  # e.g. the offence from its category
            line.textChanged.connect(lambda _t, k=spec.key: self._changed(k))
            widget = line
        widget.setAccessibleName(accessible)
        focus = widget.edit if isinstance(widget, DatePicker) else widget
        return _Row(spec.key, target, widget, error, focus)

    def field_widget(self, key: str) -> QWidget:
        """The editor (or read-only value) of a field on the fill step."""
        return self._rows[key].widget

    @staticmethod
    def _read(widget: QWidget) -> Any:
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, DatePicker):
            v = widget.value()
            return v.isoformat() if v else ""
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        if isinstance(widget, QLineEdit):
            return widget.text()
        return None

    def _changed(self, key: str) -> None:
        self._made = False
        row = self._rows.get(key)
        if row is not None:
            self._dirty[key] = row
            self._save_timer.start()

    def flush(self) -> None:
        """Save what was typed now (the save timer, Back, Next and Finalise call this)."""
        self._save_timer.stop()
        if not self._dirty or self.session.vault is None or self.session.vault.is_locked:
            return
        vault = self.session.vault
        dirty, self._dirty = self._dirty, {}
        template = get_template(vault, self.template_id) if self.template_id else None
        for key, row in dirty.items():
            value = self._read(row.widget)
            try:
                if row.target == "answer" and template is not None:
                    spec = template.field(key)
                    if spec.kind in ("list", "measures"):
                        value = [line for line in str(value).splitlines() if line.strip()]
                    doc_context.set_answer(vault, self.case_id, template.id, key, value or None)
                elif row.target == "case" and template is not None:
                    vault.cases.update(self.case_id, **{CASE_FIELDS[template.field(key).source]: value.strip()})
                elif row.target == "sender" and template is not None:
                    source = template.field(key).source
                    vault.settings.set(f"officer.{source.split('.', 1)[1]}", value.strip())
            except ValidationError as exc:
                row.error.setText(exc.message)
                row.error.show()
                continue
            except LiaisonError as exc:
                row.error.setText(str(exc))
                row.error.show()
                continue
            row.error.clear()
            row.error.hide()
        self._update_missing()
        if self.step == self.STEP_FILL:
            self._schedule_preview()

    # ------------------------------------------------------------------ completeness
    def _update_missing(self) -> None:
        self.missing_list.clear()
        self.missing_items = []
        if not self.template_id or self.session.vault is None or self.session.vault.is_locked:
            self.left_count.setText(self.tr("Choose the request type first."))
            self._update_buttons()
            return
        try:
            self.missing_items = doc_context.missing(self.session.vault, self.case_id, self.template_id,
                                                     lang=self.lang, second_lang=self.second_lang)
        except LiaisonError as exc:
            self.left_count.setText(str(exc))
            self._update_buttons()
            return
        for m in self.missing_items:
            item = QListWidgetItem(m["label"])
            item.setData(Qt.ItemDataRole.UserRole, m["field"])
            item.setToolTip(self._where_from(m["source"]))
            self.missing_list.addItem(item)
        n = len(self.missing_items)
        self.missing_list.setVisible(n > 0)
        self.left_count.setText(self.tr("Nothing is missing: the document can be made final.") if n == 0 else
                                self.tr("{n} field(s) missing. Choose one to go to it.").format(n=n))
        self._update_buttons()
        self._update_final_summary()

    def _on_missing_activated(self, item: QListWidgetItem) -> None:
        self.jump_to(item.data(Qt.ItemDataRole.UserRole))

    def jump_to(self, key: str) -> QWidget | None:
        """Show the fill step and put the focus on ``key``'s field."""
        if not self.template_id:
            return None
        self._show_step(self.STEP_FILL)
        row = self._rows.get(key)
        if row is None:
            return None
        self.scroll.ensureWidgetVisible(row.widget)
        row.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return row.focus

    # ------------------------------------------------------------------ preview
    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def _start_render(self) -> None:
        """Render a draft in the background; a newer request waits and the older result is dropped."""
        if self._closed or not self.template_id or self.session.vault is None or self.session.vault.is_locked:
            return
        if self._render_running:
            self._render_pending = True
            return
        try:
            view = doc_context.resolve(self.session.vault, self.case_id, self.template_id, lang=self.lang,
                                       second_lang=self.second_lang, draft=True)
        except LiaisonError as exc:
            self.preview.status.setText(str(exc))
            return
        self._generation += 1
        generation = self._generation
        self._render_running = True
        self.preview.status.setText(self.tr("Updating the draft…"))
        run_in_background(lambda: _locked_render(view), lambda data: self._rendered(generation, data),
                          self._render_failed)

    def _rendered(self, generation: int, data: bytes) -> None:
        self._render_running = False
        if self._closed:
            return
        if self._render_pending:  # typed meanwhile: this draft is stale
            self._render_pending = False
            self._start_render()
            return
        if generation == self._generation and self.preview.set_pdf(data):
            self.previews_shown += 1
            self.preview.status.setText(self.tr("Draft: {pages} page(s). DRAFT is printed on every page.").format(
                pages=self.preview.page_count()))

    def _render_failed(self, exc: BaseException) -> None:
        self._render_running = False
        if self._closed:
            return
        self.preview.status.setText(self.tr("The draft could not be drawn: {error}").format(error=exc))
        if self._render_pending:
            self._render_pending = False
            self._start_render()

    @property
    def preview_busy(self) -> bool:
        return self._render_running or self._render_pending or self._preview_timer.isActive()

    # ------------------------------------------------------------------ step 4: final
    def _build_final_page(self) -> QWidget:
        page = QWidget(self)
        self.final_summary = style.label("")
        self.final_summary.setObjectName("finalSummary")
        self.final_result = style.label("")
        self.final_result.setObjectName("finalResult")
        self.final_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.tabular(self.final_result)
        self.print_button = QPushButton(self.tr("&Print…"), page)
        self.save_button = QPushButton(self.tr("&Save as…"), page)
        self.email_button = QPushButton(self.tr("&E-mail…"), page)
        self.action_status = style.label("", "muted")
        self.action_status.setObjectName("wizardActionStatus")
        row = QHBoxLayout()
        for b, fn in ((self.print_button, document_actions.print_document),
                      (self.save_button, document_actions.save_as), (self.email_button, document_actions.email)):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
            b.setEnabled(False)
            b.hide()  # shown once there is a final document to act on
            b.clicked.connect(lambda _c=False, f=fn: self._act(f))
            row.addWidget(b)
        row.addStretch(1)
        self.final_preview = PdfPreview(page, empty_text=self.tr("The final document appears here once it is made."))
        self.final_preview.setObjectName("finalPreview")
        self.final_preview.hide()  # until there is a final document to show
        box = QVBoxLayout(page)
        box.addWidget(style.label(self.tr("4. Make it final"), "heading"))
        box.addWidget(self.final_summary)
        box.addWidget(self.final_result)
        box.addLayout(row)
        box.addWidget(self.action_status)
        box.addWidget(self.final_preview, 1)
        box.addStretch(0)
        return page

    def _update_final_summary(self) -> None:
        if not self.template_id:
            self.final_summary.clear()
            return
        title = self._t(self._templates[self.template_id].title)
        langs = self.lang + (f" + {self.second_lang}" if self.second_lang else "")
        if self._made:
            text = self.tr("{title} ({langs}) was made final. Change an answer to make a new version.").format(
                title=title, langs=langs)
        elif self.missing_items:
            names = "\n".join(f"• {m['label']}" for m in self.missing_items)
            text = self.tr("{title} ({langs}) cannot be made final yet. Still missing:\n{names}").format(
                title=title, langs=langs, names=names)
        else:
            text = self.tr("{title} ({langs}) is complete. Finalise makes the final PDF, keeps it in the register "
                           "and records it in the audit trail.").format(title=title, langs=langs)
        self.final_summary.setText(text)

    def finalise(self) -> str | None:
        """Make the final document; returns its id, or None when something is missing or refused."""
        self.flush()
        if self.missing_items or not self.template_id or self._made:
            self._show_step(self.STEP_FINAL)
            return None
        vault = self._vault()
        try:
            view = doc_context.resolve(vault, self.case_id, self.template_id, lang=self.lang,
                                       second_lang=self.second_lang)
            with RENDER_LOCK:
                changes = register.finalise(vault, view)
        except LiaisonError as exc:
            self.final_result.setText(str(exc))
            self._show_step(self.STEP_FINAL)
            return None
        self.document_id = changes.created[0][1]
        self._made = True
        version = changes.extra.get("version")
        self.final_result.setText(self.tr(
            "Final document made and kept in the register: version {version}, document id {id}.").format(
            version=version, id=self.document_id))
        for b in (self.print_button, self.save_button, self.email_button):
            b.setEnabled(True)
            b.show()
        try:
            self.final_preview.show()
            if self.final_preview.set_pdf(register.pdf_bytes(vault, self.document_id)):
                self.final_preview.status.setText(self.tr("The final document, as kept in the register: {pages} "
                                                          "page(s).").format(pages=self.final_preview.page_count()))
        except LiaisonError as exc:
            self.final_preview.status.setText(str(exc))
        self._show_step(self.STEP_FINAL)
        self.finalised.emit(self.document_id)
        return self.document_id

    def _act(self, fn) -> None:
        if self.document_id and self.session.is_open:
            self.action_status.setText(fn(self, self.session.vault, self.document_id).message)

    # ------------------------------------------------------------------ navigation
    def _show_step(self, step: int) -> None:
        self.step = step
        if step >= self.STEP_FILL:
            self._build_form()
        self.pages.setCurrentIndex(step)
        if step == self.STEP_FILL:
            self._schedule_preview()
        if step == self.STEP_FINAL:
            self._update_final_summary()
        self._update_buttons()

    def go_next(self) -> None:
        self.flush()
        if self.step < self.STEP_FINAL and self.template_id:
            self._show_step(self.step + 1)

    def go_back(self) -> None:
        self.flush()
        if self.step > self.STEP_TYPE:
            self._show_step(self.step - 1)

    def _update_buttons(self) -> None:
        names = [self.tr("Request type"), self.tr("Language"), self.tr("Fill in"), self.tr("Finalise")]
        details = ["", "", "", ""]
        if self.template_id:
            details[0] = self._t(self._templates[self.template_id].title)
            details[1] = self.lang + (f" + {self.second_lang}" if self.second_lang else "")
            details[2] = (self.tr("{n} missing").format(n=len(self.missing_items)) if self.missing_items
                          else self.tr("complete"))
        if self.document_id:
            details[3] = self.tr("done")
        for i, lab in enumerate(self.step_labels):
            marker = "▶" if i == self.step else ("✓" if i < self.step else "·")
            state = self.tr("current step") if i == self.step else ""
            text = f"{marker} {i + 1}. {names[i]}"
            if details[i]:
                text += f" — {details[i]}"
            lab.setText(text)
            lab.setAccessibleName(f"{text} {state}".strip())
            font = lab.font()
            font.setBold(i == self.step)
            lab.setFont(font)
        self.back_button.setEnabled(self.step > self.STEP_TYPE)
        self.next_button.setEnabled(self.step < self.STEP_FINAL and bool(self.template_id))
        self.finalise_button.setEnabled(bool(self.template_id) and not self.missing_items
                                        and self.step >= self.STEP_FILL and not self._made)
        self.finalise_button.setToolTip(
            self.tr("Make the final document (Alt+F)") if not self.missing_items else
            self.tr("Fill in what the list on the left names first."))

    # ------------------------------------------------------------------ closing
    def _on_locked(self, _reason: str) -> None:
        """The vault locked: drop everything typed or shown (it may be personal data) and go."""
        self._dirty.clear()
        self._close_quietly()
        for row in self._rows.values():
            for edit in (row.widget, *row.widget.findChildren(QLineEdit)):
                if isinstance(edit, (QLineEdit, QPlainTextEdit)):
                    edit.clear()
        self._rows = {}
        self.missing_list.clear()
        self.final_summary.clear()
        self.final_result.clear()
        self.reject()
        self.deleteLater()

    def _close_quietly(self) -> None:
        self._closed = True
        self._save_timer.stop()
        self._preview_timer.stop()
        self.preview.clear()
        self.final_preview.clear()

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name: the dialog closes
        if not self._closed:
            self.flush()
            self._close_quietly()
        try:
            self.session.locked.disconnect(self._on_locked)
        except (RuntimeError, TypeError):
            pass
        super().done(result)


def open_wizard(window, case_ref: str) -> RequestWizard:
    """Open the wizard for a case (the case view's "New request…" button). The window's Documents page is
    refreshed when a document is made, and "Edit case…" opens the case when the window has a Cases page."""
    wizard = RequestWizard(window.session, case_ref, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)  # nothing typed outlives the dialog

    def made(doc_id: str) -> None:
        page = getattr(window, "pages", {}).get("documents")
        if page is not None:
            page.refresh()

    def edit_case(case_id: str) -> None:
        cases = getattr(window, "pages", {}).get("cases")
        if cases is not None and hasattr(cases, "open_record"):
            window.show_section("cases")
            cases.open_record("case", case_id)

    wizard.finalised.connect(made)
    wizard.edit_case_requested.connect(edit_case)
    wizard.show()
    return wizard
