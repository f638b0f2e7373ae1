"""Import conflicts get a kind of their own for a record the bundle's sender may not change: one that exists
here and did not come from that sender nor went to it in a bundle (``not-theirs``). The CHECK list of
``bundle_conflicts.kind`` is widened in place, by the procedure of ``m0011`` (writable_schema, schema version
raised, the definition compiled in a scratch database first, an integrity check before commit): no row
changes, no table is rebuilt."""

from __future__ import annotations

from liaison.errors import MigrationFailed
from liaison.migrations.m0011_check_lists import _compiles

_OLD = "kind = 'renamed')"
_NEW = "kind = 'renamed' OR kind = 'not-theirs')"
_OLD_IN = "'kept-erased','renamed'))"
_NEW_IN = "'kept-erased','renamed','not-theirs'))"


def up(db) -> None:
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'bundle_conflicts'").fetchone()
    if row is None:
        return
    sql = row[0]
    if "'not-theirs'" in sql:
        return
    new = sql.replace(_OLD, _NEW) if _OLD in sql else sql.replace(_OLD_IN, _NEW_IN)
    if new == sql:
        raise MigrationFailed("The definition of bundle_conflicts is not the one expected; nothing was changed.")
    if not _compiles(new):
        raise MigrationFailed("The widened definition of bundle_conflicts does not compile; nothing was changed.")
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'bundle_conflicts'", (new,))
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
    problems = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if problems != ["ok"]:
        raise MigrationFailed(f"The vault's integrity check failed after widening bundle_conflicts: {problems[0]}.")
