"""The vault commands of the command line, in-process and as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from liaison.cli import main


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    return tmp_path


def run(capsys, *argv):
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def init(capsys, data_dir):
    rc, out, err = run(capsys, "--data-dir", str(data_dir), "init", "--no-keychain", "--json")
    assert rc == 0, err
    return json.loads(out)


def test_init_prints_recovery_code_json(env, capsys):
    data = init(capsys, env)
    assert len(data["recovery_code"].split("-")) == 8
    assert (env / "vault.liaison").exists()


def test_init_human_output_shows_code_once(env, capsys):
    rc, out, _ = run(capsys, "--data-dir", str(env), "init", "--no-keychain")
    assert rc == 0 and "Recovery code:" in out and "shown only once" in out


def test_info_lists_slots_without_secrets(env, capsys):
    code = init(capsys, env)["recovery_code"]
    rc, out, _ = run(capsys, "--data-dir", str(env), "info", "--json")
    assert rc == 0
    info = json.loads(out)
    assert info["schema_version"] >= 1
    assert {s["type"] for s in info["slots"]} == {"passphrase", "recovery"}
    assert PASSPHRASE not in out and code not in out and "wrapped" not in out


def test_json_option_before_command(env, capsys):
    init(capsys, env)
    rc, out, _ = run(capsys, "--json", "--data-dir", str(env), "check")
    assert rc == 0 and json.loads(out)["ok"] is True


def test_vault_option_and_env(env, capsys, monkeypatch):
    path = env / "elsewhere" / "mine.liaison"
    rc, _, err = run(capsys, "--vault", str(path), "init", "--no-keychain")
    assert rc == 0, err
    monkeypatch.setenv("LIAISON_VAULT", str(path))
    rc, out, _ = run(capsys, "info", "--json")
    assert json.loads(out)["path"] == str(path)


def test_wrong_passphrase_exit_code_and_one_line(env, capsys, monkeypatch):
    init(capsys, env)
    monkeypatch.setenv("LIAISON_PASSPHRASE", "definitely not it")
    rc, out, err = run(capsys, "--data-dir", str(env), "info")
    assert rc == 4
    assert err.count("\n") == 1 and "Wrong passphrase" in err
    assert "Traceback" not in err


def test_passphrase_file(env, capsys, monkeypatch):
    init(capsys, env)
    monkeypatch.delenv("LIAISON_PASSPHRASE")
    pfile = env / "pass.txt"
    pfile.write_text(PASSPHRASE + "\n")
    rc, _, err = run(capsys, "--data-dir", str(env), "--passphrase-file", str(pfile), "check")
    assert rc == 0, err
    rc, _, err = run(capsys, "--data-dir", str(env), "--passphrase-file", str(env / "missing"), "check")
    assert rc == 2 and "passphrase file" in err and "does not exist" in err


def test_no_passphrase_no_terminal_is_a_clear_error(env, capsys, monkeypatch):
    init(capsys, env)
    monkeypatch.delenv("LIAISON_PASSPHRASE")
    with open(os.devnull) as devnull:
        monkeypatch.setattr(sys, "stdin", devnull)
        rc, _, err = run(capsys, "--data-dir", str(env), "info")
    assert rc == 4 and "LIAISON_PASSPHRASE" in err


def test_change_passphrase(env, capsys, monkeypatch):
    init(capsys, env)
    monkeypatch.setenv("LIAISON_NEW_PASSPHRASE", "the next passphrase")
    rc, _, err = run(capsys, "--data-dir", str(env), "passphrase")
    assert rc == 0, err
    monkeypatch.setenv("LIAISON_PASSPHRASE", "the next passphrase")
    assert run(capsys, "--data-dir", str(env), "check")[0] == 0


def test_new_passphrase_too_short_refused(env, capsys, monkeypatch):
    init(capsys, env)
    monkeypatch.setenv("LIAISON_NEW_PASSPHRASE", "short")
    rc, _, err = run(capsys, "--data-dir", str(env), "passphrase")
    assert rc == 2 and "at least 12" in err
    assert run(capsys, "--data-dir", str(env), "check")[0] == 0  # old one still works


def test_recover(env, capsys, monkeypatch):
    code = init(capsys, env)["recovery_code"]
    monkeypatch.delenv("LIAISON_PASSPHRASE")
    newfile = env / "new.txt"
    newfile.write_text("recovered passphrase 1\n")
    rc, _, err = run(capsys, "--data-dir", str(env), "recover", "--recovery-code", code, "--new-passphrase-file", str(newfile))
    assert rc == 0, err
    monkeypatch.setenv("LIAISON_PASSPHRASE", "recovered passphrase 1")
    assert run(capsys, "--data-dir", str(env), "check")[0] == 0
    rc, _, err = run(capsys, "--data-dir", str(env), "recover", "--recovery-code", "0000-0000", "--new-passphrase-file", str(newfile))
    assert rc == 4 and "recovery code" in err


def test_keychain_on_off_status(env, capsys):
    init(capsys, env)
    rc, out, _ = run(capsys, "--data-dir", str(env), "keychain", "on", "--json")
    assert rc == 0 and json.loads(out)["keychain"] == "Test memory keychain"
    rc, out, _ = run(capsys, "--data-dir", str(env), "keychain", "status", "--json")
    assert json.loads(out)["enabled"] is True
    rc, out, _ = run(capsys, "--data-dir", str(env), "keychain", "off")
    assert rc == 0
    rc, out, _ = run(capsys, "--data-dir", str(env), "keychain", "status", "--json")
    assert json.loads(out)["enabled"] is False


def test_keychain_unavailable_at_init_falls_back(env, capsys):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())
    rc, out, err = run(capsys, "--data-dir", str(env), "init", "--json")
    assert rc == 0
    assert json.loads(out)["keychain"] is None
    assert "keychain is unavailable" in err


def test_opens_through_keychain_without_passphrase(env, capsys, monkeypatch):
    rc, _, err = run(capsys, "--data-dir", str(env), "init")  # keychain on by default
    assert rc == 0, err
    monkeypatch.delenv("LIAISON_PASSPHRASE")
    rc, out, err = run(capsys, "--data-dir", str(env), "info", "--json")
    assert rc == 0, err
    assert json.loads(out)["unlocked_by"] == "keychain"


def test_rekey_prints_new_code(env, capsys):
    old = init(capsys, env)["recovery_code"]
    rc, out, err = run(capsys, "--data-dir", str(env), "rekey", "--json")
    assert rc == 0, err
    assert json.loads(out)["recovery_code"] != old
    assert run(capsys, "--data-dir", str(env), "check")[0] == 0


def test_backup_and_check(env, capsys):
    init(capsys, env)
    dest = env / "b" / "copy.liaison"
    rc, out, err = run(capsys, "--data-dir", str(env), "backup", str(dest), "--json")
    assert rc == 0, err
    assert dest.exists() and (env / "b" / "copy.liaison.keys").exists()
    rc, out, _ = run(capsys, "--vault", str(dest), "check", "--json")
    assert rc == 0 and json.loads(out)["ok"]


def test_missing_vault(env, capsys):
    rc, out, err = run(capsys, "--data-dir", str(env), "info", "--json")
    assert rc == 3 and "liaison init" in err
    assert json.loads(out)["error"]["type"] == "VaultNotFound"


def test_no_command_prints_help(capsys):
    assert main([]) == 2


def test_python_dash_m_runs_without_qt(env):
    """`python -m liaison` is the command line alone: Qt is never imported."""
    code = (
        f"import sys; sys.argv=['liaison','--data-dir',{str(env)!r},'init','--no-keychain','--json'];"
        "import liaison.cli as c; rc=c.main(sys.argv[1:]);"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported';"
        "sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "LIAISON_PASSPHRASE": PASSPHRASE}, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "recovery_code" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "liaison", "--data-dir", str(env), "check"], capture_output=True,
                          text=True, env={**os.environ, "LIAISON_PASSPHRASE": PASSPHRASE}, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_launcher_dispatch():
    from ui.launcher import wants_gui

    assert wants_gui([])
    assert wants_gui(["--demo"])
    assert wants_gui(["--vault", "x.liaison"])
    assert not wants_gui(["info"])
    assert not wants_gui(["--vault", "x.liaison", "info"])
    assert not wants_gui(["--help"])


def test_data_dir_keeps_everything_in_one_folder(env, capsys):
    init(capsys, env)
    run(capsys, "--data-dir", str(env), "check")
    log = env / "logs" / "liaison.log"
    assert log.exists()
    text = log.read_text()
    assert "opened" in text
    assert PASSPHRASE not in text
    assert oct(log.stat().st_mode & 0o777) == "0o600"
    home = os.environ["HOME"]
    assert not any(p.name == "Liaison" for p in Path(home).rglob("*")), "nothing written under the home folder"
