"""The Documents page: the register, preview and versions, print, save as, e-mail, and verify by drop."""

from __future__ import annotations

import email
import io
import tempfile
from email import policy
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from reportlab.pdfgen.canvas import Canvas
from shell_helpers import make_session, make_vault, open_window, unlock

from liaison.documents import context as doc_context
from liaison.documents import register
from liaison.paths import Paths
from ui import dialogs
from ui.documents_page import DocumentsPage, install_drop_verify
from ui.sections import SECTIONS
from ui.session import Session
from ui.worker import wait_for_all

TEMPLATE = "preservation-request"
ANSWERS = {
    "data_to_preserve": "Subscriber and traffic data of server 203.0.113.7",
    "data_relation": "The server received the exfiltrated files.",
    "custodian": "Example Hosting GmbH, Frankfurt",
    "necessity": "Logs are deleted after 7 days.",
}
PROFILE = {"name": "Anna Beispiel", "authority": "Ministry of the Interior (test)", "phone": "+43 1 0000 1000",
           "email": "nlo.desk@example.org"}


def make_document(vault, *, handling: str = "", ref: str | None = None, title: str = "Ransomware case") -> str:
    """A final document (a new version when ``ref`` already has one); returns its id."""
    for k, v in PROFILE.items():
        vault.settings.set(f"officer.{k}", v)
    if ref is None:
        # issue 15: a final request needs a basis binding both states (the EIO's provisional measures, Art. 32)
        ref = vault.cases.add(title=title, requesting_state="AT", requested_state="DE",
                              legal_basis="Directive 2014/41/EU",
                              summary="Servers encrypted; Ελένη Παπαδοπούλου reported it.",
                              offence_text="Illegal access", handling=handling or None).extra["reference"]
    for key, value in ANSWERS.items():
        doc_context.set_answer(vault, ref, TEMPLATE, key, value)
    view = doc_context.resolve(vault, ref, TEMPLATE, addressee=_agency(vault))
    return register.finalise(vault, view).created[0][1]


def _agency(vault) -> str:
    row = vault.db.execute("SELECT id FROM agencies WHERE country = 'DE' LIMIT 1").fetchone()
    if row:
        return row[0]
    vault.agencies.add(name="Bundeskriminalamt (test)", country="DE", kind="central-authority",
                       email="lea@bka.example", address="Wiesbaden")
    return vault.db.execute("SELECT id FROM agencies WHERE country = 'DE' LIMIT 1").fetchone()[0]


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """A temp folder of our own, to prove that nothing is written there."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def page(qtbot, vault, tmp_path):
    session = Session(vault.path, paths=Paths.resolve(tmp_path / "data"))
    session.vault = vault  # the vault fixture is already open; attach() would emit to a window we do not have
    p = DocumentsPage(session)
    qtbot.addWidget(p)
    p.show()
    dialogs.reset()
    yield p
    p.clear()
    dialogs.reset()
    wait_for_all()
    session.vault = None


def _audit(vault, n: int = 1) -> list[dict]:
    last = vault.db.execute("SELECT max(seq) FROM audit").fetchone()[0]
    return vault.audit.list(after_seq=last - n, limit=n)


def test_register_preview_and_versions(page, private_tmp):
    vault = page.session.vault
    first = make_document(vault)
    ref = register.get_document(vault, first)["case_reference"]
    second = make_document(vault, ref=ref)
    page.refresh()
    view = page.list_view
    assert view.model.rowCount() == 2 and page.nav_count() == 2
    assert view.select_id(second)
    assert page.current_id == second
    assert page.preview.page_count() >= 1
    assert "Version 2 of" in page.preview.status.text()
    assert page.version_value.text() == "2 (current)"
    texts = [page.versions.item(i).text() for i in range(page.versions.count())]
    assert len(texts) == 2 and texts[0].startswith("Version 2") and "superseded" in texts[1]
    # Opening the older version from the versions list.
    page._open_version(page.versions.item(1))
    assert page.current_id == first and page.version_value.text() == "1 (superseded)"
    status_col = view.model.column_index("status")
    statuses = {view.model.index(r, status_col).data() for r in range(2)}
    assert statuses == {"current", "superseded"}
    # The case filter narrows the register; an unknown case says so.
    view.filter_edit.setText(ref)
    view.apply_filters()
    assert view.model.rowCount() == 2
    view.filter_edit.setText("LO-1999-0001")
    view.apply_filters()
    assert view.model.rowCount() == 0 and "LO-1999-0001" in (view.model.last_error or "")
    assert list(private_tmp.iterdir()) == []  # shown from memory only
    page.clear()
    assert page.preview.page_count() == 0 and page.list_view is None and page.nav_count() is None


def test_the_register_filters_by_template_versions_language_and_tlp(page):
    """The filter bar narrows the register by what the core filters on; its template and language choices are
    what the register holds, named in words, and are refreshed when the register grows."""
    vault = page.session.vault
    first = make_document(vault, handling="TLP:AMBER")
    ref = register.get_document(vault, first)["case_reference"]
    second = make_document(vault, ref=ref)
    red = make_document(vault, handling="TLP:RED", title="Second case")
    page.refresh()
    view = page.list_view

    def shown() -> set[str]:
        return {view.model.record(r)["id"] for r in range(view.model.rowCount())}

    def choose(key: str, value) -> None:
        combo = view.combo(key)
        combo.setCurrentIndex(combo.findData(value))  # the bar applies the filter when a combo changes

    assert shown() == {first, second, red}
    templates = view.combo("template")
    assert [templates.itemData(i) for i in range(templates.count())] == [None, TEMPLATE]
    assert templates.itemText(1) != TEMPLATE  # the template's title, not its id
    languages = view.combo("language")
    assert [languages.itemData(i) for i in range(languages.count())] == [None, "en"]
    assert languages.itemText(1).endswith("(en)")
    choose("state", "current")
    assert shown() == {second, red}
    choose("tlp", "TLP:RED")
    assert shown() == {red}
    choose("state", None)
    choose("tlp", "TLP:AMBER")
    assert shown() == {first, second}
    choose("template", TEMPLATE)
    choose("language", "en")
    assert shown() == {first, second}
    choose("state", "superseded")
    assert shown() == {first}
    # A refresh keeps what was chosen.
    page.refresh()
    assert view.combo("template").currentData() == TEMPLATE and view.combo("state").currentData() == "superseded"
    assert shown() == {first}


def test_print_to_a_pdf_printer(page, tmp_path, private_tmp):
    vault = page.session.vault
    doc_id = make_document(vault)
    page.refresh()
    page.list_view.select_id(doc_id)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    printer.setOutputFileName(str(out))
    dialogs.next_answer(printer, kind="print_pdf")
    page.print_button.click()
    assert out.exists()
    stored = len(PdfReader(io.BytesIO(register.pdf_bytes(vault, doc_id))).pages)
    assert len(PdfReader(str(out)).pages) == stored == page.preview.page_count()
    entry = _audit(vault)[0]
    assert entry["action"] == "export" and entry["record_id"] == doc_id and "printed" in entry["summary"]
    assert "Printed version 1" in page.action_status.text()
    # Cancelled: nothing recorded.
    seq = vault.db.execute("SELECT max(seq) FROM audit").fetchone()[0]
    dialogs.next_answer(False, kind="print_pdf")
    page.print_current()
    assert page.action_status.text() == "Printing cancelled."
    assert vault.db.execute("SELECT max(seq) FROM audit").fetchone()[0] == seq
    assert list(private_tmp.iterdir()) == []


def test_save_as_is_audited(page, tmp_path):
    vault = page.session.vault
    doc_id = make_document(vault)
    page.refresh()
    page.list_view.select_id(doc_id)
    dest = tmp_path / "copy.pdf"
    dialogs.next_answer(str(dest), kind="save_file")
    page.save_button.click()
    assert dest.read_bytes() == register.pdf_bytes(vault, doc_id)
    assert dest.stat().st_mode & 0o077 == 0  # owner only
    entry = _audit(vault)[0]
    assert entry["action"] == "export" and entry["record_id"] == doc_id
    assert str(dest) in page.action_status.text()
    assert dialogs.calls[-1].args["suggested"].endswith("-preservation-request-v1.pdf")


def test_email_draft_content(page, tmp_path, private_tmp):
    vault = page.session.vault
    doc_id = make_document(vault, handling="TLP:AMBER")
    page.refresh()
    page.list_view.select_id(doc_id)
    eml = tmp_path / "draft.eml"
    dialogs.next_answer("lea@bka.example, desk@bka.example", kind="recipients")
    dialogs.next_answer(str(eml), kind="save_file")
    dialogs.next_answer(True, kind="open_url")
    page.email_button.click()
    opened = [c for c in dialogs.calls if c.kind == "open_url"]
    assert opened and opened[0].args["url"] == QUrl.fromLocalFile(str(eml)).toString()
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    doc = register.get_document(vault, doc_id)
    assert msg["To"] == "lea@bka.example, desk@bka.example"
    assert msg["From"] == "nlo.desk@example.org"
    assert doc["case_reference"] in msg["Subject"] and "[TLP:AMBER]" in msg["Subject"]
    assert msg["X-Unsent"] == "1" and msg["X-Liaison-Document-Id"] == doc_id
    parts = [p for p in msg.iter_attachments()]
    assert len(parts) == 1 and parts[0].get_content_type() == "application/pdf"
    assert parts[0].get_content() == register.pdf_bytes(vault, doc_id)
    assert doc["sha256"] in msg.get_body(("plain",)).get_content()
    entry = _audit(vault)[0]
    assert entry["action"] == "disclose" and entry["recipients"] == ["lea@bka.example", "desk@bka.example"]
    assert "opened in your mail client" in page.action_status.text()
    assert list(private_tmp.iterdir()) == []


def test_email_of_a_red_document_needs_a_justification(page, tmp_path):
    vault = page.session.vault
    doc_id = make_document(vault, handling="TLP:RED")
    page.refresh()
    page.list_view.select_id(doc_id)
    eml = tmp_path / "red.eml"
    seq = vault.db.execute("SELECT max(seq) FROM audit").fetchone()[0]
    # The officer gives no justification: refused, nothing written, nothing opened, nothing audited.
    dialogs.next_answer("lea@bka.example", kind="recipients")
    dialogs.next_answer(str(eml), kind="save_file")
    dialogs.next_answer(None, kind="justification")
    page.email_current()
    assert not eml.exists()
    assert "Not e-mailed" in page.action_status.text() and "TLP:RED" in page.action_status.text()
    assert not [c for c in dialogs.calls if c.kind == "open_url"]
    assert vault.db.execute("SELECT max(seq) FROM audit").fetchone()[0] == seq
    # With a justification: the draft is made and the justification is in the audit trail.
    dialogs.next_answer("lea@bka.example", kind="recipients")
    dialogs.next_answer(str(eml), kind="save_file")
    dialogs.next_answer("Provider agreed by phone on 2026-11-20", kind="justification")
    dialogs.next_answer(True, kind="open_url")
    page.email_current()
    assert eml.exists()
    entry = _audit(vault)[0]
    assert entry["action"] == "disclose" and entry["justification"] == "Provider agreed by phone on 2026-11-20"


def _foreign_pdf(path: Path) -> Path:
    c = Canvas(str(path))
    c.drawString(100, 700, "Not from Liaison")
    c.save()
    return path


def _drop(target, path: Path) -> None:
    """As a real drag does: enter (the target accepts it), then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)


def test_verify_by_drop_on_the_window(qtbot, tmp_path, monkeypatch, private_tmp):
    monkeypatch.setitem(SECTIONS, "documents", DocumentsPage)
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    install_drop_verify(win)
    vault = session.vault
    first = make_document(vault)
    ref = register.get_document(vault, first)["case_reference"]
    second = make_document(vault, ref=ref)
    page = win.pages["documents"]
    page.refresh()
    win.show_section("dashboard")

    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(register.pdf_bytes(vault, second))
    _drop(win, genuine)
    assert win.current_section() == "documents"
    assert page.verify_box.isVisibleTo(win)
    assert "Ours, unaltered and current: version 2" in page.verify_text
    assert page.current_id == second  # the document is shown

    old = tmp_path / "old.pdf"
    old.write_bytes(register.pdf_bytes(vault, first))
    _drop(win, old)
    assert "Ours, unaltered, but superseded: version 1" in page.verify_text

    altered = tmp_path / "altered.pdf"
    altered.write_bytes(register.pdf_bytes(vault, second) + b"\n% one more line\n")
    _drop(win, altered)
    assert "altered.pdf: ALTERED" in page.verify_text

    foreign = _foreign_pdf(tmp_path / "foreign.pdf")
    _drop(page, foreign)  # dropping on the page itself works too
    assert "Not ours" in page.verify_text

    # Anything but a PDF is not taken.
    note = tmp_path / "note.txt"
    note.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    assert page.handle_drop(mime) is False
    assert list(private_tmp.iterdir()) == []


def test_verify_a_chosen_file_that_cannot_be_read(page, tmp_path):
    dialogs.next_answer(str(tmp_path / "missing.pdf"), kind="open_file")
    page.verify_button.click()
    assert "Cannot read missing.pdf" in page.verify_text



def test_screenshots_of_every_screen(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage

    from liaison import demo
    from ui import shots_documents

    monkeypatch.setattr(shots_documents, "SETTLE", 0.0)
    monkeypatch.setitem(SECTIONS, "documents", DocumentsPage)
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    demo.populate(session.vault)
    shots = shots_documents.shoot(win, session, tmp_path / "shots")
    assert [p.stem.split("-", 2)[2] for p in shots] == [
        "wizard-type", "wizard-language", "wizard-fill-preview", "wizard-fill-scripts", "wizard-finalise-ready", "wizard-final",
        "page-preview", "verify-altered", "verify-genuine"]
    for p in shots:
        image = QImage(str(p))
        assert not image.isNull() and image.width() > 600
    # the demo's finished documents, and the one the wizard made
    assert session.vault.db.execute("SELECT count(*) FROM documents WHERE origin = 'user'").fetchone()[0] == 1


def test_open_wizard_from_the_window_refreshes_the_register(qtbot, tmp_path, monkeypatch):
    from ui.request_wizard import open_wizard

    monkeypatch.setitem(SECTIONS, "documents", DocumentsPage)
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    vault = session.vault
    _agency(vault)
    for k, v in PROFILE.items():
        vault.settings.set(f"officer.{k}", v)
    ref = vault.cases.add(title="Phishing wave", requesting_state="AT", requested_state="DE",
                          legal_basis="Directive 2014/41/EU", summary="Phishing mails sent from a rented server.",
                          offence_text="Computer fraud").extra["reference"]
    for key, value in ANSWERS.items():
        doc_context.set_answer(vault, ref, TEMPLATE, key, value)
    page = win.pages["documents"]
    page.refresh()
    assert page.list_view.model.rowCount() == 0 and page.list_view.is_empty_state_shown()
    wiz = open_wizard(win, ref)
    assert wiz.isVisible() and wiz.parent() is win
    assert wiz.windowTitle() == f"New request for case {ref}"  # names the case reference only
    wiz.choose_template(TEMPLATE)
    wiz.go_next()
    wiz.go_next()
    assert wiz.missing_items == []
    wiz.go_next()
    doc_id = wiz.finalise()
    assert doc_id and page.list_view.model.rowCount() == 1 and page.nav_count() == 1
    from shiboken6 import isValid

    wiz.reject()  # closing frees the dialog and what was typed in it
    qtbot.waitUntil(lambda: not isValid(wiz), timeout=5000)
