"""Operational log: what the program did, never what the vault holds.

Messages name operations and outcomes ("vault opened via keychain", "migration
to schema 6") and never record content, names, references or secrets. The file
lives in the platform's log folder, or in ``--data-dir``/logs.
"""

from __future__ import annotations

import logging
import logging.handlers
import os

from .paths import Paths

LOGGER = "liaison"


def setup(paths: Paths, *, level: int = logging.INFO) -> logging.Logger:
    logger = logging.getLogger(LOGGER)
    path = paths.logs / "liaison.log"
    for h in list(logger.handlers):
        if getattr(h, "_liaison", False):
            if getattr(h, "baseFilename", None) == str(path):
                return logger
            logger.removeHandler(h)  # another data folder (tests, or a second vault)
            h.close()
    paths.logs.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._liaison = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return logger


def get(name: str = "") -> logging.Logger:
    return logging.getLogger(f"{LOGGER}.{name}" if name else LOGGER)
