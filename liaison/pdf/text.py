"""Text in any script, laid out for reportlab: wrapping, right-to-left, font fallback, shaping, page splits.

reportlab neither shapes nor reorders right-to-left text, and its ``Paragraph`` interprets markup. User text here
is only ever text: :class:`TextBlock` is a flowable of our own that never hands text to a markup parser, so
``<img src=...>``, ``<a href>`` or ``&amp;`` come out literally and no image, link or file is ever pulled in.

The pipeline for one paragraph (one line of the input):

1. clean up (NFC, no control characters, no explicit bidi embeddings/overrides, see :func:`clean`);
2. base direction from the first strong character, unless the caller overrides it;
3. characters no embedded font has become a visible placeholder naming them ("[U+1F6A2]", :func:`printable`);
   in a paragraph with right-to-left text, identifiers (telephone numbers, IBANs, e-mail and web addresses,
   references such as "77/2026-FR") are isolated as left-to-right runs (:func:`isolate_identifiers`);
4. break into lines in *logical* order, measuring every piece as it will be drawn (shaped where it will be
   shaped), never inside an isolated identifier, and breaking inside a word that does not fit a line on its own;
5. per line: embedding levels, font items, HarfBuzz shaping and display order (:mod:`liaison.pdf.runs`), then
   the glyphs are drawn by id.

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

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from liaison.pdf import runs as _runs
from liaison.pdf.fonts import JOINERS, MISSING, FontSet, default_fonts
from liaison.pdf.reorder import display
from liaison.pdf.runs import RTL_CHARS, Run, draw_runs, runs_width
from liaison.pdf.shaping import shape_cache

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


# -- what cannot be printed, and what must not be broken or reordered -------------------------------------------

LRI, PDI = "\u2066", "\u2069"


def placeholder(chars: str) -> str:
    """The visible stand-in for characters no embedded font has (an emoji...): their code points in brackets,
    e.g. "[U+1F6A2]", isolated so that it reads the same in a right-to-left line and is never broken."""
    return LRI + "[" + " ".join(f"U+{ord(c):04X}" for c in chars) + "]" + PDI


def printable(text: str, fonts: FontSet | None = None) -> str:
    """``text`` with every stretch of visible characters that no embedded font covers (an emoji, an emoji
    sequence with its joiners and modifiers, a flag, an unassigned code point) replaced by one
    :func:`placeholder`. Invisible characters nobody draws (joiners, variation selectors, tags) are left for
    the drawing to drop."""
    fonts = fonts or default_fonts()
    if fonts.plain(text):
        return text
    first = fonts.first_face
    if all(first(ch) != MISSING for ch in set(text)):  # each distinct character looked at once
        return text
    out: list[str] = []
    missing: list[str] = []
    for ch in text:
        idx = first(ch)
        if idx == MISSING:
            missing.append(ch)
            continue
        if missing and (idx < 0 or ch in JOINERS):  # a joiner or selector inside an emoji sequence: part of it
            continue
        if missing:
            out.append(placeholder("".join(missing)))
            missing = []
        out.append(ch)
    if missing:
        out.append(placeholder("".join(missing)))
    return "".join(out)


# Identifiers that must read left to right as a whole inside right-to-left text. Without isolation the bidi
# algorithm reverses the groups of a telephone number or an IBAN (the spaces between digit groups take the
# direction of the Arabic or Hebrew around them) and moves "FR" of "77/2026-FR" to the other end.
_IDENTIFIER = re.compile(
    r"""
      [A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+          # e-mail address
    | (?:https?://|www\.)[^\s\u2066-\u2069]+[^\s\u2066-\u2069.,;:!?)]  # web address
    | \b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b   # IBAN
    | (?<![\w+])(?:\+|00)[1-9][0-9]{0,3}(?:[ .\-/]?\(?[0-9]{1,5}\)?){2,7}(?![\w])  # international telephone
    | (?<![\w+])\(?0[0-9]{1,4}\)?(?:[ .\-/][0-9]{2,5}){2,5}(?![\w])      # national telephone
    | (?<![\w\-/])(?=[A-Za-z0-9]*[/\-_.:#][A-Za-z0-9])(?=[A-Za-z0-9/\-_.:#]*[0-9])
      [A-Za-z0-9]+(?:[/\-_.:#][A-Za-z0-9]+)+(?![\w])                    # reference: 77/2026-FR, LO-2026-0042
    """,
    re.VERBOSE,
)


def isolate_identifiers(paragraph: str) -> str:
    """``paragraph`` with each identifier wrapped in LRI ... PDI (a left-to-right isolate): it then keeps its
    reading order wherever it sits and the line breaking never cuts it. Only done where it matters: in a
    paragraph holding right-to-left text or laid out right to left."""
    return _IDENTIFIER.sub(lambda m: LRI + m.group(0) + PDI, paragraph)


def prepare(paragraph: str, direction: Direction, fonts: FontSet) -> str:
    """One cleaned paragraph (no newline) ready for line breaking (steps 3 of the pipeline)."""
    text = printable(paragraph, fonts)
    if direction == "rtl" or RTL_CHARS.search(text):
        text = isolate_identifiers(text)
    return text


def _display_text(line: str) -> str:
    """A laid-out line as drawn: soft hyphens visible only where the line was broken at one."""
    if "\u00ad" in line:
        line = (line[:-1] + "-" if line.endswith("\u00ad") else line).replace("\u00ad", "")
    return line


def visual(line: str, direction: Direction) -> str:
    """One line in display order, as a string (bidi reordering and mirroring, no shaping): for inspection and
    tests; the drawing reorders shaped items (:mod:`liaison.pdf.runs`). Bidi controls are left out."""
    line = _display_text(line)
    if direction == "ltr" and not RTL_CHARS.search(line):
        return "".join(c for c in line if c not in _runs.BIDI_MARKS)
    return "".join(c for c in display(line, rtl=direction == "rtl") if c not in _runs.BIDI_MARKS)


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
# A word (a run of non-spaces, an isolated identifier counting as one non-space whatever it holds) and the spaces
# after it; the empty match at the end of the text is skipped.
_WORD_AND_SPACES = re.compile(f"([^{_SPACE_CLASS}]*)([{_SPACE_CLASS}]*)")
_WORD_AND_SPACES_ISOLATES = re.compile(f"((?:\u2066[^\u2069]*\u2069|[^{_SPACE_CLASS}])*)([{_SPACE_CLASS}]*)")
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
    words = (_WORD_AND_SPACES_ISOLATES if LRI in paragraph else _WORD_AND_SPACES).findall(paragraph)
    if not _INNER_BREAK.search(paragraph):  # the common case: breaks only at spaces
        return [(word, spaces) for word, spaces in words if word or spaces]
    pieces: list[tuple[str, str]] = []
    for word, spaces in words:
        if word and LRI not in word and _INNER_BREAK.search(word):  # an identifier is never cut
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
    """Widths of logical pieces with the fonts they will be drawn in (shaped where they will be shaped).

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
        w = _runs.measure(text.replace("\u00ad", ""), self.fonts, self.bold) * self.size / 1000.0
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
        with shape_cache():
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
        lines.extend(Line(t, d) for t in break_lines(prepare(paragraph, d, fonts), width, style, fonts))
    return lines


def _resolve_alignment(alignment: str, direction: Direction) -> str:
    if alignment == "start":
        return "right" if direction == "rtl" else "left"
    if alignment == "end":
        return "left" if direction == "rtl" else "right"
    return alignment


def line_runs(line: Line, style: TextStyle, fonts: FontSet | None = None) -> list[Run]:
    """A laid-out line in display order, as runs of shaped glyphs (see :mod:`liaison.pdf.runs`)."""
    return _runs.line_runs(_display_text(line.text), line.direction == "rtl", fonts or default_fonts(), style.bold)


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
                w = runs_width(runs, size)
                x = self.width - w if align == "right" else (self.width - w) / 2
            draw_runs(canv, x, self.height - i * lead - baseline_offset, runs, size)


# -- single lines ---------------------------------------------------------------------------------------------


def _one_line(text: str, direction: Direction | None, fonts: FontSet) -> tuple[str, Direction]:
    """``text`` as one prepared line (newlines as spaces) and its direction."""
    one = clean(text).replace("\n", " ")
    d = base_direction(one, direction)
    return prepare(one, d, fonts), d


def text_width(text: str, style: TextStyle = TextStyle(), fonts: FontSet | None = None,
               direction: Direction | None = None) -> float:
    """Width of ``text`` on one line (newlines as spaces) in ``style``, as :func:`draw_line` draws it."""
    fonts = fonts or default_fonts()
    one, d = _one_line(text, direction, fonts)
    return runs_width(line_runs(Line(one, d), style, fonts), style.font_size)


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
    one, d = _one_line(text, direction, fonts)
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
    runs = line_runs(Line(one, d), style, fonts)
    if not runs:
        return 0.0
    w = runs_width(runs, style.font_size)
    left = x if align == "left" else (x - w if align == "right" else x - w / 2)
    canvas.saveState()
    _set_colour(canvas, style, stroke=any(r.fake_bold for r in runs))
    draw_runs(canvas, left, y, runs, style.font_size)
    canvas.restoreState()
    return w
