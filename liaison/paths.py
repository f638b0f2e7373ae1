"""Where things live: platformdirs by default, one folder with ``--data-dir``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .fileutil import ensure_private_dir

APP = "Liaison"
VAULT_FILE = "vault.liaison"


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    cache: Path
    logs: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike | None = None) -> "Paths":
        data_dir = data_dir or os.environ.get("LIAISON_DATA_DIR")
        if data_dir:
            root = Path(data_dir).expanduser().resolve()
            return cls(root, root / "config", root / "cache", root / "logs")
        return cls(
            Path(platformdirs.user_data_dir(APP, False)),
            Path(platformdirs.user_config_dir(APP, False)),
            Path(platformdirs.user_cache_dir(APP, False)),
            Path(platformdirs.user_log_dir(APP, False)),
        )

    def default_vault(self) -> Path:
        return self.data / VAULT_FILE

    def demo_vault(self) -> Path:
        return self.data / "demo" / "demo.liaison"

    def vault_path(self, explicit: str | os.PathLike | None = None) -> Path:
        chosen = explicit or os.environ.get("LIAISON_VAULT")
        return Path(chosen).expanduser().resolve() if chosen else self.default_vault()

    def ensure(self) -> "Paths":
        for p in (self.data, self.config, self.cache, self.logs):
            ensure_private_dir(p)
        return self


def keys_path(vault: Path) -> Path:
    return vault.with_name(vault.name + ".keys")


def lock_path(vault: Path) -> Path:
    return vault.with_name(vault.name + ".lock")


def sidecar_files(vault: Path) -> list[Path]:
    """Files SQLite keeps beside the database while it is open."""
    return [vault.with_name(vault.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def files_dir(vault: Path) -> Path:
    """The folder of the vault's encrypted files (attachments, PDFs): see :mod:`liaison.filestore`."""
    return vault.with_name(vault.name + ".files")


def witness_path(vault: Path) -> Path:
    """The audit trail's witness (its head, MAC'd): see :mod:`liaison.witness`."""
    return vault.with_name(vault.name + ".audit-head")


def owned_paths(vault: Path) -> list[Path]:
    """Every file and folder that belongs to the vault at ``vault`` (never written over by an export)."""
    return [vault, keys_path(vault), lock_path(vault), witness_path(vault), files_dir(vault),
            vault.with_name(vault.name + ".rekey"), *sidecar_files(vault)]
