"""Keychain backends for tests: never the officer's real keychain."""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keychain that forgets everything when the test ends."""

    priority = 1
    name = "Test memory keychain"

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.store[(service, username)]


class OtherMemoryKeyring(MemoryKeyring):
    name = "Another test keychain"


class LockedKeyring(MemoryKeyring):
    name = "Test locked keychain"

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("the collection is locked")

    def delete_password(self, service, username):
        raise keyring.errors.KeyringLocked("the collection is locked")


class FailingKeyring(MemoryKeyring):
    name = "Test failing keychain"

    def get_password(self, service, username):
        raise keyring.errors.KeyringError("D-Bus connection refused")

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringError("D-Bus connection refused")


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's file backends, which Liaison must refuse."""

    name = "Plaintext file (test stand-in)"


PlaintextKeyring.__module__ = "keyrings.alt.file"
