"""The OS keychain, through ``keyring``, used only when it is really there.

The keychain is probed once per :class:`Keychain`. A missing, locked, failing or
insecure keychain is *unavailable*: callers say so plainly and fall back to the
passphrase. We never install a backend, and only the backends that keep secrets in
the operating system's protected store are accepted (an allow-list, not a list of
known bad ones: any other backend, a ``keyrings.alt`` file or a plugin that writes
a JSON file, would put the data key in clear in the home folder): Secret Service
(GNOME Keyring, KeePassXC, through D-Bus or libsecret), KWallet, the macOS
Keychain and the Windows Credential Locker. Anything else is refused by its name.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from .errors import KeychainKeyMismatch, KeychainUnavailable

SERVICE = "Liaison vault"

# The backends (module and class) that keep secrets in the operating system's protected store.
ALLOWED_BACKENDS = frozenset((
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
))
# Backends that mean "no keychain here" rather than a refused one.
_ABSENT = ("keyring.backends.fail.", "keyring.backends.null.")
# Classes a test suite trusts exactly (in-memory stand-ins); never set outside tests.
TRUSTED_FOR_TESTS: set[type] = set()


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def backend_label(backend: KeyringBackend) -> str:
    """A human name: "SecretService Keyring", "macOS Keyring", ..."""
    name = getattr(backend, "name", None)
    return str(name) if name else type(backend).__qualname__


def _is_refused(backend: KeyringBackend) -> str | None:
    name = backend_name(backend)
    if name.startswith(_ABSENT):
        return "no keychain was found on this system"
    children = getattr(backend, "backends", None)
    if children is not None:  # keyring's ChainerBackend: every backend it may use must be allowed
        children = list(children)
        if not children:
            return "no keychain was found on this system"
        for child in children:
            reason = _is_refused(child)
            if reason is not None and not backend_name(child).startswith(_ABSENT):
                return f"the keyring configuration chains a backend that is refused ({reason})"
        if all(backend_name(c).startswith(_ABSENT) for c in children):
            return "no keychain was found on this system"
        return None
    if name in ALLOWED_BACKENDS or type(backend) in TRUSTED_FOR_TESTS:
        return None
    return (f"the keyring backend {backend_label(backend)} ({name}) does not keep secrets in the system's "
            "protected store (only Secret Service, KWallet, the macOS Keychain and the Windows Credential Locker "
            "are accepted); it may store them in a plain file, so it is refused")


@dataclass
class KeychainStatus:
    available: bool
    backend: str
    label: str
    reason: str = ""


class Keychain:
    """One keychain backend, checked once. ``backend=None`` takes keyring's choice."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        try:
            self.backend = backend if backend is not None else keyring.get_keyring()
        except Exception as exc:  # keyring's own initialisation can fail in many ways
            self.backend = None
            self._status = KeychainStatus(False, "", "none", f"the keychain could not be loaded ({exc})")
            return
        reason = _is_refused(self.backend)
        self._status = KeychainStatus(
            reason is None, backend_name(self.backend), backend_label(self.backend), reason or ""
        )

    @property
    def status(self) -> KeychainStatus:
        return self._status

    @property
    def available(self) -> bool:
        return self._status.available

    def _require(self) -> KeyringBackend:
        if not self._status.available or self.backend is None:
            raise KeychainUnavailable(
                f"The OS keychain is unavailable: {self._status.reason}.",
                hint="Use the passphrase instead.",
            )
        return self.backend

    def _call(self, what: str, fn, *args):
        backend = self._require()
        try:
            return fn(backend, *args)
        except keyring.errors.KeyringLocked as exc:
            raise KeychainUnavailable(
                f"The OS keychain ({backend_label(backend)}) is locked, so it could not {what}.",
                hint="Unlock your keychain, or use the passphrase.",
            ) from exc
        except (keyring.errors.KeyringError, OSError, RuntimeError, ValueError) as exc:
            raise KeychainUnavailable(
                f"The OS keychain ({backend_label(backend)}) failed to {what}: {exc}.",
                hint="Use the passphrase instead.",
            ) from exc
        except Exception as exc:  # D-Bus and platform errors have no common base
            raise KeychainUnavailable(
                f"The OS keychain ({backend_label(backend)}) failed to {what} ({type(exc).__name__}: {exc}).",
                hint="Use the passphrase instead.",
            ) from exc

    def store(self, vault_id: str, data_key: bytes | bytearray) -> None:
        secret = base64.b64encode(bytes(data_key)).decode("ascii")
        self._call("store the vault key", lambda b: b.set_password(SERVICE, vault_id, secret))

    def fetch(self, vault_id: str) -> bytearray | None:
        secret = self._call("read the vault key", lambda b: b.get_password(SERVICE, vault_id))
        if secret is None:
            return None
        try:
            key = bytearray(base64.b64decode(secret.encode("ascii"), validate=True))
        except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
            raise KeychainKeyMismatch(
                "The OS keychain holds an entry for this vault that is not a Liaison key.",
                hint="Unlock with the passphrase, then turn the keychain off and on again to replace it.",
            ) from exc
        if len(key) != 32:
            raise KeychainKeyMismatch(
                "The OS keychain holds an entry for this vault that is not a Liaison key.",
                hint="Unlock with the passphrase, then turn the keychain off and on again to replace it.",
            )
        return key

    def delete(self, vault_id: str) -> None:
        def _delete(b):
            try:
                b.delete_password(SERVICE, vault_id)
            except keyring.errors.PasswordDeleteError:
                pass  # already gone: the goal is reached

        self._call("remove the vault key", _delete)
