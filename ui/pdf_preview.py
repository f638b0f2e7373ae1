"""A PDF shown from memory, and the seams for printing it and handing files to the desktop.

The bytes are decrypted out of the vault; they are shown through a :class:`QPdfDocument` reading a
:class:`QBuffer` over a :class:`QByteArray`, never a temporary file on disk. Printing draws each page with
``QPdfDocument.render`` onto the printer. Like ``ui.dialogs``, every question here can be answered by a test
(``dialogs.next_answer(printer, kind="print_pdf")``) instead of showing Qt's dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QInputDialog, QVBoxLayout, QWidget

from . import dialogs, style

PRINT_DPI = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


class PdfPreview(QWidget):
    """A scrolling, page-fitting view of PDF bytes held in memory."""

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        self._data: QByteArray | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(_tr("Document preview"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status = style.label(empty_text or _tr("Nothing to preview."), "muted")
        self.status.setObjectName("previewStatus")
        self._empty_text = self.status.text()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.status)
        box.addWidget(self.view, 1)

    def set_pdf(self, data: bytes, status: str = "") -> bool:
        """Show ``data``; False (and a message) when Qt cannot read it."""
        self.clear()
        self._data = QByteArray(data)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Error or self.document.pageCount() < 1:
            self.clear()
            self.status.setText(_tr("This PDF could not be shown."))
            return False
        pages = self.document.pageCount()
        self.status.setText(status or _tr("{pages} page(s)").format(pages=pages))
        return True

    def page_count(self) -> int:
        return self.document.pageCount() if self._buffer is not None else 0

    def pdf_data(self) -> bytes:
        """The bytes shown (for printing what is on screen)."""
        return bytes(self._data.data()) if self._data is not None else b""

    def clear(self) -> None:
        """Forget the document (on lock, or before showing another)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = None
        if self._data is not None:
            self._data.fill(0)  # overwrite our copy of the decrypted bytes
        self._data = None
        self.status.setText(self._empty_text)


# ----------------------------------------------------------------------------------- printing
def render_to_printer(pdf: bytes, printer) -> int:
    """Draw every page of ``pdf`` on ``printer`` (a QPrinter already set up). Returns the pages printed."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    try:
        pages = doc.pageCount()
        if doc.status() == QPdfDocument.Status.Error or pages < 1:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for index in range(pages):
                if index:
                    printer.newPage()
                target: QRect = printer.pageLayout().paintRectPixels(printer.resolution())
                target.moveTo(0, 0)
                size_pt = doc.pagePointSize(index)
                scale = min(target.width() / max(size_pt.width(), 1), target.height() / max(size_pt.height(), 1))
                width, height = int(size_pt.width() * scale), int(size_pt.height() * scale)
                image = doc.render(index, QSize(width, height))
                painter.drawImage(QPointF((target.width() - width) / 2, (target.height() - height) / 2), image)
        finally:
            painter.end()
        return pages
    finally:
        doc.close()
        buffer.close()
        data.fill(0)


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """The system print dialog, then every page of ``pdf``. True when it was printed.

    Seam: a queued answer of kind ``print_pdf`` is either a ``QPrinter`` (print to it without a dialog, as a
    test does with a PDF-format printer) or False (the officer cancelled)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    queued, answer = dialogs._take("print_pdf", {"title": title, "bytes": len(pdf)})
    if queued:
        if not isinstance(answer, QPrinter):
            return False
        return render_to_printer(pdf, answer) > 0
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return render_to_printer(pdf, printer) > 0


# ------------------------------------------------------------------------------ other seams
def open_url(url: QUrl) -> bool:
    """Hand a file or address to the desktop (the default mail client for an ``.eml``). Seam: a queued
    answer of kind ``open_url`` is returned instead (no program is launched)."""
    queued, answer = dialogs._take("open_url", {"url": url.toString()})
    if queued:
        return bool(answer)
    return QDesktopServices.openUrl(url)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "", *, kind: str = "text",
             multiline: bool = False) -> str | None:
    """One line (or several) of text from the officer; None when cancelled. Seam kind: ``kind``."""
    queued, answer = dialogs._take(kind, {"title": title, "label": label, "text": text})
    if queued:
        return None if answer is None else str(answer)
    if multiline:
        value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    else:
        value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None

