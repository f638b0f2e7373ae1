"""Issue 15: every document follows its legal basis.

For each request type, direction and basis: the rendered text (read back from the PDF) cites the instrument and
the articles that ground the measure; the addressee is the other side's authority (the requested State's when we
ask, the requesting State's when we answer) and each side is named as the law of the basis names it; a final
document on a basis that does not bind, that does not fit the request type, or a memorandum cited for a coercive
measure is refused with the reason; a draft is always made and carries the warning in its margin.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from liaison.documents import context as dc
from liaison.documents.render import render

OFFICER = {"name": "Anna Beispiel", "authority": "Federal Criminal Police Office", "email": "desk@example.org",
           "phone": "+43 1 0000 1000", "address": "Beispielgasse 1", "unit": "NLO", "rank": "Inspector"}


def _text(view) -> str:
    data = render(view, version=None if view.draft else 1)
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages))


@pytest.fixture
def office(vault):
    for k, val in OFFICER.items():
        vault.settings.set(f"officer.{k}", val)
    for cc, name in (("PL", "Ministry of Justice of Poland (test)"), ("CN", "Ministry of Justice of China (test)"),
                     ("IL", "Ministry of Justice of Israel (test)"), ("FR", "Ministry of Justice of France (test)")):
        vault.agencies.add(name=name, kind="central-authority", country=cc)
        vault.agencies.add(name=f"SPOC {cc} (test)", kind="spoc", country=cc)
    vault.agencies.add(name="24/7 point FR (test)", kind="24-7-point", country="FR")
    return vault


def _case(vault, requested="PL", requesting="AT", direction="outgoing", basis=None, offence="fraud"):
    ref = vault.cases.add(title="Test case", summary="Facts of the case.", requesting_state=requesting,
                          requested_state=requested, direction=direction, legal_basis=basis,
                          offence_category=offence, counterpart_reference="THEIR-1").extra["reference"]
    return ref


def _fill(vault, ref, template, **answers):
    for k, v in answers.items():
        dc.set_answer(vault, ref, template, k, v)


EIO_ANSWERS = dict(measures=["hearing"], measure_details="Hear the witness.", proceedings_type="criminal",
                   law_cited="Art. 146 StGB", three_years="yes", authority_type="judicial")
MLA_ANSWERS = dict(object="Bank records.", reason="Trace proceeds.", purpose="Evidence for the trial.",
                   authority_conducting="Public Prosecutor's Office Vienna, investigating prosecutor", law_cited="Art. 146 StGB",
                   measures=["financial-information"], measure_details="Statements 2025.", confidentiality="Yes.")


def test_eio_cites_the_directive_and_its_articles_and_names_issuing_and_executing(office):
    vault = office
    ref = _case(vault, basis="Directive 2014/41/EU")
    _fill(vault, ref, "eio-request", **EIO_ANSWERS)
    view = dc.resolve(vault, ref, "eio-request", date="2025-03-01")
    assert view.basis["key"] == "eu-eio-2014-41" and view.basis["our_role"] == "issuing"
    text = _text(view)
    assert "Directive 2014/41/EU regarding the European Investigation Order" in text
    assert "Art. 10(2)(c)" in text and "Art. 5, Annex A" in text  # the measure's article, then the content's
    assert "SECTION K: Details of the authority which issued the EIO" in text  # the official Annex A form
    assert "Ministry of Justice of Poland (test)" in text  # the requested State's authority


def test_letter_of_request_between_eio_states_on_ets30_is_refused_with_the_reason(office):
    vault = office
    ref = _case(vault, basis="ETS 30")  # what the demo used to do for Austria -> Poland
    _fill(vault, ref, "mla-request", **MLA_ANSWERS)
    with pytest.raises(dc.BasisRefused) as err:
        dc.resolve(vault, ref, "mla-request", date="2025-03-01")
    assert "replaced between AT and PL by Directive 2014/41/EU (Art. 34(1))" in str(err.value)
    draft = dc.resolve(vault, ref, "mla-request", date="2025-03-01", draft=True)
    text = _text(draft)
    assert "DRAFT - cannot be made final as it stands" in text and "replaced between AT and PL" in text


def test_china_ets30_refused_and_untoc_cited_with_its_articles(office):
    vault = office
    ref = _case(vault, requested="CN", basis="ETS 30", offence="corruption")
    _fill(vault, ref, "mla-request", **MLA_ANSWERS)
    with pytest.raises(dc.BasisRefused, match="CN is not a party"):
        dc.resolve(vault, ref, "mla-request", date="2025-03-01")
    vault.cases.update(ref, legal_basis="UNTOC")
    view = dc.resolve(vault, ref, "mla-request", date="2025-03-01")
    text = _text(view)
    assert "United Nations Convention against Transnational Organized Crime" in text
    assert "Art. 18(3)(f)" in text and "Art. 18(15)" in text
    assert any("unverified" in w for w in view.warnings)  # Austria's date is not in the pack: shown, not hidden


def test_eio_and_2023_977_to_israel_are_refused(office):
    vault = office
    ref = _case(vault, requested="IL", basis="Directive 2014/41/EU")
    _fill(vault, ref, "eio-request", **EIO_ANSWERS)
    with pytest.raises(dc.BasisRefused, match="IL is not a party"):
        dc.resolve(vault, ref, "eio-request", date="2025-03-01")
    ref2 = _case(vault, requested="IL", basis="Directive (EU) 2023/977")
    _fill(vault, ref2, "information-request", information_requested="Holder of a number.", purpose="Identify.",
          grounds_available="Israeli number.")
    with pytest.raises(dc.BasisRefused, match="IL is not a party"):
        dc.resolve(vault, ref2, "information-request", date="2025-03-01")


def test_request_type_must_fit_the_basis(office):
    vault = office
    ref = _case(vault, basis="ETS 30", requested="CH")
    _fill(vault, ref, "eio-request", **EIO_ANSWERS)
    with pytest.raises(dc.BasisRefused, match="European Investigation Order rests on Directive 2014/41/EU only"):
        dc.resolve(vault, ref, "eio-request", date="2025-03-01")
    ref2 = _case(vault, basis="Directive 2014/41/EU")
    _fill(vault, ref2, "mla-request", **MLA_ANSWERS)
    with pytest.raises(dc.BasisRefused, match="use the European Investigation Order"):
        dc.resolve(vault, ref2, "mla-request", date="2025-03-01")


def test_memorandum_never_grounds_a_coercive_measure(office):
    vault = office
    vault.agreements.add(title="AT-CN memorandum (test)", reference="MOU-CN", type="memorandum",
                         parties=["AT", "CN"], in_force="2019-01-01", measures_scope="general")
    ref = _case(vault, requested="CN", basis="MOU-CN")
    _fill(vault, ref, "mla-request", **MLA_ANSWERS)
    with pytest.raises(dc.BasisRefused, match="memorandum of understanding is not a treaty"):
        dc.resolve(vault, ref, "mla-request", date="2025-03-01")


def test_information_request_on_2023_977_cites_articles_and_spoc(office):
    vault = office
    ref = _case(vault, basis="Directive (EU) 2023/977")
    _fill(vault, ref, "information-request", information_requested="Holder of a number.", purpose="Identify.",
          grounds_available="Polish number.")
    view = dc.resolve(vault, ref, "information-request", date="2025-03-01")
    text = _text(view)
    assert "Directive (EU) 2023/977" in text and "Arts. 4, 5, 13" in text
    assert view.basis["channel"] == "Europol SIENA"
    # before the Directive applied, it is refused: the Framework Decision governed then
    with pytest.raises(dc.BasisRefused, match="not yet in force on 2024-06-01"):
        dc.resolve(vault, ref, "information-request", date="2024-06-01")


def test_incoming_case_acknowledgement_goes_to_the_requesting_authority(office):
    vault = office
    vault.agencies.add(name="Requesting prosecutor PL (test)", kind="central-authority", country="PL")
    ref = _case(vault, requesting="PL", requested="AT", direction="incoming", basis="Directive 2014/41/EU")
    dc.set_answer(vault, ref, "acknowledgement", "date_received", "2025-02-27")
    view = dc.resolve(vault, ref, "acknowledgement", date="2025-03-01",
                      addressee="Requesting prosecutor PL (test)")
    assert view.addressee["authority"] == "Requesting prosecutor PL (test)"
    assert view.basis["our_role"] == "executing" and view.basis["their_role"] == "issuing"
    fields = {f.key: f for s in view.sections for f in s.fields}
    assert fields["receiving_authority"].label["en"] == "Executing authority"  # never "requesting" for us
    text = _text(view)
    assert "Art. 16(1), Annex B" in text and "Requesting authority" not in text


def test_preservation_on_budapest_cites_article_29_and_is_refused_before_austria_was_bound(office):
    vault = office
    ref = _case(vault, requested="FR", basis="ETS 185", offence="computer-crime")
    _fill(vault, ref, "preservation-request", data_to_preserve="Logs", data_relation="Used.", necessity="Deleted soon.")
    view = dc.resolve(vault, ref, "preservation-request", date="2025-03-01",
                      addressee="24/7 point FR (test)")
    text = _text(view)
    assert "Convention on Cybercrime" in text and "Art. 29" in text and "Art. 29(2)" in text
    with pytest.raises(dc.BasisRefused, match="not yet bound: AT is bound from 2012-10-01"):
        dc.resolve(vault, ref, "preservation-request", date="2011-06-01")
