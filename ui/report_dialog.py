"""The oversight report dialog: choose a period, see the key figures, save the
report as PDF or the figures as CSV (through the dialog seam).

Every figure is the core's (:mod:`liaison.reports`, from ``vault.stats``); the
dialog only shows them. The statistics and the PDF are computed in the
background (a busy line appears after half a second), one job at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import ValidationError
from liaison.fileutil import atomic_write
from liaison.reports import oversight_csv, oversight_data, oversight_report

from . import dialogs, style
from .handover import error_text
from .pickers import DatePicker
from .widgets import DelayedBusy
from .worker import Task, run_in_background

TOP_COUNTRIES = 8


def _days(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


class OversightReportDialog(QDialog):
    """Period, key figures, Save PDF / Save CSV."""

    def __init__(self, session, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.vault = session.vault
        self.task: Task | None = None
        self._stale = False
        self.figures: dict[str, Any] | None = None
        self.saved: list[str] = []
        today = today or date.today()
        self.setWindowTitle(self.tr("Oversight report"))
        self._build()
        # Default: the last full calendar year, the period supervisors usually ask for.
        self.start.setValue(date(today.year - 1, 1, 1))
        self.end.setValue(date(today.year - 1, 12, 31))
        self.start.value_changed.connect(lambda *_: self.refresh())
        self.end.value_changed.connect(lambda *_: self.refresh())
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(style.label(self.tr(
            "Statistics on the requests sent and received in a period, for a supervisory authority: by country, "
            "legal basis, type and outcome, with response times. It holds no personal data; producing it is "
            "recorded in the audit trail."), "muted"))
        period = QGroupBox(self.tr("Period (UTC, both days included)"), self)
        form = QFormLayout(period)
        self.start = DatePicker(parent=period)
        self.start.edit.setAccessibleName(self.tr("First day of the period"))
        self.end = DatePicker(parent=period)
        self.end.edit.setAccessibleName(self.tr("Last day of the period"))
        form.addRow(self.tr("&From:"), self.start)
        form.labelForField(self.start).setBuddy(self.start.edit)
        form.addRow(self.tr("&To:"), self.end)
        form.labelForField(self.end).setBuddy(self.end.edit)
        outer.addWidget(period)

        figures = QGroupBox(self.tr("Key figures"), self)
        fl = QVBoxLayout(figures)
        self.totals = style.label("")
        style.tabular(self.totals)
        fl.addWidget(self.totals)
        self.times = style.label("")
        style.tabular(self.times)
        fl.addWidget(self.times)
        self.countries = QTableWidget(0, 5, figures)
        self.countries.setAccessibleName(self.tr("Requests by country"))
        self.countries.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Sent"), self.tr("Received"),
                                                  self.tr("Median days, sent"), self.tr("Median days, received")])
        self.countries.verticalHeader().hide()
        self.countries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.countries.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.countries.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.countries.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        style.tabular(self.countries)
        fl.addWidget(self.countries, 1)
        self.more = style.label("", "muted")
        fl.addWidget(self.more)
        outer.addWidget(figures, 1)

        self.busy = DelayedBusy(self)
        outer.addWidget(self.busy)
        self.message = style.label("")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save &PDF…"), self)
        self.pdf_button.setAccessibleName(self.tr("Save the report as PDF"))
        self.pdf_button.setToolTip(self.tr("The report with tables, charts and the method (Alt+P)"))
        self.csv_button = QPushButton(self.tr("Save &CSV…"), self)
        self.csv_button.setAccessibleName(self.tr("Save the figures as CSV"))
        self.csv_button.setToolTip(self.tr("The same figures as one table, for a spreadsheet (Alt+C)"))
        row.addWidget(self.pdf_button)
        row.addWidget(self.csv_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        outer.addLayout(row)

        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    # ------------------------------------------------------------------ period
    def period(self) -> tuple[date, date]:
        start, end = self.start.value(), self.end.value()
        if start is None:
            raise ValidationError(self.tr("Choose the first day of the period."), field="from")
        if end is None:
            raise ValidationError(self.tr("Choose the last day of the period."), field="to")
        return start, end

    def _run(self, text: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy.start(text)
        self._set_busy(True)

        def finished(result: Any) -> None:
            self._stop()
            done(result)

        def failed(exc: BaseException) -> None:
            self._stop()
            self._error(error_text(exc))

        self.task = run_in_background(work, finished, failed)

    def _stop(self) -> None:
        self.task = None
        self.busy.stop()
        self._set_busy(False)
        if self._stale:
            self.refresh()

    def _set_busy(self, busy: bool) -> None:
        enabled = not busy and self.figures is not None
        self.pdf_button.setEnabled(enabled)
        self.csv_button.setEnabled(enabled)

    def _error(self, text: str) -> None:
        self.message.setText(text)
        style.set_role(self.message, "error")

    def refresh(self) -> None:
        """Recompute the key figures for the period (in the background)."""
        if self.task is not None:  # one job at a time: come back when it ends
            self._stale = True
            return
        self._stale = False
        self.message.setText("")
        try:
            start, end = self.period()
        except ValidationError as exc:
            self.figures = None
            self._set_busy(False)
            self._error(exc.message)
            return
        vault = self.vault
        self.figures = None
        self._run(self.tr("Counting…"), lambda: oversight_data(vault, start=start, end=end), self._show)

    def _show(self, fig: dict[str, Any]) -> None:
        self.figures = fig
        self._set_busy(False)
        t = fig["totals"]
        self.totals.setText(self.tr("Requests sent: {sent}   ·   received: {received}   ·   in all: {total}").format(
            sent=t["sent"], received=t["received"], total=t["sent"] + t["received"]))
        lines = []
        for r in fig["response_times"]["overall"]:
            key = (self.tr("Response time, requests sent: median {med} days, 90th percentile {p90} days "
                           "({answered} answered, {pending} pending)") if r["direction"] == "sent" else
                   self.tr("Response time, requests received: median {med} days, 90th percentile {p90} days "
                           "({answered} answered, {pending} pending)"))
            lines.append(key.format(med=_days(r["median_days"]), p90=_days(r["p90_days"]),
                                    answered=r["answered"], pending=r["pending"]))
        self.times.setText("\n".join(lines) or self.tr("No request in this period."))
        merged: dict[str, dict[str, Any]] = {}
        for r in fig["by_country"]:
            m = merged.setdefault(r["key"], {"label": r["label"], "sent": 0, "received": 0, "median": {}})
            m[r["direction"]] += r["count"]
        for r in fig["response_times"]["by_country"]:
            if r["key"] in merged:
                merged[r["key"]]["median"][r["direction"]] = r["median_days"]
        rows = sorted(merged.values(), key=lambda m: (-(m["sent"] + m["received"]), m["label"]))
        shown = rows[:TOP_COUNTRIES]
        self.countries.setRowCount(len(shown))
        for i, m in enumerate(shown):
            self.countries.setItem(i, 0, QTableWidgetItem(m["label"]))
            med = m["median"]
            values = (m["sent"], m["received"], _days(med.get("sent")), _days(med.get("received")))
            for j, v in enumerate(values, start=1):
                item = QTableWidgetItem(str(v))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.countries.setItem(i, j, item)
        self.more.setText(self.tr("{n} more countries are in the report.").format(n=len(rows) - len(shown))
                          if len(rows) > len(shown) else "")

    # ------------------------------------------------------------------- save
    def _suggested(self, ext: str) -> str:
        start, end = self.period()
        return f"oversight-report-{start.isoformat()}-{end.isoformat()}.{ext}"

    def save_pdf(self) -> None:
        self._save("pdf", self.tr("Save the oversight report"), "PDF (*.pdf)",
                   lambda v, s, e: oversight_report(v, start=s, end=e))

    def save_csv(self) -> None:
        self._save("csv", self.tr("Save the figures as CSV"), "CSV (*.csv)",
                   lambda v, s, e: oversight_csv(v, start=s, end=e).encode("utf-8"))

    def _save(self, ext: str, title: str, file_filter: str, make: Callable[[Any, date, date], bytes]) -> None:
        if self.task is not None:
            return
        try:
            start, end = self.period()
        except ValidationError as exc:
            self._error(exc.message)
            return
        path = dialogs.ask_save_file(self, title, self._suggested(ext), file_filter)
        if not path:
            return
        target = Path(path)
        if not target.parent.is_dir():
            self._error(self.tr("The folder {folder} does not exist.").format(folder=str(target.parent)))
            return
        vault = self.vault

        def work() -> int:
            data = make(vault, start, end)
            atomic_write(target, data)
            return len(data)

        def done(size: int) -> None:
            self.saved.append(str(target))
            self.message.setText(self.tr("Saved {path} ({size} bytes). The export is recorded in the audit "
                                         "trail.").format(path=str(target), size=f"{size:,}"))
            style.set_role(self.message, "ok")

        self._run(self.tr("Writing the report…"), work, done)

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # the figures are dropped; a file being written is finished by the core
        super().reject()


def open_report(window) -> OversightReportDialog:
    """Show the report dialog (for the palette and the Reports menu)."""
    dlg = OversightReportDialog(window.session, window)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg
