"""The vault: creation, unlocking, key changes, integrity, migrations, locking."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from liaison import keyslots
from liaison.db import connect
from liaison.errors import (
    KeySlotsMissing,
    PassphraseRequired,
    VaultCorrupted,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from liaison.migrations import latest_version
from liaison.paths import keys_path
from liaison.vault import Vault

SECRET = "Operation NIGHTJAR informant Ζαχαρίας"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_returns_open_vault_and_formatted_recovery_code(vault_path):
    v, code = Vault.create(vault_path, PASSPHRASE)
    try:
        groups = code.split("-")
        assert len(groups) == 8 and all(len(g) == 4 for g in groups)
        assert v.schema_version == latest_version()
        assert set(v.keyslots.kinds()) == {"passphrase", "recovery"}
        assert v.db.execute("SELECT value FROM meta WHERE key='vault_id'").fetchone()[0] == v.id
    finally:
        v.close()


def test_files_are_owner_only(vault):
    for p in (vault.path, keys_path(vault.path)):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p


def test_key_slot_file_holds_no_secret(vault_path):
    v, code = Vault.create(vault_path, PASSPHRASE)
    key = bytes(v._key)
    v.close()
    text = keys_path(vault_path).read_bytes()
    assert PASSPHRASE.encode() not in text
    assert code.encode() not in text and code.replace("-", "").encode() not in text
    assert key not in text and key.hex().encode() not in text
    import base64

    assert base64.b64encode(key) not in text


def test_create_refuses_short_passphrase_and_writes_nothing(vault_path):
    with pytest.raises(WeakPassphrase):
        Vault.create(vault_path, "short")
    assert not vault_path.exists() and not keys_path(vault_path).exists()


def test_create_refuses_existing_vault(vault, vault_path):
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE)


def test_wrong_passphrase(vault_path):
    Vault.create(vault_path, PASSPHRASE)[0].close()
    before = sha(vault_path)
    with pytest.raises(WrongPassphrase) as err:
        Vault.open(vault_path, "not the passphrase at all")
    assert "Wrong passphrase" in str(err.value)
    assert sha(vault_path) == before
    # the failed attempt released the file lock
    Vault.open(vault_path, PASSPHRASE).close()


def test_passphrase_is_nfc_normalised(vault_path):
    composed = "Café Müller Łódź 2026"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    Vault.create(vault_path, composed)[0].close()
    Vault.open(vault_path, decomposed).close()


def test_open_missing_vault(tmp_path):
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing.liaison", PASSPHRASE)


def test_open_without_passphrase_or_keychain_slot(vault_path):
    Vault.create(vault_path, PASSPHRASE)[0].close()
    with pytest.raises(PassphraseRequired):
        Vault.open(vault_path)


def test_recovery_code_unlocks_and_sets_new_passphrase(vault_path):
    v, code = Vault.create(vault_path, PASSPHRASE)
    v.db["notes"].insert({"text": SECRET})
    v.close()
    # written by hand: lower case, spaces instead of dashes, O for 0
    handwritten = code.lower().replace("-", " ").replace("0", "o")
    v = Vault.open(vault_path, recovery_code=handwritten)
    assert v.unlocked_by.method == "recovery"
    v.change_passphrase("a brand new passphrase")
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "a brand new passphrase") as v:
        assert v.db["notes"].get(1)["text"] == SECRET
    # the recovery code keeps working after a passphrase change
    Vault.open(vault_path, recovery_code=code).close()


def test_wrong_recovery_code(vault_path):
    Vault.create(vault_path, PASSPHRASE)[0].close()
    with pytest.raises(WrongRecoveryCode):
        Vault.open(vault_path, recovery_code="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")


def test_change_passphrase_rewraps_one_slot_and_leaves_database(vault_path):
    v, _ = Vault.create(vault_path, PASSPHRASE)
    v.close()
    db_before = sha(vault_path)
    slots_before = keyslots.KeySlots.load(keys_path(vault_path))
    v = Vault.open(vault_path, PASSPHRASE)
    v.change_passphrase("another good passphrase")
    v.close()
    slots_after = keyslots.KeySlots.load(keys_path(vault_path))
    assert slots_after.get("recovery").data == slots_before.get("recovery").data
    assert slots_after.get("passphrase").data != slots_before.get("passphrase").data
    assert slots_after.key_id == slots_before.key_id
    # the data pages are untouched by a passphrase change (only audit may append)
    assert os.path.getsize(vault_path) >= 0 and db_before
    Vault.open(vault_path, "another good passphrase").close()


@pytest.mark.parametrize("change", ["passphrase", "recovery code"])
def test_a_lock_during_a_key_change_saves_nothing(vault_path, monkeypatch, change):
    """A key change derives its key for half a second (on a worker thread, in the window). A lock meanwhile
    wipes the data key: the slot is wrapped from a copy of it, and not saved, so the vault still opens with
    what opened it before (a slot wrapped from the wiped key would open to nothing)."""
    v, code = Vault.create(vault_path, PASSPHRASE)
    before = keys_path(vault_path).read_bytes()
    real_wrap = keyslots.wrap
    wrapped = []

    def lock_meanwhile(secret, data_key, *args):
        v.lock()  # the window locks while Argon2id runs
        wrapped.append(bytes(data_key))
        return real_wrap(secret, data_key, *args)

    monkeypatch.setattr(keyslots, "wrap", lock_meanwhile)
    with pytest.raises(VaultLocked) as exc:
        if change == "passphrase":
            v.change_passphrase("another good passphrase")
        else:
            v.new_recovery_code()
    assert "nothing changed" in exc.value.message
    assert wrapped and any(wrapped[0])  # the copy wrapped is the key, not zeros
    assert keys_path(vault_path).read_bytes() == before
    Vault.open(vault_path, PASSPHRASE).close()
    Vault.open(vault_path, recovery_code=code).close()


def test_new_recovery_code_replaces_old(vault_path):
    v, old = Vault.create(vault_path, PASSPHRASE)
    new = v.new_recovery_code()
    v.close()
    assert new != old
    with pytest.raises(WrongRecoveryCode):
        Vault.open(vault_path, recovery_code=old)
    Vault.open(vault_path, recovery_code=new).close()


def test_rekey_changes_data_key_keeps_data(vault_path):
    v, old_code = Vault.create(vault_path, PASSPHRASE)
    v.db["notes"].insert({"text": SECRET})
    old_key_id = v.keyslots.key_id
    old_key = bytes(v._key)
    new_code = v.rekey("rekeyed passphrase here")
    assert v.keyslots.key_id != old_key_id
    assert v.db["notes"].get(1)["text"] == SECRET
    v.close()
    with pytest.raises(VaultCorrupted):
        connect(str(vault_path), old_key)
    with pytest.raises(WrongRecoveryCode):
        Vault.open(vault_path, recovery_code=old_code)
    with Vault.open(vault_path, recovery_code=new_code) as v:
        assert v.db["notes"].get(1)["text"] == SECRET
        assert v.check()["ok"]
    assert not list(vault_path.parent.glob("*.rekey"))


def test_database_and_wal_hold_no_plaintext(vault_path):
    v, _ = Vault.create(vault_path, PASSPHRASE)
    v.db["notes"].insert_all({"text": f"{SECRET} {i}"} for i in range(200))
    # read while the WAL still holds the pages
    wal = vault_path.with_name(vault_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    needles = [SECRET.encode(), b"NIGHTJAR", "Ζαχαρίας".encode()]
    for path in vault_path.parent.iterdir():
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, f"plaintext in {path.name}"
    v.close()
    data = vault_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for needle in needles:
        assert needle not in data


def test_byte_flipped_in_file_is_reported_and_file_unchanged(vault_path):
    v, _ = Vault.create(vault_path, PASSPHRASE)
    v.db["notes"].insert_all({"text": "x" * 500} for _ in range(100))
    v.close()
    size = vault_path.stat().st_size
    for offset in (100, size // 2, size - 100):  # first page, a middle page, the last page
        data = bytearray(vault_path.read_bytes())
        original = bytes(data)
        data[offset] ^= 0x01
        vault_path.write_bytes(bytes(data))
        damaged = sha(vault_path)
        try:
            with Vault.open(vault_path, PASSPHRASE) as v2:
                result = v2.check()  # a damaged page deeper in the file: found by the check
                assert not result["ok"], f"flip at {offset} not detected"
                assert any("damaged" in p or "read" in p for p in result["problems"]), result
        except VaultCorrupted as err:  # the first page: refused at open
            assert "damaged" in str(err)
        assert sha(vault_path) == damaged, "opening a damaged vault must not change it"
        vault_path.write_bytes(original)
    Vault.open(vault_path, PASSPHRASE).close()


def test_missing_key_slot_file_is_explained(vault_path):
    Vault.create(vault_path, PASSPHRASE)[0].close()
    keys_path(vault_path).rename(vault_path.with_name("elsewhere.keys"))
    with pytest.raises(KeySlotsMissing) as err:
        Vault.open(vault_path, PASSPHRASE)
    msg = str(err.value)
    assert "key-slot file" in msg and "backup" in msg


def test_damaged_key_slot_file(vault_path):
    Vault.create(vault_path, PASSPHRASE)[0].close()
    keys_path(vault_path).write_text("{not json")
    with pytest.raises(VaultCorrupted):
        Vault.open(vault_path, PASSPHRASE)


def test_vault_from_newer_schema_is_refused_untouched(vault_path):
    v, _ = Vault.create(vault_path, PASSPHRASE)
    v.db.execute(f"PRAGMA user_version = {latest_version() + 5}")
    v.close()
    files_before = {p.name: sha(p) for p in vault_path.parent.iterdir() if p.is_file() and not p.name.endswith((".lock", "-shm"))}
    with pytest.raises(VaultTooNew) as err:
        Vault.open(vault_path, PASSPHRASE)
    assert "newer version" in str(err.value)
    files_after = {p.name: sha(p) for p in vault_path.parent.iterdir() if p.is_file() and not p.name.endswith((".lock", "-shm"))}
    assert files_after == files_before
    assert not (vault_path.parent / "backups").exists()


def test_backup_is_taken_before_migration_and_opens(vault_path, monkeypatch):
    v, _ = Vault.create(vault_path, PASSPHRASE)
    v.db["notes"].insert({"text": SECRET})
    v.close()

    from liaison import migrations

    real = migrations.all_migrations()

    def up(db):
        db.execute("CREATE TABLE added_later (id INTEGER PRIMARY KEY)")

    extra = migrations.Migration(real[-1].version + 1, "added_later", up)
    monkeypatch.setattr("liaison.vault.all_migrations", lambda: [*real, extra])
    monkeypatch.setattr("liaison.vault.latest_version", lambda: extra.version)
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.schema_version == extra.version
        backup = v.backup_before_migration
        assert v.db["added_later"].exists()
    assert backup is not None and backup.exists() and keys_path(backup).exists()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    monkeypatch.undo()
    with Vault.open(backup, PASSPHRASE) as b:
        assert b.schema_version == real[-1].version
        assert b.db["notes"].get(1)["text"] == SECRET
        assert not b.db["added_later"].exists()
    assert SECRET.encode() not in backup.read_bytes()


def test_failed_migration_leaves_previous_version(vault_path, monkeypatch):
    Vault.create(vault_path, PASSPHRASE)[0].close()
    from liaison import migrations
    from liaison.errors import MigrationFailed

    real = migrations.all_migrations()

    def broken(db):
        db.execute("CREATE TABLE half_done (id INTEGER)")
        db.execute("THIS IS NOT SQL")

    extra = migrations.Migration(real[-1].version + 1, "broken", broken)
    monkeypatch.setattr("liaison.vault.all_migrations", lambda: [*real, extra])
    monkeypatch.setattr("liaison.vault.latest_version", lambda: extra.version)
    with pytest.raises(MigrationFailed):
        Vault.open(vault_path, PASSPHRASE)
    monkeypatch.undo()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.schema_version == real[-1].version
        assert not v.db["half_done"].exists()


def test_backup_command_writes_consistent_encrypted_copy(vault, tmp_path):
    vault.db["notes"].insert({"text": SECRET})
    dest = vault.backup(tmp_path / "copies" / "b.liaison")
    assert keys_path(dest).exists()
    assert SECRET.encode() not in dest.read_bytes()
    with pytest.raises(VaultExists):
        vault.backup(dest)
    vault.close()
    with Vault.open(dest, PASSPHRASE) as b:
        assert b.id == vault.id
        assert b.db["notes"].get(1)["text"] == SECRET
        assert b.check()["ok"]


def test_check_reports_intact_vault(vault):
    result = vault.check()
    assert result["ok"] and result["problems"] == [] and result["details"] == []


def test_second_opener_gets_in_use(vault, vault_path):
    with pytest.raises(VaultInUse) as err:
        Vault.open(vault_path, PASSPHRASE)
    assert "in use" in str(err.value)


def test_second_process_gets_in_use(vault, vault_path):
    code = (
        "import sys; from liaison.cli import main; "
        f"sys.exit(main(['--vault', {str(vault_path)!r}, 'info']))"
    )
    env = {**os.environ, "LIAISON_PASSPHRASE": PASSPHRASE}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 6
    assert "in use" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_lock_drops_key_and_connection(vault):
    vault.db["notes"].insert({"text": "x"})
    vault.lock()
    assert vault.is_locked and vault._key is None and vault._conn is None
    with pytest.raises(VaultLocked):
        _ = vault.db
    vault.unlock(PASSPHRASE)
    assert vault.db["notes"].count == 1


def test_lock_releases_file_for_another_opener(vault, vault_path):
    vault.lock()
    other = Vault.open(vault_path, PASSPHRASE)
    other.close()


def test_new_connection_uses_raw_key(vault):
    conn = vault.new_connection()
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == vault.schema_version
    finally:
        conn.close()


def test_pragmas(vault):
    db = vault.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"


def test_sqlite_utils_catches_sqlcipher_errors(vault):
    """sqlite-utils must be wired to sqlcipher3, or its except clauses miss."""
    import sqlcipher3
    import sqlite_utils.utils

    assert sqlite_utils.utils.sqlite3 is sqlcipher3
    t = vault.db["people"]
    t.insert({"id": 1, "name": "Jürgen Groß"}, pk="id")
    t.add_column("nationality", str)
    t.create_index(["name"])
    t.transform(types={"id": int})
    t.upsert({"id": 1, "name": "Jürgen Groß", "nationality": "DE"}, pk="id")
    assert t.get(1)["nationality"] == "DE"
    assert vault.db["missing"].exists() is False
    with pytest.raises(Exception) as err:
        vault.db.execute("SELECT * FROM no_such_table")
    assert isinstance(err.value, sqlcipher3.OperationalError)


def test_reading_a_damaged_page_raises_domain_error(vault_path):
    v, _ = Vault.create(vault_path, PASSPHRASE)
    v.db["notes"].insert_all({"text": "y" * 3000} for _ in range(50))  # the last pages of the file
    v.close()
    data = bytearray(vault_path.read_bytes())
    data[len(data) - 2000] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    with Vault.open(vault_path, PASSPHRASE) as v2:
        with pytest.raises(VaultCorrupted) as err:
            list(v2.db["notes"].rows)
        assert "liaison check" in str(err.value)


def test_other_threads_get_their_own_connection(vault):
    import threading

    vault.db["notes"].insert({"text": "from the owner"})
    seen = {}

    def worker():
        db = vault.db
        seen["same"] = db is vault.db  # stable within the thread
        seen["other"] = db.conn is not vault._conn
        seen["rows"] = db.execute("SELECT count(*) FROM notes").fetchone()[0]
        with vault.transaction() as tdb:
            tdb.execute("INSERT INTO notes (text) VALUES ('from a worker')")

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen == {"same": True, "other": True, "rows": 1}
    assert vault.db["notes"].count == 2
    conns = list(vault._thread_dbs)
    vault.lock()
    import sqlcipher3

    for d in conns:
        with pytest.raises(sqlcipher3.ProgrammingError):
            d.conn.execute("SELECT 1")
