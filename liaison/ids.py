"""Record identity: ULIDs, unique across vaults and bundles, sortable by creation."""

from __future__ import annotations

import re

from ulid import ULID

# What ULID.from_str accepts: 26 Crockford base-32 digits (either case, no I, L, O, U), at most 7ZZZ...
_ULID = re.compile(r"[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}")


def new_id() -> str:
    return str(ULID())


def is_id(text: str) -> bool:
    return isinstance(text, str) and _ULID.fullmatch(text) is not None
