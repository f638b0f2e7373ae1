"""Hand-over dialogs: export a case as an encrypted bundle, import a bundle, and
settle the conflicts an import leaves.

The dialogs hold no rule of their own: what goes in a bundle (and what is
withheld as TLP:RED/H2) is the core's ``select_case``; recipients, passphrases,
justifications and the bundle itself are checked by the core, whose messages
are shown as they are. Slow work (encryption, decryption, planning, writing)
runs in the background; a busy line appears after half a second with a Cancel
button, and a cancelled export or import writes nothing (the check is made just
before the write, inside the core's transaction, so there is no half-done state).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.bundles import container, importer
from liaison.bundles import export as bexport
from liaison.bundles.model import BY_TABLE
from liaison.bundles.safety import Bundle, describe_encryption, read_file
from liaison.errors import LiaisonError, ValidationError

from . import dialogs, style
from .widgets import BusyRow, PassphraseField, StrengthMeter
from .worker import Task, run_in_background

BUNDLE_FILTER = "Liaison bundles (*.liaison-bundle *.bundle *.age);;All files (*)"


class _Cancelled(Exception):
    """The officer cancelled before anything was written."""


class _CancellablePath(os.PathLike):
    """The output path, read by the core when it starts and again just before it
    writes the file (inside its transaction). Once cancelled, reading it raises,
    which rolls the export back: no file, no disclosure in the audit trail."""

    def __init__(self, path: str, cancel: threading.Event) -> None:
        self.path = path
        self.cancel = cancel

    def __fspath__(self) -> str:
        if self.cancel.is_set():
            raise _Cancelled
        return self.path

    def __str__(self) -> str:
        return self.path


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Handover", text)


def record_type_label(record_type: str, n: int) -> str:
    """'3 exchanges' in words a translator can reach."""
    labels = {
        "case": (_tr("case"), _tr("cases")), "person": (_tr("person"), _tr("persons")),
        "contact": (_tr("contact"), _tr("contacts")), "agency": (_tr("agency"), _tr("agencies")),
        "agreement": (_tr("agreement"), _tr("agreements")), "exchange": (_tr("exchange"), _tr("exchanges")),
        "attachment": (_tr("attachment"), _tr("attachments")), "deadline": (_tr("deadline"), _tr("deadlines")),
        "document": (_tr("document"), _tr("documents")), "audit_entry": (_tr("audit entry"), _tr("audit entries")),
        "case_person": (_tr("link of a person to the case"), _tr("links of persons to the case")),
    }
    one, many = labels.get(record_type, (record_type.replace("_", " "), record_type.replace("_", " ")))
    return _tr("{n} {what}").format(n=n, what=one if n == 1 else many)


def counts_text(counts: dict[str, int]) -> str:
    return ", ".join(record_type_label(t, n) for t, n in sorted(counts.items()) if n) or _tr("nothing")


def error_text(exc: BaseException) -> str:
    """A failure in words, with what to do when the core says it."""
    if isinstance(exc, LiaisonError):
        return exc.message + (f" {exc.hint}" if exc.hint else "")
    return _tr("Unexpected error ({kind}); nothing was changed. The log file has the details.").format(
        kind=type(exc).__name__)


def _size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return _tr("{n:.1f} MB").format(n=n / 1024 / 1024)
    if n >= 1024:
        return _tr("{n:.0f} kB").format(n=n / 1024)
    return _tr("{n} bytes").format(n=n)


def _item_label(record_type: str, row: dict[str, Any]) -> str:
    rt = BY_TABLE.get(row.get("_table", ""))
    code = ""
    if rt is not None and rt.handling:
        code = str(row.get(rt.handling[0]) or "")
    what = (row.get("reference") or row.get("name") or row.get("display_name") or row.get("title")
            or row.get("summary") or row.get("rule") or row.get("filename") or row["id"])
    seq = row.get("seq")
    head = record_type_label(record_type, 1).split(" ", 1)[-1].capitalize()
    if seq and record_type == "exchange":
        head = _tr("Exchange no. {seq}").format(seq=seq)
    text = f"{head} · {str(what)[:80]}"
    return f"{text} · {code}" if code else text


class _Note(QLabel):
    """A wrapped message line that takes no room while it is empty."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        style.set_role(self, role)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self.setVisible(bool(text))


# ---------------------------------------------------------------------- export
class ExportBundleDialog(QDialog):
    """Hand a case over: who can open it, what goes in (and what stays out as
    restricted), redaction, where the file goes; then the result in words."""

    def __init__(self, session, case_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.vault = session.vault
        self.case_id = self.vault.cases.resolve(case_ref)
        self.case_ref = self.vault.cases.get(self.case_id)["reference"]
        self.output: str | None = None
        self.result: dict[str, Any] | None = None
        self.task: Task | None = None
        self._cancel = threading.Event()
        self.withheld_items: list[str] = []
        self.case_restricted = False
        self.setWindowTitle(self.tr("Hand over case {ref}").format(ref=self.case_ref))
        self.setModal(True)
        self._build()
        self.load_selection()
        self._update()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        intro = style.label(self.tr(
            "Writes one encrypted file holding case {ref}: the case, its persons, exchange log, files, deadlines "
            "and documents, and what they refer to. The hand-over is recorded in the audit trail as a disclosure."
        ).format(ref=self.case_ref), "muted")
        outer.addWidget(intro)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        col = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # Who can open it
        who = QGroupBox(self.tr("Who can open it"), body)
        wl = QVBoxLayout(who)
        self.to_recipients = QRadioButton(self.tr("&Recipients' public keys (age1…)"), who)
        self.to_passphrase = QRadioButton(self.tr("A &passphrase, given to the recipient by another channel"), who)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.to_recipients)
        self.mode.addButton(self.to_passphrase)
        self.to_recipients.setChecked(True)
        wl.addWidget(self.to_recipients)
        self.recipients = QPlainTextEdit(who)
        self.recipients.setAccessibleName(self.tr("Recipients' public keys, one per line"))
        self.recipients.setPlaceholderText(self.tr("One public key per line, e.g. age1ql3z7hjy54pw3hyww5ay…"))
        self.recipients.setTabChangesFocus(True)
        self.recipients.setFont(style.monospace_font())
        self.recipients.setMaximumHeight(self.recipients.fontMetrics().lineSpacing() * 5)
        wl.addWidget(self.recipients)
        self.recipients_error = _Note("error")
        wl.addWidget(self.recipients_error)
        wl.addWidget(self.to_passphrase)
        pp = QFormLayout()
        self.passphrase = PassphraseField(self.tr("Bundle passphrase"), who)
        self.passphrase2 = PassphraseField(self.tr("Bundle passphrase, again"), who)
        self.strength = StrengthMeter(who)
        pp.addRow(self.tr("Passphrase:"), self.passphrase)
        pp.addRow(self.tr("Again:"), self.passphrase2)
        pp.addRow("", self.strength)
        wl.addLayout(pp)
        self.passphrase_match = _Note("error")
        wl.addWidget(self.passphrase_match)
        self.passphrase_error = _Note("error")
        wl.addWidget(self.passphrase_error)
        tl = QFormLayout()
        self.given_to = QLineEdit(who)
        self.given_to.setAccessibleName(self.tr("Given to, for the audit trail"))
        self.given_to.setPlaceholderText(self.tr("Names or agencies, separated by ; (e.g. Policía Nacional; "
                                                 "Madrid liaison desk)"))
        tl.addRow(self.tr("&Given to:"), self.given_to)
        self.purpose = QLineEdit(who)
        self.purpose.setAccessibleName(self.tr("Why the case goes to them, for the audit trail"))
        self.purpose.textChanged.connect(lambda *_: self.purpose_error.setText(""))
        self.purpose.setPlaceholderText(self.tr("e.g. handover to my successor; reply to request DE-SPOC-2026/6608"))
        self.purpose.setToolTip(self.tr("Required: every hand-over is a disclosure, and its record says why "
                                        "(Law Enforcement Directive Art. 25)."))
        tl.addRow(self.tr("&Why:"), self.purpose)
        wl.addLayout(tl)
        self.purpose_error = _Note("error")
        wl.addWidget(self.purpose_error)
        col.addWidget(who)

        # What goes in
        what = QGroupBox(self.tr("What goes in"), body)
        ql = QVBoxLayout(what)
        self.summary = style.label("")
        ql.addWidget(self.summary)
        self.withheld_title = style.label("", "warning")
        ql.addWidget(self.withheld_title)
        self.withheld_list = QListWidget(what)
        self.withheld_list.setAccessibleName(self.tr("Records withheld as restricted"))
        self.withheld_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.withheld_list.setMaximumHeight(self.withheld_list.fontMetrics().lineSpacing() * 6)
        ql.addWidget(self.withheld_list)
        self.include_restricted = QCheckBox(self.tr("&Include the restricted records listed above"), what)
        self.include_restricted.setAccessibleName(self.tr("Include restricted records"))
        self.include_restricted.setToolTip(self.tr(
            "TLP:RED and H2 mean: not to be passed on. Include them only with the originator's consent, and say why."))
        ql.addWidget(self.include_restricted)
        jl = self._justification_form = QFormLayout()
        self.justification = QLineEdit(what)
        self.justification.setAccessibleName(self.tr("Justification for including restricted records"))
        self.justification.setPlaceholderText(self.tr("e.g. originator's consent by e-mail of 3 March"))
        jl.addRow(self.tr("&Justification:"), self.justification)
        ql.addLayout(jl)
        self.justification_error = _Note("error")
        ql.addWidget(self.justification_error)
        self.redact = QCheckBox(self.tr("&Redact personal data"), what)
        self.redact.setAccessibleName(self.tr("Redact personal data"))
        ql.addWidget(self.redact)
        ql.addWidget(style.label(self.tr(
            "Redacted: names, dates of birth, identifiers, free text and files are left out or blanked, and so is "
            "the audit extract. Use it for statistics or a review; a redacted bundle cannot be imported as a "
            "hand-over."), "muted"))
        col.addWidget(what)

        # Where
        where = QGroupBox(self.tr("Where"), body)
        fl = QHBoxLayout(where)
        self.output_label = style.label(self.tr("No file chosen yet."), "muted")
        self.output_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose file…"), where)
        self.choose_button.setAccessibleName(self.tr("Choose where to save the bundle"))
        self.choose_button.setToolTip(self.tr("Choose where to save the bundle (Alt+C)"))
        fl.addWidget(self.output_label, 1)
        fl.addWidget(self.choose_button)
        self.output_error = _Note("error")
        col.addWidget(where)
        col.addWidget(self.output_error)
        col.addStretch(1)

        self.progress = BusyRow(self)
        outer.addWidget(self.progress)
        self.message = style.label("")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(self.tr("Export the bundle"))
        self.export_button.setToolTip(self.tr("Write the encrypted bundle (Ctrl+Enter)"))
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.export)

        self.mode.buttonToggled.connect(self._update)
        self.recipients.textChanged.connect(lambda: self.recipients_error.setText(""))
        for w in (self.passphrase, self.passphrase2):
            w.textChanged.connect(self._update)
            w.textChanged.connect(lambda *_: self.passphrase_error.setText(""))
        self.include_restricted.toggled.connect(self._update)
        self.justification.textChanged.connect(lambda *_: self.justification_error.setText(""))
        self.choose_button.clicked.connect(self.choose_output)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self.progress.cancel_button.clicked.connect(self.cancel)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    # ------------------------------------------------------------- selection
    def load_selection(self) -> None:
        """What goes in, from the core; and, item by item, what it withholds."""
        vault = self.vault
        full = bexport.select_case(vault, self.case_id, include_restricted=True)
        try:
            chosen = bexport.select_case(vault, self.case_id)
            self.case_restricted = False
        except ValidationError:  # the case itself is restricted (or refers to a restricted record)
            chosen = None
            self.case_restricted = True
            self.withheld_title.setText(self.tr(
                "The case itself is restricted (TLP:RED or H2, or it refers to such a record): it can be handed "
                "over only with its restricted records, with a justification."))
        self.withheld_list.clear()
        self.withheld_items = []
        counts: dict[str, int] = {}
        for rt in full.types:
            kept = chosen.rows[rt.table] if chosen is not None else {}
            if kept:
                counts[rt.record_type] = len(kept)
            for rid, row in full.rows[rt.table].items():
                if rid not in kept:
                    label = _item_label(rt.record_type, {**row, "_table": rt.table})
                    self.withheld_items.append(label)
                    self.withheld_list.addItem(label)
        self.counts = counts
        if chosen is None:
            self.summary.setText(self.tr("Nothing can go in unless restricted records are included."))
        else:
            self.summary.setText(self.tr("Goes in: {counts}.").format(counts=counts_text(counts)))
        style.set_role(self.withheld_title, "warning" if self.withheld_items else "muted")
        if self.withheld_items and not self.case_restricted:
            self.withheld_title.setText(self.tr(
                "Left out as restricted (TLP:RED or H2), with what depends on them: {n}").format(
                n=len(self.withheld_items)))
        elif not self.withheld_items:
            self.withheld_title.setText(self.tr("Nothing is restricted: the whole case goes in."))
        has = bool(self.withheld_items)
        self.withheld_list.setVisible(has)
        self.include_restricted.setVisible(has)
        self._justification_form.setRowVisible(self.justification, has)

    # ---------------------------------------------------------------- state
    def _recipient_lines(self) -> list[str]:
        return [ln.strip() for ln in self.recipients.toPlainText().splitlines()
                if ln.strip() and not ln.strip().startswith("#")]

    def _update(self, *_args: object) -> None:
        by_key = self.to_recipients.isChecked()
        self.recipients.setEnabled(by_key)
        for w in (self.passphrase, self.passphrase2):
            w.setEnabled(not by_key)
        self.strength.setVisible(not by_key)
        self.strength.update_for(self.passphrase.text())
        self.justification.setEnabled(self.include_restricted.isChecked())
        differ = not by_key and self.passphrase2.text() and self.passphrase.text() != self.passphrase2.text()
        self.passphrase_match.setText(self.tr("The two passphrases differ.") if differ else "")
        busy = self.task is not None
        for w in (self.to_recipients, self.to_passphrase, self.given_to, self.purpose, self.include_restricted,
                  self.redact, self.choose_button):
            w.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.result is None)

    def choose_output(self) -> None:
        suggested = f"{self.case_ref.replace('/', '-')}.liaison-bundle"
        path = dialogs.ask_save_file(self, self.tr("Save the bundle as"), suggested, BUNDLE_FILTER)
        if path:
            self.output = path
            self.output_label.setText(path)
            style.set_role(self.output_label, "")
            self.output_error.setText("")

    def _clear_errors(self) -> None:
        for lab in (self.recipients_error, self.passphrase_error, self.purpose_error, self.justification_error,
                    self.output_error):
            lab.setText("")
        self.message.setText("")

    def _show_error(self, exc: BaseException) -> None:
        text = error_text(exc)
        field = getattr(exc, "field", None)
        target = {"recipient": self.recipients_error, "passphrase": self.passphrase_error,
                  "purpose": self.purpose_error,
                  "justification": self.justification_error, "include_restricted": self.justification_error,
                  "output": self.output_error}.get(field or "")
        if target is None:
            self.message.setText(text)
            style.set_role(self.message, "error")
        else:
            target.setText(text)
            self.message.setText(self.tr("Nothing was written: see the message above."))
            style.set_role(self.message, "error")

    # ----------------------------------------------------------------- export
    def export(self) -> None:
        """Check what can be checked here, then write in the background."""
        if self.task is not None or self.result is not None:
            return
        self._clear_errors()
        recipients: list[str] = []
        passphrase: str | None = None
        try:
            if self.to_recipients.isChecked():
                recipients = self._recipient_lines()
                if not recipients:
                    raise ValidationError(self.tr("Give at least one recipient's public key (age1…), or choose a "
                                                  "passphrase."), field="recipient")
                container.parse_recipients(recipients)
            else:
                if self.passphrase.text() != self.passphrase2.text():
                    raise ValidationError(self.tr("The two passphrases differ; type the same one twice."),
                                          field="passphrase")
                passphrase = self.passphrase.text()
                if not passphrase:
                    raise ValidationError(self.tr("Type a passphrase for the bundle (twice)."), field="passphrase")
            purpose = self.purpose.text().strip()
            if not purpose:
                raise ValidationError(self.tr("Say why the case goes to them: the reason is recorded with the "
                                              "disclosure."), field="purpose")
            include = self.include_restricted.isChecked()
            justification = self.justification.text().strip() or None
            if include and not justification:
                raise ValidationError(self.tr("Say why the restricted records are included (a justification is "
                                              "recorded in the audit trail)."), field="justification")
            if self.case_restricted and not include:
                raise ValidationError(self.tr("Tick \"Include the restricted records\" and give a justification, "
                                              "or do not hand this case over."), field="include_restricted")
            if not self.output:
                raise ValidationError(self.tr("Choose where to save the bundle."), field="output")
        except ValidationError as exc:
            self._show_error(exc)
            return
        to = [t.strip() for t in self.given_to.text().split(";") if t.strip()]
        self._cancel.clear()
        target = _CancellablePath(self.output, self._cancel)
        vault, case_id, redact = self.vault, self.case_id, self.redact.isChecked()

        def work() -> dict[str, Any]:
            return bexport.export_case(
                vault, case_id, target, passphrase=passphrase, recipients=recipients, to=to, redact=redact,
                include_restricted=include, justification=justification if include else None, purpose=purpose)

        self.progress.start(self.tr("Encrypting and writing the bundle…"), cancellable=True)
        # A write (the disclosure): a lock asks it to stop before it writes, and waits for it.
        self.task = run_in_background(work, self._done, self._failed, write=True, stop=self._cancel.set)
        self._update()

    def cancel(self) -> None:
        """Ask the export to stop before it writes; the result says whether it did."""
        if self.task is None:
            return
        self._cancel.set()
        self.progress.cancel_button.setEnabled(False)
        self.progress.busy.text.setText(self.tr("Cancelling…"))

    def _finish(self) -> None:
        self.task = None
        self.progress.stop()
        self.passphrase.wipe()
        self.passphrase2.wipe()

    def _done(self, result: dict[str, Any]) -> None:
        self._finish()
        self.result = result
        lines = [self.tr("Wrote {path} ({size}).").format(path=result["path"], size=_size_text(result["bytes"])),
                 self.tr("Case {ref}: {counts}.").format(ref=result["case"]["reference"],
                                                         counts=counts_text(result["counts"]))]
        if result["withheld"]:
            lines.append(self.tr("Left out as restricted: {counts}.").format(counts=counts_text(result["withheld"])))
        if result["redacted"]:
            lines.append(self.tr("Personal data was redacted."))
        lines.append(self.tr("Can be opened by: {who}.").format(who="; ".join(result["recipients"])))
        lines.append(self.tr("The disclosure is recorded in the audit trail."))
        if self._cancel.is_set():
            lines.insert(0, self.tr("The bundle was already written when Cancel was pressed."))
        self.message.setText("\n".join(lines))
        style.set_role(self.message, "ok")
        self.close_button.setText(self.tr("Close"))
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, _Cancelled):
            self.message.setText(self.tr("Cancelled: no file was written and nothing was recorded."))
            style.set_role(self.message, "muted")
        else:
            self._show_error(exc)
        self._update()

    def reject(self) -> None:
        if self.task is not None:  # Esc while working means: cancel the work
            self.cancel()
            return
        self.passphrase.wipe()
        self.passphrase2.wipe()
        super().reject()


# ---------------------------------------------------------------------- import
_ACTIONS = ("insert", "update", "skip", "keep-local", "map", "conflict")


def _action_label(action: str) -> str:
    return {
        "insert": _tr("New"), "update": _tr("Updated"), "skip": _tr("Already here"),
        "keep-local": _tr("Ours is newer"), "map": _tr("Matched to ours"), "conflict": _tr("Conflict"),
    }.get(action, action)


def _kind_label(kind: str) -> str:
    return {
        "both-changed": _tr("Changed on both sides"),
        "append-only": _tr("The exchange log differs (never overwritten)"),
        "kept-erased": _tr("Erased here (personal data is not brought back)"),
        "renamed": _tr("Reference already used here: renamed"),
    }.get(kind, kind)


class ConflictsPanel(QWidget):
    """Open import conflicts with "Keep mine" / "Keep theirs" for each."""

    PAGE = 50

    def __init__(self, vault, parent: QWidget | None = None, on_change: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.on_change = on_change
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.title = style.label("")
        col.addWidget(self.title)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Import conflicts"))
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("What"), self.tr("Details"),
                                              self.tr("Decide")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        col.addWidget(self.table, 1)
        self.note = style.label("", "muted")
        col.addWidget(self.note)
        self.rows: list[dict[str, Any]] = []

    def refresh(self) -> None:
        page = importer.list_conflicts(self.vault, limit=self.PAGE)
        self.rows = [dict(r) for r in page.items]
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            rec = QTableWidgetItem(self._record_label(r["record_type"], r["record_id"]))
            rec.setToolTip(r["record_id"])
            self.table.setItem(i, 0, rec)
            self.table.setItem(i, 1, QTableWidgetItem(_kind_label(r["kind"])))
            self.table.setItem(i, 2, QTableWidgetItem(r["message"]))
            cell = QWidget(self.table)
            row = QHBoxLayout(cell)
            row.setContentsMargins(2, 0, 2, 0)
            mine = QPushButton(self.tr("Keep mine"), cell)
            mine.setAccessibleName(self.tr("Keep my version of {what}").format(what=r["record_id"]))
            mine.setToolTip(self.tr("Keep the version in this vault; the bundle's is dismissed"))
            theirs = QPushButton(self.tr("Keep theirs"), cell)
            theirs.setAccessibleName(self.tr("Take the bundle's version of {what}").format(what=r["record_id"]))
            if r["kind"] == "both-changed":
                theirs.setToolTip(self.tr("Replace this vault's version with the bundle's (recorded in the audit "
                                          "trail)"))
            else:
                theirs.setEnabled(False)
                theirs.setToolTip(self.tr("The exchange log and erased records are never overwritten"))
            mine.clicked.connect(lambda _=False, cid=r["id"]: self.resolve(cid, "local"))
            theirs.clicked.connect(lambda _=False, cid=r["id"]: self.resolve(cid, "theirs"))
            row.addWidget(mine)
            row.addWidget(theirs)
            self.table.setCellWidget(i, 3, cell)
        self.table.resizeRowsToContents()
        n = len(self.rows)
        self.title.setText(self.tr("Conflicts to decide: {n}").format(n=n) if n else
                           self.tr("No import conflict is waiting for a decision."))
        self.table.setVisible(bool(n))
        self.note.setText(self.tr("The first {n} are shown; decide these to see the rest.").format(n=self.PAGE)
                          if page.next_cursor else "")

    def _record_label(self, record_type: str, record_id: str) -> str:
        """'Case LO-2026-0003' from the store, else the type and the id's end."""
        head = record_type_label(record_type, 1).split(" ", 1)[-1].capitalize()
        stores = {"case": "cases", "person": "persons", "contact": "contacts", "agency": "agencies",
                  "agreement": "agreements", "exchange": "exchanges", "deadline": "deadlines"}
        try:
            row = getattr(self.vault, stores[record_type]).get(record_id)
        except (KeyError, AttributeError, LiaisonError):
            return f"{head} …{record_id[-8:]}"
        if record_type == "exchange" and row.get("seq"):
            return _tr("Exchange no. {seq}").format(seq=row["seq"])
        what = row.get("reference") or row.get("name") or row.get("display_name") or row.get("title") or ""
        return f"{head} {what}".strip() if what else f"{head} …{record_id[-8:]}"

    def resolve(self, conflict_id: str, keep: str) -> None:
        try:
            importer.resolve_conflict(self.vault, conflict_id, keep=keep)
        except LiaisonError as exc:
            self.note.setText(error_text(exc))
            style.set_role(self.note, "error")
            return
        self.refresh()
        if self.on_change:
            self.on_change()

    def clear(self) -> None:
        self.rows = []
        self.table.setRowCount(0)


@dataclass
class _Opened:
    """What opening a bundle gives the dialog: closable, so that a dropped opening closes its bundle."""

    bundle: Bundle
    info: dict[str, Any]
    plan: dict[str, Any]

    def close(self) -> None:
        self.bundle.close()


class ImportBundleDialog(QDialog):
    """Receive a case: choose the file, open it (passphrase or this vault's
    identity), see what is inside and what would change, then import; the
    conflicts it leaves are decided below."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.vault = session.vault
        self.path: str | None = None
        self.data: bytes | None = None
        self.encryption: str | None = None
        self.info: dict[str, Any] | None = None
        self.plan: dict[str, Any] | None = None
        self.result: dict[str, Any] | None = None
        # The bundle as opened and checked, kept for the import: a passphrase is not worked through again
        # (about a second) nor the files hashed again. Dropped with the file, on a new opening, once
        # imported, and when the dialog goes (a lock closes it).
        self.opened: Bundle | None = None
        self.task: Task | None = None
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("Import a case bundle"))
        self.setModal(True)
        self._build()
        self.conflicts.refresh()
        self._update()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        src = QGroupBox(self.tr("Bundle"), self)
        sl = QVBoxLayout(src)
        row = QHBoxLayout()
        self.file_label = style.label(self.tr("No file chosen yet."), "muted")
        self.choose_button = QPushButton(self.tr("&Choose file…"), src)
        self.choose_button.setAccessibleName(self.tr("Choose the bundle file"))
        self.choose_button.setToolTip(self.tr("Choose the bundle file (Alt+C)"))
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        sl.addLayout(row)
        self.key_note = style.label("", "muted")
        sl.addWidget(self.key_note)
        pf = QFormLayout()
        self.passphrase = PassphraseField(self.tr("Bundle passphrase"), src)
        self.passphrase_label = QLabel(self.tr("&Passphrase:"), src)
        self.passphrase_label.setBuddy(self.passphrase)
        pf.addRow(self.passphrase_label, self.passphrase)
        self.identity = QLineEdit(src)
        self.identity.setEchoMode(QLineEdit.EchoMode.Password)
        self.identity.setAccessibleName(self.tr("Another age identity (optional)"))
        self.identity.setPlaceholderText(self.tr("Only if it was sent to another key: AGE-SECRET-KEY-1…"))
        self.identity_label = QLabel(self.tr("&Identity:"), src)
        self.identity_label.setBuddy(self.identity)
        pf.addRow(self.identity_label, self.identity)
        sl.addLayout(pf)
        self.open_button = QPushButton(self.tr("&Open and check"), src)
        self.open_button.setAccessibleName(self.tr("Open the bundle and plan the import"))
        self.open_button.setToolTip(self.tr("Decrypt, check every record and show what would change; "
                                            "nothing is written (Alt+O)"))
        sl.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(src)

        self.inside = QGroupBox(self.tr("Inside"), self)
        il = QVBoxLayout(self.inside)
        self.inside_text = style.label("")
        self.inside_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        il.addWidget(self.inside_text)
        outer.addWidget(self.inside)

        self.plan_box = QGroupBox(self.tr("What the import will do"), self)
        plan_layout = QVBoxLayout(self.plan_box)
        self.plan_table = QTableWidget(0, 1 + len(_ACTIONS), self.plan_box)
        self.plan_table.setAccessibleName(self.tr("Import plan per record type"))
        self.plan_table.setHorizontalHeaderLabels([self.tr("Records")] + [_action_label(a) for a in _ACTIONS])
        self.plan_table.verticalHeader().hide()
        self.plan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.plan_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        style.tabular(self.plan_table)
        plan_layout.addWidget(self.plan_table)
        self.plan_notes = style.label("")
        plan_layout.addWidget(self.plan_notes)
        outer.addWidget(self.plan_box, 1)

        self.conflicts_box = QGroupBox(self.tr("Conflicts"), self)
        cl = QVBoxLayout(self.conflicts_box)
        self.conflicts = ConflictsPanel(self.vault, self.conflicts_box)
        cl.addWidget(self.conflicts)
        outer.addWidget(self.conflicts_box)
        outer.addStretch(0)  # takes the room only while the plan is hidden

        self.progress = BusyRow(self)
        outer.addWidget(self.progress)
        self.message = style.label("")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import the bundle"))
        self.import_button.setToolTip(self.tr("Write the plan above into this vault, in one transaction "
                                              "(Ctrl+Enter)"))
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.confirm_import)

        self.choose_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_bundle)
        self.passphrase.returnPressed.connect(self.open_bundle)
        self.import_button.clicked.connect(self.confirm_import)
        self.close_button.clicked.connect(self.reject)
        self.progress.cancel_button.clicked.connect(self.cancel)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    # ---------------------------------------------------------------- state
    def _update(self) -> None:
        busy = self.task is not None
        has_file = self.data is not None
        by_pass = self.encryption == "passphrase"
        self.passphrase.setVisible(has_file and by_pass)
        self.passphrase_label.setVisible(has_file and by_pass)
        self.identity.setVisible(has_file and not by_pass)
        self.identity_label.setVisible(has_file and not by_pass)
        self.choose_button.setEnabled(not busy)
        self.open_button.setEnabled(has_file and not busy and self.result is None)
        self.open_button.setVisible(has_file)
        self.inside.setVisible(self.info is not None)
        self.plan_box.setVisible(self.plan is not None)
        self.import_button.setEnabled(self.plan is not None and self.result is None and not busy)
        self.import_button.setDefault(self.plan is not None)
        self.open_button.setDefault(self.plan is None)
        self.conflicts_box.setVisible(bool(self.conflicts.rows) or self.result is not None)

    def _error(self, text: str) -> None:
        self.message.setText(text)
        style.set_role(self.message, "error")

    def choose_file(self) -> None:
        path = dialogs.ask_open_file(self, self.tr("Choose a case bundle"), BUNDLE_FILTER)
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read the file (size-checked by the core) and see how it is locked."""
        self.info = self.plan = self.result = None
        self.data = None
        self._drop_opened()
        self.message.setText("")
        try:
            data = read_file(path)
            self.encryption = describe_encryption(data)
        except LiaisonError as exc:
            self.encryption = None
            self.file_label.setText(path)
            self._error(self.tr("This file cannot be used: {why}").format(why=error_text(exc)))
            self._update()
            return
        self.path, self.data = path, data
        self.file_label.setText(self.tr("{name} ({size})").format(name=Path(path).name, size=_size_text(len(data))))
        style.set_role(self.file_label, "")
        if self.encryption == "passphrase":
            self.key_note.setText(self.tr("Locked with a passphrase: type the one the sender gave you."))
            self.passphrase.setFocus()
        else:
            self.key_note.setText(self.tr("Encrypted to recipients' keys: this vault's own identity opens it when "
                                          "it was sent to you."))
            self.open_button.setFocus()
        self._update()

    def _keys(self) -> tuple[str | None, list[str]]:
        if self.encryption == "passphrase":
            return self.passphrase.text() or None, []
        ident = self.identity.text().strip()
        return None, [ident] if ident else []

    # ---------------------------------------------------------------- open
    def open_bundle(self) -> None:
        """Decrypt and check everything, then plan the import and try it in a
        transaction that is rolled back (so the vault's own refusals show too)."""
        if self.data is None or self.task is not None or self.result is not None:
            return
        passphrase, identities = self._keys()
        data, vault = self.data, self.vault
        self.message.setText("")
        self._drop_opened()

        def work() -> _Opened:
            # Decrypted once (a passphrase costs about a second): the dry run checks every file.
            bundle = importer.open_for_vault(data, vault, passphrase=passphrase, identities=identities,
                                             verify_files=False)
            try:
                return _Opened(bundle, importer.inspect(bundle), importer.import_opened(vault, bundle, dry_run=True))
            except BaseException:
                bundle.close()
                raise

        self.progress.start(self.tr("Opening and checking the bundle…"), cancellable=False)
        self.task = run_in_background(work, self._opened, self._open_failed)
        self._update()

    def _opened(self, result: _Opened) -> None:
        self.task = None
        self.progress.stop()
        self.opened, self.info, self.plan = result.bundle, result.info, result.plan
        self._show_info()
        self._show_plan()
        self.message.setText(self.tr("Checked: every file and record is intact. Nothing has been written yet."))
        style.set_role(self.message, "ok")
        self._update()
        self.import_button.setFocus()

    def _open_failed(self, exc: BaseException) -> None:
        self.task = None
        self.progress.stop()
        self._error(self.tr("The bundle was refused: {why}").format(why=error_text(exc)))
        self._update()

    def _show_info(self) -> None:
        info = self.info or {}
        case = info.get("case") or {}
        lines = [
            self.tr("Case {ref}, exported by {who} on {when} (UTC).").format(
                ref=case.get("reference") or case.get("id") or "?", who=info.get("exported_by") or "?",
                when=str(info.get("created_at") or "?")[:16].replace("T", " ")),
            self.tr("Holds: {counts}; {files} files, {size} in all.").format(
                counts=counts_text(info.get("counts") or {}), files=info.get("files", 0),
                size=_size_text(int(info.get("bytes") or 0))),
        ]
        if info.get("withheld"):
            lines.append(self.tr("The sender left out as restricted: {counts}.").format(
                counts=counts_text(info["withheld"])))
        if info.get("restricted_included"):
            lines.append(self.tr("It includes restricted (TLP:RED or H2) records: handle them accordingly."))
        if info.get("redacted"):
            lines.append(self.tr("Redacted: personal data was left out."))
        self.inside_text.setText("\n".join(lines))

    def _show_plan(self) -> None:
        plan = self.plan or {}
        actions: dict[str, dict[str, int]] = plan.get("actions") or {}
        self.plan_table.setRowCount(len(actions))
        for i, (rtype, per) in enumerate(sorted(actions.items())):
            first = QTableWidgetItem(record_type_label(rtype, sum(per.values())))
            self.plan_table.setItem(i, 0, first)
            for j, action in enumerate(_ACTIONS, start=1):
                n = per.get(action, 0)
                item = QTableWidgetItem(str(n) if n else "–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.plan_table.setItem(i, j, item)
        notes = []
        total: dict[str, int] = {}
        for per in actions.values():
            for a, n in per.items():
                total[a] = total.get(a, 0) + n
        notes.append(self.tr("New: {new} · updated: {updated} · already here: {same} · ours newer: {ours} · "
                             "matched to ours: {mapped} · conflicts: {conflicts}").format(
            new=total.get("insert", 0), updated=total.get("update", 0), same=total.get("skip", 0),
            ours=total.get("keep-local", 0), mapped=total.get("map", 0), conflicts=total.get("conflict", 0)))
        for c in plan.get("conflicts") or []:
            notes.append(self.tr("Conflict ({kind}): {message}").format(kind=_kind_label(c["kind"]),
                                                                       message=c["message"]))
        for r in plan.get("renamed") or []:
            notes.append(self.tr("Renamed: {what} {old} becomes {new}, as {old} is already used here.").format(
                what=r["record_type"], old=r["from"], new=r["to"]))
        self.plan_notes.setText("\n".join(notes))

    # ---------------------------------------------------------------- import
    def confirm_import(self) -> None:
        """Import the plan that was shown, in the background; Cancel stops it
        before anything is written."""
        if self.plan is None or self.task is not None or self.result is not None or self.data is None:
            return
        passphrase, identities = self._keys()
        data, vault, cancel, opened = self.data, self.vault, self._cancel, self.opened
        cancel.clear()

        def stop_if_cancelled() -> None:
            if cancel.is_set():
                raise _Cancelled

        def work() -> dict[str, Any]:
            # Planned afresh (the vault may have changed since the plan was shown), from the bundle as
            # opened; Cancel is honoured up to the moment the first row is written.
            if opened is not None:
                return importer.import_opened(vault, opened, before_writing=stop_if_cancelled)
            return importer.import_bundle(vault, data, passphrase=passphrase, identities=identities,
                                          before_writing=stop_if_cancelled)

        self.progress.start(self.tr("Importing…"), cancellable=True)
        self.task = run_in_background(work, self._imported, self._import_failed, write=True, stop=self._cancel.set)
        self._update()

    def cancel(self) -> None:
        if self.task is None:
            return
        self._cancel.set()
        self.progress.cancel_button.setEnabled(False)
        self.progress.busy.text.setText(self.tr("Cancelling…"))

    def _imported(self, result: dict[str, Any]) -> None:
        self.task = None
        self.progress.stop()
        self._drop_opened()
        self.passphrase.wipe()
        self.identity.clear()
        self.result = result
        case = result.get("case") or {}
        total: dict[str, int] = {}
        for per in (result.get("actions") or {}).values():
            for a, n in per.items():
                total[a] = total.get(a, 0) + n
        text = self.tr("Imported case {ref}: new {new} · updated {updated} · already here {same}.").format(
            ref=case.get("reference") or "?", new=total.get("insert", 0), updated=total.get("update", 0),
            same=total.get("skip", 0))
        n_conf = len(result.get("conflicts") or [])
        if n_conf:
            text += " " + self.tr("Conflicts left for you to decide below: {n}.").format(n=n_conf)
        self.message.setText(text)
        style.set_role(self.message, "ok")
        self.conflicts.refresh()
        self._update()

    def _import_failed(self, exc: BaseException) -> None:
        self.task = None
        self.progress.stop()
        if isinstance(exc, _Cancelled):
            self.message.setText(self.tr("Cancelled: nothing was imported."))
            style.set_role(self.message, "muted")
        else:
            self._error(self.tr("The import was refused and nothing was written: {why}").format(
                why=error_text(exc)))
        self._update()

    def reject(self) -> None:
        if self.task is not None:
            if self.task.write:  # an import: Cancel stops it before it writes, then the dialog can go
                self.cancel()
                return
            # An opening only reads: the dialog goes now (a lock must not leave it on screen) and the
            # opening's result is dropped, the bundle closed, when it comes.
            self.task.cancel()
            self.task = None
            self.progress.stop()
        self.passphrase.wipe()
        self.identity.clear()
        self.data = None
        self.info = self.plan = None
        self._drop_opened()
        super().reject()

    def _drop_opened(self) -> None:
        if self.opened is not None:
            self.opened.close()
            self.opened = None


# ------------------------------------------------------------------- wiring
def open_export(window, case_ref: str) -> ExportBundleDialog:
    """Show the export dialog for a case (for the case view's "Hand over…")."""
    dlg = ExportBundleDialog(window.session, case_ref, window)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg


def open_import(window) -> ImportBundleDialog:
    """Show the import dialog (for the palette and the File menu)."""
    dlg = ImportBundleDialog(window.session, window)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg
