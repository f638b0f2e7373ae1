"""Shared fixtures. Every test runs with a temporary home, an in-memory keychain
and cheap key derivation; the officer's real keychain and home are never touched."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import keyring
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from environment import qt_problem  # noqa: E402
from keyrings import MemoryKeyring, OtherMemoryKeyring  # noqa: E402

import liaison.db  # noqa: E402,F401  (registers sqlcipher3 before sqlite_utils)
from liaison import keychain as _keychain  # noqa: E402
from liaison import keyslots  # noqa: E402
from liaison.keychain import Keychain  # noqa: E402
from liaison.vault import Vault  # noqa: E402

PASSPHRASE = "correct horse battery staple"
CHEAP_KDF = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"

# The in-memory stand-ins are trusted as if they were an OS keychain (exact classes only: the plaintext
# stand-in, a subclass, stays refused).
_keychain.TRUSTED_FOR_TESTS.update({MemoryKeyring, OtherMemoryKeyring})

# Before any test: keyring must never fall back to the real OS keychain.
keyring.set_keyring(MemoryKeyring())

# Where Qt cannot load (libraries missing), the UI tests are not collected; tests/test_environment.py reports
# one skip naming the Debian packages to install.
collect_ignore_glob = ["ui/*"] if qt_problem() else []

UI_FONT = "Noto Sans"
_fonts_loaded: list[str] = []


def load_shipped_fonts() -> list[str]:
    """Add every font under resources/fonts to Qt once and make Noto Sans the application font; returns the
    families. A fresh machine has no fonts (Qt then draws no text) and a developer's has its own: either way
    a UI test reading pixels or measuring text would depend on the machine. Arabic, Hebrew, Thai, Devanagari,
    Chinese and Korean fall back to the shipped faces."""
    if not _fonts_loaded:
        from PySide6.QtGui import QFontDatabase
        from PySide6.QtWidgets import QApplication

        from liaison import resources

        for path in sorted(resources.path("fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise RuntimeError(f"Qt could not load the shipped font {path}")
            _fonts_loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
        assert UI_FONT in _fonts_loaded, _fonts_loaded
        font = QApplication.font()
        font.setFamily(UI_FONT)
        QApplication.setFont(font)
    return list(_fonts_loaded)


@pytest.fixture(autouse=True)
def _shipped_fonts(request):
    """Every test that uses Qt (qtbot or qapp) runs with the shipped fonts only."""
    if {"qtbot", "qapp"} & set(request.fixturenames):
        request.getfixturevalue("qapp")
        load_shipped_fonts()


@pytest.fixture(autouse=True)
def _isolate(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    for var in ("LIAISON_VAULT", "LIAISON_DATA_DIR", "LIAISON_PASSPHRASE", "LIAISON_NEW_PASSPHRASE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(keyslots, "kdf_params", lambda: dict(CHEAP_KDF))
    yield


@pytest.fixture
def memory_keychain() -> Keychain:
    return Keychain(MemoryKeyring())


@pytest.fixture
def vault_path(tmp_path) -> Path:
    return tmp_path / "vault.liaison"


@pytest.fixture
def vault(vault_path, memory_keychain):
    v, _code = Vault.create(vault_path, PASSPHRASE, keychain=memory_keychain)
    yield v
    v.close()


@pytest.fixture
def multiscript() -> dict:
    import json

    path = SHARED / "fixtures" / "multiscript.json"
    if not path.exists():
        path = FIXTURES / "multiscript.json"
    return json.loads(path.read_text(encoding="utf-8"))
