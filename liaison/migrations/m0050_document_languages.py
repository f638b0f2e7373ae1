"""Language versions of one document are siblings: the same version number, one row per language set.

Why: a request sent in English and in French was registered as version 1 and version 2, the French one
superseding the English, so that the first transmission of a request in several languages read "Version 6".
Now the register keeps, for one case and template, one version per finalisation of the same content, with a
row per language version: ``language_of`` names the first language version of that version ('' for the first
itself), and the uniqueness of (case, template, status, version) takes the languages in.

SQLite cannot change a UNIQUE constraint in place (it is an index built with the table), so the table is
rebuilt by SQLite's documented procedure (https://www.sqlite.org/lang_altertable.html#otheralter): its
definition is read back from the schema (so that columns another migration added stay), edited, created under
a new name, filled, and renamed; its indexes and triggers are made again from their stored definitions.
"""

from __future__ import annotations

import re

from liaison.errors import MigrationFailed

FOREIGN_KEYS_OFF = True

_UNIQUE = re.compile(r"UNIQUE\s*\(\s*case_id\s*,\s*template_id\s*,\s*status\s*,\s*version\s*\)")


def up(db) -> None:
    db.execute("ALTER TABLE documents ADD COLUMN language_of TEXT NOT NULL DEFAULT ''")
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'documents'").fetchone()[0]
    if not _UNIQUE.search(sql):
        raise MigrationFailed("The documents table has no UNIQUE (case_id, template_id, status, version) to widen; "
                              "nothing was changed.")
    new = _UNIQUE.sub("UNIQUE (case_id, template_id, status, version, languages)", sql, count=1)
    new = re.sub(r"^CREATE TABLE\s+\"?documents\"?", "CREATE TABLE documents_new", new, count=1)
    extras = db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'documents' AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL").fetchall()
    columns = [r[1] for r in db.execute("PRAGMA table_info(documents)").fetchall()]
    names = ", ".join(f'"{c}"' for c in columns)
    db.execute(new)
    db.execute(f"INSERT INTO documents_new ({names}) SELECT {names} FROM documents")
    db.execute("DROP TABLE documents")
    db.execute("ALTER TABLE documents_new RENAME TO documents")
    for (statement,) in extras:
        db.execute(statement)
    db.execute("CREATE INDEX documents_language_of ON documents(language_of)")
