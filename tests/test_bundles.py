"""Case bundles: round trip between two vaults, partner-side opening with the
standard ``age`` and zip tools, handling codes, redaction, merge rules and
conflicts, dry runs, the CLI."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import os
import pty
import select
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pyrage
import pytest
from conftest import PASSPHRASE
from environment import needs

from liaison.bundles import container, importer
from liaison.bundles.errors import BundleKeyError, BundleRejected
from liaison.bundles.export import build_case_bundle, export_case, export_register
from liaison.bundles.identity import get_identity, public_key
from liaison.bundles.model import FILE_COLUMNS
from liaison.bundles.safety import decrypt
from liaison.cli import main
from liaison.documents.register import pdf_bytes
from liaison.errors import ValidationError
from liaison.paths import files_dir
from liaison.vault import Vault

BUNDLE_PASS = "bundle passphrase for tests"


def _load_make():
    path = Path(__file__).resolve().parent / "fixtures" / "bundles" / "make.py"
    spec = importlib.util.spec_from_file_location("bundle_fixtures_make", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


make = sys.modules.get("bundle_fixtures_make") or _load_make()


@pytest.fixture
def second_vault(tmp_path, memory_keychain):
    v, _ = Vault.create(tmp_path / "b" / "vault.liaison", PASSPHRASE, keychain=memory_keychain)
    yield v
    v.close()


def make_case(vault, multiscript, *, attachments: int = 2, handling_second: str = "") -> dict:
    """A case with two persons, a contact and agency, exchanges with attachments,
    and deadlines; returns the ids and the attachment bytes."""
    names = [n for n in _names(multiscript)][:3] or ["Jan Kowalski", "Zhang Wei", "Ahmad"]
    agency = vault.agencies.add(name="Policia Judiciária", kind="police", country="PT").id
    contact = vault.contacts.add(name=names[0], agency=agency, country="PT", email="counterpart@pj.example").id
    case = vault.cases.add(title=f"Fraud network {names[1]}", requesting_state="PL", requested_state="PT",
                           legal_basis="ETS 30", tags=["fraud", "urgent-review"], summary="Invoices and transfers.")
    cid = case.id
    p1 = vault.persons.add(case=cid, name=names[1], category="suspect").id
    p2 = vault.persons.add(case=cid, name=names[2], category="witness").id
    files = [os.urandom(3000 + i) for i in range(attachments)]
    e1 = vault.exchanges.add(direction="sent", summary="Request for bank records", case=cid, counterpart=contact,
                             request_type="mla-request", channel="e-mail", response_due="2099-01-31T12:00:00+00:00",
                             attachments=[(f"letter{i}.pdf", data) for i, data in enumerate(files)]).id
    e2 = vault.exchanges.add(direction="received", summary="Partial answer", case=cid, response_to=e1,
                             handling=handling_second or "", outcome="partially granted").id
    return {"case": cid, "ref": vault.cases.get(cid)["reference"], "persons": [p1, p2], "contact": contact,
            "agency": agency, "exchanges": [e1, e2], "files": files}


def _names(multiscript) -> list[str]:
    out = []

    def walk(node):
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(multiscript)
    return [n for n in out if 2 < len(n) < 60]


def table_rows(vault, table: str) -> dict[str, dict]:
    return {r["id"]: dict(r) for r in vault.db.query(f"SELECT * FROM {table}")}


def digest(vault) -> str:
    """A digest of every table, to show that a refused import changed nothing."""
    h = hashlib.sha256()
    for (name,) in vault.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts_%' ORDER BY name"
    ).fetchall():
        h.update(name.encode())
        for row in vault.db.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall():
            h.update(repr(tuple(row)).encode())
    for path in sorted(vault.files.on_disk()):  # the encrypted files beside the database
        h.update(path.name.encode() + hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


# ------------------------------------------------------------------ round trip
def test_round_trip_between_two_vaults_loses_nothing(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript)
    out = tmp_path / "case.bundle"
    result = export_case(vault, made["ref"], out, recipients=[public_key(second_vault)], to=["Policia Judiciária"],
                         purpose="reply to request PT-PJ-2026/118")
    disclosure = vault.audit.list(record_id=made["case"], action="disclose")[-1]
    assert disclosure["justification"] == "reply to request PT-PJ-2026/118"
    assert "Policia Judiciária" in disclosure["recipients"]
    assert result["counts"]["case"] == 1 and result["counts"]["exchange"] == 2
    assert result["counts"]["attachment"] == 2 and result["counts"]["person"] == 2
    assert result["counts"]["deadline"] >= 1
    assert out.stat().st_mode & 0o077 == 0  # owner only

    # A dry run reports the plan and writes nothing.
    untouched = digest(second_vault)
    plan = importer.import_bundle(second_vault, out.read_bytes(), dry_run=True)
    assert plan["dry_run"] and plan["actions"]["exchange"] == {"insert": 2}
    assert plan["mapped"] and plan["mapped"][0]["record_type"] == "agreement"
    assert digest(second_vault) == untouched

    report = importer.import_bundle(second_vault, out.read_bytes())
    assert report["conflicts"] == []
    # Every record table: the same rows, column for column (files byte for byte).
    # (Reference instruments are matched by key: A's ETS 30 is B's own ETS 30 row.)
    same = {vault.agreements.resolve("ETS 30"): second_vault.agreements.resolve("ETS 30")}
    for table in ("cases", "persons", "case_persons", "contacts", "agencies", "exchanges", "attachments",
                  "deadlines", "case_tags"):
        # Where a file lies and its key are each vault's own (liaison.filestore).
        a = [{k: same.get(v, v) if isinstance(v, str) else v for k, v in r.items() if k not in FILE_COLUMNS}
             for r in vault.db.query(f"SELECT * FROM {table}")]
        b = [{k: v for k, v in r.items() if k not in FILE_COLUMNS}
             for r in second_vault.db.query(f"SELECT * FROM {table}")]
        key = lambda r: json.dumps(r, sort_keys=True, default=lambda x: x.hex())  # noqa: E731
        assert sorted(map(key, a)) == sorted(map(key, b)), table
    got = {r["sha256"]: second_vault.attachments.content(r["id"]) for r in second_vault.db.query("SELECT * FROM attachments")}
    # The receiving vault encrypted each file under a key of its own.
    keys = {bytes(r[0]) for v in (vault, second_vault) for r in v.db.execute("SELECT file_key FROM attachments")}
    assert len(keys) == 2 * len(got)
    for data in made["files"]:
        assert got[hashlib.sha256(data).hexdigest()] == data
    # The reference instrument is matched to the receiving vault's own copy.
    b_case = second_vault.cases.get(made["ref"])
    assert b_case["legal_basis_id"] == second_vault.agreements.resolve("ETS 30")
    # The audit extract arrives intact: every entry about the case's records.
    ids = [made["case"], *made["persons"], *made["exchanges"]]
    source = [e for e in vault.db.query("SELECT * FROM audit WHERE record_id IN (?,?,?,?,?) AND action != 'disclose'",
                                        ids)]
    extract = {e["seq"]: e for e in second_vault.db.query("SELECT * FROM imported_audit")}
    for e in source:
        assert extract[e["seq"]]["hash"] == e["hash"] and extract[e["seq"]]["summary"] == e["summary"]
    # The import is audited, per record and for the case; the export as a disclosure.
    assert second_vault.audit.list(record_id=made["case"], action="import")
    disclosure = vault.audit.list(record_id=made["case"], action="disclose")[-1]
    assert "Policia Judiciária" in disclosure["recipients"] and public_key(second_vault) in disclosure["recipients"]
    assert second_vault.audit.verify().ok and vault.audit.verify().ok
    # Imported records are searchable.
    assert second_vault.search.query("bank records")["exchange"]

    # Importing the same bundle again changes nothing.
    before = digest(second_vault)
    again = importer.import_bundle(second_vault, out.read_bytes(), dry_run=True)
    assert set(again["actions"]["exchange"]) == {"skip"} and set(again["actions"]["case"]) == {"skip"}
    assert digest(second_vault) == before


def _age_decrypt_on_a_terminal(path, out, passphrase: str, timeout: float = 60) -> tuple[int, bytes]:
    """Run the standard ``age -d`` as a partner would: it reads the passphrase from
    its terminal, so it gets a pseudo-terminal here."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: age itself
        os.execvp("age", ["age", "-d", "-o", str(out), str(path)])
    seen, sent, deadline = b"", False, time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if not sent and b"passphrase" in seen.lower():
                os.write(fd, passphrase.encode() + b"\n")
                sent = True
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen


@pytest.fixture
def cheap_bundle_passphrase(monkeypatch):
    """age's scrypt at work factor 2^10 instead of about a second per bundle (the
    format is unchanged; pyrage and age read it). The real cost is tested once."""
    monkeypatch.setattr(container, "passphrase_encrypt",
                        lambda plain, pw: make.age_passphrase_encrypt(plain, pw, log_n=10))


@needs("age", "age-keygen", "unzip")
def test_partner_opens_bundles_with_the_age_and_unzip_tools(vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, attachments=1)
    # A partner with an identity made by the standard age-keygen.
    keyfile = tmp_path / "partner.key"
    subprocess.run(["age-keygen", "-o", str(keyfile)], check=True, capture_output=True)
    partner = next(ln.split(": ")[1] for ln in keyfile.read_text().splitlines() if "public key" in ln)
    out = tmp_path / "case.bundle"
    export_case(vault, made["case"], out, recipients=[partner], purpose="handover to a colleague")
    plain = tmp_path / "case.zip"
    subprocess.run(["age", "-d", "-i", str(keyfile), "-o", str(plain), str(out)], check=True)
    listing = subprocess.run(["unzip", "-l", str(plain)], check=True, capture_output=True, text=True).stdout
    assert "manifest.json" in listing and "records/cases.json" in listing and "files/attachments/" in listing
    test = subprocess.run(["unzip", "-t", str(plain)], capture_output=True, text=True)
    assert test.returncode == 0, test.stdout
    with zipfile.ZipFile(plain) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        for name, entry in manifest["members"].items():
            assert hashlib.sha256(zf.read(name)).hexdigest() == entry["sha256"]
        assert zf.read(f"files/attachments/{hashlib.sha256(made['files'][0]).hexdigest()}") == made["files"][0]
    assert manifest["format_version"] == 1 and manifest["case"]["reference"] == made["ref"]
    assert manifest["schema_version"] == vault.schema_version and manifest["exported_by"]

    # To a passphrase, at the real work factor: age on a terminal opens it.
    out2 = tmp_path / "case-pass.bundle"
    export_case(vault, made["case"], out2, passphrase=BUNDLE_PASS, purpose="handover to a colleague")
    assert out2.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    plain2 = tmp_path / "case-pass.zip"
    rc, seen = _age_decrypt_on_a_terminal(out2, plain2, BUNDLE_PASS)
    assert rc == 0, seen
    with zipfile.ZipFile(plain2) as zf:
        assert zf.testzip() is None and "records/exchanges.json" in zf.namelist()


def _add_document(vault, case_id: str, *, version: int = 1, handling: str = "") -> tuple[str, bytes]:
    """A stored final PDF and a template answer, written as the document register
    writes them (its API needs a rendered template; the bundle only sees rows)."""
    from liaison.ids import new_id
    from liaison.timeutil import utcnow_iso

    pdf = b"%PDF-1.7\n" + os.urandom(5000)
    now, did = utcnow_iso(), new_id()
    with vault.transaction() as db:
        ref = vault.files.put(pdf)
        db.execute(
            "INSERT INTO documents (id, case_id, template_id, template_version, title, status, version, sha256, "
            "size, file_id, file_key, handling, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (did, case_id, "mla-request", 1, "Letter of request", "final", version,
             hashlib.sha256(pdf).hexdigest(), len(pdf), ref.id, ref.key, handling, now, now))
        db.execute("INSERT OR REPLACE INTO document_answers (case_id, template_id, key, value, created_at, "
                   "updated_at) VALUES (?,?,?,?,?,?)", (case_id, "mla-request", "facts", '"The facts."', now, now))
    return did, pdf


def test_documents_travel_with_the_case(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, attachments=0)
    did, pdf = _add_document(vault, made["case"])
    _, _, sel = build_case_bundle(vault, made["case"])
    assert did in sel.rows["documents"]
    importer.import_bundle(second_vault, _export_to(vault, second_vault, made["case"], tmp_path / "d.bundle"))
    row = table_rows(second_vault, "documents")[did]
    assert pdf_bytes(second_vault, did) == pdf and row["sha256"] == hashlib.sha256(pdf).hexdigest()
    answers = list(second_vault.db.query("SELECT * FROM document_answers"))
    assert answers == list(vault.db.query("SELECT * FROM document_answers"))
    assert second_vault.search.query("Letter of request").get("document")
    # A redacted bundle leaves the PDFs out.
    zip_bytes, _, _ = build_case_bundle(vault, made["case"], redact=True)
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
        assert "records/documents.json" not in zf.namelist()


def test_a_different_record_on_the_same_unique_key_is_refused(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, attachments=0)
    importer.import_bundle(second_vault, _export_to(vault, second_vault, made["case"], tmp_path / "a.bundle"))
    _add_document(vault, made["case"])
    _add_document(second_vault, made["case"])  # B's own version 1 of the same letter
    before = digest(second_vault)
    with pytest.raises(BundleRejected) as exc:
        importer.import_bundle(second_vault, _export_to(vault, second_vault, made["case"], tmp_path / "a.bundle"))
    assert exc.value.problem == "duplicate-record" and "version" in exc.value.message
    assert digest(second_vault) == before


def test_passphrase_bundles_open_with_the_right_passphrase_only(vault, multiscript, tmp_path,
                                                                 cheap_bundle_passphrase):
    made = make_case(vault, multiscript, attachments=1)
    out = tmp_path / "case-pass.bundle"
    export_case(vault, made["case"], out, passphrase=BUNDLE_PASS, purpose="handover to a colleague")
    with pytest.raises(BundleKeyError) as exc:
        importer.inspect_file(out.read_bytes(), passphrase="not the right passphrase")
    assert exc.value.problem == "wrong-key"
    with pytest.raises(BundleKeyError) as exc:
        importer.inspect_file(out.read_bytes())
    assert exc.value.problem == "passphrase-needed"
    assert importer.inspect_file(out.read_bytes(), passphrase=BUNDLE_PASS)["counts"]["attachment"] == 1


def test_zip_is_deterministic_and_members_are_named_by_content(vault, multiscript):
    made = make_case(vault, multiscript, attachments=1)
    z1, m1, _ = build_case_bundle(vault, made["case"])
    with zipfile.ZipFile(io.BytesIO(z1)) as zf:
        names = zf.namelist()
        assert names[0] == "manifest.json"
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in zf.infolist())
    assert set(m1["members"]) == set(names) - {"manifest.json"}
    assert m1["counts"]["audit_entry"] > 0


# ------------------------------------------------------------- handling codes
def test_restricted_records_stay_out_unless_justified(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, handling_second="TLP:RED")
    _, manifest, sel = build_case_bundle(vault, made["case"])
    assert made["exchanges"][1] not in sel.rows["exchanges"]
    # The deadline that the restricted answer met refers to it, so it is withheld too.
    assert manifest["withheld"] == {"exchange": 1, "deadline": 1} and manifest["counts"]["exchange"] == 1
    assert "deadline" not in manifest["counts"]
    with pytest.raises(ValidationError) as exc:
        build_case_bundle(vault, made["case"], include_restricted=True)
    assert exc.value.field == "justification"
    out = tmp_path / "full.bundle"
    export_case(vault, made["case"], out, recipients=[public_key(second_vault)], include_restricted=True,
                justification="originator's consent by e-mail of 3 March", purpose="handover to the investigating team")
    entry = vault.audit.list(record_id=made["case"], action="disclose")[-1]
    assert entry["justification"] == ("handover to the investigating team; restricted records included: "
                                      "originator's consent by e-mail of 3 March")
    assert entry["details"]["restricted_included"] is True
    report = importer.import_bundle(second_vault, out.read_bytes())
    assert report["actions"]["exchange"] == {"insert": 2}


@pytest.mark.parametrize("purpose", [None, "", "   "])
def test_an_export_without_a_reason_is_refused_and_writes_nothing(vault, multiscript, tmp_path, purpose):
    """Every export is a disclosure, and its log shows why (LED Art. 25): without a reason, no file and no entry."""
    made = make_case(vault, multiscript)
    out = tmp_path / "case.bundle"
    before = vault.audit.head()
    with pytest.raises(ValidationError) as exc:
        export_case(vault, made["case"], out, passphrase=BUNDLE_PASS, purpose=purpose)
    assert exc.value.field == "purpose" and "why" in str(exc.value)
    assert not out.exists() and vault.audit.head() == before


def test_case_marked_red_needs_include_restricted(vault, multiscript):
    made = make_case(vault, multiscript)
    vault.cases.update(made["case"], handling="TLP:RED")
    with pytest.raises(ValidationError) as exc:
        build_case_bundle(vault, made["case"])
    assert "TLP:RED" in exc.value.message


def test_redacted_bundle_keeps_categories_only_and_cannot_be_imported(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript)
    zip_bytes, manifest, _ = build_case_bundle(vault, made["case"], redact=True)
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
        persons = json.loads(zf.read("records/persons.json"))["rows"]
        assert sorted(p["category"] for p in persons) == ["suspect", "witness"]
        assert all(p["display_name"] == "" and p["names"] == "[]" for p in persons)
        assert not any(n.startswith("files/") for n in zf.namelist()) and "audit.json" not in zf.namelist()
        exchanges = json.loads(zf.read("records/exchanges.json"))["rows"]
        assert all(e["summary"] == "" for e in exchanges)
        blob = b"".join(zf.read(n) for n in zf.namelist())
    for name in _names(multiscript)[:3]:
        assert name.encode() not in blob
    out = tmp_path / "stats.bundle"
    export_case(vault, made["case"], out, recipients=[public_key(second_vault)], redact=True,
                purpose="statistics for the annual report")
    before = digest(second_vault)
    with pytest.raises(BundleRejected) as exc:
        importer.import_bundle(second_vault, out.read_bytes())
    assert exc.value.problem == "redacted" and digest(second_vault) == before


# ------------------------------------------------------------ merge, conflicts
def _export_to(src, dst, case, path):
    if path.exists():
        path.unlink()
    export_case(src, case, path, recipients=[public_key(dst)], purpose="handover to a colleague")
    return path.read_bytes()


def test_merge_rules_newer_side_wins_and_both_sides_conflict(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, attachments=0)
    path = tmp_path / "x.bundle"
    importer.import_bundle(second_vault, _export_to(vault, second_vault, made["case"], path))

    # Changed in B only -> A takes B's version.
    second_vault.cases.update(made["case"], summary="Updated by the colleague who took over.")
    report = importer.import_bundle(vault, _export_to(second_vault, vault, made["case"], path))
    assert report["actions"]["case"] == {"update": 1}
    assert vault.cases.get(made["case"])["summary"] == "Updated by the colleague who took over."
    # Changed in A only since -> importing B's older bundle keeps A's version.
    stale = _export_to(second_vault, vault, made["case"], path)
    vault.cases.update(made["case"], notes="Local note after the exchange.")
    report = importer.import_bundle(vault, stale)
    assert report["actions"]["case"] == {"keep-local": 1}
    assert vault.cases.get(made["case"])["notes"] == "Local note after the exchange."

    # Changed on both sides -> local kept, the bundle's version flagged.
    importer.import_bundle(second_vault, _export_to(vault, second_vault, made["case"], path))
    vault.cases.update(made["case"], title="Title changed in A")
    second_vault.cases.update(made["case"], title="Title changed in B", tags=["handed-over"])
    dry = importer.import_bundle(vault, _export_to(second_vault, vault, made["case"], path), dry_run=True)
    assert dry["actions"]["case"] == {"conflict": 1} and not vault.db.execute(
        "SELECT count(*) FROM bundle_conflicts").fetchone()[0]
    report = importer.import_bundle(vault, path.read_bytes())
    assert report["conflicts"][0]["kind"] == "both-changed"
    assert vault.cases.get(made["case"])["title"] == "Title changed in A"
    page = importer.list_conflicts(vault)
    assert len(page.items) == 1 and page.items[0]["record_id"] == made["case"]
    theirs = json.loads(vault.db.execute("SELECT theirs FROM bundle_conflicts").fetchone()[0])
    assert theirs["title"] == "Title changed in B"
    rev = vault.cases.get(made["case"])["rev"]
    importer.resolve_conflict(vault, page.items[0]["id"], keep="theirs")
    case = vault.cases.get(made["case"])
    assert case["title"] == "Title changed in B" and case["rev"] == rev + 1
    assert [r[0] for r in vault.db.execute("SELECT tag FROM case_tags WHERE case_id = ?", (made["case"],))] == [
        "handed-over"]
    assert importer.list_conflicts(vault).items == []


def test_without_shared_history_a_clear_lead_in_rev_and_time_wins(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, attachments=0)
    path = tmp_path / "x.bundle"
    importer.import_bundle(second_vault, _export_to(vault, second_vault, made["case"], path))
    for v in (vault, second_vault):  # forget the shared base: only rev and updated_at remain
        v.db.execute("DELETE FROM bundle_sync")
    vault.cases.update(made["case"], notes="Newer in A")
    report = importer.import_bundle(second_vault, _export_to(vault, second_vault, made["case"], path))
    assert report["actions"]["case"] == {"update": 1}
    assert second_vault.cases.get(made["case"])["notes"] == "Newer in A"


def test_a_version_from_another_line_of_history_is_not_applied_blindly(vault, second_vault, multiscript,
                                                                       tmp_path, memory_keychain):
    made = make_case(vault, multiscript, attachments=0)
    third, _ = Vault.create(tmp_path / "c" / "vault.liaison", PASSPHRASE, keychain=memory_keychain)
    try:
        path = tmp_path / "x.bundle"
        importer.import_bundle(second_vault, _export_to(vault, second_vault, made["case"], path))
        importer.import_bundle(third, _export_to(vault, third, made["case"], path))
        vault.cases.update(made["case"], notes="A's second revision")
        vault.cases.update(made["case"], notes="A's third revision")
        importer.import_bundle(third, _export_to(vault, third, made["case"], path))  # A's base is now rev 3
        second_vault.cases.update(made["case"], notes="B's own revision 2")
        report = importer.import_bundle(vault, _export_to(second_vault, vault, made["case"], path))
        assert report["actions"]["case"] == {"keep-local": 1}  # rev 2 is older than A's rev 3
        assert vault.cases.get(made["case"])["notes"] == "A's third revision"
    finally:
        third.close()


def test_exchange_log_is_never_overwritten_and_erasure_is_not_undone(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, attachments=1)
    path = tmp_path / "x.bundle"
    old = _export_to(vault, second_vault, made["case"], path)
    importer.import_bundle(second_vault, old)
    # B erases the entry's personal data; A's old bundle must not bring it back.
    second_vault.exchanges.redact(made["exchanges"][0], justification="no longer needed (LED Art. 16)")
    before = dict(table_rows(second_vault, "exchanges")[made["exchanges"][0]])
    report = importer.import_bundle(second_vault, old)
    # The plan says so; nothing of the bundle's version is kept, not even as a conflict (issue 17).
    assert any(e["id"] == made["exchanges"][0] and "not brought back" in e["message"] for e in report["erased"])
    assert not [c for c in report["conflicts"] if c["id"] == made["exchanges"][0]]
    assert not second_vault.db.execute("SELECT count(*) FROM bundle_conflicts WHERE record_id = ?",
                                       (made["exchanges"][0],)).fetchone()[0]
    after = table_rows(second_vault, "exchanges")[made["exchanges"][0]]
    assert after == before and after["redacted"] == 1
    assert second_vault.db.execute("SELECT file_id FROM attachments WHERE exchange_id = ?",
                                   (made["exchanges"][0],)).fetchone()[0] is None
    # The other way: A erases an entry B still holds; B's log is flagged, not overwritten.
    vault.exchanges.redact(made["exchanges"][1], justification="partner asked for erasure")
    held = table_rows(second_vault, "exchanges")[made["exchanges"][1]]
    report = importer.import_bundle(second_vault, _export_to(vault, second_vault, made["case"], path))
    flagged = [c for c in report["conflicts"] if c["id"] == made["exchanges"][1]]
    assert flagged and flagged[0]["kind"] == "append-only" and "erased" in flagged[0]["message"]
    assert table_rows(second_vault, "exchanges")[made["exchanges"][1]] == held


def test_reference_clash_is_renamed_and_flagged(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, attachments=0)
    # B has its own, different case under the same reference.
    other = second_vault.cases.add(title="Unrelated", requesting_state="PL", requested_state="DE",
                                   reference=made["ref"]).id
    # And its own log entries #1-#3: imported entries get the next numbers, keeping their ids.
    for i in range(3):
        second_vault.exchanges.add(direction="sent", summary=f"B's own entry {i}", case=other)
    data = _export_to(vault, second_vault, made["case"], tmp_path / "x")
    dry = importer.import_bundle(second_vault, data, dry_run=True)
    assert dry["renamed"] == [{"record_type": "case", "id": made["case"], "column": "reference",
                               "from": made["ref"], "to": f"{made['ref']}~2"}]
    report = importer.import_bundle(second_vault, data)
    seqs = {r["id"]: r["seq"] for r in second_vault.db.query("SELECT id, seq FROM exchanges")}
    assert sorted(seqs[e] for e in made["exchanges"]) == [4, 5]
    assert any(c["kind"] == "renamed" for c in second_vault.db.query("SELECT kind FROM bundle_conflicts"))
    assert second_vault.cases.get(made["case"])["reference"] == f"{made['ref']}~2"
    assert second_vault.cases.get(other)["title"] == "Unrelated"
    assert report["actions"]["case"] == {"insert": 1}


# ----------------------------------------------------------------- identity
def test_identity_is_kept_in_the_vault_and_opens_bundles(vault, tmp_path):
    key = public_key(vault)
    assert key.startswith("age1") and public_key(vault) == key
    from liaison.bundles.identity import stored_secret

    assert stored_secret(vault).startswith("AGE-SECRET-KEY-1")
    assert "AGE-SECRET-KEY" not in json.dumps(vault.settings.all())
    assert vault.audit.list(record_type="identity")
    data = pyrage.encrypt(b"hello", [pyrage.x25519.Recipient.from_str(key)])
    assert decrypt(data, identities=[get_identity(vault)]) == b"hello"


def test_identity_is_also_kept_in_the_keychain_when_the_vault_uses_it(vault, memory_keychain):
    from liaison.bundles.identity import KEYCHAIN_SERVICE, stored_secret

    vault.enable_keychain()
    key = public_key(vault)
    secret = memory_keychain.backend.get_password(KEYCHAIN_SERVICE, vault.id)
    assert secret == stored_secret(vault)
    # A vault that lost the setting (restored from an older backup) gets it back.
    vault.db.execute("DELETE FROM bundle_identity")
    assert public_key(vault) == key and stored_secret(vault) == secret


def test_encrypt_refuses_bad_recipients_and_short_passphrases():
    with pytest.raises(ValidationError) as exc:
        container.encrypt(b"x", recipients=["age1notakey"])
    assert exc.value.field == "recipient"
    with pytest.raises(ValidationError):
        container.encrypt(b"x", passphrase="short")
    with pytest.raises(ValidationError):
        container.encrypt(b"x")


# ---------------------------------------------------------------------- CLI
def test_cli_export_inspect_import_identity_and_csv(vault_path, tmp_path, monkeypatch, capsys, multiscript,
                                                    memory_keychain, cheap_bundle_passphrase):
    v, _ = Vault.create(vault_path, PASSPHRASE, keychain=memory_keychain)
    made = make_case(v, multiscript, attachments=1)
    v.close()
    b_path = tmp_path / "b.liaison"
    Vault.create(b_path, PASSPHRASE, keychain=memory_keychain)[0].close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("LIAISON_BUNDLE_PASSPHRASE", raising=False)

    def run(*argv) -> tuple[int, dict]:
        rc = main([*argv, "--json"])
        out = capsys.readouterr().out
        return rc, json.loads(out) if out.strip() else {}

    rc, ident = run("--vault", str(b_path), "identity")
    assert rc == 0 and ident["public_key"].startswith("age1")
    out = tmp_path / "case.bundle"
    # Without a reason, nothing is written and the message names the option.
    rc = main(["--vault", str(vault_path), "bundle", "export", made["ref"], "-o", str(out),
               "--recipient", ident["public_key"], "--to", "DE liaison office"])
    assert rc == 2 and "--purpose" in capsys.readouterr().err and not out.exists()
    rc, res = run("--vault", str(vault_path), "bundle", "export", made["ref"], "-o", str(out),
                  "--recipient", ident["public_key"], "--to", "DE liaison office", "--purpose", "case transferred to DE")
    assert rc == 0 and res["counts"]["exchange"] == 2
    rc, info = run("--vault", str(b_path), "bundle", "inspect", str(out))
    assert rc == 0 and info["case"]["reference"] == made["ref"] and info["files"] == 1
    rc, dry = run("--vault", str(b_path), "bundle", "import", str(out), "--dry-run")
    assert rc == 0 and dry["dry_run"] and dry["actions"]["case"] == {"insert": 1}
    rc, done = run("--vault", str(b_path), "bundle", "import", str(out))
    assert rc == 0 and done["import_id"]
    rc, conflicts = run("--vault", str(b_path), "bundle", "conflicts", "--limit", "10")
    assert rc == 0 and conflicts["items"] == []

    # A passphrase bundle: the passphrase from a file; inspect needs no vault at all.
    pfile = tmp_path / "bundle-pass.txt"
    pfile.write_text(BUNDLE_PASS + "\n")
    out2 = tmp_path / "case2.bundle"
    rc, _ = run("--vault", str(vault_path), "bundle", "export", made["ref"], "-o", str(out2),
                "--bundle-passphrase-file", str(pfile), "--purpose", "handover to my successor")
    assert rc == 0
    rc, info = run("--vault", str(tmp_path / "no-such-vault"), "bundle", "inspect", str(out2),
                   "--bundle-passphrase-file", str(pfile))
    assert rc == 0 and info["counts"]["case"] == 1
    # No passphrase and no terminal: a clear error, nothing written.
    rc = main(["--vault", str(b_path), "bundle", "import", str(out2)])
    assert rc == 4 and "bundle passphrase" in capsys.readouterr().err
    # An existing output file is not overwritten.
    rc = main(["--vault", str(vault_path), "bundle", "export", made["ref"], "-o", str(out2),
               "--bundle-passphrase-file", str(pfile), "--purpose", "handover to my successor"])
    assert rc == 2 and "already exists" in capsys.readouterr().err

    # A partner's identity file (age-keygen format) opens a bundle sent to it, without any vault.
    partner = pyrage.x25519.Identity.generate()
    idfile = tmp_path / "partner.key"
    idfile.write_text(f"# public key: {partner.to_public()}\n{partner}\n")
    out3 = tmp_path / "case3.bundle"
    rc, _ = run("--vault", str(vault_path), "bundle", "export", made["ref"], "-o", str(out3),
                "--recipient", str(partner.to_public()), "--purpose", "reply to the partner's request")
    rc, info = run("--vault", str(tmp_path / "no-such-vault"), "bundle", "inspect", str(out3),
                   "--identity-file", str(idfile))
    assert rc == 0 and info["case"]["id"] == made["case"]

    csv_path = tmp_path / "exchanges.csv"
    rc, res = run("--vault", str(vault_path), "export-csv", "exchanges", "-o", str(csv_path))
    assert rc == 0 and res["rows"] == 2
    lines = csv_path.read_text().splitlines()
    assert lines[0].startswith("id,seq,occurred_at") and len(lines) == 3
    assert "Request for bank records" not in csv_path.read_text()  # no free text in registers


def test_register_csv_of_deadlines_has_every_deadline(vault, multiscript, tmp_path):
    make_case(vault, multiscript, attachments=0)  # an MLA request: its deadlines start
    n = vault.db.execute("SELECT count(*) FROM deadlines").fetchone()[0]
    res = export_register(vault, "deadlines", tmp_path / "deadlines.csv")
    lines = (tmp_path / "deadlines.csv").read_text().splitlines()
    assert n > 0 and res["rows"] == n == len(lines) - 1 and lines[0].startswith("id,rule,title")
    with pytest.raises(ValidationError):
        export_register(vault, "persons", tmp_path / "p.csv")
    with pytest.raises(ValidationError):
        export_register(vault, "deadlines", tmp_path / "deadlines.csv")  # exists


def test_register_csv_pages_through_every_row_and_neutralises_formulas(vault, tmp_path):
    for i in range(3):
        vault.cases.add(title=f"=HYPERLINK(\"x\") {i}", requesting_state="PL", requested_state="FR")
    out = tmp_path / "cases.csv"
    res = export_register(vault, "cases", out)
    text = out.read_text()
    assert res["rows"] == 3 and "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    assert vault.audit.list(action="export")[-1]["ref"] == "cases"


def test_an_import_that_fails_late_leaves_no_file_behind(vault, second_vault, multiscript, tmp_path, monkeypatch):
    """The files are written (on their own thread) while the records are; a failure at the very end rolls
    the records back and removes every file the import wrote."""
    made = make_case(vault, multiscript, attachments=2)
    data = _export_to(vault, second_vault, made["case"], tmp_path / "late.bundle")
    before = digest(second_vault)
    on_disk = set(second_vault.files.on_disk())

    def fail(entries):  # the import's last write: its audit entries
        raise importer.DatabaseError("disk I/O error (simulated)")

    monkeypatch.setattr(second_vault.audit, "log_many", fail)
    with pytest.raises(BundleRejected) as exc:
        importer.import_bundle(second_vault, data)
    assert exc.value.problem == "refused-by-vault"
    assert set(second_vault.files.on_disk()) == on_disk
    assert digest(second_vault) == before
    monkeypatch.undo()
    report = importer.import_bundle(second_vault, data)
    assert report["actions"]["attachment"] == {"insert": 2}
    assert len(second_vault.files.on_disk()) == len(on_disk) + 2


def test_a_file_the_disk_refuses_stops_the_import_with_a_clear_message(vault, second_vault, multiscript, tmp_path,
                                                                       monkeypatch):
    """The files are checked, encrypted and written on worker threads: a write that fails there (a full
    disk) is reported in the importing thread, nothing is imported and no file is left behind."""
    import errno

    from liaison import filestore
    from liaison.errors import LiaisonError

    made = make_case(vault, multiscript, attachments=3)
    data = _export_to(vault, second_vault, made["case"], tmp_path / "full.bundle")
    before = digest(second_vault)
    on_disk = set(second_vault.files.on_disk())
    writes = []

    def full_disk(path, sealed):
        writes.append(path)
        if len(writes) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, sealed)

    real_write = filestore.write_sealed
    monkeypatch.setattr(filestore, "write_sealed", full_disk)
    with pytest.raises(LiaisonError, match="disk is full") as exc:  # DiskFull: never "damaged" (issue 17)
        importer.import_bundle(second_vault, data)
    assert "Free some space" in (exc.value.hint or "") and "not damaged" in exc.value.hint
    assert digest(second_vault) == before
    assert set(second_vault.files.on_disk()) == on_disk
    assert not list(files_dir(second_vault.path).glob(".incoming-*"))


def test_identical_files_travel_once_and_land_as_files_of_their_own(vault, second_vault, tmp_path):
    case = vault.cases.add(title="Same scan twice", requesting_state="PL", requested_state="DE").id
    scan = os.urandom(4096)
    for n in range(2):
        vault.exchanges.add(direction="received", summary=f"entry {n}", case=case, channel="e-mail",
                            attachments=[(f"scan-{n}.pdf", scan)], cross_check=False)
    data = _export_to(vault, second_vault, case, tmp_path / "same.bundle")
    with importer.open_for_vault(data, second_vault) as bundle:
        assert len([n for n in bundle.names if n.startswith("files/")]) == 1  # stored once in the bundle
    before = set(second_vault.files.on_disk())
    report = importer.import_bundle(second_vault, data)
    assert report["actions"]["attachment"] == {"insert": 2}
    rows = second_vault.db.execute("SELECT id, file_id FROM attachments").fetchall()
    assert len({fid for _, fid in rows}) == 2  # each record owns its file (erasing one keeps the other)
    assert all(second_vault.attachments.content(aid) == scan for aid, _ in rows)
    after = set(second_vault.files.on_disk())
    assert len(after - before) == 2
    # Importing the same bundle again skips every record and leaves no file behind.
    again = importer.import_bundle(second_vault, data)
    assert again["actions"]["attachment"] == {"skip": 2}
    assert set(second_vault.files.on_disk()) == after
    assert not list(files_dir(second_vault.path).glob(".incoming-*"))


def test_one_decryption_serves_a_look_a_dry_run_and_the_import(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, attachments=2)
    data = _export_to(vault, second_vault, made["case"], tmp_path / "once.bundle")
    before = digest(second_vault)
    with importer.open_for_vault(data, second_vault, verify_files=False) as bundle:
        assert importer.inspect(bundle)["files"] == 2
        planned = importer.import_opened(second_vault, bundle, dry_run=True)
        assert digest(second_vault) == before
        done = importer.import_opened(second_vault, bundle)
    assert planned["actions"] == done["actions"] and done["actions"]["attachment"] == {"insert": 2}
    for aid, in second_vault.db.execute("SELECT id FROM attachments").fetchall():
        assert second_vault.attachments.content(aid) == vault.attachments.content(aid)


def test_a_damaged_file_stops_the_export_and_nothing_is_disclosed(vault, multiscript, tmp_path):
    from liaison.errors import VaultCorrupted

    made = make_case(vault, multiscript, attachments=1)
    fid = vault.db.execute("SELECT file_id FROM attachments").fetchone()[0]
    path = vault.files.path(fid)
    sealed = path.read_bytes()
    path.write_bytes(sealed[:100] + bytes([sealed[100] ^ 0xFF]) + sealed[101:])
    disclosures = len(vault.audit.list(action="disclose"))
    out = tmp_path / "never.bundle"
    with pytest.raises(VaultCorrupted, match="damaged or was altered"):
        export_case(vault, made["case"], out, recipients=[str(pyrage.x25519.Identity.generate().to_public())],
                    purpose="handover to a colleague")
    assert not out.exists() and not list(tmp_path.glob(".never.bundle*"))
    assert len(vault.audit.list(action="disclose")) == disclosures
