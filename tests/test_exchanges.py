"""The exchange log: append-only (in the database too), corrections, attachments,
validation, redaction, cross-check, and the ``log`` commands."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from datetime import UTC, datetime, timedelta

import pytest
from conftest import PASSPHRASE

from liaison.cli import main
from liaison.db import DatabaseError
from liaison.errors import Conflict, NotFound, ValidationError, VaultCorrupted
from liaison.records import attachments as att

WHEN = datetime(2026, 3, 10, 14, 30, tzinfo=UTC)


def counts(vault) -> tuple[int, int, int, int]:
    db = vault.db
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("exchanges", "attachments", "deadlines", "audit"))


@pytest.fixture
def case(vault):
    return vault.cases.add(title="Vessel Zefir", requesting_state="PL", requested_state="DE",
                           counterpart_reference="BKA-77/2026").extra["reference"]


def log(vault, **kw):
    fields = {"direction": "sent", "summary": "Request for subscriber data", "occurred_at": WHEN}
    fields.update(kw)
    return vault.exchanges.add(**fields)


# ------------------------------------------------------------------ add / get
def test_add_and_get_round_trip(vault, case, multiscript):
    contact = vault.contacts.add(name="Anna Nowak", country="PL", email="a.nowak@policja.example").id
    text = multiscript["awkward"][0]["text"] + "\n" + multiscript["names"][0]["text"]
    result = log(vault, case=case, direction="received", channel="SIENA", counterpart=contact, summary=text,
                 handling="tlp:amber h3", h3_text="Not for court without consent", evaluation="b2",
                 conditions="Police use only", reference="LO-REF-1", counterpart_reference="PL-9/26",
                 request_type="spontaneous-information", occurred_at="2026-03-10T15:30:00+01:00",
                 legal_basis="ets 185")
    assert result.created[0][0] == "exchange"
    e = vault.exchanges.get(result.id)
    assert e["summary"] == text  # kept exactly, any script
    assert e["occurred_at"] == "2026-03-10T14:30:00+00:00"  # stored in UTC
    assert e["channel"] == "Europol SIENA" and e["handling"] == "TLP:AMBER H3"
    assert e["h3_text"] == "Not for court without consent" and "Not for court" in e["handling_description"]
    assert e["evaluation"] == "B2" and e["case_reference"] == case
    assert e["legal_basis_id"] == vault.agreements.resolve("ETS 185") and "Cybercrime" in e["legal_basis_title"]
    assert (e["counterpart_id"], e["counterpart_name"], e["counterpart_country"]) == (contact, "Anna Nowak", "PL")
    assert e["is_request"] is False and e["corrected"] is False
    assert vault.exchanges.resolve(f"#{e['seq']}") == result.id == vault.exchanges.resolve(str(e["seq"]))
    assert vault.exchanges.resolve("pl-9/26") == result.id  # the counterpart's reference, any case
    # Audited as a creation; showing it is not audited.
    entries = vault.audit.list(record_type="exchange", record_id=result.id)
    assert [x["action"] for x in entries] == ["create"]
    vault.exchanges.get(result.id)
    assert len(vault.audit.list(record_type="exchange", record_id=result.id)) == 1
    # Indexed in search, with its case.
    hits = vault.search.query("Zefir", types=["exchange"]) or vault.search.query("LO-REF-1", types=["exchange"])
    assert hits["exchange"][0]["record_id"] == result.id


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"direction": "sideways"}, "direction"),
        ({"direction": None}, "direction"),
        ({"summary": "   "}, "summary"),
        ({"handling": "TLP:PURPLE"}, "handling"),
        ({"handling": "TLP:RED TLP:GREEN"}, "handling"),
        ({"handling": "TLP:AMBER H3"}, "h3_text"),
        ({"evaluation": "D5"}, "evaluation"),
        ({"channel": "carrier pigeon"}, "channel"),
        ({"counterpart_country": "XX"}, "counterpart_country"),
        ({"outcome": "granted"}, "outcome"),
        ({"information_access": "direct", "request_type": "mla-request"}, "information_access"),
        ({"request_type": "gossip"}, "request_type"),
        ({"occurred_at": datetime.now(UTC) + timedelta(days=1)}, "occurred_at"),
        ({"occurred_at": "yesterday"}, "occurred_at"),
        ({"case": "LO-1999-9999"}, "case"),
        ({"response_to": "#999"}, "response_to"),
        ({"counterpart": "nobody@example.org"}, "counterpart"),
        ({"legal_basis": "ETS 999"}, "legal_basis"),
        ({"response_due": "2026-03-01T00:00:00+00:00"}, "response_due"),
        ({"summary": "x" * 20_001}, "summary"),
    ],
)
def test_refusals_write_nothing(vault, case, fields, field):
    before = counts(vault)
    with pytest.raises(ValidationError) as exc:
        log(vault, attachments=[("a.txt", b"x")], **fields)
    assert exc.value.field == field
    assert str(exc.value)  # a message a person can act on
    assert counts(vault) == before


def test_unknown_field_is_refused(vault):
    with pytest.raises(ValidationError, match="Unknown log field"):
        log(vault, colour="red")


# ---------------------------------------------------------- append-only, corrections
def test_database_refuses_update_and_delete(vault):
    eid = log(vault).id
    db = vault.db
    for sql in (
        "UPDATE exchanges SET summary = 'rewritten' WHERE id = ?",
        "UPDATE exchanges SET occurred_at = '2020-01-01T00:00:00+00:00' WHERE id = ?",
        "UPDATE exchanges SET handling = 'TLP:CLEAR' WHERE id = ?",
        "UPDATE exchanges SET redacted = 1, direction = 'received' WHERE id = ?",
        "DELETE FROM exchanges WHERE id = ?",
    ):
        with pytest.raises(DatabaseError, match="append-only"):
            db.execute(sql, (eid,))
    e = vault.exchanges.get(eid)
    assert e["summary"] == "Request for subscriber data" and e["direction"] == "sent" and not e["redacted"]
    with pytest.raises(DatabaseError, match="append-only"):
        db.execute("DELETE FROM exchanges")


def test_correction_chain(vault, case):
    first = log(vault, case=case, summary="Sent to the wrong desk", reference="LO-7")
    seq1 = vault.exchanges.get(first.id)["seq"]
    with pytest.raises(ValidationError):
        vault.exchanges.correct(first.id, reason="  ", summary="x")
    second = vault.exchanges.correct(f"#{seq1}", reason="wrong desk named", summary="Sent to the cyber desk")
    assert ("exchange", first.id) in second.updated and second.extra["corrects"] == first.id
    new = vault.exchanges.get(second.id)
    assert new["corrects_id"] == first.id and new["correction_reason"] == "wrong desk named"
    assert new["case_id"] == vault.cases.resolve(case) and new["reference"] == "LO-7"  # the rest carried over
    old = vault.exchanges.get(first.id)
    assert old["summary"] == "Sent to the wrong desk"  # the corrected entry stays as it was
    assert old["corrected_by"]["id"] == second.id
    # Correcting the corrected entry again is refused: correct the current version.
    with pytest.raises(Conflict, match=f"#{new['seq']}"):
        vault.exchanges.correct(first.id, reason="again", summary="y")
    third = vault.exchanges.update(second.id, reason="typo", summary="Sent to the cybercrime desk")
    # Lists show the current version only, or mark the corrected ones.
    current = vault.exchanges.list().items
    assert [e["id"] for e in current] == [third.id]
    marked = {e["id"]: e["corrected"] for e in vault.exchanges.list(include_corrected=True, sort="seq").items}
    assert marked == {first.id: True, second.id: True, third.id: False}
    assert [v["id"] for v in vault.exchanges.history(second.id)] == [first.id, second.id, third.id]
    # The letter reference now names the current version.
    assert vault.exchanges.resolve("LO-7") == third.id
    # The database also refuses a second correction of the same entry.
    with pytest.raises(DatabaseError):
        vault.db.execute("UPDATE exchanges SET corrects_id = ? WHERE id = ?", (first.id, third.id))
    actions = [e["summary"] for e in vault.audit.list(record_type="exchange")]
    assert f"log entry #{new['seq']} corrects #{seq1}" in actions
    assert not any("desk" in s for s in actions)  # the audit trail, which cannot be erased, holds no free text
    # Search finds the current version only.
    hits = vault.search.query("desk", types=["exchange"]).get("exchange", [])
    assert [h["record_id"] for h in hits] == [third.id]


def test_correcting_a_request_recomputes_its_open_deadlines(vault):
    req = log(vault, direction="received", request_type="information-request")
    corrected = vault.exchanges.correct(req.id, reason="it was urgent", urgency="urgent",
                                        information_access="indirect")
    deadlines = vault.deadlines.for_exchange(corrected.id)
    assert [(d["rule"], d["due_at"]) for d in deadlines] == [
        ("info-urgent-indirect", (WHEN + timedelta(days=3)).isoformat())]
    assert vault.deadlines.for_exchange(req.id) == []


def test_response_links_and_meets(vault, case):
    req = log(vault, case=case, direction="received", request_type="information-request")
    resp = log(vault, direction="sent", summary="Answer", response_to=req.id, outcome="information provided",
               occurred_at=WHEN + timedelta(days=1))
    r = vault.exchanges.get(resp.id)
    assert r["response_to_id"] == req.id and r["case_id"] == vault.cases.resolve(case)  # inherits the case
    assert vault.exchanges.get(req.id)["responses"][0]["id"] == resp.id
    assert [e["id"] for e in vault.exchanges.list(response_to=req.id).items] == [resp.id]
    assert resp.extra["deadlines_met"] and vault.deadlines.for_exchange(req.id)[0]["state"] == "met"
    with pytest.raises(ValidationError, match="before"):
        log(vault, direction="sent", summary="x", response_to=req.id, occurred_at=WHEN - timedelta(hours=1))


def test_list_filters_and_keyset_paging(vault, case):
    ids = [log(vault, case=case if i % 2 else None, direction="received" if i % 3 else "sent",
               counterpart_country="DE" if i < 5 else "FR", occurred_at=WHEN + timedelta(hours=i)).id
           for i in range(9)]
    seen, after = [], None
    while True:
        page = vault.exchanges.list(limit=4, after=after)
        seen += [e["id"] for e in page.items]
        if not (after := page.next_cursor):
            break
    assert seen == list(reversed(ids))  # newest first
    assert {e["id"] for e in vault.exchanges.list(case=case).items} == {ids[i] for i in range(9) if i % 2}
    assert {e["case_reference"] for e in vault.exchanges.list().items} == {case, ""}
    assert {e["id"] for e in vault.exchanges.list(direction="sent").items} == {ids[0], ids[3], ids[6]}
    assert len(vault.exchanges.list(counterpart_country="fr").items) == 4
    with pytest.raises(ValidationError):
        vault.exchanges.list(sort="summary")
    with pytest.raises(NotFound):
        vault.exchanges.resolve("#12345")


# ------------------------------------------------------------------ attachments
def test_attachment_round_trip_byte_for_byte(vault, tmp_path):
    blob = bytes(range(256)) * 1000 + b"\x00\xff" + "Łódź 王小明".encode()
    src = tmp_path / "scan.pdf"
    src.write_bytes(blob)
    result = log(vault, attachments=[src, ("../../etc/notes.txt", b"")])
    atts = vault.exchanges.get(result.id)["attachments"]
    assert [a["filename"] for a in atts] == ["scan.pdf", "notes.txt"]  # no folder survives
    a = atts[0]
    assert a["size"] == len(blob) and a["sha256"] == hashlib.sha256(blob).hexdigest()
    assert a["media_type"] == "application/pdf"
    assert vault.attachments.content(a["id"]) == blob
    assert vault.attachments.content(atts[1]["id"]) == b""
    dest_dir = tmp_path / "export"
    dest_dir.mkdir()
    out = vault.attachments.save(a["id"], dest_dir)
    assert out.read_bytes() == blob and out.name == "scan.pdf"
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    with pytest.raises(Conflict):
        vault.attachments.save(a["id"], dest_dir)
    audit = vault.audit.list(record_type="attachment")
    assert [e["action"] for e in audit].count("create") == 2 and audit[-1]["action"] == "export"
    # Attachments are append-only in the database too.
    with pytest.raises(DatabaseError, match="append-only"):
        vault.db.execute("UPDATE attachments SET file_key = zeroblob(32) WHERE id = ?", (a["id"],))
    with pytest.raises(DatabaseError, match="append-only"):
        vault.db.execute("DELETE FROM attachments WHERE id = ?", (a["id"],))
    # Added later to the entry: a new attachment, audited.
    later = vault.attachments.add(result.id, data=b"late", filename="late.txt")
    assert vault.attachments.content(later.id) == b"late"


def test_attachment_size_limit(vault, tmp_path, monkeypatch):
    # The real limit: a sparse file one byte over 50 MiB is refused without being read.
    big = tmp_path / "big.bin"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)
    before = counts(vault)
    with pytest.raises(ValidationError, match="limit is 50.0 MiB") as exc:
        log(vault, attachments=[big])
    assert exc.value.field == "attachment"
    assert counts(vault) == before  # neither the entry nor the file was written
    # At the boundary (a small limit keeps the test fast).
    monkeypatch.setattr(att, "MAX_BYTES", 1024)
    ok = log(vault, attachments=[("edge.bin", b"a" * 1024)])
    assert vault.exchanges.get(ok.id)["attachments"][0]["size"] == 1024
    before = counts(vault)
    with pytest.raises(ValidationError):
        log(vault, attachments=[("over.bin", b"a" * 1025)])
    with pytest.raises(ValidationError):
        vault.attachments.add(ok.id, data=b"a" * 1025, filename="over.bin")
    assert counts(vault) == before
    with pytest.raises(ValidationError):
        log(vault, attachments=[("bad.bin", b"x", "extra")])
    with pytest.raises(ValidationError):
        vault.attachments.add(ok.id, data=b"x", filename="x.bin", media_type="not a type")


def test_damaged_attachment_is_detected(vault):
    aid = log(vault, attachments=[("a.txt", b"original")]).id
    aid = vault.exchanges.get(aid)["attachments"][0]["id"]
    other = log(vault, attachments=[("b.txt", b"another")]).id
    other = vault.exchanges.get(other)["attachments"][0]["id"]
    file_id = vault.db.execute("SELECT file_id FROM attachments WHERE id = ?", (aid,)).fetchone()[0]
    path = vault.files.path(file_id)
    sealed = path.read_bytes()
    assert b"original" not in sealed  # encrypted on disk
    # One flipped bit in the encrypted file: it no longer authenticates.
    path.write_bytes(sealed[:-1] + bytes([sealed[-1] ^ 1]))
    with pytest.raises(VaultCorrupted, match="damaged or was altered"):
        vault.attachments.content(aid)
    # Another attachment's file put in its place (same store, its own key): refused too.
    other_id = vault.db.execute("SELECT file_id FROM attachments WHERE id = ?", (other,)).fetchone()[0]
    path.write_bytes(vault.files.path(other_id).read_bytes())
    with pytest.raises(VaultCorrupted, match="damaged or was altered"):
        vault.attachments.content(aid)
    # A file gone missing says so.
    path.unlink()
    with pytest.raises(VaultCorrupted, match="missing"):
        vault.attachments.content(aid)
    # Rows pointing at another record's file and key (damage below the store; the trigger goes first):
    # the file opens, but not as the recorded SHA-256.
    vault.db.execute("DROP TRIGGER attachments_append_only")
    vault.db.execute("UPDATE attachments SET (file_id, file_key) = (SELECT file_id, file_key FROM attachments "
                     "WHERE id = ?) WHERE id = ?", (other, aid))
    with pytest.raises(VaultCorrupted, match="SHA-256"):
        vault.attachments.content(aid)
    assert any("does not match" in p for p in vault.check()["problems"])


# ------------------------------------------------------------------ redaction
def test_redaction_is_the_one_audited_way_to_erase(vault, case):
    first = log(vault, case=case, summary="About Jan Kowalski", names=["Jan Kowalski"], identifiers=["AB123"],
                attachments=[("id.jpg", b"photo")])
    second = vault.exchanges.correct(first.id, reason="spelling", summary="About Jan Kowalsky")
    with pytest.raises(ValidationError):
        vault.exchanges.redact(second.id, justification="")
    changes = vault.exchanges.redact(second.id, justification="retention period ended")
    assert {i for _, i in changes.updated} == {first.id, second.id}
    for eid in (first.id, second.id):
        e = vault.exchanges.get(eid)
        assert e["redacted"] and e["summary"] == "[erased]" and e["names"] == [] and e["identifiers"] == []
        assert e["correction_reason"] in ("", "[erased]")
        assert e["direction"] == "sent" and e["case_id"]  # what statistics need stays
    aid = vault.exchanges.get(first.id)["attachments"][0]["id"]
    with pytest.raises(Conflict):
        vault.attachments.content(aid)
    assert vault.db.execute("SELECT file_id, file_key FROM attachments WHERE id = ?", (aid,)).fetchone() == (None, None)
    assert vault.files.on_disk() == []  # the encrypted file is gone, its key overwritten
    assert vault.search.query("Kowalski", types=["exchange"]) == {}
    erase = vault.audit.list(action="erase")
    assert {e["record_id"] for e in erase} == {first.id, second.id}
    assert all(e["justification"] == "retention period ended" for e in erase)
    with pytest.raises(Conflict):
        vault.exchanges.redact(first.id, justification="again")
    with pytest.raises(Conflict):
        vault.exchanges.correct(second.id, reason="x", summary="y")
    # Erased stays erased, even below the store.
    with pytest.raises(DatabaseError, match="append-only"):
        vault.db.execute("UPDATE exchanges SET redacted = 0 WHERE id = ?", (first.id,))
    with pytest.raises(DatabaseError, match="append-only"):
        vault.db.execute("UPDATE exchanges SET summary = 'back' WHERE id = ?", (first.id,))


# ------------------------------------------------------------------ cross-check
def test_cross_check_finds_person_across_scripts_and_by_document(vault, case, multiscript):
    persons = {}
    for n in multiscript["names"]:
        persons[n["latin"]] = vault.persons.add(names=[n["text"]], transliteration=n["latin"],
                                                category="suspect").id
    sidorov = vault.persons.add(names=["Иван Сидоров"], category="witness",
                                documents=[{"type": "passport", "number": "75 1234567", "country": "RU"}]).id
    latin_only = vault.persons.add(names=["Olga Ivanova"], category="victim").id
    for n in multiscript["names"]:
        found = vault.exchanges.cross_check(names=[n["latin"]])
        assert persons[n["latin"]] in [p["id"] for p in found["persons"]], n
        found = vault.exchanges.cross_check(names=[n["text"]])
        assert persons[n["latin"]] in [p["id"] for p in found["persons"]], n
    # The automatic transliteration (anyascii) of a Cyrillic name, typed in Latin by the counterpart.
    found = vault.exchanges.cross_check(names=["Ivan Sidorov"])
    assert sidorov in [p["id"] for p in found["persons"]]
    # And the other way: a Latin record found from a name written in Cyrillic.
    found = vault.exchanges.cross_check(names=["Ольга Иванова"])
    assert [p["id"] for p in found["persons"]] == [latin_only]
    # A document number, written differently, matches exactly.
    found = vault.exchanges.cross_check(identifiers=["751234567"])
    [hit] = found["persons"]
    assert hit["id"] == sidorov and hit["how"] == "exact" and hit["matched_on"] == ["identifier 751234567"]
    found = vault.exchanges.cross_check(names=["Nobody Atall"], identifiers=["ZZ-000"])
    assert found["persons"] == [] and found["cases"] == []


def test_received_request_is_cross_checked_automatically(vault, case):
    vault.persons.add(names=["Łukasz Żółkiewski"], category="suspect",
                      documents=[{"type": "identity card", "number": "ABC 123456", "country": "PL"}])
    earlier = log(vault, counterpart_reference="BKA-77/2026", summary="Our request on the vessel")
    before = len(vault.audit.list(action="combine"))
    sent = log(vault, direction="sent", request_type="information-request", names=["Lukasz Zolkiewski"])
    assert "cross_check" not in sent.extra  # only incoming requests
    result = log(vault, direction="received", request_type="information-request", summary="Request on a suspect",
                 names=["Lukasz Zolkiewski"], identifiers=["ABC-123456"], counterpart_reference="BKA-77/2026",
                 case=case)
    cc = result.extra["cross_check"]
    assert [p["title"] for p in cc["persons"]] == ["Łukasz Żółkiewski"]
    assert sorted(cc["persons"][0]["matched_on"]) == ["identifier ABC-123456", "name Lukasz Zolkiewski"]
    assert [c["ref"] for c in cc["cases"]] == [case]  # by the counterpart's reference
    ex_ids = [e["id"] for e in cc["exchanges"]]
    assert earlier.id in ex_ids and result.id not in ex_ids  # never matches itself
    combine = vault.audit.list(action="combine")
    assert len(combine) == before + 1 and combine[-1]["record_id"] == result.id


# ------------------------------------------------------------------ CLI
def _cli(vault_path, *argv) -> int:
    return main(["--vault", str(vault_path), *argv])


def test_cli_log_commands(vault_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    assert _cli(vault_path, "init", "--no-keychain") == 0
    capsys.readouterr()
    assert _cli(vault_path, "case", "add", "--title", "Zefir", "--requesting-state", "PL", "--requested-state", "DE",
                "--json") == 0
    case_ref = json.loads(capsys.readouterr().out)["reference"]
    f = tmp_path / "letter.txt"
    f.write_bytes(b"letter body")
    assert _cli(vault_path, "log", "add", "--case", case_ref, "--direction", "sent", "--channel", "SIENA",
                "--summary", "Request sent", "--handling", "TLP:AMBER", "--attach", str(f),
                "--at", "2026-03-10T14:30:00+00:00") == 0
    out = capsys.readouterr().out.splitlines()
    eid = out[0]  # add prints the id
    assert len(eid) == 26 and "#1" in out[1]
    assert _cli(vault_path, "log", "add", "--direction", "received", "--summary", "Urgent request",
                "--request-type", "information-request", "--urgency", "urgent", "--information-access", "direct",
                "--name", "Jürgen Groß", "--json") == 0
    added = json.loads(capsys.readouterr().out)
    assert set(added) >= {"id", "seq", "deadlines", "cross_check"} and added["seq"] == 2
    assert _cli(vault_path, "log", "list", "--json", "--limit", "1") == 0
    page = json.loads(capsys.readouterr().out)
    assert [e["seq"] for e in page["items"]] == [2] and page["next_cursor"]
    assert _cli(vault_path, "log", "list", "--json", "--after", page["next_cursor"]) == 0
    assert [e["id"] for e in json.loads(capsys.readouterr().out)["items"]] == [eid]
    assert _cli(vault_path, "log", "show", "#1", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["occurred_at"] == "2026-03-10T14:30:00+00:00" and shown["attachments"][0]["filename"] == "letter.txt"
    # Human text shows local time: in Tokyo, 14:30 UTC is 23:30 JST.
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        assert _cli(vault_path, "log", "show", eid) == 0
        text = capsys.readouterr().out
        assert "2026-03-10 23:30" in text and "TLP:AMBER" in text and "letter.txt" in text
    finally:
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()
    assert _cli(vault_path, "log", "correct", "#1", "--reason", "wrong channel", "--channel", "e-mail", "--json") == 0
    corrected = json.loads(capsys.readouterr().out)
    assert corrected["corrects"] == eid and corrected["seq"] == 3
    assert _cli(vault_path, "log", "list", "--all") == 0
    listing = capsys.readouterr().out
    assert "[corrected]" in listing and "#3" in listing
    assert _cli(vault_path, "log", "history", "#3", "--json") == 0
    assert [v["seq"] for v in json.loads(capsys.readouterr().out)["items"]] == [1, 3]
    # A refusal: exit code 2, one line, nothing written.
    assert _cli(vault_path, "log", "add", "--direction", "sent", "--summary", "x", "--handling", "TLP:PINK") == 2
    err = capsys.readouterr().err
    assert "TLP:PINK" in err and "Traceback" not in err
    assert _cli(vault_path, "log", "show", "#99") == 3
    capsys.readouterr()
    assert _cli(vault_path, "log", "cross-check", "--name", "Jurgen Gross", "--json") == 0
    cc = json.loads(capsys.readouterr().out)
    assert [e["ref"] for e in cc["exchanges"]] == ["#2"]
    dest = tmp_path / "out.txt"
    aid = shown["attachments"][0]["id"]
    assert _cli(vault_path, "log", "extract", aid, str(dest)) == 0
    assert dest.read_bytes() == b"letter body"
    capsys.readouterr()
    assert _cli(vault_path, "log", "redact", "#2", "--justification", "erasure request", "--json") == 0
    assert json.loads(capsys.readouterr().out)["erased"] == [added["id"]]


def test_redact_for_case_erases_every_entry_of_the_case(vault, case):
    mine = [log(vault, case=case, summary=f"About Jan {i}", names=["Jan Kowalski"]).id for i in range(3)]
    vault.exchanges.correct(mine[0], reason="typo", summary="About Jan 0.")
    other = log(vault, summary="Another case").id
    changes = vault.exchanges.redact_for_case(case, justification="case erased after review")
    assert len(changes.updated) == 4
    assert all(vault.exchanges.get(e)["redacted"] for e in mine)
    assert not vault.exchanges.get(other)["redacted"]
    assert vault.db.execute("SELECT count(*) FROM exchanges WHERE redacted = 0").fetchone()[0] == 1


def test_attachments_go_to_the_current_version_only(vault):
    first = log(vault).id
    second = vault.exchanges.correct(first, reason="date", occurred_at=WHEN - timedelta(days=1)).id
    before = counts(vault)
    with pytest.raises(Conflict, match="attach the file to #2"):
        vault.attachments.add(first, data=b"x", filename="x.txt")
    assert counts(vault) == before
    vault.exchanges.redact(second, justification="erasure request")
    with pytest.raises(Conflict, match="erased"):
        vault.attachments.add(second, data=b"x", filename="x.txt")
    assert counts(vault)[1] == before[1]
    with pytest.raises(NotFound):
        vault.attachments.get("01ARZ3NDEKTSV4RRFFQ69G5FAV")
