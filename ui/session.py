"""The desktop session: which vault, whether it is open, and how it was opened.

The session owns the one open :class:`liaison.vault.Vault` of the window. It
holds no business rule: creating, opening, recovering and locking are the
core's; the session only remembers the result and tells the window through
signals. The blocking calls (``create_vault``, ``open_vault``, ``recover``,
``prepare_demo``) derive keys with Argon2id and are meant to run on a worker
thread; they return the opened vault, and the window hands it to
:meth:`Session.attach` on the main thread.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from liaison import keyslots as ks
from liaison.errors import LiaisonError, VaultError, VaultExists
from liaison.keychain import Keychain
from liaison.paths import Paths, keys_path
from liaison.vault import Vault, remove_vault_files

log = logging.getLogger(__name__)

# The demo vault holds fictional data only; its passphrase is shown on its unlock screen.
DEMO_PASSPHRASE = "demo vault passphrase"

DEFAULT_IDLE_LOCK_MINUTES = 5
MAX_IDLE_LOCK_MINUTES = 24 * 60


@dataclass
class Created:
    """What creating a vault gives back: the open vault, its recovery code (shown
    once, never stored) and a note when the keychain could not keep the key."""

    vault: Vault
    recovery_code: str
    keychain_label: str = ""
    keychain_note: str = ""


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The desktop app's own options; anything else (Qt's options) is left alone."""
    parser = argparse.ArgumentParser(prog="liaison", add_help=False)
    parser.add_argument("--vault")
    parser.add_argument("--data-dir")
    parser.add_argument("--demo", action="store_true")
    # Accepted so that `liaison --passphrase-file F` does not fail; the window never reads secrets from files.
    parser.add_argument("--passphrase-file")
    args, _rest = parser.parse_known_args(list(argv))
    return args


class Session(QObject):
    """One window's vault. ``keychain`` may be injected (tests use in-memory
    keyrings); otherwise the OS keychain is probed once, here."""

    unlocked = Signal()
    locked = Signal(str)  # why: "idle", "screen", "user"
    vault_changed = Signal()  # another vault file was chosen

    def __init__(
        self,
        vault_path: str | Path,
        *,
        demo: bool = False,
        keychain: Keychain | None = None,
        paths: Paths | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths or Paths.resolve(None)
        self.vault_path = Path(vault_path).expanduser().resolve()
        self.demo = demo
        self.keychain = keychain if keychain is not None else Keychain()
        self.vault: Vault | None = None
        self.unlocked_at: datetime | None = None

    @classmethod
    def from_argv(cls, argv: Sequence[str], *, keychain: Keychain | None = None) -> "Session":
        """Choose the vault as the command line does (``--vault``, ``--data-dir``,
        ``LIAISON_VAULT``), or the demo vault with ``--demo``."""
        args = parse_args(argv)
        paths = Paths.resolve(args.data_dir)
        if args.demo:
            return cls(paths.demo_vault(), demo=True, keychain=keychain, paths=paths)
        return cls(paths.vault_path(args.vault), keychain=keychain, paths=paths)

    # ------------------------------------------------------------------ state
    @property
    def is_open(self) -> bool:
        return self.vault is not None and not self.vault.is_locked

    def vault_exists(self) -> bool:
        return self.vault_path.exists()

    @property
    def display_name(self) -> str:
        """The vault's file name: the only thing window titles may name."""
        return self.vault_path.name

    def keychain_slot_label(self) -> str | None:
        """The keychain named in the vault's key slots, or None when the vault's
        key is not remembered in a keychain. Reads no secret."""
        try:
            slots = ks.KeySlots.load(keys_path(self.vault_path))
        except LiaisonError:
            return None  # opening will report the problem in full
        slot = slots.get("keychain")
        if slot is None:
            return None
        return str(slot.data.get("label") or slot.data.get("backend") or self.tr("the OS keychain"))

    def unlock_description(self) -> str:
        """How the open vault was unlocked, in words for the status bar."""
        if self.vault is None:
            return ""
        info = self.vault.unlocked_by
        if info.method == "keychain":
            return self.tr("Unlocked with the keychain ({keychain})").format(keychain=info.keychain_backend)
        if info.method == "recovery":
            return self.tr("Unlocked with the recovery code")
        if info.method == "created":
            return self.tr("Created in this session")
        return self.tr("Unlocked with the passphrase")

    def idle_lock_minutes(self) -> int:
        """The officer's idle-lock preference (kept in the vault), bounded: a
        missing or unreadable value means the default, never 'do not lock'."""
        if not self.is_open:
            return DEFAULT_IDLE_LOCK_MINUTES
        try:
            value = self.vault.settings.get("ui.idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES)
            minutes = int(value)
        except (LiaisonError, TypeError, ValueError):
            return DEFAULT_IDLE_LOCK_MINUTES
        if minutes < 1:
            return DEFAULT_IDLE_LOCK_MINUTES
        return min(minutes, MAX_IDLE_LOCK_MINUTES)

    # --------------------------------------------- blocking work (worker thread)
    def create_vault(self, passphrase: str, remember_in_keychain: bool) -> Created:
        """Create the vault at this session's path. The keychain is asked after the
        vault exists, so that a keychain failure costs the officer nothing but a note."""
        vault, code = Vault.create(self.vault_path, passphrase, keychain=self.keychain)
        created = Created(vault, code)
        if remember_in_keychain:
            try:
                created.keychain_label = vault.enable_keychain()
            except LiaisonError as exc:
                created.keychain_note = self.tr(
                    "The vault was created, but the keychain could not keep its key: {message} "
                    "The vault will ask for its passphrase."
                ).format(message=exc.message)
        return created

    def open_vault(self, passphrase: str | None = None) -> Vault:
        """Open with the passphrase, or with the keychain when none is given."""
        return Vault.open(self.vault_path, passphrase, keychain=self.keychain)

    def recover(self, recovery_code: str, new_passphrase: str) -> Vault:
        """Open with the recovery code and set a new passphrase. The new
        passphrase is checked first, so that a refusal changes nothing."""
        ks.check_passphrase_strength(new_passphrase)
        vault = Vault.open(self.vault_path, recovery_code=recovery_code, keychain=self.keychain)
        try:
            vault.change_passphrase(new_passphrase)
        except BaseException:
            vault.close()
            raise
        return vault

    def prepare_demo(self) -> Vault | None:
        """Create the demo vault when it does not exist yet and fill it with
        fictional data. Returns the open vault, or None when it already existed
        (then it is unlocked like any other, its passphrase shown)."""
        if self.vault_exists():
            return None
        try:
            vault, _code = Vault.create(self.vault_path, DEMO_PASSPHRASE, keychain=self.keychain)
        except VaultExists:
            return None
        try:
            demo = importlib.import_module("liaison.demo")  # written later; the demo vault is empty until then
        except ImportError:
            log.info("liaison.demo is not available: the demo vault stays empty")
        else:
            try:
                demo.populate(vault)
            except Exception as exc:
                # Fictional data only: a half-filled demo vault is removed so that the next start tries again.
                log.exception("filling the demo vault failed")
                vault.close()
                remove_vault_files(self.vault_path)
                raise VaultError(
                    f"The demo data could not be written ({type(exc).__name__}: {exc}).",
                    hint="The demo vault was removed; the next start tries again.",
                ) from exc
        return vault

    # -------------------------------------------------------- main-thread state
    def attach(self, vault: Vault) -> None:
        """Make ``vault`` (opened on a worker) this session's open vault."""
        if self.vault is not None and self.vault is not vault:
            with contextlib.suppress(Exception):
                self.vault.close()
        self.vault = vault
        self.unlocked_at = datetime.now().astimezone()
        self.unlocked.emit()

    def lock(self, reason: str = "user") -> bool:
        """Lock: the core closes the database and drops the key. Returns False
        when there was nothing to lock."""
        if not self.is_open:
            return False
        assert self.vault is not None
        self.vault.lock()
        self.vault = None
        self.unlocked_at = None
        self.locked.emit(reason)
        return True

    def close(self) -> None:
        if self.vault is not None:
            with contextlib.suppress(Exception):
                self.vault.close()
            self.vault = None

    def switch_to(self, path: str | Path, *, demo: bool = False) -> None:
        """Work on another vault file: the open one (if any) is locked first."""
        self.lock("user")
        self.close()
        self.vault_path = Path(path).expanduser().resolve()
        self.demo = demo
        self.vault_changed.emit()

    def lock_deadline(self, last_activity: datetime) -> datetime:
        return last_activity + timedelta(minutes=self.idle_lock_minutes())
