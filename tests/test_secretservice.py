"""One round trip through a real Secret Service: Debian's gnome-keyring in a
private D-Bus session with its own temporary home, so that the path officers on
Linux will use is exercised (and the officer's own keychain is never touched)."""

from __future__ import annotations

import os
import subprocess
import time

import pytest
from conftest import PASSPHRASE
from environment import install_hint, missing, require

from liaison.errors import KeychainUnavailable
from liaison.keychain import Keychain
from liaison.vault import Vault

pytestmark = pytest.mark.secretservice


def _need(tool: str) -> None:
    absent = missing(tool)
    if absent and os.environ.get("CI"):  # CI installs every package: a missing one is a broken CI
        pytest.fail(install_hint(absent))
    require(tool)


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    _need("dbus-daemon")
    _need("gnome-keyring-daemon")
    home = tmp_path / "ss-home"
    runtime = tmp_path / "ss-run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--nopidfile", "--print-address=1", "--print-pid=1"],
        capture_output=True, text=True, env=env, timeout=30, check=True,
    )
    address, pid = bus.stdout.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    # --unlock reads the password on stdin, creates and unlocks the login keyring,
    # then daemonises; the daemon leaves with the bus it was started on.
    subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=b"keyring password for the test", capture_output=True, env=env, timeout=30, check=True,
    )
    for var in ("HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.setenv(var, env[var])
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    deadline = time.monotonic() + 20
    while True:  # wait until the daemon owns its bus name and has a default collection
        try:
            backend.set_password("liaison-test-probe", "probe", "ready")
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    try:
        yield backend
    finally:
        os.kill(int(pid), 15)  # gnome-keyring-daemon exits with its session bus


def test_real_secret_service_round_trip(secret_service, vault_path):
    kc = Keychain(secret_service)
    assert kc.available, kc.status.reason
    v, _ = Vault.create(vault_path, PASSPHRASE, use_keychain=True, keychain=kc)
    v.db["notes"].insert({"text": "kept in the vault"})
    vault_id = v.id
    v.close()

    # Opened without a passphrase, the key coming from gnome-keyring.
    with Vault.open(vault_path, keychain=Keychain(secret_service)) as v:
        assert v.unlocked_by.method == "keychain"
        assert "SecretService" in v.unlocked_by.keychain_backend or v.unlocked_by.keychain_backend
        assert v.db["notes"].get(1)["text"] == "kept in the vault"
        # The secret really is in the Secret Service, under the vault's id.
        assert secret_service.get_password("Liaison vault", vault_id)
        v.disable_keychain()
    assert secret_service.get_password("Liaison vault", vault_id) is None


def test_secret_service_gone_is_unavailable(secret_service, vault_path, monkeypatch):
    v, _ = Vault.create(vault_path, PASSPHRASE, use_keychain=True, keychain=Keychain(secret_service))
    v.close()
    # The session bus disappears (daemon stopped, logged out...).
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    from keyring.backends import SecretService

    with pytest.raises(KeychainUnavailable) as err:
        Vault.open(vault_path, keychain=Keychain(SecretService.Keyring()))
    assert "passphrase" in str(err.value)
    Vault.open(vault_path, PASSPHRASE, keychain=Keychain(SecretService.Keyring())).close()
