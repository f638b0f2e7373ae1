"""The fonts embedded in Liaison's PDFs, and the choice of font for each character.

reportlab has no font fallback: a character missing from the current font is drawn as the empty "notdef" box.
Request documents carry names in any script, so text is cut into *runs*, each drawn in the first embedded font
(in a fixed preference order) that has a glyph for it. Digits, punctuation, spaces and combining marks stay in the
font of the run they sit in when that font has them, so an Arabic sentence keeps its digits and commas in the
Arabic face instead of hopping between fonts at every neutral character.

The fonts ship under ``resources/fonts/`` (see the README there for their origin and licences). They are TrueType
(glyf) fonts because reportlab embeds only those; each is registered once per process and subset-embedded.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from liaison import resources

FONT_PREFIX = "Liaison"


@dataclass(frozen=True)
class Face:
    """One family of the preference order: a regular file and, when shipped, a bold one."""

    key: str
    regular: str
    bold: str | None = None


#: Preference order: the first face that has a glyph for a letter draws it.
FACES: tuple[Face, ...] = (
    Face("latin", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),  # Latin, Greek, Cyrillic, Vietnamese
    Face("arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Face("hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    Face("thai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    Face("devanagari", "NotoSansDevanagari-Regular.ttf"),
    Face("han", "DroidSansFallbackFull.ttf"),  # Chinese, Japanese kanji and kana
    Face("hangul", "NanumSquareR.ttf"),
)

# Characters no font has: these are invisible or structural, so they are dropped rather than drawn as a box.
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Mn", "Me", "Co", "Cs", "Cn"})


REPLACEMENT = "\ufffd"
_CACHE_LIMIT = 65_536
_DROP = -1
_REPLACE = -2


class Run(NamedTuple):
    """A piece of text drawn in one font. ``fake_bold`` asks the caller to stroke the outline as well (the face
    has no bold file)."""

    font: str
    text: str
    fake_bold: bool = False


def _follows_context(ch: str) -> bool:
    """Neutral characters (digits, punctuation, symbols, spaces) and combining marks keep the current font."""
    return unicodedata.category(ch)[0] in "NPSZM"


class FontSet:
    """The registered fonts and their character coverage (each font's cmap is read once)."""

    def __init__(self, faces: tuple[Face, ...] = FACES, directory: Path | None = None) -> None:
        self.faces = faces
        folder = directory if directory is not None else resources.path("fonts")
        self._regular: list[str] = []
        self._bold: list[str | None] = []
        self._cmaps: list[frozenset[int]] = []
        for face in faces:
            regular = self._register(f"{FONT_PREFIX}-{face.key}", folder / face.regular)
            self._regular.append(regular.fontName)
            self._cmaps.append(frozenset(regular.face.charToGlyph))
            if face.bold:
                self._bold.append(self._register(f"{FONT_PREFIX}-{face.key}-Bold", folder / face.bold).fontName)
            else:
                self._bold.append(None)
        self._first: dict[str, int] = {}
        # Characters whose first face is the primary one (Latin, Greek, Cyrillic, digits, punctuation...), filled
        # in as ``_first_face`` meets them. Text made only of these is one run in the primary font whatever the
        # context rules say (every character's own choice is already the primary face), which lets ``runs`` and
        # ``width`` skip the per-character loop for most of a document.
        self._in_primary: set[str] = set()
        self._info: dict[str, tuple[int, bool]] = {}

    @staticmethod
    def _register(name: str, file: Path) -> TTFont:
        """Register ``file`` under ``name`` unless this process already did (reportlab's registry is global)."""
        if name in pdfmetrics.getRegisteredFontNames():
            font = pdfmetrics.getFont(name)
            if isinstance(font, TTFont) and Path(font.face.filename) == file:
                return font
        if not file.is_file():
            raise FileNotFoundError(f"PDF font {file.name} is missing from {file.parent}; reinstall Liaison.")
        font = TTFont(name, str(file))
        pdfmetrics.registerFont(font)
        return font

    # -- coverage -----------------------------------------------------------------------------------------------

    @property
    def primary(self) -> str:
        """The font of the first face: draws what no font covers (as the missing-glyph box)."""
        return self._regular[0]

    def covers(self, char: str) -> bool:
        """True if some embedded font has a glyph for ``char``."""
        cp = ord(char)
        return any(cp in cmap for cmap in self._cmaps)

    def _first_face(self, char: str) -> int:
        """Index of the first face covering ``char``, else ``_REPLACE`` (visible) or ``_DROP`` (invisible)."""
        try:
            return self._first[char]
        except KeyError:
            pass
        cp = ord(char)
        idx = next((i for i, cmap in enumerate(self._cmaps) if cp in cmap), None)
        if idx is None:
            idx = _DROP if unicodedata.category(char) in _DROP_CATEGORIES else _REPLACE
        if len(self._first) < _CACHE_LIMIT:  # bounded: text can hold any of a million code points
            self._first[char] = idx
            if idx == 0:
                self._in_primary.add(char)
        return idx

    def _all_primary(self, text: str) -> bool:
        """True if every character of ``text`` has the primary face as its first choice."""
        if self._in_primary.issuperset(text):
            return True
        # Characters not met yet (the loop in ``runs`` never asks about a neutral one that stays in context)
        return all(self._first_face(ch) == 0 for ch in set(text).difference(self._in_primary))

    def _char_info(self, char: str) -> tuple[int, bool]:
        """``(first face, follows context)`` of ``char``, looked up once per character (see ``runs``)."""
        info = self._info.get(char)
        if info is None:
            info = (self._first_face(char), _follows_context(char))
            if len(self._info) < _CACHE_LIMIT:
                self._info[char] = info
        return info

    def _font(self, idx: int, bold: bool) -> tuple[str, bool]:
        if not bold:
            return self._regular[idx], False
        bold_name = self._bold[idx]
        return (bold_name, False) if bold_name else (self._regular[idx], True)

    def font_for(self, char: str, bold: bool = False) -> str | None:
        """The font that draws ``char`` on its own, or None if it is invisible and no font has it (dropped)."""
        idx = self._first_face(char)
        if idx == _DROP:
            return None
        return self._font(0 if idx == _REPLACE else idx, bold)[0]

    def runs(self, text: str, bold: bool = False) -> list[Run]:
        """Cut ``text`` (already in display order) into runs of one font each. A visible character no font has
        (an emoji...) becomes U+FFFD, drawn as a visible replacement mark so that a reader sees something was
        there; invisible ones (zero-width space, variation selectors, bidi marks...) are dropped."""
        if self._all_primary(text):
            # Fast path (see ``_in_primary``): the loop below would give exactly this single run.
            return [Run(*self._pair(0, bold, text))] if text else []
        out: list[Run] = []
        current: int | None = None
        buf: list[str] = []
        cmaps = self._cmaps
        known = self._info
        for ch in text:
            first, neutral = known.get(ch) or self._char_info(ch)
            # Neutral characters and marks stay in the current run's font when it has them.
            idx = current if neutral and current is not None and ord(ch) in cmaps[current] else first
            if idx == _DROP:
                continue
            if idx == _REPLACE:
                ch = REPLACEMENT
                idx = self._first_face(ch)
                if idx < 0:  # a font set without U+FFFD: the primary font's missing-glyph box
                    idx = 0
            if idx != current and buf:
                out.append(Run(*self._pair(current, bold, "".join(buf))))
                buf = []
            current = idx
            buf.append(ch)
        if buf:
            out.append(Run(*self._pair(current, bold, "".join(buf))))
        return out

    def _pair(self, idx: int | None, bold: bool, text: str) -> tuple[str, str, bool]:
        name, fake = self._font(idx if idx is not None and idx >= 0 else 0, bold)
        return name, text, fake

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Width in points of ``text`` drawn with these fonts at ``size`` (reportlab applies no kerning, so this
        is exactly the advance the drawing will use)."""
        if text and self._all_primary(text):  # one run in the primary font (see ``runs``), measured directly
            return pdfmetrics.stringWidth(text, self._font(0, bold)[0], size)
        return sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in self.runs(text, bold))


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _default() -> FontSet:
    return FontSet()


def default_fonts() -> FontSet:
    """The process-wide font set, registered on first use (about 0.1 s: the Han font's cmap is large)."""
    with _lock:
        return _default()
