"""The faults an adversarial tester found (issue 17), each reproduced: exports over the vault, key slots
trusted as they come, secrets in argv, passphrase files, permissions, hostile input, an audit trail that
could be shortened or rewritten without a trace, `check` on a damaged page."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from liaison.audit import verify_export
from liaison.cli import main
from liaison.errors import VaultCorrupted
from liaison.paths import keys_path, witness_path
from liaison.vault import Vault

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    rc = main(["--data-dir", str(tmp_path), "init", "--no-keychain", "--json"])
    assert rc == 0
    return tmp_path


def run(capsys, *argv):
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def sha(path: Path) -> bytes:
    return path.read_bytes()


# ------------------------------------------------------------------ exports
@pytest.mark.parametrize("target", ["vault", "keys", "hardlink", "symlink", "files-dir"])
def test_no_export_writes_over_the_vault_whatever_the_path(env, capsys, target):
    vault = env / "vault.liaison"
    run(capsys, "--data-dir", str(env), "contact", "add", "--name", "Anna Nowak", "--country", "PL",
        "--email", "anna@example.pl")
    before = {p: p.read_bytes() for p in (vault, keys_path(vault))}
    dest = {"vault": vault, "keys": keys_path(vault), "hardlink": env / "alias.vcf",
            "symlink": env / "link.vcf", "files-dir": env / "vault.liaison.files" / "x.vcf"}[target]
    if target == "hardlink":
        os.link(vault, dest)
    elif target == "symlink":
        dest.symlink_to(keys_path(vault))
    elif target == "files-dir":
        dest.parent.mkdir(exist_ok=True)
    for extra in ([], ["--overwrite"]):
        rc, out, err = run(capsys, "--data-dir", str(env), "contact", "export-vcard", "--output", str(dest), *extra)
        assert rc == 2, (target, extra, out)
        assert "Wrote" not in out
    assert {p: p.read_bytes() for p in before} == before
    rc, out, err = run(capsys, "--data-dir", str(env), "check")
    assert rc == 0, err


def test_exports_refuse_an_existing_file_unless_overwrite(env, capsys):
    dest = env / "stats.csv"
    dest.write_text("mine")
    rc, _, err = run(capsys, "--data-dir", str(env), "stats", "--csv", str(dest))
    assert rc == 2 and "already exists" in err and dest.read_text() == "mine"
    rc, _, err = run(capsys, "--data-dir", str(env), "stats", "--csv", str(dest), "--overwrite")
    assert rc == 0 and dest.read_text() != "mine"
    vcf = env / "cards.vcf"
    vcf.write_text("mine")
    rc, _, err = run(capsys, "--data-dir", str(env), "contact", "export-vcard", "--output", str(vcf))
    assert rc == 2 and vcf.read_text() == "mine"


# ---------------------------------------------------------------- key slots
def _slot_file(path: Path) -> dict:
    return json.loads(keys_path(path).read_text())


@pytest.mark.parametrize("damage", ["folder", "nonce-length", "memory-2^40", "time-0", "parallelism-0", "not-json",
                                    "huge-number", "wrong-type", "bad-base64", "too-many-slots"])
def test_key_slots_are_read_strictly(vault_path, damage, monkeypatch):
    Vault.create(vault_path, PASSPHRASE)[0].close()
    kp = keys_path(vault_path)
    doc = _slot_file(vault_path)
    slot = next(s for s in doc["slots"] if s["type"] == "passphrase")
    if damage == "folder":
        kp.unlink()
        kp.mkdir()
    elif damage == "not-json":
        kp.write_bytes(b"\xff\xfe{")
    else:
        if damage == "nonce-length":
            slot["nonce"] = "AAAA"
        elif damage == "memory-2^40":
            slot["kdf"]["memory_cost"] = 1 << 40
        elif damage == "time-0":
            slot["kdf"]["time_cost"] = 0
        elif damage == "parallelism-0":
            slot["kdf"]["parallelism"] = 0
        elif damage == "huge-number":
            slot["kdf"]["time_cost"] = 10 ** 30
        elif damage == "wrong-type":
            slot["kdf"]["salt"] = 12
        elif damage == "bad-base64":
            slot["wrapped_key"] = "!!!"
        elif damage == "too-many-slots":
            doc["slots"] = doc["slots"] * 20
        kp.write_text(json.dumps(doc))
    import argon2.low_level

    calls = []
    monkeypatch.setattr("liaison.keyslots.hash_secret_raw",
                        lambda *a, **k: calls.append(k) or argon2.low_level.hash_secret_raw(*a, **k))
    with pytest.raises(VaultCorrupted) as err:
        Vault.open(vault_path, PASSPHRASE)
    assert kp.name in err.value.message
    assert calls == [], "no key derivation before the file is known to be sound"


# ------------------------------------------------------------------ secrets
def test_recovery_code_comes_from_a_file_stdin_or_environment(env, capsys, monkeypatch):
    code = json.loads(_json_init(env.parent / "r", capsys))["recovery_code"]
    data = env.parent / "r"
    cfile = data / "code.txt"
    cfile.write_text(code.lower() + "\r\n")
    monkeypatch.setenv("LIAISON_NEW_PASSPHRASE", "a brand new passphrase")
    rc, _, err = run(capsys, "--data-dir", str(data), "recover", "--recovery-code-file", str(cfile))
    assert rc == 0, err
    # The code alone on the command line still works, with a warning.
    monkeypatch.setenv("LIAISON_PASSPHRASE", "a brand new passphrase")
    rc, out, _ = run(capsys, "--data-dir", str(data), "recovery-code", "--json")
    new_code = json.loads(out)["recovery_code"]
    rc, _, err = run(capsys, "--data-dir", str(data), "recover", "--recovery-code", new_code)
    assert rc == 0 and "can be read by every user" in err
    monkeypatch.setenv("LIAISON_RECOVERY_CODE", new_code)
    rc, _, err = run(capsys, "--data-dir", str(data), "recover")
    assert rc == 0, err


def _json_init(data: Path, capsys) -> str:
    data.mkdir(exist_ok=True)
    rc, out, err = run(capsys, "--data-dir", str(data), "init", "--no-keychain", "--json")
    assert rc == 0, err
    return out


def test_recover_reads_the_code_from_standard_input(tmp_path):
    envv = {**os.environ, "LIAISON_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    out = subprocess.run([sys.executable, "-m", "liaison", "--data-dir", str(tmp_path), "init", "--no-keychain",
                          "--json"], capture_output=True, text=True, env=envv, cwd=ROOT, timeout=120)
    code = json.loads(out.stdout)["recovery_code"]
    envv["LIAISON_NEW_PASSPHRASE"] = "a brand new passphrase"
    proc = subprocess.run([sys.executable, "-m", "liaison", "--data-dir", str(tmp_path), "recover",
                           "--recovery-code-file", "-"], input=code + "\n", capture_output=True, text=True,
                          env=envv, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert code not in " ".join(proc.args)


def test_passphrase_files_with_bom_or_not_utf8(env, capsys, monkeypatch):
    monkeypatch.delenv("LIAISON_PASSPHRASE")
    bom = env / "notepad.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    rc, _, err = run(capsys, "--data-dir", str(env), "--passphrase-file", str(bom), "check")
    assert rc == 0, err
    latin = env / "latin1.txt"
    latin.write_bytes("mot de passe très long".encode("latin-1"))
    rc, _, err = run(capsys, "--data-dir", str(env), "--passphrase-file", str(latin), "check")
    assert rc == 2 and "not UTF-8" in err and "Traceback" not in err
    rc, _, err = run(capsys, "--data-dir", str(env), "--passphrase-file", str(env), "check")
    assert rc == 2 and "folder" in err


# -------------------------------------------------------------- permissions
@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_everything_created_is_owner_only_whatever_the_umask(tmp_path, umask):
    data = tmp_path / "deep" / "data"
    envv = {**os.environ, "LIAISON_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    script = (f"import os, sys; os.umask({umask}); from liaison.cli import main; "
              "sys.exit(main(sys.argv[1:]))")
    for argv in (["init", "--no-keychain"], ["case", "add", "--title", "T", "--requesting-state", "DE",
                                            "--requested-state", "PL"], ["backup", str(data / "b" / "copy.liaison")]):
        proc = subprocess.run([sys.executable, "-c", script, "--data-dir", str(data), *argv], capture_output=True,
                              text=True, env=envv, cwd=ROOT, timeout=120)
        assert proc.returncode == 0, proc.stderr
    loose = []
    for root, dirs, files in os.walk(tmp_path / "deep"):
        for name in dirs + files:
            mode = stat.S_IMODE(os.lstat(os.path.join(root, name)).st_mode)
            if mode & 0o077:
                loose.append((os.path.join(root, name), oct(mode)))
    assert not loose


# -------------------------------------------------------------------- input
HOSTILE_ARGV = [
    (["case", "add", "--title", "bad \udcff bytes", "--requesting-state", "DE", "--requested-state", "PL"], "--title"),
    (["log", "show", "#99999999999999999999999"], None),
    (["audit", "list", "--after", "99999999999999999999999"], "--after"),
    (["audit", "list", "--limit", "-99999999999999999999999"], "--limit"),
    (["audit", "list", "--since", "0001-01-01T00:00+14:00"], "since"),
    (["audit", "list", "--until", "9999-12-31T23:59-12:00"], "until"),
    (["case", "list", "--limit", "1" + "0" * 30], "--limit"),
    (["case", "show", "\udc80"], "argument"),
    (["search", "\ud800"], "argument"),
    (["case", "add", "--title", "nul\x00inside", "--requesting-state", "DE", "--requested-state", "PL"], "--title"),
]


@pytest.mark.parametrize("argv,field", HOSTILE_ARGV)
def test_hostile_arguments_get_a_message_naming_the_field(env, capsys, argv, field):
    try:
        rc, out, err = run(capsys, "--data-dir", str(env), *argv)
    except SystemExit as exc:  # argparse's own refusal (exit 2, the option named)
        rc, err = exc.code, capsys.readouterr().err
    assert rc in (2, 3), err
    assert "Traceback" not in err
    if field:
        assert field in err, err


def test_api_values_are_checked_at_the_boundary(vault):
    from liaison.errors import ValidationError

    for bad in ("\ud800 alone", "nul\x00", "x" * 600):
        with pytest.raises(ValidationError) as err:
            vault.cases.add(title=bad, requesting_state="DE", requested_state="PL")
        assert err.value.field == "title"
    from liaison.timeutil import parse_datetime

    for text in ("0001-01-01T00:00+14:00", "9999-12-31T23:59-12:00"):
        with pytest.raises(ValidationError):
            parse_datetime(text, field="when")


# -------------------------------------------------------------------- audit
def _cases(v: Vault, n: int) -> None:
    for i in range(n):
        v.cases.add(title=f"Case {i}", requesting_state="DE", requested_state="PL")


def _tamper(vault_path: Path, sql: list[str]) -> None:
    v = Vault.open(vault_path, PASSPHRASE)
    conn = v._conn
    for stmt in sql:
        conn.execute(stmt)
    v._teardown(confirm=False)


def _rehash_all(vault_path: Path, edit_seq: int) -> None:
    """An adversary with the key edits entry ``edit_seq`` and recomputes every hash after it, and the head
    kept in the meta table."""
    from liaison.audit import _FIELDS, GENESIS, entry_hash

    v = Vault.open(vault_path, PASSPHRASE)
    conn = v._conn
    rows = [dict(zip([d[0] for d in conn.execute("SELECT * FROM audit").description], r, strict=True))
            for r in conn.execute("SELECT * FROM audit ORDER BY seq").fetchall()]
    prev = GENESIS
    for r in rows:
        if r["seq"] == edit_seq:
            r["summary"] = "nothing to see here"
        r["prev_hash"] = prev
        r["hash"] = entry_hash(prev, {k: r[k] for k in _FIELDS})
        conn.execute("UPDATE audit SET summary = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (r["summary"], r["prev_hash"], r["hash"], r["seq"]))
        prev = r["hash"]
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit.head'",
                 (json.dumps({"seq": rows[-1]["seq"], "hash": prev}),))
    v._teardown(confirm=False)


@pytest.mark.parametrize("attack", ["cut-tail-and-head", "delete-all", "edit-and-rehash", "delete-witness",
                                    "old-witness"])
def test_audit_trail_cannot_be_shortened_or_rewritten_without_a_trace(vault_path, attack):
    v, _ = Vault.create(vault_path, PASSPHRASE)
    _cases(v, 4)
    old_witness = witness_path(vault_path).read_bytes()
    _cases(v, 2)
    last = v.audit.head()["seq"]
    v.close()
    if attack == "cut-tail-and-head":
        _tamper(vault_path, [f"DELETE FROM audit WHERE seq > {last - 3}",
                             "UPDATE meta SET value = (SELECT json_object('seq', seq, 'hash', hash) FROM audit "
                             "ORDER BY seq DESC LIMIT 1) WHERE key = 'audit.head'"])
    elif attack == "delete-all":
        _tamper(vault_path, ["DELETE FROM audit", "DELETE FROM meta WHERE key = 'audit.head'"])
    elif attack == "edit-and-rehash":
        _rehash_all(vault_path, 3)
    elif attack == "delete-witness":
        witness_path(vault_path).unlink()
    elif attack == "old-witness":
        witness_path(vault_path).write_bytes(old_witness)  # an older head: still in the chain, so it holds
    with Vault.open(vault_path, PASSPHRASE) as v2:
        result = v2.audit.verify()
        if attack == "old-witness":
            assert result.ok
            return
        assert not result.ok, attack
        assert v2.notices, "the officer is told at opening"
    # The evidence outlives later writes.
    with Vault.open(vault_path, PASSPHRASE) as v3:
        _cases(v3, 1)
        assert not v3.audit.verify().ok


def test_signed_export_cut_short_is_caught(vault):
    _cases(vault, 5)
    text = vault.audit.export("json")
    assert verify_export(text, public_key=vault.audit.public_key()).ok
    doc = json.loads(text)
    doc["entries"] = doc["entries"][:-2]
    doc["head"] = {"seq": doc["entries"][-1]["seq"], "hash": doc["entries"][-1]["hash"]}
    result = verify_export(json.dumps(doc))
    assert not result.ok and "signature" in result.problem
    csv_text = vault.audit.export("csv")
    assert verify_export(csv_text).ok
    lines = csv_text.splitlines(keepends=True)
    cut = "".join(lines[:-4] + lines[-2:])  # two entries dropped, head and signature kept
    assert not verify_export(cut).ok


def test_verify_against_a_document_report_or_export_proves_a_later_rewrite(vault_path, tmp_path):
    from datetime import date

    from liaison.reports import oversight_report

    v, _ = Vault.create(vault_path, PASSPHRASE)
    _cases(v, 3)
    export = v.audit.export("json").encode()
    report = oversight_report(v, start=date(2020, 1, 1), end=date(2030, 1, 1))
    _cases(v, 2)
    assert v.audit.verify_against(export).ok and v.audit.verify_against(report).ok
    v.close()
    _rehash_all(vault_path, 2)
    witness_path(vault_path).unlink()  # the adversary also removes the witness...
    with Vault.open(vault_path, PASSPHRASE) as v2:
        for evidence in (export, report):
            result = v2.audit.verify_against(evidence)
            assert not result.ok and result.first_bad_seq is not None


def test_check_on_a_damaged_page_says_what_is_damaged_in_words(vault_path):
    v, _ = Vault.create(vault_path, PASSPHRASE)
    v.db["notes"].insert_all({"text": "x" * 500} for _ in range(300))
    v.close()
    data = bytearray(vault_path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    with Vault.open(vault_path, PASSPHRASE) as v2:
        result = v2.check()
    assert not result["ok"]
    assert len(result["problems"]) <= 3, result["problems"]
    assert "page" in result["problems"][0] and "Restore" in result["problems"][0]


def test_an_audit_entry_given_a_number_for_text_still_verifies(vault):
    """Found by the long fuzzing run: a bundle whose manifest named its case's reference as the number -1
    made an import entry hashed with a number and stored as text: the trail no longer verified."""
    vault.audit.log("import", "case", "01J00000000000000000000000", ref=-1, summary=7)
    assert vault.audit.verify().ok


def test_verify_against_a_bundle_of_this_vault(env, capsys):
    """A bundle carries the head its vault's trail had (manifest 'audit_head'); the vault that made it proves
    with it that its trail was not rewritten since."""
    from liaison.bundles.export import export_case
    from liaison.bundles.identity import public_key

    rc, out, _ = run(capsys, "--data-dir", str(env), "case", "add", "--title", "Bundled", "--requesting-state",
                     "DE", "--requested-state", "PL", "--json")
    case = json.loads(out)["id"]
    with Vault.open(env / "vault.liaison", PASSPHRASE) as v:
        export_case(v, case, env / "mine.bundle", recipients=[public_key(v)], purpose="kept as evidence")
    rc, out, err = run(capsys, "--data-dir", str(env), "audit", "verify", "--against", str(env / "mine.bundle"))
    assert rc == 0, err
    _rehash_all(env / "vault.liaison", 1)
    witness_path(env / "vault.liaison").unlink()
    rc, out, err = run(capsys, "--data-dir", str(env), "audit", "verify", "--against", str(env / "mine.bundle"))
    assert rc == 5 and "broken" in out
