"""The dialog seam: every question the app asks through a standard dialog goes
through here, so that tests queue the answers (KeePassXC's "next answer" idea)
instead of patching Qt.

    dialogs.next_answer("/tmp/x.liaison")      # the next ask_open_file returns this
    dialogs.next_answer(True, kind="confirm")  # checked: the next dialog must be a confirm

Every call (answered from the queue or not) is recorded in ``calls`` so that a
test can check what was asked, e.g. what was sent to the printer.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

_NO_KIND = ""


@dataclass
class Call:
    kind: str
    args: dict[str, Any] = field(default_factory=dict)


_answers: deque[tuple[str, Any]] = deque()
calls: list[Call] = []


class UnexpectedDialog(AssertionError):
    """A queued answer was meant for another kind of dialog."""


def next_answer(answer: Any, *, kind: str = _NO_KIND) -> None:
    """Queue the answer for the next dialog (optionally only for a ``kind``:
    open_file, save_file, confirm, print)."""
    _answers.append((kind, answer))


def reset() -> None:
    _answers.clear()
    calls.clear()


def pending_answers() -> int:
    return len(_answers)


def _take(kind: str, args: dict[str, Any]) -> tuple[bool, Any]:
    calls.append(Call(kind, args))
    if not _answers:
        return False, None
    wanted, answer = _answers.popleft()
    if wanted and wanted != kind:
        raise UnexpectedDialog(f"a {wanted} answer was queued but a {kind} dialog was asked")
    return True, answer


def ask_open_file(parent: QWidget | None, title: str, file_filter: str = "", directory: str = "") -> str | None:
    """A file to open, or None when the officer cancels."""
    queued, answer = _take("open_file", {"title": title, "filter": file_filter, "directory": directory})
    if queued:
        return answer
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, file_filter)
    return path or None


def ask_save_file(
    parent: QWidget | None, title: str, suggested: str = "", file_filter: str = ""
) -> str | None:
    """Where to save, or None when the officer cancels."""
    queued, answer = _take("save_file", {"title": title, "suggested": suggested, "filter": file_filter})
    if queued:
        return answer
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


def confirm(parent: QWidget | None, title: str, text: str, destructive: bool = False) -> bool:
    """Yes or no. For a destructive question the safe answer (Cancel) is the default."""
    queued, answer = _take("confirm", {"title": title, "text": text, "destructive": destructive})
    if queued:
        return bool(answer)
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel if destructive else QMessageBox.StandardButton.Ok)
    return box.exec() == QMessageBox.StandardButton.Ok


def print_document(parent: QWidget | None, document: QTextDocument, title: str = "") -> bool:
    """Show the print dialog and print ``document``. True when it was printed."""
    title = title or QCoreApplication.translate("Dialogs", "Print")
    queued, answer = _take("print", {"title": title, "text": document.toPlainText()})
    if queued:
        return bool(answer)
    # Imported here: the print module is only needed when someone really prints.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True
