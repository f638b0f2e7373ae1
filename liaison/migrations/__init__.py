"""Numbered schema migrations.

Each module ``mNNNN_<what>.py`` in this package is migration NNNN and defines
``up(db)``, where ``db`` is a ``sqlite_utils.Database``. Migrations run in order,
each in its own transaction that also sets ``PRAGMA user_version`` to its number.
A module may set ``FOREIGN_KEYS_OFF = True`` (it rebuilds a table: foreign keys
are off during it and checked before it commits) and ``VACUUM_AFTER = True``.
A vault whose version is above the newest migration here was written by a newer
Liaison and is refused untouched.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass

_NAME = re.compile(r"^m(\d{4})_(\w+)$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    up: Callable
    foreign_keys_off: bool = False  # the migration rebuilds a table: foreign keys off, checked before commit
    vacuum_after: bool = False      # the migration frees many pages: compact the file afterwards


def all_migrations() -> list[Migration]:
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        m = _NAME.match(info.name)
        if not m:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(int(m.group(1)), m.group(2), module.up,
                               bool(getattr(module, "FOREIGN_KEYS_OFF", False)),
                               bool(getattr(module, "VACUUM_AFTER", False))))
    found.sort(key=lambda mig: mig.version)
    versions = [mig.version for mig in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a number: {versions}")
    return found


def latest_version() -> int:
    migs = all_migrations()
    return migs[-1].version if migs else 0
