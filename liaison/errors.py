"""Domain errors: everything a user can meet, under one base class.

Each error carries a message a person can act on. Driver exceptions (sqlcipher3,
keyring, cryptography) are translated into these before they leave the core.
"""

from __future__ import annotations


class LiaisonError(Exception):
    """Base of every error the user may see. ``exit_code`` is used by the CLI."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} {self.hint}"
        return self.message


class VaultError(LiaisonError):
    """A problem with the vault file or its keys."""


class VaultNotFound(VaultError):
    exit_code = 3


class VaultExists(VaultError):
    exit_code = 3


class WrongPassphrase(VaultError):
    exit_code = 4


class WrongRecoveryCode(VaultError):
    exit_code = 4


class PassphraseRequired(VaultError):
    exit_code = 4


class WeakPassphrase(VaultError):
    exit_code = 2


class VaultCorrupted(VaultError):
    exit_code = 5


class KeySlotsMissing(VaultError):
    exit_code = 5


class VaultInUse(VaultError):
    exit_code = 6


class VaultLocked(VaultError):
    exit_code = 7


class VaultTooNew(VaultError):
    exit_code = 8


class KeychainUnavailable(VaultError):
    """The OS keychain cannot be used: missing, locked, failing or insecure."""

    exit_code = 9


class KeychainKeyMismatch(KeychainUnavailable):
    """The keychain answered, but with a key that does not belong to this vault."""


class MigrationFailed(VaultError):
    exit_code = 5


class DiskFull(LiaisonError):
    """A write that did not fit on the disk (or under a file-size limit). The vault is not damaged:
    the write was refused whole. ``needed`` and ``free`` are in bytes (``free`` None when unknown)."""

    exit_code = 11

    def __init__(self, message: str, *, hint: str | None = None, needed: int = 0, free: int | None = None) -> None:
        super().__init__(message, hint=hint)
        self.needed = needed
        self.free = free


class ValidationError(LiaisonError):
    """Input that breaks a rule. ``field`` names the offending field when there is one."""

    exit_code = 2

    def __init__(self, message: str, *, field: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.field = field


class NotFound(LiaisonError):
    exit_code = 3


class Conflict(LiaisonError):
    exit_code = 10


class UsageError(LiaisonError):
    exit_code = 2
