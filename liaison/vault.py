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

from . import fileutil, logs
from . import keyslots as ks
from . import witness as wit
from .db import DatabaseError, VaultDatabase, connect, disk_full_error, raw_key_pragma, sqlite_utils, value_error
from .errors import (
    DiskFull,
    KeychainKeyMismatch,
    KeychainUnavailable,
    LiaisonError,
    MigrationFailed,
    PassphraseRequired,
    VaultCorrupted,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
)
from .filelock import VaultFileLock
from .fileutil import create_private_file, ensure_private_dir, replace_file
from .keychain import Keychain
from .migrations import all_migrations, latest_version
from .paths import files_dir, keys_path, lock_path, owned_paths, sidecar_files, witness_path

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


def _change_id() -> str:
    return uuid.uuid4().hex


REKEY_SUFFIX = ".rekey"


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
        self._lock = VaultFileLock(self.path)
        self._stores: dict[str, Any] = {}
        self.unlocked_by = UnlockInfo("passphrase")
        self.backup_before_migration: Path | None = None
        self._write_lock = threading.RLock()
        # Per thread, per open transaction level: files written and files dropped (see transaction()).
        self._tx_files = threading.local()
        # The audit head to witness once the outermost transaction commits (see liaison.witness).
        self._witness_due: tuple[int, str] | None = None
        # Messages for the officer about this vault's state (an interrupted key change, a witness that
        # does not match the trail): shown by the command line and the window.
        self.notices: list[str] = []
        self.audit_problems: list[str] = []
        # Key changes made through this object that wait for the officer to have seen the new secret.
        self._staged: list[str] = []
        fileutil.protect(self, lambda: [*owned_paths(self.path), *wit.disputed_files(self.path)])

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
        try:
            ensure_private_dir(path.parent)
        except OSError as exc:
            raise fileutil.disk_error(exc, path.parent, 1 << 20, what="the new vault") or LiaisonError(
                f"The folder {path.parent} cannot be created: {exc.strerror}.") from exc
        vault_id = str(uuid.uuid4())
        key = ks.new_data_key()
        code = ks.new_recovery_code()
        params = ks.kdf_params()
        slots = ks.KeySlots(kpath, vault_id, ks.key_id(key), [], _now())
        slots.put(ks.wrap(ks.normalise_passphrase(passphrase), key, vault_id, "passphrase", params))
        slots.put(ks.wrap(ks.normalise_recovery_code(code), key, vault_id, "recovery", params))
        vault = cls(path, slots, key, keychain)
        try:
            create_private_file(path)
        except FileExistsError:
            raise VaultExists(f"A vault already exists at {path}.", hint="Choose another path or open it.") from None
        except OSError as exc:
            raise fileutil.disk_error(exc, path.parent, 1 << 20, what="the new vault") or exc from exc
        try:
            vault._lock.acquire()
            slots.save()
            vault._connect()
            vault._migrate(fresh=True)
            vault.db["meta"].insert_all(
                [{"key": "vault_id", "value": vault_id}, {"key": "created_at", "value": _now()}],
                replace=True,
            )
            if use_keychain:
                vault.enable_keychain()
        except BaseException as exc:
            vault._teardown(confirm=False)
            remove_vault_files(path)
            fileutil.unprotect(vault)
            if isinstance(exc, OSError | DatabaseError):
                full = fileutil.disk_error(exc, path.parent, 1 << 20, what="the new vault") \
                    if isinstance(exc, OSError) else disk_full_error(exc, path.parent)
                if full is not None:
                    raise full from exc
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
        if path.is_dir():
            raise VaultNotFound(f"{path} is a folder, not a vault.", hint="Name the vault file with --vault.")
        lock = VaultFileLock(path)
        lock.acquire()  # before anything reads or writes a file of the vault
        try:
            _remove_stale_temporaries(path)
            notices = _recover_interrupted_rekey(path)
            slots = ks.KeySlots.load(keys_path(path))
        except BaseException:
            lock.release()
            raise
        vault = cls(path, slots, bytearray(), keychain)
        vault._lock = lock
        vault.notices += notices
        with contextlib.suppress(OSError):
            links = os.stat(path).st_nlink
            if links > 1:
                # The lock holds whatever the name, but SQLite's write-ahead log is found by name: after a crash,
                # the changes still in it are seen only through the name that wrote them.
                vault.notices.append(f"The vault file has {links} names (hard links). Open it always by the same "
                                     "name: after a crash, its last changes are found only through that name.")
        try:
            vault._unlock(passphrase, recovery_code)
            vault._connect()
            vault._migrate(fresh=False, allowed=migrate)
            vault._after_unlock()
        except BaseException as exc:
            vault._teardown(confirm=False)
            fileutil.unprotect(vault)
            if isinstance(exc, DatabaseError):
                full = disk_full_error(exc, path.parent)
                if full is not None:
                    raise full from exc
            raise
        vault._after_open()
        return vault

    def _after_unlock(self) -> None:
        """What an opening finishes before anything else is written: erased data compacted away if an
        erasure was interrupted, files left by a crash swept, key changes left half-way settled, the audit
        trail checked against its witness."""
        self._finish_erasure_cleanup()
        self.files.sweep()
        self._settle_key_changes()
        self._check_witness()

    def _unlock(self, passphrase: str | None, recovery_code: str | None) -> None:
        self._unlock_slot: ks.Slot | None = None
        if passphrase is not None:
            self._key, self._unlock_slot = self.keyslots.unlock_with(passphrase, "passphrase")
            self.unlocked_by = UnlockInfo("passphrase")
        elif recovery_code is not None:
            self._key, self._unlock_slot = self.keyslots.unlock_with(recovery_code, "recovery")
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
        kid = ks.key_id(key)
        if kid != self.keyslots.key_id:
            # An older key of this vault (a rekey interrupted before the keychain was updated) still leads to
            # the current one through the rekey's bridge.
            if any(s.kind == "bridge" and s.data.get("from_key_id") == kid for s in self.keyslots.slots):
                key = self.keyslots.resolve(key, kid)
            else:
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
        for note in self.notices:
            logs.get("vault").warning("vault %s: %s", self.id, note)

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
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
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
                full = disk_full_error(exc, self.path.parent)
                if full is not None:
                    raise full from exc
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

    def check_output(self, path: str | os.PathLike, *, overwrite: bool = False, field: str = "output") -> Path:
        """Where an export may be written (see :func:`liaison.fileutil.check_output_path`)."""
        return fileutil.check_output_path(path, overwrite=overwrite, field=field)

    @contextlib.contextmanager
    def transaction(self):
        """One write transaction (nested calls become savepoints).

        The vault's files (:mod:`liaison.filestore`) follow it: files written inside are removed if it rolls
        back; files dropped inside are removed only once the outermost transaction has committed (a nested
        block that rolls back keeps them). Once the outermost transaction has committed entries to the audit
        trail, its head is witnessed outside the database (:mod:`liaison.witness`). A commit the disk has
        no room for is :class:`DiskFull`, never a damaged vault."""
        stack = getattr(self._tx_files, "stack", None)
        if stack is None:
            stack = self._tx_files.stack = []
        with self._write_lock:
            level: dict[str, list[str]] = {"created": [], "dropped": []}
            stack.append(level)
            try:
                try:
                    with self.db.atomic():
                        yield self.db
                        if len(stack) == 1 and level["created"]:
                            self.files.sync_dir()  # the new names are durable before the rows that name them
                except DatabaseError as exc:
                    full = disk_full_error(exc, self.path.parent)
                    if full is not None:
                        raise full from exc
                    raise
                except (OverflowError, UnicodeEncodeError) as exc:
                    raise value_error(exc) from exc
            except BaseException:
                stack.pop()
                self._remove_files(level["created"])
                if not stack:
                    self._witness_due = None
                raise
            stack.pop()
            if stack:
                stack[-1]["created"] += level["created"]
                stack[-1]["dropped"] += level["dropped"]
            else:
                self._remove_files(level["dropped"])
                self._write_witness()

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

    # --------------------------------------------------------------- the witness
    def audit_appended(self, seq: int, head_hash: str) -> None:
        """Called by the audit trail inside a transaction: witness this head once it commits."""
        self._witness_due = (seq, head_hash)

    def _witness_keys(self) -> dict[str, bytes | bytearray]:
        assert self._key is not None
        keys: dict[str, bytes | bytearray] = {self.keyslots.key_id: self._key}
        extra = getattr(self, "_rekey_next", None)
        if extra is not None:
            keys[ks.key_id(extra)] = extra
        return keys

    def _write_witness(self, *, force: bool = False) -> None:
        due, self._witness_due = self._witness_due, None
        if due is None and not force:
            return
        if due is None:
            head = self.audit.head()
            due = (head["seq"], head["hash"])
        try:
            _sync_wal(self.path)  # the trail reaches the disk before its witness does
            wit.write(self.path, wit.sign(self.id, due[0], due[1], self._witness_keys()))
        except (OSError, LiaisonError, DatabaseError) as exc:
            # The change itself is committed; the witness catches up at the next commit or opening, and a
            # trail ahead of its witness is what a crash leaves too.
            logs.get("vault").warning("vault %s: the audit witness could not be written (%s)", self.id,
                                      type(exc).__name__)

    def _witnessed_before(self) -> bool:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'audit.witnessed'").fetchone()
        return bool(row and row[0] == "1")

    def witness_problems(self) -> list[str]:
        """How the audit trail disagrees with its witness outside the database (empty when it does not):
        the witness missing or not authentic, the witnessed entry gone or different, the trail ending
        before it; and any earlier witness kept aside because it did not match."""
        problems: list[str] = []
        try:
            doc = wit.read(self.path)
        except LiaisonError as exc:
            doc = None
            problems.append(f"the audit witness {witness_path(self.path).name} is damaged or was replaced: "
                            f"{exc.message}")
        if doc is None and not problems:
            if self._witnessed_before():
                problems.append(f"the audit witness {witness_path(self.path).name} is missing (it was deleted)")
        elif doc is not None:
            assert self._key is not None
            if doc["vault_id"] != self.id:
                problems.append("the audit witness belongs to another vault")
            elif not wit.authentic(doc, self._key, self.keyslots.key_id):
                problems.append("the audit witness does not authenticate under this vault's key (it was edited "
                                "or replaced)")
            else:
                problems += self._compare_head(doc["seq"], doc["hash"], "the audit witness")
        for p in wit.disputed_files(self.path):
            problems.append(f"an earlier audit witness that did not match the trail is kept in {p.name}")
        return problems

    def _compare_head(self, seq: int, head_hash: str, what: str) -> list[str]:
        last = self.db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        last_seq = last[0] if last else 0
        if seq > last_seq:
            return [f"{what} names entry {seq}, but the trail ends at entry {last_seq}: entries "
                    f"{last_seq + 1} to {seq} were removed"]
        if seq == 0:
            return []
        row = self.db.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
        if row is None or row[0] != head_hash:
            return [f"entry {seq} is not the one {what} names: the trail was rewritten"]
        return []

    def _check_witness(self) -> None:
        problems = self.witness_problems()
        fresh = [p for p in problems if "kept in" not in p]
        if fresh:
            # Keep the witness that disagrees (the evidence) before the next commit replaces it.
            with contextlib.suppress(OSError, LiaisonError):
                wit.set_aside(self.path, fresh)
            self.audit_problems = problems
            self.notices.append("The audit trail does not match its witness: " + "; ".join(fresh) +
                                ". Run 'liaison audit verify' and report it.")
        elif problems:
            self.audit_problems = problems
        # Bring the witness up to the trail (a commit whose witness a crash cut off), or make the first one.
        head = self.audit.head()
        doc = None
        with contextlib.suppress(LiaisonError):
            doc = wit.read(self.path)
        if doc is None or fresh or (doc["seq"], doc["hash"]) != (head["seq"], head["hash"]) \
                or self.keyslots.key_id not in doc["macs"]:
            self._witness_due = (head["seq"], head["hash"])
            self._write_witness()

    # ----------------------------------------------------------- lock and close
    def _teardown(self, *, confirm: bool = True) -> None:
        if confirm and self._staged and self._db is not None:
            with contextlib.suppress(LiaisonError, OSError, DatabaseError):
                self.confirm_key_changes()
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
        """Close the connection and drop the key. The object stays, locked. A new recovery code issued in
        this session (and shown) is confirmed first: the old one stops working now."""
        self._teardown()

    def close(self) -> None:
        self._teardown()
        fileutil.unprotect(self)

    def unlock(self, passphrase: str | None = None, *, recovery_code: str | None = None) -> None:
        if not self.is_locked:
            return
        self._lock.acquire()
        try:
            self.notices += _recover_interrupted_rekey(self.path)
            self.keyslots = ks.KeySlots.load(keys_path(self.path))
            self._unlock(passphrase, recovery_code)
            self._connect()
            self._after_unlock()
        except BaseException:
            self._teardown(confirm=False)
            raise

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -------------------------------------------------------------- key changes
    # Two-phase (see liaison.keyslots): the new slot is saved beside the old one, the change is audited with
    # its id, then confirmed. A crash at any point leaves the old secret working, and the new one too
    # once it may have been shown; opening settles what a crash left (_settle_key_changes).
    def _save_slots(self, slots: ks.KeySlots, what: str) -> None:
        try:
            slots.save()
        except DiskFull:
            raise
        except OSError as exc:
            raise fileutil.disk_error(exc, self.path.parent, len(slots.to_bytes()), what=what) or LiaisonError(
                f"The key-slot file could not be written: {exc.strerror}; nothing changed.") from exc

    def _stage(self, kind: str, secret: str, what: str) -> str:
        """Add a pending slot of ``kind`` for ``secret`` (both old and new work from now on), audit the
        change, and return its id. Nothing changes when either step fails."""
        self._require_open()
        change = _change_id()
        slot = self._wrap_copy(kind, secret)
        slots = self.keyslots.copy()
        slots.add_pending(slot, change)
        self._save_slots(slots, what)
        self.keyslots = slots
        try:
            self._audit_vault(what, change=change)
        except BaseException:
            # The change is not recorded, so it does not happen: the old secret alone works, as before.
            undo = self.keyslots.copy()
            undo.cancel(change)
            with contextlib.suppress(OSError, LiaisonError):
                undo.save()
                self.keyslots = undo
            raise
        return change

    def _confirm(self, change: str) -> None:
        slots = self.keyslots.copy()
        slots.confirm(change)
        self._save_slots(slots, "the key change")
        self.keyslots = slots
        if change in self._staged:
            self._staged.remove(change)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Wrap the data key under a new passphrase: one slot, the database untouched. Two-phase: if the
        audit entry cannot be written (a full disk), the old passphrase alone still works."""
        self._require_open()
        ks.check_passphrase_strength(new_passphrase)
        change = self._stage("passphrase", ks.normalise_passphrase(new_passphrase), "passphrase changed")
        self._confirm(change)

    def stage_recovery_code(self) -> str:
        """Issue a new recovery code: stored and audited, and working at once, while the old one keeps
        working until :meth:`confirm_key_changes` (call it once the officer has been shown the new code;
        locking or closing the vault confirms it too)."""
        code = ks.new_recovery_code()
        change = self._stage("recovery", ks.normalise_recovery_code(code), "recovery code replaced")
        self._staged.append(change)
        return code

    def new_recovery_code(self) -> str:
        """Replace the recovery code. The old one stops working once the new one has been shown: when the
        vault is locked or closed, or at :meth:`confirm_key_changes`."""
        return self.stage_recovery_code()

    def confirm_key_changes(self) -> None:
        """The officer has seen the new recovery code (or passphrase): the secrets it replaces stop working."""
        self._require_open()
        for change in list(self._staged):
            self._confirm(change)

    def _wrap_copy(self, kind: str, secret: str, key: bytes | bytearray | None = None) -> ks.Slot:
        """Wrap the data key under ``secret`` into a slot of ``kind``. The wrapping derives a key
        with Argon2id first (about half a second), so it works on a copy of the data key: a lock meanwhile
        wipes the vault's own, and a slot wrapped from a wiped key would open to nothing. A lock meanwhile
        also means nothing is saved."""
        assert self._key is not None
        generation, copy = self._generation, bytearray(key if key is not None else self._key)
        try:
            slot = ks.wrap(secret, copy, self.id, kind, ks.kdf_params())
        finally:
            ks.wipe(copy)
        if self._generation != generation or self._key is None:
            raise VaultLocked("The vault was locked before the change was saved; nothing changed.",
                              hint="Unlock it and make the change again.")
        return slot

    def _settle_key_changes(self) -> None:
        """At opening: finish or undo what a crash left of a key change.

        - a passphrase change that was audited is confirmed; one that was not is dropped, unless the
          new passphrase is what opened the vault (then it is audited and confirmed);
        - a new recovery code that was not audited is kept beside the old one (it may have been shown);
          one that was audited but not confirmed too: both work, and the officer is told;
        - a rekey that took effect is audited if it was not."""
        pending = self.keyslots.pending_changes()
        if not pending:
            return
        used = getattr(self, "_unlock_slot", None)
        for change, slots in pending.items():
            kinds = {s.kind for s in slots}
            audited = self._audited(change)
            if "bridge" in kinds:  # a rekey that took effect (the database is under the new key)
                if not audited:
                    self._audit_vault("data key replaced (rekey), recorded when the vault was next opened after "
                                      "an interruption", change=change)
                if used is not None and used.change == change and used.kind == "recovery":
                    self._confirm(change)  # the new code is in the officer's hands
                    continue
                self.notices.append(
                    "A rekey was interrupted after the vault was re-encrypted. Your old passphrase and recovery "
                    "code still open it, and so does the new passphrase; issue a new recovery code now "
                    "(liaison recovery-code), which retires the old ones.")
                continue
            if kinds == {"passphrase"}:
                if audited:
                    self._confirm(change)
                    self.notices.append("A passphrase change that was interrupted has been completed: use the "
                                        "new passphrase from now on.")
                elif used is not None and used.change == change:
                    self._audit_vault("passphrase changed (completed when the vault was next opened)",
                                      change=change)
                    self._confirm(change)
                else:
                    slots_now = self.keyslots.copy()
                    slots_now.cancel(change)
                    self._save_slots(slots_now, "the key change")
                    self.keyslots = slots_now
                    self.notices.append("A passphrase change was interrupted before it was recorded and has been "
                                        "undone: the old passphrase still works.")
                continue
            if used is not None and used.change == change:
                if not audited:
                    self._audit_vault("recovery code replaced (completed when the vault was next opened)",
                                      change=change)
                self._confirm(change)  # the officer holds the new code: the old one goes
                continue
            self.notices.append("A new recovery code was issued but not confirmed (the program stopped): both the "
                                "old and the new code open the vault. Issue a new one (liaison recovery-code) to "
                                "retire both.")
            if not audited:
                self._audit_vault("recovery code issued (not confirmed: the program stopped)", change=change)

    def _audited(self, change: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM audit WHERE record_type = 'vault' AND json_valid(details) "
            "AND json_extract(details, '$.change') = ? LIMIT 1", (change,)).fetchone() is not None

    def enable_keychain(self) -> str:
        """Keep the data key in the OS keychain. Returns the backend's name."""
        self._require_open()
        assert self._key is not None
        kc = self.keychain
        kc.store(self.id, self._key)
        slots = self.keyslots.copy()
        slots.put(ks.Slot("keychain", {"backend": kc.status.backend, "label": kc.status.label, "created": _now()}))
        with self.transaction():
            self._audit_vault(f"key remembered in the OS keychain ({kc.status.label})")
            self._save_slots(slots, "the keychain setting")
            self.keyslots = slots
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
        slots = self.keyslots.copy()
        slots.remove("keychain")
        with self.transaction():
            self._audit_vault("key removed from the OS keychain")
            self._save_slots(slots, "the keychain setting")
            self.keyslots = slots
        return warning

    def rekey(self, passphrase: str) -> str:
        """Encrypt the database under a new random data key (for a key that may have leaked). The
        passphrase given here and a new recovery code (returned) wrap the new key; the keychain is updated
        when it was on. The old passphrase and recovery code keep working (through a bridge from the old
        key to the new) until :meth:`confirm_key_changes`, once the officer has seen the new code (closing
        or locking the vault confirms it too).

        Crash safety (see ``_recover_interrupted_rekey``): the new database is written beside the old one
        and synced; the key slots then record the rekey with the new slots and the bridge; the database is
        renamed into place (locked first, so no other opener gets in between); the slots then name the new
        key. A crash before the rename leaves the old vault, untouched; after it, the new vault, with every
        old secret still working."""
        self._require_open()
        ks.check_passphrase_strength(passphrase)
        assert self._key is not None
        change = _change_id()
        new_key = ks.new_data_key()
        code = ks.new_recovery_code()
        new_pass = self._wrap_copy("passphrase", ks.normalise_passphrase(passphrase), new_key)
        new_rec = self._wrap_copy("recovery", ks.normalise_recovery_code(code), new_key)
        had_keychain = self.keyslots.get("keychain") is not None
        tmp_db = self.path.with_name(self.path.name + REKEY_SUFFIX)
        for p in (tmp_db, *sidecar_files(tmp_db)):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        old_id = self.keyslots.key_id
        self._export_copy(tmp_db, new_key, what="the rekey")
        staged = self.keyslots.copy()
        staged.add_pending(ks.bridge(self._key, new_key, self.id, change), change)
        staged.add_pending(new_pass, change)
        staged.add_pending(new_rec, change)
        staged.rekey = {"change": change, "to": ks.key_id(new_key)}
        try:
            self._rekey_next = new_key  # the witness is MAC'd under both keys from here on
            self._write_witness(force=True)
            self._save_slots(staged, "the rekey")
        except BaseException:
            self._rekey_next = None
            for p in (tmp_db, *sidecar_files(tmp_db)):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            raise
        self.keyslots = staged
        # Swap: lock the new file, close, rename, reopen with the new key.
        self._lock.move_to(tmp_db)
        for other in self._thread_dbs:
            with contextlib.suppress(Exception):
                other.conn.close()
        self._thread_dbs = []
        self._conn.close()
        self._conn = None
        self._db = None
        self._generation += 1
        try:
            for p in sidecar_files(self.path):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            os.replace(tmp_db, self.path)
        except BaseException:
            self._lock.abandon_move()
            raise
        self._lock.settle()
        with contextlib.suppress(OSError):
            fileutil.fsync_dir(self.path.parent)
        done = staged.copy()
        done.key_id = ks.key_id(new_key)
        done.rekey = None
        self._save_slots(done, "the rekey")
        self.keyslots = done
        ks.wipe(self._key)
        self._key = new_key
        self._rekey_next = None
        self._connect()
        logs.get("vault").info("vault %s: rekeyed (%s -> %s)", self.id, old_id[:8], done.key_id[:8])
        self._audit_vault("data key replaced (rekey)", change=change)
        self._staged.append(change)
        if had_keychain:
            try:
                self.keychain.store(self.id, self._key)
            except KeychainUnavailable:
                slots = self.keyslots.copy()
                slots.remove("keychain")
                self._save_slots(slots, "the keychain setting")
                self.keyslots = slots
        return code

    def _export_copy(self, dest: Path, key: bytes | bytearray, *, what: str = "the copy") -> None:
        """A consistent, encrypted copy of the database at ``dest`` under ``key``, synced to the disk."""
        self._require_open()
        dest = Path(dest)
        ensure_private_dir(dest.parent)
        if dest.exists():
            raise VaultExists(f"{dest} already exists.", hint="Choose a new file name.")
        needed = self._db_size()
        try:
            create_private_file(dest)
        except OSError as exc:
            raise fileutil.disk_error(exc, dest.parent, needed, what=what) or exc from exc
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
                problems = [r[0] for r in check.execute("PRAGMA quick_check").fetchall()]
                if problems != ["ok"]:
                    raise VaultCorrupted(f"{what} did not check out ({problems[0]}); nothing was replaced.")
            finally:
                check.close()
            with open(dest, "rb") as fh:
                os.fsync(fh.fileno())
        except BaseException as exc:
            for p in [dest, *sidecar_files(dest)]:
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            if isinstance(exc, OSError):
                full = fileutil.disk_error(exc, dest.parent, needed, what=what)
                if full is not None:
                    raise full from exc
            if isinstance(exc, DatabaseError):
                full = disk_full_error(exc, dest.parent, needed, what=what)
                if full is not None:
                    raise full from exc
            raise

    def _db_size(self) -> int:
        return sum(p.stat().st_size for p in [self.path, *sidecar_files(self.path)] if p.exists())

    def backup(self, dest: str | os.PathLike) -> Path:
        """Write a consistent encrypted copy of the vault, its key slots and its files. The copy opens with
        the same passphrase and recovery code.

        Everything is written into a temporary folder beside ``dest``, checked (the database opens with
        the key and passes SQLite's quick check, every file is there), and only then moved into place,
        the database last: a name that looks like a backup is always a complete one. An interrupted
        backup leaves only the temporary folder, which the next backup to the same place removes."""
        self._require_open()
        assert self._key is not None
        dest = Path(dest).expanduser().resolve()
        if dest.is_dir():
            dest = dest / self.path.name
        if dest.exists():
            raise VaultExists(f"{dest} already exists.", hint="Choose a new file name.")
        ensure_private_dir(dest.parent)
        fileutil.check_output_path(dest, overwrite=False, field="dest")
        for p in (keys_path(dest), files_dir(dest), witness_path(dest)):
            if p.exists():
                raise VaultExists(f"{p} already exists.", hint="Choose a new file name.")
        staging = dest.parent / f".{dest.name}.backup-partial"
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)  # left by an interrupted backup
        ensure_private_dir(staging)
        inner = staging / dest.name
        needed = self._db_size() + sum(p.stat().st_size for p in self.files.on_disk())
        try:
            self._export_copy(inner, self._key, what="the backup")
            try:
                self.files.copy_to(inner)
            except OSError as exc:
                raise fileutil.disk_error(exc, dest.parent, needed, what="the backup") or exc from exc
            replace_file(keys_path(inner), self.keyslots.to_bytes())
            head = self.audit.head()
            wit.write(inner, wit.sign(self.id, head["seq"], head["hash"], {self.keyslots.key_id: self._key}))
            self._verify_backup(inner)
            moves = [(files_dir(inner), files_dir(dest)), (keys_path(inner), keys_path(dest)),
                     (witness_path(inner), witness_path(dest)), (inner, dest)]
            for src, target in moves:
                if src.exists():
                    os.replace(src, target)
            fileutil.fsync_dir(dest.parent)
        except BaseException:
            if not dest.exists():
                for p in (keys_path(dest), files_dir(dest), witness_path(dest)):
                    if p.is_dir():
                        shutil.rmtree(p, ignore_errors=True)
                    else:
                        with contextlib.suppress(FileNotFoundError):
                            p.unlink()
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return dest

    def _verify_backup(self, copy: Path) -> None:
        assert self._key is not None
        slots = ks.KeySlots.load(keys_path(copy))
        if slots.key_id != self.keyslots.key_id:
            raise VaultCorrupted("The backup's key slots do not match its database; nothing was kept.")
        conn = connect(str(copy), self._key)
        try:
            rows = conn.execute("SELECT file_id FROM attachments WHERE file_id IS NOT NULL UNION ALL "
                                "SELECT file_id FROM documents WHERE file_id IS NOT NULL").fetchall() \
                if self.schema_version >= 10 else []
        finally:
            conn.close()
            for p in sidecar_files(copy):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
        missing = [r[0] for r in rows if not (files_dir(copy) / r[0]).is_file()]
        if missing:
            raise VaultCorrupted(f"The backup lacks {len(missing)} of the vault's files; nothing was kept.")

    # -------------------------------------------------------------------- checks
    def check(self) -> dict[str, Any]:
        """SQLCipher's page integrity check, SQLite's quick check, references, files: what is damaged, in
        words (``problems``), with SQLite's own report kept in ``details``."""
        self._require_open()
        problems: list[str] = []
        details: list[str] = []
        conn = self.db.conn  # unguarded: the checks' own reports are wanted here, not a refusal
        # SQLCipher's page check reads the database file itself: the committed pages still in the write-ahead
        # log go into it first (a page half-written by a checkpoint the disk stopped is whole again there).
        with contextlib.suppress(DatabaseError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        try:
            cipher = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        except DatabaseError as exc:
            cipher = [f"the check could not finish: {exc}"]
        try:
            quick = [r[0] for r in conn.execute("PRAGMA quick_check(1000)").fetchall()]
        except DatabaseError as exc:
            quick = [f"the check could not finish: {exc}"]
        quick = [q for q in quick if q != "ok"]
        details += [f"cipher: {p}" for p in cipher] + [f"sqlite: {p}" for p in quick]
        if cipher or quick:
            problems.append(_damage_summary(self, cipher, quick))
        try:
            fk = self.db.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                tables = sorted({r[0] for r in fk})
                problems.append(f"{len(fk)} record(s) in {', '.join(tables)} refer to records that are missing")
                details += [f"foreign key: {tuple(r)}" for r in fk[:100]]
            problems += self.files.check()
        except (DatabaseError, VaultCorrupted) as exc:
            problems.append("the references and files could not be checked: the checks stopped at the damaged "
                            "pages" if problems else f"the file could not be read: {exc}")
        return {"ok": not problems, "problems": problems, "details": details[:200]}

    def info(self) -> dict[str, Any]:
        size = sum(p.stat().st_size for p in [self.path, *sidecar_files(self.path)] if p.exists())
        fdir = files_dir(self.path)
        if fdir.is_dir():
            size += sum(p.stat().st_size for p in fdir.iterdir() if p.is_file())
        slots = []
        for s in self.keyslots.slots:
            if s.kind == "bridge":
                continue
            entry: dict[str, Any] = {"type": s.kind, "created": s.data.get("created", "")}
            if s.state != "active":
                entry["state"] = s.state
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

    def _audit_vault(self, what: str, *, change: str | None = None) -> None:
        if not self.is_locked:
            self.audit.log("alter", "vault", self.id, summary=what,
                           details={"change": change} if change else None)

    # ------------------------------------------------------------------ erasure
    ERASURE_PENDING = "erasure.cleanup_pending"

    def _finish_erasure_cleanup(self) -> None:
        """An erasure marks the vault until its erased text is gone from the search index's segments and
        from the write-ahead log; a crash before that is finished here, before anything else."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (self.ERASURE_PENDING,)).fetchone()
        if row is None:
            return
        self.retention.purge_erased_text()


def _damage_summary(vault: Vault, cipher: list[str], quick: list[str]) -> str:
    """What SQLite's integrity report means, in words: how many pages, which tables."""
    import re

    pages = sorted({int(m) for line in cipher + quick for m in re.findall(r"[Pp]age (\d+)", line)})
    tables: set[str] = set()
    for line in quick:
        m = re.search(r"(?:table|index) (\w+)", line)
        if m:
            tables.add(m.group(1))
    shown = ", ".join(map(str, pages[:10])) + (" ..." if len(pages) > 10 else "")
    where = f" (pages {shown})" if pages else ""
    what = f", in {', '.join(sorted(tables))}" if tables else ""
    return (f"the database is damaged: {len(pages) or 'some'} page(s) fail their checks{where}{what}; "
            f"SQLite reported {len(cipher) + len(quick)} problem(s) (see --json 'details'). Restore the vault "
            "from a backup; keep this copy for analysis")


def _sync_wal(path: Path) -> None:
    """Make the commits so far durable (the write-ahead log synced), whatever ``synchronous`` says."""
    wal = path.with_name(path.name + "-wal")
    try:
        fd = os.open(wal, os.O_RDONLY)
    except FileNotFoundError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_temporaries(path: Path) -> None:
    """The temporary files of the vault's own atomic writes (key slots, witness) that a crash left behind:
    the file they were to replace is intact, so they go (under the vault's lock, nobody else writes)."""
    for suffix in (".keys", ".audit-head"):
        for p in path.parent.glob(f".{path.name}{suffix}.*.tmp"):
            with contextlib.suppress(OSError):
                p.unlink()


def _recover_interrupted_rekey(path: Path) -> list[str]:
    """Settle, under the vault's lock and before its key slots are read, a rekey that was interrupted
    (see :meth:`Vault.rekey`):

    - ``<vault>.rekey`` without a rekey recorded in the key slots: the copy was being written; drop it;
    - a rekey recorded and ``<vault>.rekey`` still there: the database was not renamed, so the old vault
      is intact: drop the copy and the rekey's slots (nothing of it took effect);
    - a rekey recorded and the copy gone: the database was renamed; the slots now name the new key
      (the old secrets still reach it through the bridge)."""
    notes: list[str] = []
    tmp_db = path.with_name(path.name + REKEY_SUFFIX)
    legacy_keys = keys_path(path).with_name(keys_path(path).name + REKEY_SUFFIX)
    kpath = keys_path(path)
    slots = None
    if kpath.exists():
        with contextlib.suppress(LiaisonError):
            slots = ks.KeySlots.load(kpath)
    if slots is not None and slots.rekey:
        change = slots.rekey["change"]
        if tmp_db.exists():
            for p in (tmp_db, *sidecar_files(tmp_db)):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            slots.cancel(change)
            slots.save()
            notes.append("A rekey was interrupted before it took effect and was undone: the vault is as it was, "
                         "under its old key, with its old passphrase and recovery code.")
        else:
            slots.key_id = slots.rekey["to"]
            slots.rekey = None
            slots.save()
    elif tmp_db.exists():
        for p in (tmp_db, *sidecar_files(tmp_db)):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
    if legacy_keys.exists():  # left by a rekey of an earlier Liaison
        if not tmp_db.exists() and slots is not None:
            with contextlib.suppress(LiaisonError):
                newer = ks.KeySlots.load(legacy_keys)
                if newer.key_id != slots.key_id:
                    os.replace(legacy_keys, kpath)
        with contextlib.suppress(FileNotFoundError):
            legacy_keys.unlink()
    return notes


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def remove_vault_files(path: Path) -> None:
    """For tests and the demo only: never called on an officer's vault."""
    for p in [path, keys_path(path), lock_path(path), witness_path(path), *sidecar_files(path),
              *wit.disputed_files(path)]:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
    shutil.rmtree(files_dir(path), ignore_errors=True)


def copy_vault_files(src: Path, dest: Path) -> Path:
    """For tests and the demo only: a copy of a closed vault (database, key slots, witness, encrypted files)."""
    src, dest = Path(src), Path(dest)
    shutil.copy2(src, dest)
    shutil.copy2(keys_path(src), keys_path(dest))
    if witness_path(src).exists():
        shutil.copy2(witness_path(src), witness_path(dest))
    if files_dir(src).is_dir():
        shutil.copytree(files_dir(src), files_dir(dest))
    return dest


__all__ = ["Vault", "copy_vault_files", "file_sha256", "remove_vault_files"]
