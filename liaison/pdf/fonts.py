"""The fonts embedded in Liaison's PDFs, and the choice of font for each character.

reportlab has no font fallback: a character missing from the current font is drawn as the empty "notdef" box.
Request documents carry names in any script, so text is cut into *items*, each drawn in the first embedded font
(in a fixed preference order) that has a glyph for it. Digits, punctuation, spaces and combining marks stay in the
font of the item they sit in when that font has them, so an Arabic sentence keeps its digits and commas in the
Arabic face instead of hopping between fonts at every neutral character (and a mark stays with its letter, which
the shaping engine needs).

The fonts ship under ``resources/fonts/`` (see the README there for their origin and licences). They are TrueType
(glyf) fonts because reportlab embeds only those; each is registered once per process (as a
:class:`~liaison.pdf.shaping.ShapingFont`, so that shaped glyphs can be drawn by id) and subset-embedded.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from liaison import resources
from liaison.pdf.shaping import ShapingFont

FONT_PREFIX = "Liaison"


@dataclass(frozen=True)
class Face:
    """One family of the preference order: a regular file and, when shipped, a bold one. ``complex`` faces are
    always shaped by HarfBuzz (joining, conjuncts, reordering, mark positioning); the others only when an item
    needs it (a combining mark, a right-to-left level)."""

    key: str
    regular: str
    bold: str | None = None
    complex: bool = False


#: Preference order: the first face that has a glyph for a letter draws it.
FACES: tuple[Face, ...] = (
    Face("latin", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),  # Latin, Greek, Cyrillic, Vietnamese
    Face("arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", complex=True),
    Face("hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", complex=True),
    Face("thai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", complex=True),
    Face("devanagari", "NotoSansDevanagari-Regular.ttf", complex=True),
    Face("han", "DroidSansFallbackFull.ttf"),  # Chinese, Japanese kanji and kana
    Face("hangul", "NanumSquareR.ttf"),
)

#: Characters that steer shaping without a glyph of their own (joiners, the grapheme joiner, variation
#: selectors): they stay in the item they sit in and are handed to HarfBuzz, which hides them.
JOINERS = frozenset("\u200c\u200d\u034f" + "".join(map(chr, range(0xFE00, 0xFE10))))

# Characters no font has: these are invisible or structural, so they are dropped rather than drawn.
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})

_CACHE_LIMIT = 65_536
DROP = -1
MISSING = -2


def _follows_context(ch: str) -> bool:
    """Neutral characters (digits, punctuation, symbols, spaces), combining marks and joiners keep the current
    font."""
    return unicodedata.category(ch)[0] in "NPSZM" or ch in JOINERS


def needs_shaping(ch: str) -> bool:
    """Combining marks and joiners: text holding one is shaped even in a face that needs no shaping otherwise
    (HarfBuzz composes or positions the mark over its letter)."""
    return unicodedata.category(ch)[0] == "M" or ch in JOINERS


class FontSet:
    """The registered fonts and their character coverage (each font's cmap is read once)."""

    def __init__(self, faces: tuple[Face, ...] = FACES, directory: Path | None = None) -> None:
        self.faces = faces
        folder = directory if directory is not None else resources.path("fonts")
        self._regular: list[ShapingFont] = []
        self._bold: list[ShapingFont | None] = []
        self._cmaps: list[frozenset[int]] = []
        for face in faces:
            regular = self._register(f"{FONT_PREFIX}-{face.key}", folder / face.regular)
            self._regular.append(regular)
            self._cmaps.append(frozenset(regular.face.charToGlyph))
            self._bold.append(self._register(f"{FONT_PREFIX}-{face.key}-Bold", folder / face.bold)
                              if face.bold else None)
        self.complex = tuple(face.complex for face in faces)
        self._first: dict[str, int] = {}
        # Characters whose first face is the primary one and that need no shaping (Latin, Greek, Cyrillic,
        # digits, punctuation...), filled in as ``first_face`` meets them. Text made only of these is drawn as it
        # is in the primary font, which lets the engine skip the per-character work for most of a document.
        self._in_primary: set[str] = set()
        self._info: dict[str, tuple[int, bool, bool]] = {}

    @staticmethod
    def _register(name: str, file: Path) -> ShapingFont:
        """Register ``file`` under ``name`` unless this process already did (reportlab's registry is global)."""
        if name in pdfmetrics.getRegisteredFontNames():
            font = pdfmetrics.getFont(name)
            if isinstance(font, ShapingFont) and Path(font.face.filename) == file:
                return font
        if not file.is_file():
            raise FileNotFoundError(f"PDF font {file.name} is missing from {file.parent}; reinstall Liaison.")
        font = ShapingFont(name, str(file))
        pdfmetrics.registerFont(font)
        return font

    # -- coverage -----------------------------------------------------------------------------------------------

    @property
    def primary(self) -> str:
        """The name of the first face's regular font (the documents' initial font)."""
        return self._regular[0].fontName

    def covers(self, char: str) -> bool:
        """True if some embedded font has a glyph for ``char``."""
        cp = ord(char)
        return any(cp in cmap for cmap in self._cmaps)

    def first_face(self, char: str) -> int:
        """Index of the first face covering ``char``, else ``MISSING`` (visible) or ``DROP`` (invisible)."""
        try:
            return self._first[char]
        except KeyError:
            pass
        cp = ord(char)
        idx = next((i for i, cmap in enumerate(self._cmaps) if cp in cmap), None)
        if idx is None:
            invisible = unicodedata.category(char) in _DROP_CATEGORIES or char in JOINERS
            idx = DROP if invisible else MISSING
        if len(self._first) < _CACHE_LIMIT:  # bounded: text can hold any of a million code points
            self._first[char] = idx
            if idx == 0 and not needs_shaping(char) and unicodedata.category(char) != "Cf":
                self._in_primary.add(char)
        return idx

    def plain(self, text: str) -> bool:
        """True if every character of ``text`` has the primary face as its first choice and needs no shaping:
        the text is drawn as it is, in the primary font."""
        if self._in_primary.issuperset(text):
            return True
        return all(self.first_face(ch) == 0 and not needs_shaping(ch) and unicodedata.category(ch) != "Cf"
                   for ch in set(text).difference(self._in_primary))

    def char_info(self, char: str) -> tuple[int, bool, bool]:
        """``(first face, follows context, needs shaping)`` of ``char``, looked up once per character."""
        info = self._info.get(char)
        if info is None:
            info = (self.first_face(char), _follows_context(char), needs_shaping(char))
            if len(self._info) < _CACHE_LIMIT:
                self._info[char] = info
        return info

    def font(self, idx: int, bold: bool = False) -> tuple[ShapingFont, bool]:
        """The font of face ``idx`` and whether it must be stroked to look bold (the face has no bold file)."""
        regular = self._regular[idx]
        if not bold:
            return regular, False
        bold_font = self._bold[idx]
        return (bold_font, False) if bold_font is not None else (regular, True)

    def font_for(self, char: str, bold: bool = False) -> str | None:
        """The name of the font that draws ``char`` on its own, or None if no font has it."""
        idx = self.first_face(char)
        if idx < 0:
            return None
        return self.font(idx, bold)[0].fontName

    def faces_of(self, text: str) -> list[int]:
        """The face of each character of ``text`` (logical order): its first face, except that neutral
        characters, marks and joiners stay in the face of the character before them when it has them. ``DROP``
        for characters no font has (the caller replaces visible ones beforehand, see ``text.printable``)."""
        if self.plain(text):
            return [0] * len(text)
        out: list[int] = []
        current: int | None = None
        cmaps = self._cmaps
        known = self._info
        for ch in text:
            first, neutral, _shaping = known.get(ch) or self.char_info(ch)
            if neutral and current is not None and (ord(ch) in cmaps[current] or ch in JOINERS):
                idx = current
            elif first < 0:
                idx = DROP
            else:
                idx = current = first
            out.append(idx)
        return out


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _default() -> FontSet:
    return FontSet()


def default_fonts() -> FontSet:
    """The process-wide font set, registered on first use (about 0.1 s: the Han font's cmap is large)."""
    with _lock:
        return _default()
