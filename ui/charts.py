"""A small horizontal bar chart drawn with QPainter: one row per label, a bar
for the median and a thin marker for the 90th percentile, each with its number
written beside it (the figures are never in the colour or length alone). The
same rows are offered as plain text for screen readers (``text_alternative``).

Qt Charts is an add-on that is not always installed; a few dozen lines of
QPainter keep the dashboard independent of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .models import tabular_font


def _tr(text: str) -> str:
    return QCoreApplication.translate("BarChart", text)


@dataclass(frozen=True)
class BarRow:
    """One bar: its label, the median and the 90th percentile (days), and how many
    answered requests the figures rest on."""

    label: str
    median: float | None
    p90: float | None
    answered: int = 0
    pending: int = 0


def _days(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


class BarChart(QWidget):
    """Median bars with a p90 marker. ``rows`` are drawn in the order given."""

    ROW_GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BarRow] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab so a screen reader reads it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_tr("Response times per country"))
        self.setFont(tabular_font(self.font()))

    # ---------------------------------------------------------------- content
    @property
    def rows(self) -> list[BarRow]:
        return list(self._rows)

    def set_rows(self, rows: list[BarRow]) -> None:
        self._rows = list(rows)
        self.setAccessibleDescription(self.text_alternative())
        self.setToolTip(self.text_alternative())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_rows([])

    def text_alternative(self) -> str:
        """Every figure of the chart in words, one line per bar."""
        if not self._rows:
            return _tr("No answered requests in this period.")
        lines = []
        for r in self._rows:
            lines.append(_tr("{label}: median {median} days, 90th percentile {p90} days ({answered} answered, "
                             "{pending} pending)").format(label=r.label, median=_days(r.median), p90=_days(r.p90),
                                                          answered=r.answered, pending=r.pending))
        return "\n".join(lines)

    # ----------------------------------------------------------------- layout
    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + self.ROW_GAP * 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        fm = QFontMetrics(self.font())
        legend = fm.height() + self.ROW_GAP * 2
        return QSize(480, legend + max(1, len(self._rows)) * self._row_height() + self.ROW_GAP)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, self.sizeHint().height())

    # ------------------------------------------------------------------ paint
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_colour = pal.color(QPalette.ColorRole.WindowText)
        bar_colour = pal.color(QPalette.ColorRole.Highlight)
        fm = QFontMetrics(self.font())
        width = self.width()
        legend_h = fm.height() + self.ROW_GAP * 2
        painter.setPen(text_colour)
        if not self._rows:
            painter.drawText(QRectF(0, 0, width, self.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             self.text_alternative())
            painter.end()
            return
        # Legend: words say what the bar and the marker are.
        legend = _tr("Bar: median days to the first answer.  Line: 90th percentile.")
        painter.drawText(QRectF(0, 0, width, legend_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         legend)
        label_w = min(max(fm.horizontalAdvance(r.label) for r in self._rows) + 12, width // 3)
        figures_w = fm.horizontalAdvance(_tr("{median} d · p90 {p90} d").format(median="000.0", p90="000.0")) + 12
        plot_x = label_w
        plot_w = max(40, width - label_w - figures_w)
        top = max((r.p90 or r.median or 0.0) for r in self._rows) or 1.0
        row_h = self._row_height()
        for i, r in enumerate(self._rows):
            y = legend_h + i * row_h
            label = fm.elidedText(r.label, Qt.TextElideMode.ElideRight, label_w - 12)
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y, label_w - 8, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            bar_h = row_h - self.ROW_GAP * 2
            if r.median is not None:
                w = plot_w * (r.median / top)
                painter.fillRect(QRectF(plot_x, y + self.ROW_GAP, max(w, 2.0), bar_h), bar_colour)
            if r.p90 is not None:
                x = plot_x + plot_w * (r.p90 / top)
                pen = QPen(text_colour)
                pen.setWidth(2)
                painter.setPen(pen)
                painter.drawLine(int(x), int(y + self.ROW_GAP / 2), int(x), int(y + row_h - self.ROW_GAP / 2))
            painter.setPen(text_colour)
            figures = _tr("{median} d · p90 {p90} d").format(median=_days(r.median), p90=_days(r.p90))
            painter.drawText(QRectF(plot_x + plot_w + 6, y, figures_w, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, figures)
        painter.end()
