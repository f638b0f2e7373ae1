"""Document templates: loading and strict refusal, labels in four languages,
completeness, answers, and the DocumentView built from a case in the vault."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from liaison.cli import main
from liaison.documents import context as dc
from liaison.documents.labels import check_labels, load_labels
from liaison.documents.model import FIELD_KINDS
from liaison.documents.templates import (
    BUILTIN_IDS,
    TemplateError,
    get_template,
    label_ids,
    load_templates,
    templates_for_vault,
)
from liaison.errors import NotFound, ValidationError

LANGS = ("en", "fr", "de", "es")
SUMMARY = 'Payments <b>routed</b> via "shell" accounts & <script>alert(1)</script> {page} %s \\n'


# ---------------------------------------------------------------- helpers
def _audit_count(vault) -> int:
    return vault.db.execute("SELECT count(*) FROM audit").fetchone()[0]


def _profile(vault) -> None:
    for key, value in {
        "name": "Anna Kowalski", "rank": "Chief Inspector", "unit": "International Cooperation Unit",
        "authority": "National Police Headquarters", "address": "ul. Puławska 148/150, Warszawa",
        "phone": "+48 22 000 00 00", "email": "anna.kowalski@police.example",
    }.items():
        vault.settings.set(f"officer.{key}", value)


def _case(vault, multiscript, *, urgency: str = "urgent", **extra) -> str:
    fields = dict(
        title="Customs seals", summary=SUMMARY, counterpart_reference="FR-2026/77",
        offence_category="fraud", requesting_state="PL", requested_state="FR", urgency=urgency,
        urgency_reason="The suspects leave the country on 2 May." if urgency == "urgent" else "",
        handling="TLP:AMBER H3", handling_h3_text="Not for the press.",
    )
    fields.update(extra)
    if "legal_basis" not in fields:
        try:
            fields["legal_basis"] = vault.agreements.resolve("PL-FR (test)")
        except NotFound:
            fields["legal_basis"] = _treaty(vault)
    ref = vault.cases.add(**fields).extra["reference"]
    arabic = multiscript["names"][0]
    cyrillic = next(n for n in multiscript["names"] if n["script"] == "Cyrillic")
    vault.persons.add(case=ref, names=[{"text": arabic["text"], "lang": arabic["lang"]}], category="suspect",
                      nationality="SA", date_of_birth="1984",
                      documents=[{"type": "passport", "number": "X1234567", "country": "SA"}])
    vault.persons.add(case=ref, names=[{"text": cyrillic["text"]}], category="witness", nationality="RU")
    return ref


def _agency(vault, country: str = "FR", kind: str = "central-authority", name: str = "Bureau de l'entraide") -> str:
    return vault.agencies.add(name=name, kind=kind, country=country, address="13 place Vendôme, Paris",
                              email="entraide@justice.example", languages=["fr", "en"]).id


ANSWERS = {
    "object": "Obtain bank records.", "reason": "To trace the proceeds.", "evaluation": "B2",
    "authority_conducting": "Regional Prosecutor's Office, Warsaw: investigating prosecutor", "law_cited": "Art. 286 Criminal Code",
    "measures": ["financial-information", "Hearing of the bank's compliance officer"],
    "measure_details": "Statements of account FR76 0000 from 1 January 2026.", "confidentiality": "Required.",
    "time_limit": "2026-05-01", "data_to_preserve": "Mailbox shop@example.test", "data_relation": "Orders.",
    "custodian": "Example Mail SAS, Lyon", "necessity": "Logs kept 90 days.",
    "information_access": "indirect", "information_requested": "Holder of account FR76 0000.",
    "purpose": "Identify the organiser.", "grounds_available": "The account is French.",
    "information_provided": "The seals were shipped to Marseille.", "relevance": "Deliveries in France.",
    "proceedings_type": "criminal", "date_received": "2026-04-02", "date_of_request": "2026-01-15",
    "enclosed": ["Transcript of hearing (12 pages)", "Bank statements"],
    "three_years": "yes", "authority_type": "judicial", "urgency_grounds": "concealed",
}


def _answer_all(vault, ref: str, template_id: str) -> None:
    template = get_template(vault, template_id)
    for _, f in template.fields():
        if f.asked and f.key in ANSWERS:
            dc.set_answer(vault, ref, template_id, f.key, ANSWERS[f.key])


# The basis each request type rests on for the Poland -> France case (issue 15: the documents follow the basis;
# the EIO replaces ETS 30 between them, Art. 34(1), so a letter of request rests on their (test) bilateral treaty,
# as does expedited preservation (the pack's Budapest list does not record Poland); police information on
# Directive 2023/977 (both bound since 12 December 2024).
BASES = {"mla-request": "PL-FR (test)", "eio-request": "Directive 2014/41/EU",
         "information-request": "Directive (EU) 2023/977", "preservation-request": "PL-FR (test)",
         "spontaneous-information": "Directive (EU) 2023/977"}


def _treaty(vault) -> str:
    return vault.agreements.add(
        title="Treaty between Poland and France on mutual legal assistance (test)", reference="PL-FR (test)",
        type="bilateral-treaty", parties=["PL", "FR"], in_force="2010-01-01", measures_scope="general",
        measures=["expedited-preservation:Art. 9", "financial-information:Art. 7"]).id


@pytest.fixture
def ready(vault, multiscript):
    """A vault with the officer's profile, the requested state's authorities and a case."""
    _profile(vault)
    _agency(vault)
    _agency(vault, kind="spoc", name="SPOC France")
    _agency(vault, kind="24-7-point", name="OFAC 24/7")
    return vault, _case(vault, multiscript)


# ------------------------------------------------------------- templates
def test_every_builtin_template_loads_with_known_kinds():
    templates = load_templates()
    assert set(BUILTIN_IDS) <= set(templates)
    for t in templates.values():
        assert t.builtin and t.version >= 1 and t.sections
        keys = [f.key for _, f in t.fields()]
        assert len(keys) == len(set(keys))
        assert all(f.kind in FIELD_KINDS for _, f in t.fields())


def test_request_types_carry_their_legal_content():
    t = load_templates()
    pres = t["preservation-request"]
    assert [s.key for s in pres.sections] == ["addressee", "a", "b", "c", "d", "e", "f"]
    assert pres.field("mla_to_follow").text == "statement.mla_to_follow"
    assert [s.key for s in t["eio-request"].sections] == list("abcdefghijkl")
    assert t["eio-request"].field("proceedings_type").choices.keys() == {
        "criminal", "administrative", "judicial", "legal-person"}
    mla = {f.key: f for _, f in t["mla-request"].fields()}
    for key in ("requesting_authority", "object", "reason", "offence", "facts", "law_cited", "measures",
                "confidentiality", "contact_email"):
        assert mla[key].required is True, key
    assert mla["persons"].source == "case.persons" and mla["urgency_reason"].required == "if-urgent"
    info = {f.key: f for _, f in t["information-request"].fields()}
    assert info["time_limit"].source == "deadline.information_request"
    for tid in ("acknowledgement", "status-inquiry", "cover-letter"):
        assert t[tid].sections[0].key == "references"


# ---------------------------------------------------------------- labels
def test_labels_complete_in_four_languages():
    labels = load_labels()
    assert set(LANGS) <= set(labels)
    assert check_labels(labels) == {}
    used = set().union(*(label_ids(t) for t in load_templates().values()))
    layout = {"layout." + k for k in ("our_reference", "your_reference", "date", "document_id", "page_of", "draft",
                                      "annexes", "signature", "handling", "to", "from", "subject")}
    for lang in LANGS:
        missing = (used | layout) - set(labels[lang])
        assert not missing, (lang, sorted(missing))
        assert "{page}" in labels[lang]["layout.page_of"] and "{pages}" in labels[lang]["layout.page_of"]
    assert labels["fr"]["title.mla_request"].startswith("Demande d'entraide judiciaire")
    assert labels["de"]["title.mla_request"] == "Rechtshilfeersuchen"
    assert "asistencia judicial" in labels["es"]["title.mla_request"]


def test_check_labels_reports_missing_and_broken_placeholders():
    labels = {"en": {"layout.page_of": "Page {page} of {pages}", "field.x": "X"},
              "it": {"layout.page_of": "Pagina {pagina}", "field.y": "Y"}}
    report = check_labels(labels)
    assert report == {"it": {"missing": ["field.x"], "extra": ["field.y"], "placeholders": ["layout.page_of"]}}


def test_new_language_by_adding_a_file_with_english_fallback(ready, tmp_path):
    vault, ref = ready
    own = tmp_path / "own"
    (own / "labels").mkdir(parents=True)
    (own / "labels" / "sv.yaml").write_text(
        "language: sv\nname: Svenska\nlabels:\n  layout:\n    page_of: 'Sida {page} av {pages}'\n"
        "  title:\n    mla_request: Framställning om rättslig hjälp\n", encoding="utf-8")
    vault.settings.set("documents.templates_dir", str(own))
    view = dc.resolve(vault, ref, "mla-request", lang="sv", draft=True)
    assert view.title == {"sv": "Framställning om rättslig hjälp"}
    assert view.label("layout.page_of", "sv") == "Sida {page} av {pages}"
    assert view.label("layout.draft", "sv") == "DRAFT"  # falls back to English
    assert view.sections[1].heading["sv"] == "Addressee"
    report = check_labels(load_labels([own]))
    assert "title.subject" not in report["sv"]["missing"] and "layout.draft" in report["sv"]["missing"]


# ------------------------------------------------------------- resolving
@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_each_template_resolves_complete_in_each_language(ready, template_id):
    vault, ref = ready
    _answer_all(vault, ref, template_id)
    assert dc.missing(vault, ref, template_id, basis=BASES.get(template_id)) == []
    labels = load_labels()
    for langs in (("en",), ("fr",), ("de",), ("es",), ("en", "fr")):
        view = dc.resolve(vault, ref, template_id, lang=langs[0], second_lang=langs[1] if len(langs) > 1 else None,
                          basis=BASES.get(template_id))
        assert view.languages == list(langs) and not view.draft and view.missing == []
        assert view.template_id == template_id and view.own_reference == ref
        assert view.counterpart_reference == "FR-2026/77"
        for lang in langs:
            assert view.title[lang] == labels[lang][get_template(vault, template_id).title]
            assert view.label("layout.page_of", lang) == labels[lang]["layout.page_of"]
            assert all(s.heading[lang] == labels[lang][spec.heading] for s, spec in
                       zip([s for s in view.sections if s.key != "intro"], get_template(vault, template_id).sections, strict=True))
        assert view.handling == "TLP:AMBER H3"
        assert view.sender["authority"] == "National Police Headquarters"
        assert view.sender["signature_block"].startswith("Anna Kowalski\nChief Inspector")


def test_values_in_the_documents_language(ready):
    vault, ref = ready
    _answer_all(vault, ref, "mla-request")
    fields = lambda v: {f.key: f for s in v.sections for f in s.fields}  # noqa: E731
    en = fields(dc.resolve(vault, ref, "mla-request", lang="en"))
    de = fields(dc.resolve(vault, ref, "mla-request", lang="de"))
    es = fields(dc.resolve(vault, ref, "mla-request", lang="es"))
    assert en["requested_state"].value == "France" and de["requested_state"].value == "Frankreich"
    assert en["requesting_state"].value == "Poland" and es["requesting_state"].value == "Polonia"
    assert de["offence"].value.startswith("Betrugsdelikte")
    assert de["measures"].value == ["Bank- und Finanzinformationen (Konten, Transaktionen, Überwachung)",
                                    "Hearing of the bank's compliance officer"]
    assert de["urgency"].value == "Dringend"
    assert en["agreement"].value == "Treaty between Poland and France on mutual legal assistance (test), Art. 7"
    assert de["agreement"].value == "Treaty between Poland and France on mutual legal assistance (test), Art. 7"
    bi = fields(dc.resolve(vault, ref, "mla-request", lang="en", second_lang="fr"))
    assert bi["requested_state"].value == "France" and bi["requesting_state"].value == "Poland / Pologne"
    view = dc.resolve(vault, ref, "mla-request", lang="fr", second_lang="de")
    assert view.handling_text["fr"].startswith("TLP:AMBER - diffusion")
    assert view.handling_text["de"].endswith("sonstige Beschränkungen: Not for the press.")
    assert view.addressee["authority"] == "Bureau de l'entraide"
    assert view.addressee["country"] == "France / Frankreich"


def test_statement_in_both_languages(ready):
    vault, ref = ready
    view = dc.resolve(vault, ref, "preservation-request", lang="en", second_lang="es", draft=True)
    f = next(f for s in view.sections for f in s.fields if f.key == "mla_to_follow")
    assert f.value.splitlines()[0].startswith("A request for mutual assistance")
    assert f.value.splitlines()[1].startswith("Se presentará una solicitud de asistencia mutua")
    assert f.source == "fixed" and not f.missing


def test_persons_in_their_own_script(ready, multiscript):
    vault, ref = ready
    view = dc.resolve(vault, ref, "eio-request", lang="fr", draft=True)
    persons = next(f for s in view.sections for f in s.fields if f.key == "persons").value
    arabic = multiscript["names"][0]["text"]
    assert [p["name"] for p in persons][0] == arabic
    assert persons[0]["nationality"] == "Arabie saoudite" and persons[0]["role"] == "Suspect"
    # issue 15: nobody's passport number goes into a document unless the officer chooses it for that document
    assert persons[0]["documents"] == []
    dc.set_persons(vault, ref, "eio-request", None, identity_documents=True)
    view = dc.resolve(vault, ref, "eio-request", lang="fr", draft=True)
    persons = next(f for s in view.sections for f in s.fields if f.key == "persons").value
    assert persons[0]["documents"] == ["Passeport X1234567 (Arabie saoudite)"]
    assert persons[1]["role"] == "Témoin" and persons[1]["transliteration"]
    assert "facts" not in persons[0] and "assessments" not in persons[0]


def test_markup_in_the_case_comes_through_as_text(ready):
    vault, ref = ready
    view = dc.resolve(vault, ref, "mla-request", draft=True)
    facts = next(f for s in view.sections for f in s.fields if f.key == "facts")
    assert facts.value == SUMMARY.strip() and facts.text() == SUMMARY.strip()
    dc.set_answer(vault, ref, "mla-request", "object", "<i>Obtain</i> &amp; records")
    obj = next(f for s in dc.resolve(vault, ref, "mla-request", draft=True).sections for f in s.fields
               if f.key == "object")
    assert obj.value == "<i>Obtain</i> &amp; records"


# ---------------------------------------------------------- completeness
def test_missing_fields_are_named_and_a_final_document_is_refused(vault, multiscript):
    ref = _case(vault, multiscript, legal_basis=None, counterpart_reference="")
    gaps = dc.missing(vault, ref, "mla-request")
    names = {g["field"] for g in gaps}
    assert {"addressee_authority", "requesting_authority", "agreement", "object", "reason", "law_cited", "measures",
            "confidentiality", "time_limit", "contact_name", "contact_email"} <= names
    assert "persons" not in names and "procedure" not in names  # optional
    agreement = next(g for g in gaps if g["field"] == "agreement")
    assert agreement == {"field": "agreement", "section": "legal_basis", "label": "Agreement relied on",
                         "source": "case.legal_basis", "how": f"liaison case update {ref} --legal-basis REF"}
    fr = {g["field"]: g["label"] for g in dc.missing(vault, ref, "mla-request", lang="fr")}
    assert fr["object"] == "Objet de la demande"
    with pytest.raises(dc.DocumentIncomplete) as err:
        dc.resolve(vault, ref, "mla-request")
    assert "Object of the request (object)" in str(err.value) and "Agreement relied on (agreement)" in str(err.value)
    assert {m["field"] for m in err.value.missing} == names - {"legal_basis"}
    # issue 15: the missing basis is also named as such (a request cannot be final without one)
    assert any(g["field"] == "legal_basis" and "no legal basis is chosen" in g["label"] for g in gaps)
    draft = dc.resolve(vault, ref, "mla-request", draft=True)
    assert draft.draft and {f.key for f in draft.missing} == names - {"legal_basis"}
    assert draft.label("layout.draft", "en") == "DRAFT"


def test_answers_fill_the_gaps_and_are_audited(ready):
    vault, ref = ready
    before = {g["field"] for g in dc.missing(vault, ref, "preservation-request")}
    # issue 15: Budapest Art. 29(2)(d) asks for "any available information" on the custodian: not required
    assert before == {"data_to_preserve", "data_relation", "necessity"}
    audits = _audit_count(vault)
    for key in before | {"custodian"}:
        dc.set_answer(vault, ref, "preservation-request", key, ANSWERS[key])
    assert dc.missing(vault, ref, "preservation-request") == []
    assert _audit_count(vault) == audits + 4
    row = vault.db.execute("SELECT action, record_type, summary FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert row[0] == "alter" and row[1] == "case" and "preservation-request/" in row[2]
    assert "Logs kept" not in row[2] and "Mailbox" not in row[2]  # the audit names the field, not the answer
    assert dc.get_answers(vault, ref, "preservation-request")["custodian"] == "Example Mail SAS, Lyon"
    again = dc.set_answer(vault, ref, "preservation-request", "custodian", " Example Mail SAS, Lyon ")
    assert again.id is None and _audit_count(vault) == audits + 4  # unchanged: no write, no audit entry
    rev = vault.db.execute("SELECT rev FROM document_answers WHERE key = 'custodian'").fetchone()[0]
    dc.set_answer(vault, ref, "preservation-request", "custodian", "Example Mail SAS, Lille")
    assert vault.db.execute("SELECT rev FROM document_answers WHERE key = 'custodian'").fetchone()[0] == rev + 1
    dc.set_answer(vault, ref, "preservation-request", "custodian", "Example Mail SAS, Lyon")
    view = dc.resolve(vault, ref, "preservation-request")
    assert next(f for s in view.sections for f in s.fields if f.key == "custodian").value == "Example Mail SAS, Lyon"
    dc.set_answer(vault, ref, "preservation-request", "custodian", "")
    assert "custodian" not in dc.get_answers(vault, ref, "preservation-request")
    assert dc.missing(vault, ref, "preservation-request") == []  # optional (Art. 29(2)(d))


def test_answers_given_for_one_call_are_not_stored(ready):
    vault, ref = ready
    view = dc.resolve(vault, ref, "cover-letter", answers={"enclosed": ["Letter"]})
    assert next(f for s in view.sections for f in s.fields if f.key == "enclosed").value == ["Letter"]
    assert dc.get_answers(vault, ref, "cover-letter") == {}


@pytest.mark.parametrize("key,value,field", [
    ("time_limit", "next week", "time_limit"),
    ("information_access", "maybe", "information_access"),
    ("nonexistent", "x", None),
    ("urgency", "urgent", "urgency"),  # comes from the case, not asked
    ("time_limit", ["2026-01-01"], "time_limit"),
    ("measures", [1, 2], "measures"),
    ("information_requested", "x" * 20_001, "information_requested"),
    ("object", "nul\x00byte", "object"),
    ("measures", ["ok", "nul\x00"], "measures"),
])
def test_bad_answers_are_refused_and_nothing_is_written(ready, key, value, field):
    vault, ref = ready
    template = "information-request" if key in ("information_access", "information_requested") else "mla-request"
    audits = _audit_count(vault)
    with pytest.raises((ValidationError, NotFound)) as err:
        dc.set_answer(vault, ref, template, key, value)
    if field:
        assert getattr(err.value, "field", None) == field
    assert dc.get_answers(vault, ref, template) == {}
    assert _audit_count(vault) == audits


def test_urgency_makes_reasons_required(vault, multiscript):
    _profile(vault)
    _agency(vault)
    ref = _case(vault, multiscript, urgency="normal")
    assert "time_limit" not in {g["field"] for g in dc.missing(vault, ref, "mla-request")}
    assert "time_limit" not in {g["field"] for g in dc.missing(vault, ref, "eio-request")}
    vault.cases.update(ref, urgency="urgent", urgency_reason="Flight on Friday.")
    assert "time_limit" in {g["field"] for g in dc.missing(vault, ref, "mla-request")}
    # Annex A, section B: the urgency's ground is a tick box; a shorter time limit is optional there
    assert "urgency_grounds" in {g["field"] for g in dc.missing(vault, ref, "eio-request")}
    dc.set_answer(vault, ref, "mla-request", "time_limit", "2026-06-30")
    assert "time_limit" not in {g["field"] for g in dc.missing(vault, ref, "mla-request")}


@pytest.mark.parametrize("urgency,access,expected", [
    ("normal", None, "7 calendar days"), ("normal", "direct", "7 calendar days"),
    ("urgent", "direct", "8 hours"), ("urgent", "indirect", "3 calendar days"),
])
def test_information_request_time_limit_from_urgency(vault, multiscript, urgency, access, expected):
    ref = _case(vault, multiscript, urgency=urgency)
    answers = {"information_access": access} if access else None
    view = dc.resolve(vault, ref, "information-request", answers=answers, draft=True)
    f = next(f for s in view.sections for f in s.fields if f.key == "time_limit")
    assert f.value.startswith(expected) and "Article 5" in f.value


def test_urgent_information_request_needs_the_type_of_access(vault, multiscript):
    ref = _case(vault, multiscript, urgency="urgent")
    gaps = {g["field"]: g for g in dc.missing(vault, ref, "information-request")}
    assert {"information_access", "time_limit"} <= set(gaps)
    assert "information_access direct|indirect" in gaps["time_limit"]["how"]
    view = dc.resolve(vault, ref, "information-request", lang="de", draft=True,
                      answers={"information_access": "direct"})
    f = next(f for s in view.sections for f in s.fields if f.key == "time_limit")
    assert f.value.startswith("8 Stunden")


# ---------------------------------------------------------------- addressee
def test_addressee_default_choice_and_ambiguity(vault, multiscript):
    _profile(vault)
    ref = _case(vault, multiscript)
    _agency(vault, kind="spoc", name="SPOC France")
    # information requests go to the single point of contact
    assert dc.resolve(vault, ref, "information-request", draft=True).addressee["authority"] == "SPOC France"
    # no central authority recorded: the MLA request lacks its addressee
    assert "addressee_authority" in {g["field"] for g in dc.missing(vault, ref, "mla-request")}
    _agency(vault, name="Ministère de la Justice")
    _agency(vault, name="Parquet national financier")
    assert "addressee_authority" in {g["field"] for g in dc.missing(vault, ref, "mla-request")}  # two: choose
    view = dc.resolve(vault, ref, "mla-request", addressee="Parquet national financier", draft=True)
    assert view.addressee["authority"] == "Parquet national financier"
    agency_id = vault.agencies.resolve("Ministère de la Justice")
    vault.contacts.add(name="Claire Martin", agency=agency_id, country="FR", email="c.martin@justice.example")
    view = dc.resolve(vault, ref, "mla-request", addressee="C.Martin@justice.example", draft=True)
    assert view.addressee["name"] == "Claire Martin" and view.addressee["authority"] == "Ministère de la Justice"
    with pytest.raises(NotFound):
        dc.resolve(vault, ref, "mla-request", addressee="nobody@example.test", draft=True)


def test_annexes_are_hashed_and_ids_unique(ready, tmp_path):
    vault, ref = ready
    annex = tmp_path / "statement.pdf"
    annex.write_bytes(b"%PDF-1.4 test")
    a = dc.resolve(vault, ref, "cover-letter", answers={"enclosed": ["x"]}, annexes=[(annex, "Statement")])
    b = dc.resolve(vault, ref, "cover-letter", answers={"enclosed": ["x"]})
    assert a.annexes[0].sha256 == hashlib.sha256(b"%PDF-1.4 test").hexdigest()
    assert a.annexes[0].name == "statement.pdf" and a.annexes[0].size == 13
    assert a.annexes[0].description == "Statement"
    assert a.document_id != b.document_id
    with pytest.raises(ValidationError):
        dc.resolve(vault, ref, "cover-letter", answers={"enclosed": ["x"]}, annexes=[tmp_path / "missing.pdf"])


def test_unknown_language_template_and_case_are_refused(ready):
    vault, ref = ready
    with pytest.raises(ValidationError, match="no document labels in 'xx'"):
        dc.resolve(vault, ref, "mla-request", lang="xx", draft=True)
    with pytest.raises(NotFound, match="No document template 'nope'"):
        dc.missing(vault, ref, "nope")
    with pytest.raises(NotFound):
        dc.missing(vault, "LO-1999-9999", "mla-request")


# ------------------------------------------------------ officers' templates
GOOD = """\
id: {id}
version: 1
title: title.cover_letter
subject: subject.cover_letter
legal_basis: basis.cover_letter
{extra}sections:
  - key: main
    heading: section.references
    fields:
      - {{key: own_reference, label: field.own_reference, kind: text, required: true, from: case.reference}}
      - {{key: note, label: field.message, kind: long, required: true, ask: true}}
"""

BROKEN = {
    "syntax": ("id: x\nversion: 1\nsections: [\n  - key: a\n", 4, "YAML syntax error"),
    "unknown-key": (GOOD.format(id="bad-key", extra="colour: red\n"), 6, "unknown key 'colour'"),
    "unknown-source": (GOOD.format(id="bad-src", extra="").replace("from: case.reference", "from: case.secret"),
                       10, "unknown source 'case.secret'"),
    "unknown-label": (GOOD.format(id="bad-label", extra="").replace("label: field.message", "label: field.nope"),
                      11, "unknown label 'field.nope'"),
    "duplicate-field": (GOOD.format(id="dup", extra="").replace("key: note", "key: own_reference"), 11,
                        "duplicate field key 'own_reference' (first on line 10)"),
    "python-tag": (GOOD.format(id="py", extra="intro: !!python/object/apply:os.system ['true']\n"), 6,
                   "Python tags"),
    "unknown-kind": (GOOD.format(id="kind", extra="").replace("kind: long", "kind: essay"), 11,
                     "unknown kind 'essay'"),
    "duplicate-yaml-key": (GOOD.format(id="dupkey", extra="version: 2\n"), 6, "duplicate key 'version'"),
    "alias": (GOOD.format(id="alias", extra="intro: &x title.cover_letter\ntitle2: *x\n"), 6,
              ":7: aliases (*x) are not allowed"),
    "two-ways": (GOOD.format(id="two", extra="").replace("ask: true", "ask: true, text: statement.spontaneous"), 11,
                 "exactly one of"),
    "builtin-id": (GOOD.format(id="mla-request", extra=""), 1, "add 'replaces: mla-request'"),
    "bad-required": (GOOD.format(id="req", extra="").replace("required: true, ask", "required: maybe, ask"), 11,
                     "'required' in field 'note' must be true, false or if-urgent"),
    "kind-for-source": (GOOD.format(id="ks", extra="").replace("kind: text, required: true, from: case.reference",
                                                                 "kind: persons, required: true, from: case.reference"),
                        10, "a field from case.reference has kind text or long"),
    "choice-without-choices": (GOOD.format(id="ch", extra="").replace("kind: long", "kind: choice"), 11,
                               "a choice needs 'choices'"),
    "replaces-unknown": (GOOD.format(id="mine", extra="replaces: mine\n"), 6, "'mine' is not a built-in template"),
    "not-a-mapping": ("- just\n- a list\n", 1, "a template is a mapping"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_user_template_is_refused_with_file_line_problem(tmp_path, case):
    text, line, problem = BROKEN[case]
    folder = tmp_path / "mine"
    folder.mkdir()
    path = folder / f"{case}.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        load_templates([folder])
    first = str(err.value).splitlines()[0]
    assert first.startswith(f"{path}:{line}: "), str(err.value)
    assert problem in str(err.value)
    # a listing skips the broken file and reports it, keeping the built-ins
    errors: list[TemplateError] = []
    templates = load_templates([folder], errors=errors)
    assert len(errors) == 1 and set(BUILTIN_IDS) <= set(templates)
    assert templates["mla-request"].builtin


def test_python_tag_is_never_executed(tmp_path, monkeypatch):
    import os

    calls = []
    monkeypatch.setattr(os, "system", lambda *a: calls.append(a) or 0)
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "evil.yaml").write_text("!!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="Python tags"):
        load_templates([folder])
    assert calls == []


def test_user_template_added_and_builtin_replaced(ready, tmp_path):
    vault, ref = ready
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "note.yaml").write_text(GOOD.format(id="internal-note", extra=""), encoding="utf-8")
    (folder / "mla.yaml").write_text(GOOD.format(id="mla-request", extra="replaces: mla-request\n"),
                                     encoding="utf-8")
    vault.settings.set("documents.templates_dir", str(folder))
    templates = templates_for_vault(vault)
    assert not templates["internal-note"].builtin and templates["mla-request"].replaces == "mla-request"
    assert [g["field"] for g in dc.missing(vault, ref, "mla-request")] == ["note"]
    dc.set_answer(vault, ref, "internal-note", "note", "Hello")
    view = dc.resolve(vault, ref, "internal-note", lang="es")
    assert view.title["es"] == "Remisión de documentos"
    assert view.sections[0].fields[1].value == "Hello"


# ---------------------------------------------------------------------- CLI
def _run(capsys, vault_path, *argv) -> tuple[int, dict]:
    rc = main(["--vault", str(vault_path), *argv, "--json"])
    out = capsys.readouterr().out
    return rc, json.loads(out) if out.strip() else {}


def test_cli_templates_check_and_answer(ready, vault_path, capsys, monkeypatch):
    vault, ref = ready
    vault.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    rc, data = _run(capsys, vault_path, "doc", "templates")
    assert rc == 0 and [t["id"] for t in data["items"]] == sorted(BUILTIN_IDS) and data["errors"] == []
    rc, page = _run(capsys, vault_path, "doc", "templates", "--limit", "3")
    assert len(page["items"]) == 3 and page["next_cursor"] == page["items"][-1]["id"]
    rc, rest = _run(capsys, vault_path, "doc", "templates", "--after", page["next_cursor"], "--limit", "100")
    assert [t["id"] for t in page["items"] + rest["items"]] == sorted(BUILTIN_IDS)

    rc, data = _run(capsys, vault_path, "doc", "check", ref, "preservation-request", "--lang", "fr")
    assert rc == 1 and data["complete"] is False
    assert {m["field"] for m in data["missing"]} == {"data_to_preserve", "data_relation", "necessity"}
    assert next(m for m in data["missing"] if m["field"] == "necessity")["label"] == "Nécessité de la conservation"

    for key in ("data_to_preserve", "data_relation", "custodian", "necessity"):
        rc, data = _run(capsys, vault_path, "doc", "answer", ref, "preservation-request", key, ANSWERS[key])
        assert rc == 0 and data["value"] == ANSWERS[key] and data["changed"] is True
    rc, data = _run(capsys, vault_path, "doc", "check", ref, "preservation-request")
    assert rc == 0 and data == {"case": ref, "template": "preservation-request", "complete": True, "missing": []}

    rc, data = _run(capsys, vault_path, "doc", "answer", ref, "mla-request", "measures", "search-seizure",
                    "Hearing of Mr X")
    assert rc == 0 and data["value"] == ["search-seizure", "Hearing of Mr X"]
    rc, data = _run(capsys, vault_path, "doc", "answers", ref, "mla-request")
    assert next(r for r in data["items"] if r["key"] == "measures")["value"] == ["search-seizure", "Hearing of Mr X"]
    rc, data = _run(capsys, vault_path, "doc", "answer", ref, "mla-request", "measures", "--clear")
    assert rc == 0 and data["value"] is None


def test_cli_refusals(ready, vault_path, capsys, monkeypatch):
    vault, ref = ready
    vault.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    rc, data = _run(capsys, vault_path, "doc", "answer", ref, "information-request", "information_access", "soon")
    assert rc == 2 and data["error"]["field"] == "information_access"
    rc, data = _run(capsys, vault_path, "doc", "check", ref, "no-such-template")
    assert rc == 3 and "No document template" in data["error"]["message"]
    rc, data = _run(capsys, vault_path, "doc", "check", "LO-1999-0001", "mla-request")
    assert rc == 3
    rc, data = _run(capsys, vault_path, "doc", "answers", ref, "information-request")
    assert all(r["value"] is None for r in data["items"])


def test_cli_check_text_and_labels(ready, vault_path, capsys, monkeypatch):
    vault, ref = ready
    vault.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    rc = main(["--vault", str(vault_path), "doc", "check", ref, "status-inquiry"])
    out = capsys.readouterr().out
    assert rc == 1 and "Date of our request (references/date_of_request)" in out
    assert f"liaison doc answer {ref} status-inquiry date_of_request VALUE" in out
    rc = main(["--vault", str(vault_path), "doc", "labels", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 0 and data["complete"] and set(LANGS) <= set(data["languages"])


def test_user_template_errors_listed_by_cli(ready, vault_path, tmp_path, capsys, monkeypatch):
    vault, _ = ready
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "broken.yaml").write_text("id: broken\nversion: one\n", encoding="utf-8")
    vault.settings.set("documents.templates_dir", str(folder))
    vault.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    rc, data = _run(capsys, vault_path, "doc", "templates")
    assert rc == 0 and len(data["items"]) == len(BUILTIN_IDS)
    assert data["errors"] and data["errors"][0].startswith(f"{folder / 'broken.yaml'}:2: 'version'")


def test_answers_table_schema(vault):
    cols = {r[1]: r for r in vault.db.execute("PRAGMA table_info(document_answers)").fetchall()}
    assert {"case_id", "template_id", "key", "value", "created_at", "updated_at", "rev", "origin"} <= set(cols)
    assert [r[1] for r in sorted((r for r in cols.values() if r[5]), key=lambda r: r[5])] == [
        "case_id", "template_id", "key"]


def test_yaml_file_names_in_builtin_errors_are_relative(tmp_path):
    # the refusal message must name the file a person can open
    p = Path(tmp_path / "x.yaml")
    p.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        from liaison.documents.templates import read_template

        read_template(p)
    assert str(err.value).startswith(f"{p}:")


def test_erase_answers_for_case_erasure(ready):
    vault, ref = ready
    dc.set_answer(vault, ref, "mla-request", "object", "Hear Mr X at his home")
    dc.set_answer(vault, ref, "cover-letter", "enclosed", ["Statement of Mr X"])
    case_id = vault.cases.resolve(ref)
    with vault.transaction() as db:
        assert dc.erase_answers(db, case_id) == 2
    assert dc.get_answers(vault, ref, "mla-request") == {} and dc.get_answers(vault, ref, "cover-letter") == {}


def test_second_language_suggested_from_the_addressee(ready):
    vault, ref = ready
    assert dc.suggest_second_language(vault, ref, "mla-request", lang="en") == "fr"
    assert dc.suggest_second_language(vault, ref, "mla-request", lang="fr") == "en"
    vault.agencies.update("Bureau de l'entraide", languages=["fi"])  # no labels in Finnish
    assert dc.suggest_second_language(vault, ref, "mla-request", lang="en") is None


def test_broken_user_label_file_is_refused_with_its_line(tmp_path):
    folder = tmp_path / "mine"
    (folder / "labels").mkdir(parents=True)
    path = folder / "labels" / "it.yaml"
    path.write_text("language: it\nlabels:\n  layout:\n    page_of: [not, text]\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"it\.yaml:4: label 'layout\.page_of' must be text"):
        load_templates([folder])
    errors: list[TemplateError] = []
    assert set(BUILTIN_IDS) <= set(load_templates([folder], errors=errors)) and len(errors) == 1
    path.write_text("language: pt\nlabels:\n  layout:\n    page_of: x\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="does not match the file name it.yaml"):
        load_labels([folder])


def test_case_erasure_removes_document_answers(vault):
    from liaison.documents.context import get_answers, set_answer

    case_ref = vault.cases.add(title="Answers to erase", requesting_state="DE", requested_state="PL").extra["reference"]
    set_answer(vault, case_ref, "preservation-request", "data_to_preserve", "Mailbox of Jan Kowalski")
    assert get_answers(vault, case_ref, "preservation-request")
    vault.retention.erase_case(case_ref, justification="retention period ended for this case")
    assert vault.db.execute("SELECT count(*) FROM document_answers").fetchone()[0] == 0
