"""The unlock screen: passphrase right and wrong, the keychain, vault problems,
and the recovery-code dialog."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE
from keyrings import FailingKeyring, MemoryKeyring
from PySide6.QtCore import Qt
from shell_helpers import WAIT_MS, make_session, make_vault, open_window, unlock

from liaison.errors import WrongPassphrase
from liaison.keychain import Keychain, backend_name
from liaison.keyslots import KeySlots
from liaison.paths import keys_path
from liaison.vault import Vault
from ui import dialogs
from ui.sections import SECTIONS
from ui.widgets import DelayedBusy

NEW_PASSPHRASE = "a brand new passphrase for tests"


@pytest.fixture(autouse=True)
def _seam():
    dialogs.reset()
    yield
    dialogs.reset()


def test_unlock_with_the_right_passphrase_opens_the_workspace(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    page = win.unlock_page
    assert win.states.currentWidget() is page
    assert page.passphrase.echoMode() == page.passphrase.EchoMode.Password
    assert not page.keychain_button.isVisibleTo(win)  # no keychain slot: no keychain button
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.states.currentWidget() is win.workspace, timeout=WAIT_MS)
    assert session.is_open
    assert page.passphrase.text() == ""
    assert win.unlock_status.text() == "Unlocked with the passphrase"
    assert "Locks after 5 min idle" in win.lock_status.text()
    assert win.vault_status.toolTip() == str(session.vault_path)
    assert list(win.pages) == list(SECTIONS)


def test_a_wrong_passphrase_says_so_under_the_field(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    page = win.unlock_page
    qtbot.keyClicks(page.passphrase, "not the passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT_MS)
    assert page.error.text().startswith("Wrong passphrase.")
    assert not page.keychain_line.isVisible()  # not a keychain problem
    assert not page.problem.isVisible()
    assert not session.is_open
    assert win.states.currentWidget() is page
    assert page.passphrase.selectedText() == "not the passphrase"  # ready to retype
    assert page.unlock_button.isEnabled()


def test_the_keychain_unlocks_without_a_prompt(qtbot, tmp_path):
    kc = Keychain(MemoryKeyring())
    session = make_session(tmp_path, keychain=kc)
    make_vault(session.vault_path, keychain=kc, remember=True)
    win = open_window(qtbot, session)
    qtbot.waitUntil(lambda: win.states.currentWidget() is win.workspace, timeout=WAIT_MS)
    assert session.vault.unlocked_by.method == "keychain"
    assert win.unlock_status.text() == "Unlocked with the keychain (Test memory keychain)"
    # After a lock the keychain waits for the officer (locking must mean something) ...
    win.lock("user")
    assert win.states.currentWidget() is win.unlock_page
    assert not session.is_open
    assert win.unlock_page.keychain_button.isVisibleTo(win)
    assert "Test memory keychain" in win.unlock_page.keychain_button.text()
    # ... and one click brings the workspace back.
    win.unlock_page.keychain_button.click()
    qtbot.waitUntil(lambda: win.states.currentWidget() is win.workspace, timeout=WAIT_MS)


def test_a_failing_keychain_is_named_as_a_keychain_problem_and_the_passphrase_still_works(qtbot, tmp_path):
    session = make_session(tmp_path, keychain=Keychain(FailingKeyring()))
    make_vault(session.vault_path, keychain=Keychain(MemoryKeyring()), remember=True)
    # The slot says the failing keychain holds the key, as if the keychain broke since.
    slots = KeySlots.load(keys_path(session.vault_path))
    slots.get("keychain").data["backend"] = backend_name(FailingKeyring())
    slots.save()
    win = open_window(qtbot, session)
    page = win.unlock_page
    qtbot.waitUntil(lambda: "Keychain problem" in page.keychain_line.text(), timeout=WAIT_MS)
    assert "D-Bus connection refused" in page.keychain_line.text()
    assert "passphrase" in page.keychain_line.text()
    assert not page.error.isVisible()  # never reported as a wrong passphrase
    assert page.passphrase.isVisibleTo(win) and page.passphrase.isEnabled()
    assert not session.is_open
    unlock(qtbot, win)
    assert win.unlock_status.text() == "Unlocked with the passphrase"


def test_a_keychain_from_another_backend_is_a_keychain_problem(qtbot, tmp_path):
    session = make_session(tmp_path, keychain=Keychain(FailingKeyring()))
    make_vault(session.vault_path, keychain=Keychain(MemoryKeyring()), remember=True)
    win = open_window(qtbot, session)
    qtbot.waitUntil(lambda: win.unlock_page.keychain_line.isVisible() and "problem" in
                    win.unlock_page.keychain_line.text(), timeout=WAIT_MS)
    assert "Test memory keychain" in win.unlock_page.keychain_line.text()
    assert not win.unlock_page.error.isVisible()


def test_a_vault_in_use_shows_the_cores_message(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    other = Vault.open(session.vault_path, PASSPHRASE)  # another window holds it
    try:
        win = open_window(qtbot, session)
        page = win.unlock_page
        page.passphrase.setText(PASSPHRASE)
        page.unlock_button.click()
        qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=WAIT_MS)
        assert "in use" in page.problem.text()
        assert not page.error.isVisible()
        assert not session.is_open
    finally:
        other.close()


def test_missing_key_slots_show_the_cores_message(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    keys_path(session.vault_path).unlink()
    win = open_window(qtbot, session)
    page = win.unlock_page
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=WAIT_MS)
    assert "key-slot file" in page.problem.text()
    assert session.vault_path.exists()  # never deleted


def test_the_show_toggle_reveals_and_masks_the_passphrase(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    field = win.unlock_page.passphrase
    field.toggle.trigger()
    assert field.echoMode() == field.EchoMode.Normal
    assert field.toggle.text() == "Hide passphrase"
    field.toggle.trigger()
    assert field.echoMode() == field.EchoMode.Password


def _open_recovery(qtbot, win):
    win.unlock_page.recovery_link.click()
    dialog = win.unlock_page.recovery_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_recovery_code_unlocks_and_sets_a_new_passphrase(qtbot, tmp_path):
    session = make_session(tmp_path)
    code = make_vault(session.vault_path)
    win = open_window(qtbot, session)
    dialog = _open_recovery(qtbot, win)
    dialog.code.setText(code.lower().replace("-", " "))  # as people write it
    dialog.new1.setText(NEW_PASSPHRASE)
    dialog.new2.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: win.states.currentWidget() is win.workspace, timeout=WAIT_MS)
    assert not dialog.isVisible()
    assert win.unlock_status.text() == "Unlocked with the recovery code"
    win.close()
    Vault.open(session.vault_path, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(session.vault_path, PASSPHRASE)


def test_a_wrong_recovery_code_changes_nothing(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    before = keys_path(session.vault_path).read_bytes()
    win = open_window(qtbot, session)
    dialog = _open_recovery(qtbot, win)
    dialog.code.setText("0000-0000-0000-0000-0000-0000-0000-0000")
    dialog.new1.setText(NEW_PASSPHRASE)
    dialog.new2.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.code_error.isVisible(), timeout=WAIT_MS)
    assert "does not unlock this vault" in dialog.code_error.text()
    assert not session.is_open
    assert keys_path(session.vault_path).read_bytes() == before


def test_a_weak_new_passphrase_is_refused_before_the_vault_is_touched(qtbot, tmp_path):
    session = make_session(tmp_path)
    code = make_vault(session.vault_path)
    before = keys_path(session.vault_path).read_bytes()
    win = open_window(qtbot, session)
    dialog = _open_recovery(qtbot, win)
    dialog.code.setText(code)
    dialog.new1.setText("short")
    dialog.new2.setText("short")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.pass_error.isVisible(), timeout=WAIT_MS)
    assert "at least 12 characters" in dialog.pass_error.text()
    assert keys_path(session.vault_path).read_bytes() == before
    dialog.new2.setText("something else entirely")
    dialog.ok_button.click()
    assert "differ" in dialog.pass_error.text()


def test_the_busy_line_appears_only_after_its_delay(qtbot):
    busy = DelayedBusy(delay_ms=30)
    qtbot.addWidget(busy)
    busy.start("Unlocking...")
    assert not busy.isVisible() and busy.pending
    qtbot.waitUntil(lambda: not busy.isHidden(), timeout=WAIT_MS)
    busy.stop()
    assert busy.isHidden() and not busy.pending
    busy.start("quick")
    busy.stop()  # finished before the delay: never shown
    assert busy.isHidden() and not busy.pending


def test_a_vault_from_a_newer_liaison_is_refused_with_the_cores_message(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    with Vault.open(session.vault_path, PASSPHRASE) as v:
        v.db.execute("PRAGMA user_version = 9999")
    win = open_window(qtbot, session)
    page = win.unlock_page
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=WAIT_MS)
    assert "newer version of Liaison" in page.problem.text()
    assert not page.error.isVisible() and not session.is_open


def test_a_damaged_vault_file_is_named_as_damaged(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    with open(session.vault_path, "r+b") as fh:
        fh.seek(0)
        fh.write(b"\x00" * 4096)
    win = open_window(qtbot, session)
    page = win.unlock_page
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=WAIT_MS)
    assert "damaged" in page.problem.text()
    assert not page.error.isVisible() and not session.is_open


def test_another_vault_can_be_chosen_from_the_unlock_screen(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    other = tmp_path / "other" / "second.liaison"
    make_vault(other)
    win = open_window(qtbot, session)
    dialogs.next_answer(str(other), kind="open_file")
    win.unlock_page.other_link.click()
    assert session.vault_path == other.resolve()
    assert win.windowTitle() == "Liaison - second.liaison"
    assert str(other.resolve()) in win.unlock_page.vault_line.text()
    unlock(qtbot, win)
    assert win.vault_status.toolTip() == str(other.resolve())
