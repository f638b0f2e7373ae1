"""The `liaison` command: --version and -V print the version, an unknown option is an error with the usage, and
neither opens a window; a bundle given alone goes to the import dialog. The frozen build's age helper flag."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

import liaison
from liaison.bundles import container
from ui import launcher

ROOT = Path(__file__).resolve().parent.parent

# Runs the launcher as the console script does, with Qt made unimportable: a window cannot be created, and
# trying to would fail loudly.
_BLOCK_QT = (
    "import sys\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
    "            raise ImportError('a window was about to be created: ' + name)\n"
    "sys.meta_path.insert(0, Block())\n"
    "from ui.launcher import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _run(*args: str) -> tuple[subprocess.CompletedProcess, float]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _BLOCK_QT, *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=60, env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8"})
    return proc, time.perf_counter() - start


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_prints_the_version_without_a_window(flag):
    proc, seconds = _run(flag)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"liaison {liaison.__version__}"
    print(f"liaison {flag}: {seconds:.2f} s")  # about 0.1 s; shown with -s, never asserted


@pytest.mark.parametrize("args", [["--bogus"], ["--vault", "v.liaison", "--bogus"], ["--demo", "--bogus"],
                                  ["--open-bundle"], ["--demo", "info"], ["info", "--demo"]])
def test_an_unknown_or_misplaced_option_is_an_error_with_the_usage(args):
    proc, _seconds = _run(*args)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith("usage: liaison"), proc.stderr
    assert "error:" in proc.stderr
    assert "window" not in proc.stderr


def test_help_names_the_desktop_options_and_the_commands():
    proc, _seconds = _run("--help")
    assert proc.returncode == 0, proc.stderr
    for text in ("--version", "--demo", "--open-bundle FILE", "self-check", "bundle"):
        assert text in proc.stdout


def test_the_version_lives_in_one_place():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in text and 'version = { attr = "liaison.__version__" }' in text
    assert "\nversion = " not in text.split("[project.optional-dependencies]")[0]


def test_only_desktop_options_open_the_desktop():
    assert launcher.wants_gui([])
    assert launcher.wants_gui(["--demo"])
    assert launcher.wants_gui(["--vault", "x.liaison", "--data-dir", "d"])
    assert launcher.wants_gui(["--open-bundle", "a.liaison-bundle"])
    assert launcher.wants_gui(["--vault=x.liaison"])
    for argv in (["info"], ["--help"], ["-V"], ["--version"], ["--bogus"], ["--vault"], ["--open-bundle"],
                 ["-platform", "xcb"]):
        assert not launcher.wants_gui(argv), argv


def test_a_bundle_given_alone_goes_to_the_import_dialog():
    assert launcher.bundle_as_option(["/home/o/Case.LIAISON-BUNDLE"]) == ["--open-bundle", "/home/o/Case.LIAISON-BUNDLE"]
    assert launcher.bundle_as_option(["--vault", "v", "b.liaison-bundle"]) == ["--vault", "v", "--open-bundle",
                                                                                "b.liaison-bundle"]
    unchanged = [["bundle", "import", "b.liaison-bundle"], ["--vault", "b.liaison-bundle"], ["a.txt"],
                 ["--open-bundle", "a.liaison-bundle", "b.liaison-bundle"]]
    for argv in unchanged:
        assert launcher.bundle_as_option(argv) == argv
    assert launcher.open_bundle_argument(["--demo", "--open-bundle", "x.liaison-bundle"]) == "x.liaison-bundle"


def test_the_desktop_is_asked_for_the_bundle(monkeypatch):
    import ui.app

    calls = []
    monkeypatch.setattr(ui.app, "run", lambda argv, open_bundle=None: calls.append((argv, open_bundle)) or 0)
    assert launcher.main(["/tmp/x.liaison-bundle"]) == 0
    assert calls == [(["--open-bundle", "/tmp/x.liaison-bundle"], "/tmp/x.liaison-bundle")]


def test_a_frozen_build_runs_the_age_helper_through_its_own_executable(monkeypatch):
    assert launcher.AGE_CHILD_FLAG == container.AGE_CHILD_FLAG
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert container._age_child_command() == [sys.executable, container.AGE_CHILD_FLAG]
    monkeypatch.delattr(sys, "frozen")
    assert container._age_child_command()[1:] == ["-I", str(container._AGE_CHILD)]


def test_the_launcher_runs_the_age_helper():
    from test_bundles import make  # age's format at a cheap work factor

    data = make.age_passphrase_encrypt(b"plain text", "a bundle passphrase", log_n=10)
    script = ("import sys\nfrom ui.launcher import main\nsys.exit(main(['--liaison-age-child']))\n")
    request = b'{"op": "decrypt", "passphrase": "a bundle passphrase"}\n' + data
    proc = subprocess.run([sys.executable, "-c", script], input=request, capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"plain text"
