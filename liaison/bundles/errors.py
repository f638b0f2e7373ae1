"""Errors about bundles. Each message names the problem and what to do; a
rejected bundle never changes the vault."""

from __future__ import annotations

from ..errors import LiaisonError


class BundleRejected(LiaisonError):
    """A bundle that cannot be used: damaged, altered, hostile or from a newer
    Liaison. ``problem`` is a short machine-readable code (for tests and --json)."""

    exit_code = 5

    def __init__(self, message: str, *, problem: str, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.problem = problem


class BundleKeyError(BundleRejected):
    """Wrong or missing passphrase or identity."""

    exit_code = 4


class BundleTooNew(BundleRejected):
    """Written by a newer Liaison (bundle format or schema)."""

    exit_code = 8
