"""Record identity: ULIDs, unique across vaults and bundles, sortable by creation."""

from __future__ import annotations

from ulid import ULID


def new_id() -> str:
    return str(ULID())


def is_id(text: str) -> bool:
    if len(text) != 26:
        return False
    try:
        ULID.from_str(text)
    except ValueError:
        return False
    return True
