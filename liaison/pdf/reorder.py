"""Display order for one line of bidirectional text (Unicode Bidirectional Algorithm, UAX #9).

python-bidi ships two implementations and each gets one thing wrong for us:

- ``bidi.algorithm.get_display`` (pure Python) predates the bracket-pair rule N0 and isolates, so in a
  right-to-left line "ab (cd) שלום" comes out as "םולש (ab (cd";
- ``bidi.get_display`` (the Rust ``unicode-bidi`` crate) resolves levels correctly, brackets and isolates
  included, but does not mirror: a parenthesis at a right-to-left level keeps its left-to-right glyph.

So the levels come from the Rust implementation (its ``debug`` output, one level per UTF-8 byte), and rules L1
(trailing whitespace) and L2 (reversal) are applied here; mirroring (L4) is done by HarfBuzz when it shapes a
right-to-left item, and by :func:`display` for plain strings. If the debug output cannot be read (another
python-bidi version), the levels of the pure Python implementation are used: right order except around brackets
next to a direction change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from bidi import algorithm as _python
from bidi import get_display as _rust_display
from bidi.mirror import MIRRORED

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_TRAILING = frozenset({"WS", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "S", "B"})


def _rust_levels(text: str, rtl: bool) -> list[int] | None:
    try:
        debug = _rust_display(text, base_dir="R" if rtl else "L", debug=True)
    except Exception:  # noqa: BLE001 - any failure of the native module means "use the fallback"
        return None
    if not isinstance(debug, str):
        return None
    # The user's text is printed first (in the "text" field), so the real sections are the last occurrences.
    start = debug.rfind("levels: [")
    end = debug.rfind("paragraphs: [")
    if start < 0 or end < start:
        return None
    byte_levels = [int(m) for m in _LEVEL.findall(debug, start, end)]
    out: list[int] = []
    pos = 0
    for ch in text:
        if pos >= len(byte_levels):
            return None
        out.append(byte_levels[pos])
        pos += len(ch.encode("utf-8"))
    if pos != len(byte_levels):
        return None
    return out


def _python_levels(text: str, rtl: bool) -> list[int]:
    storage = _python.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    _python.get_embedding_levels(text, storage)
    _python.explicit_embed_and_overrides(storage)
    _python.resolve_weak_types(storage)
    _python.resolve_neutral_types(storage, False)
    _python.resolve_implicit_levels(storage, False)
    chars = storage["chars"]
    if len(chars) != len(text):  # surrogate pairs on a narrow build: not on CPython 3
        return [1 if rtl else 0] * len(text)
    return [c["level"] for c in chars]


def levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character of ``text`` (one line of one paragraph), with rule L1
    applied: whitespace and isolate marks at the end of the line take the paragraph's level."""
    if not text:
        return []
    lv = _rust_levels(text, rtl)
    if lv is None:
        lv = _python_levels(text, rtl)
    base = 1 if rtl else 0
    i = len(text) - 1
    while i >= 0 and unicodedata.bidirectional(text[i]) in _TRAILING:
        lv[i] = base
        i -= 1
    return lv


def visual_order(run_levels: Sequence[int]) -> list[int]:
    """Rule L2 on runs: the indices of runs (each at one level) in display order, left to right."""
    order = list(range(len(run_levels)))
    odd = [x for x in run_levels if x % 2]
    if not odd:
        return order
    for level in range(max(run_levels), min(odd) - 1, -1):
        j = 0
        while j < len(order):
            if run_levels[order[j]] >= level:
                k = j
                while k < len(order) and run_levels[order[k]] >= level:
                    k += 1
                order[j:k] = order[j:k][::-1]
                j = k
            else:
                j += 1
    return order


def display(line: str, rtl: bool) -> str:
    """``line`` (logical order, no paragraph separator) as a string in left-to-right display order, mirrored
    where needed (rule L4). For inspection and tests: the PDF engine reorders shaped items instead."""
    lv = levels(line, rtl)
    return "".join(MIRRORED.get(line[n], line[n]) if lv[n] % 2 else line[n] for n in visual_order(lv))
