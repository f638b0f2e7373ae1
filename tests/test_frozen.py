"""The frozen application (PyInstaller, one folder) is built the way `make package` builds it, from the
hash-pinned packages, and its own `self-check` passes; what the app never loads is not in it.

Building takes about two minutes on two cores (and a minute more the first time, for the build environment).
The build is a pure function of its inputs (the sources, resources, spec, pinned packages and Python), so the
test keeps it under build/package and rebuilds only when one of them changed: a run that changed nothing that
goes into the package checks the application already built (its self-check, about 20 s). A fresh clone (CI)
always builds. `make package` always builds.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from environment import needs

import liaison

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("resources", "keychain backends", "create vault", "lock and unlock", "write and read back",
         "render a document", "export bundles", "import a bundle", "lock")


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> tuple[Path, str]:
    build = ROOT / "build" / "package"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LIAISON_", "PYTEST", "QT_"))}
    env.update(LIAISON_PACKAGE_BUILD=str(build), LIAISON_PACKAGE_DIST=str(build / "dist"),
               PYTHON=env.get("PYTHON", "python3"), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(["bash", str(ROOT / "packaging" / "build-package.sh"), "--reuse"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=1500)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-6000:]
    print(out[-1500:])
    return build / "dist" / "liaison", out


@pytest.mark.slow
@needs("objdump")
def test_the_frozen_application_passes_its_self_check(frozen):
    app, out = frozen
    for step in STEPS:
        assert f"ok   {step}" in out, step
    assert "Liaison " + liaison.__version__ + " self-check (Python" in out and ", frozen)" in out
    assert "All 9 steps passed" in out


@pytest.mark.slow
@needs("objdump")
def test_the_frozen_application_answers_version_and_refuses_unknown_options(frozen):
    app, _out = frozen
    env = {"PATH": "/usr/bin:/bin", "HOME": str(app.parent), "QT_QPA_PLATFORM": "offscreen"}
    for flag in ("--version", "-V"):
        proc = subprocess.run([str(app / "liaison"), flag], capture_output=True, text=True, env=env, timeout=60)
        assert (proc.returncode, proc.stdout.strip()) == (0, f"liaison {liaison.__version__}")
    proc = subprocess.run([str(app / "liaison"), "--bogus"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2 and proc.stderr.startswith("usage: liaison")


@pytest.mark.slow
@needs("objdump")
def test_what_the_app_never_loads_is_left_out(frozen):
    app, _out = frozen
    names = [p.relative_to(app).as_posix() for p in app.rglob("*")]
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Multimedia", "VirtualKeyboard", "libgtk-3",
                   "/qml/", "QtCharts", "pytest", "PyInstaller/", "setuptools/"):
        assert not [n for n in names if unused in "/" + n], unused
    for needed in ("_internal/liaison/assets/fonts/NotoSans-Regular.ttf", "_internal/liaison/assets/translations/liaison_fr.qm",
                   "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
                   "_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
                   "_internal/PySide6/Qt/plugins/imageformats/libqsvg.so",
                   "_internal/PySide6/QtPdfWidgets.abi3.so"):
        assert needed in names, needed
    assert not [n for n in names if "/sqlcipher3/" in n] == []  # the encrypted database driver is in
