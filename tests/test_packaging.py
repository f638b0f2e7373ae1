"""The wheel carries every resource file, where the installed app looks for them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_holds_every_resource(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    wheel = next(tmp_path.glob("liaison-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = [p for p in (ROOT / "resources").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert resources
    missing = []
    for p in resources:
        rel = p.relative_to(ROOT / "resources").as_posix()
        if not any(n.endswith(f"/share/liaison/resources/{rel}") for n in names):
            missing.append(rel)
    assert not missing, f"resources not in the wheel: {missing} (add their folder to [tool.setuptools.data-files])"
    assert any(n.startswith("liaison/") for n in names) and any(n.startswith("ui/") for n in names)
