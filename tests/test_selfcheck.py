"""`liaison self-check`: every step runs and is reported, in a temporary folder that is removed; a failing step
is reported as such with a non-zero exit; the officer's vault and keychain are not touched."""

from __future__ import annotations

import json
import os
from pathlib import Path

from liaison import selfcheck
from liaison.cli import main

STEPS = ["resources", "keychain backends", "create vault", "lock and unlock", "write and read back",
         "render a document", "export bundles", "import a bundle", "lock"]


def test_every_step_passes_and_leaves_nothing_behind(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    seen = []
    result = selfcheck.run(seen.append)
    assert result["ok"], result
    assert [s["name"] for s in result["steps"]] == STEPS == [s.name for s in seen]
    assert all(s["ok"] and s["detail"] for s in result["steps"])
    assert "4 fonts embedded" in result["steps"][5]["detail"] or "fonts embedded" in result["steps"][5]["detail"]
    assert list(tmp_path.iterdir()) == []  # the temporary folder is gone
    home = Path(os.environ["HOME"])
    assert not any(home.rglob("*.liaison")), "the self-check wrote a vault in the home folder"


def test_the_command_reports_each_step(capsys):
    assert main(["self-check"]) == 0
    out = capsys.readouterr().out
    for name in STEPS:
        assert f"ok   {name}" in out
    assert "All 9 steps passed" in out


def test_json_output(capsys):
    assert main(["self-check", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["version"] and [s["name"] for s in data["steps"]] == STEPS


def test_a_failing_step_is_reported_and_the_exit_code_says_so(monkeypatch, capsys):
    def broken(self):
        raise RuntimeError("the renderer is missing")

    monkeypatch.setattr(selfcheck.SelfCheck, "render", broken)
    assert main(["self-check"]) == 1
    out = capsys.readouterr().out
    assert "FAIL render a document" in out and "RuntimeError: the renderer is missing" in out
    assert "Self-check FAILED at: render a document." in out
    assert "export bundles" not in out  # later steps do not run on a broken installation


def test_missing_resources_fail_the_first_step(monkeypatch, tmp_path):
    (tmp_path / "fonts").mkdir()
    monkeypatch.setenv("LIAISON_RESOURCES", str(tmp_path))
    selfcheck.resources.root.cache_clear()
    try:
        step = selfcheck.SelfCheck(tmp_path)
        assert not step.step("resources", selfcheck.check_resources)
        assert "fonts" in step.steps[0].detail
    finally:
        monkeypatch.delenv("LIAISON_RESOURCES")
        selfcheck.resources.root.cache_clear()
