"""Key slots: the vault's data key, wrapped several ways, in a sidecar file.

The database is encrypted with a random 256-bit data key. The sidecar
(``<vault>.keys``, JSON, owner-only, written atomically) holds that key wrapped
with AES-256-GCM under a key derived by Argon2id from the passphrase, and again
from the recovery code. The keychain slot holds no key material: it records that
the OS keychain keeps the data key, and which backend does. A short key
identifier (a hash of the data key under its own label) lets us tell a wrong key
from a damaged file without touching the database.

Key changes are two-phase, so that a crash at any moment leaves a secret the officer holds working: the
new slot is first added as *pending* beside the old one (both open the vault), the change is audited,
and only then is it *confirmed* (the old slot dropped). A rekey adds a *bridge*: the new data key
wrapped under the old one, so that the old passphrase and recovery code still reach the new key until
the new recovery code has been shown and the change confirmed. Each slot names the data key it wraps
(``key_id``) and, while pending, the change it belongs to (``change``).

The file is read by :mod:`liaison.strictread` against a schema: a slot of the wrong shape, a nonce of
the wrong length or an Argon2id cost outside the bounds below is refused before any key derivation.
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

from . import strictread as sr
from .errors import KeySlotsMissing, VaultCorrupted, WeakPassphrase, WrongPassphrase, WrongRecoveryCode
from .fileutil import replace_file

FORMAT = "liaison-keyslots"
FORMAT_VERSION = 2
MIN_PASSPHRASE_CHARS = 12
KEY_BYTES = 32

# Argon2id cost for new slots: 256 MiB and four passes take about half a second on
# a 2-core machine (measured: 0.47 s); 64 MiB is the floor the security review set.
DEFAULT_KDF: dict[str, int] = {"time_cost": 4, "memory_cost": 256 * 1024, "parallelism": 2}
MIN_MEMORY_KIB = 64 * 1024

# What a slot read from disk may ask of Argon2id. The file is not authenticated (it cannot be: it holds
# what unlocks the key), so whoever can write it could otherwise make every unlock allocate terabytes or
# run for hours, or pass argon2 a cost it refuses with a traceback. 2 GiB and 32 passes are eight times
# the default cost; together at most 8 GiB-passes (about 4 s here, against 0.5 s for the default).
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_TIME_COST = 32
MAX_PARALLELISM = 16
MAX_WORK_KIB_PASSES = 8 * 1024 * 1024
MAX_SLOTS = 16
MAX_KEYSLOT_FILE_BYTES = 256 * 1024

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
    kind: str  # "passphrase" | "recovery" | "keychain" | "bridge"
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, **self.data}

    @property
    def state(self) -> str:
        return str(self.data.get("state") or "active")

    @property
    def change(self) -> str | None:
        return self.data.get("change")

    @property
    def key_id(self) -> str | None:
        return self.data.get("key_id")


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
            "key_id": key_id(data_key),
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
        },
    )


def bridge(old_key: bytes | bytearray, new_key: bytes | bytearray, vault_id: str, change: str) -> Slot:
    """The new data key wrapped under the old one (a rekey): whoever opens the old key reaches the new."""
    nonce = secrets.token_bytes(12)
    from_id = key_id(old_key)
    wrapped = AESGCM(bytes(old_key)).encrypt(nonce, bytes(new_key), _aad(vault_id, f"bridge/{from_id}"))
    return Slot("bridge", {"from_key_id": from_id, "key_id": key_id(new_key), "cipher": "aes-256-gcm",
                           "nonce": _b64(nonce), "wrapped_key": _b64(wrapped), "state": "pending",
                           "change": change, "created": datetime.now(UTC).isoformat(timespec="seconds")})


def unwrap(slot: Slot, secret: str, vault_id: str) -> bytearray | None:
    """The data key, or None when ``secret`` is not the one this slot was made with. (The slot's shape and
    costs were checked when the file was read.)"""
    try:
        kdf = slot.data["kdf"]
        params = {k: int(kdf[k]) for k in ("time_cost", "memory_cost", "parallelism")}
        salt = _unb64(kdf["salt"])
        nonce = _unb64(slot.data["nonce"])
        wrapped = _unb64(slot.data["wrapped_key"])
    except (KeyError, ValueError, TypeError) as exc:
        raise VaultCorrupted(f"The {slot.kind} key slot is damaged.") from exc
    problem = _kdf_problem(params)
    if problem:
        raise VaultCorrupted(f"The {slot.kind} key slot is damaged: {problem}.", hint="Restore it from a backup.")
    kek = derive(secret, salt, params)
    try:
        return bytearray(AESGCM(kek).decrypt(nonce, wrapped, _aad(vault_id, slot.kind)))
    except InvalidTag:
        return None


def _kdf_problem(kdf: dict[str, Any]) -> str | None:
    t, m, p = kdf.get("time_cost"), kdf.get("memory_cost"), kdf.get("parallelism")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (t, m, p)):
        return "its Argon2id costs are not whole numbers"
    if not 1 <= p <= MAX_PARALLELISM:
        return f"Argon2id parallelism {p} is outside 1 to {MAX_PARALLELISM}"
    if not 1 <= t <= MAX_TIME_COST:
        return f"Argon2id time cost {t} is outside 1 to {MAX_TIME_COST}"
    if not 8 * p <= m <= MAX_MEMORY_KIB:
        return f"Argon2id memory {m:,} KiB is outside {8 * p} to {MAX_MEMORY_KIB:,} KiB"
    if m * t > MAX_WORK_KIB_PASSES:
        return f"Argon2id work {m:,} KiB x {t} passes is over the limit of {MAX_WORK_KIB_PASSES:,}"
    return None


_KEY_ID = r"^[0-9a-f]{32}$"
_STAMP = sr.Str(max_len=64)
_CHANGE = sr.Str(max_len=64, pattern=r"^[0-9A-Za-z_-]{1,64}$")
_KDF = sr.Where(sr.Dict({
    "name": sr.Const("argon2id"),
    "time_cost": sr.Int(0, 1 << 62), "memory_cost": sr.Int(0, 1 << 62), "parallelism": sr.Int(0, 1 << 62),
    "salt": sr.B64(8, 64),
}), lambda kdf: _kdf_problem(kdf))
_COMMON = {"created": _STAMP, "state": sr.Str(choices=("active", "pending")), "change": _CHANGE,
           "key_id": sr.Str(pattern=_KEY_ID)}
_WRAPPED = sr.Dict({
    "type": sr.Str(choices=("passphrase", "recovery")), "kdf": _KDF, "cipher": sr.Const("aes-256-gcm"),
    "nonce": sr.B64(12, 12), "wrapped_key": sr.B64(KEY_BYTES + 16, KEY_BYTES + 16), **_COMMON,
}, optional=("created", "state", "change", "key_id"))
SLOT_SCHEMA = sr.OneOf("type", {
    "passphrase": _WRAPPED,
    "recovery": _WRAPPED,
    "keychain": sr.Dict({"type": sr.Const("keychain"), "backend": sr.Str(max_len=300),
                         "label": sr.Str(max_len=300), **_COMMON},
                        optional=("backend", "label", "created", "state", "change", "key_id")),
    "bridge": sr.Dict({"type": sr.Const("bridge"), "from_key_id": sr.Str(pattern=_KEY_ID), "cipher":
                       sr.Const("aes-256-gcm"), "nonce": sr.B64(12, 12),
                       "wrapped_key": sr.B64(KEY_BYTES + 16, KEY_BYTES + 16), **_COMMON},
                      optional=("created", "state", "change")),
})
FILE_SCHEMA = sr.Dict({
    "format": sr.Const(FORMAT),
    "version": sr.Int(1, 1 << 31),
    "vault_id": sr.Str(max_len=64, pattern=r"^[0-9A-Za-z-]{1,64}$"),
    "key_id": sr.Str(pattern=_KEY_ID),
    "created": _STAMP,
    "slots": sr.List(SLOT_SCHEMA, max_items=MAX_SLOTS),
    "rekey": sr.Dict({"change": _CHANGE, "to": sr.Str(pattern=_KEY_ID)}),
}, optional=("created", "rekey"))


@dataclass
class KeySlots:
    """The sidecar's content. Nothing in it is secret on its own."""

    path: Path
    vault_id: str
    key_id: str
    slots: list[Slot]
    created: str
    rekey: dict[str, str] | None = None  # a rekey under way: {"change", "to": new key id}

    # -- persistence -------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> "KeySlots":
        path = Path(path)
        try:
            raw = sr.read_bytes(path, what="key-slot file", max_bytes=MAX_KEYSLOT_FILE_BYTES)
        except sr.FileRefused as exc:
            if exc.problem == "missing":
                raise KeySlotsMissing(
                    f"The key-slot file {path.name} beside the vault is missing, so the vault cannot be unlocked.",
                    hint="Restore it from the backup you took with the vault (liaison backup writes both files).",
                ) from None
            raise VaultCorrupted(f"The key-slot file {path.name} cannot be used: {exc.message}",
                                 hint="Restore it from a backup; nothing was changed.") from None
        return cls.from_bytes(raw, path)

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> "KeySlots":
        try:
            peek = sr.parse_json(raw, what="key-slot file", source=path.name)
            if isinstance(peek, dict) and isinstance(peek.get("version"), int) and peek["version"] > FORMAT_VERSION \
                    and peek.get("format") == FORMAT:
                raise sr.FileRefused(f"The key-slot file {path.name} was written by a newer Liaison "
                                     f"(format {peek['version']}).", path=str(path), problem="too-new")
            doc = sr.check(peek, FILE_SCHEMA, what="key-slot file", source=path.name)
        except sr.FileRefused as exc:
            raise VaultCorrupted(f"The key-slot file {path.name} is damaged or not a key-slot file: {exc.message}",
                                 hint="Restore it from a backup; nothing was changed.") from None
        file_key = doc["key_id"]
        slots = []
        raw_slots = peek["slots"]  # the original text values (base64 kept as text)
        for s in raw_slots:
            data = {k: v for k, v in s.items() if k != "type"}
            if s["type"] in ("passphrase", "recovery") and "key_id" not in data:
                data["key_id"] = file_key  # format 1: every slot wraps the file's key
            slots.append(Slot(s["type"], data))
        return cls(path, doc["vault_id"], file_key, slots, str(doc.get("created", "")), doc.get("rekey"))

    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "key_id": self.key_id,
            "created": self.created,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.rekey:
            doc["rekey"] = dict(self.rekey)
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()

    def save(self, path: Path | None = None) -> None:
        replace_file(Path(path or self.path), self.to_bytes())

    def copy(self) -> "KeySlots":
        return KeySlots(self.path, self.vault_id, self.key_id, [Slot(s.kind, dict(s.data)) for s in self.slots],
                        self.created, dict(self.rekey) if self.rekey else None)

    # -- slots -------------------------------------------------------------------
    def get(self, kind: str) -> Slot | None:
        """The active slot of ``kind`` for the current key (the one a reader of the file cares about)."""
        return next((s for s in self.slots if s.kind == kind and s.state == "active"
                     and (s.key_id in (None, self.key_id) or kind == "keychain")), None) \
            or next((s for s in self.slots if s.kind == kind and s.state == "active"), None)

    def put(self, slot: Slot) -> None:
        """Replace every slot of this kind by ``slot`` (active)."""
        slot.data.pop("state", None)
        slot.data.pop("change", None)
        self.slots = [s for s in self.slots if s.kind != slot.kind] + [slot]

    def add_pending(self, slot: Slot, change: str) -> None:
        """Add ``slot`` beside the others, pending ``change`` (both old and new open the vault)."""
        slot.data["state"], slot.data["change"] = "pending", change
        self.slots = self.slots + [slot]

    def pending_changes(self) -> dict[str, list[Slot]]:
        out: dict[str, list[Slot]] = {}
        for s in self.slots:
            if s.state == "pending" and s.change:
                out.setdefault(s.change, []).append(s)
        return out

    def confirm(self, change: str) -> None:
        """The change is done: its slots become the active ones of their kind, those they replace go, and
        once no slot wraps an older key, the bridges from it go too."""
        new = [s for s in self.slots if s.change == change and s.state == "pending"]
        if not new:
            return
        kinds = {s.kind for s in new if s.kind != "bridge"}
        kept = []
        for s in self.slots:
            if s.change == change and s.state == "pending":
                if s.kind != "bridge":
                    s.data.pop("state", None)
                    s.data.pop("change", None)
                    kept.append(s)
                continue
            if s.kind in kinds and s.state == "active":
                continue  # replaced
            kept.append(s)
        # Slots of an older key, or bridges, that nothing needs any more: when the change is a rekey, its
        # slots replace every slot of the older key.
        if any(s.kind == "bridge" for s in new):
            kept = [s for s in kept if s.kind == "keychain" or s.kind != "bridge" and s.key_id == self.key_id
                    or s.state == "pending"]
        self.slots = kept

    def cancel(self, change: str) -> None:
        """Drop the slots a change added (the old ones were never touched)."""
        self.slots = [s for s in self.slots if s.change != change]
        if self.rekey and self.rekey.get("change") == change:
            self.rekey = None

    def remove(self, kind: str) -> None:
        self.slots = [s for s in self.slots if s.kind != kind]

    def kinds(self) -> list[str]:
        return sorted({s.kind for s in self.slots if s.state == "active" and s.kind != "bridge"},
                      key=["passphrase", "recovery", "keychain"].index)

    def _wrapped(self, kind: str) -> list[Slot]:
        """Slots of ``kind`` to try, the active ones for the current key first."""
        slots = [s for s in self.slots if s.kind == kind]
        return sorted(slots, key=lambda s: (s.state != "active", s.key_id != self.key_id))

    def unlock_slot(self, kind: str, secret: str) -> tuple[bytearray, Slot] | None:
        for slot in self._wrapped(kind):
            key = unwrap(slot, secret, self.vault_id)
            if key is not None:
                return self.resolve(key, slot.key_id or self.key_id), slot
        return None

    def resolve(self, key: bytearray, wrapped_id: str) -> bytearray:
        """The current data key from ``key`` (a key of this vault, the current one or an older one that a
        bridge leads on from)."""
        if key_id(key) != wrapped_id:
            wipe(key)
            raise VaultCorrupted("The key-slot file is inconsistent: a slot holds a key of another vault.")
        seen = set()
        while key_id(key) != self.key_id:
            kid = key_id(key)
            bridge_slot = next((s for s in self.slots if s.kind == "bridge" and s.data.get("from_key_id") == kid
                                and s.key_id not in seen), None)
            if bridge_slot is None:
                wipe(key)
                raise VaultCorrupted("The key-slot file is inconsistent: a slot holds an older key of this vault "
                                     "with no way to the current one.", hint="Restore the vault from a backup.")
            seen.add(bridge_slot.key_id)
            try:
                nxt = AESGCM(bytes(key)).decrypt(_unb64(bridge_slot.data["nonce"]),
                                                 _unb64(bridge_slot.data["wrapped_key"]),
                                                 _aad(self.vault_id, f"bridge/{kid}"))
            except (InvalidTag, KeyError, ValueError) as exc:
                wipe(key)
                raise VaultCorrupted("The key-slot file's bridge between two keys is damaged.",
                                     hint="Restore the vault from a backup.") from exc
            wipe(key)
            key = bytearray(nxt)
        return key

    def unlock_with_passphrase(self, passphrase: str) -> bytearray:
        return self.unlock_with(passphrase, "passphrase")[0]

    def unlock_with_recovery_code(self, code: str) -> bytearray:
        return self.unlock_with(code, "recovery")[0]

    def unlock_with(self, secret: str, kind: str) -> tuple[bytearray, Slot]:
        """(current data key, the slot that opened it) for a passphrase or a recovery code."""
        if not self._wrapped(kind):
            if kind == "passphrase":
                raise WrongPassphrase("This vault has no passphrase slot.", hint="Unlock it with the recovery code.")
            raise WrongRecoveryCode("This vault has no recovery code.")
        found = self.unlock_slot(kind, normalise_passphrase(secret) if kind == "passphrase"
                                 else normalise_recovery_code(secret))
        if found is None:
            if kind == "passphrase":
                raise WrongPassphrase(
                    "Wrong passphrase.",
                    hint="Check the keyboard layout and Caps Lock, or unlock with the recovery code.",
                )
            raise WrongRecoveryCode(
                "That recovery code does not unlock this vault.",
                hint="Check each group against what you wrote down (O/0 and I/1 are treated alike).",
            )
        return found


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
