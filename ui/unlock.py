"""The unlock screen, and the recovery-code dialog.

Key derivation (Argon2id, about half a second) runs on a worker thread; the
screen stays responsive and shows a busy line only when the wait is noticeable.
Each kind of failure is named for what it is: a wrong passphrase under the
field, a keychain problem as a keychain problem, a damaged or busy vault with
the core's own message.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import (
    KeychainUnavailable,
    LiaisonError,
    PassphraseRequired,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from liaison.vault import Vault

from . import dialogs, style
from .session import DEMO_PASSPHRASE, Session
from .widgets import DelayedBusy, PassphraseField, StrengthMeter
from .worker import Task, run_in_background

log = logging.getLogger(__name__)

# English; shown through QCoreApplication.translate("UnlockPage", VAULT_FILTER).
VAULT_FILTER = QT_TRANSLATE_NOOP("UnlockPage", "Liaison vaults (*.liaison);;All files (*)")


def _message(exc: BaseException) -> str:
    if isinstance(exc, LiaisonError):
        return str(exc)
    log.error("unexpected error while unlocking", exc_info=exc)
    return QCoreApplication.translate(
        "UnlockPage", "Something unexpected went wrong ({error}). The vault was not changed."
    ).format(error=type(exc).__name__)


class UnlockPage(QWidget):
    """Passphrase or keychain; the recovery code as the way back in."""

    unlocked = Signal()
    open_other = Signal(str)  # the path of another vault file the officer chose

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.recovery_dialog: RecoveryDialog | None = None
        self.setObjectName("unlock")

        self.title = style.label(self.tr("Liaison is locked"), "title")
        self.title.setAccessibleName(self.tr("Liaison is locked"))
        self.vault_line = style.label("", "muted")
        self.demo_note = style.label("", "warning")
        self.demo_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keychain_line = style.label("", "muted")
        self.keychain_line.setObjectName("keychainLine")

        self.passphrase = PassphraseField(self.tr("Passphrase"), self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock_with_passphrase)
        self.passphrase.textEdited.connect(lambda _t: self.error.hide())
        self.error = style.label("", "error")
        self.error.setObjectName("passphraseError")
        self.error.hide()

        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock with the passphrase"))
        self.unlock_button.clicked.connect(self.unlock_with_passphrase)
        self.keychain_button = QPushButton(self.tr("Unlock with the keychain"), self)
        self.keychain_button.setObjectName("keychainButton")
        self.keychain_button.clicked.connect(self.unlock_with_keychain)
        self.keychain_button.hide()

        self.recovery_link = QPushButton(self.tr("Use the recovery code..."), self)
        self.recovery_link.setFlat(True)
        self.recovery_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recovery_link.setAccessibleName(self.tr("Unlock with the recovery code and set a new passphrase"))
        self.recovery_link.clicked.connect(self.open_recovery)

        self.other_link = QPushButton(self.tr("Open another vault..."), self)
        self.other_link.setFlat(True)
        self.other_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.other_link.clicked.connect(self.choose_other)

        self.problem = style.label("", "error")
        self.problem.setObjectName("vaultProblem")
        self.problem.hide()
        self.busy = DelayedBusy(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.keychain_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_link)
        others = QHBoxLayout()
        others.addStretch(1)
        others.addWidget(self.other_link)

        card = QWidget(self)
        card.setMaximumWidth(520)
        box = QVBoxLayout(card)
        box.setSpacing(10)
        box.addWidget(self.title)
        box.addWidget(self.vault_line)
        box.addWidget(self.demo_note)
        box.addSpacing(8)
        box.addWidget(style.label(self.tr("Passphrase"), "heading"))
        box.addWidget(self.passphrase)
        box.addWidget(self.error)
        box.addLayout(buttons)
        box.addLayout(others)
        box.addWidget(self.keychain_line)
        box.addWidget(self.problem)
        box.addWidget(self.busy)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    # ------------------------------------------------------------------ setup
    def prepare(self, *, try_keychain: bool) -> None:
        """Reset the screen for the session's vault. With ``try_keychain`` (at
        start-up) the keychain is tried at once, without a prompt; after a lock
        it waits for the officer, so that locking means something."""
        self.cancel()
        self.passphrase.wipe()
        self.error.hide()
        self.problem.hide()
        self.keychain_line.hide()
        self._set_busy(False)
        self.vault_line.setText(self.tr("Vault: {path}").format(path=self.session.vault_path))
        if self.session.demo:
            self.demo_note.setText(
                self.tr("This is the demo vault: fictional data only. Its passphrase is: {passphrase}").format(
                    passphrase=DEMO_PASSPHRASE)
            )
            self.demo_note.show()
        else:
            self.demo_note.hide()
        label = self.session.keychain_slot_label()
        self.keychain_button.setVisible(label is not None)
        if label is not None:
            self.keychain_button.setText(self.tr("Unlock with {keychain}").format(keychain=label))
            self.keychain_button.setAccessibleName(self.tr("Unlock with the key kept in {keychain}").format(keychain=label))
        if label is not None and try_keychain:
            self.unlock_with_keychain()
        else:
            self.passphrase.setFocus()

    def cancel(self) -> None:
        """Drop work in flight (its vault, if one opens, is closed unseen)."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.task = None
        if self.recovery_dialog is not None:
            self.recovery_dialog.reject()
            self.recovery_dialog = None

    @property
    def working(self) -> bool:
        return self.task is not None and self.task.running

    # ----------------------------------------------------------------- unlock
    def unlock_with_passphrase(self) -> None:
        if self.working:
            return
        text = self.passphrase.text()
        if not text:
            self._show_error(self.tr("Type the passphrase, then press Unlock."))
            return
        self.error.hide()
        self.problem.hide()
        self._set_busy(True, self.tr("Unlocking..."))
        self.task = run_in_background(lambda: self.session.open_vault(text), self._on_opened, self._on_failed)

    def unlock_with_keychain(self) -> None:
        if self.working:
            return
        label = self.session.keychain_slot_label() or self.tr("the keychain")
        self.problem.hide()
        self.keychain_line.setText(self.tr("Unlocking with {keychain}...").format(keychain=label))
        style.set_role(self.keychain_line, "muted")
        self.keychain_line.show()
        self._set_busy(True, self.tr("Asking {keychain} for the key...").format(keychain=label))
        self.task = run_in_background(lambda: self.session.open_vault(None), self._on_opened, self._on_failed)

    def _on_opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self.task = None
        self.passphrase.wipe()
        if vault.unlocked_by.method == "keychain":
            self.keychain_line.setText(
                self.tr("Unlocked with {keychain}.").format(keychain=vault.unlocked_by.keychain_backend))
            style.set_role(self.keychain_line, "ok")
        self.session.attach(vault)
        self.unlocked.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.task = None
        if isinstance(exc, WrongPassphrase):
            self._show_error(str(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif isinstance(exc, KeychainUnavailable):
            self.keychain_line.setText(
                self.tr("Keychain problem: {message} Unlock with the passphrase instead.").format(message=exc.message))
            style.set_role(self.keychain_line, "warning")
            self.keychain_line.show()
            self.passphrase.setFocus()
        elif isinstance(exc, PassphraseRequired):
            self.keychain_line.setText(exc.message)
            style.set_role(self.keychain_line, "muted")
            self.keychain_line.show()
            self.passphrase.setFocus()
        else:  # VaultInUse, VaultCorrupted, VaultTooNew, KeySlotsMissing, VaultNotFound, ...
            self.problem.setText(_message(exc))
            self.problem.show()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for w in (self.passphrase, self.unlock_button, self.keychain_button, self.recovery_link, self.other_link):
            w.setEnabled(not busy)
        if busy:
            self.busy.start(text)
        else:
            self.busy.stop()
            self.passphrase.setEnabled(True)

    def choose_other(self) -> None:
        if self.working:
            return
        path = dialogs.ask_open_file(self, self.tr("Open another vault"), self.tr(VAULT_FILTER),
                                     str(self.session.vault_path.parent))
        if path:
            self.open_other.emit(path)

    # --------------------------------------------------------------- recovery
    def open_recovery(self) -> None:
        """Non-blocking (window-modal) so that a lock can still close it."""
        self.recovery_dialog = RecoveryDialog(self.session, self)
        self.recovery_dialog.recovered.connect(self._on_recovered)
        self.recovery_dialog.open()

    def _on_recovered(self, vault: Vault) -> None:
        self.recovery_dialog = None
        self._on_opened(vault)


class RecoveryDialog(QDialog):
    """The recovery code and a new passphrase (twice). The core opens the vault
    with the code and re-locks the passphrase slot; nothing changes on a refusal."""

    recovered = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Unlock with the recovery code"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        intro = style.label(
            self.tr("Type the recovery code you wrote down when the vault was created (dashes and spaces do not "
                    "matter), then choose a new passphrase.")
        )
        self.code = QLineEdit(self)
        self.code.setObjectName("recoveryCode")
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setFont(style.monospace_font(13))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setMinimumWidth(440)
        self.code_error = style.label("", "error")
        self.code_error.hide()
        self.new1 = PassphraseField(self.tr("New passphrase"), self)
        self.new1.setObjectName("newPassphrase")
        self.new2 = PassphraseField(self.tr("Repeat the new passphrase"), self)
        self.new2.setObjectName("repeatPassphrase")
        self.meter = StrengthMeter(self)
        self.new1.textChanged.connect(self.meter.update_for)
        self.pass_error = style.label("", "error")
        self.pass_error.hide()
        self.problem = style.label("", "error")
        self.problem.hide()
        self.busy = DelayedBusy(self)

        form = QFormLayout()
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow("", self.code_error)
        form.addRow(self.tr("New passphrase"), self.new1)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it"), self.new2)
        form.addRow("", self.pass_error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock and set passphrase"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(self.busy)
        box.addWidget(self.buttons)

    def submit(self) -> None:
        if self.task is not None and self.task.running:
            return
        for lab in (self.code_error, self.pass_error, self.problem):
            lab.hide()
        code, new = self.code.text(), self.new1.text()
        if not code.strip():
            self.code_error.setText(self.tr("Type the recovery code."))
            self.code_error.show()
            return
        if new != self.new2.text():
            self.pass_error.setText(self.tr("The two passphrases differ. Type the same new passphrase twice."))
            self.pass_error.show()
            return
        self._set_busy(True)
        self.task = run_in_background(lambda: self.session.recover(code, new), self._on_done, self._on_failed)

    def _on_done(self, vault: Vault) -> None:
        self._set_busy(False)
        self.task = None
        self._wipe()
        self.recovered.emit(vault)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.task = None
        if isinstance(exc, WrongRecoveryCode):
            self.code_error.setText(str(exc))
            self.code_error.show()
            self.code.setFocus()
        elif isinstance(exc, WeakPassphrase):
            self.pass_error.setText(str(exc))
            self.pass_error.show()
            self.new1.setFocus()
        else:
            self.problem.setText(_message(exc))
            self.problem.show()

    def _set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Checking the recovery code..."))
        else:
            self.busy.stop()

    def _wipe(self) -> None:
        self.code.clear()
        self.new1.wipe()
        self.new2.wipe()

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self._wipe()
        super().reject()
