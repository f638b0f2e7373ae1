"""Cases: reference numbering, the status workflow, validation refusals, listing
in keyset pages, consultation audit, search, and the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from conftest import PASSPHRASE

from liaison.cli import main
from liaison.errors import Conflict, NotFound, ValidationError
from liaison.paging import encode_cursor
from liaison.records.cases import SORTABLE, STATUSES, TRANSITIONS, offence_categories, seek_bound

# How to reach each status from a new (draft) case.
PATH_TO = {
    "draft": [],
    "open": ["open"],
    "request sent": ["open", "request sent"],
    "awaiting response": ["open", "request sent", "awaiting response"],
    "response received": ["open", "request sent", "awaiting response", "response received"],
    "closed": ["closed"],
    "archived": ["closed", "archived"],
}


def add_case(vault, **kw) -> str:
    fields = {"title": "Vessel Zefir", "requesting_state": "DE", "requested_state": "PL", "summary": "S"}
    fields.update(kw)
    return vault.cases.add(**fields).id


def counts(vault) -> tuple[int, int]:
    db = vault.db
    return (db.execute("SELECT count(*) FROM cases").fetchone()[0], db.execute("SELECT count(*) FROM audit").fetchone()[0])


def audit_for(vault, record_id: str) -> list[dict]:
    return vault.audit.list(record_id=record_id, limit=1000)


# ------------------------------------------------------------------ references
def test_default_pattern_numbers_per_year(vault):
    vault.cases.clock = lambda: datetime(2026, 6, 1, 12, tzinfo=UTC)
    refs = [vault.cases.get(add_case(vault))["reference"] for _ in range(3)]
    assert refs == ["LO-2026-0001", "LO-2026-0002", "LO-2026-0003"]
    vault.cases.clock = lambda: datetime(2027, 6, 1, 12, tzinfo=UTC)
    assert vault.cases.get(add_case(vault))["reference"] == "LO-2027-0001"
    vault.cases.clock = lambda: datetime(2026, 6, 1, 12, tzinfo=UTC)
    assert vault.cases.get(add_case(vault))["reference"] == "LO-2026-0004"


def test_custom_pattern_and_uniqueness_without_year(vault):
    vault.settings.set("case.reference_pattern", "NCB/{seq:05}/{year}")
    vault.cases.clock = lambda: datetime(2026, 6, 1, 12, tzinfo=UTC)
    assert vault.cases.get(add_case(vault))["reference"] == "NCB/00001/2026"
    # The counter is per year, whatever the pattern; a pattern without the year
    # restarts each year but skips references already taken.
    vault.settings.set("case.reference_pattern", "C-{seq}")
    assert vault.cases.get(add_case(vault))["reference"] == "C-2"
    vault.cases.clock = lambda: datetime(2027, 6, 1, 12, tzinfo=UTC)
    assert vault.cases.get(add_case(vault))["reference"] == "C-1"
    assert vault.cases.get(add_case(vault))["reference"] == "C-3"
    refs = [r[0] for r in vault.db.execute("SELECT reference FROM cases")]
    assert len(refs) == len(set(refs)) == 4


@pytest.mark.parametrize("pattern", ["LO-{year}", "LO-{seq}-{officer}", "LO-{seq:zz}", "{seq"])
def test_bad_pattern_refused_nothing_written(vault, pattern):
    vault.settings.set("case.reference_pattern", pattern)
    before = counts(vault)
    with pytest.raises(ValidationError) as exc:
        add_case(vault)
    assert exc.value.field == "case.reference_pattern"
    assert counts(vault) == before
    assert vault.db.execute("SELECT count(*) FROM reference_counters").fetchone()[0] == 0


def test_explicit_reference_must_be_unique(vault):
    add_case(vault, reference="EXT-1")
    before = counts(vault)
    with pytest.raises(ValidationError):
        add_case(vault, reference="ext-1")
    assert counts(vault) == before


def test_resolve_by_id_or_reference_any_case(vault):
    case_id = add_case(vault)
    ref = vault.cases.get(case_id)["reference"]
    assert vault.cases.resolve(case_id) == case_id
    assert vault.cases.resolve(ref.lower()) == case_id
    assert vault.cases.resolve(f"  {ref} ") == case_id
    with pytest.raises(NotFound, match="LO-1999-0001"):
        vault.cases.resolve("LO-1999-0001")
    with pytest.raises(NotFound):
        vault.cases.resolve("")


# ------------------------------------------------------------------ validation
@pytest.mark.parametrize(
    "fields, field",
    [
        ({"requesting_state": "XX"}, "requesting_state"),
        ({"requested_state": "ZZ"}, "requested_state"),
        ({"requested_state": None}, "requested_state"),
        ({"requested_state": "de"}, "requested_state"),  # same as requesting
        ({"title": "   "}, "title"),
        ({"title": "x" * 501}, "title"),
        ({"urgency": "urgent"}, "urgency_reason"),
        ({"urgency": "very"}, "urgency"),
        ({"offence_category": "jaywalking"}, "offence_category"),
        ({"handling": "TLP:PURPLE"}, "handling"),
        ({"handling": "TLP:AMBER H3"}, "h3_text"),
        ({"review_date": "31/12/2026"}, "review_date"),
        ({"legal_basis": "no such treaty"}, "legal_basis"),
        ({"colour": "red"}, "colour"),
        ({"tags": ["x" * 65]}, "tags"),
    ],
)
def test_validation_refusals_write_nothing(vault, fields, field):
    add_case(vault)
    before = counts(vault)
    search_before = vault.db.execute("SELECT count(*) FROM search_entries").fetchone()[0]
    with pytest.raises(ValidationError) as exc:
        add_case(vault, **fields)
    assert exc.value.field == field
    assert str(exc.value)  # a message a person can act on
    assert counts(vault) == before
    assert vault.db.execute("SELECT count(*) FROM search_entries").fetchone()[0] == search_before


def test_new_case_starts_draft_or_open(vault):
    with pytest.raises(ValidationError):
        vault.cases.add(title="T", requesting_state="DE", requested_state="PL", status="closed")
    assert counts(vault)[0] == 0


def test_fields_normalised_and_stored(vault):
    agreement = vault.db.execute("SELECT id, reference FROM agreements WHERE reference != '' LIMIT 1").fetchone()
    case_id = add_case(
        vault, requesting_state="el", requested_state="uk", offence_category="Laundering of the proceeds of crime",
        urgency="urgent", urgency_reason="Suspect leaves on Friday", handling="tlp:amber h3",
        handling_h3_text="Only for the prosecutor", review_date="2027-01-31", tags=["boat", "Boat", " harbour "],
        legal_basis=agreement[1], counterpart_reference="PL/123/26", assigned_officer="Insp. Nowak",
    )
    c = vault.cases.get(case_id)
    assert (c["requesting_state"], c["requested_state"]) == ("GR", "GB")
    assert c["offence_category"] == "money-laundering"
    assert c["offence_title"] == "Laundering of the proceeds of crime"
    assert c["handling"] == "TLP:AMBER H3" and c["handling_h3_text"] == "Only for the prosecutor"
    assert c["tags"] == ["boat", "harbour"]
    assert c["legal_basis_id"] == agreement[0]
    assert c["legal_basis"]["reference"] == agreement[1]
    assert (c["status"], c["rev"], c["origin"]) == ("draft", 1, "user")
    # by the agreement's id too
    other = add_case(vault, legal_basis=agreement[0])
    assert vault.cases.get(other)["legal_basis_id"] == agreement[0]
    # an update of another field keeps every stored value valid and unchanged
    vault.cases.update(case_id, title="Renamed")
    c2 = vault.cases.get(case_id)
    assert c2["title"] == "Renamed" and c2["rev"] == 2
    assert {k: v for k, v in c2.items() if k not in ("title", "rev", "updated_at")} == {
        k: v for k, v in c.items() if k not in ("title", "rev", "updated_at")}
    vault.cases.update(case_id, legal_basis="", urgency="normal")
    c3 = vault.cases.get(case_id)
    assert (c3["legal_basis_id"], c3["legal_basis"], c3["urgency"], c3["urgency_reason"]) == (None, None, "normal", "")


def test_offence_categories_are_the_32_of_annex_d():
    cats = offence_categories()
    assert len(cats) == 32
    titles = list(cats.values())
    assert titles[0] == "Participation in a criminal organisation"
    assert titles[-1] == "Sabotage"
    assert "Crimes within the jurisdiction of the International Criminal Court" in titles


def test_free_text_offence(vault):
    case_id = add_case(vault, offence_text="Illegal fishing")
    c = vault.cases.get(case_id)
    assert (c["offence_category"], c["offence_text"]) == ("", "Illegal fishing")


# -------------------------------------------------------------------- workflow
@pytest.mark.parametrize("start", STATUSES)
def test_every_transition_allowed_or_refused(vault, start):
    for target in STATUSES:
        case_id = add_case(vault)
        for step in PATH_TO[start]:
            vault.cases.set_status(case_id, step, reason="reopen reason" if step == "open" else None)
        assert vault.cases.get(case_id)["status"] == start
        before = vault.cases.get(case_id)
        n_audit = counts(vault)[1]
        reason = "new evidence arrived"
        if target in TRANSITIONS[start]:
            ch = vault.cases.set_status(case_id, target, reason=reason)
            after = vault.cases.get(case_id)
            assert after["status"] == target
            assert after["rev"] == before["rev"] + 1
            entry = audit_for(vault, case_id)[-1]
            assert entry["action"] == "alter"
            assert entry["details"] == {"from": start, "to": target}
            assert ch.updated == (("case", case_id),)
        else:
            with pytest.raises(ValidationError) as exc:
                vault.cases.set_status(case_id, target, reason=reason)
            allowed = TRANSITIONS[start]
            for name in allowed:
                assert name in str(exc.value)
            after = vault.cases.get(case_id)
            assert (after["status"], after["rev"], after["updated_at"]) == (start, before["rev"], before["updated_at"])
            assert counts(vault)[1] == n_audit


def test_workflow_table_shape():
    assert set(TRANSITIONS) == set(STATUSES)
    for s in ("draft", "open", "request sent", "awaiting response", "response received"):
        assert "closed" in TRANSITIONS[s]
    assert TRANSITIONS["response received"] == ("awaiting response", "closed")
    assert "open" in TRANSITIONS["closed"] and "open" in TRANSITIONS["archived"]


def test_reopen_needs_reason_and_dates_are_kept(vault):
    case_id = add_case(vault)
    vault.cases.set_status(case_id, "open")
    opened = vault.cases.get(case_id)["opened_at"]
    assert opened
    vault.cases.close(case_id, reason="answered")
    assert vault.cases.get(case_id)["closed_at"]
    n = counts(vault)[1]
    with pytest.raises(ValidationError, match="reason"):
        vault.cases.set_status(case_id, "open")
    assert vault.cases.get(case_id)["status"] == "closed" and counts(vault)[1] == n
    vault.cases.reopen(case_id, reason="counterpart sent more documents")
    c = vault.cases.get(case_id)
    assert (c["status"], c["closed_at"], c["opened_at"]) == ("open", "", opened)
    entry = audit_for(vault, case_id)[-1]
    assert entry["justification"] == "counterpart sent more documents"
    assert "reopened" in entry["summary"]


def test_unknown_status_refused(vault):
    case_id = add_case(vault)
    with pytest.raises(ValidationError):
        vault.cases.set_status(case_id, "pending")
    assert vault.cases.get(case_id)["status"] == "draft"


# ---------------------------------------------------------------------- update
def test_update_changes_fields_and_audits_names_not_values(vault):
    case_id = add_case(vault, title="Secret title Kowalski")
    ch = vault.cases.update(case_id, title="Renamed Kowalski", tags=["x"], urgency="urgent", urgency_reason="flight")
    assert ch.updated == (("case", case_id),)
    c = vault.cases.get(case_id)
    assert (c["title"], c["tags"], c["urgency"], c["rev"]) == ("Renamed Kowalski", ["x"], "urgent", 2)
    entry = audit_for(vault, case_id)[-1]
    assert entry["action"] == "alter"
    assert entry["details"] == {"fields": ["tags", "title", "urgency", "urgency_reason"]}
    # The audit trail outlives erasure: no titles in it.
    for e in audit_for(vault, case_id):
        assert "Kowalski" not in json.dumps(e, ensure_ascii=False)
    assert vault.cases.update(case_id, title="Renamed Kowalski").updated == ()


def test_update_refusals(vault):
    case_id = add_case(vault)
    before = vault.cases.get(case_id)
    n = counts(vault)
    for kwargs in ({"status": "open"}, {"reference": "X"}, {"requested_state": "QQ"}, {"nope": 1}):
        with pytest.raises(ValidationError):
            vault.cases.update(case_id, **kwargs)
    with pytest.raises(Conflict):
        vault.cases.update(case_id, expected_rev=5, title="stale")
    with pytest.raises(NotFound):
        vault.cases.update("LO-1900-0001", title="x")
    assert vault.cases.get(case_id) == before and counts(vault) == n


# ------------------------------------------------------------ list and paging
def test_list_filters_and_keyset_pages(vault):
    ids = []
    for i in range(7):
        ids.append(add_case(
            vault, title=f"Case {i} {'harbour' if i % 2 else 'airport'}",
            requested_state="PL" if i < 4 else "FR", assigned_officer="Anna" if i < 3 else "Ben",
            urgency="urgent" if i == 6 else "normal", urgency_reason="flight" if i == 6 else "",
            tags=["boat"] if i in (1, 5) else [], offence_category="fraud" if i == 2 else "",
        ))
    vault.cases.set_status(ids[0], "open")

    def refs(**kw):
        return {c["id"] for c in vault.cases.list(limit=100, **kw).items}

    assert refs(status="open") == {ids[0]}
    assert refs(status=["open", "draft"]) == set(ids)
    assert refs(requested_state="fr") == set(ids[4:])
    assert refs(state="PL") == set(ids[:4])
    assert refs(state="DE") == set(ids)
    assert refs(officer="Anna") == set(ids[:3])
    assert refs(urgency="urgent") == {ids[6]}
    assert refs(tag="BOAT") == {ids[1], ids[5]}
    assert refs(text="harb") == {ids[1], ids[3], ids[5]}
    assert refs(text="LO-") == set(ids)
    assert refs(text="%") == set()  # LIKE wildcards are literal
    assert refs(offence_category="fraud") == {ids[2]}

    for sort, desc in (("reference", False), ("title", True), ("created_at", True), ("assigned_officer", False)):
        seen, after = [], None
        while True:
            page = vault.cases.list(sort=sort, descending=desc, limit=3, after=after)
            seen += page.items
            after = page.next_cursor
            if not after:
                break
        keys = [(c[sort], c["id"]) for c in seen]
        assert keys == sorted(keys, reverse=desc)
        assert {c["id"] for c in seen} == set(ids)

    with pytest.raises(ValidationError):
        vault.cases.list(sort="summary")
    with pytest.raises(ValidationError):
        vault.cases.list(status="pending")
    with pytest.raises(ValidationError):
        vault.cases.list(state="XX")


def test_list_uses_an_index(vault):
    plan = vault.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE erased_at = '' ORDER BY updated_at DESC, id DESC LIMIT 5"
    ).fetchall()
    text = " ".join(str(r) for r in plan)
    assert "cases_updated_at" in text and "TEMP B-TREE" not in text
    # With the planner statistics written by the migration, a common filter walks
    # the sort index instead of sorting every open case (see bench_cases).
    plan = vault.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE status IN ('open', 'request sent') AND "
        "(requesting_state = 'PL' OR requested_state = 'PL') ORDER BY updated_at DESC, id DESC LIMIT 51"
    ).fetchall()
    assert "TEMP B-TREE" not in " ".join(str(r) for r in plan)
    # A deep page seeks (no scan from the start of the index) thanks to seek_bound.
    cursor = encode_cursor("LO-2026-0500", "01J0000000000000000000000")
    assert seek_bound("reference", SORTABLE, False, cursor) == (["reference >= ?"], ["LO-2026-0500"])
    assert seek_bound("created_at", SORTABLE, True, cursor)[0] == ["created_at <= ?"]
    assert seek_bound("reference", SORTABLE, False, None) == ([], [])
    plan = vault.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE reference >= ? AND (reference > ? OR (reference = ? AND "
        "id > ?)) ORDER BY reference, id LIMIT 51", ["LO-2026-0500", "LO-2026-0500", "LO-2026-0500", "x"],
    ).fetchall()
    assert "SEARCH" in " ".join(str(r) for r in plan)


# ------------------------------------------------------- consult audit, search
def test_consultation_is_audited(vault):
    case_id = add_case(vault)
    n = len(audit_for(vault, case_id))
    vault.cases.get(case_id)
    assert len(audit_for(vault, case_id)) == n
    vault.cases.get(case_id, consult=True, justification="status inquiry from PL")
    entry = audit_for(vault, case_id)[-1]
    assert (entry["action"], entry["ref"], entry["justification"]) == ("consult", "LO-2026-0001",
                                                                        "status inquiry from PL")
    assert audit_for(vault, case_id)[0]["action"] == "create"
    assert vault.audit.verify().ok


def test_cases_are_searchable(vault):
    case_id = add_case(vault, title="Zefir vessel in Łódź", counterpart_reference="PL-77/26")
    hits = vault.search.query("lodz")
    assert [h["record_id"] for h in hits.get("case", [])] == [case_id]
    assert vault.search.query("LO-2026-0001").get("case")
    vault.cases.update(case_id, title="Other name")
    assert not vault.search.query("lodz").get("case")


# --------------------------------------------------------------------------- CLI
def run(capsys, vault_path, *argv) -> tuple[int, str, str]:
    rc = main(["--vault", str(vault_path), *argv])
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture
def cli_vault(vault, vault_path, monkeypatch):
    vault.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    return vault_path


def test_cli_case_lifecycle(cli_vault, capsys):
    p = cli_vault
    rc, out, _ = run(capsys, p, "case", "add", "--title", "T", "--requesting-state", "DE", "--requested-state", "PL",
                     "--summary", "S", "--tag", "boat", "--json")
    assert rc == 0
    data = json.loads(out)
    assert data["reference"] == "LO-2026-0001" and len(data["id"]) == 26

    rc, out, _ = run(capsys, p, "case", "list", "--json", "--limit", "1")
    page = json.loads(out)
    assert rc == 0 and [c["id"] for c in page["items"]] == [data["id"]] and page["next_cursor"] is None

    rc, out, err = run(capsys, p, "case", "status", "lo-2026-0001", "--to", "request sent")
    assert rc == 2 and "Possible: open, closed" in err

    rc, out, _ = run(capsys, p, "case", "status", data["id"], "--to", "open", "--json")
    assert rc == 0 and json.loads(out) == {"id": data["id"], "from": "draft", "to": "open"}

    rc, out, _ = run(capsys, p, "case", "update", "LO-2026-0001", "--title", "New title", "--json")
    assert rc == 0 and json.loads(out)["changed"] is True

    rc, out, _ = run(capsys, p, "case", "show", "LO-2026-0001")
    assert rc == 0 and "New title" in out and "open" in out

    rc, out, _ = run(capsys, p, "case", "close", "LO-2026-0001", "--reason", "done", "--json")
    assert rc == 0 and json.loads(out)["to"] == "closed"

    rc, out, _ = run(capsys, p, "case", "list", "--status", "closed")
    assert rc == 0 and "LO-2026-0001" in out

    rc, out, err = run(capsys, p, "case", "show", "LO-2000-0009", "--json")
    assert rc == 3 and json.loads(out)["error"]["type"] == "NotFound"


def test_cli_refusals_write_nothing(cli_vault, capsys):
    p = cli_vault
    rc, out, err = run(capsys, p, "case", "add", "--title", "T", "--requesting-state", "DE", "--requested-state",
                       "XX", "--json")
    assert rc == 2
    assert json.loads(out)["error"]["field"] == "requested_state"
    rc, out, _ = run(capsys, p, "case", "list", "--json")
    assert json.loads(out)["items"] == []
    rc, out, err = run(capsys, p, "case", "add", "--title", "T", "--requesting-state", "DE", "--requested-state",
                       "PL", "--urgency", "urgent")
    assert rc == 2 and "urgency_reason" in err
    rc, out, _ = run(capsys, p, "case", "list", "--limit", "0")
    assert rc == 2
