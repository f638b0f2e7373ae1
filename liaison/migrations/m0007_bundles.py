"""Case bundles: what was imported, conflicts left for the officer, the state each
record had when it last crossed a bundle (to tell "changed here" from "changed
there"), and the audit extracts received with imported cases.

The officer's age identity (X25519 secret key) has its own one-row table, inside
the encrypted vault and apart from ``settings`` (which screens may list).
"""

_ORIGINS = "'user','reference','demo','import'"


def up(db) -> None:
    db.execute(
        f"""CREATE TABLE bundle_identity (
            id TEXT PRIMARY KEY CHECK (id = 'officer'),  -- one identity per vault
            secret_key TEXT NOT NULL,                    -- AGE-SECRET-KEY-1...
            public_key TEXT NOT NULL,                    -- age1...
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS}))
        ) STRICT"""
    )
    db.execute(
        f"""CREATE TABLE bundle_imports (
            id TEXT PRIMARY KEY,
            imported_at TEXT NOT NULL,
            source_vault TEXT NOT NULL DEFAULT '',
            exported_by TEXT NOT NULL DEFAULT '',
            bundle_created_at TEXT NOT NULL DEFAULT '',
            case_id TEXT NOT NULL DEFAULT '',
            case_reference TEXT NOT NULL DEFAULT '',
            manifest TEXT NOT NULL,                      -- JSON: the bundle's manifest without member hashes
            outcome TEXT NOT NULL DEFAULT '{{}}',        -- JSON: counts per action
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'import' CHECK (origin IN ({_ORIGINS}))
        ) STRICT"""
    )
    db.execute("CREATE INDEX bundle_imports_imported_at ON bundle_imports(imported_at, id)")
    db.execute(
        f"""CREATE TABLE bundle_conflicts (
            id TEXT PRIMARY KEY,
            import_id TEXT NOT NULL REFERENCES bundle_imports(id),
            record_type TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('both-changed','append-only','kept-erased','renamed')),
            message TEXT NOT NULL,
            theirs TEXT NOT NULL,                        -- JSON: the bundle's version of the row
            theirs_links TEXT NOT NULL DEFAULT '{{}}',   -- JSON: its link rows (tags...), by link table
            local_rev INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','kept-local','took-theirs','dismissed')),
            resolved_at TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'import' CHECK (origin IN ({_ORIGINS}))
        ) STRICT"""
    )
    db.execute("CREATE INDEX bundle_conflicts_status ON bundle_conflicts(status, id)")
    db.execute("CREATE INDEX bundle_conflicts_created_at ON bundle_conflicts(created_at, id)")
    db.execute("CREATE INDEX bundle_conflicts_record ON bundle_conflicts(table_name, record_id)")
    db.execute(
        """CREATE TABLE bundle_sync (
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            rev INTEGER NOT NULL,
            row_hash TEXT NOT NULL,                      -- SHA-256 of the row as it crossed
            at TEXT NOT NULL,
            PRIMARY KEY (table_name, record_id)
        ) STRICT, WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE imported_audit (
            source_vault TEXT NOT NULL,
            seq INTEGER NOT NULL,
            import_id TEXT NOT NULL REFERENCES bundle_imports(id),
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            record_type TEXT NOT NULL,
            record_id TEXT,
            ref TEXT,
            summary TEXT NOT NULL DEFAULT '',
            justification TEXT,
            recipients TEXT,
            details TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (source_vault, seq)
        ) STRICT"""
    )
    db.execute("CREATE INDEX imported_audit_record ON imported_audit(record_type, record_id, seq)")
