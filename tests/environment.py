"""What a test needs from the machine, and how to get it when it is missing.

A test that needs a program says so with :func:`needs`: on a machine without it the test is skipped with the
Debian package to install named (``make system-deps``, or ``make test`` as root, installs them all; the list is
packaging/debian-packages.txt). Nothing here installs anything.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# program -> the Debian package that provides it
PACKAGES = {
    "age": "age",
    "age-keygen": "age",
    "unzip": "unzip",
    "pdftoppm": "poppler-utils",
    "pdftotext": "poppler-utils",
    "xvfb-run": "xvfb",
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus-daemon",
    "dbus-run-session": "dbus-daemon",
    "gnome-keyring-daemon": "gnome-keyring",
    "desktop-file-validate": "desktop-file-utils",
    "update-desktop-database": "desktop-file-utils",
    "appstreamcli": "appstream",
    "update-mime-database": "shared-mime-info",
    "xdg-mime": "xdg-utils",
    "objdump": "binutils",
}

# Shared libraries PySide6 needs even offscreen -> their Debian packages.
QT_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def missing(*programs: str) -> list[str]:
    return [p for p in programs if shutil.which(p) is None]


def install_hint(programs: list[str]) -> str:
    packages = sorted({PACKAGES.get(p, p) for p in programs})
    return (f"needs {', '.join(programs)}: install the Debian package(s) {' '.join(packages)} "
            "(`make system-deps` installs everything the tests use)")


def needs(*programs: str):
    """Skip the test, naming the package to install, when a program is missing."""
    absent = missing(*programs)
    return pytest.mark.skipif(bool(absent), reason=install_hint(absent) if absent else "")


def require(*programs: str) -> None:
    """The same inside a test or fixture."""
    absent = missing(*programs)
    if absent:
        pytest.skip(install_hint(absent))


@cache
def qt_problem() -> str:
    """Empty when PySide6's widgets load here; else why not and what to install. Checked in a child process, so
    that a failing load leaves this one clean."""
    probe = "import PySide6.QtWidgets, PySide6.QtPdf, PySide6.QtPdfWidgets"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    if proc.returncode == 0:
        return ""
    err = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit code {proc.returncode}"
    packages = sorted({pkg for lib, pkg in QT_LIBRARIES.items() if lib in proc.stderr}) or sorted(
        set(QT_LIBRARIES.values()))
    return f"Qt cannot load here ({err}): install the Debian package(s) {' '.join(packages)}"
