"""First run: create a vault, then show its recovery code once.

Two steps in one widget. The first asks for the passphrase (twice) with a
strength estimate in words, and offers the keychain only when there is a usable
one; it also leads to an existing vault or the demo vault. The second shows the
recovery code in large groups, offers to print it, and lets the officer go on
only after ticking "I have written it down".
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import LiaisonError, WeakPassphrase
from liaison.keyslots import RECOVERY_GROUP

from . import dialogs, style
from .session import Created, Session
from .unlock import VAULT_FILTER
from .widgets import DelayedBusy, PassphraseField, StrengthMeter
from .worker import Task, run_in_background


def _centred(card: QWidget, parent: QWidget) -> QVBoxLayout:
    outer = QVBoxLayout(parent)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 3)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return outer


def code_lines(code: str, groups_per_line: int = 4) -> list[str]:
    """The recovery code as lines of groups, for reading aloud and writing down."""
    groups = code.split("-") if "-" in code else [code[i : i + RECOVERY_GROUP] for i in range(0, len(code), RECOVERY_GROUP)]
    return ["  ".join(groups[i : i + groups_per_line]) for i in range(0, len(groups), groups_per_line)]


class FirstRunPage(QWidget):
    """Signals: ``finished`` once the vault exists and its code was acknowledged;
    ``open_existing(path)`` and ``open_demo()`` for the other two ways in."""

    finished = Signal()
    open_existing = Signal(str)
    open_demo = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.created: Created | None = None
        self.setObjectName("firstRun")
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._build_create())
        self.steps.addWidget(self._build_code())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.steps)

    # -------------------------------------------------------------- step 1
    def _build_create(self) -> QWidget:
        page = QWidget(self)
        card = QWidget(page)
        card.setMaximumWidth(580)
        self.title = style.label(self.tr("Welcome to Liaison"), "title")
        intro = style.label(
            self.tr("Liaison keeps your cases, contacts and exchanges in an encrypted vault on this computer. "
                    "Choose a passphrase to lock it: a few unrelated words are long and easy to remember.")
        )
        self.path_line = style.label("", "muted")
        self.pass1 = PassphraseField(self.tr("New passphrase"), page)
        self.pass1.setObjectName("newPassphrase")
        self.pass2 = PassphraseField(self.tr("Repeat the passphrase"), page)
        self.pass2.setObjectName("repeatPassphrase")
        self.meter = StrengthMeter(page)
        self.pass1_error = style.label("", "error")
        self.pass1_error.setObjectName("passphraseError")
        self.pass1_error.hide()
        self.pass2_error = style.label("", "error")
        self.pass2_error.setObjectName("repeatError")
        self.pass2_error.hide()
        for field in (self.pass1, self.pass2):
            field.textChanged.connect(self._on_edit)
            field.returnPressed.connect(self.create_vault)

        self.remember = QCheckBox(page)
        self.remember.setObjectName("rememberKeychain")
        kc = self.session.keychain
        self.remember.setText(
            self.tr("Remember the key in {keychain}, so that Liaison opens without asking").format(
                keychain=kc.status.label))
        self.remember.setAccessibleName(self.tr("Remember the key in the OS keychain"))
        self.remember.setVisible(kc.available)
        self.keychain_note = style.label("", "muted")
        if not kc.available:
            self.keychain_note.setText(
                self.tr("The OS keychain is not available ({reason}): Liaison will ask for the passphrase.").format(
                    reason=kc.status.reason)
            )
        else:
            self.keychain_note.hide()

        self.create_button = QPushButton(self.tr("Create vault"), page)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_vault)
        self.open_button = QPushButton(self.tr("Open an existing vault..."), page)
        self.open_button.clicked.connect(self.choose_existing)
        self.demo_button = QPushButton(self.tr("Open the demo vault"), page)
        self.demo_button.setToolTip(self.tr("A separate vault with fictional data, to look around"))
        self.demo_button.clicked.connect(self.open_demo.emit)
        self.problem = style.label("", "error")
        self.problem.setObjectName("createProblem")
        self.problem.hide()
        self.busy = DelayedBusy(page)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Passphrase"), self.pass1)
        form.addRow("", self.meter)
        form.addRow("", self.pass1_error)
        form.addRow(self.tr("Repeat it"), self.pass2)
        form.addRow("", self.pass2_error)

        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)

        box = QVBoxLayout(card)
        box.setSpacing(10)
        box.addWidget(self.title)
        box.addWidget(intro)
        box.addWidget(self.path_line)
        box.addSpacing(6)
        box.addLayout(form)
        box.addWidget(self.remember)
        box.addWidget(self.keychain_note)
        box.addWidget(self.problem)
        box.addWidget(self.busy)
        box.addSpacing(6)
        box.addLayout(buttons)
        _centred(card, page)
        return page

    def prepare(self) -> None:
        self.steps.setCurrentIndex(0)
        self.path_line.setText(self.tr("The vault will be created at {path}").format(path=self.session.vault_path))
        self.pass1.setFocus()

    def _on_edit(self) -> None:
        self.meter.update_for(self.pass1.text())
        self.pass1_error.hide()
        self.pass2_error.hide()
        self.problem.hide()
        self.create_button.setEnabled(bool(self.pass1.text()) and bool(self.pass2.text()) and not self.working)

    @property
    def working(self) -> bool:
        return self.task is not None and self.task.running

    def create_vault(self) -> None:
        """The core decides whether the passphrase is acceptable; its message is shown."""
        if self.working or not self.create_button.isEnabled():
            return
        first, second = self.pass1.text(), self.pass2.text()
        if first != second:
            self.pass2_error.setText(self.tr("The two passphrases differ. Type the same passphrase twice."))
            self.pass2_error.show()
            self.pass2.setFocus()
            return
        remember = self.remember.isVisible() and self.remember.isChecked()
        self._set_busy(True)
        self.task = run_in_background(
            lambda: self.session.create_vault(first, remember), self._on_created, self._on_failed
        )

    def _set_busy(self, busy: bool) -> None:
        for w in (self.pass1, self.pass2, self.remember, self.create_button, self.open_button, self.demo_button):
            w.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Creating the vault..."))
        else:
            self.busy.stop()

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        if isinstance(exc, WeakPassphrase):
            self.pass1_error.setText(str(exc))
            self.pass1_error.show()
            self.pass1.setFocus()
        elif isinstance(exc, LiaisonError):
            self.problem.setText(str(exc))
            self.problem.show()
        else:
            self.problem.setText(self.tr("The vault could not be created ({error}: {message}).").format(
                error=type(exc).__name__, message=exc))
            self.problem.show()

    def _on_created(self, created: Created) -> None:
        self.task = None
        self._set_busy(False)
        self.pass1.wipe()
        self.pass2.wipe()
        self.created = created
        self.session.attach(created.vault)
        self._show_code(created)

    def choose_existing(self) -> None:
        path = dialogs.ask_open_file(self, self.tr("Open an existing vault"),
                                     QCoreApplication.translate("UnlockPage", VAULT_FILTER), str(self.session.paths.data))
        if path:
            self.open_existing.emit(path)

    # -------------------------------------------------------------- step 2
    def _build_code(self) -> QWidget:
        page = QWidget(self)
        card = QWidget(page)
        card.setMaximumWidth(640)
        title = style.label(self.tr("Your recovery code"), "title")
        intro = style.label(
            self.tr("If you forget the passphrase, this code is the only way into the vault. Write it down now and "
                    "keep it apart from this computer. It is shown only this once.")
        )
        self.code_label = QLabel(page)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setFont(style.monospace_font(22))
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        style.set_role(self.code_label, "code")
        self.code_hint = style.label(
            self.tr("The code uses the digits 0-9 and letters without I, L, O or U, so that it reads back "
                    "unambiguously."),
            "muted",
        )
        self.keychain_result = style.label("", "muted")
        self.keychain_result.hide()
        self.print_button = QPushButton(self.tr("Print..."), page)
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.print_button.clicked.connect(self.print_code)
        self.print_result = style.label("", "muted")
        self.print_result.hide()
        self.written = QCheckBox(self.tr("I have written it down"), page)
        self.written.setObjectName("writtenDown")
        self.continue_button = QPushButton(self.tr("Continue"), page)
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.acknowledge)

        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.print_result)
        row.addStretch(1)
        done = QHBoxLayout()
        done.addWidget(self.written)
        done.addStretch(1)
        done.addWidget(self.continue_button)

        box = QVBoxLayout(card)
        box.setSpacing(12)
        box.addWidget(title)
        box.addWidget(intro)
        box.addWidget(self.code_label)
        box.addWidget(self.code_hint)
        box.addWidget(self.keychain_result)
        box.addLayout(row)
        box.addSpacing(6)
        box.addLayout(done)
        _centred(card, page)
        return page

    def _show_code(self, created: Created) -> None:
        self.code_label.setText("\n".join(code_lines(created.recovery_code)))
        if created.keychain_note:
            self.keychain_result.setText(created.keychain_note)
            style.set_role(self.keychain_result, "warning")
            self.keychain_result.show()
        elif created.keychain_label:
            self.keychain_result.setText(
                self.tr("The key is remembered in {keychain}.").format(keychain=created.keychain_label))
            style.set_role(self.keychain_result, "ok")
            self.keychain_result.show()
        self.written.setChecked(False)
        self.continue_button.setEnabled(False)
        self.steps.setCurrentIndex(1)

    def recovery_document(self) -> QTextDocument:
        """What goes to the printer: the code and which vault it opens, nothing else."""
        assert self.created is not None
        vault = self.created.vault
        lines = "<br>".join(html.escape(line) for line in code_lines(self.created.recovery_code))
        doc = QTextDocument()
        doc.setHtml(
            "<h1>" + html.escape(self.tr("Liaison recovery code")) + "</h1>"
            "<p>" + html.escape(self.tr("Vault file: {name}")).format(name=html.escape(vault.path.name)) + "<br>"
            + html.escape(self.tr("Vault id: {id}")).format(id=html.escape(vault.id)) + "<br>"
            + html.escape(self.tr("Printed: {when}")).format(when=f"{datetime.now().astimezone():%Y-%m-%d %H:%M}")
            + "</p>"
            f"<p style='font-family: monospace; font-size: 24pt'>{lines}</p>"
            "<p>" + html.escape(self.tr("This code unlocks the vault if the passphrase is forgotten. Keep it apart "
                                        "from the computer, in a locked place. Digits 0-9 and letters without "
                                        "I, L, O or U.")) + "</p>"
        )
        return doc

    def print_code(self) -> None:
        if dialogs.print_document(self, self.recovery_document(), self.tr("Print the recovery code")):
            self.print_result.setText(self.tr("Sent to the printer. Check the page before you tick the box."))
        else:
            self.print_result.setText(self.tr("Not printed."))
        self.print_result.show()

    def acknowledge(self) -> None:
        """The code leaves the screen and memory we hold; the workspace opens."""
        if not self.written.isChecked():
            return
        self.code_label.clear()
        if self.created is not None:
            self.created.recovery_code = ""
        self.created = None
        self.steps.setCurrentIndex(0)
        self.finished.emit()

    def wipe(self) -> None:
        """On lock or when leaving: nothing typed or shown stays."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.pass1.wipe()
        self.pass2.wipe()
        self.code_label.clear()
        if self.created is not None:
            self.created.recovery_code = ""
        self.created = None
