"""A bundle changes only what its sender may change, carries no forged document of ours, stores nothing a
typed record could not hold, and never brings back what was erased (issue 17)."""

from __future__ import annotations

import io
import json
import zipfile

import pyrage
import pytest
from conftest import PASSPHRASE
from test_bundles import _export_to, digest, make, make_case, table_rows

from liaison.bundles import importer
from liaison.bundles.errors import BundleRejected
from liaison.bundles.identity import get_identity, public_key
from liaison.bundles.safety import MAX_SCRYPT_LOG_N, decrypt
from liaison.vault import Vault


@pytest.fixture
def second_vault(tmp_path, memory_keychain):
    v, _ = Vault.create(tmp_path / "b" / "vault.liaison", PASSPHRASE, keychain=memory_keychain)
    yield v
    v.close()


def _forge(data: bytes, receiver: Vault, change) -> bytes:
    """An adversary's bundle: a real one opened, its records changed, its manifest recomputed, encrypted again
    to the receiver."""
    plain = bytes(decrypt(data, identities=[get_identity(receiver)]))
    zin = zipfile.ZipFile(io.BytesIO(plain))
    members = {n: zin.read(n) for n in zin.namelist() if n != "manifest.json"}
    manifest = json.loads(zin.read("manifest.json"))
    records = {n: json.loads(b) for n, b in members.items() if n.startswith("records/")}
    change(records, manifest)
    for n, doc in records.items():
        members[n] = json.dumps(doc, ensure_ascii=False).encode()
    for n in list(manifest["members"]):
        if n not in members:
            del manifest["members"][n]
    import hashlib

    manifest["members"] = {n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for n, b in members.items()}
    manifest["counts"] = {**manifest["counts"], **{d["record_type"]: len(d["rows"]) for d in records.values()}}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        make.member(zf, "manifest.json", json.dumps(manifest).encode())
        for n in sorted(members):
            make.member(zf, n, members[n])
    return pyrage.encrypt(out.getvalue(), [pyrage.x25519.Recipient.from_str(public_key(receiver))])


def test_a_bundle_cannot_overwrite_a_record_it_never_owned(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, attachments=0)
    mine = second_vault.cases.add(title="Our own case, never exported", requesting_state="DE",
                                  requested_state="PL").id
    data = _export_to(vault, second_vault, made["case"], tmp_path / "a.bundle")

    def hijack(records, manifest):
        case = records["records/cases.json"]["rows"][0]
        old = case["id"]
        case.update(id=mine, title="Replaced by the partner", rev=99)
        for doc in records.values():
            for r in doc["rows"]:
                for k, v in list(r.items()):
                    if v == old and k != "id":
                        r[k] = mine
            for lt in doc.get("links", {}).values():
                for e in lt:
                    for k, v in list(e.items()):
                        if v == old:
                            e[k] = mine
        manifest["case"]["id"] = mine

    forged = _forge(data, second_vault, hijack)
    before_case = table_rows(second_vault, "cases")[mine]
    report = importer.import_bundle(second_vault, forged)
    assert table_rows(second_vault, "cases")[mine] == before_case
    kinds = {(c["record_type"], c["kind"]) for c in report["conflicts"]}
    assert ("case", "not-theirs") in kinds and ("exchange", "not-theirs") in kinds
    assert not second_vault.db.execute("SELECT count(*) FROM exchanges WHERE case_id = ?", (mine,)).fetchone()[0]


def test_a_handover_coming_back_may_update_what_we_sent(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, attachments=0)
    importer.import_bundle(second_vault, _export_to(vault, second_vault, made["case"], tmp_path / "a.bundle"))
    second_vault.cases.update(made["case"], summary="Worked on by my successor")
    back = tmp_path / "back.bundle"
    from liaison.bundles.export import export_case

    export_case(second_vault, made["case"], back, recipients=[public_key(vault)], purpose="handover back")
    report = importer.import_bundle(vault, back.read_bytes())
    assert report["actions"]["case"].get("update") == 1, report
    assert vault.cases.get(made["case"])["summary"] == "Worked on by my successor"


@pytest.mark.parametrize("poison,problem", [
    ({"title": __import__("secrets").token_hex(1 << 20)}, "invalid-record"),  # 2 MB that does not compress
    ({"title": "title\x00with NUL"}, "invalid-record"),
    ({"title": "\u202egnp.exe"}, "invalid-record"),
    ({"requesting_state": "ZZ"}, "invalid-record"),
    ({"rev": 1 << 64}, "out-of-range"),
    ({"rev": (1 << 63) - 1}, "out-of-range"),
])
def test_imported_records_pass_the_checks_typed_ones_do(vault, second_vault, multiscript, tmp_path, poison,
                                                        problem):
    made = make_case(vault, multiscript, attachments=0)
    data = _export_to(vault, second_vault, made["case"], tmp_path / "a.bundle")
    forged = _forge(data, second_vault, lambda records, m: records["records/cases.json"]["rows"][0].update(poison))
    before = digest(second_vault)
    with pytest.raises(BundleRejected) as exc:
        importer.import_bundle(second_vault, forged)
    assert exc.value.problem == problem, exc.value.message
    assert digest(second_vault) == before


def test_erased_person_does_not_come_back(vault, second_vault, multiscript, tmp_path):
    made = make_case(vault, multiscript, attachments=0)
    old = _export_to(vault, second_vault, made["case"], tmp_path / "a.bundle")
    importer.import_bundle(second_vault, old)
    person = made["persons"][1]  # the witness: the case's title names the other one
    name = second_vault.persons.get(person)["display_name"]
    second_vault.persons.erase(person, justification="review: no longer needed for the case")
    report = importer.import_bundle(second_vault, old)
    assert any(e["id"] == person for e in report["erased"])
    dump = "\n".join(str(tuple(r)) for (t,) in second_vault.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%'").fetchall()
        for r in second_vault.db.execute(f"SELECT * FROM {t}").fetchall())
    assert name not in dump
    # Under another id, the same content is recognised too.
    forged = _forge(old, second_vault, lambda records, m: [r.update(id="01J0000000000000000000ZZZZ")
                                                           for r in records["records/persons.json"]["rows"]
                                                           if r["id"] == person] and None)
    report = importer.import_bundle(second_vault, forged)
    assert any(e["id"] == "01J0000000000000000000ZZZZ" for e in report["erased"])
    assert not second_vault.db.execute("SELECT count(*) FROM persons WHERE id = '01J0000000000000000000ZZZZ'"
                                       ).fetchone()[0]


def test_a_passphrase_bundle_may_not_ask_for_more_scrypt_than_the_bound():
    data = make.age_passphrase_encrypt(b"x", "correct horse battery staple", log_n=MAX_SCRYPT_LOG_N + 1)
    with pytest.raises(BundleRejected) as exc:
        decrypt(data, passphrase="correct horse battery staple")
    assert exc.value.problem == "work-factor"


def test_a_document_carried_by_a_bundle_is_a_received_copy(vault, second_vault, multiscript, tmp_path):
    from docviews import make_view

    from liaison.documents import register as reg

    made = make_case(vault, multiscript, attachments=0)
    doc_id = reg.finalise(vault, make_view(case_id=made["case"], handling="TLP:GREEN")).created[0][1]
    pdf = reg.pdf_bytes(vault, doc_id)
    assert reg.verify(vault, pdf)["ours"]
    report = importer.import_bundle(second_vault, _export_to(vault, second_vault, made["case"],
                                                              tmp_path / "a.bundle"))
    assert report["actions"].get("document") == {"insert": 1}, report
    result = reg.verify(second_vault, pdf)
    assert second_vault.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1, result
    assert not result["ours"] and result["received_from"] == vault.id
    assert "received" in result["message"]
