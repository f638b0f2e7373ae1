"""Answers the officer gives to a document template's questions (``ask: true``
fields), kept per case and template so that a letter can be drafted over several
sittings and made again identically. Values are JSON text (a string, or a list
for list and measures fields). The renderer's register is in m0009.
"""

_ORIGINS = "'user','reference','demo','import'"


def up(db) -> None:
    db.execute(
        f"""CREATE TABLE document_answers (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            template_id TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL CHECK (json_valid(value)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS})),
            PRIMARY KEY (case_id, template_id, key)
        ) STRICT"""
    )
