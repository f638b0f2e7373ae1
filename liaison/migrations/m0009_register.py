"""The register of generated documents: every final PDF, kept inside the encrypted vault with its SHA-256, so
that ``doc verify`` can say whether a file is one of ours, which one, and whether it was altered.

A new final of the same case and template is a new version that supersedes the previous one; old versions are
kept. ``meta`` holds what the e-mail draft needs (references, title, subject, handling, sender's e-mail, body).
"""

_ORIGINS = "'user','reference','demo','import'"


def up(db) -> None:
    db.execute(
        f"""CREATE TABLE documents (
            id TEXT PRIMARY KEY,                      -- the document id printed on every page (a ULID)
            case_id TEXT NOT NULL REFERENCES cases(id),
            template_id TEXT NOT NULL,
            template_version INTEGER NOT NULL,
            languages TEXT NOT NULL DEFAULT '[]',      -- JSON list, sender's language first
            title TEXT NOT NULL DEFAULT '',
            own_reference TEXT NOT NULL DEFAULT '',
            counterpart_reference TEXT NOT NULL DEFAULT '',
            document_date TEXT NOT NULL DEFAULT '',    -- the date printed on the document
            author TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('draft','final')),
            version INTEGER NOT NULL,
            supersedes_id TEXT REFERENCES documents(id),
            superseded_by TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            pdf BLOB NOT NULL,
            handling TEXT NOT NULL DEFAULT '',
            meta TEXT NOT NULL DEFAULT '{{}}',          -- JSON
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS})),
            UNIQUE (case_id, template_id, status, version)
        ) STRICT"""
    )
    for col in ("created_at", "title", "template_id", "own_reference", "document_date", "status"):
        db.execute(f"CREATE INDEX documents_{col} ON documents({col}, id)")
    db.execute("CREATE INDEX documents_case ON documents(case_id, created_at, id)")
    db.execute("CREATE INDEX documents_sha256 ON documents(sha256)")
    db.execute("CREATE INDEX documents_supersedes ON documents(supersedes_id)")
