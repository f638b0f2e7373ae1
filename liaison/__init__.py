"""Liaison core: the encrypted vault and everything kept in it. Never imports Qt.

The version lives here and only here (``pyproject.toml`` reads it). The names below are loaded on first use,
so that ``import liaison`` (``liaison --version``) costs nothing."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "KeychainUnavailable": ".errors",
    "LiaisonError": ".errors",
    "PassphraseRequired": ".errors",
    "ValidationError": ".errors",
    "VaultCorrupted": ".errors",
    "VaultInUse": ".errors",
    "VaultLocked": ".errors",
    "VaultTooNew": ".errors",
    "WrongPassphrase": ".errors",
    "Vault": ".vault",
}

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

if TYPE_CHECKING:  # pragma: no cover
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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'liaison' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
