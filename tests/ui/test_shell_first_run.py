"""First run: creating a vault, the recovery code shown once, the other ways in."""

from __future__ import annotations

import re

import keyring.backends.fail
import pytest
from conftest import PASSPHRASE
from keyrings import MemoryKeyring
from PySide6.QtCore import Qt
from shell_helpers import WAIT_MS, make_session, make_vault, open_window

from liaison.keychain import Keychain
from liaison.keyslots import KeySlots
from liaison.paths import keys_path
from liaison.vault import Vault
from ui import dialogs

CODE_LINE = re.compile(r"^([0-9A-HJKMNP-TV-Z]{4}  ){3}[0-9A-HJKMNP-TV-Z]{4}$")


@pytest.fixture(autouse=True)
def _seam():
    dialogs.reset()
    yield
    dialogs.reset()


def _fill(qtbot, win, first: str, second: str) -> None:
    qtbot.keyClicks(win.first_run.pass1, first)
    qtbot.keyClicks(win.first_run.pass2, second)


def test_first_run_creates_the_vault_and_shows_the_code_once(qtbot, tmp_path):
    session = make_session(tmp_path)
    win = open_window(qtbot, session)
    fr = win.first_run
    assert win.states.currentWidget() is fr
    assert fr.pass1.echoMode() == fr.pass1.EchoMode.Password
    assert not fr.create_button.isEnabled()
    _fill(qtbot, win, PASSPHRASE, PASSPHRASE)
    assert "Strength (estimate)" in fr.meter.words.text()
    qtbot.mouseClick(fr.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fr.steps.currentIndex() == 1, timeout=WAIT_MS)

    assert session.vault_path.exists() and keys_path(session.vault_path).exists()
    lines = fr.code_label.text().split("\n")
    assert len(lines) == 2 and all(CODE_LINE.match(line) for line in lines), lines
    code = "".join(lines).replace(" ", "")
    # The code shown is the vault's real recovery code.
    KeySlots.load(keys_path(session.vault_path)).unlock_with_recovery_code(code)
    assert fr.pass1.text() == "" and fr.pass2.text() == ""

    assert not fr.continue_button.isEnabled()
    fr.continue_button.click()
    assert win.states.currentWidget() is fr  # not ticked: nothing happens
    fr.written.setChecked(True)
    assert fr.continue_button.isEnabled()
    qtbot.mouseClick(fr.continue_button, Qt.MouseButton.LeftButton)
    assert win.states.currentWidget() is win.workspace
    assert fr.code_label.text() == "" and fr.created is None
    assert win.windowTitle() == "Liaison - vault.liaison"
    assert "vault.liaison" in win.vault_status.text()
    assert "created" in win.unlock_status.text().lower()


def test_a_short_passphrase_is_refused_with_the_cores_message_and_nothing_is_written(qtbot, tmp_path):
    session = make_session(tmp_path)
    win = open_window(qtbot, session)
    fr = win.first_run
    _fill(qtbot, win, "too short", "too short")
    assert "Too short" in fr.meter.words.text()
    fr.create_button.click()
    qtbot.waitUntil(lambda: fr.pass1_error.isVisible(), timeout=WAIT_MS)
    assert "at least 12 characters" in fr.pass1_error.text()
    assert fr.steps.currentIndex() == 0
    assert not session.vault_path.exists()
    assert not keys_path(session.vault_path).exists()
    assert not session.is_open


def test_different_passphrases_are_refused_before_the_core_is_asked(qtbot, tmp_path):
    session = make_session(tmp_path)
    win = open_window(qtbot, session)
    _fill(qtbot, win, PASSPHRASE, PASSPHRASE + "x")
    win.first_run.create_button.click()
    assert win.first_run.pass2_error.isVisible()
    assert "differ" in win.first_run.pass2_error.text()
    assert not session.vault_path.exists()
    assert win.first_run.task is None


def test_the_keychain_is_offered_only_when_there_is_one(qtbot, tmp_path):
    with_kc = open_window(qtbot, make_session(tmp_path / "a", keychain=Keychain(MemoryKeyring())))
    assert with_kc.first_run.remember.isVisibleTo(with_kc)
    without = open_window(qtbot, make_session(tmp_path / "b", keychain=Keychain(keyring.backends.fail.Keyring())))
    assert not without.first_run.remember.isVisibleTo(without)
    assert "not available" in without.first_run.keychain_note.text()


def test_remembering_the_key_in_the_keychain(qtbot, tmp_path):
    kc = Keychain(MemoryKeyring())
    session = make_session(tmp_path, keychain=kc)
    win = open_window(qtbot, session)
    fr = win.first_run
    fr.remember.setChecked(True)
    _fill(qtbot, win, PASSPHRASE, PASSPHRASE)
    fr.create_button.click()
    qtbot.waitUntil(lambda: fr.steps.currentIndex() == 1, timeout=WAIT_MS)
    assert "remembered in Test memory keychain" in fr.keychain_result.text()
    assert KeySlots.load(keys_path(session.vault_path)).get("keychain") is not None
    assert kc.fetch(session.vault.id) is not None


def test_print_goes_through_the_dialog_seam_with_the_code(qtbot, tmp_path):
    session = make_session(tmp_path)
    win = open_window(qtbot, session)
    fr = win.first_run
    _fill(qtbot, win, PASSPHRASE, PASSPHRASE)
    fr.create_button.click()
    qtbot.waitUntil(lambda: fr.steps.currentIndex() == 1, timeout=WAIT_MS)
    dialogs.next_answer(True, kind="print")
    fr.print_button.click()
    call = dialogs.calls[-1]
    assert call.kind == "print"
    first_group = fr.code_label.text().split()[0]
    assert first_group in call.args["text"]
    assert session.vault.id in call.args["text"]
    assert "Sent to the printer" in fr.print_result.text()
    dialogs.next_answer(False, kind="print")
    fr.print_button.click()
    assert fr.print_result.text() == "Not printed."


def test_open_an_existing_vault_leads_to_its_unlock_screen(qtbot, tmp_path):
    other = tmp_path / "elsewhere" / "mine.liaison"
    make_vault(other)
    session = make_session(tmp_path)
    win = open_window(qtbot, session)
    dialogs.next_answer(str(other), kind="open_file")
    win.first_run.open_button.click()
    assert session.vault_path == other.resolve()
    assert win.states.currentWidget() is win.unlock_page
    assert "mine.liaison" in win.windowTitle()
    assert not (tmp_path / "data" / "vault.liaison").exists()


def test_cancelling_the_open_dialog_changes_nothing(qtbot, tmp_path):
    session = make_session(tmp_path)
    win = open_window(qtbot, session)
    before = session.vault_path
    dialogs.next_answer(None, kind="open_file")
    win.first_run.open_button.click()
    assert session.vault_path == before
    assert win.states.currentWidget() is win.first_run


def test_the_demo_vault_is_created_opened_and_shows_its_passphrase_when_locked(qtbot, tmp_path, monkeypatch):
    import sys
    import types

    from ui.session import DEMO_PASSPHRASE

    filled = []
    fake = types.ModuleType("liaison.demo")  # the real filler is tested with its own module
    fake.populate = lambda vault: filled.append(vault.path.name)
    monkeypatch.setitem(sys.modules, "liaison.demo", fake)
    session = make_session(tmp_path)
    win = open_window(qtbot, session)
    win.first_run.demo_button.click()
    qtbot.waitUntil(lambda: win.states.currentWidget() is win.workspace, timeout=WAIT_MS)
    assert session.demo and session.vault_path.name == "demo.liaison"
    assert filled == ["demo.liaison"]
    assert win.windowTitle() == "Liaison - demo.liaison (demo)"
    win.lock("user")
    assert DEMO_PASSPHRASE in win.unlock_page.demo_note.text()
    assert win.unlock_page.demo_note.isVisibleTo(win)
    win.close()
    # The demo passphrase really opens it.
    Vault.open(session.vault_path, DEMO_PASSPHRASE).close()


def test_a_failing_demo_filler_leaves_no_half_filled_demo_vault(qtbot, tmp_path, monkeypatch):
    import sys
    import types

    fake = types.ModuleType("liaison.demo")

    def populate(vault):
        vault.db.execute("CREATE TABLE half_done (x TEXT) STRICT")
        raise RuntimeError("the demo filler broke")

    fake.populate = populate
    monkeypatch.setitem(sys.modules, "liaison.demo", fake)
    session = make_session(tmp_path, demo=True)
    win = open_window(qtbot, session)
    qtbot.waitUntil(lambda: win.unlock_page.problem.isVisible(), timeout=WAIT_MS)
    assert "demo data could not be written" in win.unlock_page.problem.text()
    assert "the demo filler broke" in win.unlock_page.problem.text()
    assert not session.vault_path.exists() and not keys_path(session.vault_path).exists()
    assert not session.is_open
