"""OpenType shaping with HarfBuzz, and drawing the shaped glyphs by id with reportlab.

reportlab draws text as characters: each character is looked up in the font's cmap. Shaped text is made of
*glyphs*: a Devanagari conjunct (क्ष), a reph, a contextual form of an Arabic letter, a Latin ligature have no
character of their own. reportlab 5's own shaping support (``ttfonts.shapeFragWord``) was looked at and not used:
it works on whole Paragraph words without bidi (it guesses the direction of each word on its own), turns optional
ligatures (``dlig``) on, makes a new HarfBuzz font for every word, and gives the glyphs without a character
private-use code points that a reader copying the text gets back as garbage (its ToUnicode map says U+E000).

Here each glyph gets a *key*: the character itself when the glyph is simply that character's glyph, else a code
point of plane 15 or 16 (supplementary private use, which none of the fonts maps) registered in that font as
"this glyph". A shaped run is therefore an ordinary string of keys that reportlab subsets and embeds like any
text. :class:`ShapingFont` writes the font's ToUnicode map itself, so that each key reads back as the text it
stands for ("क्ष" for the conjunct, "لا" for the lam-alef ligature, "ffi" for the ligature); reportlab's own map
would also be wrong for characters beyond U+FFFF.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import NamedTuple

import uharfbuzz as hb
from bidi.mirror import MIRRORED
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

# Keys for glyphs without a character of their own: supplementary private use areas A and B.
_KEY_FIRST = 0xF0000
_KEY_LAST = 0x10FFFD
_KEY_LIMIT = 120_000  # per font; beyond it a glyph reuses its first key (the text read back may then be wrong)

# Features: HarfBuzz's defaults for each script (ccmp, locl, mark, mkmk, init/medi/fina, akhn, rphf, blwf, half,
# pres, abvs, blws, psts, calt, clig, rlig, liga, kern...), with the discretionary ones (dlig) left off.
FEATURES: dict[str, bool] = {}


class Shaped(NamedTuple):
    """One item shaped: its glyphs as keys (one character of the font per glyph, in display order), its advance
    in thousandths of an em, each glyph's ``(x offset, advance - default advance, y offset)`` in thousandths of
    an em (None when all are zero: the default advances are right), and, in a left-to-right item, the glyph
    ranges standing for one cluster of several glyphs with that cluster's text ``(first, end, text)``, written
    as the PDF's /ActualText of those glyphs."""

    text: str
    width: float
    adjust: tuple[tuple[float, float, float], ...] | None
    spans: tuple[tuple[int, int, str], ...]


# The items shaped so far in the current document, per (font, text, direction); None outside ``shape_cache()``.
# Per document, not per process: the keys are pieces of the document's text.
_SHAPED: ContextVar[dict[tuple[str, str, bool], Shaped] | None] = ContextVar("liaison_pdf_shaped", default=None)
_SHAPED_LIMIT = 20_000


@contextmanager
def shape_cache() -> Iterator[None]:
    """Within this block (one document being built), an item shaped once (a word measured for line breaking,
    then drawn in its line; a name repeated) is not shaped again. Dropped when the block ends."""
    token = _SHAPED.set({})
    try:
        yield
    finally:
        _SHAPED.reset(token)


class ShapingFont(TTFont):
    """A TrueType font that can also draw glyphs by id (see the module's docstring) and whose ToUnicode map
    gives, for each glyph drawn, the text it stands for."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        face = self.face
        self.upem = float(face.unitsPerEm)
        self._scale = 1000.0 / self.upem
        self._keys: dict[tuple[int, str], int] = {}
        self._first_key: dict[int, int] = {}
        self._key_text: dict[int, str] = {}
        self._next_key = _KEY_FIRST
        self._lock = threading.Lock()
        self._hb: hb.Font | None = None

    # -- HarfBuzz ------------------------------------------------------------------------------------------------

    @property
    def hb_font(self) -> hb.Font:
        """The HarfBuzz font (made on first use from the bytes reportlab already read)."""
        font = self._hb
        if font is None:
            with self._lock:
                if self._hb is None:
                    self._hb = hb.Font(hb.Face(hb.Blob(bytes(self.face._ttf_data))))
                font = self._hb
        return font

    def shape(self, text: str, rtl: bool) -> Shaped:
        """``text`` (one font, one direction, logical order) shaped, its glyphs in display order (left to
        right)."""
        cache = _SHAPED.get()
        if cache is None:
            return self._shape(text, rtl)
        key = (self.fontName, text, rtl)
        shaped = cache.get(key)
        if shaped is None:
            shaped = self._shape(text, rtl)
            if len(cache) < _SHAPED_LIMIT:
                cache[key] = shaped
        return shaped

    def _shape(self, text: str, rtl: bool) -> Shaped:
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()  # script and language from the text
        buf.direction = "rtl" if rtl else "ltr"
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_GRAPHEMES
        hb.shape(self.hb_font, buf, FEATURES)
        infos = buf.glyph_infos
        positions = buf.glyph_positions
        scale = self._scale
        n = len(infos)
        clusters = [info.cluster for info in infos]
        advances = [pos.x_advance * scale for pos in positions]
        # The text of each cluster: from its first character to the next cluster's first (in logical order).
        starts = sorted(set(clusters))
        ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
        # Each cluster's text is read back from one of its glyphs, the widest (the base letter rather than a
        # mark or a vowel sign drawn before it), the others read back as nothing; a cluster of several glyphs
        # is also marked with its text (``spans``).
        pieces = [""] * n
        spans: list[tuple[int, int, str]] = []
        i = 0
        while i < n:
            j = i + 1
            while j < n and clusters[j] == clusters[i]:
                j += 1
            piece = text[clusters[i]:ends[clusters[i]]]
            if rtl:
                # Readers lay a glyph's text out left to right and then reverse right-to-left words: a cluster
                # read back in display order comes out in logical order ("لا", "שָׁ"); a mirrored bracket reads
                # back as the bracket drawn.
                piece = MIRRORED.get(piece, piece) if len(piece) == 1 else piece[::-1]
            carrier = i if j == i + 1 else max(range(i, j), key=advances.__getitem__)
            pieces[carrier] = piece
            if j - i > 1 and not rtl:
                spans.append((i, j, text[clusters[i]:ends[clusters[i]]]))
            i = j
        widths = self.face.charWidths
        default = self.face.defaultWidth
        keys: list[str] = []
        adjust: list[tuple[float, float, float]] = []
        moved = False
        for info, pos, advance, piece in zip(infos, positions, advances, pieces, strict=True):
            key = self.key(info.codepoint, piece)
            keys.append(key)
            a = (pos.x_offset * scale, advance - widths.get(ord(key), default), pos.y_offset * scale)
            moved = moved or a != (0.0, 0.0, 0.0)
            adjust.append(a)
        return Shaped("".join(keys), sum(advances), tuple(adjust) if moved else None, tuple(spans))

    # -- glyph keys ----------------------------------------------------------------------------------------------

    def key(self, gid: int, text: str) -> str:
        """The character that draws glyph ``gid`` and reads back as ``text``."""
        if len(text) == 1 and self.face.charToGlyph.get(ord(text)) == gid:
            return text
        k = self._keys.get((gid, text))
        if k is None:
            k = self._new_key(gid, text)
        return chr(k)

    def _new_key(self, gid: int, text: str) -> int:
        with self._lock:
            k = self._keys.get((gid, text))
            if k is not None:
                return k
            if len(self._keys) >= _KEY_LIMIT and gid in self._first_key:
                return self._first_key[gid]
            face = self.face
            k = self._next_key
            while k in face.charToGlyph or (k & 0xFFFE) == 0xFFFE:
                k += 1
            if k > _KEY_LAST:  # not reached with _KEY_LIMIT; the notdef glyph then
                return 0
            self._next_key = k + 1
            face.charToGlyph[k] = gid
            face.charWidths[k] = self.hb_font.get_glyph_h_advance(gid) * self._scale
            self._key_text[k] = text
            self._first_key.setdefault(gid, k)
            self._keys[(gid, text)] = k
            return k

    def text_of(self, code: int) -> str:
        """What the character ``code`` of this font reads back as (a key's text, or the character itself)."""
        return self._key_text.get(code, chr(code)) if code else ""

    # -- the ToUnicode map ---------------------------------------------------------------------------------------

    def addObjects(self, doc) -> None:  # noqa: N802 (reportlab API)
        """reportlab's subsets, then each subset's ToUnicode map written again: keys read back as their text,
        characters beyond U+FFFF as UTF-16 surrogate pairs (reportlab writes them as five hex digits)."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None and hasattr(stream, "content"):
                stream.content = to_unicode_cmap(base, [self.text_of(c) for c in subset])


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap for a one-byte subset whose code ``i`` reads back as ``texts[i]`` (codes with no text
    are left out), in sections of at most 100 entries as the PDF specification asks."""
    entries = [f"<{i:02X}> <{_utf16_hex(t)}>" for i, t in enumerate(texts) if i]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({name})",
        f"/Ordering ({name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <FF>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):
        chunk = entries[start:start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)
