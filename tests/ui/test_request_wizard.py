"""The request wizard: from an empty case to a final document, the completeness list driving it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CHEAP_KDF, PASSPHRASE
from keyrings import MemoryKeyring
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from liaison import demo, keyslots
from liaison.documents import context as doc_context
from liaison.documents import register
from liaison.keychain import Keychain
from liaison.paths import Paths
from liaison.vault import Vault, copy_vault_files
from ui import dialogs, request_wizard
from ui.request_wizard import RequestWizard, suggest_template
from ui.session import Session
from ui.worker import wait_for_all

WAIT_MS = 10_000
TEMPLATE = "preservation-request"


@pytest.fixture(autouse=True)
def _quick_timers(monkeypatch):
    """Typing pauses shorter than an officer's: the debounce itself is what is tested, not its length."""
    monkeypatch.setattr(request_wizard, "SAVE_DELAY_MS", 60)
    monkeypatch.setattr(request_wizard, "PREVIEW_DELAY_MS", 60)


@pytest.fixture(scope="module")
def demo_vault_files(tmp_path_factory) -> Path:
    """One demo vault per module (cheap key derivation), copied for each test."""
    where = tmp_path_factory.mktemp("demo") / "vault.liaison"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "kdf_params", lambda: dict(CHEAP_KDF))
        v, _code = Vault.create(where, PASSPHRASE, keychain=Keychain(MemoryKeyring()))
        demo.populate(v)
        v.close()
    return where


@pytest.fixture
def session(demo_vault_files, tmp_path):
    folder = tmp_path / "v"
    folder.mkdir()
    path = copy_vault_files(demo_vault_files, folder / demo_vault_files.name)
    keychain = Keychain(MemoryKeyring())
    s = Session(path, keychain=keychain, paths=Paths.resolve(tmp_path / "data"))
    s.attach(Vault.open(path, PASSPHRASE, keychain=keychain))
    dialogs.reset()
    yield s
    wait_for_all()
    dialogs.reset()
    s.close()


def _empty_case(vault, basis: str | None = "Directive 2014/41/EU") -> str:
    # issue 15: a final request needs a basis binding both states (the EIO's provisional measures, Art. 32)
    changes = vault.cases.add(title="Ransomware on a hospital network", requesting_state="AT", requested_state="DE",
                              legal_basis=basis)
    return changes.extra["reference"]


def _missing_keys(wiz: RequestWizard) -> list[str]:
    return [wiz.missing_list.item(i).data(0x0100) for i in range(wiz.missing_list.count())]


def _open(qtbot, session, ref) -> RequestWizard:
    wiz = RequestWizard(session, ref)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


def test_from_an_empty_case_to_a_final_document(qtbot, session, multiscript):
    vault = session.vault
    ref = _empty_case(vault)
    wiz = _open(qtbot, session, ref)
    # Step 1: the eight templates with their titles; nothing chosen yet, so Next waits.
    assert wiz.type_list.count() == 8
    titles = {wiz.type_list.item(i).text() for i in range(wiz.type_list.count())}
    assert "Request for the expedited preservation of stored computer data" in titles
    assert not wiz.next_button.isEnabled() and not wiz.finalise_button.isEnabled()
    assert wiz.left_count.text() == "Choose the request type first."
    wiz.choose_template(TEMPLATE)
    assert wiz.next_button.isEnabled()
    wiz.next_button.click()
    assert wiz.step == wiz.STEP_LANGUAGE
    assert wiz.lang_combo.currentData() == "en"
    wiz.next_button.click()
    assert wiz.step == wiz.STEP_FILL

    keys = _missing_keys(wiz)
    assert keys == [m["field"] for m in doc_context.missing(vault, ref, TEMPLATE)]
    # issue 15: the custodian is "any available information" (Budapest Art. 29(2)(d)), no longer required
    assert set(keys) == {"offence", "facts", "data_to_preserve", "data_relation", "necessity"}
    assert not wiz.finalise_button.isEnabled()
    assert "5 field(s) missing" in wiz.left_count.text()

    names = multiscript["names"]
    texts = {
        "offence": "Illegal access to a computer system",
        "facts": f"Encrypted servers; the suspect {names[0]['text'] if isinstance(names[0], dict) else names[0]} "
                 "used a rented virtual server.",
        "data_to_preserve": "Subscriber and traffic data of server 203.0.113.7 (العربية, Ελληνικά, Русский, 中文)",
        "data_relation": "The server received the exfiltrated files.",
        "custodian": "Example Hosting GmbH, Frankfurt",
        "necessity": "Logs are deleted after 7 days.",
    }
    wiz.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wiz, timeout=WAIT_MS)
    for n, key in enumerate(list(keys)):
        # The completeness list drives it: the first item jumps to its field.
        assert _missing_keys(wiz)[0] == key
        wiz.missing_list.setCurrentRow(0)
        wiz._on_missing_activated(wiz.missing_list.item(0))
        widget = wiz.field_widget(key)
        qtbot.waitUntil(lambda w=widget: w.hasFocus(), timeout=WAIT_MS)
        assert isinstance(widget, QPlainTextEdit) or key == "offence"
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(texts[key])
        else:
            widget.setText(texts[key])
        # Saved as typed (debounced): the item leaves the list.
        qtbot.waitUntil(lambda k=key: k not in _missing_keys(wiz), timeout=WAIT_MS)
        assert len(_missing_keys(wiz)) == len(keys) - n - 1
        if _missing_keys(wiz):
            assert not wiz.finalise_button.isEnabled()
    # the custodian is optional; the officer gives what is available
    wiz.field_widget("custodian").setPlainText(texts["custodian"])
    wiz.flush()

    # Values from the case were saved to the case, answers to the answers.
    case = vault.cases.get(ref)
    assert case["summary"] == texts["facts"] and case["offence_text"] == texts["offence"]
    assert doc_context.get_answers(vault, ref, TEMPLATE)["data_to_preserve"] == texts["data_to_preserve"]
    assert wiz.left_count.text() == "Nothing is missing: the document can be made final."
    assert wiz.finalise_button.isEnabled()

    # The preview follows (a real PDF in memory).
    qtbot.waitUntil(lambda: wiz.previews_shown >= 1 and not wiz.preview_busy, timeout=WAIT_MS)
    assert wiz.preview.page_count() >= 1

    # Going back never loses what was typed.
    wiz.back_button.click()
    wiz.back_button.click()
    assert wiz.step == wiz.STEP_TYPE
    wiz.next_button.click()
    wiz.next_button.click()
    assert wiz.field_widget("custodian").toPlainText() == texts["custodian"]

    wiz.next_button.click()
    assert wiz.step == wiz.STEP_FINAL
    assert "is complete" in wiz.final_summary.text()
    wiz.finalise_button.click()
    assert wiz.document_id
    doc = register.get_document(vault, wiz.document_id)
    assert doc["version"] == 1 and doc["status"] == "final" and doc["case_reference"] == ref
    assert f"document id {wiz.document_id}" in wiz.final_result.text()
    assert wiz.print_button.isEnabled() and wiz.email_button.isEnabled() and wiz.save_button.isEnabled()
    assert wiz.final_preview.page_count() == wiz.preview.page_count()  # the stored PDF is shown
    entry = vault.db.execute("SELECT action, record_id FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert tuple(entry) == ("create", wiz.document_id)
    # No second version by a double press; a change makes a new version possible.
    assert not wiz.finalise_button.isEnabled() and wiz.finalise() is None
    assert vault.db.execute("SELECT count(*) FROM documents WHERE origin = 'user'").fetchone()[0] == 1
    wiz.jump_to("necessity")
    wiz.field_widget("necessity").setPlainText("Logs are deleted after 3 days.")
    wiz.go_next()
    assert wiz.finalise_button.isEnabled()
    first = wiz.document_id
    wiz.finalise_button.click()
    assert register.get_document(vault, wiz.document_id)["version"] == 2
    assert register.get_document(vault, first)["superseded_by"] == wiz.document_id


def test_finalise_is_refused_while_anything_is_missing(qtbot, session):
    vault = session.vault
    ref = _empty_case(vault)
    wiz = _open(qtbot, session, ref)
    wiz.choose_template(TEMPLATE)
    wiz.go_next()
    wiz.go_next()
    wiz.go_next()
    assert wiz.step == wiz.STEP_FINAL
    assert not wiz.finalise_button.isEnabled()
    assert "cannot be made final yet" in wiz.final_summary.text()
    assert "Necessity of the preservation" in wiz.final_summary.text()
    assert wiz.finalise() is None  # even called directly (Ctrl+Enter)
    assert vault.db.execute("SELECT count(*) FROM documents WHERE case_id = ?", (vault.cases.resolve(ref),)
                            ).fetchone()[0] == 0  # (the demo's register holds finished documents of other cases)
    # A missing item on the last step jumps back to its field.
    focus = wiz.jump_to("necessity")
    assert wiz.step == wiz.STEP_FILL and focus is wiz.field_widget("necessity")


def test_a_refused_answer_shows_inline_and_is_not_saved(qtbot, session):
    vault = session.vault
    ref = _empty_case(vault)
    wiz = _open(qtbot, session, ref)
    wiz.choose_template("status-inquiry")
    wiz.go_next()
    wiz.go_next()
    row = wiz._rows["date_of_request"]
    assert "date_of_request" in _missing_keys(wiz)
    # issue 15: a status inquiry works without the counterpart's reference (it is optional now)
    assert "counterpart_reference" not in _missing_keys(wiz)
    wiz.field_widget("counterpart_reference").setText("BKA-2026-77")
    wiz.flush()
    assert vault.cases.get(ref)["counterpart_reference"] == "BKA-2026-77"
    # An over-long counterpart reference is refused by the core: shown inline, nothing written.
    wiz.field_widget("counterpart_reference").setText("X" * 300)
    wiz.flush()
    err = wiz._rows["counterpart_reference"].error
    assert err.isVisibleTo(wiz) and "200" in err.text()
    assert vault.cases.get(ref)["counterpart_reference"] == "BKA-2026-77"
    from datetime import date

    row.widget.setValue(date(2026, 10, 1))
    wiz.flush()
    assert doc_context.get_answers(vault, ref, "status-inquiry")["date_of_request"] == "2026-10-01"
    assert "date_of_request" not in _missing_keys(wiz)


def test_the_suggestion_and_the_second_language(qtbot, session):
    vault = session.vault
    ref = _empty_case(vault)
    cyber = vault.db.execute("SELECT id FROM agreements WHERE key = 'coe-ets-185'").fetchone()[0]
    vault.cases.update(ref, legal_basis=cyber)
    suggested, why = suggest_template(vault, vault.cases.get(ref))
    assert suggested == TEMPLATE and "Convention on Cybercrime" in why
    wiz = _open(qtbot, session, ref)
    assert "Suggested: Request for the expedited preservation" in wiz.suggestion.text()
    wiz.use_suggestion.click()
    assert wiz.template_id == TEMPLATE
    wiz.go_next()
    # The German authority works in German: suggested as the second language.
    assert wiz.second_combo.currentData() == "de"
    assert not wiz.second_combo.isEnabled()
    wiz.second_check.setChecked(True)
    assert wiz.second_lang == "de"
    wiz.go_next()
    qtbot.waitUntil(lambda: wiz.previews_shown >= 1 and not wiz.preview_busy, timeout=WAIT_MS)
    assert wiz.preview.page_count() >= 1


def test_closing_leaves_no_document_and_clears_the_preview(qtbot, session):
    ref = _empty_case(session.vault)
    wiz = _open(qtbot, session, ref)
    wiz.choose_template("cover-letter")
    wiz.go_next()
    wiz.go_next()
    qtbot.waitUntil(lambda: wiz.previews_shown >= 1, timeout=WAIT_MS)
    wiz.field_widget("enclosed").setPlainText("Copy of the seizure report")
    wiz.reject()  # pending typing is saved on close
    assert doc_context.get_answers(session.vault, ref, "cover-letter")["enclosed"] == ["Copy of the seizure report"]
    assert wiz.preview.page_count() == 0
    assert session.vault.db.execute("SELECT count(*) FROM documents WHERE case_id = ?",
                                    (session.vault.cases.resolve(ref),)).fetchone()[0] == 0


def test_lock_closes_the_wizard_and_edit_case_is_offered(qtbot, session):
    vault = session.vault
    ref = _empty_case(vault, basis=None)
    wiz = _open(qtbot, session, ref)
    wiz.choose_template("mla-request")
    wiz.go_next()
    wiz.go_next()
    # The legal basis comes from the case: the wizard says so and offers to open the case.
    assert "agreement" in _missing_keys(wiz)
    holder = wiz.field_widget("agreement").parentWidget()
    edit = [b for b in holder.findChildren(QPushButton) if b.text() == "Edit case…"]
    assert len(edit) == 1
    with qtbot.waitSignal(wiz.edit_case_requested, timeout=WAIT_MS) as sig:
        edit[0].click()
    assert sig.args == [wiz.case_id]
    qtbot.waitUntil(lambda: wiz.previews_shown >= 1, timeout=WAIT_MS)
    wiz.field_widget("object").setPlainText("Bank records")
    session.lock("user")
    assert not wiz.isVisible() and wiz.preview.page_count() == 0
    assert wiz._rows == {} and wiz.missing_list.count() == 0
