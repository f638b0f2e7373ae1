"""SIGKILL at the I/O points of every write an officer makes (bulk writes, attachments, rekey, passphrase
change, a new recovery code, migration, bundle import, erasure), each followed by open, check, audit verify,
the officer's recovery code, and an all-or-nothing comparison (see crashdriver.py). Team sync does not exist
yet (issue 22). Short: a few points per operation; soak: every point, then kills at random moments."""

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
             "bundle-import", "erasure"]


def _drive(scenario: str, folder: Path, n: int, seed: int) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIAISON_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    proc = subprocess.run([sys.executable, str(DRIVER), scenario, str(folder), str(n), str(seed)],
                          capture_output=True, text=True, env=env, cwd=DRIVER.parent, timeout=3000)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    return json.loads(lines[-1])


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash driver forks (POSIX)")
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_sigkill_at_any_point_loses_nothing_half_way(scenario, tmp_path, figures):
    runs = [_drive(scenario, tmp_path / "points", 0 if SOAK else 3, 17)]
    if SOAK:
        runs.append(_drive(scenario, tmp_path / "random", -40, 17))
    tried = sum(r["tried"] for r in runs)
    held = sum(r["held"] for r in runs)
    figures(f"SIGKILL during {scenario}", tried, held, kill_points=runs[0]["kill_points"])
    failures = [f for r in runs for f in r["failures"]]
    assert held == tried, json.dumps(failures, indent=1)[:4000]
