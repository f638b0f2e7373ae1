"""The look: the system's palette (light or dark) and font, a little spacing,
and colour kept for meaning (always paired with words)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

# Meaning colours, each in a light-mode and a dark-mode shade chosen for at
# least 4.5:1 contrast on the system window background.
_MEANING = {
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a5a00", "#ffcc66"),
    "ok": ("#1e6b34", "#7ddc94"),
    "muted": ("#5f6368", "#a8adb3"),
}

_QSS = """
QLabel[role="title"] { font-size: 20pt; font-weight: 600; }
QLabel[role="subtitle"] { font-size: 11pt; }
QLabel[role="heading"] { font-size: 12pt; font-weight: 600; padding-top: 8px; }
QLabel[role="error"] { color: %(error)s; }
QLabel[role="warning"] { color: %(warning)s; }
QLabel[role="ok"] { color: %(ok)s; }
QLabel[role="muted"] { color: %(muted)s; }
QLabel[role="code"] { padding: 12px 16px; border: 1px solid palette(mid); border-radius: 6px; }
QListWidget#navigation { border: none; padding: 6px 0px; font-size: 11pt; }
QListWidget#navigation::item { padding: 7px 12px; }
QStatusBar QLabel { padding: 0px 6px; }
QFrame#card { border: 1px solid palette(mid); border-radius: 8px; }
QPushButton { padding: 5px 14px; }
QLineEdit { padding: 4px; }
"""


def is_dark(palette: QPalette | None = None) -> bool:
    """Dark mode, from the platform when it says, else from the palette itself."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def meaning_color(name: str) -> QColor:
    light, dark = _MEANING[name]
    return QColor(dark if is_dark() else light)


def stylesheet() -> str:
    return _QSS % {name: meaning_color(name).name() for name in _MEANING}


def apply(app: QApplication) -> None:
    """Keep the platform style and font; add spacing and meaning colours."""
    app.setStyleSheet(stylesheet())
    hints = app.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(lambda _scheme: app.setStyleSheet(stylesheet()))


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the style sheet (title, heading, error, muted, code...)."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def label(text: str = "", role: str | None = None, *, wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(wrap)
    if role:
        set_role(lab, role)
    return lab


def monospace_font(point_size: float | None = None) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def tabular(widget: QWidget) -> None:
    """Tabular figures, so that references, dates and counts line up."""
    font = widget.font()
    font.setFeature(QFont.Tag("tnum"), 1)
    widget.setFont(font)
