"""Reading a PDF back glyph by glyph, and word by word with poppler, to check what was drawn where.

:func:`glyphs` walks the content stream of each page with pypdf (no rendering): every glyph shown, with the
text its font's ToUnicode map gives for it, its x and y on the page, its advance, and the /ActualText of the
marked-content span around it. It understands what Liaison's engine and reportlab write: q/Q, cm, BT/ET, Tm,
Td, Tf, Ts, Tj, TJ, BDC/EMC (no rotation, no Form XObjects).

:func:`words` runs ``pdftotext -bbox`` (poppler) and gives each word with its box, in poppler's reading order.
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream

HAVE_POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None


@dataclass
class Glyph:
    text: str  # what the ToUnicode map says ("" for a glyph that reads back as nothing)
    x: float  # left of the glyph's box (pen position plus the offset), points from the page's left edge
    y: float  # baseline plus rise
    advance: float  # the width the PDF font gives the glyph, at its size
    font: str  # the font's /BaseFont
    code: int  # the glyph's code in that font
    actual: str | None  # the /ActualText of the span the glyph is in
    page: int


def _cmap(font) -> dict[int, str]:
    """Code -> text from a font's ToUnicode stream (bfchar and bfrange entries)."""
    out: dict[int, str] = {}
    if "/ToUnicode" not in font:
        return out
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be") if dst else ""
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = int(dst, 16)
            for k in range(int(lo, 16), int(hi, 16) + 1):
                out[k] = chr(first + k - int(lo, 16))
    return out


def glyphs(data: bytes) -> list[Glyph]:
    reader = PdfReader(io.BytesIO(data))
    out: list[Glyph] = []
    for page_no, page in enumerate(reader.pages):
        out += _page_glyphs(reader, page, page_no)
    return out


def _page_glyphs(reader: PdfReader, page, page_no: int) -> list[Glyph]:
    out: list[Glyph] = []
    fonts = page["/Resources"].get_object().get("/Font", {})
    info: dict[str, tuple[dict[int, str], dict[int, float], str]] = {}
    for name, ref in fonts.items():
        font = ref.get_object()
        first = int(font.get("/FirstChar", 0))
        widths = {first + i: float(w) for i, w in enumerate(font.get("/Widths", []))}
        info[name] = (_cmap(font), widths, str(font.get("/BaseFont", name)))
    content = ContentStream(page.get_contents(), reader)
    ctm = [(0.0, 0.0)]  # translations only: what reportlab's flowables use
    tx = ty = 0.0
    line_x = line_y = 0.0
    size = 0.0
    rise = 0.0
    font_name = None
    actual: list[str | None] = []

    def show(codes: bytes) -> None:
        nonlocal tx
        cmap, widths, base = info[font_name]
        ox, oy = ctm[-1]
        for code in codes:
            w = widths.get(code, 0.0) * size / 1000.0
            out.append(Glyph(cmap.get(code, ""), ox + tx, oy + ty + rise, w, base, code,
                             next((a for a in reversed(actual) if a is not None), None), page_no))
            tx += w

    for operands, op in content.operations:
        if op == b"q":
            ctm.append(ctm[-1])
        elif op == b"Q":
            ctm.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            ox, oy = ctm[-1]
            ctm[-1] = (ox + e, oy + f)
        elif op == b"BT":
            tx = ty = line_x = line_y = 0.0
        elif op == b"Tm":
            tx = line_x = float(operands[4])
            ty = line_y = float(operands[5])
        elif op == b"Td":
            line_x += float(operands[0])
            line_y += float(operands[1])
            tx, ty = line_x, line_y
        elif op == b"Tf":
            font_name, size = operands[0], float(operands[1])
        elif op == b"Ts":
            rise = float(operands[0])
        elif op == b"Tj":
            show(bytes(operands[0].original_bytes))
        elif op == b"TJ":
            for item in operands[0]:
                if isinstance(item, (int, float)) or hasattr(item, "as_numeric"):
                    tx -= float(item) * size / 1000.0
                else:
                    show(bytes(item.original_bytes))
        elif op == b"BDC":
            props = operands[1] if len(operands) > 1 else {}
            text = props.get("/ActualText") if hasattr(props, "get") else None
            actual.append(str(text) if text is not None else None)
        elif op == b"BMC":
            actual.append(None)
        elif op == b"EMC":
            if actual:
                actual.pop()
    return out


def line_of(glyph_list: list[Glyph], y: float, tolerance: float = 2.0) -> list[Glyph]:
    """The glyphs whose baseline (without rise) is near ``y``, left to right."""
    return sorted((g for g in glyph_list if abs(g.y - y) <= tolerance), key=lambda g: g.x)


@dataclass
class Word:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def words(pdf: Path) -> list[list[Word]]:
    """Each page's words from ``pdftotext -bbox``, in poppler's reading order."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, timeout=60).stdout
    pages: list[list[Word]] = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", out.decode("utf-8"), re.S):
        pages.append([
            Word(html.unescape(t), float(a), float(b), float(c), float(d))
            for a, b, c, d, t in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)
        ])
    return pages


def render_png(pdf: Path, out_prefix: Path, dpi: int = 110) -> list[Path]:
    """The pages as PNG files (pdftoppm), for looking at them."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out_prefix)], check=True, timeout=120)
    return sorted(out_prefix.parent.glob(out_prefix.name + "*.png"))
