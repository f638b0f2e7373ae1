"""Full-text search: one FTS5 index over every kind of record.

``search_entries`` keeps, per indexed record, the original title and text (for
snippets, shown as the officer wrote them) and the key that links it to its
record. ``search_fts`` is a contentless FTS5 table over the *folded* text (see
``liaison.search.fold``): Python folds and splits the text into tokens, so the
``ascii`` tokenizer here only has to split on spaces. ``contentless_delete``
lets a record be removed or re-indexed without recomputing its old tokens.
``search_terms`` lists the indexed words for prefix expansion; words no entry
holds any more are dropped on removal (erased names must not linger there).

This is derived data, not a record: its rows have no ULID, rev or origin, and
are rewritten by the stores on every write.
"""


def up(db) -> None:
    db.execute(
        """CREATE TABLE search_entries (
            doc INTEGER PRIMARY KEY,          -- the FTS5 rowid
            record_type TEXT NOT NULL,
            record_id TEXT NOT NULL,
            ref TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            case_id TEXT,
            updated_at TEXT NOT NULL,
            UNIQUE (record_type, record_id)
        ) STRICT"""
    )
    db.execute("CREATE INDEX search_entries_case ON search_entries(case_id) WHERE case_id IS NOT NULL")
    db.execute(
        """CREATE VIRTUAL TABLE search_fts USING fts5(
            kind, title, body,
            content='', contentless_delete=1,
            tokenize='ascii', prefix='2 3'
        )"""
    )
    # The distinct words (4 characters or more) in the index, so that a prefix
    # is expanded to its words by a B-tree range instead of FTS5 merging every
    # matching doclist (seconds for a common prefix at a million entries).
    db.execute("CREATE TABLE search_terms (term TEXT PRIMARY KEY) STRICT, WITHOUT ROWID")
    # Title matches weigh more than body matches; the kind column is only a filter.
    db.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(0.0, 8.0, 1.0)')")
