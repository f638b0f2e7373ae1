"""Display order for one line of bidirectional text (Unicode Bidirectional Algorithm, UAX #9).

python-bidi ships two implementations and each gets one thing wrong for us:

- ``bidi.algorithm.get_display`` (pure Python) predates the bracket-pair rule N0, so in a right-to-left line
  "ab (cd) שלום" comes out as "םולש (ab (cd";
- ``bidi.get_display`` (the Rust ``unicode-bidi`` crate) resolves levels correctly, brackets included, but does
  not mirror: a parenthesis at a right-to-left level keeps its left-to-right glyph, so "(David)" inside Hebrew
  shows as ")David(".

So the levels come from the Rust implementation (its ``debug`` output, one level per UTF-8 byte), and rules
L1 (trailing whitespace), L2 (reversal) and L4 (mirroring) are applied here. If the debug output cannot be read
(another python-bidi version), the pure Python implementation is used instead: right order except around
brackets next to a direction change.
"""

from __future__ import annotations

import re
import unicodedata

from bidi import get_display as _rust_display
from bidi.algorithm import get_display as _python_display
from bidi.mirror import MIRRORED

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def levels(text: str, rtl: bool) -> list[int] | None:
    """Resolved embedding level of each character of ``text`` (one paragraph), or None if unavailable."""
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


def _is_trailing_space(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("WS", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI",
                                             "PDI")


def display(line: str, rtl: bool) -> str:
    """``line`` (logical order, no paragraph separator) in left-to-right display order, mirrored where needed."""
    if not line:
        return line
    lv = levels(line, rtl)
    if lv is None:
        return _python_display(line, base_dir="R" if rtl else "L")
    base = 1 if rtl else 0
    # L1: whitespace at the end of the line takes the paragraph level.
    i = len(line) - 1
    while i >= 0 and _is_trailing_space(line[i]):
        lv[i] = base
        i -= 1
    # L2: from the highest level down to the lowest odd one, reverse every run at that level or higher.
    order = list(range(len(line)))
    highest = max(lv)
    odd = [x for x in lv if x % 2]
    if odd:
        for level in range(highest, min(odd) - 1, -1):
            j = 0
            while j < len(order):
                if lv[order[j]] >= level:
                    k = j
                    while k < len(order) and lv[order[k]] >= level:
                        k += 1
                    order[j:k] = order[j:k][::-1]
                    j = k
                else:
                    j += 1
    # L4: characters at a right-to-left level take their mirrored glyph.
    return "".join(MIRRORED.get(line[n], line[n]) if lv[n] % 2 else line[n] for n in order)
