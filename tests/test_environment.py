"""The machine the tests run on: Qt loads (or the UI tests are skipped, naming the packages), and on a machine
like a fresh one (no optional programs, no fonts, an empty home) the tests that need a missing program are
skipped with its package named while the others pass. `make test-fresh` runs the whole suite that way."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from environment import PACKAGES, qt_problem

ROOT = Path(__file__).resolve().parent.parent


def _fresh_env():
    spec = importlib.util.spec_from_file_location("fresh_env", ROOT / ".ci" / "fresh_env.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_qt_loads_here():
    problem = qt_problem()
    if problem:
        pytest.skip(problem)


def test_every_program_the_tests_name_is_in_the_package_list():
    listed = (ROOT / "packaging" / "debian-packages.txt").read_text(encoding="utf-8").split()
    assert set(PACKAGES.values()) <= set(listed), sorted(set(PACKAGES.values()) - set(listed))


@pytest.mark.slow
def test_on_a_fresh_machine_tests_pass_or_skip_naming_the_package(tmp_path):
    fresh = _fresh_env()
    env = fresh.build(tmp_path / "machine")
    for program in ("age", "unzip", "pdftoppm", "dbus-daemon", "desktop-file-validate", "appstreamcli", "fc-list",
                    "objdump", "xvfb-run"):
        assert not (tmp_path / "machine" / "bin" / program).exists(), program
    fonts = subprocess.run([sys.executable, "-c", "import os; print(os.environ['FONTCONFIG_FILE'])"], env=env,
                           capture_output=True, text=True)
    assert fonts.returncode == 0
    env["QT_QPA_PLATFORM"] = "offscreen"
    tests = ["tests/ui/test_models.py::test_handling_column_shows_the_tlp_label_in_its_colour_on_black",
             "tests/test_bundles.py::test_partner_opens_bundles_with_the_age_and_unzip_tools",
             "tests/test_reports.py::test_pages_render_as_images",
             "tests/test_packaging.py::test_the_desktop_file_validates",
             "tests/test_packaging.py::test_the_appstream_metainfo_validates",
             "tests/test_secretservice.py",
             "tests/test_frozen.py::test_the_frozen_application_passes_its_self_check"]
    proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs", "-q", *tests],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-4000:]
    assert "1 passed" in out  # the pixels of the TLP badge: drawn with the shipped fonts, with none installed
    for package in ("age unzip", "poppler-utils", "desktop-file-utils", "appstream", "dbus-daemon", "binutils"):
        assert f"install the Debian package(s) {package}" in out, package
    assert "failed" not in out and "error" not in out.lower().replace("errors=", "")


def test_a_copy_made_without_git_holds_the_same_source_files(tmp_path):
    """A source archive (no .git) is copied as a clone would be: the fresh-machine run and the frozen build copy
    the checkout this way."""
    fresh = _fresh_env()
    fresh.copy_checkout(tmp_path / "src")
    assert not (tmp_path / "src" / ".git").exists()
    assert fresh.source_files(tmp_path / "src") == sorted(fresh.source_files())
    again = tmp_path / "again"
    fresh.copy_checkout(again, root=tmp_path / "src")
    assert fresh.source_files(again) == fresh.source_files(tmp_path / "src")
