"""Preferences kept inside the encrypted vault (they may be sensitive: the
officer's name, unit, signature block)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any


class Settings:
    def __init__(self, vault) -> None:
        self.vault = vault

    def get(self, key: str, default: Any = None) -> Any:
        row = self.vault.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        with self.vault.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (key, json.dumps(value, ensure_ascii=False), datetime.now(UTC).isoformat(timespec="seconds")),
            )

    def all(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self.vault.db.execute("SELECT key, value FROM settings ORDER BY key")}
