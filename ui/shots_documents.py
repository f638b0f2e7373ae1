"""Pictures of the request wizard and the Documents page, to look at what we build.

``shoot(window, session, out)`` drives an unlocked window on a demo vault: the wizard's four steps (with the
live preview on the fill step), the Documents page with a document shown, and the result of verifying a
dropped PDF that was altered. It writes PNGs into ``out`` and returns their paths.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QMimeData, QPointF, QUrl
from PySide6.QtWidgets import QApplication, QWidget

from liaison.documents import register

from .documents_page import DocumentsPage
from .request_wizard import RequestWizard

SIZE = (1280, 820)
SETTLE = 1.0  # scales the pauses that let QPdfView draw; tests set it to 0 (they do not look at the pixels)


def _wait(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _shot(widget: QWidget, out: Path, name: str, settle: float = 0.3) -> Path:
    # QPdfView draws its pages on a worker: give it a moment.
    app = QApplication.instance()
    deadline = time.monotonic() + settle * SETTLE
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _fill(wiz: RequestWizard, key: str, text: str) -> None:
    row = wiz._rows.get(key)
    if row is None or not row.target:
        return
    widget = row.widget
    if key == "measures":  # a measure of the catalogue, so that the basis can be checked against it
        text = "subscriber-data\n" + text
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    elif hasattr(widget, "setCurrentIndex") and hasattr(widget, "count"):
        widget.setCurrentIndex(min(1, widget.count() - 1))
    elif hasattr(widget, "setText"):
        widget.setText(text)


def _pick_case(vault) -> str:
    """A demo case with a legal basis, addressed to a state whose language the documents have."""
    row = vault.db.execute(
        "SELECT reference FROM cases WHERE legal_basis_id != '' AND requested_state IN ('DE', 'FR', 'ES') "
        "AND erased_at = '' ORDER BY reference LIMIT 1").fetchone()
    if row is None:
        row = vault.db.execute("SELECT reference FROM cases WHERE erased_at = '' ORDER BY reference LIMIT 1").fetchone()
    return row[0]


def shoot(window, session, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    vault = session.vault
    ref = _pick_case(vault)

    wiz = RequestWizard(session, ref, window)
    wiz.resize(*SIZE)
    wiz.show()
    shots.append(_shot(wiz, out, "documents-1-wizard-type"))
    if wiz.suggested:
        wiz.choose_template(wiz.suggested)
    else:
        wiz.choose_template("mla-request")
    wiz.go_next()
    if wiz.second_combo.currentData() and wiz.second_combo.currentData() != wiz.lang:
        wiz.second_check.setChecked(True)
    shots.append(_shot(wiz, out, "documents-2-wizard-language"))
    wiz.go_next()
    # Fill all but the last missing field, in several scripts, and let the preview catch up.
    samples = [
        "Bank records of account DE00 0000 0000 0000 (Ελένη Παπαδοπούλου, أحمد بن علي)",
        "Witness statements of Олександр Коваленко and 李静",
        "Hearing of 李静 as a witness",
        "Documents signed by أحمد بن علي",
        "Art. 240 of the Penal Code",
    ]
    keys = [m["field"] for m in wiz.missing_items]
    for i, key in enumerate(keys[:-1]):
        _fill(wiz, key, samples[i % len(samples)])
    wiz.flush()
    if keys:
        wiz.jump_to(keys[-1])
    _wait(lambda: wiz.previews_shown >= 1 and not wiz.preview_busy)
    shots.append(_shot(wiz, out, "documents-3-wizard-fill-preview", settle=1.5))
    # The answers typed in several scripts, and the draft's second page where they are printed.
    wiz.scroll.verticalScrollBar().setValue(0)
    if wiz.preview.page_count() > 1:
        wiz.preview.view.pageNavigator().jump(1, QPointF(0, 0), 0)
    shots.append(_shot(wiz, out, "documents-3b-wizard-fill-scripts", settle=1.5))
    for key in [m["field"] for m in wiz.missing_items]:
        _fill(wiz, key, "Art. 240 of the Penal Code (fraud); Art. 278 (criminal organisation)")
    wiz.flush()
    wiz.go_next()
    shots.append(_shot(wiz, out, "documents-4-wizard-finalise-ready"))
    doc_id = wiz.finalise()
    shots.append(_shot(wiz, out, "documents-5-wizard-final"))
    wiz.reject()

    page = window.pages.get("documents") if hasattr(window, "pages") else None
    standalone = not isinstance(page, DocumentsPage)
    if standalone:  # the section is not registered yet: show the page on its own
        page = DocumentsPage(session)
        page.resize(*SIZE)
        page.show()
        page.refresh()
        target: QWidget = page
    else:
        window.show_section("documents")
        page.refresh()
        target = window
    if doc_id:
        page.open_record(register.RECORD_TYPE, doc_id)
        _wait(lambda: page.preview.page_count() > 0)
    shots.append(_shot(target, out, "documents-6-page-preview", settle=1.5))
    if doc_id:
        with tempfile.TemporaryDirectory() as tmp:
            altered = Path(tmp) / "request-received-back.pdf"
            altered.write_bytes(register.pdf_bytes(vault, doc_id) + b"\n% changed\n")
            mime = QMimeData()
            mime.setUrls([QUrl.fromLocalFile(str(altered))])
            page.handle_drop(mime)
            shots.append(_shot(target, out, "documents-7-verify-altered", settle=1.0))
            genuine = Path(tmp) / "request-as-sent.pdf"
            genuine.write_bytes(register.pdf_bytes(vault, doc_id))
            mime.setUrls([QUrl.fromLocalFile(str(genuine))])
            page.handle_drop(mime)
            shots.append(_shot(target, out, "documents-8-verify-genuine", settle=1.0))
    if standalone:
        page.clear()
        page.close()
        page.deleteLater()
    return shots
