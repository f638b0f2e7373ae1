"""The officer's age identity: an X25519 key pair for receiving bundles.

The secret key lives in the vault (table ``bundle_identity``, inside the encrypted
database), and also in the OS keychain when the vault keeps its key there, so that it survives a
vault restored from an older backup. The public key (``age1...``) is what
colleagues and partners encrypt bundles to; ``liaison identity`` prints it.
"""

from __future__ import annotations

import contextlib

import pyrage

from ..errors import KeychainUnavailable, LiaisonError
from ..timeutil import utcnow_iso

KEYCHAIN_SERVICE = "Liaison bundle identity"


def _parse(secret: str) -> pyrage.x25519.Identity:
    try:
        return pyrage.x25519.Identity.from_str(secret)
    except (pyrage.IdentityError, ValueError) as exc:
        raise LiaisonError(
            "The bundle identity kept in this vault is damaged.",
            hint="Restore the vault from a backup; bundles sent to this key cannot be opened without it.",
        ) from exc


def get_identity(vault, *, create: bool = True) -> pyrage.x25519.Identity | None:
    """The vault's identity, made (and audited) on first use when ``create``.
    With ``create=False`` nothing is written (for inspecting and dry runs)."""
    secret = stored_secret(vault)
    if secret:
        return _parse(str(secret))
    kept = _from_keychain(vault)
    if kept is not None:  # e.g. a vault restored from a backup older than the identity
        ident = _parse(kept)
        if not create:
            return ident
        with vault.transaction():
            _store(vault, ident)
            vault.audit.log("alter", "identity", None,
                            summary=f"bundle identity restored from the OS keychain ({ident.to_public()})")
        return ident
    if not create:
        return None
    ident = pyrage.x25519.Identity.generate()
    with vault.transaction():
        _store(vault, ident)
        vault.audit.log("create", "identity", None, summary=f"bundle identity created ({ident.to_public()})")
    _remember_in_keychain(vault, str(ident))
    return ident


def stored_secret(vault) -> str | None:
    row = vault.db.execute("SELECT secret_key FROM bundle_identity WHERE id = 'officer'").fetchone()
    return row[0] if row else None


def _store(vault, ident: pyrage.x25519.Identity) -> None:
    now = utcnow_iso()
    vault.db.execute(
        "INSERT INTO bundle_identity (id, secret_key, public_key, created_at, updated_at) "
        "VALUES ('officer', ?, ?, ?, ?)", (str(ident), str(ident.to_public()), now, now))


def public_key(vault) -> str:
    """The ``age1...`` public key colleagues encrypt bundles to."""
    ident = get_identity(vault)
    assert ident is not None
    return str(ident.to_public())


def _from_keychain(vault) -> str | None:
    if vault.keyslots.get("keychain") is None:
        return None
    try:
        secret = vault.keychain._call("read the bundle identity",
                                      lambda b: b.get_password(KEYCHAIN_SERVICE, vault.id))
    except KeychainUnavailable:
        return None
    return secret if secret and secret.startswith("AGE-SECRET-KEY-1") else None


def _remember_in_keychain(vault, secret: str) -> None:
    """A second copy in the keychain when the vault already uses one; a keychain
    that fails is not an error (the vault's copy is authoritative)."""
    if vault.keyslots.get("keychain") is None:
        return
    with contextlib.suppress(KeychainUnavailable):
        kc = vault.keychain
        kc._call("store the bundle identity", lambda b: b.set_password(KEYCHAIN_SERVICE, vault.id, secret))
