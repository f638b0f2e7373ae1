"""The settings dialog: preferences saved in the vault, refusals shown under
their field, keychain on and off, the templates folder checked."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE
from keyrings import MemoryKeyring
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from shell_helpers import WAIT_MS, make_session, make_vault

from liaison.keychain import Keychain
from liaison.vault import Vault
from ui import dialogs
from ui.settings_dialog import IDLE_KEY, OFFICER_KEYS, SettingsDialog, validate_preferences


@pytest.fixture(autouse=True)
def _seam():
    dialogs.reset()
    yield
    dialogs.reset()


def _open_session(tmp_path, keyring=None):
    keychain = Keychain(keyring if keyring is not None else MemoryKeyring())
    session = make_session(tmp_path, keychain=keychain)
    make_vault(session.vault_path)
    session.attach(session.open_vault(PASSPHRASE))
    return session


@pytest.fixture
def dialog(qtbot, tmp_path):
    session = _open_session(tmp_path)
    qs = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    dlg = SettingsDialog(session, settings=qs)
    qtbot.addWidget(dlg)
    yield dlg
    session.close()


def test_profile_is_saved_in_the_vault_and_read_back(dialog, tmp_path, qtbot):
    logo = tmp_path / "logo.png"
    img = QImage(40, 20, QImage.Format.Format_RGB32)
    img.fill(QColor("navy"))
    img.save(str(logo))
    f = dialog.profile
    f.field("officer.name").setText("Αλέξανδρος Παπαδόπουλος")
    f.field("officer.rank").setText("Inspector")
    f.field("officer.unit").setText("Отдел международного сотрудничества")
    f.field("officer.email").setText("alex@example.org")
    f.field("officer.signature_block").setPlainText("王小明\nLiaison desk")
    dialogs.next_answer(str(logo), kind="open_file")
    dialog.logo.choose.click()
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    dialog.language.setValue("fr")
    dialog.idle.setValue(15)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("fr"))
    assert dialog.is_dirty()
    assert dialog.save()
    assert not dialog.is_dirty()

    s = dialog.session.vault.settings
    assert s.get("officer.name") == "Αλέξανδρος Παπαδόπουλος"
    assert s.get("officer.unit") == "Отдел международного сотрудничества"
    assert s.get("officer.signature_block") == "王小明\nLiaison desk"
    assert s.get("officer.logo_path") == str(logo)
    assert s.get("documents.default_language") == "fr"
    assert s.get(IDLE_KEY) == 15
    assert dialog.session.idle_lock_minutes() == 15
    assert dialog.qsettings.value("ui/language") == "fr"
    # A new dialog shows what was saved.
    again = SettingsDialog(dialog.session, settings=dialog.qsettings)
    qtbot.addWidget(again)
    assert again.profile.value("officer.name") == "Αλέξανδρος Παπαδόπουλος"
    assert again.idle.value() == 15 and again.language.value() == "fr"
    assert again.ui_language.currentData() == "fr"


def test_refusals_show_under_the_field_and_write_nothing(dialog):
    vault = dialog.session.vault
    before = vault.settings.all()
    dialog.profile.field("officer.name").setText("Someone")
    dialog.profile.field("officer.email").setText("not an address")
    assert not dialog.save()
    assert "not an e-mail address" in dialog.profile.error("officer.email")
    assert vault.settings.all() == before
    dialog.profile.field("officer.email").setText("")
    dialog.logo.setValue("/nonexistent/logo.png")
    assert not dialog.save()
    assert "no file" in dialog.profile.error("officer.logo_path")
    assert vault.settings.all() == before


def test_idle_lock_minutes_are_validated():
    base = {k: "" for k in OFFICER_KEYS}
    for bad in (0, 121, "soon", None):
        with pytest.raises(Exception) as info:
            validate_preferences({**base, IDLE_KEY: bad})
        assert getattr(info.value, "field", None) == IDLE_KEY
    assert validate_preferences({**base, IDLE_KEY: 120})[IDLE_KEY] == 120


def test_idle_field_keeps_to_its_range_and_ignores_a_bad_stored_value(qtbot, tmp_path):
    session = _open_session(tmp_path)
    session.vault.settings.set(IDLE_KEY, 5000)
    dlg = SettingsDialog(session, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dlg)
    assert dlg.idle.value() == 5  # the default, not a clamped 120 presented as the officer's choice
    dlg.idle.setValue(500)
    assert dlg.idle.value() == 120
    dlg.idle.setValue(0)
    assert dlg.idle.value() == 1
    session.close()


def test_keychain_on_and_off(dialog, qtbot):
    vault = dialog.session.vault
    assert dialog.keychain_box.isEnabled() and not dialog.keychain_box.isChecked()
    dialog.keychain_box.setChecked(True)
    assert vault.keyslots.get("keychain") is not None
    assert "now remembered in Test memory keychain" in dialog.security_status.text()
    dialog.keychain_box.setChecked(False)
    assert vault.keyslots.get("keychain") is None
    assert "removed from the keychain" in dialog.security_status.text()


def test_keychain_failure_is_shown_and_the_box_goes_back(qtbot, tmp_path):
    ring = MemoryKeyring()
    session = _open_session(tmp_path, ring)
    dlg = SettingsDialog(session, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dlg)
    ring.mode = "locked"
    dlg.keychain_box.setChecked(True)
    assert not dlg.keychain_box.isChecked()
    assert session.vault.keyslots.get("keychain") is None
    assert dlg.security_status.text().startswith("Error:")
    session.close()


def test_keychain_unavailable_is_disabled_with_the_reason(qtbot, tmp_path):
    from keyring.backends import fail

    session = make_session(tmp_path, keychain=Keychain(fail.Keyring()))
    make_vault(session.vault_path)
    session.attach(Vault.open(session.vault_path, PASSPHRASE, keychain=session.keychain))
    dlg = SettingsDialog(session, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dlg)
    assert not dlg.keychain_box.isEnabled()
    assert dlg.keychain_status.text().startswith("Not available: no keychain was found")
    session.close()


def test_templates_folder_with_a_broken_template_shows_file_and_line(dialog, tmp_path):
    folder = tmp_path / "own"
    folder.mkdir()
    (folder / "broken.yaml").write_text("id: broken\nversion: 1\ntitle: [unclosed\n", "utf-8")
    dialogs.next_answer(str(folder), kind="open_folder")
    dialog.templates.choose.click()
    assert dialog.templates.value() == str(folder)
    assert dialog.template_errors
    assert any("broken.yaml:" in e and e.split("broken.yaml:")[1].split(":")[0].isdigit()
               for e in dialog.template_errors)
    assert "broken.yaml:" in dialog.templates_report.text()
    assert dialog.save()
    assert dialog.session.vault.settings.get("documents.templates_dir") == str(folder)


def test_templates_folder_without_problems(dialog, tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    assert dialog.check_templates(str(folder)) == []
    assert "none with a problem" in dialog.templates_report.text()


def test_change_passphrase_and_new_recovery_code(dialog, qtbot):
    session = dialog.session
    dialog.change_passphrase()
    pd = dialog.passphrase_dialog
    pd.new.setText("a brand new passphrase here")
    pd.again.setText("a different one entirely")
    pd.submit()
    assert "differ" in pd.error.text()
    pd.again.setText("a brand new passphrase here")
    with qtbot.waitSignal(pd.changed, timeout=WAIT_MS):
        pd.submit()
    assert "passphrase was changed" in dialog.security_status.text()
    path = session.vault_path
    session.close()
    Vault.open(path, "a brand new passphrase here", keychain=session.keychain).close()
    session.attach(Vault.open(path, "a brand new passphrase here", keychain=session.keychain))

    dialogs.next_answer(True, kind="confirm")
    dialog.new_recovery_code()
    qtbot.waitUntil(lambda: dialog.code_dialog is not None, timeout=WAIT_MS)
    shown = dialog.code_dialog.code_label.text().replace("\n", "")
    assert len(shown) >= 20
    assert not dialog.code_dialog.done_button.isEnabled()
    dialog.code_dialog.written.setChecked(True)
    dialog.code_dialog.done_button.click()
    assert dialog.code_dialog.code_label.text() == ""
    session.close()
    Vault.open(path, recovery_code=shown, keychain=session.keychain).close()


def test_new_recovery_code_declined_changes_nothing(dialog):
    before = dialog.session.vault.keyslots.get("recovery").data
    dialogs.next_answer(False, kind="confirm")
    dialog.new_recovery_code()
    assert dialog.task is None and dialog.code_dialog is None
    assert dialog.session.vault.keyslots.get("recovery").data == before


def test_locking_closes_the_passphrase_dialog_even_mid_change(dialog, qtbot):
    dialog.change_passphrase()
    pd = dialog.passphrase_dialog
    pd.new.setText("a brand new passphrase here")
    pd.again.setText("a brand new passphrase here")
    pd.show()
    pd.reject()  # the vault is open and nothing runs: an ordinary cancel
    assert not pd.isVisible() and pd.new.text() == ""
    pd.show()
    pd.new.setText("a brand new passphrase here")
    pd.again.setText("a brand new passphrase here")
    pd.submit()
    assert pd.task is not None
    dialog.session.lock("user")
    pd.reject()  # what the window does to every dialog on lock
    assert not pd.isVisible() and pd.task is None and pd.new.text() == ""
    from ui.worker import wait_for_all

    wait_for_all()


def test_a_lock_waits_for_a_passphrase_change(qtbot, tmp_path, monkeypatch):
    """Changing the passphrase rewrites a key slot (half a second of Argon2id on a worker): a lock waits for
    it instead of wiping the key under it, and the new passphrase opens the vault afterwards."""
    import threading

    from shell_helpers import open_window, unlock

    from liaison import keyslots

    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    started, release = threading.Event(), threading.Event()
    real_wrap = keyslots.wrap

    def slow_wrap(*args):
        started.set()
        release.wait(10)
        return real_wrap(*args)

    monkeypatch.setattr(keyslots, "wrap", slow_wrap)
    dlg = SettingsDialog(session, win, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dlg)
    dlg.change_passphrase()
    pd = dlg.passphrase_dialog
    pd.new.setText("a brand new passphrase here")
    pd.again.setText("a brand new passphrase here")
    pd.submit()
    qtbot.waitUntil(started.is_set)
    win.lock("idle")
    assert session.is_open  # the slot is being written: the lock waits
    release.set()
    qtbot.waitUntil(lambda: not session.is_open, timeout=WAIT_MS)
    Vault.open(session.vault_path, "a brand new passphrase here", keychain=session.keychain).close()
