"""Canonical JSON, fast: the bytes of ``json.dumps(obj, ensure_ascii=False, sort_keys=True,
separators=(",", ":")).encode()``, produced by ``orjson`` where the two agree byte for byte.

Hashes are computed over this form and kept (the audit chain, the sync state of bundled records), so it
must never change. ``orjson`` writes the same bytes for flat objects of strings, integers, booleans and
None (every code point was compared: ``tests/test_canonical.py``); it writes floats differently
(``1.5e-7`` against ``1.5e-07``), so anything else goes through the standard library.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

_FLAT = frozenset((str, int, bool, type(None)))


def canonical_flat(obj: dict[str, Any], *, default: Any = None) -> bytes:
    """Canonical JSON of a flat object (a row, an audit entry)."""
    if _FLAT.issuperset(map(type, obj.values())):
        try:
            return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)
        except orjson.JSONEncodeError:  # a key that is not a string, an integer beyond 64 bits
            pass
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=default).encode()


def dumps_sorted(obj: Any) -> bytes:
    """Deterministic JSON for a whole document (keys sorted, UTF-8, compact); not promised to match the
    standard library's bytes (floats), only to be the same for the same data."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


__all__ = ["canonical_flat", "dumps_sorted"]
