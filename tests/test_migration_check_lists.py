"""Migration 11: CHECK constraints with long IN lists become OR chains, with the same meaning."""

from __future__ import annotations

import re

import pytest
from conftest import PASSPHRASE

from liaison import migrations
from liaison.db import DatabaseError
from liaison.migrations.m0011_check_lists import literals, rewrite
from liaison.vault import Vault

_IN_LIST = re.compile(r"CHECK \((\w+) IN \(([^()]*)\)\)")


def test_rewrite_turns_long_lists_into_or_chains():
    sql = ("CREATE TABLE t (a TEXT CHECK (a IN ('x','y','it''s')), b INTEGER CHECK (b IN (0, 1)), "
           "c TEXT CHECK (c IN ('p', 'q', 'r')), d INTEGER CHECK (d IN (1, -2, 3))) STRICT")
    assert rewrite(sql) == (
        "CREATE TABLE t (a TEXT CHECK (a = 'x' OR a = 'y' OR a = 'it''s'), b INTEGER CHECK (b IN (0, 1)), "
        "c TEXT CHECK (c = 'p' OR c = 'q' OR c = 'r'), d INTEGER CHECK (d = 1 OR d = -2 OR d = 3)) STRICT")


@pytest.mark.parametrize("text", ["lower(x), 'a', 'b'", "'a', 'b', x", "'a',, 'b'", "'unterminated, 'b', 'c'"])
def test_rewrite_leaves_anything_but_plain_literals(text):
    assert literals(text) is None
    sql = f"CREATE TABLE t (a TEXT CHECK (a IN ({text})))"
    assert rewrite(sql) == sql


def test_a_new_vault_has_no_long_check_lists(vault):
    for name, sql in vault.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall():
        for col, items in _IN_LIST.findall(sql or ""):
            assert len(literals(items) or []) < 3, f"{name}.{col} still checks a long IN list"


def test_the_or_chains_accept_and_refuse_what_the_lists_did(vault):
    case = vault.cases.add(title="Checks", requesting_state="PL", requested_state="DE").id
    entry = vault.exchanges.add(direction="sent", summary="request", case=case, channel="e-mail",
                                request_type="mla-request", cross_check=False).id
    db = vault.db
    assert db.execute("SELECT request_type, outcome FROM exchanges WHERE id = ?", (entry,)).fetchone() == \
        ("mla-request", None)  # NULL passes, as it did
    with pytest.raises(DatabaseError, match="CHECK"):
        with vault.transaction() as tx:
            tx.execute("UPDATE cases SET status = 'misfiled' WHERE id = ?", (case,))
    with pytest.raises(DatabaseError, match="CHECK"):
        with vault.transaction() as tx:
            tx.execute("INSERT INTO agencies (id, name, kind, country, origin, created_at, updated_at) VALUES "
                       "('01J0000000000000000000000A', 'X', 'police', 'DE', 'elsewhere', '2026', '2026')")


def test_migrating_a_schema_10_vault_keeps_its_rows(vault_path, memory_keychain, monkeypatch):
    newest = migrations.all_migrations()
    monkeypatch.setattr("liaison.vault.all_migrations", lambda: [m for m in newest if m.version <= 10])
    monkeypatch.setattr("liaison.vault.latest_version", lambda: 10)
    vault, _ = Vault.create(vault_path, PASSPHRASE, keychain=memory_keychain)
    case = vault.cases.add(title="Before", requesting_state="PL", requested_state="DE").id
    vault.exchanges.add(direction="received", summary="old entry", case=case, channel="e-mail",
                        request_type="information-request", cross_check=False)
    old = vault.db.execute("SELECT sql FROM sqlite_master WHERE name = 'exchanges'").fetchone()[0]
    assert "request_type IN (" in old
    vault.close()
    monkeypatch.undo()

    vault = Vault.open(vault_path, PASSPHRASE, keychain=memory_keychain)
    try:
        assert vault.schema_version == migrations.latest_version()
        assert vault.backup_before_migration is not None
        new = vault.db.execute("SELECT sql FROM sqlite_master WHERE name = 'exchanges'").fetchone()[0]
        assert new == rewrite(old) and "request_type = 'mla-request' OR" in new
        assert vault.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [e["summary"] for e in vault.exchanges.list(case=case).items] == ["old entry"]
        assert vault.check()["ok"]
    finally:
        vault.close()
