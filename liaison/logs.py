"""Operational log: what the program did, never what the vault holds.

Messages name operations and outcomes ("vault opened via keychain", "migration
to schema 6") and never record content, names, references or secrets. The file
lives in the platform's log folder, or in ``--data-dir``/logs.
"""

from __future__ import annotations

import logging
import logging.handlers
import os

from .fileutil import OWNER_ONLY, ensure_private_dir
from .paths import Paths


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file (the first and those made by a rollover) is owner-only, whatever
    the umask."""

    def _open(self):  # noqa: ANN202 - logging's own signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, OWNER_ONLY)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, OWNER_ONLY)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

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
    ensure_private_dir(paths.logs)
    handler = _PrivateRotatingHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._liaison = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return logger


def get(name: str = "") -> logging.Logger:
    return logging.getLogger(f"{LOGGER}.{name}" if name else LOGGER)
