"""Small widgets shared by the screens: a passphrase field with a show/hide
toggle, a busy indicator that appears only when work lasts, and a strength meter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget

from . import style
from .strength import LEVELS, estimate

BUSY_DELAY_MS = 500


class PassphraseField(QLineEdit):
    """Masked by default; a trailing toggle shows the text while it is needed."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.setMinimumWidth(320)
        # No context menu copy of a secret, no input-method prediction of it.
        self.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self.toggle = self.addAction(self.style().standardIcon(self.style().StandardPixmap.SP_FileDialogContentsView),
                                     QLineEdit.ActionPosition.TrailingPosition)
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Show passphrase"))
        self.toggle.setToolTip(self.tr("Show the passphrase"))
        self.toggle.toggled.connect(self.set_revealed)

    def set_revealed(self, revealed: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide passphrase") if revealed else self.tr("Show passphrase"))
        self.toggle.setToolTip(self.toggle.text())
        if self.toggle.isChecked() != revealed:
            self.toggle.setChecked(revealed)

    def wipe(self) -> None:
        """Empty the field and mask it again (on lock, after use)."""
        self.clear()
        self.set_revealed(False)


class DelayedBusy(QWidget):
    """An indeterminate progress bar with a line of text, shown only when the
    work takes longer than ``delay_ms`` (a flash of busy for a quick job is noise)."""

    def __init__(self, parent: QWidget | None = None, delay_ms: int = BUSY_DELAY_MS) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Busy"))
        self.text = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar)
        row.addWidget(self.text, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.show)
        self.hide()

    def start(self, text: str) -> None:
        self.text.setText(text)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()


class BusyRow(QWidget):
    """A :class:`DelayedBusy` line with a Cancel button beside it, shown with it when the work can be
    cancelled (the caller decides what cancelling means: ``cancel_button.clicked``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = DelayedBusy(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the work in progress"))
        self.cancel_button.setToolTip(self.tr("Stop before anything is written (Esc)"))
        self.cancel_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.busy, 1)
        row.addWidget(self.cancel_button)
        self.busy._timer.timeout.connect(self._shown)
        self.cancellable = False
        self.hide()  # takes no room until there is something to show

    def _shown(self) -> None:
        self.cancel_button.setVisible(self.cancellable)
        self.show()

    def start(self, text: str, cancellable: bool) -> None:
        self.cancellable = cancellable
        self.cancel_button.setEnabled(True)
        self.busy.start(text)

    def stop(self) -> None:
        self.busy.stop()
        self.cancel_button.hide()
        self.hide()


class StrengthMeter(QWidget):
    """The estimate as a bar and, above all, in words (never colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.words = style.label("", "muted")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.bar)
        box.addWidget(self.words)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        if not passphrase:
            self.bar.setValue(0)
            self.words.setText(self.tr("Strength: a few unrelated words make a passphrase long and easy to remember."))
            style.set_role(self.words, "muted")
            return
        s = estimate(passphrase)
        self.bar.setValue(s.score)
        level = QCoreApplication.translate("Strength", LEVELS[s.score])
        self.words.setText(self.tr("Strength (estimate): {level}. {advice}").format(level=level, advice=s.advice))
        role = {0: "error", 1: "error", 2: "warning", 3: "ok", 4: "ok"}[s.score]
        style.set_role(self.words, role)
        self.bar.setAccessibleDescription(level)
