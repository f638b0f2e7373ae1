"""Cases, persons (data subjects), the links between them, and reference counters.

Sortable columns are NOT NULL ('' for none) with an index on (column, id) so that
keyset pages stay fast at 100,000 cases. Erasure keeps rows as tombstones
(``erased_at`` set, personal data blanked) so that statistics and foreign keys
from the exchange log still hold.
"""

_CASE_STATUSES = "'draft','open','request sent','awaiting response','response received','closed','archived'"
_PERSON_CATEGORIES = "'suspect','convicted','victim','witness','other'"
_ORIGINS = "'user','reference','demo','import'"


def up(db) -> None:
    db.execute(
        """CREATE TABLE reference_counters (
            kind TEXT NOT NULL,              -- 'case' | 'person'
            year INTEGER NOT NULL,
            last_seq INTEGER NOT NULL,
            PRIMARY KEY (kind, year)
        ) STRICT"""
    )
    db.execute(
        f"""CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            reference TEXT NOT NULL COLLATE NOCASE UNIQUE,
            counterpart_reference TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            offence_category TEXT NOT NULL DEFAULT '',   -- slug from offence_categories.json
            offence_text TEXT NOT NULL DEFAULT '',       -- free text when no category fits
            requesting_state TEXT NOT NULL,              -- ISO 3166-1 alpha-2
            requested_state TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ({_CASE_STATUSES})),
            status_reason TEXT NOT NULL DEFAULT '',
            urgency TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal','urgent')),
            urgency_reason TEXT NOT NULL DEFAULT '',
            assigned_officer TEXT NOT NULL DEFAULT '',
            legal_basis_id TEXT REFERENCES agreements(id),
            handling TEXT NOT NULL DEFAULT '',           -- e.g. 'TLP:AMBER H3'
            handling_h3_text TEXT NOT NULL DEFAULT '',
            review_date TEXT NOT NULL DEFAULT '',        -- YYYY-MM-DD or ''
            tags TEXT NOT NULL DEFAULT '[]',             -- JSON list, mirrored in case_tags
            notes TEXT NOT NULL DEFAULT '',
            opened_at TEXT NOT NULL DEFAULT '',
            closed_at TEXT NOT NULL DEFAULT '',
            erased_at TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS}))
        ) STRICT"""
    )
    for col in (
        "reference", "title", "status", "urgency", "requesting_state", "requested_state",
        "assigned_officer", "review_date", "created_at", "updated_at", "offence_category",
    ):
        db.execute(f"CREATE INDEX cases_{col} ON cases({col}, id)")
    db.execute("CREATE INDEX cases_counterpart_reference ON cases(counterpart_reference COLLATE NOCASE)")
    db.execute("CREATE INDEX cases_legal_basis ON cases(legal_basis_id)")
    db.execute(
        """CREATE TABLE case_tags (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            tag TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (case_id, tag)
        ) STRICT"""
    )
    db.execute("CREATE INDEX case_tags_tag ON case_tags(tag, case_id)")
    db.execute(
        f"""CREATE TABLE persons (
            id TEXT PRIMARY KEY,
            reference TEXT NOT NULL COLLATE NOCASE UNIQUE,
            display_name TEXT NOT NULL,
            names TEXT NOT NULL DEFAULT '[]',              -- JSON [{{text, script?, lang?}}]
            transliteration TEXT NOT NULL DEFAULT '',
            transliteration_auto INTEGER NOT NULL DEFAULT 0 CHECK (transliteration_auto IN (0, 1)),
            date_of_birth TEXT NOT NULL DEFAULT '',        -- YYYY, YYYY-MM or YYYY-MM-DD
            nationality TEXT NOT NULL DEFAULT '',          -- ISO 3166-1 alpha-2 or ''
            documents TEXT NOT NULL DEFAULT '[]',          -- JSON [{{type, number, country, expires}}]
            category TEXT NOT NULL CHECK (category IN ({_PERSON_CATEGORIES})),
            facts TEXT NOT NULL DEFAULT '[]',              -- JSON [{{text, source, date}}]  (LED Art. 7)
            assessments TEXT NOT NULL DEFAULT '[]',        -- JSON [{{text, source, date}}]
            notes TEXT NOT NULL DEFAULT '',
            review_date TEXT NOT NULL DEFAULT '',
            erased_at TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS}))
        ) STRICT"""
    )
    for col in (
        "reference", "display_name", "category", "nationality", "review_date", "created_at", "updated_at",
    ):
        db.execute(f"CREATE INDEX persons_{col} ON persons({col}, id)")
    db.execute(
        f"""CREATE TABLE case_persons (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id),
            person_id TEXT NOT NULL REFERENCES persons(id),
            role TEXT NOT NULL CHECK (role IN ({_PERSON_CATEGORIES})),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS})),
            UNIQUE (case_id, person_id)
        ) STRICT"""
    )
    db.execute("CREATE INDEX case_persons_person ON case_persons(person_id, case_id)")
    _planner_statistics(db)


# Rows in sqlite_stat1 ("rows per table, rows per distinct value of the index's
# first column, ..."), written by hand as SQLite's documentation allows, for a
# vault of the target size. Without them a fresh vault's planner believes every
# equality filter is selective and sorts thousands of rows for a page instead of
# walking the sort index; a later ANALYZE replaces them with measured values.
_STATS = {
    ("cases", None): "100000",
    ("cases", "cases_reference"): "100000 1 1",
    ("cases", "cases_title"): "100000 2 1",
    ("cases", "cases_status"): "100000 30000 1",
    ("cases", "cases_urgency"): "100000 50000 1",
    ("cases", "cases_requesting_state"): "100000 25000 1",
    ("cases", "cases_requested_state"): "100000 25000 1",
    ("cases", "cases_assigned_officer"): "100000 2000 1",
    ("cases", "cases_review_date"): "100000 50 1",
    ("cases", "cases_created_at"): "100000 1 1",
    ("cases", "cases_updated_at"): "100000 1 1",
    ("cases", "cases_offence_category"): "100000 4000 1",
    ("cases", "cases_counterpart_reference"): "100000 1",
    ("cases", "cases_legal_basis"): "100000 5000",
    ("case_tags", "case_tags_tag"): "50000 500 1",
    ("persons", None): "100000",
    ("persons", "persons_reference"): "100000 1 1",
    ("persons", "persons_display_name"): "100000 2 1",
    ("persons", "persons_category"): "100000 25000 1",
    ("persons", "persons_nationality"): "100000 2000 1",
    ("persons", "persons_review_date"): "100000 50 1",
    ("persons", "persons_created_at"): "100000 1 1",
    ("persons", "persons_updated_at"): "100000 1 1",
    ("case_persons", "case_persons_person"): "150000 2 1",
}


def _planner_statistics(db) -> None:
    db.execute("ANALYZE case_tags")  # creates sqlite_stat1 if it does not exist (the table is empty: no row)
    tables = sorted({t for t, _ in _STATS})
    db.execute(f"DELETE FROM sqlite_stat1 WHERE tbl IN ({', '.join('?' * len(tables))})", tables)
    for (tbl, idx), stat in _STATS.items():
        db.execute("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", (tbl, idx, stat))
    db.execute("ANALYZE sqlite_schema")  # reload the statistics into the planner
