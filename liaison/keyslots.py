"""Key slots: the vault's data key, wrapped several ways, in a sidecar file.

The database is encrypted with a random 256-bit data key. The sidecar
(``<vault>.keys``, JSON, owner-only, written atomically) holds that key wrapped
with AES-256-GCM under a key derived by Argon2id from the passphrase, and again
from the recovery code. The keychain slot holds no key material: it records that
the OS keychain keeps the data key, and which backend does. A short key
identifier (a hash of the data key under its own label) lets us tell a wrong key
from a damaged file without touching the database.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import KeySlotsMissing, VaultCorrupted, WeakPassphrase, WrongPassphrase, WrongRecoveryCode
from .fileutil import atomic_write

FORMAT = "liaison-keyslots"
FORMAT_VERSION = 1
MIN_PASSPHRASE_CHARS = 12
KEY_BYTES = 32

# Argon2id cost for new slots: 256 MiB and four passes take about half a second on
# a 2-core machine (measured: 0.47 s); 64 MiB is the floor the security review set.
DEFAULT_KDF: dict[str, int] = {"time_cost": 4, "memory_cost": 256 * 1024, "parallelism": 2}
MIN_MEMORY_KIB = 64 * 1024

# Crockford's base32: no I, L, O or U, so a handwritten code reads back unambiguously.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_CHARS = 32  # 160 bits
RECOVERY_GROUP = 4


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_id(data_key: bytes | bytearray) -> str:
    """A public fingerprint of the data key (not reversible, not a secret)."""
    return hashlib.sha256(b"liaison key id\x00" + bytes(data_key)).hexdigest()[:32]


def normalise_passphrase(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase)


def check_passphrase_strength(passphrase: str) -> None:
    if len(normalise_passphrase(passphrase)) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(
            f"The passphrase is too short: use at least {MIN_PASSPHRASE_CHARS} characters.",
            hint="A few unrelated words make a passphrase that is long and easy to remember.",
        )


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(RECOVERY_CHARS))
    return format_recovery_code(raw)


def format_recovery_code(code: str) -> str:
    raw = normalise_recovery_code(code)
    return "-".join(raw[i : i + RECOVERY_GROUP] for i in range(0, len(raw), RECOVERY_GROUP))


def normalise_recovery_code(code: str) -> str:
    """Accept the code as people write it: any case, spaces or dashes, and the
    letters O, I and L for the digits they look like."""
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\n")
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    return cleaned


def derive(secret: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params["time_cost"],
        memory_cost=params["memory_cost"],
        parallelism=params["parallelism"],
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


@dataclass
class Slot:
    kind: str  # "passphrase" | "recovery" | "keychain"
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, **self.data}


def _aad(vault_id: str, kind: str) -> bytes:
    return f"liaison/{vault_id}/{kind}".encode()


def wrap(secret: str, data_key: bytes | bytearray, vault_id: str, kind: str, kdf: dict[str, int]) -> Slot:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = derive(secret, salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad(vault_id, kind))
    return Slot(
        kind,
        {
            "kdf": {"name": "argon2id", **kdf, "salt": _b64(salt)},
            "cipher": "aes-256-gcm",
            "nonce": _b64(nonce),
            "wrapped_key": _b64(wrapped),
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
        },
    )


def unwrap(slot: Slot, secret: str, vault_id: str) -> bytearray | None:
    """The data key, or None when ``secret`` is not the one this slot was made with."""
    try:
        kdf = slot.data["kdf"]
        params = {k: int(kdf[k]) for k in ("time_cost", "memory_cost", "parallelism")}
        salt = _unb64(kdf["salt"])
        nonce = _unb64(slot.data["nonce"])
        wrapped = _unb64(slot.data["wrapped_key"])
    except (KeyError, ValueError, TypeError) as exc:
        raise VaultCorrupted(f"The {slot.kind} key slot is damaged.") from exc
    kek = derive(secret, salt, params)
    try:
        return bytearray(AESGCM(kek).decrypt(nonce, wrapped, _aad(vault_id, slot.kind)))
    except InvalidTag:
        return None


@dataclass
class KeySlots:
    """The sidecar's content. Nothing in it is secret on its own."""

    path: Path
    vault_id: str
    key_id: str
    slots: list[Slot]
    created: str

    # -- persistence -------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> "KeySlots":
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeySlotsMissing(
                f"The key-slot file {path.name} beside the vault is missing, so the vault cannot be unlocked.",
                hint="Restore it from the backup you took with the vault (liaison backup writes both files).",
            ) from exc
        try:
            doc = json.loads(raw)
            if doc.get("format") != FORMAT:
                raise ValueError("not a key-slot file")
            if int(doc.get("version", 0)) > FORMAT_VERSION:
                raise ValueError("written by a newer Liaison")
            slots = [Slot(s["type"], {k: v for k, v in s.items() if k != "type"}) for s in doc["slots"]]
            return cls(path, str(doc["vault_id"]), str(doc["key_id"]), slots, str(doc.get("created", "")))
        except (ValueError, KeyError, TypeError) as exc:
            raise VaultCorrupted(
                f"The key-slot file {path.name} is damaged ({exc}).",
                hint="Restore it from a backup.",
            ) from exc

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "key_id": self.key_id,
            "created": self.created,
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()

    def save(self, path: Path | None = None) -> None:
        atomic_write(Path(path or self.path), self.to_bytes())

    # -- slots -------------------------------------------------------------------
    def get(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def put(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if s.kind != slot.kind] + [slot]

    def remove(self, kind: str) -> None:
        self.slots = [s for s in self.slots if s.kind != kind]

    def kinds(self) -> list[str]:
        return [s.kind for s in self.slots]

    def unlock_with_passphrase(self, passphrase: str) -> bytearray:
        slot = self.get("passphrase")
        if slot is None:
            raise WrongPassphrase("This vault has no passphrase slot.", hint="Unlock it with the recovery code.")
        key = unwrap(slot, normalise_passphrase(passphrase), self.vault_id)
        if key is None:
            raise WrongPassphrase(
                "Wrong passphrase.",
                hint="Check the keyboard layout and Caps Lock, or unlock with the recovery code.",
            )
        self._check(key)
        return key

    def unlock_with_recovery_code(self, code: str) -> bytearray:
        slot = self.get("recovery")
        if slot is None:
            raise WrongRecoveryCode("This vault has no recovery code.")
        key = unwrap(slot, normalise_recovery_code(code), self.vault_id)
        if key is None:
            raise WrongRecoveryCode(
                "That recovery code does not unlock this vault.",
                hint="Check each group against what you wrote down (O/0 and I/1 are treated alike).",
            )
        self._check(key)
        return key

    def _check(self, key: bytearray) -> None:
        if key_id(key) != self.key_id:
            raise VaultCorrupted("The key-slot file is inconsistent: a slot holds a key of another vault.")


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def wipe(buf: bytearray | None) -> None:
    """Overwrite a key buffer we own. (Python may have made copies elsewhere;
    this drops the one we hold.)"""
    if buf is not None:
        for i in range(len(buf)):
            buf[i] = 0


def kdf_params() -> dict[str, int]:
    """Argon2id parameters for new slots (tests replace this function to go fast)."""
    return dict(DEFAULT_KDF)
