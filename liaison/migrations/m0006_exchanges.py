"""The exchange log, its attachments, and deadlines.

The log is append-only, and the database enforces it, not only the store: a
trigger refuses any UPDATE that changes what an entry says and any DELETE. A
correction is a new row whose ``corrects_id`` names the entry it corrects (at most
one correction per entry, so a chain stays linear). The one way to change an entry
is erasure of personal data (Law Enforcement Directive Art. 16 and 5): the
store's ``redact`` sets ``redacted`` from 0 to 1 and blanks the personal-data
columns, audited as ``erase``. A redacted entry may then be deleted (retention),
an unredacted one never.

Attachments keep their bytes inside the encrypted vault with their SHA-256 and
size; they follow the same rules (no change, no deletion, except redaction which
drops the content).

Deadlines are working data, not evidence: they may be updated (met, extended).
"""

_ORIGINS = "'user','reference','demo','import'"
_REQUEST_TYPES = (
    "'mla-request','preservation-request','information-request','spontaneous-information',"
    "'eio-request','acknowledgement','status-inquiry','other'"
)
_OUTCOMES = "'granted','partially granted','refused','information provided','none'"

# Columns that say what happened: never changed once written.
_FIXED = (
    "id", "seq", "created_at", "origin", "occurred_at", "direction", "channel", "counterpart_id",
    "counterpart_country", "case_id", "legal_basis_id", "handling", "evaluation", "reference",
    "counterpart_reference", "request_type", "is_request", "urgency", "information_access", "outcome",
    "response_to_id", "corrects_id", "response_due",
)
# Columns that may hold personal data: changed only by a redaction.
_REDACTABLE = ("summary", "counterpart_name", "conditions", "h3_text", "names", "identifiers", "correction_reason")


def up(db) -> None:
    db.execute(
        f"""CREATE TABLE exchanges (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,                 -- log number shown as #N, human reference
            occurred_at TEXT NOT NULL,                   -- UTC ISO 8601
            direction TEXT NOT NULL CHECK (direction IN ('sent','received')),
            channel TEXT NOT NULL DEFAULT '',
            counterpart_id TEXT REFERENCES contacts(id),
            counterpart_name TEXT NOT NULL DEFAULT '',
            counterpart_country TEXT NOT NULL DEFAULT '', -- ISO 3166-1 alpha-2 or ''
            case_id TEXT REFERENCES cases(id),
            legal_basis_id TEXT REFERENCES agreements(id),
            summary TEXT NOT NULL,
            handling TEXT NOT NULL DEFAULT '',           -- 'TLP:AMBER H3'
            h3_text TEXT NOT NULL DEFAULT '',
            evaluation TEXT NOT NULL DEFAULT '',         -- 4x4, e.g. 'B2'
            conditions TEXT NOT NULL DEFAULT '',         -- conditions of use
            reference TEXT NOT NULL DEFAULT '',          -- our reference on the letter
            counterpart_reference TEXT NOT NULL DEFAULT '',
            names TEXT NOT NULL DEFAULT '[]',            -- JSON list: names the entry is about
            identifiers TEXT NOT NULL DEFAULT '[]',      -- JSON list: document numbers, phones, accounts
            request_type TEXT CHECK (request_type IN ({_REQUEST_TYPES})),
            is_request INTEGER NOT NULL DEFAULT 0 CHECK (is_request IN (0, 1)),
            urgency TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal','urgent')),
            information_access TEXT CHECK (information_access IN ('direct','indirect')),
            outcome TEXT CHECK (outcome IN ({_OUTCOMES})),
            response_to_id TEXT REFERENCES exchanges(id),
            corrects_id TEXT REFERENCES exchanges(id),
            correction_reason TEXT NOT NULL DEFAULT '',
            response_due TEXT NOT NULL DEFAULT '',       -- UTC ISO, entered by hand, or ''
            redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1)),
            redacted_at TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS})),
            CHECK (corrects_id IS NULL OR corrects_id <> id),
            CHECK (response_to_id IS NULL OR response_to_id <> id)
        ) STRICT"""
    )
    for col in ("occurred_at", "created_at", "direction", "channel", "counterpart_country", "seq"):
        db.execute(f"CREATE INDEX exchanges_{col} ON exchanges({col}, id)")
    db.execute("CREATE INDEX exchanges_case ON exchanges(case_id, occurred_at, id)")
    db.execute("CREATE INDEX exchanges_counterpart ON exchanges(counterpart_id)")
    db.execute("CREATE INDEX exchanges_legal_basis ON exchanges(legal_basis_id)")
    db.execute("CREATE INDEX exchanges_response_to ON exchanges(response_to_id)")
    db.execute("CREATE INDEX exchanges_request_type ON exchanges(request_type, occurred_at)")
    db.execute("CREATE INDEX exchanges_reference ON exchanges(reference COLLATE NOCASE) WHERE reference <> ''")
    db.execute(
        "CREATE INDEX exchanges_counterpart_reference ON exchanges(counterpart_reference COLLATE NOCASE) "
        "WHERE counterpart_reference <> ''"
    )
    # One correction per entry: a second one must correct the correction.
    db.execute("CREATE UNIQUE INDEX exchanges_corrects ON exchanges(corrects_id) WHERE corrects_id IS NOT NULL")

    fixed_changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _FIXED)
    redactable_changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _REDACTABLE)
    db.execute(
        f"""CREATE TRIGGER exchanges_append_only BEFORE UPDATE ON exchanges
        WHEN ({fixed_changed})
          OR (OLD.redacted = 1 AND NEW.redacted = 0)
          OR (OLD.redacted = 1 AND ({redactable_changed}))
          OR (({redactable_changed}) AND NOT (OLD.redacted = 0 AND NEW.redacted = 1))
        BEGIN
            SELECT RAISE(ABORT, 'exchange log is append-only: log a correction instead');
        END"""
    )
    db.execute(
        """CREATE TRIGGER exchanges_no_delete BEFORE DELETE ON exchanges
        WHEN OLD.redacted = 0
        BEGIN
            SELECT RAISE(ABORT, 'exchange log is append-only: entries are never deleted, only redacted');
        END"""
    )

    db.execute(
        f"""CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            exchange_id TEXT NOT NULL REFERENCES exchanges(id),
            filename TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            content BLOB,                                -- NULL once redacted
            redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1)),
            redacted_at TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS})),
            CHECK (redacted = 1 OR (content IS NOT NULL AND length(content) = size))
        ) STRICT"""
    )
    db.execute("CREATE INDEX attachments_exchange ON attachments(exchange_id, created_at, id)")
    db.execute("CREATE INDEX attachments_sha256 ON attachments(sha256)")
    db.execute(
        """CREATE TRIGGER attachments_append_only BEFORE UPDATE ON attachments
        WHEN OLD.id IS NOT NEW.id OR OLD.exchange_id IS NOT NEW.exchange_id OR OLD.size IS NOT NEW.size
          OR OLD.sha256 IS NOT NEW.sha256 OR OLD.media_type IS NOT NEW.media_type
          OR OLD.created_at IS NOT NEW.created_at OR OLD.origin IS NOT NEW.origin
          OR (OLD.redacted = 1 AND (NEW.redacted = 0 OR NEW.content IS NOT NULL OR OLD.filename IS NOT NEW.filename))
          OR ((OLD.content IS NOT NEW.content OR OLD.filename IS NOT NEW.filename)
              AND NOT (OLD.redacted = 0 AND NEW.redacted = 1 AND NEW.content IS NULL))
        BEGIN
            SELECT RAISE(ABORT, 'attachments are append-only: add a new one instead');
        END"""
    )
    db.execute(
        """CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
        WHEN OLD.redacted = 0
        BEGIN
            SELECT RAISE(ABORT, 'attachments are append-only: they are never deleted, only redacted');
        END"""
    )

    db.execute(
        """CREATE TABLE deadlines (
            id TEXT PRIMARY KEY,
            rule TEXT NOT NULL,                          -- a rule code from liaison.records.deadlines.RULES
            title TEXT NOT NULL,
            exchange_id TEXT REFERENCES exchanges(id),   -- the request that started the clock
            case_id TEXT REFERENCES cases(id),
            starts_at TEXT NOT NULL,                     -- UTC ISO: receipt, sending or decision
            due_at TEXT NOT NULL,                        -- UTC ISO
            remind_at TEXT NOT NULL DEFAULT '',          -- UTC ISO or ''
            met_at TEXT NOT NULL DEFAULT '',             -- UTC ISO or '' while open
            met_by_exchange_id TEXT REFERENCES exchanges(id),
            met_note TEXT NOT NULL DEFAULT '',
            extended_days INTEGER NOT NULL DEFAULT 0 CHECK (extended_days >= 0),
            extension_reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('user','reference','demo','import'))
        ) STRICT"""
    )
    # Open deadlines are those with met_at = ''. (met_at, due_at, id) serves the
    # keyset pages by state and due date. The counts of compute_all use small
    # partial indexes (due_at and the rowid only): at 100,000 deadlines the wide
    # index outgrew SQLCipher's page cache, and every count decrypted it again.
    db.execute("CREATE INDEX deadlines_state_due ON deadlines(met_at, due_at, id)")  # state pages
    db.execute("CREATE INDEX deadlines_open ON deadlines(due_at) WHERE met_at = ''")  # counts
    db.execute("CREATE INDEX deadlines_due_at ON deadlines(due_at, id)")
    db.execute("CREATE INDEX deadlines_remind ON deadlines(remind_at) WHERE met_at = '' AND remind_at <> ''")
    db.execute("CREATE INDEX deadlines_created_at ON deadlines(created_at, id)")
    db.execute("CREATE INDEX deadlines_exchange ON deadlines(exchange_id)")
    db.execute("CREATE INDEX deadlines_case ON deadlines(case_id, due_at, id)")
    db.execute("CREATE INDEX deadlines_met_by ON deadlines(met_by_exchange_id)")
