"""Persons (data subjects): names in every script stored exactly, transliteration,
partial dates of birth, documents, LED categories, facts kept apart from
assessments, links to cases with a role, consultation audit, search, CLI."""

from __future__ import annotations

import json

import pytest
from conftest import PASSPHRASE

from liaison.cli import main
from liaison.errors import Conflict, NotFound, ValidationError


def add_case(vault, **kw) -> str:
    fields = {"title": "Vessel Zefir", "requesting_state": "DE", "requested_state": "PL"}
    fields.update(kw)
    return vault.cases.add(**fields).id


def counts(vault) -> tuple[int, int, int]:
    db = vault.db
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("persons", "audit", "case_persons"))


# ----------------------------------------------------------------------- names
def test_multiscript_names_round_trip_exactly(vault, multiscript):
    ids = {}
    for n in multiscript["names"]:
        ch = vault.persons.add(names=[{"text": n["text"], "script": n["script"], "lang": n["lang"]}],
                               category="witness")
        ids[n["text"]] = ch.id
    for n in multiscript["names"]:
        p = vault.persons.get(ids[n["text"]])
        assert p["names"] == [{"text": n["text"], "script": n["script"], "lang": n["lang"]}]
        assert p["display_name"] == n["text"]
        assert p["display_name"].encode() == n["text"].encode()  # no normalisation at all
    awkward = [a["text"] for a in multiscript["awkward"] if len(a["text"]) <= 1000]
    long_word = next(a["text"] for a in multiscript["awkward"] if len(a["text"]) > 1000)
    ch = vault.persons.add(names=awkward, category="other", notes=long_word)
    p = vault.persons.get(ch.id)
    assert [x["text"] for x in p["names"]] == awkward  # NFD, zero-width space, RTL, emoji: all kept as typed
    assert p["notes"] == long_word
    with pytest.raises(ValidationError, match="1000"):
        vault.persons.add(names=[long_word], category="other")


def test_one_person_many_names(vault, multiscript):
    arabic = multiscript["names"][0]
    ch = vault.persons.add(
        names=[{"text": arabic["text"], "lang": "ar"}, {"text": arabic["latin"], "lang": "en"}],
        category="suspect", transliteration=arabic["latin"],
    )
    p = vault.persons.get(ch.id)
    assert p["display_name"] == arabic["text"]
    assert p["transliteration"] == arabic["latin"] and p["transliteration_auto"] is False


def test_transliteration_suggested_and_marked_automatic(vault, multiscript):
    greek = next(n for n in multiscript["names"] if n["lang"] == "el")
    ch = vault.persons.add(name=greek["text"], category="victim")
    p = vault.persons.get(ch.id)
    assert p["transliteration_auto"] is True
    assert p["transliteration"].isascii() and p["transliteration"].startswith("Alexandros Papadop")
    # New names re-suggest an automatic transliteration...
    vault.persons.update(ch.id, names=["Олена Шевченко"])
    p = vault.persons.get(ch.id)
    assert (p["transliteration"], p["transliteration_auto"], p["display_name"]) == ("Olena Shevchenko", True,
                                                                                   "Олена Шевченко")
    # ...but never overwrite one the officer typed.
    vault.persons.update(ch.id, transliteration="Olena Shevchenko (passport)")
    vault.persons.update(ch.id, names=["Иван Петрович Сидоров"])
    p = vault.persons.get(ch.id)
    assert (p["transliteration"], p["transliteration_auto"]) == ("Olena Shevchenko (passport)", False)
    # An ASCII-only name needs none.
    ch = vault.persons.add(name="John Smith", category="witness")
    assert vault.persons.get(ch.id)["transliteration"] == ""


# ------------------------------------------------------------------ validation
@pytest.mark.parametrize(
    "fields, field",
    [
        ({"names": []}, "names"),
        ({"names": ["  "]}, "names"),
        ({"names": [{"text": "A", "lang": "xx"}]}, "names.lang"),
        ({"names": [{"text": "A", "alias": "B"}]}, "names"),
        ({"category": "informant"}, "category"),
        ({"category": None}, "category"),
        ({"nationality": "XK1"}, "nationality"),
        ({"date_of_birth": "84"}, "date_of_birth"),
        ({"date_of_birth": "1984-13"}, "date_of_birth"),
        ({"date_of_birth": "1984-02-30"}, "date_of_birth"),
        ({"date_of_birth": "2999"}, "date_of_birth"),
        ({"documents": [{"type": "library card", "number": "1"}]}, "documents"),
        ({"documents": [{"type": "passport", "number": ""}]}, "documents.number"),
        ({"documents": [{"type": "passport", "number": "1", "country": "QQ"}]}, "documents.country"),
        ({"documents": [{"type": "passport", "number": "1", "expires": "soon"}]}, "documents.expires"),
        ({"facts": [{"text": "seen in Gdansk"}]}, "facts"),
        ({"assessments": [{"text": "probably the leader", "source": "PL", "date": "yesterday"}]},
         "assessments.date"),
        ({"review_date": "2027-02-31"}, "review_date"),
        ({"height": 180}, "height"),
    ],
)
def test_validation_refusals_write_nothing(vault, fields, field):
    kw = {"names": ["Jan Kowalski"], "category": "suspect"}
    kw.update(fields)
    before = counts(vault)
    with pytest.raises(ValidationError) as exc:
        vault.persons.add(**kw)
    assert exc.value.field == field
    assert counts(vault) == before
    assert vault.db.execute("SELECT count(*) FROM reference_counters WHERE kind = 'person'").fetchone()[0] == 0


@pytest.mark.parametrize("dob", ["1984", "1984-03", "1984-03-12"])
def test_partial_dates_of_birth(vault, dob):
    ch = vault.persons.add(name="A", category="witness", date_of_birth=dob)
    assert vault.persons.get(ch.id)["date_of_birth"] == dob


def test_documents_facts_and_assessments_kept_apart(vault):
    ch = vault.persons.add(
        name="Łukasz Żółkiewski", category="suspect", nationality="pl",
        documents=[{"type": "Passport", "number": "EA1234567", "country": "pl", "expires": "2030-01-31"}],
        facts=[{"text": "Registered owner of the vessel Zefir", "source": "PL ship register", "date": "2026-03-01"}],
        assessments=[{"text": "Probably organises the transports", "source": "Analyst DE", "date": "2026-03-02"}],
    )
    p = vault.persons.get(ch.id)
    assert p["nationality"] == "PL"
    assert p["documents"] == [{"type": "passport", "number": "EA1234567", "country": "PL", "expires": "2030-01-31"}]
    assert p["facts"] == [{"text": "Registered owner of the vessel Zefir", "source": "PL ship register",
                           "date": "2026-03-01"}]
    assert [a["text"] for a in p["assessments"]] == ["Probably organises the transports"]
    vault.persons.add_fact(ch.id, "Crossed the border at Świecko", source="Border guard")
    vault.persons.add_assessment(ch.id, "Likely armed", source="Informant handler", on="2026-04-01")
    p = vault.persons.get(ch.id)
    assert len(p["facts"]) == 2 and len(p["assessments"]) == 2
    assert p["facts"][1]["source"] == "Border guard" and p["facts"][1]["date"]
    assert p["assessments"][1] == {"text": "Likely armed", "source": "Informant handler", "date": "2026-04-01"}


def test_update_audits_field_names_never_names(vault):
    ch = vault.persons.add(name="Jürgen Groß", category="witness")
    vault.persons.update(ch.id, nationality="DE", notes="met at the harbour")
    p = vault.persons.get(ch.id, consult=True)
    assert p["rev"] == 2
    entries = vault.audit.list(record_id=ch.id)
    assert [e["action"] for e in entries] == ["create", "alter", "consult"]
    assert entries[1]["details"] == {"fields": ["nationality", "notes"]}
    assert entries[2]["ref"] == p["reference"]
    blob = json.dumps(entries, ensure_ascii=False)
    assert "Groß" not in blob and "Gross" not in blob and "harbour" not in blob
    with pytest.raises(Conflict):
        vault.persons.update(ch.id, expected_rev=1, notes="stale")
    with pytest.raises(ValidationError):
        vault.persons.update(ch.id, reference="P-1")
    assert vault.persons.update(ch.id, nationality="de").updated == ()


def test_resolve(vault):
    ch = vault.persons.add(name="A", category="other")
    ref = ch.extra["reference"]
    assert ref.startswith("P-") and vault.persons.resolve(ref.lower()) == ch.id
    assert vault.persons.resolve(ch.id) == ch.id
    with pytest.raises(NotFound):
        vault.persons.resolve("P-1900-0001")


# ----------------------------------------------------------------------- links
def test_person_in_several_cases_with_a_role_in_each(vault):
    c1, c2 = add_case(vault), add_case(vault)
    ch = vault.persons.add(name="Jan Kowalski", category="suspect", case=c1)
    assert ("case", c1) in ch.updated
    vault.persons.link(c2, ch.id, role="witness", note="saw the loading")
    p = vault.persons.get(ch.id)
    assert [(c["case_id"], c["role"]) for c in p["cases"]] == [(c1, "suspect"), (c2, "witness")]
    case2 = vault.cases.get(c2)
    assert [(x["person_id"], x["role"], x["display_name"]) for x in case2["persons"]] == [
        (ch.id, "witness", "Jan Kowalski")]
    entry = vault.audit.list(record_id=c2)[-1]
    assert entry["action"] == "combine" and entry["details"] == {"person_id": ch.id, "role": "witness"}
    # Linking again changes the role, never duplicates.
    vault.persons.link(c2, ch.id, role="victim")
    assert vault.db.execute("SELECT count(*), max(role) FROM case_persons WHERE case_id = ?", (c2,)).fetchone() == (
        1, "victim")
    assert vault.persons.link(c2, ch.id, role="victim").updated == ()
    with pytest.raises(ValidationError):
        vault.persons.link(c2, ch.id, role="boss")
    vault.persons.unlink(c2, ch.id)
    assert [c["case_id"] for c in vault.persons.get(ch.id)["cases"]] == [c1]
    with pytest.raises(NotFound):
        vault.persons.unlink(c2, ch.id)


def test_add_with_unknown_case_writes_nothing(vault):
    before = counts(vault)
    with pytest.raises(NotFound):
        vault.persons.add(name="A", category="other", case="LO-1900-0001")
    assert counts(vault) == before


# ------------------------------------------------------------------ list, search
def test_list_filters_and_pages(vault, multiscript):
    c1 = add_case(vault)
    ids = []
    for i, n in enumerate(multiscript["names"]):
        ids.append(vault.persons.add(name=n["text"], category="suspect" if i % 3 == 0 else "witness",
                                     case=c1 if i < 4 else None).id)
    assert {p["id"] for p in vault.persons.list(category="suspect", limit=100).items} == set(ids[::3])
    assert {p["id"] for p in vault.persons.list(case=c1, limit=100).items} == set(ids[:4])
    assert [p["display_name"] for p in vault.persons.list(text="Shevch").items] == ["Олена Шевченко"]
    seen, after = [], None
    while True:
        page = vault.persons.list(limit=4, after=after)
        seen += page.items
        after = page.next_cursor
        if not after:
            break
    keys = [(p["display_name"], p["id"]) for p in seen]
    assert keys == sorted(keys) and len(seen) == len(ids)


def test_search_finds_names_transliterations_and_documents(vault, multiscript):
    ids = {}
    for n in multiscript["names"]:
        ids[n["lang"]] = vault.persons.add(name=n["text"], category="witness").id
    vault.persons.update(ids["ru"], documents=[{"type": "passport", "number": "RU7712345"}])
    assert vault.search.query("Сидоров")["person"][0]["record_id"] == ids["ru"]
    assert vault.search.query("Sidorov")["person"][0]["record_id"] == ids["ru"]
    assert vault.search.query("RU7712345")["person"][0]["record_id"] == ids["ru"]
    assert vault.search.query("Παπαδόπουλος")["person"][0]["record_id"] == ids["el"]
    assert vault.search.query("lukasz")["person"][0]["record_id"] == ids["pl"]


# ------------------------------------------------------------------------- CLI
def run(capsys, vault_path, *argv) -> tuple[int, str, str]:
    rc = main(["--vault", str(vault_path), *argv])
    out, err = capsys.readouterr()
    return rc, out, err


def test_cli_persons(vault, vault_path, monkeypatch, capsys):
    ref = vault.cases.add(title="T", requesting_state="DE", requested_state="PL").extra["reference"]
    vault.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    p = vault_path
    rc, out, _ = run(capsys, p, "person", "add", "--name", "محمد بن سلمان العتيبي", "--name-lang", "ar",
                     "--name", "Muhammad al-Utaybi", "--category", "suspect", "--case", ref,
                     "--document", "passport:K9988776:SA:2031-05-01", "--date-of-birth", "1984",
                     "--fact", "Master of the vessel", "--source", "Port authority", "--json")
    assert rc == 0
    pid = json.loads(out)["id"]
    rc, out, _ = run(capsys, p, "person", "show", pid, "--json")
    shown = json.loads(out)
    assert shown["names"] == [{"text": "محمد بن سلمان العتيبي", "lang": "ar"}, {"text": "Muhammad al-Utaybi"}]
    assert shown["documents"][0]["number"] == "K9988776" and shown["cases"][0]["reference"] == ref
    assert shown["facts"][0]["source"] == "Port authority"

    rc, out, err = run(capsys, p, "person", "update", pid, "--assessment", "Leader")
    assert rc == 2 and "--source" in err
    rc, out, _ = run(capsys, p, "person", "update", pid, "--assessment", "Leader", "--source", "Analyst", "--json")
    assert rc == 0 and json.loads(out)["changed"] is True

    ref2 = None
    with_case = main(["--vault", str(p), "case", "add", "--title", "T2", "--requesting-state", "PL",
                      "--requested-state", "DE", "--json"])
    assert with_case == 0
    ref2 = json.loads(capsys.readouterr()[0])["reference"]
    rc, out, _ = run(capsys, p, "person", "link", pid, "--case", ref2, "--role", "witness", "--json")
    assert rc == 0 and json.loads(out)["changed"] is True

    rc, out, _ = run(capsys, p, "person", "list", "--case", ref2, "--json")
    assert [x["id"] for x in json.loads(out)["items"]] == [pid]
    rc, out, _ = run(capsys, p, "person", "show", pid, "--case", ref2, "--justification", "call prep", "--json")
    assert rc == 0 and json.loads(out)["id"] == pid
    rc, out, _ = run(capsys, p, "audit", "list", "--record-id", pid, "--json")
    assert any(e["justification"] == f"call prep; for case {ref2}" for e in json.loads(out)["items"])
    rc, out, _ = run(capsys, p, "person", "list", "--text", "utay")
    assert rc == 0 and "P-2026-0001" in out

    rc, out, _ = run(capsys, p, "person", "add", "--name", "X", "--category", "suspect", "--nationality", "ZZ",
                     "--json")
    assert rc == 2 and json.loads(out)["error"]["field"] == "nationality"
    rc, out, _ = run(capsys, p, "person", "show", "P-1999-0001")
    assert rc == 3
    rc, out, _ = run(capsys, p, "person", "list", "--json")
    assert len(json.loads(out)["items"]) == 1


def test_a_consultation_for_a_case_gives_the_case_as_its_justification(vault):
    """LED Art. 25: a consultation's log shows its justification. A person opened for one of their cases
    (from the case, in the window) has that case as the justification, after any reason stated."""
    case = vault.cases.add(title="Harbour thefts", requesting_state="DE", requested_state="PL")
    other = vault.cases.add(title="Unrelated", requesting_state="DE", requested_state="FR")
    p = vault.persons.add(name="Jan Kowalski", category="suspect", case=case.id)
    ref = vault.cases.get(case.id)["reference"]
    vault.persons.get(p.id, consult=True, case=ref)
    vault.persons.get(p.id, consult=True, case=case.id, justification="  check before the call ")
    entries = vault.audit.list(record_id=p.id, action="consult")
    assert sorted(e["justification"] for e in entries) == [f"check before the call; for case {ref}",
                                                           f"for case {ref}"]
    before = len(vault.audit.list(record_id=p.id, action="consult"))
    with pytest.raises(ValidationError) as exc:
        vault.persons.get(p.id, consult=True, case=other.id)
    assert exc.value.field == "case" and "not linked" in exc.value.message
    assert len(vault.audit.list(record_id=p.id, action="consult")) == before
