"""Retention: the review list, keeping a record, and erasure of personal data
(gone from the tables and from search, statistics kept, audited with its
justification; nothing else lost)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from conftest import PASSPHRASE

from liaison.cli import main
from liaison.errors import NotFound, ValidationError

JUSTIFICATION = "Periodic review: no longer needed for the investigation"


def add_case(vault, **kw) -> str:
    fields = {"title": "Vessel Zefir", "requesting_state": "DE", "requested_state": "PL"}
    fields.update(kw)
    return vault.cases.add(**fields).id


def every_text_value(vault) -> str:
    """Every text value in every ordinary table (the FTS5 shadow tables hold
    folded tokens in binary segments and are checked through search instead)."""
    db = vault.db
    parts = []
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%' "
                              "AND name NOT LIKE 'sqlite_%'").fetchall():
        cols = [r[1] for r in db.execute(f"PRAGMA table_info({name})").fetchall()]
        for row in db.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall():
            parts += [v for v in row if isinstance(v, str)]
    return "\n".join(parts)


# ---------------------------------------------------------------------- review
def test_due_lists_cases_and_persons_on_or_before_the_day(vault):
    c_due = add_case(vault, review_date="2027-01-10")
    c_later = add_case(vault, review_date="2027-01-11")
    add_case(vault)  # no review date: never due
    p_due = vault.persons.add(name="Jan Kowalski", category="suspect", review_date="2026-12-31").id
    vault.persons.add(name="Anna Nowak", category="victim")
    page = vault.retention.due("2027-01-10")
    assert [(i["record_type"], i["id"]) for i in page.items] == [("person", p_due), ("case", c_due)]
    assert page.items[0]["label"] == "Jan Kowalski" and page.items[0]["detail"] == "suspect"
    assert page.items[1]["ref"] == "LO-2026-0001"
    assert {i["id"] for i in vault.retention.due(date(2027, 1, 11)).items} == {c_due, c_later, p_due}
    assert [i["id"] for i in vault.retention.due("2027-01-11", record_type="person").items] == [p_due]
    assert vault.retention.due("2026-01-01").items == []
    with pytest.raises(ValidationError):
        vault.retention.due("next week")
    with pytest.raises(ValidationError):
        vault.retention.due("2027-01-01", record_type="exchange")


def test_due_pages_through_both_kinds(vault):
    ids = set()
    for i in range(5):
        day = (date(2026, 1, 1) + timedelta(days=i)).isoformat()
        ids.add(add_case(vault, review_date=day))
        ids.add(vault.persons.add(name=f"P{i}", category="other", review_date=day).id)
    seen, after = [], None
    while True:
        page = vault.retention.due("2026-12-31", limit=3, after=after)
        seen += page.items
        after = page.next_cursor
        if not after:
            break
    assert {i["id"] for i in seen} == ids and len(seen) == 10
    keys = [(i["review_date"], i["id"]) for i in seen]
    assert keys == sorted(keys)


def test_keep_sets_the_next_review_and_is_audited(vault):
    case_id = add_case(vault, review_date="2026-01-01")
    until = (date.today() + timedelta(days=365)).isoformat()
    vault.retention.keep("case", "LO-2026-0001", until=until, justification="MLA still pending")
    assert vault.cases.get(case_id)["review_date"] == until
    entry = vault.audit.list(record_id=case_id)[-1]
    assert (entry["action"], entry["justification"]) == ("alter", "MLA still pending")
    assert entry["details"] == {"review_date": until}
    with pytest.raises(ValidationError):
        vault.retention.keep("case", case_id, until="2020-01-01")
    with pytest.raises(ValidationError):
        vault.retention.keep("deadline", case_id, until=until)
    assert vault.cases.get(case_id)["review_date"] == until


# --------------------------------------------------------------------- erasure
def test_erase_person_removes_personal_data_keeps_statistics(vault, multiscript):
    case_id = add_case(vault)
    name = multiscript["names"][0]
    ch = vault.persons.add(
        names=[{"text": name["text"], "lang": "ar"}, name["latin"]], category="suspect", nationality="SA",
        date_of_birth="1984-03", documents=[{"type": "passport", "number": "K9988776", "country": "SA"}],
        facts=[{"text": "Master of the vessel Qamar", "source": "Port authority"}],
        assessments=[{"text": "Probably the organiser", "source": "Analyst"}],
        notes="Lives near the harbour", review_date="2026-01-01", case=case_id,
    )
    pid = ch.id
    vault.persons.link(case_id, pid, note="Seen loading crates")
    assert vault.search.query("K9988776").get("person")
    before_cases = vault.db.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert name["text"] in every_text_value(vault) and "loading crates" in every_text_value(vault)

    result = vault.retention.erase_person(ch.extra["reference"], justification=JUSTIFICATION)
    assert result.updated == (("person", pid),)

    p = vault.persons.get(pid)
    assert p["erased"] and p["display_name"] == "[erased]"
    for key in ("names", "documents", "facts", "assessments"):
        assert p[key] == []
    for key in ("transliteration", "date_of_birth", "nationality", "notes", "review_date"):
        assert p[key] == ""
    # statistics kept: the person, the category and the role in the case
    assert (p["category"], p["reference"]) == ("suspect", ch.extra["reference"])
    assert [(c["case_id"], c["role"], c["note"]) for c in p["cases"]] == [(case_id, "suspect", "")]
    assert vault.db.execute("SELECT count(*) FROM cases").fetchone()[0] == before_cases
    # gone from every table and from search
    everything = every_text_value(vault)
    for secret in (name["text"], name["latin"], "K9988776", "Qamar", "organiser", "harbour", "loading crates",
                   "1984-03"):
        assert secret not in everything, secret
    for q in ("K9988776", "Utaybi", name["text"], "Qamar"):
        assert not vault.search.query(q).get("person"), q
    assert vault.db.execute("SELECT count(*) FROM search_entries WHERE record_id = ?", (pid,)).fetchone()[0] == 0
    # left out of lists and the review, still countable
    assert vault.persons.list().items == []
    assert [x["id"] for x in vault.persons.list(include_erased=True).items] == [pid]
    assert vault.retention.due("2030-01-01").items == []
    # audited with the justification
    entry = vault.audit.list(record_id=pid, action="erase")[0]
    assert entry["justification"] == JUSTIFICATION and entry["ref"] == ch.extra["reference"]
    assert vault.audit.verify().ok


def test_erasure_refusals_write_nothing(vault):
    pid = vault.persons.add(name="Jan Kowalski", category="witness").id
    n_audit = vault.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    for bad in ("", "   ", "because"):
        with pytest.raises(ValidationError) as exc:
            vault.retention.erase_person(pid, justification=bad)
        assert exc.value.field == "justification"
    with pytest.raises(NotFound):
        vault.retention.erase_person("P-1900-0001", justification=JUSTIFICATION)
    assert vault.persons.get(pid)["display_name"] == "Jan Kowalski"
    assert vault.db.execute("SELECT count(*) FROM audit").fetchone()[0] == n_audit

    vault.persons.erase(pid, justification=JUSTIFICATION)
    n_audit = vault.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(ValidationError, match="already erased"):
        vault.retention.erase_person(pid, justification=JUSTIFICATION)
    with pytest.raises(ValidationError, match="erased"):
        vault.persons.update(pid, names=["Jan Kowalski"])
    with pytest.raises(ValidationError, match="erased"):
        vault.persons.link(add_case(vault), pid)
    assert vault.persons.get(pid)["names"] == []
    assert vault.db.execute("SELECT count(*) FROM audit WHERE action = 'erase'").fetchone()[0] == 1
    assert vault.db.execute("SELECT count(*) FROM audit").fetchone()[0] == n_audit + 1  # the case added above


def test_erase_case_keeps_statistics_and_persons_in_other_cases(vault):
    c1 = add_case(vault, title="Smuggling by Jan Kowalski", summary="Kowalski loads crates", notes="tip from cousin",
                  tags=["kowalski"], counterpart_reference="PL/77/26", offence_category="fraud",
                  review_date="2026-02-01", urgency="urgent", urgency_reason="Kowalski flies Friday")
    c2 = add_case(vault, title="Other matter")
    vault.cases.set_status(c1, "open")
    only_here = vault.persons.add(name="Jan Kowalski", category="suspect", case=c1).id
    elsewhere = vault.persons.add(name="Anna Nowak", category="witness", case=c1).id
    vault.persons.link(c2, elsewhere)
    assert "Kowalski" in every_text_value(vault)

    ch = vault.retention.erase_case("LO-2026-0001", justification=JUSTIFICATION, include_persons=True)
    assert ("case", c1) in ch.updated and ("person", only_here) in ch.updated
    assert ch.extra["persons_kept"] == [vault.persons.get(elsewhere)["reference"]]

    c = vault.cases.get(c1)
    assert c["erased"] and c["title"] == "[erased]"
    assert (c["summary"], c["notes"], c["tags"], c["urgency_reason"], c["review_date"]) == ("", "", [], "", "")
    # what statistics need stays
    assert (c["reference"], c["counterpart_reference"], c["requesting_state"], c["requested_state"],
            c["offence_category"], c["status"], c["urgency"]) == ("LO-2026-0001", "PL/77/26", "DE", "PL", "fraud",
                                                                  "open", "urgent")
    assert c["opened_at"] and len(c["persons"]) == 2
    assert "Kowalski" not in every_text_value(vault)
    assert not vault.search.query("Kowalski")
    assert vault.cases.list(tag="kowalski").items == []
    assert vault.persons.get(only_here)["erased"]
    assert vault.persons.get(elsewhere)["display_name"] == "Anna Nowak"
    assert vault.search.query("Nowak").get("person")
    actions = [(e["record_type"], e["action"]) for e in vault.audit.list(action="erase")]
    assert actions == [("case", "erase"), ("person", "erase")]
    # an erased case still moves through the workflow, but its content cannot be edited
    vault.cases.close(c1)
    with pytest.raises(ValidationError, match="erased"):
        vault.cases.update(c1, title="again")
    with pytest.raises(ValidationError, match="already erased"):
        vault.retention.erase_case(c1, justification=JUSTIFICATION)


def test_erase_case_redacts_its_exchange_log(vault):
    c1, c2 = add_case(vault), add_case(vault)
    when = "2026-03-12T10:15:00+00:00"
    e1 = vault.exchanges.add(case=c1, direction="sent", summary="Subscriber data for Kowalski's phone",
                             occurred_at=when).id
    e2 = vault.exchanges.add(case=c2, direction="received", summary="Kowalski's bank account", occurred_at=when).id
    ch = vault.retention.erase_case(c1, justification=JUSTIFICATION)
    assert ("exchange", e1) in ch.updated
    assert vault.exchanges.get(e1)["redacted"] and "Kowalski" not in vault.exchanges.get(e1)["summary"]
    assert vault.exchanges.get(e1)["direction"] == "sent"  # statistics stay
    assert vault.exchanges.get(e2)["summary"] == "Kowalski's bank account"  # other cases untouched
    erased = {(e["record_type"], e["record_id"]) for e in vault.audit.list(action="erase")}
    assert erased == {("case", c1), ("exchange", e1)}


def test_erase_case_without_persons_leaves_them(vault):
    c1 = add_case(vault)
    pid = vault.persons.add(name="Jan Kowalski", category="suspect", case=c1).id
    ch = vault.retention.erase_case(c1, justification=JUSTIFICATION)
    assert ch.updated == (("case", c1),)
    assert vault.persons.get(pid)["display_name"] == "Jan Kowalski"


# ------------------------------------------------------------------------- CLI
def run(capsys, vault_path, *argv) -> tuple[int, str, str]:
    rc = main(["--vault", str(vault_path), *argv])
    out, err = capsys.readouterr()
    return rc, out, err


def test_cli_review_keep_and_erase(vault, vault_path, monkeypatch, capsys):
    case_id = add_case(vault, review_date="2026-01-15")
    pid = vault.persons.add(name="Jan Kowalski", category="suspect", review_date="2026-01-10", case=case_id).id
    vault.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    p = vault_path

    rc, out, _ = run(capsys, p, "review", "--on", "2026-01-31", "--json")
    assert rc == 0
    assert [i["id"] for i in json.loads(out)["items"]] == [pid, case_id]
    rc, out, _ = run(capsys, p, "review", "--on", "2026-01-31")
    assert rc == 0 and "LO-2026-0001" in out and "P-2026-0001" in out

    until = (date.today() + timedelta(days=30)).isoformat()
    rc, out, _ = run(capsys, p, "review", "keep", "LO-2026-0001", "--type", "case", "--until", until, "--json")
    assert rc == 0 and json.loads(out)["review_date"] == until

    rc, out, err = run(capsys, p, "person", "erase", "P-2026-0001", "--justification", "short")
    assert rc == 2 and "justification" in err
    rc, out, _ = run(capsys, p, "person", "erase", "P-2026-0001", "--justification", JUSTIFICATION, "--json")
    assert rc == 0 and json.loads(out) == {"id": pid, "erased": True}
    rc, out, _ = run(capsys, p, "review", "--on", "2026-01-31", "--json")
    assert json.loads(out)["items"] == []
    rc, out, _ = run(capsys, p, "person", "erase", "P-2026-0001", "--justification", JUSTIFICATION)
    assert rc == 2
    rc, out, _ = run(capsys, p, "case", "erase", "LO-2026-0001", "--justification", JUSTIFICATION, "--json")
    assert rc == 0 and json.loads(out)["id"] == case_id
    rc, out, _ = run(capsys, p, "person", "erase", "P-1900-0001", "--justification", JUSTIFICATION)
    assert rc == 3


def test_erased_name_leaves_no_trace_in_the_search_index_file(vault):
    ref = vault.persons.add(name="Bartholomew Quixlington", category="witness").extra.get("reference")
    ref = ref or vault.persons.list(limit=1).items[0]["reference"]
    assert vault.search.query("Quixlington").get("person")
    blobs = b"".join(bytes(r[0] or b"") for r in vault.db.execute("SELECT block FROM search_fts_data"))
    assert b"quixlington" in blobs  # the token is in the index segments before erasure
    vault.retention.erase_person(ref, justification="no longer needed for the investigation")
    assert not vault.search.query("Quixlington").get("person")
    blobs = b"".join(bytes(r[0] or b"") for r in vault.db.execute("SELECT block FROM search_fts_data"))
    assert b"quixlington" not in blobs
