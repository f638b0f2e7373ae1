"""Copying sensitive text: the clipboard is cleared after a while if it still
holds what we put there (KeePassXC's habit), and clipboard managers are asked
not to keep it in their history."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000

# KDE Klipper and several other clipboard managers skip entries carrying this hint.
_PASSWORD_HINT = "x-kde-passwordManagerHint"

_state: dict[str, object] = {"text": None, "timer": None}


def _clipboard() -> QClipboard:
    return QGuiApplication.clipboard()


def copy_sensitive(text: str, delay_ms: int = CLEAR_AFTER_MS) -> QTimer:
    """Put ``text`` on the clipboard and clear it after ``delay_ms`` unless
    something else was copied meanwhile. Returns the timer (tests wait on it)."""
    previous = _state["timer"]
    if isinstance(previous, QTimer):
        previous.stop()
        previous.deleteLater()
    mime = QMimeData()
    mime.setText(text)
    mime.setData(_PASSWORD_HINT, b"secret")
    _clipboard().setMimeData(mime)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(max(0, int(delay_ms)))
    timer.timeout.connect(clear_if_ours)
    _state["text"] = text
    _state["timer"] = timer
    timer.start()
    return timer


def clear_if_ours() -> bool:
    """Clear the clipboard when it still holds the text we copied. Also called
    when the vault locks. Returns True when it cleared something."""
    text = _state["text"]
    timer = _state["timer"]
    if isinstance(timer, QTimer):
        timer.stop()
    _state["text"] = None
    _state["timer"] = None
    if text is None:
        return False
    board = _clipboard()
    if board.text() == text:
        board.clear()
        return True
    return False


def pending() -> bool:
    """Whether a sensitive copy is waiting to be cleared."""
    return _state["text"] is not None
