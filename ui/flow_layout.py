"""A layout that lays its items out in a row and starts a new row when the width runs out.

For a header of buttons and short facts that must stay whole on a narrow window (a laptop's 1280 px, the
case list beside it) instead of being clipped into fragments: on a wide window it is one row, as a
``QHBoxLayout`` with a stretch at its end would be; narrower, the items move to the next line. Items keep
their size hints (a label stays whole); the layout reports its height for a given width
(``heightForWidth``) so that the widgets around it make room for the extra rows.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping onto new lines; ``spacing`` between items and between lines."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, line_spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # ------------------------------------------------------------ QLayout API
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if 0 <= index < len(self._items):
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """One line: the width of every item side by side."""
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest item (everything else wraps)."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # ---------------------------------------------------------------- helpers
    def addWidgets(self, *widgets: QWidget) -> None:  # noqa: N802 - Qt's naming style
        for w in widgets:
            self.addWidget(w)

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (or only measure, when ``move`` is false); returns the height used."""
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QSize]] = []

        def place_line() -> None:
            # Items of one line share its height and sit centred in it (a label beside a button).
            px = area.x()
            for item, hint in line:
                top = y + (line_height - hint.height()) // 2
                item.setGeometry(QRect(QPoint(px, top), hint))
                px += hint.width() + self._spacing

        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(max(area.width(), 1), 1 << 20))
            if line and x + hint.width() > area.right() + 1:
                if move:
                    place_line()
                y += line_height + self._line_spacing
                x, line_height, line = area.x(), 0, []
            line.append((item, hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        if move and line:
            place_line()
        return y + line_height - rect.y() + m.bottom()


def group(parent: QWidget, *widgets: QWidget, spacing: int = 4) -> QWidget:
    """Widgets that wrap together in a :class:`FlowLayout` (a label and its value, a value and its button)."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for w in widgets:
        row.addWidget(w)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box


__all__ = ["FlowLayout", "group"]
