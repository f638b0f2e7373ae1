"""Settings: the officer's profile (it signs every document), document
defaults, the idle lock, the keychain, the passphrase and the recovery code.

Preferences live inside the encrypted vault (``vault.settings``): the name,
unit and signature block are personal data. Only the interface language, which
must be known before any vault is open, is kept in the per-machine QSettings
(``ui/language``; applying it is the application's job).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liaison.documents.templates import TEMPLATES_DIR_SETTING, load_templates
from liaison.errors import LiaisonError, ValidationError
from liaison.records.contacts import validate_email
from liaison.refdata import validate_language

from . import dialogs, i18n, style
from .first_run import code_lines
from .forms import FormSection
from .pickers import LanguagePicker
from .session import DEFAULT_IDLE_LOCK_MINUTES, Session
from .widgets import DelayedBusy, PassphraseField, StrengthMeter
from .worker import Task, run_in_background

log = logging.getLogger(__name__)

OFFICER_KEYS = ("officer.name", "officer.rank", "officer.unit", "officer.authority", "officer.address",
                "officer.phone", "officer.email", "officer.signature_block", "officer.logo_path")
LANGUAGE_KEY = "documents.default_language"
IDLE_KEY = "ui.idle_lock_minutes"
IDLE_MIN, IDLE_MAX = 1, 120
UI_LANGUAGES = (("en", "English"), ("fr", "Français"))
UI_LANGUAGE_SETTING = "ui/language"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def validate_preferences(values: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise what the dialog saves; the first problem raises a
    ValidationError naming its setting. Core validators are used where they exist."""
    out: dict[str, Any] = {}
    for key in OFFICER_KEYS:
        text = str(values.get(key) or "")
        out[key] = text.strip() if key not in ("officer.address", "officer.signature_block") else text.rstrip()
        if len(out[key]) > 2000:
            raise ValidationError(f"{key}: keep this under 2,000 characters.", field=key)
    if out["officer.email"]:
        out["officer.email"] = validate_email(out["officer.email"], field="officer.email")
    logo = out["officer.logo_path"]
    if logo:
        path = Path(logo).expanduser()
        if not path.is_file():
            raise ValidationError(f"officer.logo_path: there is no file at {logo}; choose the logo again.",
                                  field="officer.logo_path")
        if not QImageReader(str(path)).canRead():
            raise ValidationError("officer.logo_path: this file is not an image Liaison can read (use PNG or JPEG).",
                                  field="officer.logo_path")
    out[LANGUAGE_KEY] = validate_language(values.get(LANGUAGE_KEY), field=LANGUAGE_KEY, required=False) or ""
    try:
        minutes = int(values.get(IDLE_KEY))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(f"{IDLE_KEY}: give the idle lock in whole minutes ({IDLE_MIN}-{IDLE_MAX}).",
                              field=IDLE_KEY) from None
    if not IDLE_MIN <= minutes <= IDLE_MAX:
        raise ValidationError(f"{IDLE_KEY}: the vault locks after {IDLE_MIN} to {IDLE_MAX} minutes without "
                              "activity.", field=IDLE_KEY)
    out[IDLE_KEY] = minutes
    folder = str(values.get(TEMPLATES_DIR_SETTING) or "").strip()
    if folder and not Path(folder).expanduser().is_dir():
        raise ValidationError(f"{TEMPLATES_DIR_SETTING}: there is no folder at {folder}.", field=TEMPLATES_DIR_SETTING)
    out[TEMPLATES_DIR_SETTING] = folder
    return out


class _PathField(QWidget):
    """A path with a Choose... button (the file dialog goes through the seam)."""

    value_changed = Signal(object)

    def __init__(self, ask: Any, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ask = ask
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible)
        self.choose = QPushButton(_tr("Choose..."), self)
        self.choose.setAccessibleName(_tr("Choose: {what}").format(what=accessible))
        self.clear_button = QPushButton(_tr("Clear"), self)
        self.clear_button.setAccessibleName(_tr("Clear: {what}").format(what=accessible))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)
        row.addWidget(self.clear_button)
        self.edit.textChanged.connect(lambda t: self.value_changed.emit(t))
        self.choose.clicked.connect(self.pick)
        self.clear_button.clicked.connect(lambda: self.edit.clear())

    def pick(self) -> None:
        chosen = self._ask(self)
        if chosen:
            self.edit.setText(str(chosen))

    def value(self) -> str:
        return self.edit.text().strip()

    def setValue(self, value: Any) -> None:  # noqa: N802 - the forms' protocol
        self.edit.setText("" if value is None else str(value))


class SettingsDialog(QDialog):
    """The officer's preferences. ``saved`` fires after a successful save."""

    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.session = session
        if settings is None:
            window_settings = getattr(parent, "_settings", None)
            settings = window_settings if isinstance(window_settings, QSettings) else QSettings()
        self.qsettings = settings
        self.task: Task | None = None
        self.template_errors: list[str] = []
        self.passphrase_dialog: PassphraseDialog | None = None
        self.code_dialog: RecoveryCodeDialog | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setModal(True)

        # ---- officer profile
        self.profile = FormSection(self.tr("Officer profile (on every document you produce)"))
        p = self.profile
        p.add_field("officer.name", self.tr("Name"), QLineEdit())
        p.add_field("officer.rank", self.tr("Rank"), QLineEdit())
        p.add_field("officer.unit", self.tr("Unit"), QLineEdit())
        p.add_field("officer.authority", self.tr("Authority"), QLineEdit())
        address = QPlainTextEdit()
        address.setTabChangesFocus(True)
        address.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        p.add_field("officer.address", self.tr("Address"), address)
        p.add_field("officer.phone", self.tr("Phone"), QLineEdit())
        p.add_field("officer.email", self.tr("E-mail"), QLineEdit())
        signature = QPlainTextEdit()
        signature.setTabChangesFocus(True)
        signature.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        p.add_field("officer.signature_block", self.tr("Signature block"), signature,
                    help=self.tr("Printed under your name at the end of letters and requests."))
        self.logo = _PathField(lambda w: dialogs.ask_open_file(w, self.tr("Letterhead logo"),
                                                               self.tr("Images (*.png *.jpg *.jpeg)")),
                               self.tr("Letterhead logo"))
        p.add_field("officer.logo_path", self.tr("Letterhead logo"), self.logo,
                    help=self.tr("A PNG or JPEG file, printed at the top of documents."))
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        p.layout().addRow("", self.logo_preview)
        self.logo.value_changed.connect(self._update_logo_preview)

        # ---- documents
        self.documents = FormSection(self.tr("Documents"))
        self.language = LanguagePicker()
        self.documents.add_field(LANGUAGE_KEY, self.tr("Default document language"), self.language)
        self.templates = _PathField(self._ask_templates_dir, self.tr("Own templates folder"))
        self.documents.add_field(TEMPLATES_DIR_SETTING, self.tr("Own templates folder"), self.templates,
                                 help=self.tr("Templates there are used beside the built-in ones, and replace "
                                              "those with the same id."))
        self.templates_report = style.label("", "muted")
        self.templates_report.setObjectName("templatesReport")
        self.templates_report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.documents.layout().addRow("", self.templates_report)

        # ---- interface
        self.interface = FormSection(self.tr("Interface and locking"))
        self.ui_language = QComboBox()
        for code, name in UI_LANGUAGES:
            self.ui_language.addItem(name, code)
        self.interface.add_field("ui_language", self.tr("Interface language"), self.ui_language,
                                 help=self.tr("Applies at once to the whole window."))
        self.idle = QSpinBox()
        self.idle.setRange(IDLE_MIN, IDLE_MAX)
        self.idle.setSuffix(self.tr(" min"))
        self.interface.add_field(IDLE_KEY, self.tr("Lock after inactivity"), self.idle,
                                 help=self.tr("From 1 to 120 minutes without keyboard or mouse."))

        # ---- security (acts at once, not on Save: each is its own confirmed step)
        self.security = QGroupBox(self.tr("Security (each button acts at once)"))
        self.keychain_box = QCheckBox(self.tr("Remember the key in the OS keychain (no passphrase on this computer)"))
        self.keychain_box.setAccessibleName(self.tr("Remember the key in the OS keychain"))
        self.keychain_status = style.label("", "muted")
        self.keychain_status.setObjectName("keychainStatus")
        self.passphrase_button = QPushButton(self.tr("Change passphrase..."))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.recovery_button = QPushButton(self.tr("New recovery code..."))
        self.recovery_button.clicked.connect(self.new_recovery_code)
        self.busy = DelayedBusy(self)
        sec = QVBoxLayout(self.security)
        sec.addWidget(self.keychain_box)
        sec.addWidget(self.keychain_status)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.passphrase_button)
        buttons_row.addWidget(self.recovery_button)
        buttons_row.addStretch(1)
        sec.addLayout(buttons_row)
        sec.addWidget(self.busy)
        self.security_status = style.label("")
        self.security_status.setObjectName("securityStatus")
        sec.addWidget(self.security_status)

        self.banner = style.label("", "error")
        self.banner.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save the settings (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.buttons.accepted.connect(self._save_and_close)
        self.buttons.rejected.connect(self.reject)

        content = QWidget()
        box = QVBoxLayout(content)
        for w in (self.profile, self.documents, self.interface, self.security):
            box.addWidget(w)
        box.addStretch(1)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.banner)
        outer.addWidget(self.buttons)
        self.resize(760, 720)
        self.load()
        self.keychain_box.toggled.connect(self._keychain_toggled)

    # --------------------------------------------------------------- loading
    @property
    def vault(self) -> Any:
        if not self.session.is_open:
            raise LiaisonError(self.tr("The vault is locked."))
        return self.session.vault

    def _sections(self) -> list[FormSection]:
        return [self.profile, self.documents, self.interface]

    def load(self) -> None:
        """Show what the vault holds (and this machine's interface language)."""
        stored = self.vault.settings
        self.profile.set_values({k: stored.get(k, "") or "" for k in OFFICER_KEYS})
        self.documents.set_values({LANGUAGE_KEY: stored.get(LANGUAGE_KEY) or None,
                                   TEMPLATES_DIR_SETTING: stored.get(TEMPLATES_DIR_SETTING, "") or ""})
        try:
            minutes = int(stored.get(IDLE_KEY, DEFAULT_IDLE_LOCK_MINUTES))
        except (TypeError, ValueError):
            minutes = DEFAULT_IDLE_LOCK_MINUTES
        if not IDLE_MIN <= minutes <= IDLE_MAX:
            minutes = DEFAULT_IDLE_LOCK_MINUTES
        code = str(self.qsettings.value(UI_LANGUAGE_SETTING, "en"))
        self.interface.set_values({IDLE_KEY: minutes, "ui_language": code if code in dict(UI_LANGUAGES) else "en"})
        for s in self._sections():
            s.mark_clean()
        self._update_logo_preview()
        self._update_keychain()

    def _update_logo_preview(self, *_args: object) -> None:
        path = self.logo.value()
        pix = QPixmap(str(Path(path).expanduser())) if path else QPixmap()
        if pix.isNull():
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo.") if not path else self.tr("This file cannot be shown."))
            return
        height = self.fontMetrics().height() * 4
        self.logo_preview.setPixmap(pix.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))

    # ---------------------------------------------------------------- saving
    def is_dirty(self) -> bool:
        return any(s.is_dirty() for s in self._sections())

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for s in self._sections():
            out.update(s.values())
        return out

    def save(self) -> bool:
        """Validate everything, then write it all in one transaction. On a
        refusal the message shows under its field and nothing is written."""
        for s in self._sections():
            s.clear_errors()
        self.banner.hide()
        values = self.values()
        try:
            clean = validate_preferences(values)
            vault = self.vault
            with vault.transaction():
                for key, value in clean.items():
                    if vault.settings.get(key) != value:
                        vault.settings.set(key, value)
        except ValidationError as exc:
            self._show_error(exc)
            return False
        except LiaisonError as exc:
            self.banner.setText(self.tr("Error: {message}").format(message=str(exc)))
            self.banner.show()
            return False
        self.qsettings.setValue(UI_LANGUAGE_SETTING, values.get("ui_language") or "en")
        self.qsettings.sync()
        # The running window switches language at once (a dialog without a window only stores it).
        window = self.parent()
        if callable(getattr(window, "retranslate", None)) and (values.get("ui_language") or "en") != \
                i18n.current_language():
            i18n.apply_language(window, values.get("ui_language") or "en")
        for s in self._sections():
            s.mark_clean()
        self._apply_idle(clean[IDLE_KEY])
        self.saved.emit()
        return True

    def _show_error(self, exc: ValidationError) -> None:
        field = exc.field or ""
        for s in self._sections():
            if s.owner_of(field):
                s.show_errors({field: str(exc)})
                s.field(s.owner_of(field)).setFocus()
                return
        self.banner.setText(self.tr("Error: {message}").format(message=str(exc)))
        self.banner.show()

    def _apply_idle(self, minutes: int) -> None:
        """The window's idle lock follows the new setting at once (unless a test overrides it)."""
        window = self.parent()
        idle = getattr(window, "idle", None)
        if idle is not None and not getattr(window, "_idle_override", None):
            idle.set_interval(minutes * 60_000)

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        if self.session.is_open and self.is_dirty() and not dialogs.confirm(
                self, self.tr("Discard changes"), self.tr("Your changes to the settings are not saved. Discard them?"),
                destructive=True):
            return
        self._cancel_task()
        super().reject()

    # ------------------------------------------------------------- templates
    def _ask_templates_dir(self, parent: QWidget) -> str | None:
        # The seam has no folder question yet: its queue is used directly so tests can answer it.
        queued, answer = dialogs._take("open_folder", {"title": self.tr("Own templates folder")})
        if queued:
            chosen = answer
        else:
            from PySide6.QtWidgets import QFileDialog

            chosen = QFileDialog.getExistingDirectory(parent, self.tr("Own templates folder")) or None
        if chosen:
            self.check_templates(str(chosen))
        return chosen

    def check_templates(self, folder: str) -> list[str]:
        """Load the templates of ``folder`` as documents will, and list every
        problem as ``file:line: problem``."""
        errors: list = []
        try:
            found = load_templates([Path(folder).expanduser()], errors=errors)
        except LiaisonError as exc:
            errors.append(exc)
            found = {}
        lines: list[str] = []
        for err in errors:
            problems = getattr(err, "problems", None)
            if problems:
                lines += [f"{f}:{line}: {p}" for f, line, p in problems]
            else:
                lines.append(str(err))
        self.template_errors = lines
        if lines:
            self.templates_report.setText(self.tr("These templates cannot be used:") + "\n" + "\n".join(lines))
            style.set_role(self.templates_report, "error")
        else:
            self.templates_report.setText(self.tr("{n} templates available, none with a problem.").format(
                n=len(found)))
            style.set_role(self.templates_report, "ok")
        return lines

    # -------------------------------------------------------------- keychain
    def _update_keychain(self) -> None:
        status = self.vault.keychain.status
        remembered = self.session.keychain_slot_label() is not None
        self.keychain_box.blockSignals(True)
        self.keychain_box.setChecked(remembered)
        self.keychain_box.blockSignals(False)
        if not status.available and not remembered:
            self.keychain_box.setEnabled(False)
            self.keychain_status.setText(self.tr("Not available: {reason}.").format(reason=status.reason))
        else:
            self.keychain_box.setEnabled(True)
            self.keychain_status.setText(
                self.tr("The key is remembered in {label}.").format(label=self.session.keychain_slot_label())
                if remembered else self.tr("The vault asks for its passphrase when it opens."))
        style.set_role(self.keychain_status, "muted")

    def _keychain_toggled(self, on: bool) -> None:
        try:
            if on:
                label = self.vault.enable_keychain()
                message, role = self.tr("The key is now remembered in {label}.").format(label=label), "ok"
            else:
                warning = self.vault.disable_keychain()
                message, role = (warning, "warning") if warning else (
                    self.tr("The key was removed from the keychain; the vault will ask for its passphrase."), "ok")
        except LiaisonError as exc:
            self._update_keychain()
            self.security_status.setText(self.tr("Error: {message}").format(message=str(exc)))
            style.set_role(self.security_status, "error")
            return
        self._update_keychain()
        self.security_status.setText(message)
        style.set_role(self.security_status, role)

    # ------------------------------------------------- passphrase and code
    def change_passphrase(self) -> None:
        self.passphrase_dialog = PassphraseDialog(self.session, self)
        self.passphrase_dialog.changed.connect(lambda: self._security_done(self.tr("The passphrase was changed.")))
        self.passphrase_dialog.open()

    def new_recovery_code(self) -> None:
        if not dialogs.confirm(self, self.tr("New recovery code"),
                               self.tr("A new recovery code replaces the old one, which stops working at once. "
                                       "Issue a new code?"), destructive=True):
            return
        vault = self.vault
        self.recovery_button.setEnabled(False)
        self.busy.start(self.tr("Issuing a new recovery code..."))
        # A write (the key slots): a lock waits for it rather than wiping the key under it.
        self.task = run_in_background(vault.new_recovery_code, self._show_code, self._security_failed, write=True)

    def _show_code(self, code: str) -> None:
        self.task = None
        self.busy.stop()
        self.recovery_button.setEnabled(True)
        self.code_dialog = RecoveryCodeDialog(code, self)
        del code
        self.code_dialog.open()
        self._security_done(self.tr("A new recovery code was issued; the old one no longer works."))

    def _security_done(self, message: str) -> None:
        self.security_status.setText(message)
        style.set_role(self.security_status, "ok")

    def _security_failed(self, exc: BaseException) -> None:
        self.task = None
        self.busy.stop()
        self.recovery_button.setEnabled(True)
        if not isinstance(exc, LiaisonError):
            log.error("security action failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.security_status.setText(self.tr("Error: {message}").format(
            message=str(exc) if isinstance(exc, LiaisonError) else type(exc).__name__))
        style.set_role(self.security_status, "error")

    def _cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.busy.stop()


class PassphraseDialog(QDialog):
    """A new passphrase, typed twice; the slot is re-locked on a worker (Argon2id)."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Change passphrase"))
        self.new = PassphraseField(self.tr("New passphrase"), self)
        self.again = PassphraseField(self.tr("New passphrase again"), self)
        self.meter = StrengthMeter(self)
        self.error = style.label("", "error")
        self.error.setObjectName("passphraseError")
        self.error.hide()
        self.busy = DelayedBusy(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change passphrase"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.new.textChanged.connect(self.meter.update_for)
        box = QVBoxLayout(self)
        for text, w in ((self.tr("New passphrase:"), self.new), (self.tr("Type it again:"), self.again)):
            lab = QLabel(text, self)
            lab.setBuddy(w)
            box.addWidget(lab)
            box.addWidget(w)
        box.addWidget(self.meter)
        box.addWidget(self.error)
        box.addWidget(self.busy)
        box.addWidget(self.buttons)

    def submit(self) -> None:
        new, again = self.new.text(), self.again.text()
        if new != again:
            self._fail(self.tr("The two passphrases differ; type the same one twice."))
            return
        vault = self.session.vault
        if vault is None or vault.is_locked:
            self.reject()
            return
        self.ok_button.setEnabled(False)
        self.busy.start(self.tr("Locking the key under the new passphrase..."))
        # A write (the key slots): a lock waits for it rather than wiping the key under it.
        self.task = run_in_background(lambda: vault.change_passphrase(new), self._done, self._failed, write=True)

    def _done(self, _result: object) -> None:
        self.task = None
        self.busy.stop()
        self.new.wipe()
        self.again.wipe()
        self.changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.busy.stop()
        self.ok_button.setEnabled(True)
        self._fail(str(exc) if isinstance(exc, LiaisonError) else self.tr("The passphrase could not be changed."))

    def _fail(self, message: str) -> None:
        self.error.setText(self.tr("Error: {message}").format(message=message))
        self.error.show()

    def reject(self) -> None:
        if self.task is not None and self.session.is_open:
            return  # the slot is being rewritten: let it finish
        if self.task is not None:  # locked meanwhile: the result no longer matters
            self.task.cancel()
            self.task = None
        self.busy.stop()
        self.new.wipe()
        self.again.wipe()
        super().reject()


class RecoveryCodeDialog(QDialog):
    """The new recovery code, shown once; closing wipes it from the screen."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery code"))
        intro = style.label(self.tr("Write this code down now and keep it apart from this computer. It is shown "
                                    "only this once; the old code no longer works."))
        self.code_label = QLabel("\n".join(code_lines(code)), self)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setFont(style.monospace_font(20))
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        style.set_role(self.code_label, "code")
        self.written = QCheckBox(self.tr("I have written it down"), self)
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setEnabled(False)
        self.done_button.setDefault(True)
        self.written.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.code_label)
        row = QHBoxLayout()
        row.addWidget(self.written)
        row.addStretch(1)
        row.addWidget(self.done_button)
        box.addLayout(row)

    def done(self, result: int) -> None:
        """Every way of closing passes here: the code leaves the screen first."""
        self.code_label.clear()
        super().done(result)
