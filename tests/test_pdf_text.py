"""The PDF text engine: every script comes out, fonts are embedded, user text is never markup, long text flows."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from liaison.pdf import (
    Line,
    TextBlock,
    TextStyle,
    base_direction,
    break_lines,
    clean,
    default_fonts,
    draw_line,
    layout,
    line_runs,
    new_canvas,
    printable,
    runs_width,
    simple_document,
    text_width,
    visual,
)

ARABIC_PARAGRAPH = (
    "تطلب السلطات المختصة المساعدة القانونية المتبادلة في القضية رقم LO-2026-0042 المتعلقة بتهريب البضائع "
    "عبر الحدود، وفقا للاتفاقية الموقعة بين البلدين بتاريخ 12/03/2026."
)
HEBREW_PARAGRAPH = "המשטרה מבקשת סיוע משפטי הדדי בתיק זה הנוגע להברחת סחורות דרך הגבול, בהתאם להסכם בין שתי המדינות."
HOSTILE = [
    '<img src="/etc/passwd"/>',
    '<a href="http://evil.example/x">click here</a>',
    "<font color=red>red alert</font>",
    "Smith &amp; Sons <b>bold</b> &#60;script&#62;",
]


def _build(story: list, path=None, onpage=None) -> bytes:
    out = io.BytesIO()
    doc = simple_document(out, pagesize=A4, title="test")
    if onpage:
        doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    else:
        doc.build(story)
    data = out.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _fonts(data: bytes) -> dict[str, dict]:
    """Every font resource on every page, by base font name."""
    found: dict[str, dict] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


@pytest.fixture(scope="module")
def multiscript_pdf(tmp_path_factory) -> bytes:
    import json

    from conftest import FIXTURES, SHARED

    path = SHARED / "fixtures" / "multiscript.json"
    if not path.exists():
        path = FIXTURES / "multiscript.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    style = TextStyle(font_size=11, space_after=4)
    story = []
    for item in data["names"] + data["places"] + data["awkward"]:
        story.append(TextBlock(item["text"], style))
        story.append(TextBlock(item["text"], TextStyle(font_size=11, bold=True)))
    story.append(TextBlock(ARABIC_PARAGRAPH, style))
    story.append(TextBlock(HEBREW_PARAGRAPH, style))
    for hostile in HOSTILE:
        story.append(TextBlock(hostile, style))
    return _build(story, tmp_path_factory.mktemp("pdf") / "multiscript.pdf")


def test_every_ltr_string_is_extractable(multiscript_pdf, multiscript):
    text = _squash(_text(multiscript_pdf))
    checked = 0
    for item in multiscript["names"] + multiscript["places"] + multiscript["awkward"]:
        s = item["text"]
        if _is_rtl(s):  # read back in display order by pypdf: see test_pdf_scripts.py
            continue
        if "\U0001f6a2" in s:  # the emoji has no font: a placeholder naming it, the words around it stay
            assert _squash(s.replace("\U0001f6a2", "[U+1F6A2]")) in text
        else:
            assert _squash(s).replace("\u200b", "") in text.replace("\u200b", ""), s
        checked += 1
    assert checked >= 17  # Devanagari and Thai included: shaped, and read back as typed
    for han in ("王小明", "山田太郎", "北京市朝阳区建国路88号", "김민준"):
        assert han in text


def test_fonts_are_embedded_truetype_subsets(multiscript_pdf):
    fonts = _fonts(multiscript_pdf)
    assert fonts, "no font resources found"
    for name, font in fonts.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not an embedded TrueType font"
    names = " ".join(fonts)
    for face in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic", "NotoSansHebrew", "DroidSansFallback",
                 "NanumSquare"):
        assert face in names, f"{face} not used: {names}"
    assert "Helvetica" not in names and "Times" not in names


def test_hostile_text_is_literal_and_pulls_nothing_in(multiscript_pdf):
    text = _text(multiscript_pdf)
    for hostile in HOSTILE:
        assert _squash(hostile) in _squash(text), hostile
    raw = multiscript_pdf
    assert b"/Subtype /Image" not in raw and b"/XObject" not in raw
    assert b"/Annot" not in raw and b"/URI" not in raw and b"/Link" not in raw and b"/Launch" not in raw
    reader = PdfReader(io.BytesIO(raw))
    for page in reader.pages:
        assert "/Annots" not in page
    # every object of the file: no image, link, action, embedded file or form
    kinds = set()
    for num in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(num)
        if not isinstance(obj, dict):
            continue
        kinds.add(obj.get("/Type"))
        assert obj.get("/Subtype") not in ("/Image", "/Link", "/FileAttachment", "/Widget")
        assert not {"/A", "/URI", "/S", "/EmbeddedFiles", "/AcroForm", "/OpenAction", "/JS"} & set(obj.keys())
    assert {"/Font", "/Page", "/Catalog"} <= kinds  # the walk did see the file's objects


def test_long_text_flows_over_pages(tmp_path):
    words = ("Rechtshilfeersuchen betreffend das Verfahren LO-2026-0042 und die beteiligten Personen. " * 250)[:20_000]
    long_word = "X" * 4_000 + "Y" * 1_000
    arabic_word = "ب" * 2_000
    five_hundred_lines = "\n".join(f"line {i}" for i in range(500))
    story = [
        TextBlock(words),
        TextBlock(long_word),
        TextBlock(arabic_word),
        TextBlock(five_hundred_lines),
        TextBlock("Mo\u200bhammed \u200b\u200b Vessel \U0001f6a2\U0001f6a2 Zefir \u202e reversed? \ufeff end"),
    ]
    data = _build(story, tmp_path / "long.pdf")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 12
    text = _squash(_text(data))
    assert _squash(words) in text
    assert long_word in text
    assert "line0line1line2" in text and "line499" in text
    assert "reversed?" in text  # the override was removed, the Latin after it still reads left to right


def test_split_keeps_every_line_once():
    block = TextBlock("\n".join(f"row {i}" for i in range(40)), TextStyle(font_size=10, leading=12,
                                                                          space_before=5, space_after=7))
    w, h = block.wrap(300, 10_000)
    assert h == pytest.approx(40 * 12)
    first, rest = block.split(300, 12 * 15 + 5)
    first.wrap(300, 1000)
    rest.wrap(300, 1000)
    assert [line.text for line in first.lines] == [f"row {i}" for i in range(15)]
    assert [line.text for line in rest.lines] == [f"row {i}" for i in range(15, 40)]
    assert first.getSpaceAfter() == 0 and first.getSpaceBefore() == 5
    assert rest.getSpaceBefore() == 0 and rest.getSpaceAfter() == 7
    assert block.split(300, 5) == []  # not even one line: move to the next frame
    assert block.split(300, 10_000) == [block]
    # a whole block wrapped again at another width re-flows from its text
    prose = TextBlock("one two three four five six seven eight nine ten")
    prose.wrap(60, 1000)
    narrow = [line.text for line in prose.lines]
    prose.wrap(1000, 1000)
    assert len(narrow) > 2 and [line.text for line in prose.lines] == [" ".join(narrow)]
    # a leftover part placed in a narrower frame re-wraps without losing text
    rest.wrap(40, 1000)
    assert "".join(line.text for line in rest.lines).replace(" ", "") == "".join(
        f"row{i}" for i in range(15, 40)
    )


def test_arabic_paragraph_breaks_in_logical_order():
    style = TextStyle(font_size=11)
    width = 150.0
    lines = break_lines(ARABIC_PARAGRAPH, width, style)
    assert len(lines) >= 4
    assert lines[0].startswith("تطلب السلطات")
    assert lines[-1].endswith("12/03/2026.")
    assert " ".join(lines).split() == ARABIC_PARAGRAPH.split()
    for line in lines:
        assert text_width(line, style) <= width + 0.01
    # laid out, the paragraph is right to left; each line is reordered on its own
    laid = layout(ARABIC_PARAGRAPH, width, style)
    # the same lines, the reference and the date isolated as left-to-right runs (LRI ... PDI)
    assert [line.text.replace("\u2066", "").replace("\u2069", "") for line in laid] == lines
    assert any("\u2066LO-2026-0042\u2069" in line.text for line in laid)
    assert {line.direction for line in laid} == {"rtl"}
    first_visual = visual(lines[0], "rtl")
    assert first_visual.endswith("تطلب"[::-1])  # first logical word at the right end of line 1


def test_hebrew_paragraph_first_words_first():
    lines = break_lines(HEBREW_PARAGRAPH, 120, TextStyle(font_size=11))
    assert len(lines) >= 4
    assert lines[0].startswith("המשטרה מבקשת")
    assert visual(lines[0], "rtl").endswith("המשטרה"[::-1])


def test_rtl_with_digits_and_latin_reference():
    v = visual("القضية رقم LO-2026-0042 بتاريخ 12/03/2026", "rtl")
    assert v.startswith("12/03/2026 ")  # last logical item on the left
    assert "LO-2026-0042" in v  # the reference is not reversed
    assert v.endswith("القضية"[::-1])  # first word on the right


def test_ltr_sentence_with_arabic_name():
    s = "Request concerning محمد العتيبي (born 1984) and his vessel"
    v = visual(s, "ltr")
    assert v.startswith("Request concerning ")
    assert v.endswith(" (born 1984) and his vessel")
    name = v[len("Request concerning "):-len(" (born 1984) and his vessel")]
    assert name == "محمد العتيبي"[::-1]


def test_direction_detection_and_override():
    assert base_direction("محمد") == "rtl"
    assert base_direction("דוד") == "rtl"
    assert base_direction("12 Main Street") == "ltr"
    assert base_direction("(12) מספר") == "rtl"  # digits and brackets are not strong
    assert base_direction("1234") == "ltr"
    assert base_direction("محمد", override="ltr") == "ltr"
    with pytest.raises(ValueError):
        base_direction("x", override="up")
    with pytest.raises(ValueError):
        TextBlock("x", direction="sideways")
    laid = layout("Hello\nשלום\nمرحبا", 200, direction="rtl")
    assert [line.direction for line in laid] == ["rtl", "rtl", "rtl"]
    laid = layout("Hello\nשלום\nمرحبا", 200)
    assert [line.direction for line in laid] == ["ltr", "rtl", "rtl"]


def test_font_choice_per_character():
    fonts = default_fonts()
    assert fonts.font_for("A") == "Liaison-latin"
    assert fonts.font_for("Ж") == "Liaison-latin"
    assert fonts.font_for("ễ") == "Liaison-latin"
    assert fonts.font_for("م") == "Liaison-arabic"
    assert fonts.font_for("ש") == "Liaison-hebrew"
    assert fonts.font_for("明") == "Liaison-han"
    assert fonts.font_for("김") == "Liaison-hangul"
    assert fonts.font_for("A", bold=True) == "Liaison-latin-Bold"
    assert fonts.font_for("\U000e0041") is None  # invisible and uncovered: dropped
    # digits and punctuation inside an Arabic run stay in the Arabic face
    runs = line_runs(Line("رقم 42، تاريخ", "rtl"), TextStyle())
    assert {r.font for r in runs} == {"Liaison-arabic"}
    # ... but Latin letters do not
    runs = line_runs(Line("رقم LO-42", "rtl"), TextStyle())
    assert {r.font for r in runs} == {"Liaison-arabic", "Liaison-latin"}
    # faces without a bold file are stroked
    (run,) = line_runs(Line("王小明", "ltr"), TextStyle(bold=True))
    assert run.fake_bold and run.font == "Liaison-han"
    (run,) = line_runs(Line("Łódź", "ltr"), TextStyle(bold=True))
    assert not run.fake_bold and run.font == "Liaison-latin-Bold"
    # an emoji nobody covers becomes a placeholder naming it, never an exception; an invisible tag is dropped
    assert printable("a\U0001f6a2b") == "a\u2066[U+1F6A2]\u2069b"
    assert "".join(r.text for r in line_runs(Line("a\U000e0041b", "ltr"), TextStyle())) == "ab"


def test_long_word_breaks_inside_and_cjk_breaks_between_characters():
    style = TextStyle(font_size=10)
    word = "Rechtsschutzversicherungsgesellschaften" * 50
    lines = break_lines(word, 200, style)
    assert len(lines) > 5 and "".join(lines) == word
    assert all(text_width(line, style) <= 200 for line in lines)
    cjk = "北京市朝阳区建国路88号。" * 10
    lines = break_lines(cjk, 80, style)
    assert len(lines) > 3 and "".join(lines) == cjk
    assert not any(line.startswith("。") for line in lines)
    # marks stay with their base when a word is cut
    nfd = unicodedata.normalize("NFD", "é") * 300
    lines = break_lines(nfd, 50, style)
    assert all(not unicodedata.combining(line[0]) for line in lines)
    for script_word in ("สมชาย" * 100, "स्थिति" * 100):  # Thai vowel signs, Devanagari signs and conjuncts
        lines = break_lines(script_word, 40, style)
        assert len(lines) > 3 and "".join(lines) == script_word
        assert all(unicodedata.category(line[0])[0] != "M" and line[0] != "\u094d" for line in lines)
        assert all(not line.endswith("\u094d") for line in lines)
    soft = "Rechts\u00adschutz\u00adversicherungs\u00adgesellschaften"
    lines = break_lines(soft, text_width("Rechtsschutzversicherungs-", style) + 2, style)
    assert [visual(line, "ltr") for line in lines] == ["Rechtsschutzversicherungs-", "gesellschaften"]
    assert visual("Rechts\u00adschutz", "ltr") == "Rechtsschutz"
    assert break_lines("", 100, style) == [""]
    assert break_lines("   ", 100, style) == [""]
    assert break_lines("a  b", 1000, style) == ["a  b"]  # inner spaces kept
    assert break_lines("aaa bbb", text_width("bbb", style) + 1, style) == ["aaa", "bbb"]


def test_clean_removes_controls_and_overrides():
    assert clean("a\u202eb\u2066c\u2069") == "abc"
    assert clean("x\x00y\x1bz\tw") == "xyz w"
    assert clean("a\r\nb\u2029c") == "a\nb\nc"
    assert clean(unicodedata.normalize("NFD", "Café")) == "Café"
    assert visual("abc\u202edef", "ltr") == "abc\u202edef"  # visual() is below clean(): callers clean first
    assert [line.text for line in layout("abc\u202edef", 500)] == ["abcdef"]


def test_style_validation():
    with pytest.raises(ValueError):
        TextStyle(alignment="justify")
    with pytest.raises(ValueError):
        TextStyle(font_size=0)
    with pytest.raises(ValueError):
        TextStyle(leading=-1)
    with pytest.raises(ValueError):
        TextStyle(colour="not a colour")
    assert TextStyle(font_size=10).line_height == pytest.approx(13)


def test_draw_line_aligns_and_truncates(tmp_path):
    out = io.BytesIO()
    c = new_canvas(out, pagesize=A4)
    style = TextStyle(font_size=9)
    w = draw_line(c, 50, 800, "Footer " + "x" * 400, style, max_width=200)
    assert 0 < w <= 200
    w2 = draw_line(c, 545, 780, "القضية رقم LO-2026-0042", style, align="right")
    assert w2 == pytest.approx(text_width("القضية رقم LO-2026-0042", style))
    assert draw_line(c, 300, 760, "Centre <a href='x'>", style, align="center") > 0
    assert draw_line(c, 300, 740, "", style) == 0
    with pytest.raises(ValueError):
        draw_line(c, 0, 0, "x", style, align="justify")
    c.save()
    text = _text(out.getvalue())
    assert "Footer xxx" in text and "\u2026" in text and "x" * 390 not in text
    assert "LO-2026-0042" in text and "Centre <a href='x'>" in text
    assert b"/Annot" not in out.getvalue()


def test_rtl_lines_are_right_aligned(monkeypatch):
    """Drawn lines of an RTL paragraph end at the right edge; LTR ones start at the left edge."""
    from liaison.pdf import text as text_module

    width = 200.0
    drawn: list[tuple[float, list]] = []
    monkeypatch.setattr(text_module, "draw_runs", lambda canv, x, y, runs, size: drawn.append((x, runs)))
    for text, direction, expect_right in (
        (ARABIC_PARAGRAPH, None, True),
        (HEBREW_PARAGRAPH, None, True),
        ("A short English line", None, False),
        ("A short English line", "rtl", True),
    ):
        drawn.clear()
        block = TextBlock(text, TextStyle(font_size=10), direction=direction)
        block.wrap(width, 1000)
        block.canv = new_canvas(io.BytesIO())
        block.draw()
        assert len(drawn) == len(block.lines)
        for x, runs in drawn:
            w = runs_width(runs, 10)
            assert (x + w == pytest.approx(width)) if expect_right else x == 0


@pytest.mark.parametrize(
    ("logical", "rtl", "expected"),
    [
        # brackets around Latin inside Hebrew keep their shape on screen (mirrored at a right-to-left level)
        ("דוד כהן (David Cohen) נולד", True, "דלונ (David Cohen) ןהכ דוד"),
        ("ב (a) ג", True, "ג (a) ב"),
        # bracket pairs (rule N0): Latin with brackets at the start of a right-to-left line stays whole
        ("ab (cd) שלום", True, "םולש ab (cd)"),
        ("שם: David (דוד) Cohen", False, "םש: David (דוד) Cohen"),
        ("١٢٣ 45 abc", True, "abc 45 ١٢٣"),
        ("levels: [ שלום", True, "םולש ] :levels"),  # text that looks like the debug output it is read from
        ("", True, ""),
    ],
)
def test_reorder_brackets_and_mirroring(logical, rtl, expected):
    from liaison.pdf.reorder import display

    assert display(logical, rtl) == expected


def test_reorder_matches_rust_order_and_falls_back(monkeypatch):
    from bidi import get_display as rust
    from bidi.mirror import MIRRORED

    from liaison.pdf import reorder

    samples = [ARABIC_PARAGRAPH, HEBREW_PARAGRAPH, "Request concerning محمد العتيبي (born 1984) and his vessel",
               "القضية رقم LO-2026-0042 بتاريخ 12/03/2026", "a [ב {ג} ד] e", "שלום   "]
    for s in samples:
        for rtl in (True, False):
            ours = reorder.display(s, rtl)
            theirs = rust(s, base_dir="R" if rtl else "L")
            # same order; only the mirrored brackets differ
            assert len(ours) == len(theirs)
            assert all(a == b or MIRRORED.get(a) == b for a, b in zip(ours, theirs, strict=True))
    # an unreadable level dump falls back to the pure Python algorithm, still in the right order
    monkeypatch.setattr(reorder, "_rust_levels", lambda text, rtl: None)
    assert reorder.display("דוד כהן (David Cohen) נולד", True) == "דלונ (David Cohen) ןהכ דוד"


def test_missing_font_file_is_a_clear_error(tmp_path):
    from liaison.pdf import FontSet

    with pytest.raises(FileNotFoundError, match="NotoSans-Regular.ttf is missing"):
        FontSet(directory=tmp_path)


def test_shipped_fonts_have_licences():
    from liaison import resources
    from liaison.pdf import FACES

    folder = resources.path("fonts")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for face in FACES:
        for name in filter(None, (face.regular, face.bold)):
            assert (folder / name).is_file()
            assert name.split("-")[0].split(".")[0] in readme
    assert "SIL OPEN FONT LICENSE" in (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "Apache License" in (folder / "LICENSE-Apache-2.0.txt").read_text(encoding="utf-8")
    total = sum(f.stat().st_size for f in folder.glob("*.ttf"))
    assert total < 8_000_000


def test_random_unicode_never_raises():
    """Any code point (controls, lone surrogates, marks without a base, unassigned, astral...) lays out and
    draws; the result is a readable PDF."""
    import random

    rng = random.Random(20260312)
    ranges = [(0, 0x7F), (0x80, 0x24F), (0x300, 0x36F), (0x590, 0x6FF), (0x900, 0x97F), (0xE00, 0xE7F),
              (0x2000, 0x206F), (0x3000, 0x30FF), (0x4E00, 0x4FFF), (0xAC00, 0xAD00), (0xD800, 0xDFFF),
              (0xFB50, 0xFEFF), (0xFFF0, 0xFFFF), (0x1F300, 0x1F6FF), (0xE0000, 0xE007F), (0x10FFF0, 0x10FFFF)]
    texts = []
    for _ in range(6):
        chars = []
        for _ in range(1500):
            lo, hi = rng.choice(ranges)
            chars.append(chr(rng.randint(lo, hi)))
        texts.append("".join(chars))
    story = [TextBlock(t, TextStyle(font_size=9, bold=i % 2 == 1)) for i, t in enumerate(texts)]
    story += [TextBlock(t, direction="rtl") for t in texts[:2]]
    data = _build(story)
    assert len(PdfReader(io.BytesIO(data)).pages) >= 2
    out = io.BytesIO()
    c = new_canvas(out)
    for t in texts:
        draw_line(c, 10, 10, t, max_width=300)
        draw_line(c, 10, 30, t[:200])
    c.save()
    assert PdfReader(out).pages
