"""What the vault needs to prove its own integrity and to keep erasures final.

- ``vault_keys``: the vault's audit signing key (Ed25519), with which every audit export is signed, so
  that an export cut short or edited is caught by anyone holding the public key (printed by
  ``liaison audit key``, and in every export and oversight report).
- ``erasures``: every record whose personal data was erased, by its id and a keyed hash of the content it
  had (HMAC-SHA256 under a random key of this vault: the hash keeps no data and cannot be checked
  against guesses without the vault), so that an import never brings it back.
- ``bundle_exports`` and ``bundle_export_records``: which records went out in which bundle (its random
  id travels inside the encrypted bundle only); ``record_sources``: which vault, through which bundle,
  each imported record came from. Together they decide which records a bundle's sender may change.
"""

from __future__ import annotations


def up(db) -> None:
    db.execute(
        """CREATE TABLE vault_keys (
            name TEXT PRIMARY KEY,                       -- 'audit-signing', 'erasure-hash'
            secret BLOB NOT NULL,
            public TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE erasures (
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,                  -- HMAC-SHA256 of the content before erasure
            erased_at TEXT NOT NULL,
            PRIMARY KEY (table_name, record_id)
        ) STRICT, WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX erasures_content ON erasures(table_name, content_hash)")
    db.execute(
        """CREATE TABLE bundle_exports (
            id TEXT PRIMARY KEY,                         -- the bundle's own random id (in its manifest)
            exported_at TEXT NOT NULL,
            case_id TEXT NOT NULL,
            recipients TEXT NOT NULL DEFAULT '[]'
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE bundle_export_records (
            bundle_id TEXT NOT NULL REFERENCES bundle_exports(id),
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            PRIMARY KEY (bundle_id, table_name, record_id)
        ) STRICT, WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX bundle_export_records_record ON bundle_export_records(table_name, record_id)")
    db.execute(
        """CREATE TABLE record_sources (
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            source_vault TEXT NOT NULL,
            bundle_id TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            PRIMARY KEY (table_name, record_id, source_vault)
        ) STRICT, WITHOUT ROWID"""
    )
