"""Issue 15: a person holds what requests ask for; legal persons; the officer chooses who goes into a document."""

from __future__ import annotations

import pytest

from liaison.documents import context as dc
from liaison.errors import ValidationError


def test_details_legal_persons_and_erasure(vault):
    pid = vault.persons.add(names=["Karim El Fassi"], category="suspect", place_of_birth="Tangier",
                            address="12 Sample Street, Vienna", sex="male", languages=["ar", "FR"]).id
    p = vault.persons.get(pid)
    assert (p["place_of_birth"], p["sex"], p["languages"], p["kind"]) == ("Tangier", "male", ["ar", "fr"], "natural")
    company = vault.persons.add(names=["Sample Trading Ltd"], category="other", kind="legal",
                                registration_number="HRB 12345", address="1 Harbour Road, Gdansk").id
    assert vault.persons.get(company)["registration_number"] == "HRB 12345"
    for bad, field in ((dict(kind="legal", date_of_birth="1980"), "date_of_birth"), (dict(sex="x"), "sex"),
                       (dict(registration_number="HRB 1"), "registration_number"), (dict(languages=["xx"]), "languages"),
                       (dict(kind="robot"), "kind")):
        with pytest.raises(ValidationError) as err:
            vault.persons.add(names=["Someone"], category="other", **bad)
        assert err.value.field == field
    vault.persons.erase(pid, justification="retention period over")
    row = vault.db.execute("SELECT place_of_birth, address, sex, languages FROM persons WHERE id = ?", [pid]).fetchone()
    assert tuple(row) == ("", "", "", "[]")


def test_document_persons_chosen_and_no_passport_by_default(vault):
    ref = vault.cases.add(title="Case", requesting_state="AT", requested_state="PL", summary="Facts").extra["reference"]
    a = vault.persons.add(case=ref, names=["Anna Nowak"], category="suspect", place_of_birth="Kraków",
                          address="ul. Przykładowa 1, Warszawa",
                          documents=[{"type": "passport", "number": "PL1234567", "country": "PL"}]).id
    b = vault.persons.add(case=ref, names=["Sample Trading Ltd"], category="other", kind="legal",
                          registration_number="KRS 0000123").extra["reference"]
    persons = lambda: next(f for s in dc.resolve(vault, ref, "mla-request", draft=True).sections  # noqa: E731
                           for f in s.fields if f.key == "persons").value
    both = persons()
    assert [p["name"] for p in both] == ["Anna Nowak", "Sample Trading Ltd"]
    assert both[0]["place_of_birth"] == "Kraków" and both[0]["address"].startswith("ul.")
    assert both[0]["documents"] == [] and both[1]["registration_number"] == "KRS 0000123"
    dc.set_persons(vault, ref, "mla-request", [b])
    assert [p["name"] for p in persons()] == ["Sample Trading Ltd"]
    dc.set_persons(vault, ref, "mla-request", [a], identity_documents=True)
    assert persons()[0]["documents"] == ["Passport PL1234567 (Poland)"]
    other = vault.persons.add(names=["Not linked"], category="other").extra["reference"]
    with pytest.raises(ValidationError, match="not linked"):
        dc.set_persons(vault, ref, "mla-request", [other])
    entry = vault.audit.list(record_type="case")[-1]
    assert "identity documents included" in entry["summary"] and "Anna" not in entry["summary"]
