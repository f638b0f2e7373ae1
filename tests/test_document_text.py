"""What reaches a document's page and metadata: invisible characters removed, one-line fields on one line, NUL
refused as an answer, transliterations after ICAO Doc 9303 and marked as automatic, the officer's own kept."""

from __future__ import annotations

import dataclasses
import io
import subprocess

import pytest
from docviews import make_view
from pdfglyphs import HAVE_POPPLER
from pypdf import PdfReader

from liaison.documents.cleaning import clean_view
from liaison.documents.render import render
from liaison.documents.translit import AUTOMATIC, ICAO, OFFICER, icao_9303, printed_transliteration
from liaison.ids import new_id
from liaison.pdf import clean_field
from liaison.pdf.sanitize import NUL_MESSAGE

HIDDEN = "\u202e\u202d\u202a\u2066\u200e\u200f\u061c\u200b\ufeff\u2060\x07\x1b\x7f\x9b\U000e0041"


# -- clean_field ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "one_line", "expected"),
    [
        ("LO-2026\u202e-0042", True, "LO-2026-0042"),  # an override would read the rest backwards
        ("gpj\u202e.exe", False, "gpj.exe"),
        ("Mo\u200bham\ufeffmed\u2060", True, "Mohammed"),
        ("Name\nSecond line\r\nThird\u2028fourth", True, "Name Second line Third fourth"),
        ("  Insp. Anna Kowalska \n ", True, "Insp. Anna Kowalska"),
        ("Line 1\r\nLine 2\u2029Line 3", False, "Line 1\nLine 2\nLine 3"),
        ("tab\there", True, "tab here"),
        ("bell\x07 esc\x1b del\x7f nul\x00 c1\x9b", False, "bell esc del nul c1"),
        ("hidden\U000e0049\U000e0047tag", True, "hiddentag"),
        ("Rechts\u00adschutz", True, "Rechtsschutz"),
        ("Rechts\u00adschutz", False, "Rechts\u00adschutz"),
        ("Cafe\u0301", True, "Café"),
        ("\u200e\u200fשלום\u061c", True, "שלום"),
        ("می\u200cخواهم", True, "می\u200cخواهم"),  # Persian: the non-joiner is spelling
        ("क्\u200dष", True, "क्\u200dष"),  # Devanagari: the joiner asks for the half form
        ("IBAN\u200d DE89", True, "IBAN DE89"),  # a joiner between Latin letters or spaces is hidden text
        ("\u200dلا", True, "لا"),
        (None, True, ""),
        ("plain ASCII stays as it is", True, "plain ASCII stays as it is"),
    ],
)
def test_clean_field(raw, one_line, expected):
    assert clean_field(raw, one_line=one_line) == expected


def test_clean_field_never_leaves_an_invisible_control():
    text = clean_field("a" + HIDDEN + "b\n" + HIDDEN + "c", one_line=True)
    assert text == "ab c"


# -- documents ----------------------------------------------------------------------------------------------------


def _hostile_view():
    view = make_view(case_id=new_id())
    sections = []
    for s in view.sections:
        fields = [dataclasses.replace(f, value=(f"{f.value}\u202e evil\n2nd line\u200b" if isinstance(f.value, str)
                                                else f.value)) for f in s.fields]
        sections.append(dataclasses.replace(s, fields=fields))
    return dataclasses.replace(
        view,
        title={"en": "Request\u202e for preservation\nof data\u200b"},
        subject={"en": "Online\x07 sale \u2066of\u2069 seals\r\n(urgent)"},
        own_reference="LO-2026\u202e-0042",
        sender={**view.sender, "name": "Insp. Anna\u200b Kowalska\n", "address": "Rue de la Loi 1\n1000 Brussels\u202e"},
        sections=sections,
    )


def test_every_field_of_a_view_is_cleaned():
    view = _hostile_view()
    clean = clean_view(view)
    assert view.own_reference == "LO-2026\u202e-0042"  # the caller's view is not changed
    assert clean.own_reference == "LO-2026-0042"
    assert clean.title["en"] == "Request for preservation of data"
    assert clean.sender["address"] == "Rue de la Loi 1\n1000 Brussels"  # an address keeps its lines
    kinds = {}
    for s in clean.sections:
        for f in s.fields:
            if isinstance(f.value, str):
                kinds[f.kind] = f.value
                assert not set(HIDDEN) & set(f.value)
    assert "\n" not in kinds["text"] and "\n" in kinds["long"]  # one-line fields lose their line breaks


def test_pdf_metadata_and_text_have_no_hidden_characters(tmp_path):
    data = render(_hostile_view())
    reader = PdfReader(io.BytesIO(data))
    meta = reader.metadata
    assert meta.title == "Request for preservation of data"
    assert meta.subject == "Online sale of seals (urgent)"
    assert meta.author == "Insp. Anna Kowalska"
    assert "LO-2026-0042" in meta["/Keywords"]
    for value in (meta.title, meta.subject, meta.author, meta["/Keywords"]):
        assert not set(HIDDEN + "\n\r") & set(value)
    text = "".join(page.extract_text() for page in reader.pages)
    assert not set(HIDDEN) & set(text)
    if HAVE_POPPLER:
        path = tmp_path / "doc.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout.decode()
        assert "LO-2026-0042" in out and "\u202e" not in out


def test_a_nul_in_an_answer_is_refused_with_its_own_message(vault):
    from liaison.documents.context import set_answer
    from liaison.errors import ValidationError

    ref = _case(vault)
    with pytest.raises(ValidationError) as info:
        set_answer(vault, ref, "preservation-request", "data_to_preserve", "logs\x00 and more")
    assert "NUL" in str(info.value) and NUL_MESSAGE in str(info.value)


def _case(vault) -> str:
    c = vault.cases.add(title="Forged customs seals", requesting_state="BE", requested_state="FR",
                        handling="TLP:AMBER")
    return vault.cases.get(c.id)["reference"]


# -- transliteration ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("Иван Петрович Сидоров", "ru", "IVAN PETROVICH SIDOROV"),
        ("Олена Шевченко", "uk", "OLENA SHEVCHENKO"),
        ("Юлия Щукина", "ru", "IULIIA SHCHUKINA"),
        ("Щукина", "bg", "SHTUKINA"),  # Bulgarian exception
        ("Горан Жижић", "sr", "HORAN ZIZIC"),  # Serbian exceptions (Г, Ж, ћ)
        ("Кирил Ќосевски", "mk", "KIRIL KJOSEVSKI"),  # Macedonian exception
        ("Мікалай", "be", "MIKALAI"),
        ("Подъячев", "ru", "PODIEIACHEV"),
        ("محمد بن سلمان العتيبي", "ar", "MXHMD BN SLMAN ALETYBY"),
        ("فاطمة الزهراء", "ar", "FAXTTMXAH ALZHRAXE"),  # teh marbuta ending a name component: XAH; hamza: XE
        ("Jürgen Groß", "de", "JUERGEN GROSS"),
        ("Łukasz Żółkiewski", "pl", "LUKASZ ZOLKIEWSKI"),
        ("Αλέξανδρος Παπαδόπουλος", "el", None),  # no Doc 9303 table for Greek
        ("דוד כהן", "he", None),
        ("王小明", "zh", None),
    ],
)
def test_icao_9303(name, lang, expected):
    assert icao_9303(name, lang) == expected


def test_printed_transliteration_prefers_the_officers_own():
    auto = {"display_name": "Иван Сидоров", "names": [{"text": "Иван Сидоров", "lang": "ru"}],
            "transliteration": "Ivan Sidorov", "transliteration_auto": True}
    assert printed_transliteration(auto) == ("IVAN SIDOROV", ICAO)
    officer = {**auto, "transliteration": "Ivan Sidorov (as in his passport)", "transliteration_auto": False}
    assert printed_transliteration(officer) == ("Ivan Sidorov (as in his passport)", OFFICER)
    greek = {"display_name": "Αλέξανδρος", "transliteration": "Alexandros", "transliteration_auto": True}
    assert printed_transliteration(greek) == ("Alexandros", AUTOMATIC)
    assert printed_transliteration({"display_name": "John Smith", "transliteration": ""}) == ("", "")


def test_document_marks_automatic_transliterations(vault):
    from liaison.documents.context import resolve

    ref = _case(vault)
    vault.persons.add(names=[{"text": "Иван Петрович Сидоров", "lang": "ru"}], category="suspect", case=ref)
    vault.persons.add(names=["Αλέξανδρος Παπαδόπουλος"], category="witness", case=ref)
    vault.persons.add(names=["محمد العتيبي"], transliteration="Mohammed Al-Otaibi", category="victim", case=ref)
    view = resolve(vault, ref, "mla-request", draft=True)
    persons = next(f.value for s in view.sections for f in s.fields if f.kind == "persons")
    by_name = {p["name"]: p for p in persons}
    assert by_name["Иван Петрович Сидоров"]["transliteration"] == "IVAN PETROVICH SIDOROV"
    assert by_name["Иван Петрович Сидоров"]["transliteration_basis"] == ICAO
    assert by_name["Αλέξανδρος Παπαδόπουλος"]["transliteration_basis"] == AUTOMATIC
    assert by_name["محمد العتيبي"] | {"transliteration": "Mohammed Al-Otaibi", "transliteration_basis": OFFICER} \
        == by_name["محمد العتيبي"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(render(view))).pages)
    flat = " ".join(text.split())
    assert "IVAN PETROVICH SIDOROV, automatic transliteration, ICAO Doc 9303" in flat
    assert "automatic transliteration)" in flat  # the Greek name's suggestion, marked
    assert "Mohammed Al-Otaibi)" in flat and "Mohammed Al-Otaibi, automatic" not in flat
