"""One line of text as runs of glyphs in display order, measured and drawn.

For one line (logical order, with its paragraph's direction):

1. the embedding level of each character (UAX #9, :mod:`liaison.pdf.reorder`), skipped for a left-to-right line
   without a right-to-left character;
2. the font of each character (:meth:`FontSet.faces_of`: the fallback across the embedded fonts);
3. *items*: stretches of one font at one level. An item in a face that needs shaping (Arabic, Hebrew, Thai,
   Devanagari), at a right-to-left level, or holding a combining mark or a joiner is shaped by HarfBuzz
   (:meth:`ShapingFont.shape`): joining forms, conjuncts and reph, reordered vowel signs, ligatures, marks placed
   by the font's anchors, mirrored brackets. Other items (most Latin, Greek, Cyrillic, Han and Hangul text) are
   drawn as their characters with the fonts' own advances, as before, which keeps the common case fast;
4. the items in display order (rule L2 applied to items: each is at one level, and HarfBuzz already gave a
   right-to-left item's glyphs from left to right).

Bidi controls and marks (LRI ... PDI, LRM, RLM, ALM) steer step 1 and are not drawn.
"""

from __future__ import annotations

import re
from itertools import groupby, repeat
from typing import NamedTuple

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from liaison.pdf.fonts import DROP, FontSet
from liaison.pdf.reorder import levels, visual_order

# Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, their presentation forms, and the
# historic right-to-left blocks of the supplementary planes): a line without one needs no bidi when it is left
# to right.
RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")
# Steer the bidi algorithm, never drawn.
BIDI_MARKS = frozenset("\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


class Run(NamedTuple):
    """Glyphs drawn in one font. ``text`` holds one character of the font per glyph (see
    :mod:`liaison.pdf.shaping`), so reportlab's own text calls can draw it too (without the fine placement).
    ``width`` is the advance in thousandths of an em (negative: measure ``text`` with the font's advances),
    ``adjust`` and ``spans`` are those of :class:`~liaison.pdf.shaping.Shaped`. ``fake_bold`` asks for the outline
    to be stroked as well (the face has no bold file)."""

    font: str
    text: str
    fake_bold: bool = False
    width: float = -1.0
    adjust: tuple[tuple[float, float, float], ...] | None = None
    spans: tuple[tuple[int, int, str], ...] = ()


def run_width(run: Run, size: float) -> float:
    """The run's advance in points at ``size``."""
    if run.width >= 0:
        return run.width * size / 1000.0
    return stringWidth(run.text, run.font, size)


def runs_width(runs: list[Run], size: float) -> float:
    return sum(run_width(r, size) for r in runs)


def _item_run(fonts: FontSet, face: int, level: int, text: str, bold: bool) -> Run:
    font, fake = fonts.font(face, bold)
    rtl = bool(level % 2)
    if not (rtl or fonts.complex[face]):
        info = fonts.char_info
        if not any(info(ch)[2] for ch in set(text)):  # no mark, no joiner: drawn as it is
            return Run(font.fontName, text, fake)
    shaped = font.shape(text, rtl)
    return Run(font.fontName, shaped.text, fake, shaped.width, shaped.adjust, shaped.spans)


def line_runs(text: str, rtl: bool, fonts: FontSet, bold: bool = False) -> list[Run]:
    """``text`` (one line, logical order, in a paragraph of base direction ``rtl``) as runs in display order."""
    if not text:
        return []
    bidi = rtl or RTL_CHARS.search(text) is not None
    if not bidi and fonts.plain(text):  # the common case: one run, drawn as it is
        font, fake = fonts.font(0, bold)
        return [Run(font.fontName, text, fake)]
    lv = levels(text, rtl) if bidi else repeat(0)
    items: list[tuple[int, int, str]] = []  # (face, level, text)
    for (face, level), group in groupby(zip(fonts.faces_of(text), lv, text, strict=False), key=_face_level):
        if face == DROP:
            continue
        chars = "".join(ch for _f, _l, ch in group if ch not in BIDI_MARKS)
        if not chars:
            continue
        if items and items[-1][0] == face and items[-1][1] == level:  # across a dropped character
            items[-1] = (face, level, items[-1][2] + chars)
        else:
            items.append((face, level, chars))
    order = visual_order([it[1] for it in items]) if bidi else range(len(items))
    return [_item_run(fonts, *items[k], bold) for k in order]


def _face_level(entry: tuple[int, int, str]) -> tuple[int, int]:
    return entry[0], entry[1]


def measure(text: str, fonts: FontSet, bold: bool = False) -> float:
    """The advance of ``text`` (a piece of a line, logical order) in thousandths of an em, each item measured as
    it will be drawn (shaped where it will be shaped). Direction does not change an advance."""
    if not text:
        return 0.0
    if fonts.plain(text):
        return stringWidth(text, fonts.font(0, bold)[0].fontName, 1000.0)
    return sum(r.width if r.width >= 0 else stringWidth(r.text, r.font, 1000.0)
               for r in line_runs(text, False, fonts, bold))


# -- drawing ----------------------------------------------------------------------------------------------------


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _emit(code: list[str], run: Run, size: float, size_str: str, doc) -> None:
    """The operators drawing ``run`` at the current text position (inside BT ... ET), the pen left at its end."""
    font = pdfmetrics.getFont(run.font)
    chunks = font.splitString(run.text, doc)
    if run.adjust is None and not run.spans:
        for subset, data in chunks:
            code.append(f"{font.getSubsetInternalName(subset, doc)} {size_str} Tf <{data.hex()}> Tj")
        return
    adjust = run.adjust
    starts = {first: (end, text) for first, end, text in run.spans}
    ends: set[int] = set()
    elements: list = []  # TJ array: bytearray (glyph codes) or float (a shift in thousandths of an em)
    rise = 0.0

    def shift(n: float) -> None:
        if n:
            if elements and not isinstance(elements[-1], bytearray):
                elements[-1] += n
            else:
                elements.append(n)

    def flush() -> None:
        if elements:
            parts = [f"<{e.hex()}>" if isinstance(e, bytearray) else fp_str(e) for e in elements if e]
            if parts:
                code.append(f"[{' '.join(parts)}] TJ")
            elements.clear()

    i = 0
    for subset, data in chunks:
        flush()
        code.append(f"{font.getSubsetInternalName(subset, doc)} {size_str} Tf")
        for byte in data:
            if i in starts:
                flush()
                end, text = starts[i]
                ends.add(end)
                code.append(f"/Span <</ActualText {_actual_text(text)}>> BDC")
            x_offset, delta, y_offset = adjust[i] if adjust is not None else (0.0, 0.0, 0.0)
            r = y_offset * size / 1000.0
            if r != rise:
                flush()
                code.append(f"{fp_str(r)} Ts")
                rise = r
            shift(-x_offset)
            if elements and isinstance(elements[-1], bytearray):
                elements[-1].append(byte)
            else:
                elements.append(bytearray((byte,)))
            shift(x_offset - delta)
            i += 1
            if i in ends:
                flush()
                code.append("EMC")
                ends.discard(i)
    flush()
    if rise:
        code.append("0 Ts")


def draw_runs(canv: Canvas, x: float, y: float, runs: list[Run], size: float) -> None:
    """Draw ``runs`` left to right from ``(x, y)`` (the baseline), in the canvas's current colours."""
    text = canv.beginText(x, y)
    code = text._code
    doc = canv._doc
    mode = 0
    size_str = fp_str(size)
    for run in runs:
        want = 2 if run.fake_bold else 0
        if want != mode:
            code.append(f"{want} Tr")
            mode = want
        _emit(code, run, size, size_str, doc)
    canv.drawText(text)
