"""A bundle double-clicked in the file manager (`liaison-desktop FILE.liaison-bundle`, that is
`--open-bundle FILE`) opens the import dialog with that file once the vault is unlocked."""

from __future__ import annotations

from conftest import PASSPHRASE
from PySide6.QtWidgets import QApplication
from shell_helpers import WAIT_MS, make_session, make_vault, open_window, unlock

from liaison.bundles import export, identity
from liaison.vault import Vault
from ui.app import offer_bundle
from ui.handover import ImportBundleDialog


def _bundle(session, tmp_path):
    v = Vault.open(session.vault_path, PASSPHRASE)
    try:
        ref = v.cases.get(v.cases.add(title="Handed over", requesting_state="PL", requested_state="PT").id)["reference"]
        out = tmp_path / f"{ref}.liaison-bundle"
        export.export_case(v, ref, out, recipients=[identity.public_key(v)], to=["me"], purpose="test")
    finally:
        v.close()
    return out


def _dialog():
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, ImportBundleDialog) and w.isVisible()),
                None)


def test_the_import_dialog_opens_with_the_file_after_unlocking(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    bundle = _bundle(session, tmp_path)
    win = open_window(qtbot, session)
    offer_bundle(win, str(bundle))
    qtbot.wait(50)
    assert _dialog() is None  # nothing over the unlock screen
    unlock(qtbot, win)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=WAIT_MS)
    dlg = _dialog()
    assert dlg.path == str(bundle) and dlg.encryption == "recipients"
    assert bundle.name in dlg.file_label.text()
    dlg.reject()


def test_an_open_vault_shows_the_dialog_at_once(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    bundle = _bundle(session, tmp_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    offer_bundle(win, str(bundle))
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=WAIT_MS)
    assert _dialog().path == str(bundle)
    _dialog().reject()
