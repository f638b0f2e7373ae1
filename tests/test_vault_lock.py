"""One vault, one writer, whatever its name: a second process is refused through the same name, a hard
link, a symbolic link, a path through a linked folder, '..' components, /proc/self/fd and a bind mount."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CHEAP_KDF, PASSPHRASE

from liaison.errors import VaultInUse
from liaison.vault import Vault

ROOT = Path(__file__).resolve().parents[1]

HOLDER = f"""
import sys
from liaison import keyslots
keyslots.kdf_params = lambda: dict({CHEAP_KDF!r})
from liaison.vault import Vault
v = Vault.open(sys.argv[1], sys.argv[2])
v.cases.add(title="held", requesting_state="DE", requested_state="PL")
print("open", flush=True)
sys.stdin.read()
v.close()
"""


def _hold(path: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), PASSPHRASE], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    line = proc.stdout.readline()
    if line.strip() != "open":
        _, err = proc.communicate(timeout=60)
        raise AssertionError(err)
    return proc


def _made(path: Path) -> None:
    v, _ = Vault.create(path, PASSPHRASE)
    v.cases.add(title="first", requesting_state="DE", requested_state="PL")  # the trail and its witness exist
    v.close()


def _link_vault(src: Path, dest: Path) -> None:
    """A second name for the vault (its key slots and witness are found by name, so they get one too)."""
    from liaison.paths import keys_path, witness_path

    for a, b in ((src, dest), (keys_path(src), keys_path(dest)), (witness_path(src), witness_path(dest))):
        if a.exists():
            os.link(a, b)


def _aliases(vault_path: Path, tmp_path: Path) -> dict[str, Path]:
    hard = tmp_path / "other" / "hardlink.liaison"
    hard.parent.mkdir()
    _link_vault(vault_path, hard)
    sym = tmp_path / "symlink.liaison"
    sym.symlink_to(vault_path)
    linked_dir = tmp_path / "linked-folder"
    linked_dir.symlink_to(vault_path.parent, target_is_directory=True)
    return {"same name": vault_path, "hard link": hard, "symbolic link": sym,
            "folder link": linked_dir / vault_path.name,
            "dot-dot": vault_path.parent / ".." / vault_path.parent.name / vault_path.name}


def test_a_second_process_is_refused_by_every_path(tmp_path):
    folder = tmp_path / "vaults"
    folder.mkdir()
    vault_path = folder / "vault.liaison"
    _made(vault_path)
    aliases = _aliases(vault_path, tmp_path)
    tried = held = 0
    for holder_name, holder_path in aliases.items():
        proc = _hold(holder_path)
        try:
            for path in aliases.values():
                tried += 1
                with pytest.raises(VaultInUse):
                    Vault.open(path, PASSPHRASE)
                held += 1
            fd = os.open(vault_path, os.O_RDONLY)
            try:
                with pytest.raises(VaultInUse):
                    Vault.open(f"/proc/self/fd/{fd}", PASSPHRASE)
            finally:
                os.close(fd)
        finally:
            _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, (holder_name, err)
    print(f"\n[proof] two processes: {tried} second openers tried by {len(aliases)} paths, {held} refused")
    with Vault.open(aliases["hard link"], PASSPHRASE) as v:
        assert v.db.execute("SELECT count(*) FROM cases").fetchone()[0] == len(aliases) + 1
        assert v.audit.verify().ok


@pytest.mark.skipif(os.geteuid() != 0 or sys.platform != "linux", reason="a bind mount needs root on Linux")
def test_a_second_process_is_refused_through_a_bind_mount(tmp_path):
    folder = tmp_path / "real"
    folder.mkdir()
    vault_path = folder / "vault.liaison"
    Vault.create(vault_path, PASSPHRASE)[0].close()
    mount = tmp_path / "bound"
    mount.mkdir()
    if subprocess.run(["mount", "--bind", str(folder), str(mount)], capture_output=True).returncode != 0:
        pytest.skip("this machine does not allow bind mounts (a container without CAP_SYS_ADMIN)")
    try:
        proc = _hold(mount / "vault.liaison")
        try:
            with pytest.raises(VaultInUse):
                Vault.open(vault_path, PASSPHRASE)
        finally:
            proc.communicate(timeout=60)
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def test_hard_linked_writers_lose_nothing(tmp_path):
    """The fault found: two programs through two names both wrote, and a third of the writes were lost.
    Now the second is refused, and every write the first made is there, audited."""
    vault_path = tmp_path / "vault.liaison"
    _made(vault_path)
    link = tmp_path / "alias.liaison"
    _link_vault(vault_path, link)
    proc = _hold(vault_path)
    try:
        with pytest.raises(VaultInUse):
            Vault.open(link, PASSPHRASE)
    finally:
        proc.communicate(timeout=60)
    with Vault.open(link, PASSPHRASE) as v:
        v.cases.add(title="second", requesting_state="DE", requested_state="PL")
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 3
        assert v.audit.verify().ok and v.check()["ok"]
