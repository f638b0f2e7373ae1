"""Files that are not code: templates, fonts, reference data (``resources/``)."""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any


@cache
def root() -> Path:
    env = os.environ.get("LIAISON_RESOURCES")
    candidates = [Path(env)] if env else []
    candidates += [
        Path(__file__).resolve().parent.parent / "resources",  # source checkout / editable install
        Path(sys.prefix) / "share" / "liaison" / "resources",  # installed wheel
    ]
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError("Liaison's resources folder was not found; set LIAISON_RESOURCES.")


def path(*parts: str) -> Path:
    return root().joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    """Reference data under ``resources/`` (cached: treat the result as read-only)."""
    return json.loads(path(*parts).read_text(encoding="utf-8"))
