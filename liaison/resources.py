"""Files that are not code: templates, fonts, translations, reference data.

In the checkout they are the folder ``resources/``; installed, they are the package
``liaison.assets`` (``pyproject.toml`` maps the folder to it), found here through
:mod:`importlib.resources`. That works however Liaison is installed: into the system
or a virtual environment, with ``pip install --user``, editable, and frozen by
PyInstaller (which carries the package's files beside the executable). The files are
always on disk there; the fonts and translations need real paths (reportlab and Qt
open them by name). ``LIAISON_RESOURCES`` may name another folder (for tests and
translators).
"""

from __future__ import annotations

import json
import os
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

PACKAGE = "liaison.assets"


def _from_package() -> Path | None:
    try:
        files = importlib_resources.files(PACKAGE)
    except ModuleNotFoundError:
        return None
    folder = Path(str(files))
    return folder if isinstance(files, Path) or folder.is_dir() else None


@cache
def root() -> Path:
    env = os.environ.get("LIAISON_RESOURCES")
    if env:
        candidates = [Path(env)]
    else:
        candidates = [
            _from_package(),
            # A checkout run without installing it (PYTHONPATH=.): the folder itself.
            Path(__file__).resolve().parent.parent / "resources",
        ]
    for c in candidates:
        if c is not None and (c / "fonts").is_dir():
            return c
    where = env or f"the package {PACKAGE}"
    raise FileNotFoundError(
        f"Liaison's resources (fonts, templates, translations) were not found in {where}: the installation is "
        "incomplete. Reinstall Liaison, or set LIAISON_RESOURCES to the resources folder.")


def path(*parts: str) -> Path:
    return root().joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    """Reference data under ``resources/`` (cached: treat the result as read-only)."""
    return json.loads(path(*parts).read_text(encoding="utf-8"))
