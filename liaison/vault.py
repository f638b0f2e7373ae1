"""The vault: an encrypted SQLCipher file, its key slots, its encrypted files (:mod:`liaison.filestore`), and
the stores on it.

A :class:`Vault` owns the database connection (callers never hold a raw one) and
the data key, and drops both when it is locked or closed.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import shutil
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path
from typing import Any

from . import keyslots as ks
from . import logs
from .db import DatabaseError, VaultDatabase, connect, raw_key_pragma, sqlite_utils
from .errors import (
    KeychainKeyMismatch,
    KeychainUnavailable,
    MigrationFailed,
    PassphraseRequired,
    VaultCorrupted,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
)
from .filelock import VaultFileLock
from .fileutil import atomic_write, create_private_file, ensure_private_dir
from .keychain import Keychain
from .migrations import all_migrations, latest_version
from .paths import files_dir, keys_path, lock_path, sidecar_files

# Stores hang off the vault and are created on first use, so that importing the
# vault does not import every store. name -> "module:Class"
STORES: dict[str, str] = {
    "settings": "liaison.settings:Settings",
    "audit": "liaison.audit:AuditLog",
    "search": "liaison.search:SearchIndex",
    "contacts": "liaison.records.contacts:ContactStore",
    "agencies": "liaison.records.contacts:AgencyStore",
    "agreements": "liaison.records.agreements:AgreementStore",
    "cases": "liaison.records.cases:CaseStore",
    "persons": "liaison.records.persons:PersonStore",
    "retention": "liaison.records.retention:Retention",
    "exchanges": "liaison.records.exchanges:ExchangeStore",
    "attachments": "liaison.records.attachments:AttachmentStore",
    "deadlines": "liaison.records.deadlines:DeadlineStore",
    "stats": "liaison.stats:Statistics",
    "files": "liaison.filestore:FileStore",
}


@dataclass
class UnlockInfo:
    method: str  # "passphrase" | "keychain" | "recovery" | "created"
    keychain_backend: str = ""
    note: str = ""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Vault:
    """An open vault. Create with :meth:`create`, open with :meth:`open`."""

    def __init__(self, path: Path, slots: ks.KeySlots, key: bytearray, keychain: Keychain | None) -> None:
        self.path = Path(path)
        self.keyslots = slots
        self._key: bytearray | None = key
        self._keychain = keychain
        self._conn = None
        self._db: sqlite_utils.Database | None = None
        # Threads other than the one that opened the vault get a connection of
        # their own (SQLite connections are not for concurrent use; WAL lets them
        # read while another writes). All are closed when the vault locks.
        self._owner = threading.get_ident()
        self._local = threading.local()
        self._thread_dbs: list[VaultDatabase] = []
        self._generation = 0
        self._lock = VaultFileLock(lock_path(self.path))
        self._stores: dict[str, Any] = {}
        self.unlocked_by = UnlockInfo("passphrase")
        self.backup_before_migration: Path | None = None
        self._write_lock = threading.RLock()
        # Per thread, per open transaction level: files written and files dropped (see transaction()).
        self._tx_files = threading.local()

    # ------------------------------------------------------------------ creation
    @classmethod
    def create(
        cls,
        path: str | os.PathLike,
        passphrase: str,
        use_keychain: bool = False,
        *,
        keychain: Keychain | None = None,
    ) -> tuple["Vault", str]:
        """Create a new vault at ``path``. Returns the open vault and the recovery
        code, which is shown to the officer once and never stored in clear."""
        path = Path(path).expanduser().resolve()
        ks.check_passphrase_strength(passphrase)
        kpath = keys_path(path)
        if path.exists() or kpath.exists() or files_dir(path).exists():
            raise VaultExists(f"A vault already exists at {path}.", hint="Choose another path or open it.")
        ensure_private_dir(path.parent)
        vault_id = str(uuid.uuid4())
        key = ks.new_data_key()
        code = ks.new_recovery_code()
        params = ks.kdf_params()
        slots = ks.KeySlots(kpath, vault_id, ks.key_id(key), [], _now())
        slots.put(ks.wrap(ks.normalise_passphrase(passphrase), key, vault_id, "passphrase", params))
        slots.put(ks.wrap(ks.normalise_recovery_code(code), key, vault_id, "recovery", params))
        vault = cls(path, slots, key, keychain)
        vault._lock.acquire()
        try:
            create_private_file(path)
            slots.save()
            vault._connect()
            vault._migrate(fresh=True)
            vault.db["meta"].insert_all(
                [{"key": "vault_id", "value": vault_id}, {"key": "created_at", "value": _now()}],
                replace=True,
            )
            if use_keychain:
                vault.enable_keychain()
        except BaseException:
            vault._teardown()
            remove_vault_files(path)
            raise
        vault.unlocked_by = UnlockInfo("created")
        vault._after_open()
        return vault, code

    # ------------------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        path: str | os.PathLike,
        passphrase: str | None = None,
        *,
        recovery_code: str | None = None,
        keychain: Keychain | None = None,
        migrate: bool = True,
    ) -> "Vault":
        """Open a vault with its passphrase, its recovery code, or (when neither is
        given) the key kept in the OS keychain."""
        path = Path(path).expanduser().resolve()
        if not path.exists():
            raise VaultNotFound(f"No vault at {path}.", hint="Create one with 'liaison init' or name another with --vault.")
        lock = VaultFileLock(lock_path(path))
        lock.acquire()
        try:
            _finish_interrupted_rekey(path)
            slots = ks.KeySlots.load(keys_path(path))
        finally:
            lock.release()
        vault = cls(path, slots, bytearray(), keychain)
        vault._lock.acquire()
        try:
            vault._unlock(passphrase, recovery_code)
            vault._connect()
            vault._migrate(fresh=False, allowed=migrate)
            vault.files.sweep()
        except BaseException:
            vault._teardown()
            raise
        vault._after_open()
        return vault

    def _unlock(self, passphrase: str | None, recovery_code: str | None) -> None:
        if passphrase is not None:
            self._key = self.keyslots.unlock_with_passphrase(passphrase)
            self.unlocked_by = UnlockInfo("passphrase")
        elif recovery_code is not None:
            self._key = self.keyslots.unlock_with_recovery_code(recovery_code)
            self.unlocked_by = UnlockInfo("recovery")
        else:
            self._key = self._key_from_keychain()

    def _key_from_keychain(self) -> bytearray:
        slot = self.keyslots.get("keychain")
        if slot is None:
            raise PassphraseRequired(
                "This vault's key is not kept in the OS keychain, so a passphrase is needed.",
                hint="Give it with LIAISON_PASSPHRASE, --passphrase-file, or at the prompt.",
            )
        kc = self.keychain
        recorded = slot.data.get("backend", "")
        if not kc.available:
            raise KeychainUnavailable(
                f"The OS keychain is unavailable: {kc.status.reason}.",
                hint="Unlock with the passphrase instead.",
            )
        if recorded and recorded != kc.status.backend:
            raise KeychainUnavailable(
                f"The key was remembered in {slot.data.get('label', recorded)}, but this session's keychain is "
                f"{kc.status.label}.",
                hint="Unlock with the passphrase, then turn the keychain on again to remember it here.",
            )
        key = kc.fetch(self.keyslots.vault_id)
        if key is None:
            raise KeychainUnavailable(
                f"The OS keychain ({kc.status.label}) no longer holds this vault's key.",
                hint="Unlock with the passphrase, then turn the keychain on again.",
            )
        if ks.key_id(key) != self.keyslots.key_id:
            ks.wipe(key)
            raise KeychainKeyMismatch(
                f"The OS keychain ({kc.status.label}) holds a key that does not open this vault "
                "(it may be from before a rekey).",
                hint="Unlock with the passphrase, then turn the keychain off and on again.",
            )
        self.unlocked_by = UnlockInfo("keychain", kc.status.label)
        return key

    def _connect(self) -> None:
        assert self._key is not None
        self._conn = connect(str(self.path), self._key)
        self._db = VaultDatabase(self._conn)
        self._owner = threading.get_ident()
        self._generation += 1

    def _after_open(self) -> None:
        logs.get("vault").info("vault %s opened (%s), schema %s", self.id, self.unlocked_by.method, self.schema_version)

    @property
    def keychain(self) -> Keychain:
        if self._keychain is None:
            self._keychain = Keychain()
        return self._keychain

    # ---------------------------------------------------------------- migrations
    def _migrate(self, *, fresh: bool, allowed: bool = True) -> None:
        db = self.db
        current = db.execute("PRAGMA user_version").fetchone()[0]
        target = latest_version()
        if current > target:
            raise VaultTooNew(
                f"This vault was written by a newer version of Liaison (schema {current}; this one knows up to "
                f"{target}).",
                hint="Update Liaison to open it. The vault has not been changed.",
            )
        if current == target:
            return
        if not allowed:
            raise MigrationFailed(f"The vault needs an upgrade from schema {current} to {target}.")
        logs.get("vault").info("vault %s: migrating schema %s -> %s", self.id, current, target)
        if current > 0 and not fresh:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            dest = self.path.parent / "backups" / f"{self.path.stem}-schema{current}-{stamp}{self.path.suffix}"
            self.backup(dest)
            self.backup_before_migration = dest
        vacuum = False
        for mig in all_migrations():
            if mig.version <= current:
                continue
            try:
                if mig.foreign_keys_off:
                    db.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction
                try:
                    with db.atomic():
                        mig.up(db)
                        if mig.foreign_keys_off:
                            bad = db.execute("PRAGMA foreign_key_check").fetchall()
                            if bad:
                                raise MigrationFailed(
                                    f"Upgrading the vault to schema {mig.version} ({mig.name}) would break "
                                    f"{len(bad)} reference(s); nothing was changed.",
                                    hint="Run 'liaison vault check' on the old version and report the problem.")
                        db.execute(f"PRAGMA user_version = {int(mig.version)}")
                finally:
                    if mig.foreign_keys_off:
                        db.execute("PRAGMA foreign_keys = ON")
            except DatabaseError as exc:
                raise MigrationFailed(
                    f"Upgrading the vault to schema {mig.version} ({mig.name}) failed: {exc}.",
                    hint=f"The vault is unchanged from schema {mig.version - 1}; a backup is in {self.path.parent / 'backups'}.",
                ) from exc
            vacuum = vacuum or (mig.vacuum_after and not fresh)
        if vacuum:
            db.execute("VACUUM")

    # ------------------------------------------------------------------ accessors
    def _require_open(self) -> None:
        if self._db is None or self._key is None:
            raise VaultLocked("The vault is locked.", hint="Unlock it to continue.")

    @property
    def db(self) -> sqlite_utils.Database:
        self._require_open()
        assert self._db is not None
        if threading.get_ident() == self._owner:
            return self._db
        local = self._local
        if getattr(local, "generation", None) != self._generation:
            assert self._key is not None
            local.db = VaultDatabase(connect(str(self.path), self._key))
            local.generation = self._generation
            with self._write_lock:
                self._thread_dbs.append(local.db)
        return local.db

    @property
    def id(self) -> str:
        return self.keyslots.vault_id

    @property
    def is_locked(self) -> bool:
        return self._db is None

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    @property
    def actor(self) -> str:
        """Who is acting, for the audit trail: the officer's profile name, or the
        operating-system account."""
        name = self.settings.get("officer.name") if "settings" in STORES else None
        if name:
            return str(name)
        try:
            return getpass.getuser()
        except Exception:
            return "unknown"

    def __getattr__(self, name: str) -> Any:
        # Stores are made on first use; see STORES.
        target = STORES.get(name)
        if target is None:
            raise AttributeError(name)
        stores = self.__dict__.setdefault("_stores", {})
        if name not in stores:
            module, cls = target.split(":")
            stores[name] = getattr(import_module(module), cls)(self)
        return stores[name]

    def new_connection(self):
        """Another connection to the same vault, for a worker thread. Opened with
        the raw key: no key derivation."""
        self._require_open()
        assert self._key is not None
        return connect(str(self.path), self._key)

    @contextlib.contextmanager
    def transaction(self):
        """One write transaction (nested calls become savepoints).

        The vault's files (:mod:`liaison.filestore`) follow it: files written inside are removed if it rolls
        back; files dropped inside are removed only once the outermost transaction has committed (a nested
        block that rolls back keeps them)."""
        stack = getattr(self._tx_files, "stack", None)
        if stack is None:
            stack = self._tx_files.stack = []
        with self._write_lock:
            level: dict[str, list[str]] = {"created": [], "dropped": []}
            stack.append(level)
            try:
                with self.db.atomic():
                    yield self.db
                    if len(stack) == 1 and level["created"]:
                        self.files.sync_dir()  # the new names are durable before the rows that name them
            except BaseException:
                stack.pop()
                self._remove_files(level["created"])
                raise
            stack.pop()
            if stack:
                stack[-1]["created"] += level["created"]
                stack[-1]["dropped"] += level["dropped"]
            else:
                self._remove_files(level["dropped"])

    def _tx_level(self) -> dict[str, list[str]]:
        stack = getattr(self._tx_files, "stack", None)
        if not stack:
            raise RuntimeError("the vault's files are written and dropped inside vault.transaction()")
        return stack[-1]

    def files_created(self, file_ids: list[str]) -> None:
        """Files written inside the current transaction (removed if it rolls back)."""
        self._tx_level()["created"].extend(file_ids)

    def files_dropped(self, file_ids: list[str]) -> None:
        """Files whose rows let go of them in the current transaction (removed after it commits)."""
        self._tx_level()["dropped"].extend(file_ids)

    def _remove_files(self, file_ids: list[str]) -> None:
        for fid in file_ids:
            with contextlib.suppress(FileNotFoundError, VaultCorrupted):
                self.files.path(fid).unlink()

    # ----------------------------------------------------------- lock and close
    def _teardown(self) -> None:
        self._stores = {}
        for other in self._thread_dbs:
            with contextlib.suppress(Exception):
                other.conn.close()
        self._thread_dbs = []
        self._generation += 1
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None
        self._db = None
        ks.wipe(self._key)
        self._key = None
        self._lock.release()

    def lock(self) -> None:
        """Close the connection and drop the key. The object stays, locked."""
        self._teardown()

    def close(self) -> None:
        self._teardown()

    def unlock(self, passphrase: str | None = None, *, recovery_code: str | None = None) -> None:
        if not self.is_locked:
            return
        self.keyslots = ks.KeySlots.load(keys_path(self.path))
        self._lock.acquire()
        try:
            self._unlock(passphrase, recovery_code)
            self._connect()
        except BaseException:
            self._teardown()
            raise

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -------------------------------------------------------------- key changes
    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key under a new passphrase: one slot, the database untouched."""
        self._require_open()
        ks.check_passphrase_strength(new_passphrase)
        self._put_slot("passphrase", ks.normalise_passphrase(new_passphrase))
        self._audit_vault("passphrase changed")

    def new_recovery_code(self) -> str:
        """Replace the recovery code; the old one stops working."""
        self._require_open()
        code = ks.new_recovery_code()
        self._put_slot("recovery", ks.normalise_recovery_code(code))
        self._audit_vault("recovery code replaced")
        return code

    def _put_slot(self, kind: str, secret: str) -> None:
        """Wrap the data key under ``secret`` into the slot ``kind`` and save it. The wrapping derives a key
        with Argon2id first (about half a second), so it works on a copy of the data key: a lock meanwhile
        wipes the vault's own, and a slot wrapped from a wiped key would open to nothing. A lock meanwhile
        also means nothing is saved."""
        assert self._key is not None
        generation, key = self._generation, bytearray(self._key)
        try:
            slot = ks.wrap(secret, key, self.id, kind, ks.kdf_params())
        finally:
            ks.wipe(key)
        if self._generation != generation or self._key is None:
            raise VaultLocked("The vault was locked before the change was saved; nothing changed.",
                              hint="Unlock it and make the change again.")
        self.keyslots.put(slot)
        self.keyslots.save()

    def enable_keychain(self) -> str:
        """Keep the data key in the OS keychain. Returns the backend's name."""
        self._require_open()
        assert self._key is not None
        kc = self.keychain
        kc.store(self.id, self._key)
        self.keyslots.put(
            ks.Slot("keychain", {"backend": kc.status.backend, "label": kc.status.label, "created": _now()})
        )
        self.keyslots.save()
        self._audit_vault(f"key remembered in the OS keychain ({kc.status.label})")
        return kc.status.label

    def disable_keychain(self) -> str | None:
        """Forget the key in the keychain. Returns a warning when the keychain could
        not be reached to delete it (the slot is removed all the same)."""
        self._require_open()
        warning = None
        if self.keyslots.get("keychain") is not None:
            try:
                self.keychain.delete(self.id)
            except KeychainUnavailable as exc:
                warning = f"{exc.message} The key may still be in it; remove the entry '{self.id}' by hand."
        self.keyslots.remove("keychain")
        self.keyslots.save()
        self._audit_vault("key removed from the OS keychain")
        return warning

    def rekey(self, passphrase: str) -> str:
        """Encrypt the database under a new random data key (for a key that may have
        leaked). Every slot is remade: the passphrase given here, a new recovery
        code (returned), and the keychain when it was on.

        Crash safety: the new database and key slots are written beside the old
        ones, then renamed, database first; :meth:`open` finishes or drops a rekey
        that was interrupted (see ``_finish_interrupted_rekey``).
        """
        self._require_open()
        ks.check_passphrase_strength(passphrase)
        new_key = ks.new_data_key()
        code = ks.new_recovery_code()
        params = ks.kdf_params()
        new_slots = ks.KeySlots(self.keyslots.path, self.id, ks.key_id(new_key), [], self.keyslots.created)
        new_slots.put(ks.wrap(ks.normalise_passphrase(passphrase), new_key, self.id, "passphrase", params))
        new_slots.put(ks.wrap(ks.normalise_recovery_code(code), new_key, self.id, "recovery", params))
        had_keychain = self.keyslots.get("keychain") is not None
        tmp_db = self.path.with_name(self.path.name + ".rekey")
        tmp_keys = keys_path(self.path).with_name(keys_path(self.path).name + ".rekey")
        for p in (tmp_db, tmp_keys):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        self._audit_vault("data key replaced (rekey)")
        self._export_copy(tmp_db, new_key)
        new_slots.save(tmp_keys)
        # Swap: close, rename database then slots, reopen with the new key.
        for other in self._thread_dbs:
            with contextlib.suppress(Exception):
                other.conn.close()
        self._thread_dbs = []
        self._conn.close()
        self._conn = None
        self._db = None
        for p in sidecar_files(self.path):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        os.replace(tmp_db, self.path)
        os.replace(tmp_keys, keys_path(self.path))
        ks.wipe(self._key)
        self._key = new_key
        self.keyslots = ks.KeySlots.load(keys_path(self.path))
        self._connect()
        if had_keychain:
            try:
                self.enable_keychain()
            except KeychainUnavailable:
                self.keyslots.remove("keychain")
                self.keyslots.save()
        return code

    def _export_copy(self, dest: Path, key: bytes | bytearray) -> None:
        """A consistent, encrypted copy of the database at ``dest`` under ``key``."""
        self._require_open()
        dest = Path(dest)
        ensure_private_dir(dest.parent)
        if dest.exists():
            raise VaultExists(f"{dest} already exists.", hint="Choose a new file name.")
        create_private_file(dest)
        try:
            conn = self._conn
            conn.execute(f"ATTACH DATABASE ? AS liaison_copy KEY {raw_key_pragma(key)}", (str(dest),))
            try:
                conn.execute("SELECT sqlcipher_export('liaison_copy')")
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                conn.execute(f"PRAGMA liaison_copy.user_version = {int(version)}")
            finally:
                conn.execute("DETACH DATABASE liaison_copy")
            # The copy must open with the key before anyone relies on it.
            check = connect(str(dest), key)
            try:
                check.execute("PRAGMA journal_mode = DELETE")
            finally:
                check.close()
        except BaseException:
            for p in [dest, *sidecar_files(dest)]:
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            raise

    def backup(self, dest: str | os.PathLike) -> Path:
        """Write a consistent encrypted copy of the vault and its key slots.
        The copy opens with the same passphrase and recovery code."""
        self._require_open()
        assert self._key is not None
        dest = Path(dest).expanduser().resolve()
        if dest.is_dir():
            dest = dest / self.path.name
        if files_dir(dest).exists():
            raise VaultExists(f"{files_dir(dest)} already exists.", hint="Choose a new file name.")
        self._export_copy(dest, self._key)
        try:
            self.files.copy_to(dest)
        except BaseException:
            remove_vault_files(dest)
            raise
        atomic_write(keys_path(dest), self.keyslots.to_bytes())
        return dest

    # -------------------------------------------------------------------- checks
    def check(self) -> dict[str, Any]:
        """SQLCipher's page integrity check and SQLite's quick check."""
        self._require_open()
        problems: list[str] = []
        try:
            cipher = [r[0] for r in self.db.execute("PRAGMA cipher_integrity_check").fetchall()]
            problems += [f"cipher: {p}" for p in cipher]
            quick = [r[0] for r in self.db.execute("PRAGMA quick_check").fetchall()]
            problems += [f"sqlite: {p}" for p in quick if p != "ok"]
            fk = self.db.execute("PRAGMA foreign_key_check").fetchall()
            problems += [f"foreign key: {tuple(r)}" for r in fk]
            problems += self.files.check()
        except (DatabaseError, VaultCorrupted) as exc:
            problems.append(f"the file could not be read: {exc}")
        return {"ok": not problems, "problems": problems}

    def info(self) -> dict[str, Any]:
        size = sum(p.stat().st_size for p in [self.path, *sidecar_files(self.path)] if p.exists())
        fdir = files_dir(self.path)
        if fdir.is_dir():
            size += sum(p.stat().st_size for p in fdir.iterdir() if p.is_file())
        slots = []
        for s in self.keyslots.slots:
            entry: dict[str, Any] = {"type": s.kind, "created": s.data.get("created", "")}
            if s.kind == "keychain":
                entry["backend"] = s.data.get("label", s.data.get("backend", ""))
            else:
                kdf = s.data.get("kdf", {})
                entry["kdf"] = {k: kdf.get(k) for k in ("name", "time_cost", "memory_cost", "parallelism")}
            slots.append(entry)
        out: dict[str, Any] = {
            "path": str(self.path),
            "id": self.id,
            "key_id": self.keyslots.key_id,
            "size_bytes": size,
            "slots": slots,
            "locked": self.is_locked,
        }
        if not self.is_locked:
            out["schema_version"] = self.schema_version
            out["unlocked_by"] = self.unlocked_by.method
            out["cipher_version"] = self.db.execute("PRAGMA cipher_version").fetchone()[0]
        return out

    def _audit_vault(self, what: str) -> None:
        if not self.is_locked:
            self.audit.log("alter", "vault", self.id, summary=what)


def _finish_interrupted_rekey(path: Path) -> None:
    """A rekey writes ``<vault>.rekey`` and ``<vault>.keys.rekey``, then renames the
    database, then the key slots. If it was interrupted:
    - both temporary files still there: the old vault is intact; drop them;
    - only the slots' temporary file: the database already has the new key; finish
      by renaming the slots."""
    tmp_db = path.with_name(path.name + ".rekey")
    kpath = keys_path(path)
    tmp_keys = kpath.with_name(kpath.name + ".rekey")
    if tmp_db.exists():
        for p in (tmp_db, tmp_keys, *sidecar_files(tmp_db)):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
    elif tmp_keys.exists():
        os.replace(tmp_keys, kpath)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def remove_vault_files(path: Path) -> None:
    """For tests and the demo only: never called on an officer's vault."""
    for p in [path, keys_path(path), lock_path(path), *sidecar_files(path)]:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
    shutil.rmtree(files_dir(path), ignore_errors=True)


def copy_vault_files(src: Path, dest: Path) -> Path:
    """For tests and the demo only: a copy of a closed vault (database, key slots, encrypted files)."""
    src, dest = Path(src), Path(dest)
    shutil.copy2(src, dest)
    shutil.copy2(keys_path(src), keys_path(dest))
    if files_dir(src).is_dir():
        shutil.copytree(files_dir(src), files_dir(dest))
    return dest


__all__ = ["Vault", "copy_vault_files", "file_sha256", "remove_vault_files"]
