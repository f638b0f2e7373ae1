"""Every script, checked from the PDF itself: the glyphs drawn, where, and the text they read back as.

HarfBuzz shapes Devanagari (conjuncts, reph, the vowel sign I before its consonant), Arabic (joining forms, the
lam-alef ligature), Hebrew and Thai marks; identifiers inside right-to-left text keep their reading order and
are never cut; characters no font has print as a placeholder that names them. Each case is read back glyph by
glyph (pypdf: text, x, advance) and word by word (poppler's ``pdftotext -bbox``). The fonts are those of
``resources/fonts`` (no system font is involved: the engine embeds its own, and poppler reads the embedded
ones).
"""

from __future__ import annotations

import io
import json
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pdfglyphs import HAVE_POPPLER, Glyph, glyphs, words
from reportlab.lib.pagesizes import A4

from liaison.pdf import TextBlock, TextStyle, default_fonts, placeholder, printable, simple_document, text_width
from liaison.pdf.runs import RTL_CHARS

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "shaping.json").read_text(encoding="utf-8"))
needs_poppler = pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils (pdftotext) not installed")


def _pdf(tmp_path: Path, texts: list[str], size: float = 18, width: float | None = None, **kw) -> tuple[bytes, Path]:
    out = io.BytesIO()
    margin = 72 if width is None else (A4[0] - width) / 2
    doc = simple_document(out, pagesize=A4, leftMargin=margin, rightMargin=margin, title="scripts")
    doc.build([TextBlock(t, TextStyle(font_size=size, space_after=size), **kw) for t in texts])
    path = tmp_path / "scripts.pdf"
    path.write_bytes(out.getvalue())
    return out.getvalue(), path


def _lines(gl: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by baseline (rise ignored: marks are raised), each line left to right, top line first."""
    rows: list[list[Glyph]] = []
    for g in sorted(gl, key=lambda g: -g.y):
        if g.text.isspace():
            continue
        for row in rows:
            if abs(row[0].y - g.y) < 6:
                row.append(g)
                break
        else:
            rows.append([g])
    return [sorted(r, key=lambda g: g.x) for r in rows]


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, timeout=60).stdout.decode()


def _word(w) -> str:
    """A word from ``pdftotext -bbox`` in logical order (poppler gives right-to-left words as drawn)."""
    return w.text[::-1] if RTL_CHARS.search(w.text) else w.text


def _rtl_reading(line: list[Glyph]) -> str:
    """A right-to-left line read back: glyphs from right to left, each glyph's text (in display order, as a
    reader lays it out) turned back to logical order."""
    return "".join(g.text[::-1] for g in sorted(line, key=lambda g: -g.x))


# -- Devanagari ---------------------------------------------------------------------------------------------------


def test_devanagari_conjunct_reph_and_vowel_sign_i(tmp_path):
    case = FIXTURE["devanagari"]
    data, path = _pdf(tmp_path, [case["text"]])
    gl = [g for g in glyphs(data) if "Devanagari" in g.font]
    texts = [g.text for g in gl]
    # क्ष is one glyph (the conjunct), not क + a visible virama + ष; no virama is drawn on its own anywhere
    assert case["conjunct"] in texts
    assert not any(t == "\u094d" or t.endswith("\u094d") for t in texts)
    # reph: र्म is the ma glyph followed by the reph, a glyph of no advance drawn over the end of ma
    i = texts.index(case["reph"])
    ma, reph = gl[i], gl[i + 1]
    assert reph.text == "" and reph.advance == 0
    assert ma.x <= reph.x <= ma.x + ma.advance + 0.5
    # कि: the vowel sign I is drawn before (left of) the consonant it follows in the text
    k = texts.index(case["prebase"])
    sign, ka = gl[k - 1], gl[k]
    assert sign.text == "" and sign.x < ka.x and sign.actual == ka.actual == case["prebase"]
    # every glyph's text, left to right, reads back as the words typed
    assert "".join(texts) == case["text"]


@needs_poppler
def test_devanagari_reads_back_in_logical_order(tmp_path):
    case = FIXTURE["devanagari"]
    _data, path = _pdf(tmp_path, [case["text"]])
    assert _pdftotext(path).split() == case["text"].split()
    (page,) = words(path)
    assert [w.text for w in page] == case["text"].split()
    assert [w.x_min for w in page] == sorted(w.x_min for w in page)  # left to right


# -- Arabic and Hebrew ----------------------------------------------------------------------------------------------


def test_arabic_joins_and_reads_right_to_left(tmp_path):
    case = FIXTURE["arabic"]
    data, path = _pdf(tmp_path, [case["text"]])
    gl = [g for g in glyphs(data) if "Arabic" in g.font]
    (line,) = _lines(gl)
    assert _rtl_reading(line) == case["text"].replace(" ", "")
    # the line is right aligned: it ends at the frame's right edge (72 pt margin, 6 pt frame padding)
    right = max(g.x + g.advance for g in line)
    assert right == pytest.approx(A4[0] - 72 - 6, abs=0.5)
    # contextual forms: the same letter is drawn with different glyphs (codes) at the start, middle and end
    meem = {g.code for g in line if g.text == case["letter"]}
    assert len(meem) >= 2
    # lam-alef is one glyph
    assert any(g.text[::-1] == case["ligature"] for g in line)


@needs_poppler
def test_arabic_and_hebrew_read_back_in_logical_order(tmp_path):
    texts = [FIXTURE["arabic"]["text"], FIXTURE["hebrew"]["text"], FIXTURE["ltr_with_arabic"]]
    _data, path = _pdf(tmp_path, texts)
    out = _pdftotext(path)
    for t in texts:
        for word in t.replace("(", " ").replace(")", " ").replace("\u060c", " ").split():
            assert word in out, word
    (page,) = words(path)
    # the first word of the Arabic line is its rightmost word (poppler gives right-to-left words as drawn)
    arabic = [w for w in page if abs(w.y_min - page[0].y_min) < 4]
    assert _word(max(arabic, key=lambda w: w.x_max)) == texts[0].split()[0]


def test_hebrew_points_sit_on_their_letters_and_brackets_mirror(tmp_path):
    case = FIXTURE["hebrew"]
    data, _path = _pdf(tmp_path, [case["text"]])
    gl = glyphs(data)
    hebrew = [g for g in gl if "Hebrew" in g.font]
    # the pointed shin: its two marks are glyphs of no advance, drawn inside the letter's box
    at = next(i for i, g in enumerate(hebrew) if g.text[::-1] == case["pointed"])
    base = hebrew[at]
    marks = []
    while at > 0 and hebrew[at - 1].text == "":  # right to left: a letter's marks come just before it
        at -= 1
        marks.append(hebrew[at])
    assert len(marks) == 2 and all(m.advance == 0 for m in marks)
    assert all(base.x - 0.5 <= m.x <= base.x + base.advance for m in marks)
    # "(David Cohen)" inside Hebrew: Latin left to right, brackets drawn facing the name
    (line,) = _lines(gl)
    latin = "".join(g.text for g in line if "Hebrew" not in g.font)
    assert "(DavidCohen)" in latin


# -- Thai and CJK ---------------------------------------------------------------------------------------------------


def test_thai_marks_stack_on_their_consonant(tmp_path):
    case = FIXTURE["thai"]
    data, path = _pdf(tmp_path, [case["text"]])
    gl = [g for g in glyphs(data) if "Thai" in g.font]
    carrier = next(g for g in gl if g.text == case["cluster"])
    cluster = [g for g in gl if g.actual == case["cluster"]]
    assert len(cluster) >= 3 and carrier in cluster
    marks = [g for g in cluster if g.advance == 0]
    assert marks and all(carrier.x - 2 <= m.x <= carrier.x + carrier.advance for m in marks)
    assert "".join(g.text for g in gl) == case["text"]
    if HAVE_POPPLER:
        assert _pdftotext(path).split() == case["text"].split()


def test_cjk_and_hangul_in_order(tmp_path):
    case = FIXTURE["cjk"]
    data, path = _pdf(tmp_path, [case["text"]])
    (line,) = _lines(glyphs(data))
    assert "".join(g.text for g in line) == case["text"].replace(" ", "")
    fonts = {g.font.split("+")[-1] for g in line}
    assert any("DroidSansFallback" in f for f in fonts) and any("NanumSquare" in f for f in fonts)
    if HAVE_POPPLER:
        assert _pdftotext(path).split() == case["text"].split()


# -- identifiers inside right-to-left text ----------------------------------------------------------------------------


def _find(line: list[Glyph], ident: str) -> bool:
    """True if ``ident`` is drawn on ``line`` as consecutive glyphs reading left to right."""
    texts = [g.text for g in line]
    target = ident.replace(" ", "")
    joined = "".join(texts)
    return target in joined


@pytest.mark.parametrize("width", [520.0, 300.0, 220.0, 180.0])
def test_identifiers_in_rtl_text_read_left_to_right_and_are_never_cut(tmp_path, width):
    cases = FIXTURE["rtl_identifiers"]
    data, _path = _pdf(tmp_path, [c["text"] for c in cases], size=11, width=width)
    lines = _lines(glyphs(data))
    for case in cases:
        for ident in case["identifiers"]:
            assert text_width(ident, TextStyle(font_size=11)) < width - 12  # it fits a line: never cut
            holding = [ln for ln in lines if _find(ln, ident)]
            assert holding, f"{ident!r} is not drawn whole, left to right, on one line (width {width})"


@needs_poppler
def test_identifiers_in_rtl_text_as_poppler_reads_them(tmp_path):
    cases = FIXTURE["rtl_identifiers"]
    _data, path = _pdf(tmp_path, [c["text"] for c in cases], size=11, width=300)
    (page,) = words(path)
    by_text: dict[str, list] = {}
    for w in page:
        by_text.setdefault(_word(w), []).append(w)
    for case in cases:
        for ident in case["identifiers"]:
            parts = ident.split()
            boxes = [by_text[p][0] for p in parts]
            # the groups of a telephone number or an IBAN stand left to right in their reading order, on one line
            assert [b.x_min for b in boxes] == sorted(b.x_min for b in boxes), ident
            assert max(b.y_min for b in boxes) - min(b.y_min for b in boxes) < 1, ident
    # the reference stays one word whose neighbours are the words around it in the sentence
    arabic = cases[0]["text"].split()
    ref = by_text["77/2026-FR"][0]
    before = by_text[arabic[arabic.index("77/2026-FR") - 1]][0]  # رقم: to the right of the reference
    assert before.x_min > ref.x_max and abs(before.y_min - ref.y_min) < 5


def test_identifier_in_a_right_to_left_document_without_rtl_letters(tmp_path):
    data, _path = _pdf(tmp_path, ["Tel +33 1 23 45 67 89"], direction="rtl")
    (line,) = _lines(glyphs(data))
    # right to left: "Tel" first, at the right; the number to its left, its groups still left to right
    assert "".join(g.text for g in line) == "+33123456789Tel"


# -- characters no font has -------------------------------------------------------------------------------------------


def test_uncovered_characters_print_a_placeholder_naming_them(tmp_path):
    cases = FIXTURE["uncovered"]
    for case in cases:
        assert case["printed"] in printable(case["text"]).replace("\u2066", "").replace("\u2069", "")
    data, path = _pdf(tmp_path, [c["text"] for c in cases])
    gl = glyphs(data)
    joined = "".join(g.text for g in gl)
    assert "\ufffd" not in joined
    assert all(g.code != 0 for g in gl), "a missing-glyph box was drawn"
    for case in cases:
        assert case["printed"].replace(" ", "") in joined.replace(" ", "")
    if HAVE_POPPLER:
        out = _pdftotext(path)
        assert "Vessel [U+1F6A2] Zefir" in out and "\ufffd" not in out


def test_placeholder_is_isolated_and_printable_leaves_covered_text_alone():
    assert placeholder("\U0001f6a2") == "\u2066[U+1F6A2]\u2069"
    assert printable("Łódź 王小明 محمد") == "Łódź 王小明 محمد"
    assert printable("a\U000e0041b") == "a\U000e0041b"  # an invisible tag: left to the drawing, which drops it
    fonts = default_fonts()
    assert not fonts.covers("\U0001f6a2")
    assert all(unicodedata.category(c) != "Co" for c in printable("x\U0001f600y"))
