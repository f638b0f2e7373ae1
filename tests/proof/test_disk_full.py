"""A full disk during every write: the file-size limit (RLIMIT_FSIZE, which needs no root) set at several
sizes below what the write needs, in a forked process. The write succeeds or stops with DiskFull ('the disk
is full: N needed'), never as a damaged vault nor a traceback, and the vault opens, checks, verifies and is
all or nothing afterwards. (The limit stands for a full disk: SQLite and the file store see the same refusal
of a write, EFBIG instead of ENOSPC; the message for ENOSPC is tested on its own.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SOAK

DRIVER = Path(__file__).with_name("crashdriver.py")
SCENARIOS = ["bulk-write", "attachment-write", "rekey", "passphrase-change", "recovery-code", "migration",
             "bundle-import", "erasure", "backup", "bundle-export"]
SHORT = [65536]
LONG = [0, 1024, 4096, 16384, 32768, 65536, 131072, 200_000, 262144, 300_000, 400_000, 600_000, 1 << 20]


def _drive(scenario: str, folder: Path, limits: list[int]) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIAISON_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    proc = subprocess.run([sys.executable, str(DRIVER), scenario, str(folder),
                           "disk:" + ",".join(map(str, limits)), "0"],
                          capture_output=True, text=True, env=env, cwd=DRIVER.parent, timeout=3000)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    return json.loads(lines[-1])


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "win32", reason="RLIMIT_FSIZE and fork (POSIX)")
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_a_full_disk_is_reported_as_such_and_loses_nothing(scenario, tmp_path, figures):
    result = _drive(scenario, tmp_path, LONG if SOAK else SHORT)
    figures(f"full disk during {scenario}", result["tried"], result["held"],
            refused_as_disk_full=result["refused_as_full"])
    assert result["held"] == result["tried"], json.dumps(result["failures"], indent=1)[:4000]


def test_disk_full_message_says_how_much_is_needed(tmp_path):
    from liaison.fileutil import disk_full

    err = disk_full(tmp_path, 5 << 20, what="the backup")
    assert "disk is full" in err.message and "5.0 MiB" in err.message and "not damaged" in err.hint
    assert err.exit_code == 11 and err.needed == 5 << 20
