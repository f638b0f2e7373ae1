"""The OS keychain slot, with test backends: present, absent, locked, failing,
holding a wrong key, changed backend, and refused plaintext backends."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE
from keyrings import FailingKeyring, LockedKeyring, MemoryKeyring, OtherMemoryKeyring, PlaintextKeyring

from liaison.errors import KeychainKeyMismatch, KeychainUnavailable, PassphraseRequired, WrongPassphrase
from liaison.keychain import SERVICE, Keychain
from liaison.vault import Vault


def make(vault_path, backend):
    v, code = Vault.create(vault_path, PASSPHRASE, use_keychain=True, keychain=Keychain(backend))
    v.close()
    return code


def test_keychain_round_trip_opens_without_passphrase(vault_path):
    backend = MemoryKeyring()
    make(vault_path, backend)
    with Vault.open(vault_path, keychain=Keychain(backend)) as v:
        assert v.unlocked_by.method == "keychain"
        assert v.unlocked_by.keychain_backend == "Test memory keychain"
        slot = v.keyslots.get("keychain")
        assert slot.data["label"] == "Test memory keychain"
        assert "wrapped_key" not in slot.data  # the sidecar holds no key for this slot


def test_passphrase_still_works_with_keychain_on(vault_path):
    backend = MemoryKeyring()
    make(vault_path, backend)
    with Vault.open(vault_path, PASSPHRASE, keychain=Keychain(backend)) as v:
        assert v.unlocked_by.method == "passphrase"


def test_keychain_absent(vault_path):
    from keyring.backends.fail import Keyring as NoKeyring

    kc = Keychain(NoKeyring())
    assert not kc.available
    assert "no keychain" in kc.status.reason
    with pytest.raises(KeychainUnavailable) as err:
        Vault.create(vault_path, PASSPHRASE, use_keychain=True, keychain=kc)
    assert "unavailable" in str(err.value)
    assert not vault_path.exists()  # creation is all or nothing


def test_keychain_locked_is_not_blamed_on_passphrase(vault_path):
    backend = MemoryKeyring()
    make(vault_path, backend)
    backend.mode = "locked"
    locked = backend
    with pytest.raises(KeychainUnavailable) as err:
        Vault.open(vault_path, keychain=Keychain(locked))
    assert not isinstance(err.value, WrongPassphrase)
    assert "is locked" in str(err.value)
    assert "passphrase" in str(err.value)  # says what to do instead
    # and the passphrase path still works
    Vault.open(vault_path, PASSPHRASE, keychain=Keychain(locked)).close()


def test_keychain_failing(vault_path):
    backend = MemoryKeyring()
    make(vault_path, backend)
    backend.mode = "failing"
    with pytest.raises(KeychainUnavailable) as err:
        Vault.open(vault_path, keychain=Keychain(backend))
    assert "failed" in str(err.value) and "D-Bus connection refused" in str(err.value)
    assert FailingKeyring().mode == "failing"


def test_keychain_holding_wrong_key(vault_path):
    backend = MemoryKeyring()
    v, _ = Vault.create(vault_path, PASSPHRASE, use_keychain=True, keychain=Keychain(backend))
    vault_id = v.id
    v.close()
    import base64
    import os

    backend.store[(SERVICE, vault_id)] = base64.b64encode(os.urandom(32)).decode()
    with pytest.raises(KeychainKeyMismatch) as err:
        Vault.open(vault_path, keychain=Keychain(backend))
    assert "does not open this vault" in str(err.value)
    backend.store[(SERVICE, vault_id)] = "not base64 at all!"
    with pytest.raises(KeychainKeyMismatch):
        Vault.open(vault_path, keychain=Keychain(backend))


def test_keychain_entry_missing(vault_path):
    backend = MemoryKeyring()
    make(vault_path, backend)
    backend.store.clear()
    with pytest.raises(KeychainUnavailable) as err:
        Vault.open(vault_path, keychain=Keychain(backend))
    assert "no longer holds" in str(err.value)


def test_changed_backend_is_named(vault_path):
    make(vault_path, MemoryKeyring())
    with pytest.raises(KeychainUnavailable) as err:
        Vault.open(vault_path, keychain=Keychain(OtherMemoryKeyring()))
    msg = str(err.value)
    assert "Test memory keychain" in msg and "Another test keychain" in msg


def test_plaintext_backend_is_refused(vault_path):
    kc = Keychain(PlaintextKeyring())
    assert not kc.available
    assert "plain file" in kc.status.reason and "keyrings.alt.file.PlaintextKeyring" in kc.status.reason
    v, _ = Vault.create(vault_path, PASSPHRASE, keychain=kc)
    with pytest.raises(KeychainUnavailable):
        v.enable_keychain()
    assert v.keyslots.get("keychain") is None
    v.close()


def test_chainer_with_plaintext_is_refused():
    from keyring.backends.chainer import ChainerBackend

    class Chain(ChainerBackend):
        def __init__(self, backends):
            self._b = backends

        @property
        def backends(self):
            return self._b

    assert not Keychain(Chain([MemoryKeyring(), PlaintextKeyring()])).available
    assert not Keychain(Chain([])).available
    assert Keychain(Chain([MemoryKeyring()])).available


def test_keychain_off_removes_key_and_slot(vault_path):
    backend = MemoryKeyring()
    make(vault_path, backend)
    with Vault.open(vault_path, PASSPHRASE, keychain=Keychain(backend)) as v:
        assert v.disable_keychain() is None
        assert v.keyslots.get("keychain") is None
    assert backend.store == {}
    with pytest.raises(PassphraseRequired):
        Vault.open(vault_path, keychain=Keychain(backend))


def test_keychain_off_while_keychain_unreachable_warns(vault_path):
    backend = MemoryKeyring()
    make(vault_path, backend)
    backend.mode = "locked"
    assert LockedKeyring().mode == "locked"
    with Vault.open(vault_path, PASSPHRASE, keychain=Keychain(backend)) as v:
        warning = v.disable_keychain()
        assert warning and "by hand" in warning
        assert v.keyslots.get("keychain") is None


def test_rekey_updates_keychain(vault_path):
    backend = MemoryKeyring()
    make(vault_path, backend)
    with Vault.open(vault_path, PASSPHRASE, keychain=Keychain(backend)) as v:
        v.rekey(PASSPHRASE)
    with Vault.open(vault_path, keychain=Keychain(backend)) as v:
        assert v.unlocked_by.method == "keychain"


def test_default_keychain_never_the_real_one():
    """Tests run with keyring pointed at an in-memory backend (conftest)."""
    import keyring

    assert isinstance(keyring.get_keyring(), MemoryKeyring)


def test_a_backend_not_on_the_allow_list_is_refused_by_name(vault_path):
    """A plugin that writes secrets to a JSON file (not keyrings.alt, so no list of bad names catches it)."""
    import json

    class JsonFileKeyring(MemoryKeyring):
        name = "JSON file keyring"

        def set_password(self, service, username, password):
            (vault_path.parent / "secrets.json").write_text(json.dumps({username: password}))

    JsonFileKeyring.__module__ = "keyrings_jsonfile.backend"
    kc = Keychain(JsonFileKeyring())
    assert not kc.available
    assert "keyrings_jsonfile.backend" in kc.status.reason and "JSON file keyring" in kc.status.reason
    v, _ = Vault.create(vault_path, PASSPHRASE, keychain=kc)
    with pytest.raises(KeychainUnavailable):
        v.enable_keychain()
    v.close()
    assert not (vault_path.parent / "secrets.json").exists()


def test_the_os_backends_are_allowed():
    from liaison.keychain import ALLOWED_BACKENDS

    assert {"keyring.backends.SecretService.Keyring", "keyring.backends.kwallet.DBusKeyring",
            "keyring.backends.macOS.Keyring", "keyring.backends.Windows.WinVaultKeyring"} <= ALLOWED_BACKENDS
