#!/usr/bin/env python3
"""Run a command as on a fresh machine: `make test-fresh` runs `make test` this way.

What a fresh Debian machine (or a container) lacks, hidden from the command even where this machine has it:
- the programs of the optional Debian packages (packaging/debian-packages.txt and the packaging tools): PATH
  is a folder of links to every other program only;
- fonts: FONTCONFIG_FILE names a configuration with no font folder, so fontconfig finds none;
- the user's home and settings: HOME and the XDG folders are new, empty folders;
- the virtual environment: the checkout (tracked and new files, not ignored ones such as .venv) is copied to
  a new folder, so `make` builds a new .venv there;
- CI: unset, so that the tests that CI requires (every package installed) are skipped with a reason instead;
- installing packages: LIAISON_SYSTEM_DEPS=no, as for a user who is not root and has no sudo.
pip's download cache is kept (PIP_CACHE_DIR), so the new virtual environment does not fetch PySide6 again.

    python3 .ci/fresh_env.py -- make test          # from the checkout
    python3 .ci/fresh_env.py --keep -- make test   # leave the folder for a look (its path is printed)

Only the standard library: it runs before any virtual environment exists.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Packages whose programs the tests use but which are not needed to run them (the packaging tools).
EXTRA_PACKAGES = ["desktop-file-utils", "appstream", "shared-mime-info", "xdg-utils", "binutils", "fontconfig"]
# Programs hidden even when dpkg cannot tell which package has them.
KNOWN_PROGRAMS = {
    "age", "age-keygen", "unzip", "pdftoppm", "pdftotext", "pdfinfo", "xvfb-run", "Xvfb", "dbus-daemon",
    "dbus-run-session", "gnome-keyring-daemon", "desktop-file-validate", "update-desktop-database",
    "appstreamcli", "update-mime-database", "xdg-mime", "objdump", "fc-list", "fc-match",
}


def optional_packages() -> list[str]:
    listed = (ROOT / "packaging" / "debian-packages.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in listed if ln.strip() and not ln.lstrip().startswith("#")] + EXTRA_PACKAGES


def optional_programs() -> set[str]:
    """The names of every program that the optional packages install."""
    names = set(KNOWN_PROGRAMS)
    if shutil.which("dpkg") is None:
        return names
    for package in optional_packages():
        proc = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True)
        for line in proc.stdout.splitlines():
            path = Path(line)
            if path.parent.name in ("bin", "sbin"):
                names.add(path.name)
    return names


def base_python() -> str:
    """The interpreter a fresh machine would make the virtual environment with (not a venv's)."""
    exe = getattr(sys, "_base_executable", None) or sys.executable
    return os.path.realpath(exe)


def build(work: Path) -> dict[str, str]:
    """Make the folders under ``work`` and return the environment of a fresh machine."""
    hidden = optional_programs()
    bin_dir = work / "bin"
    bin_dir.mkdir(parents=True)
    for folder in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep):
        if not folder or not os.path.isdir(folder) or "/.venv" in folder:
            continue
        for entry in sorted(os.listdir(folder)):
            src = os.path.join(folder, entry)
            dest = bin_dir / entry
            if entry in hidden or dest.exists() or not os.access(src, os.X_OK) or os.path.isdir(src):
                continue
            dest.symlink_to(src)
    fonts = work / "fonts.conf"
    fonts.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{work / 'fontconfig-cache'}</cachedir></fontconfig>\n", encoding="utf-8")
    home = work / "home"
    home.mkdir()
    pip_cache = subprocess.run([base_python(), "-m", "pip", "cache", "dir"], capture_output=True, text=True)
    env = {
        "PATH": str(bin_dir),
        "HOME": str(home),
        "USER": os.environ.get("USER", "officer"),
        "LANG": "C.UTF-8",
        "TMPDIR": str(work / "tmp"),
        "FONTCONFIG_FILE": str(fonts),
        "LIAISON_SYSTEM_DEPS": "no",
        "PYTHON": base_python(),
    }
    (work / "tmp").mkdir()
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        folder = home / var.lower()
        folder.mkdir(mode=0o700)
        env[var] = str(folder)
    if pip_cache.returncode == 0 and pip_cache.stdout.strip():
        env["PIP_CACHE_DIR"] = pip_cache.stdout.strip()
    for var in ("PYENV_ROOT", "PYENV_VERSION"):  # where the interpreter is a pyenv shim
        if var in os.environ:
            env[var] = os.environ[var]
    return env


# Left out of a copy made without git (a source archive): what the build and the tests make.
_NOT_SOURCE = {".git", "__pycache__", ".pytest_cache", ".ruff_cache", ".flatpak-builder"}
_NOT_SOURCE_AT_TOP = {".venv", "build", "dist", "screenshots", "out"}


def source_files(root: Path = ROOT) -> list[str]:
    """The checkout's files as a fresh clone would have them, with the changes not yet committed: git's tracked
    and new files (not ignored ones such as .venv); outside a git checkout, every file but what builds make."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root,
                            capture_output=True)
    if listed.returncode == 0:
        return [raw.decode() for raw in listed.stdout.split(b"\0") if raw]
    out = []
    for folder, dirs, files in os.walk(root):
        top = os.path.samefile(folder, root)
        dirs[:] = [d for d in dirs if d not in _NOT_SOURCE and not d.endswith(".egg-info")
                   and not (top and d in _NOT_SOURCE_AT_TOP)]
        out += [os.path.relpath(os.path.join(folder, f), root) for f in files if not f.endswith(".pyc")]
    return sorted(out)


def copy_checkout(dest: Path, root: Path = ROOT) -> None:
    """Copy the source files (see :func:`source_files`) to ``dest``."""
    for rel in source_files(root):
        src = root / rel
        if not src.exists() and not src.is_symlink():
            continue  # deleted, not yet committed
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target, follow_symlinks=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="leave the folder (its path is printed)")
    parser.add_argument("--copy-to", metavar="DIR", help="only copy the checkout's source files to DIR")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND ... (default: make test)")
    args = parser.parse_args(argv)
    if args.copy_to:
        copy_checkout(Path(args.copy_to))
        return 0
    command = [c for c in args.command if c != "--"] or ["make", "test"]
    work = Path(tempfile.mkdtemp(prefix="liaison-fresh-"))
    try:
        env = build(work)
        src = work / "src"
        copy_checkout(src)
        print(f"fresh machine: {work} (PATH without {len(optional_programs())} optional programs, no fonts, "
              f"empty HOME); running {' '.join(command)}", flush=True)
        make = shutil.which(command[0], path=env["PATH"]) or command[0]
        return subprocess.run([make, *command[1:]], cwd=src, env=env).returncode
    finally:
        if args.keep:
            print(f"fresh machine: kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
