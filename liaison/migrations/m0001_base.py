"""The vault's own tables: identity and preferences."""


def up(db) -> None:
    db.execute(
        """CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,           -- JSON
            updated_at TEXT NOT NULL
        ) STRICT"""
    )
