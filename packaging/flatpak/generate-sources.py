"""Make python3-requirements.json, the Flatpak module with Liaison's Python dependencies, from
packaging/requirements-frozen.txt: the same versions and the same files (each file's SHA-256 is one of those
pinned there, which flatpak-builder checks again on download).

PySide6 and shiboken6 are left out (io.qt.PySide.BaseApp has them), and so are the build tools and the
Windows- and macOS-only packages. A pure-Python package comes as its universal wheel; a compiled one as its
manylinux wheels for x86_64 and aarch64 (only-arches) for the runtime's Python 3.12, as Flathub's Python applications do for packages
whose source needs a Rust or C toolchain the SDK lacks. Reads PyPI's simple index (JSON form, PEP 691).

    python3 packaging/flatpak/generate-sources.py          # (make flatpak-sources)
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REQUIREMENTS = HERE.parent / "requirements-frozen.txt"
INDEX = "https://pypi.org/simple"
LEAVE_OUT = re.compile(r"^(pyside6|shiboken6|pyinstaller|altgraph|macholib|pefile|pip|setuptools|pywin32)",
                       re.I)
ARCHES = {"x86_64": "x86_64", "aarch64": "aarch64"}
# The Python of the runtime (org.kde.Platform 6.9 is on freedesktop-sdk 24.08: Python 3.12).
PYTHON_TAG = "cp312"


def pins() -> dict[str, tuple[str, set[str]]]:
    """{name: (version, {sha256})} for Linux, from the requirements file."""
    out: dict[str, tuple[str, set[str]]] = {}
    name = None
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        head = re.match(r"^([A-Za-z0-9_.-]+)==([^ ;\\]+)(.*)$", line)
        if head:
            name = None
            markers = head.group(3)
            if "sys_platform == 'win32'" in markers or "sys_platform == 'darwin'" in markers:
                continue
            if LEAVE_OUT.match(head.group(1)):
                continue
            name = head.group(1).lower()
            out[name] = (head.group(2), set())
        elif name and "--hash=sha256:" in line:
            out[name][1].add(line.split("--hash=sha256:")[1].split()[0])
    return out


def files(name: str) -> list[dict]:
    request = urllib.request.Request(f"{INDEX}/{name}/", headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(request, timeout=60) as answer:
        return json.load(answer)["files"]


def choose(name: str, version: str, hashes: set[str]) -> list[dict]:
    candidates = [f for f in files(name) if f["hashes"].get("sha256") in hashes]
    universal = [f for f in candidates if f["filename"].endswith("-py3-none-any.whl")
                 or f["filename"].endswith("-py2.py3-none-any.whl")]
    if universal:
        f = universal[0]
        return [{"type": "file", "url": f["url"], "sha256": f["hashes"]["sha256"]}]
    chosen = []
    for arch, flatpak_arch in ARCHES.items():
        wheels = [f for f in candidates if f["filename"].endswith(".whl") and "manylinux" in f["filename"]
                  and arch in f["filename"] and (f"{PYTHON_TAG}-{PYTHON_TAG}" in f["filename"]
                                                  or "abi3" in f["filename"] or "py3-none" in f["filename"])]
        if not wheels:
            raise SystemExit(f"{name}=={version}: no manylinux {arch} wheel among the pinned files")
        wheels.sort(key=lambda f: ("musllinux" in f["filename"], len(f["filename"])))
        f = wheels[0]
        chosen.append({"type": "file", "url": f["url"], "sha256": f["hashes"]["sha256"],
                       "only-arches": [flatpak_arch]})
    return chosen


def main() -> int:
    sources, names = [], []
    for name, (version, hashes) in sorted(pins().items()):
        sources += choose(name, version, hashes)
        names.append(f"{name}=={version}")
    module = {
        "name": "python3-requirements",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --exists-action=i --no-index --find-links=\"file://${PWD}\" "
            "--prefix=${FLATPAK_DEST} --no-build-isolation " + " ".join(f'"{n}"' for n in names)
        ],
        "sources": sources,
    }
    out = HERE / "python3-requirements.json"
    out.write_text(json.dumps(module, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(names)} packages, {len(sources)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
