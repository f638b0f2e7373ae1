"""Benchmark of the PDF text engine: a 3-page document of mixed-script paragraphs.

Floor: bare reportlab drawing the same amount of Latin text as ``canvas.drawString`` lines, wrapped with
reportlab's ``simpleSplit`` in the same embedded font (so font subsetting and embedding are in both). The engine
pays for per-character font choice, bidi, Arabic shaping and its own line breaking.
"""

from __future__ import annotations

import io
import time

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from liaison.pdf import TextBlock, TextStyle, default_fonts, simple_document

LATIN = (
    "The competent authorities of the requesting State ask for mutual legal assistance in case LO-2026-0042 "
    "concerning the smuggling of goods across the border, under the agreement signed on 12/03/2026. "
)
MIXED = [
    LATIN,
    "Request concerning محمد العتيبي (born 1984) and his vessel Zefir, registered in Łódź by Łukasz Żółkiewski. ",
    "القضية رقم LO-2026-0042 بتاريخ 12/03/2026 تطلب السلطات المختصة المساعدة القانونية المتبادلة. ",
    "המשטרה מבקשת סיוע משפטי הדדי בתיק זה הנוגע להברחת סחורות דרך הגבול, רחוב הרצל 12, תל אביב. ",
    "Αλέξανδρος Παπαδόπουλος, Οδός Ερμού 25, Αθήνα; Иван Петрович Сидоров; 王小明, 北京市朝阳区建国路88号; 김민준. ",
]
SIZE = 10.0
LEADING = 13.0
MARGIN = 72.0
PARAGRAPH_REPEAT = 4  # each paragraph is this many copies of its sentence
PAGES = 3


def _paragraphs(sentences: list[str], count: int) -> list[str]:
    return [sentences[i % len(sentences)] * PARAGRAPH_REPEAT for i in range(count)]


def _engine(paragraphs: list[str]) -> tuple[bytes, int]:
    out = io.BytesIO()
    doc = simple_document(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN)
    style = TextStyle(font_size=SIZE, leading=LEADING, space_after=LEADING / 2)
    doc.build([TextBlock(p, style) for p in paragraphs])
    return out.getvalue(), doc.page


def _floor(paragraphs: list[str], font: str) -> tuple[bytes, int]:
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, initialFontName=font)
    width = A4[0] - 2 * MARGIN
    top = A4[1] - MARGIN
    y = top
    pages = 1
    c.setFont(font, SIZE)
    for p in paragraphs:
        for line in simpleSplit(p, font, SIZE, width):
            if y < MARGIN + LEADING:
                c.showPage()
                c.setFont(font, SIZE)
                pages += 1
                y = top
            c.drawString(MARGIN, y - SIZE, line)
            y -= LEADING
        y -= LEADING / 2
    c.save()
    return out.getvalue(), pages


def _paragraph_count(sentences: list[str]) -> int:
    """How many paragraphs fill ``PAGES`` pages with the engine (found once, outside the timings)."""
    n = 3
    while _engine(_paragraphs(sentences, n + 1))[1] <= PAGES:
        n += 1
    return n


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def run(quick: bool = False) -> list[dict]:
    repeat = 2 if quick else 7
    t = time.perf_counter()
    fonts = default_fonts()
    register = time.perf_counter() - t
    font = fonts.primary

    mixed = _paragraphs(MIXED, _paragraph_count(MIXED))
    latin = _paragraphs([LATIN], _paragraph_count([LATIN]))
    chars = sum(map(len, mixed))
    latin_for_floor = (LATIN * (chars // len(LATIN) + 1))[:chars]  # the same amount of text, Latin only
    floor_paras = [latin_for_floor[i:i + len(LATIN) * PARAGRAPH_REPEAT]
                   for i in range(0, chars, len(LATIN) * PARAGRAPH_REPEAT)]

    t_floor = _best(lambda: _floor(floor_paras, font), repeat)
    t_mixed = _best(lambda: _engine(mixed), repeat)
    t_latin_floor = _best(lambda: _floor(latin, font), repeat)
    t_latin = _best(lambda: _engine(latin), repeat)
    pages_mixed = _engine(mixed)[1]
    return [
        {
            "name": "pdf_text.mixed_3_pages",
            "measured": t_mixed,
            "floor": t_floor,
            "ratio": t_mixed / t_floor,
            "aim": "within 10x of bare reportlab drawString lines of the same amount of Latin text",
            "notes": f"{len(mixed)} paragraphs, {chars} characters, {pages_mixed} pages; Arabic, Hebrew, Greek, "
                     "Cyrillic, Han, Hangul, Polish; best of " + str(repeat),
        },
        {
            "name": "pdf_text.latin_3_pages",
            "measured": t_latin,
            "floor": t_latin_floor,
            "ratio": t_latin / t_latin_floor,
            "aim": "within 5x of bare reportlab drawString lines of the same text",
            "notes": f"{len(latin)} Latin-only paragraphs: the engine's overhead without bidi or shaping",
        },
        {
            "name": "pdf_text.register_fonts",
            "measured": register,
            "floor": None,
            "ratio": None,
            "aim": "under 0.5 s, once per process",
            "notes": "loading the 7 embedded fonts and their cmaps (0 if already loaded in this process)",
        },
    ]


if __name__ == "__main__":
    for row in run():
        ratio = f"{row['ratio']:.2f}x" if row["ratio"] else "-"
        print(f"{row['name']:28} {row['measured'] * 1000:8.1f} ms  ratio {ratio:>7}  {row['notes']}")
