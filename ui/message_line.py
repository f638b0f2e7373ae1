"""The line under a view that tells the officer how an action went."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from . import style


def _tr(text: str) -> str:
    return QCoreApplication.translate("MessageLine", text)


class MessageLine(QLabel):
    """An outcome in words: an error ("Not done: ...") or a success ("✓ ..."), selectable so that it can be
    copied into a report; hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(_tr("Message"))

    def show_message(self, text: str, meaning: str) -> None:
        """``meaning``: "error", "ok", or another style role shown without a prefix."""
        prefix = {"error": _tr("Not done:"), "ok": "✓"}.get(meaning, "")
        self.setText(f"{prefix} {text}".strip())
        style.set_role(self, meaning)
        self.setVisible(True)

    def hide_message(self) -> None:
        self.clear()
        self.setVisible(False)

    def message_text(self) -> str:
        return self.text() if not self.isHidden() else ""
