"""Import conflicts get a kind of their own for a record the bundle's sender may not change: one that exists
here and did not come from that sender nor went to it in a bundle (``not-theirs``). The CHECK list of
``bundle_conflicts.kind`` is widened in place, by the procedure of ``m0011`` (writable_schema, schema version
raised, the definition compiled in a scratch database first, an integrity check before commit): no row
changes, no table is rebuilt."""

from __future__ import annotations

from liaison.errors import MigrationFailed
from liaison.migrations.m0011_check_lists import replace_definitions

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
    replace_definitions(db, [("bundle_conflicts", new)])
