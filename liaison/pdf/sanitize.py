"""Cleaning of the text that goes into a document: its fields and the PDF's metadata.

What a reader cannot see must not change what the document says. Text copied from e-mails, chat messages or web
pages brings invisible characters with it: control characters, zero-width spaces and joiners, byte order marks,
bidi embeddings and overrides (U+202E "RIGHT-TO-LEFT OVERRIDE" makes "gpj.exe" display as "exe.jpg" and a
reference or an amount read backwards), Unicode tag characters that hide text. :func:`clean_field` removes them,
and line breaks from one-line fields (a name, a reference, a title). It is one small function so that the input
side (records, command line) can use the same rules.

What is kept: ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER between letters of scripts whose spelling needs them
(Persian "می‌خواهم", Devanagari half forms), variation selectors, and everything visible.
"""

from __future__ import annotations

import re
import unicodedata

NUL = "\x00"
NUL_MESSAGE = "the text contains a NUL character (U+0000), which no document can hold; remove it"

# Line and paragraph breaks of every kind (CR LF first, as one break); in a one-line field, breaks and the spaces
# around them (the spaces of a tab too) become one space.
_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_BREAKS_ONE_LINE = re.compile("[ \t]*(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])[ \t\n\r\x0b\x0c\x1c\x1d\x1e"
                              "\x85\u2028\u2029]*")
# C0 and C1 controls other than the breaks above (tab is handled first), DEL, lone surrogates, noncharacters.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
# Invisible characters removed everywhere: zero-width space, word joiner, invisible operators, byte order mark,
# Mongolian vowel separator, bidi embeddings, overrides, isolates and marks, interlinear annotation, tags.
_INVISIBLE = re.compile(
    "[\u200b\u2060-\u2064\ufeff\u180e\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufff9-\ufffb"
    "\U000e0000-\U000e007f]"
)
# Soft hyphen: a hyphenation hint, kept in running text, removed from one-line fields.
_SOFT_HYPHEN = "\u00ad"
_JOINERS = "\u200c\u200d"


def _joins_letters(before: str, after: str) -> bool:
    """True if a joiner between ``before`` and ``after`` may be part of the spelling: both are letters or marks
    of a script written with joiners (Hebrew and later in the BMP: Arabic, Syriac, the Indic scripts...)."""
    return (
        ord(before) >= 0x0590
        and ord(after) >= 0x0590
        and unicodedata.category(before)[0] in "LM"
        and unicodedata.category(after)[0] in "LM"
    )


def clean_field(value: object, *, one_line: bool = False) -> str:
    """``value`` as text fit for a document field or the PDF metadata: NFC, tabs as spaces, paragraph breaks as
    ``\\n`` (or, with ``one_line``, each break and the spaces around it as one space, no space at either end and
    no soft hyphen), and no control, zero-width,
    bidi control or tag character; a joiner only where it joins two letters of a script that needs it. NUL is
    removed like any control character: callers that accept input refuse it first (:data:`NUL_MESSAGE`)."""
    text = "" if value is None else str(value)
    if not text:
        return ""
    if text.isascii() and text.isprintable():  # nothing to remove, nothing to normalise
        return text
    if one_line:
        text = _BREAKS_ONE_LINE.sub(" ", text).replace("\t", " ")
    else:
        text = _BREAKS.sub("\n", text.replace("\t", " "))
    text = _INVISIBLE.sub("", _CONTROLS.sub("", text))
    if one_line:
        text = text.replace(_SOFT_HYPHEN, "").strip(" ")
    if "\u200c" in text or "\u200d" in text:
        chars = list(text)
        keep = [
            ch not in _JOINERS or (0 < i < len(chars) - 1 and _joins_letters(chars[i - 1], chars[i + 1]))
            for i, ch in enumerate(chars)
        ]
        text = "".join(ch for ch, k in zip(chars, keep, strict=True) if k)
    return unicodedata.normalize("NFC", text)
