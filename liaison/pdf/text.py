"""Text in any script, laid out for reportlab: wrapping, right-to-left, font runs, page splits.

reportlab neither shapes Arabic nor reorders right-to-left text, and its ``Paragraph`` interprets markup. User
text here is only ever text: :class:`TextBlock` is a flowable of our own that never hands text to a markup
parser, so ``<img src=...>``, ``<a href>`` or ``&amp;`` come out literally and no image, link or file is ever
pulled in.

The pipeline for one paragraph (one line of the input):

1. clean up (NFC, no control characters, no explicit bidi embeddings/overrides, see :func:`clean`);
2. base direction from the first strong character, unless the caller overrides it;
3. break into lines in *logical* order, measuring every piece with the fonts it will be drawn in (Arabic pieces
   measured shaped) and breaking inside a word that does not fit a line on its own;
4. per line: shape Arabic (``arabic_reshaper``), reorder for display (UAX #9, :mod:`liaison.pdf.reorder`) with
   the paragraph's base direction, cut into font runs and draw.

Reordering per line (rather than per paragraph) is what makes a several-line Arabic or Hebrew paragraph read
correctly: its first words are on its first line, right aligned.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, NamedTuple

import arabic_reshaper
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from liaison.pdf.fonts import FontSet, Run, default_fonts
from liaison.pdf.reorder import display

Direction = Literal["ltr", "rtl"]
Alignment = Literal["start", "end", "left", "right", "center"]
_ALIGNMENTS = ("start", "end", "left", "right", "center")
_DIRECTIONS = (None, "ltr", "rtl")

# Stroke width for faces without a bold file (as a fraction of the font size).
_FAKE_BOLD_STROKE = 0.035


@lru_cache(maxsize=64)
def _colour(spec: str) -> colors.Color:
    return colors.toColor(spec)


def _parse_colour(spec: str) -> colors.Color:
    """A style's colour, each spelling parsed once per process: reportlab's ``toColor`` is slow for "#RRGGBB"
    (it tries several parsers first) and every block sets its colour (invalid colours raise, and are not
    cached)."""
    return _colour(spec) if isinstance(spec, str) else colors.toColor(spec)


@dataclass(frozen=True)
class TextStyle:
    """How a block of text looks. ``alignment`` "start"/"end" follow the paragraph's direction (start is the
    right edge for Arabic and Hebrew). ``leading`` defaults to 1.3 x the font size."""

    font_size: float = 10.0
    leading: float | None = None
    alignment: Alignment = "start"
    bold: bool = False
    colour: str = "#000000"
    space_before: float = 0.0
    space_after: float = 0.0

    def __post_init__(self) -> None:
        if not self.font_size > 0:
            raise ValueError("font_size must be a positive number of points")
        if self.leading is not None and not self.leading > 0:
            raise ValueError("leading must be a positive number of points")
        if self.alignment not in _ALIGNMENTS:
            raise ValueError(f"alignment must be one of {', '.join(_ALIGNMENTS)}")
        _parse_colour(self.colour)  # raises ValueError on a colour reportlab cannot read

    @property
    def line_height(self) -> float:
        return self.leading if self.leading is not None else self.font_size * 1.3


class Line(NamedTuple):
    """One laid-out line: its text in logical order and its paragraph's base direction."""

    text: str
    direction: Direction


# -- cleaning and direction -----------------------------------------------------------------------------------

# Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): lines are reordered one by
# one, so an override opened on one line could not be honoured on the next; worse, an override in imported text
# can make a reference or a number read backwards. They are removed. LRM/RLM/ALM marks are kept (they are
# ordinary strong characters for the algorithm and are dropped at drawing).
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_PARAGRAPH_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")  # and lone surrogates


def clean(text: str) -> str:
    """Text as it will be laid out: NFC (decomposed accents drawn as one glyph), tabs as spaces, paragraph
    separators as ``\\n``, other control characters, lone surrogates and explicit bidi controls removed."""
    text = _CONTROL.sub("", _PARAGRAPH_BREAKS.sub("\n", str(text)).replace("\t", " "))
    return unicodedata.normalize("NFC", text).translate(_BIDI_CONTROLS)


def base_direction(text: str, override: Direction | None = None) -> Direction:
    """The paragraph's direction: ``override`` if given, else that of its first strong character (left to right
    when there is none, e.g. only digits)."""
    if override is not None:
        if override not in ("ltr", "rtl"):
            raise ValueError('direction must be "ltr", "rtl" or None')
        return override
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return "ltr"


def _has_arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) == "AL" for ch in text)


_reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def shape(text: str) -> str:
    """Arabic letters replaced by their contextual presentation forms (reportlab does no shaping)."""
    if text.isascii():  # the common case, decided without looking at each character
        return text
    return _reshaper.reshape(text) if _has_arabic(text) else text


def _is_devanagari_consonant(ch: str) -> bool:
    cp = ord(ch)
    return 0x0915 <= cp <= 0x0939 or 0x0958 <= cp <= 0x095F or 0x0978 <= cp <= 0x097F


def _devanagari_prebase(line: str) -> str:
    """Move each vowel sign I (U+093F) before its consonant cluster, where it is written. This is the one piece
    of Devanagari shaping done here (no OpenType engine): conjuncts and reph are not formed."""
    if "\u093f" not in line:
        return line
    chars = list(line)
    for i, ch in enumerate(chars):
        if ch != "\u093f":
            continue
        j = i - 1
        if j >= 0 and chars[j] == "\u093c":  # nukta
            j -= 1
        if j < 0 or not _is_devanagari_consonant(chars[j]):
            continue
        while j >= 2 and chars[j - 1] == "\u094d":  # virama: the cluster goes on to the left
            k = j - 2
            if k >= 1 and chars[k] == "\u093c":
                k -= 1
            if not _is_devanagari_consonant(chars[k]):
                break
            j = k
        chars[j:i + 1] = ["\u093f", *chars[j:i]]
    return "".join(chars)


def visual(line: str, direction: Direction) -> str:
    """One line in display order, Arabic shaped. Only ever applied to a single line."""
    if direction == "ltr" and line.isascii():
        return line  # nothing to shape or reorder: no soft hyphen, Devanagari, Arabic or right-to-left letter
    if "\u00ad" in line:  # soft hyphens: visible only where the line was broken at one
        line = (line[:-1] + "-" if line.endswith("\u00ad") else line).replace("\u00ad", "")
    line = _devanagari_prebase(line)
    shaped = shape(line)
    if not any(unicodedata.bidirectional(ch) in ("R", "AL", "AN") for ch in shaped) and direction == "ltr":
        return shaped
    # Combining marks of a right-to-left letter end up just before it, which is where these fonts expect them:
    # an Arabic or Hebrew mark has no advance and its outline lies over the glyph drawn after it.
    return display(shaped, rtl=direction == "rtl")


# -- line breaking --------------------------------------------------------------------------------------------

# Characters a line may not start with in Chinese and Japanese (closing punctuation, small kana, prolonged mark).
_NO_LINE_START = frozenset("、。，．,.：；:;！？!?）)」』】〉》〕］｝〙〗ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・")
# Spaces a line may break at (no-break spaces U+00A0, U+2007 and U+202F are not among them).
_SPACE = frozenset(" \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000")
_BREAK_AFTER = frozenset("\u200b\u00ad-\u2010\u2013\u2014")  # zero-width space, soft hyphen, hyphens, dashes


def _is_ideographic(ch: str) -> bool:
    """Scripts written without spaces whose lines may break between any two characters."""
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x2FFF  # CJK radicals, Kangxi
        or 0x3000 <= cp <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF  # full-width forms
        or 0x20000 <= cp <= 0x3FFFF
    )


_SPACE_CLASS = "".join(sorted(_SPACE))
# A word (a run of non-spaces) and the spaces after it; the empty match at the end of the text is skipped.
_WORD_AND_SPACES = re.compile(f"([^{_SPACE_CLASS}]*)([{_SPACE_CLASS}]*)")
# Characters that may open a break inside a word: those of _BREAK_AFTER and the ideographic ranges.
_INNER_BREAK = re.compile(
    "[-\u200b\u00ad\u2010\u2013\u2014\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]"
)


def _pieces(paragraph: str) -> list[tuple[str, str]]:
    """Split a paragraph at its break opportunities into ``(content, trailing spaces)`` pairs.

    Spaces always allow a break, so the paragraph is first cut into words with a regular expression (fast: most
    text breaks only at spaces); only a word holding a hyphen, a dash, a soft hyphen, a zero-width space or an
    ideograph is looked at character by character."""
    if not _INNER_BREAK.search(paragraph):  # the common case: breaks only at spaces
        return [(word, spaces) for word, spaces in _WORD_AND_SPACES.findall(paragraph) if word or spaces]
    pieces: list[tuple[str, str]] = []
    for word, spaces in _WORD_AND_SPACES.findall(paragraph):
        if word and _INNER_BREAK.search(word):
            parts = _split_word(word)
            pieces.extend((part, "") for part in parts[:-1])
            pieces.append((parts[-1], spaces))
        elif word or spaces:
            pieces.append((word, spaces))
    return pieces


def _split_word(word: str) -> list[str]:
    """A word (no spaces) cut after hyphens and dashes and around ideographs, never before a mark or a character
    that may not start a line."""
    parts: list[str] = []
    start = 0
    n = len(word)
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i + 1 < n else ""
        if not nxt or nxt in _NO_LINE_START or _is_mark(nxt):
            continue
        if (ch in _BREAK_AFTER and i > start) or _is_ideographic(ch) or _is_ideographic(nxt):
            parts.append(word[start:i + 1])
            start = i + 1
    parts.append(word[start:])
    return parts


def _is_mark(ch: str) -> bool:
    """Combining marks of any kind (Mn, Mc, Me): never separated from the letter before them."""
    return unicodedata.category(ch)[0] == "M"


def _clusters(text: str) -> list[str]:
    """Text cut into user-perceived characters (a base with its marks, joiners and virama-joined consonants),
    the units a word may be broken between."""
    out: list[str] = []
    for ch in text:
        if out and (_is_mark(ch) or ch in "\u200d\ufe0f\ufe0e" or out[-1][-1] in "\u200d\u094d"):
            out[-1] += ch
        else:
            out.append(ch)
    return out


class _Measure(dict):
    """Widths of logical pieces with the fonts they will be drawn in (Arabic measured shaped).

    A dict of the widths already measured (``measure[text]`` or ``measure(text)``): a word or a space seen
    again during line breaking is a plain dictionary look-up, and only a new piece is measured."""

    def __init__(self, fonts: FontSet, style: TextStyle) -> None:
        super().__init__()
        self.fonts = fonts
        self.size = style.font_size
        self.bold = style.bold

    def __missing__(self, text: str) -> float:
        if not text:
            return 0.0
        # soft hyphens draw nothing inside a line (break_lines adds the hyphen at a break)
        w = self.fonts.width(shape(text.replace("\u00ad", "")), self.size, self.bold)
        if len(text) < 64:  # long pieces are rarely repeated: not kept
            self[text] = w
        return w

    def __call__(self, text: str) -> float:
        return self[text]


# The widths measured so far in the current document, per (fonts, size, bold); None outside shared_measures().
_SHARED_MEASURES: ContextVar[dict[tuple[FontSet, float, bool], _Measure] | None] = ContextVar(
    "liaison_pdf_shared_measures", default=None)


@contextmanager
def shared_measures() -> Iterator[None]:
    """Within this block (one document being built), the widths measured for line breaking are shared by all
    its text: a word used in several fields or paragraphs is measured once. They are dropped when the block
    ends, since they hold pieces of the document's text. Per thread (and per asyncio task)."""
    token = _SHARED_MEASURES.set({})
    try:
        yield
    finally:
        _SHARED_MEASURES.reset(token)


def _measure_for(fonts: FontSet, style: TextStyle) -> _Measure:
    """The widths for ``style``: the document's shared ones inside :func:`shared_measures`, else new ones."""
    shared = _SHARED_MEASURES.get()
    if shared is None:
        return _Measure(fonts, style)
    key = (fonts, style.font_size, style.bold)
    measure = shared.get(key)
    if measure is None:
        measure = shared[key] = _Measure(fonts, style)
    return measure


def _break_word(word: str, width: float, measure: _Measure) -> list[str]:
    """A piece too wide for a line, cut between clusters into chunks that fit (at least one cluster each)."""
    chunks: list[str] = []
    current = ""
    current_w = 0.0
    for cluster in _clusters(word):
        w = measure(cluster)
        if current and current_w + w > width:
            chunks.append(current)
            current, current_w = cluster, w
        else:
            current += cluster
            current_w += w
    if current:
        chunks.append(current)
    return chunks


def break_lines(
    paragraph: str, width: float, style: TextStyle = TextStyle(), fonts: FontSet | None = None
) -> list[str]:
    """One paragraph (no newlines) broken into lines no wider than ``width`` points, in logical order.

    Spaces at a break are dropped; a word wider than a line is broken between its characters. An empty paragraph
    is one empty line. Direction does not matter here: lines are cut in reading order and reordered afterwards."""
    measure = _measure_for(fonts or default_fonts(), style)
    width = max(float(width), 1.0)
    lines: list[str] = []
    current = ""
    current_w = 0.0
    pending = ""  # spaces after the current line's last piece: kept only if something follows on the line
    for content, spaces in _pieces(paragraph):
        if not content:  # leading spaces of the paragraph
            pending = spaces
            continue
        w = measure[content]
        hyphen = measure["-"] if content.endswith("\u00ad") else 0.0  # drawn only if the line ends here
        gap = measure[pending] if current or pending else 0.0
        if current_w + gap + w + hyphen <= width:
            current += pending + content
            current_w += gap + w
        else:
            if current:
                lines.append(current)
            if w + hyphen <= width:
                current, current_w = content, w
            else:
                chunks = _break_word(content, width, measure)
                lines.extend(chunks[:-1])
                current = chunks[-1]
                current_w = measure(current)
        pending = spaces
    lines.append(current)
    return lines


def layout(text: str, width: float, style: TextStyle = TextStyle(), direction: Direction | None = None,
           fonts: FontSet | None = None) -> list[Line]:
    """Cleaned ``text`` broken into lines for ``width``; each paragraph has its own base direction (detected
    unless ``direction`` overrides it). Empty text gives no lines."""
    text = clean(text)
    if not text:
        return []
    fonts = fonts or default_fonts()
    lines: list[Line] = []
    for paragraph in text.split("\n"):
        d = base_direction(paragraph, direction)
        lines.extend(Line(t, d) for t in break_lines(paragraph, width, style, fonts))
    return lines


def _resolve_alignment(alignment: str, direction: Direction) -> str:
    if alignment == "start":
        return "right" if direction == "rtl" else "left"
    if alignment == "end":
        return "left" if direction == "rtl" else "right"
    return alignment


def line_runs(line: Line, style: TextStyle, fonts: FontSet | None = None) -> list[Run]:
    """A laid-out line in display order, cut into font runs."""
    return (fonts or default_fonts()).runs(visual(line.text, line.direction), style.bold)


def _draw_runs(canv: Canvas, x: float, y: float, runs: list[Run], size: float) -> None:
    text = canv.beginText(x, y)
    # PDF moves the pen past each run itself; reportlab's textOut would measure every run again only to
    # track a cursor nothing here reads (a twelfth of a document's rendering), so runs go out as they are.
    show = getattr(text, "_textOut", text.textOut)
    mode = 0
    for run in runs:
        text.setFont(run.font, size)
        want = 2 if run.fake_bold else 0
        if want != mode:
            text.setTextRenderMode(want)
            mode = want
        show(run.text)
    canv.drawText(text)


def _runs_width(runs: list[Run], size: float) -> float:
    return sum(stringWidth(r.text, r.font, size) for r in runs)


def _set_colour(canv: Canvas, style: TextStyle, stroke: bool = True) -> None:
    """Fill the text in the style's colour; with ``stroke``, also set the outline that fakes bold (only worth
    writing when some run is fake bold: text drawn in fill mode never strokes)."""
    colour = _parse_colour(style.colour)
    canv.setFillColor(colour)
    if stroke:
        canv.setStrokeColor(colour)
        canv.setLineWidth(style.font_size * _FAKE_BOLD_STROKE)


# -- the flowable ---------------------------------------------------------------------------------------------


class TextBlock(Flowable):
    """User text as a platypus flowable: wraps to the frame, splits across pages, any script, no markup.

    ``direction`` forces the base direction of every paragraph ("ltr"/"rtl"); by default each paragraph takes
    the direction of its first strong character."""

    def __init__(
        self,
        text: str,
        style: TextStyle = TextStyle(),
        direction: Direction | None = None,
        fonts: FontSet | None = None,
    ) -> None:
        super().__init__()
        if direction not in _DIRECTIONS:
            raise ValueError('direction must be "ltr", "rtl" or None')
        self.text = str(text)
        self.style = style
        self.direction = direction
        self.fonts = fonts or default_fonts()
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines: list[Line] | None = None
        self._width: float | None = None
        self._is_part = False

    @classmethod
    def _from_lines(cls, lines: list[Line], width: float, style: TextStyle, fonts: FontSet) -> TextBlock:
        block = cls("", style, fonts=fonts)
        block._lines = lines
        block._width = width
        block._is_part = True
        return block

    def _layout(self, width: float) -> list[Line]:
        if self._lines is not None and self._width == width:
            return self._lines
        if not self._is_part:
            self._lines = layout(self.text, width, self.style, self.direction, self.fonts)
        else:
            # A part left over from a split, now in a frame of another width: re-wrap each of its lines.
            self._lines = [
                Line(t, line.direction)
                for line in self._lines or []
                for t in break_lines(line.text, width, self.style, self.fonts)
            ]
        self._width = width
        return self._lines

    @property
    def lines(self) -> list[Line]:
        """The lines of the last layout (empty before ``wrap``)."""
        return list(self._lines or [])

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (reportlab API)
        lines = self._layout(availWidth)
        fit = int((availHeight + 1e-6) // self.style.line_height)
        if fit >= len(lines):
            return [self]
        if fit <= 0:
            return []  # nothing fits here: platypus moves the whole block to the next frame
        first = self._from_lines(lines[:fit], availWidth, replace(self.style, space_after=0.0), self.fonts)
        rest = self._from_lines(lines[fit:], availWidth, replace(self.style, space_before=0.0), self.fonts)
        return [first, rest]

    def draw(self) -> None:
        canv = self.canv
        style = self.style
        size = style.font_size
        lead = style.line_height
        lines = [(line, line_runs(line, style, self.fonts)) for line in self._lines or []]
        _set_colour(canv, style, stroke=style.bold and any(r.fake_bold for _line, runs in lines for r in runs))
        # Baseline inside each line box: centred on the box, nudged down for descenders.
        baseline_offset = lead - (lead - size) / 2 - size * 0.22
        for i, (line, runs) in enumerate(lines):
            if not runs:
                continue
            align = _resolve_alignment(style.alignment, line.direction)
            if align == "left":
                x = 0.0  # the line's width is not needed
            else:
                w = _runs_width(runs, size)
                x = self.width - w if align == "right" else (self.width - w) / 2
            _draw_runs(canv, x, self.height - i * lead - baseline_offset, runs, size)


# -- single lines ---------------------------------------------------------------------------------------------


def text_width(text: str, style: TextStyle = TextStyle(), fonts: FontSet | None = None) -> float:
    """Width of ``text`` on one line (newlines as spaces) in ``style``."""
    one = clean(text).replace("\n", " ")
    return (fonts or default_fonts()).width(shape(one), style.font_size, style.bold)


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    style: TextStyle = TextStyle(),
    align: Literal["left", "right", "center"] = "left",
    direction: Direction | None = None,
    max_width: float | None = None,
    fonts: FontSet | None = None,
) -> float:
    """Draw ``text`` as one line with its baseline at ``y`` (headers, banners, footers). ``x`` is the left edge,
    the right edge or the centre per ``align``. Newlines become spaces; with ``max_width`` the text is cut and
    ends with an ellipsis when too long. Returns the width drawn."""
    if align not in ("left", "right", "center"):
        raise ValueError('align must be "left", "right" or "center"')
    fonts = fonts or default_fonts()
    one = clean(text).replace("\n", " ")
    d = base_direction(one, direction)
    if max_width is not None:
        measure = _measure_for(fonts, style)
        if measure(one) > max_width:
            clusters = _clusters(one)
            ell = measure("\u2026")
            kept, used = [], 0.0
            for c in clusters:
                w = measure(c)
                if used + w + ell > max_width:
                    break
                kept.append(c)
                used += w
            one = "".join(kept).rstrip() + "\u2026"
    runs = fonts.runs(visual(one, d), style.bold)
    w = _runs_width(runs, style.font_size)
    if not runs:
        return 0.0
    left = x if align == "left" else (x - w if align == "right" else x - w / 2)
    canvas.saveState()
    _set_colour(canvas, style, stroke=any(r.fake_bold for r in runs))
    _draw_runs(canvas, left, y, runs, style.font_size)
    canvas.restoreState()
    return w
