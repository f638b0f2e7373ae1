"""liaison.db helpers: inserting many rows without binding None."""

from __future__ import annotations

import pytest
import sqlcipher3

from liaison.audit import _NULLABLE as AUDIT_NULLABLE
from liaison.db import IntegrityError, insert_many, nullable_columns


@pytest.fixture
def conn():
    c = sqlcipher3.connect(":memory:", isolation_level=None)
    c.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, label TEXT DEFAULT 'x', "
              "kept TEXT NOT NULL DEFAULT '') STRICT")
    yield c
    c.close()


def test_nullable_columns_are_those_without_a_default(conn):
    assert nullable_columns(conn, "t") == {"note"}


def test_rows_are_stored_as_if_every_none_had_been_bound(conn):
    rows = [(1, "a", None, None, "k"), (2, "b", "n", "l", "k"), (3, "c", None, "l", "k"), (4, "d", "n", None, "k")]
    insert_many(conn, "t", ("id", "name", "note", "label", "kept"), rows, nullable=nullable_columns(conn, "t"))
    assert conn.execute("SELECT * FROM t ORDER BY id").fetchall() == rows  # label: NULL bound, not its default


def test_a_none_where_a_default_would_hide_it_is_still_refused(conn):
    with pytest.raises(IntegrityError, match="NOT NULL"):
        insert_many(conn, "t", ("id", "name", "kept"), [(1, "a", None)], nullable=nullable_columns(conn, "t"))
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_rows_keep_their_order_within_a_group_and_or_ignore_is_honoured(conn):
    conn.execute("CREATE TABLE u (name TEXT NOT NULL UNIQUE, note TEXT)")  # rowids follow the inserts
    rows = [(f"r{i}", None if i % 2 else "n") for i in range(1, 9)]
    insert_many(conn, "u", ("name", "note"), rows, nullable={"note"})
    insert_many(conn, "u", ("name", "note"), [("r1", "dup")], nullable={"note"}, verb="INSERT OR IGNORE")
    assert conn.execute("SELECT name, note FROM u ORDER BY rowid").fetchall() == \
        [("r1", None), ("r3", None), ("r5", None), ("r7", None), ("r2", "n"), ("r4", "n"), ("r6", "n"), ("r8", "n")]


def test_the_audit_leaves_out_only_columns_that_store_null_when_left_out(vault):
    assert AUDIT_NULLABLE <= nullable_columns(vault.db.conn, "audit")
