"""Keychain backends for tests: never the officer's real keychain.

``MemoryKeyring`` can be switched into a locked or failing state, so that the
same backend (as Liaison records it in the key slot) can be seen working, then
locked, then broken.
"""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keychain that forgets everything when the test ends."""

    priority = 1
    name = "Test memory keychain"

    def __init__(self, mode: str = "ok") -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.mode = mode

    def _check(self) -> None:
        if self.mode == "locked":
            raise keyring.errors.KeyringLocked("the collection is locked")
        if self.mode == "failing":
            raise keyring.errors.KeyringError("D-Bus connection refused")

    def get_password(self, service, username):
        self._check()
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self._check()
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self._check()
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.store[(service, username)]


def LockedKeyring() -> MemoryKeyring:  # noqa: N802 - reads like a class at call sites
    return MemoryKeyring("locked")


def FailingKeyring() -> MemoryKeyring:  # noqa: N802
    return MemoryKeyring("failing")


class OtherMemoryKeyring(MemoryKeyring):
    name = "Another test keychain"


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's file backends, which Liaison must refuse."""

    name = "Plaintext file (test stand-in)"


PlaintextKeyring.__module__ = "keyrings.alt.file"
