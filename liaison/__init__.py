"""Liaison core: the encrypted vault and everything kept in it. Never imports Qt."""

from .errors import (
    KeychainUnavailable,
    LiaisonError,
    PassphraseRequired,
    ValidationError,
    VaultCorrupted,
    VaultInUse,
    VaultLocked,
    VaultTooNew,
    WrongPassphrase,
)
from .vault import Vault

__version__ = "0.1.0"

__all__ = [
    "KeychainUnavailable",
    "LiaisonError",
    "PassphraseRequired",
    "ValidationError",
    "Vault",
    "VaultCorrupted",
    "VaultInUse",
    "VaultLocked",
    "VaultTooNew",
    "WrongPassphrase",
    "__version__",
]
