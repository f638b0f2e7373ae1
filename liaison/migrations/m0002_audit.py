"""The audit trail (Law Enforcement Directive Art. 25), hash-chained."""


def up(db) -> None:
    db.execute(
        """CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,          -- 1, 2, 3, ... without gaps
            at TEXT NOT NULL,                 -- UTC, ISO 8601
            actor TEXT NOT NULL,
            action TEXT NOT NULL,             -- collect|alter|consult|disclose|combine|erase|...
            record_type TEXT NOT NULL,
            record_id TEXT,
            ref TEXT,                         -- human reference (case number) when there is one
            summary TEXT NOT NULL DEFAULT '',
            justification TEXT,
            recipients TEXT,                  -- JSON list
            details TEXT,                     -- JSON object
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX audit_record ON audit(record_type, record_id, seq)")
    db.execute("CREATE INDEX audit_at ON audit(at)")
