"""Shared by the Cases and Persons page tests: one demo vault built per module,
copied for each test, opened in a real main window with the page installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CHEAP_KDF, PASSPHRASE
from keyrings import MemoryKeyring
from shell_helpers import make_session, open_window, unlock

from liaison import demo, keyslots
from liaison.keychain import Keychain
from liaison.vault import Vault, copy_vault_files


def build_demo_vault(folder: Path) -> Path:
    """A closed demo vault (fictional data) at ``folder/demo.liaison``."""
    path = folder / "demo.liaison"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "kdf_params", lambda: dict(CHEAP_KDF))
        v, _code = Vault.create(path, PASSPHRASE, keychain=Keychain(MemoryKeyring()))
        demo.populate(v)
        v.close()
    return path


def open_copy(qtbot, tmp_path: Path, source: Path):
    """A main window unlocked on a copy of ``source``."""
    session = make_session(tmp_path)
    target = session.vault_path
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_vault_files(source, target)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    return win
