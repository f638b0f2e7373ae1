"""Helpers for the desktop-shell tests (first run, unlock, lock, main window)."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from keyrings import MemoryKeyring
from PySide6.QtCore import QSettings

from liaison.keychain import Keychain
from liaison.paths import Paths
from liaison.vault import Vault
from ui import dialogs
from ui.main_window import MainWindow
from ui.session import Session
from ui.worker import wait_for_all

WAIT_MS = 10_000


def make_vault(path: Path, *, keychain: Keychain | None = None, remember: bool = False) -> str:
    """A closed vault at ``path``; returns its recovery code."""
    v, code = Vault.create(path, PASSPHRASE, keychain=keychain)
    if remember:
        v.enable_keychain()
    v.close()
    return code


def make_session(tmp_path: Path, *, keychain: Keychain | None = None, demo: bool = False) -> Session:
    paths = Paths.resolve(tmp_path / "data")
    where = paths.demo_vault() if demo else paths.default_vault()
    return Session(where, demo=demo, keychain=keychain or Keychain(MemoryKeyring()), paths=paths)


def open_window(qtbot, session: Session, *, idle_ms: int | None = None, watch_screen: bool = False) -> MainWindow:
    ini = session.paths.config / "window.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    win = MainWindow(session, idle_ms=idle_ms, watch_screen=watch_screen, settings=settings)
    qtbot.addWidget(win, before_close_func=_before_close)
    win.show()
    win.start()
    return win


def _before_close(win: MainWindow) -> None:
    # A recovery code still on screen would make closing ask; tests never leave one.
    win.first_run.wipe()
    dialogs.reset()
    wait_for_all()


def unlock(qtbot, win: MainWindow, passphrase: str = PASSPHRASE) -> None:
    win.unlock_page.passphrase.setText(passphrase)
    win.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: win.states.currentWidget() is win.workspace, timeout=WAIT_MS)
