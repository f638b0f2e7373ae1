"""Key changes are two-phase: a failure or a crash at any point leaves a secret the officer holds working,
and no audit entry for a change that did not happen (issue 17)."""

from __future__ import annotations

import os

import pytest
from conftest import PASSPHRASE

from liaison import keyslots
from liaison.errors import DiskFull, WrongPassphrase, WrongRecoveryCode
from liaison.paths import keys_path
from liaison.vault import Vault

NEW = "a brand new passphrase"
SECRET = "Operation NIGHTJAR"


class Crash(BaseException):
    """The process dies here (nothing after runs; the lock goes with the process)."""


def _die(v: Vault) -> None:
    v._teardown(confirm=False)


def _opens(path, passphrase=None, code=None) -> bool:
    try:
        Vault.open(path, passphrase, recovery_code=code).close()
        return True
    except (WrongPassphrase, WrongRecoveryCode):
        return False


def _audit_summaries(path, passphrase) -> list[str]:
    with Vault.open(path, passphrase) as v:
        return [e["summary"] for e in v.audit.list(record_type="vault", limit=1000)]


def test_failed_audit_write_leaves_old_passphrase_and_no_change(vault_path, monkeypatch):
    v, code = Vault.create(vault_path, PASSPHRASE)

    def full(*args, **kwargs):
        raise DiskFull("The disk is full.", needed=1)

    monkeypatch.setattr(v.audit, "log", full)
    with pytest.raises(DiskFull):
        v.change_passphrase(NEW)
    v.close()
    assert _opens(vault_path, PASSPHRASE) and not _opens(vault_path, NEW)
    assert "passphrase changed" not in _audit_summaries(vault_path, PASSPHRASE)


def test_failed_rekey_audit_is_never_written_for_a_rekey_that_did_not_happen(vault_path, monkeypatch):
    v, code = Vault.create(vault_path, PASSPHRASE)
    v.db["notes"].insert({"text": SECRET})

    def crash(src, dst):
        raise Crash()

    monkeypatch.setattr("liaison.vault.os.replace", crash)
    with pytest.raises(Crash):
        v.rekey(NEW)
    monkeypatch.undo()
    _die(v)
    assert _opens(vault_path, PASSPHRASE) and _opens(vault_path, code=code)
    assert not any("rekey" in s for s in _audit_summaries(vault_path, PASSPHRASE))
    assert not list(vault_path.parent.glob("*.rekey*"))  # no temporary database or key file left


def test_new_recovery_code_is_shown_before_the_old_one_stops(vault_path):
    v, old = Vault.create(vault_path, PASSPHRASE)
    new = v.stage_recovery_code()
    # Between staging and confirming (the code on screen), a crash: both codes open the vault.
    _die(v)
    with Vault.open(vault_path, PASSPHRASE) as v2:
        assert any("both the old and the new code" in n for n in v2.notices)
    assert _opens(vault_path, code=old)
    # Opening with the new code shows the officer holds it: the old one is retired.
    Vault.open(vault_path, recovery_code=new).close()
    assert not _opens(vault_path, code=old) and _opens(vault_path, code=new)


def test_confirmed_recovery_code_retires_the_old_one(vault_path):
    v, old = Vault.create(vault_path, PASSPHRASE)
    new = v.stage_recovery_code()
    v.confirm_key_changes()
    v.close()
    assert not _opens(vault_path, code=old) and _opens(vault_path, code=new)


def _rekey_crashing_at(vault_path, monkeypatch, point: str):
    v, code = Vault.create(vault_path, PASSPHRASE)
    v.db["notes"].insert({"text": SECRET})
    real_replace, real_save = os.replace, keyslots.KeySlots.save
    saves = []

    def replace(src, dst):
        if point == "before-rename" and str(src).endswith(".rekey"):
            raise Crash()
        real_replace(src, dst)
        if point == "after-rename" and str(src).endswith(".rekey"):
            raise Crash()

    def save(self, path=None):
        saves.append(self.key_id)
        if point == "before-slots-name-new-key" and len(saves) == 2:
            raise Crash()
        return real_save(self, path)

    monkeypatch.setattr("liaison.vault.os.replace", replace)
    monkeypatch.setattr(keyslots.KeySlots, "save", save)
    new_code = None
    try:
        new_code = v.rekey(NEW)
    except Crash:
        pass
    monkeypatch.undo()
    _die(v)
    return code, new_code


@pytest.mark.parametrize("point", ["before-rename", "after-rename", "before-slots-name-new-key"])
def test_interrupted_rekey_leaves_the_officers_code_working(vault_path, monkeypatch, point):
    code, new_code = _rekey_crashing_at(vault_path, monkeypatch, point)
    assert new_code is None  # never shown
    assert _opens(vault_path, code=code), "the recovery code the officer holds must still open the vault"
    assert _opens(vault_path, PASSPHRASE)
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.db["notes"].get(1)["text"] == SECRET
        assert v.check()["ok"] and v.audit.verify().ok
        rekeyed = any("rekey" in e["summary"] for e in v.audit.list(record_type="vault", limit=100))
        assert rekeyed == (point != "before-rename")  # audited exactly when it took effect
    assert not list(vault_path.parent.glob("*.rekey*"))


def test_rekey_then_close_retires_old_secrets(vault_path):
    v, code = Vault.create(vault_path, PASSPHRASE)
    new_code = v.rekey(NEW)
    v.close()
    assert not _opens(vault_path, PASSPHRASE) and not _opens(vault_path, code=code)
    assert _opens(vault_path, NEW) and _opens(vault_path, code=new_code)
    slots = keyslots.KeySlots.load(keys_path(vault_path))
    assert not [s for s in slots.slots if s.kind == "bridge" or s.state != "active"]


def test_interrupted_passphrase_change_after_audit_is_completed(vault_path, monkeypatch):
    v, _ = Vault.create(vault_path, PASSPHRASE)
    real_confirm = Vault._confirm

    def crash(self, change):
        raise Crash()

    monkeypatch.setattr(Vault, "_confirm", crash)
    with pytest.raises(Crash):
        v.change_passphrase(NEW)
    monkeypatch.setattr(Vault, "_confirm", real_confirm)
    _die(v)
    # Audited, not confirmed: completed at the next opening (with either passphrase).
    with Vault.open(vault_path, PASSPHRASE) as v2:
        assert any("completed" in n for n in v2.notices)
    assert _opens(vault_path, NEW) and not _opens(vault_path, PASSPHRASE)
