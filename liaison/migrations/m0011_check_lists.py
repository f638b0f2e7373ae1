"""CHECK constraints written ``col IN ('a', 'b', 'c', ...)`` become ``(col = 'a' OR col = 'b' OR ...)``.

Why: SQLite evaluates an IN list of three values or more inside a CHECK constraint by building a small
temporary index at every row it writes (about 2 µs each on the development machine), where the equal OR
chain is a few comparisons. An exchange has three such constraints (request type, outcome, origin): the
1,000 exchanges of the benchmark's case bundle took 29 ms to insert with them and 23 ms without.

The two forms accept exactly the same values (a NULL makes both NULL, which a CHECK lets through), so no
row changes and no table is rebuilt: the table definitions are edited in place by SQLite's documented
procedure for changing a CHECK constraint (https://www.sqlite.org/lang_altertable.html#otheralter, "making
other kinds of table schema changes"): ``writable_schema``, the schema version raised by one, and an
integrity check before the migration commits. Each new definition is first compiled in a scratch database,
so a definition SQLite would not read is never written. Lists of one or two values, and anything not of
the plain ``column IN (literals)`` shape, are left as they are.
"""

from __future__ import annotations

import re

import sqlcipher3

from liaison.errors import MigrationFailed

# CHECK (column IN (literal, literal, ...)) with no nested parentheses.
_CHECK_IN = re.compile(r"CHECK \((\w+) IN \(([^()]*)\)\)")
# One literal of such a list: a quoted string (quotes doubled inside) or an integer.
_LITERAL = re.compile(r"\s*('(?:[^']|'')*'|-?\d+)\s*(?:,|$)")


def literals(text: str) -> list[str] | None:
    """The literals of an IN list, or None when it is anything but a plain list of them."""
    out, pos = [], 0
    while pos < len(text):
        m = _LITERAL.match(text, pos)
        if not m:
            return None
        out.append(m.group(1))
        pos = m.end()
    return out


def rewrite(sql: str) -> str:
    """``sql`` (a CREATE TABLE statement) with its long CHECK IN lists written as OR chains."""
    def one(m: re.Match) -> str:
        items = literals(m.group(2))
        if items is None or len(items) < 3:
            return m.group(0)
        return "CHECK (" + " OR ".join(f"{m.group(1)} = {item}" for item in items) + ")"
    return _CHECK_IN.sub(one, sql)


def _compiles(sql: str) -> bool:
    scratch = sqlcipher3.connect(":memory:")  # the vault's own SQLite, unkeyed: plain and in memory
    try:
        scratch.execute(sql)
        return True
    except sqlcipher3.Error:
        return False
    finally:
        scratch.close()


def up(db) -> None:
    tables = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%CHECK%'").fetchall()
    changes = [(name, new) for name, sql in tables if (new := rewrite(sql)) != sql]
    if not changes:
        return
    replace_definitions(db, changes)


def replace_definitions(db, changes: list[tuple[str, str]]) -> None:
    """Write new definitions (``CREATE TABLE`` text) of tables in place, by SQLite's documented procedure:
    each compiled in a scratch database first, ``writable_schema``, the schema version raised by one, and an
    integrity check before the caller's transaction commits."""
    for name, new in changes:
        if not _compiles(new):
            raise MigrationFailed(f"The rewritten definition of the table {name} does not compile; nothing was changed.")
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        for name, new in changes:
            db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (new, name))
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
    problems = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if problems != ["ok"]:
        raise MigrationFailed(f"The vault's integrity check failed after rewriting a table definition: {problems[0]}.")
