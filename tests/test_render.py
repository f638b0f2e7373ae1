"""The PDF layout: fields, references, banners and page numbers read back with pypdf; drafts; bilingual and
right-to-left columns; hostile field contents printed literally; metadata; nothing written to disk."""

from __future__ import annotations

import io
import os
import re
import tempfile
import unicodedata

import pytest
from docviews import make_view, private_tmp
from pypdf import PdfReader

from liaison.documents.model import DocumentView
from liaison.documents.render import field_text, handling_parts, render, short_id


def pages_text(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    """Text without whitespace, to compare strings pypdf may break across lines."""
    return re.sub(r"\s+", "", text)


def _resources(page) -> list:
    res = page.get("/Resources") or {}
    return [res[k] for k in res] if hasattr(res, "keys") else []


def images_and_links(data: bytes) -> tuple[int, int]:
    """Count image XObjects and link annotations in the whole PDF."""
    images = links = 0
    for page in PdfReader(io.BytesIO(data)).pages:
        res = page.get("/Resources") or {}
        xobjects = res.get("/XObject") or {}
        for name in xobjects:
            if xobjects[name].get_object().get("/Subtype") == "/Image":
                images += 1
        for annot in page.get("/Annots") or []:
            if annot.get_object().get("/Subtype") == "/Link":
                links += 1
    return images, links


@pytest.fixture
def view() -> DocumentView:
    return make_view(case_id="01J00000000000000000000000")


def test_fields_references_banner_and_page_numbers(view):
    data = render(view)
    texts = pages_text(data)
    assert len(texts) >= 2
    whole = squash("\n".join(texts))
    for needle in ("LO-2026-0042", "MT/CYB/2026/117", "15 March 2026", view.document_id, "Ourreference",
                   "Yourreference", "Subject:Requestfortheexpeditedpreservationofstoredcomputerdata",
                   "Conditionsofuse", "ExampleMailServicesLtd",
                   "Łukasz Żółkiewski".replace(" ", ""), "Αλέξανδρος Παπαδόπουλος".replace(" ", ""),
                   "InternationalLiaisonOffice", "MinistryoftheInterior", "orders-export.csv",
                   "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"):
        assert squash(needle) in whole, needle
    for n, text in enumerate(texts, start=1):
        flat = squash(text)
        # banner top and bottom; page 1 also has the "Conditions of use" box
        assert flat.count("TLP:AMBER") == (3 if n == 1 else 2), f"page {n}"
        assert flat.count("H3") >= 2
        assert squash(f"Page {n} of {len(texts)}") in flat
        assert view.document_id in flat and short_id(view.document_id) in flat
        assert "DRAFT" not in flat


def test_arabic_name_is_shaped_and_ordered(view):
    """The Arabic name comes back in logical order from the text layer (pypdf reverses display order)."""
    text = "\n".join(pages_text(render(view)))
    # presentation forms are what the shaped text holds; normalise them back to compare
    folded = unicodedata.normalize("NFKC", text)
    assert "العتيبي" in folded or "العتيبي"[::-1] in folded


def test_draft_mark_on_every_page(view):
    view.draft = True
    view.sections[1].fields[0].value = "Long facts. " * 600  # several pages
    texts = pages_text(render(view))
    assert len(texts) >= 3
    for text in texts:
        assert squash(text).count("DRAFT") >= 3  # watermark + both banners


def test_draft_can_be_made_with_missing_fields():
    view = make_view(case_id="01J00000000000000000000000", missing=("summary", "data"), draft=True)
    assert [f.key for f in view.missing] == ["summary", "data"]
    text = squash("\n".join(pages_text(render(view))))
    assert "[missing]" in text and "DRAFT" in text


def test_version_printed_when_given(view):
    text = squash("\n".join(pages_text(render(view, version=3))))
    assert "Version3" in text


def test_bilingual_french_columns(view):
    view = make_view(case_id="01J00000000000000000000000", languages=("en", "fr"))
    texts = pages_text(render(view))
    whole = squash("\n".join(texts))
    assert squash("Request for the expedited preservation") in whole
    assert squash("Demande de conservation rapide") in whole
    assert squash("Notre référence") in whole and squash("Personnes concernées") in whole
    for n, text in enumerate(texts, start=1):
        assert squash(f"Page {n} of {len(texts)}") in squash(text)


def test_bilingual_arabic_column_is_right_aligned(view):
    view = make_view(case_id="01J00000000000000000000000", languages=("en", "ar"))
    data = render(view)
    page = PdfReader(io.BytesIO(data)).pages[0]
    xs: list[tuple[float, str]] = []

    def visitor(text, cm, tm, font_dict, font_size):
        if text.strip():
            xs.append((tm[4] * cm[0] + cm[4], text))

    page.extract_text(visitor_text=visitor)
    width = float(page.mediabox.width)
    # the title, the first heading and the first label hold "الحفظ" (the preservation); shaped text folds back
    arabic = [x for x, t in xs if "الحفظ" in unicodedata.normalize("NFKC", t)[::-1] + unicodedata.normalize("NFKC", t)]
    assert len(arabic) >= 3
    # they are in the right-hand column
    assert min(arabic) > width * 0.45


HOSTILE = [
    '<img src="/etc/passwd"/> <a href="https://evil.example/">click</a> <b>bold</b> &amp; &lt;',
    "<font name=Courier size=40>big</font><para>x</para><br/>",
    "file:///home/officer/secret.png javascript:alert(1)",
]


def test_hostile_contents_rendered_literally(view, multiscript):
    view.sections[0].fields[0].value = "\n".join(HOSTILE)
    mixed = " ".join(n["text"] for n in multiscript["names"])
    view.sections[2].fields[0].value = mixed
    view.title["en"] = '<img src="logo.png"> Subject'
    view.counterpart_reference = '<a href="x">REF</a>'
    data = render(view)
    text = squash("\n".join(pages_text(data)))
    for line in HOSTILE:
        assert squash(line) in text, line
    assert squash('<a href="x">REF</a>') in text
    assert squash('<img src="logo.png"> Subject') in text
    for word in ("Иван", "Петрович", "Сидоров", "Łukasz", "Żółkiewski", "王小明", "Αλέξανδρος", "Јовановић"):
        assert word in text, word
    images, links = images_and_links(data)
    assert images == 0 and links == 0
    assert b"/URI" not in data and b"/Launch" not in data and b"/JavaScript" not in data


def test_logo_is_the_only_image(view, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 30), "navy").save(logo)
    view.sender["logo_path"] = str(logo)
    view.sections[0].fields[0].value = f'<img src="{logo}"/>'
    assert images_and_links(render(view)) == (1, 0)
    # a logo path that is not a PNG/JPEG file is ignored, not an error
    fake = tmp_path / "logo2.png"
    fake.write_text("not an image")
    view.sender["logo_path"] = str(fake)
    assert images_and_links(render(view)) == (0, 0)
    view.sender["logo_path"] = str(tmp_path)  # a folder
    assert images_and_links(render(view)) == (0, 0)


def test_very_long_fields_flow_over_pages(view, multiscript):
    long_word = next(a["text"] for a in multiscript["awkward"] if a["what"] == "one very long word")
    view.sections[1].fields[0].value = ("x" * 20_000)
    view.sections[2].fields[0].value = long_word * 5
    view.sections[4].fields[0].value = ("القضية رقم LO-2026-0042 بتاريخ 12/03/2026 " * 300)
    view.counterpart_reference = "R" * 3000  # even a hostile reference cannot break the references block
    data = render(view)
    texts = pages_text(data)
    assert len(texts) >= 5
    whole = squash("".join(texts))
    assert whole.count("x") >= 20_000
    assert squash(f"Page {len(texts)} of {len(texts)}") in squash(texts[-1])


def test_metadata(view):
    reader = PdfReader(io.BytesIO(render(view)))
    meta = reader.metadata
    assert meta["/LiaisonDocumentId"] == view.document_id
    assert meta.title == "Request for the expedited preservation of stored computer data"
    assert meta.subject == "Online sale of forged customs seals"
    assert meta.author == "Insp. Anna Kowalska"
    assert meta.creator == "Liaison"
    assert view.document_id in meta["/Keywords"]
    assert meta.creation_date is not None


def test_fonts_are_embedded(view):
    reader = PdfReader(io.BytesIO(render(make_view(case_id="X", languages=("en", "ar")))))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for name in fonts:
            font = fonts[name].get_object()
            descendant = font.get("/DescendantFonts")
            desc = (descendant[0].get_object() if descendant else font).get("/FontDescriptor")
            assert desc is not None and any(k in desc.get_object() for k in ("/FontFile2", "/FontFile")), name


def test_no_file_written_while_rendering(view, monkeypatch, tmp_path):
    private_tmp(monkeypatch, tmp_path)
    before = set(os.listdir(tempfile.gettempdir()))
    render(view)
    render(make_view(case_id="X", languages=("en", "fr"), draft=True))
    assert set(os.listdir(tempfile.gettempdir())) == before == set()


def test_no_handling_code_says_so():
    view = make_view(case_id="X", handling="")
    text = squash(pages_text(render(view))[0])
    assert text.count("Nohandlingcode") == 2


def test_red_banner_and_helpers():
    assert handling_parts("TLP:RED H2") == ("TLP:RED", "H2", "#FF2B2B")
    assert handling_parts("tlp:green") == ("TLP:GREEN", None, "#33FF00")
    view = make_view(case_id="X", handling="TLP:RED H2")
    text = squash(pages_text(render(view))[0])
    assert text.count("TLP:RED") == 3 and text.count("H2") >= 3  # both banners and the conditions box
    from liaison.documents.model import FieldView

    person = FieldView(key="p", label={}, kind="persons", required=False, source="case.persons",
                       value=[{"name": "דוד כהן", "transliteration": "David Cohen", "date_of_birth": "1990-01-02"}])
    assert field_text(person) == "דוד כהן (David Cohen)\nDate of birth: 1990-01-02"
    assert field_text(person, {"person_date_of_birth": "Né le"}.get) == "דוד כהן (David Cohen)\nNé le: 1990-01-02"


@pytest.mark.parametrize("langs", [("en",), ("en", "ar")])
def test_every_text_very_long_never_a_layout_error(langs):
    """Every piece of text the layout draws, 20,000 characters long, one language or two: no layout error."""
    from liaison.documents.model import Annex

    huge = ("Word " * 2000) + ("X" * 10_000)
    view = make_view(case_id="X", languages=langs)
    for texts in (view.title, view.subject, view.legal_basis, view.handling_text):
        for lang in langs:
            texts[lang] = huge
    for section in view.sections:
        section.heading = {lang: huge[:2000] for lang in langs}
        section.intro = {lang: huge[:1000] for lang in langs}
        for f in section.fields:
            f.label = {lang: huge[:1000] for lang in langs}
    view.sections[0].heading = {lang: huge for lang in langs}
    view.sender.update(authority=huge, address=huge, signature_block=huge)
    view.addressee.update(name=huge, address=huge)
    view.own_reference = "O" * 5000
    view.annexes = [Annex(name=huge, sha256="0" * 64, size=1, description=huge)]
    data = render(view)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 10
    last = squash(reader.pages[-1].extract_text())
    texts = reader.pages
    assert squash(f"Page {len(texts)} of {len(texts)}") in last and "TLP:AMBER" in last
