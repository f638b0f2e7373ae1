"""The vault's encrypted files (liaison.filestore): what is on disk, how they follow transactions, the
housekeeping on open, backup, re-keying, the integrity check, and the migration that moved the BLOBs out."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest
from conftest import PASSPHRASE

from liaison import migrations
from liaison.errors import VaultCorrupted
from liaison.filestore import MAGIC, FileRef, nonces, open_sealed, seal, seal_into
from liaison.paths import files_dir
from liaison.vault import Vault


def attach(vault, data: bytes, name: str = "scan.pdf") -> str:
    case = vault.cases.add(title="File store case", requesting_state="PL", requested_state="DE").id
    eid = vault.exchanges.add(direction="received", summary="with a file", case=case, channel="e-mail",
                              attachments=[(name, data)], cross_check=False).id
    return vault.exchanges.get(eid)["attachments"][0]["id"]


def file_of(vault, aid: str):
    return vault.db.execute("SELECT file_id, file_key FROM attachments WHERE id = ?", (aid,)).fetchone()


def test_files_are_encrypted_owner_only_and_named_at_random(vault):
    secret = b"Witness statement of Jan Kowalski, born 1980 " * 50
    aid = attach(vault, secret)
    file_id, key = file_of(vault, aid)
    path = vault.files.path(file_id)
    assert path.parent == files_dir(vault.path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    sealed = path.read_bytes()
    assert sealed.startswith(MAGIC) and b"Kowalski" not in sealed
    assert hashlib.sha256(secret).hexdigest() not in file_id  # the name says nothing about the content
    assert len(key) == 32 and bytes(key) not in path.read_bytes()
    assert vault.attachments.content(aid) == secret
    # The key is in the row only: the sealed file does not open under another key or another name.
    with pytest.raises(VaultCorrupted):
        open_sealed(file_id, os.urandom(32), sealed)
    with pytest.raises(VaultCorrupted):
        open_sealed("0" * 32, key, sealed)
    ref = FileRef.new()
    assert open_sealed(ref.id, ref.key, seal(ref, b"")) == b""


def test_nonces_drawn_beforehand_seal_as_well(vault):
    """A writer of many files draws their nonces in one call: each is fresh, and a file sealed with one
    opens like any other; a nonce of the wrong size is refused."""
    drawn = nonces(50)
    assert len(drawn) == 50 and {len(n) for n in drawn} == {12} and len(set(drawn)) == 50
    ref, scratch = FileRef.new(), bytearray()
    sealed = seal_into(ref, b"statement " * 100, scratch, drawn[0])
    assert bytes(sealed[len(MAGIC):len(MAGIC) + 12]) == drawn[0]
    assert open_sealed(ref.id, ref.key, bytes(sealed)) == b"statement " * 100
    sealed.release()
    with pytest.raises(ValueError):
        seal_into(ref, b"x", scratch, b"short")
    assert nonces(0) == []


def test_files_follow_the_transaction(vault):
    before = set(vault.files.on_disk())

    class Boom(Exception):
        pass

    with pytest.raises(Boom), vault.transaction():
        vault.files.put(b"never committed")
        assert len(vault.files.on_disk()) == len(before) + 1
        raise Boom
    assert set(vault.files.on_disk()) == before  # a rolled-back transaction leaves no file

    with pytest.raises(RuntimeError, match="inside vault.transaction"):
        vault.files.put(b"outside a transaction")

    aid = attach(vault, b"kept")
    file_id, _ = file_of(vault, aid)
    # A drop inside a nested block that rolls back keeps the file; the outer commit does not remove it.
    with vault.transaction():
        with pytest.raises(Boom), vault.transaction():
            vault.files.discard([file_id])
            raise Boom
    assert vault.files.path(file_id).exists()
    # A committed drop removes it, once the outermost transaction commits.
    with vault.transaction():
        with vault.transaction():
            vault.files.discard([file_id])
        assert vault.files.path(file_id).exists()
    assert not vault.files.path(file_id).exists()


def test_a_file_left_by_a_crash_is_swept_when_the_vault_opens(vault_path, memory_keychain):
    vault, _ = Vault.create(vault_path, PASSPHRASE, keychain=memory_keychain)
    aid = attach(vault, b"referenced")
    kept, _ = file_of(vault, aid)
    # A crash between writing a file and committing its row leaves a file no row names.
    stray = FileRef.new()
    vault.files.write(stray, b"orphan")
    assert any("belong to no record" in p for p in vault.check()["problems"])
    vault.close()
    vault = Vault.open(vault_path, PASSPHRASE, keychain=memory_keychain)
    try:
        names = {p.name for p in vault.files.on_disk()}
        assert names == {kept}
        assert {k: vault.check()[k] for k in ("ok", "problems")} == {"ok": True, "problems": []}
        assert vault.attachments.content(aid) == b"referenced"
    finally:
        vault.close()


def test_backup_and_rekey_carry_the_files(vault, tmp_path, memory_keychain):
    aid = attach(vault, b"evidence bytes")
    dest = vault.backup(tmp_path / "backups" / "copy.liaison")
    assert {p.name for p in files_dir(dest).iterdir()} == {file_of(vault, aid)[0]}
    copy = Vault.open(dest, PASSPHRASE, keychain=memory_keychain)
    try:
        assert copy.attachments.content(aid) == b"evidence bytes"
        assert copy.check()["ok"]
    finally:
        copy.close()
    # Re-keying the database leaves the files as they are: their keys travel inside it.
    sealed = {p.name: p.read_bytes() for p in vault.files.on_disk()}
    vault.rekey(PASSPHRASE + " new")
    assert {p.name: p.read_bytes() for p in vault.files.on_disk()} == sealed
    assert vault.attachments.content(aid) == b"evidence bytes"


def test_check_reports_a_missing_file(vault):
    aid = attach(vault, b"will go missing")
    vault.files.path(file_of(vault, aid)[0]).unlink()
    report = vault.check()
    assert not report["ok"] and any("missing" in p for p in report["problems"])


def test_info_counts_the_files(vault):
    before = vault.info()["size_bytes"]
    attach(vault, os.urandom(200_000))
    assert vault.info()["size_bytes"] >= before + 200_000


# ------------------------------------------------------------------ migration
def _schema9_vault(path, keychain, monkeypatch):
    """A vault as the previous release wrote it: schema 9, files as BLOBs in the database."""
    newest = migrations.all_migrations()
    monkeypatch.setattr("liaison.vault.all_migrations", lambda: [m for m in newest if m.version <= 9])
    monkeypatch.setattr("liaison.vault.latest_version", lambda: 9)
    vault, _ = Vault.create(path, PASSPHRASE, keychain=keychain)
    assert vault.schema_version == 9
    return vault


def test_migration_moves_the_blobs_into_encrypted_files(vault_path, memory_keychain, monkeypatch):
    from liaison.ids import new_id
    from liaison.timeutil import utcnow_iso

    vault = _schema9_vault(vault_path, memory_keychain, monkeypatch)
    now = utcnow_iso()
    case = vault.cases.add(title="Old case", requesting_state="PL", requested_state="DE").id
    eid = vault.exchanges.add(direction="received", summary="old entry", case=case, channel="e-mail",
                              cross_check=False).id
    blobs = {new_id(): os.urandom(3000) for _ in range(3)}
    pdf, erased_doc, live_doc = b"%PDF-1.7 old letter", new_id(), new_id()
    with vault.transaction() as db:
        for i, (aid, data) in enumerate(blobs.items()):
            db.execute("INSERT INTO attachments (id, exchange_id, filename, media_type, size, sha256, content, "
                       "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                       (aid, eid, f"f{i}.bin", "application/octet-stream", len(data),
                        hashlib.sha256(data).hexdigest(), data, now, now))
        redacted = new_id()
        db.execute("INSERT INTO attachments (id, exchange_id, filename, media_type, size, sha256, content, "
                   "redacted, created_at, updated_at) VALUES (?,?,'[erased]','text/plain',5,?,NULL,1,?,?)",
                   (redacted, eid, "0" * 64, now, now))
        for did, content, version in ((live_doc, pdf, 1), (erased_doc, b"", 2)):
            db.execute("INSERT INTO documents (id, case_id, template_id, template_version, title, status, version, "
                       "sha256, size, pdf, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                       (did, case, "mla-request", 1, "Letter", "final", version,
                        hashlib.sha256(pdf).hexdigest(), len(pdf), content, now, now))
        db.execute("UPDATE documents SET supersedes_id = ? WHERE id = ?", (live_doc, erased_doc))
    vault.close()
    monkeypatch.undo()

    vault = Vault.open(vault_path, PASSPHRASE, keychain=memory_keychain)
    try:
        assert vault.schema_version == migrations.latest_version()
        assert vault.backup_before_migration is not None and vault.backup_before_migration.exists()
        for aid, data in blobs.items():
            assert vault.attachments.content(aid) == data
        assert file_of(vault, redacted) == (None, None)
        from liaison.documents.register import pdf_bytes

        assert pdf_bytes(vault, live_doc) == pdf
        row = vault.db.execute("SELECT file_id, supersedes_id FROM documents WHERE id = ?", (erased_doc,)).fetchone()
        assert row == (None, live_doc)  # the self-reference survived the rebuild
        assert len(vault.files.on_disk()) == len(blobs) + 1
        cols = {r[1] for r in vault.db.execute("PRAGMA table_info(attachments)")}
        assert "content" not in cols and {"file_id", "file_key"} <= cols
        assert vault.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert {k: vault.check()[k] for k in ("ok", "problems")} == {"ok": True, "problems": []}
        # The append-only rule holds on the rebuilt table.
        with pytest.raises(Exception, match="append-only"):
            vault.db.execute("DELETE FROM attachments WHERE id = ?", (next(iter(blobs)),))
    finally:
        vault.close()


def test_an_import_folder_left_by_a_crash_is_swept(vault_path, memory_keychain):
    vault, _ = Vault.create(vault_path, PASSPHRASE, keychain=memory_keychain)
    incoming = files_dir(vault_path) / ".incoming-01abc"
    incoming.mkdir()
    (incoming / ("a" * 32)).write_bytes(b"half an import")
    vault.close()
    vault = Vault.open(vault_path, PASSPHRASE, keychain=memory_keychain)
    try:
        assert not incoming.exists()
    finally:
        vault.close()
