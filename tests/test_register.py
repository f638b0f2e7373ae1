"""The register: finalising (completeness refusal, versions, audit, search), listing, export, verify, and the
`doc` commands of the command line."""

from __future__ import annotations

import io
import json
import os
import tempfile

import pytest
from conftest import PASSPHRASE
from docviews import make_view, private_tmp
from pypdf import PdfReader, PdfWriter

from liaison.documents import register as reg
from liaison.errors import Conflict, NotFound


@pytest.fixture
def case(vault) -> dict:
    changes = vault.cases.add(title="Forged customs seals", requesting_state="BE", requested_state="MT",
                              counterpart_reference="MT/CYB/2026/117", handling="TLP:AMBER")
    return vault.cases.get(changes.id)


def _view(case: dict, **kw):
    kw.setdefault("own_reference", case["reference"])
    return make_view(case_id=case["id"], **kw)


def _count(vault, table: str) -> int:
    return vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_finalise_stores_pdf_and_audits(vault, case):
    view = _view(case)
    changes = reg.finalise(vault, view)
    assert changes.created == (("document", view.document_id),)
    assert changes.extra["version"] == 1
    doc = reg.get_document(vault, view.document_id)
    assert doc["case_reference"] == case["reference"] and doc["status"] == "final" and doc["version"] == 1
    assert doc["template_id"] == "preservation-request" and doc["template_version"] == 1
    assert doc["languages"] == ["en"] and doc["author"] == "Insp. Anna Kowalska"
    assert doc["document_date"] == "2026-03-15" and doc["handling"] == "TLP:AMBER H3"
    pdf = reg.pdf_bytes(vault, view.document_id)
    import hashlib

    assert doc["sha256"] == hashlib.sha256(pdf).hexdigest() and doc["size"] == len(pdf)
    assert PdfReader(io.BytesIO(pdf)).metadata["/LiaisonDocumentId"] == view.document_id
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "DRAFT" not in text and "Version" not in text  # a first issue does not print "Version 1"
    entries = vault.audit.list(record_type="document")
    assert [(e["action"], e["record_id"]) for e in entries] == [("create", view.document_id)]
    assert vault.audit.verify().ok
    hits = vault.search.query("custodian Valletta", types=["document"])
    assert [h["record_id"] for h in hits["document"]] == [view.document_id]
    assert hits["document"][0]["case_id"] == case["id"]


def test_incomplete_document_is_refused_and_nothing_written(vault, case):
    view = _view(case, missing=("summary", "custodian"))
    before = (_count(vault, "documents"), _count(vault, "audit"))
    with pytest.raises(reg.DocumentIncomplete) as exc:
        reg.finalise(vault, view)
    assert [m["field"] for m in exc.value.missing] == ["summary", "custodian"]
    assert "The offence and a brief summary of the facts" in str(exc.value)
    assert "Information identifying the custodian" in str(exc.value)
    assert exc.value.field == "summary" and exc.value.exit_code == 2
    assert (_count(vault, "documents"), _count(vault, "audit")) == before


def test_refusals_unknown_case_and_reused_id(vault, case):
    with pytest.raises(NotFound):
        reg.finalise(vault, make_view(case_id="01J00000000000000000000000"))
    view = _view(case)
    reg.finalise(vault, view)
    with pytest.raises(Conflict):
        reg.finalise(vault, view)
    assert _count(vault, "documents") == 1


def test_versions_supersede_and_are_kept(vault, case):
    first, second, other = _view(case), _view(case), _view(case, template_id="status-inquiry")
    reg.finalise(vault, first)
    changes = reg.finalise(vault, second)
    reg.finalise(vault, other)
    assert changes.extra["version"] == 2 and changes.extra["supersedes"] == first.document_id
    assert ("document", first.document_id) in changes.updated
    old, new = reg.get_document(vault, first.document_id), reg.get_document(vault, second.document_id)
    assert old["superseded_by"] == second.document_id and old["rev"] == 2
    assert new["supersedes_id"] == first.document_id and new["version"] == 2
    assert reg.get_document(vault, other.document_id)["version"] == 1
    # both versions' PDFs are kept
    assert reg.verify(vault, reg.pdf_bytes(vault, first.document_id))["version"] == 1
    page = reg.list_documents(vault, case["reference"], limit=2)
    assert len(page.items) == 2 and page.next_cursor
    rest = reg.list_documents(vault, case["id"], after=page.next_cursor, limit=2)
    ids = [d["id"] for d in page.items + rest.items]
    assert sorted(ids) == sorted([first.document_id, second.document_id, other.document_id])
    assert "pdf" not in page.items[0]


def test_the_register_filters_by_template_state_language_tlp_and_date(vault, case):
    import dataclasses

    from liaison.errors import ValidationError

    other_case = vault.cases.add(title="Second case", requesting_state="FR", requested_state="PL").id
    first, second = _view(case), _view(case)
    french = dataclasses.replace(make_view(case_id=other_case, template_id="status-inquiry", languages=("fr", "en"),
                                           handling="TLP:RED"), date="2026-04-20")
    for view in (first, second, french):
        reg.finalise(vault, view)

    def ids(**filters) -> set[str]:
        return {d["id"] for d in reg.list_documents(vault, **filters).items}

    everything = {first.document_id, second.document_id, french.document_id}
    assert ids() == everything
    assert ids(case=case["reference"]) == {first.document_id, second.document_id}
    assert ids(template="status-inquiry") == {french.document_id}
    assert ids(template="no-such-template") == set()
    assert ids(state="current") == {second.document_id, french.document_id}
    assert ids(state="superseded") == {first.document_id}
    assert ids(language="fr") == {french.document_id} and ids(language="EN") == everything
    assert ids(tlp="TLP:RED") == {french.document_id}
    assert ids(tlp="tlp:amber") == {first.document_id, second.document_id}  # "TLP:AMBER H3" is TLP:AMBER
    assert ids(tlp="TLP:AMBER+STRICT") == set()
    assert ids(dated_from="2026-04-01") == {french.document_id}
    assert ids(dated_until="2026-03-15") == {first.document_id, second.document_id}
    assert ids(dated_from="2026-03-15", dated_until="2026-03-15") == {first.document_id, second.document_id}
    assert ids(case=case["id"], state="current", template="preservation-request") == {second.document_id}
    for bad in ({"state": "latest"}, {"tlp": "SECRET"}, {"dated_from": "15/03/2026"}):
        with pytest.raises(ValidationError) as exc:
            reg.list_documents(vault, **bad)
        assert exc.value.field == next(iter(bad))
    assert reg.register_choices(vault) == {"templates": ["preservation-request", "status-inquiry"],
                                           "languages": ["en", "fr"]}


def test_resolve_by_short_id(vault, case):
    view = _view(case)
    reg.finalise(vault, view)
    from liaison.documents.render import short_id

    assert reg.resolve(vault, short_id(view.document_id)) == view.document_id
    assert reg.resolve(vault, view.document_id.lower()) == view.document_id
    with pytest.raises(NotFound):
        reg.resolve(vault, "ZZZZ-ZZZZ")


def test_verify_ours_altered_not_ours(vault, case, tmp_path):
    view = _view(case)
    reg.finalise(vault, view)
    pdf = reg.pdf_bytes(vault, view.document_id)
    ok = reg.verify(vault, pdf)
    assert ok["ours"] and not ok["altered"] and ok["document_id"] == view.document_id
    assert ok["version"] == 1 and ok["status"] == "final" and ok["case_reference"] == case["reference"]
    # one byte changed inside a content stream
    pos = pdf.index(b"stream\n") + 40
    altered = pdf[:pos] + bytes([pdf[pos] ^ 0x01]) + pdf[pos + 1:]
    bad = reg.verify(vault, altered)
    assert bad["ours"] and bad["altered"] and bad["document_id"] == view.document_id
    assert "ALTERED" in bad["message"]
    # re-saved by another program (metadata kept, bytes differ)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    buf = io.BytesIO()
    writer.write(buf)
    assert reg.verify(vault, buf.getvalue())["altered"]
    # a PDF that is not ours
    foreign = PdfWriter()
    foreign.add_blank_page(200, 200)
    buf = io.BytesIO()
    foreign.write(buf)
    res = reg.verify(vault, buf.getvalue())
    assert not res["ours"] and not res["altered"] and "Not a Liaison document" in res["message"]
    # garbage and a draft (never registered)
    assert not reg.verify(vault, b"hello")["ours"]
    from liaison.documents.render import render

    draft = reg.verify(vault, render(_view(case, draft=True)))
    assert not draft["ours"] and "not in this register" in draft["message"]


def test_export_audits_and_refuses_red_without_justification(vault, case, tmp_path):
    amber, red = _view(case), _view(case, handling="TLP:RED", template_id="cover-letter")
    reg.finalise(vault, amber)
    reg.finalise(vault, red)
    out = reg.export_pdf(vault, amber.document_id, tmp_path / "a.pdf")
    assert out.read_bytes() == reg.pdf_bytes(vault, amber.document_id)
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    reg.export_pdf(vault, amber.document_id, tmp_path / "b.pdf", recipients=["duty@mt.example"])
    before = _count(vault, "audit")
    with pytest.raises(reg.RestrictedHandling):
        reg.export_pdf(vault, red.document_id, tmp_path / "r.pdf", recipients=["duty@mt.example"])
    assert not (tmp_path / "r.pdf").exists() and _count(vault, "audit") == before
    reg.export_pdf(vault, red.document_id, tmp_path / "r.pdf", recipients=["duty@mt.example"],
                   justification="provider agreed by phone, 15/03")
    entries = vault.audit.list(record_type="document", action="disclose")
    assert [(e["record_id"], e["recipients"], e["justification"]) for e in entries] == [
        (amber.document_id, ["duty@mt.example"], "the document's own purpose: Request for the expedited "
         "preservation of stored computer data (our reference LO-2026-0001; their reference MT/CYB/2026/117); "
         "no further reason given"),
        (red.document_id, ["duty@mt.example"], "provider agreed by phone, 15/03"),
    ]
    assert vault.audit.list(record_type="document", action="export")[0]["record_id"] == amber.document_id
    assert sorted(os.listdir(tmp_path)) == ["a.pdf", "b.pdf", "r.pdf", "vault.liaison", "vault.liaison.keys"] or \
        {"a.pdf", "b.pdf", "r.pdf"} <= set(os.listdir(tmp_path))


def test_export_draft_is_audited(vault, case, tmp_path):
    view = _view(case, missing=("summary",))
    out = reg.export_draft(vault, view, tmp_path / "draft.pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert text.count("DRAFT") >= 3
    entry = vault.audit.list(record_type="document")[-1]
    assert entry["action"] == "export" and entry["record_id"] == view.document_id
    assert _count(vault, "documents") == 0  # drafts are not kept


def test_no_temp_files(vault, case, monkeypatch, tmp_path):
    private_tmp(monkeypatch, tmp_path)
    before = set(os.listdir(tempfile.gettempdir()))
    view = _view(case)
    reg.finalise(vault, view)
    reg.verify(vault, reg.pdf_bytes(vault, view.document_id))
    assert set(os.listdir(tempfile.gettempdir())) == before == set()


# -- command line -------------------------------------------------------------------------------------------


def _run(vault_path, capsys, *argv) -> tuple[int, str, str]:
    from liaison.cli import main

    rc = main(["--vault", str(vault_path), *argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture
def cli_vault(vault, case, monkeypatch):
    """A closed vault holding one final document, for the CLI."""
    view = _view(case)
    reg.finalise(vault, view)
    path = vault.path
    vault.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    return path, case, view


def _cli_available() -> bool:
    try:
        import liaison.cli.doc_cmds  # noqa: F401
    except ImportError:
        return False
    return True


needs_doc_group = pytest.mark.skipif(not _cli_available(), reason="the `doc` group (doc_cmds.py) is not there yet")


@needs_doc_group
def test_cli_list_export_verify(cli_vault, capsys, tmp_path):
    path, case, view = cli_vault
    rc, out, _ = _run(path, capsys, "doc", "list", case["reference"], "--json")
    assert rc == 0
    data = json.loads(out)
    assert [d["id"] for d in data["items"]] == [view.document_id] and data["next_cursor"] is None
    rc, out, _ = _run(path, capsys, "doc", "list", case["reference"])
    assert rc == 0 and view.document_id in out
    # The whole register, narrowed by the same filters as the window's.
    rc, out, _ = _run(path, capsys, "doc", "list", "--template", view.template_id, "--state", "current",
                      "--language", "en", "--tlp", "TLP:AMBER", "--from", "2026-03-01", "--until", "2026-03-31",
                      "--json")
    assert rc == 0 and [d["id"] for d in json.loads(out)["items"]] == [view.document_id]
    rc, out, _ = _run(path, capsys, "doc", "list", "--state", "superseded")
    assert rc == 0 and out.strip() == "No documents."
    rc, _, err = _run(path, capsys, "doc", "list", "--tlp", "SECRET")
    assert rc != 0 and "TLP" in err
    dest = tmp_path / "out.pdf"
    rc, out, _ = _run(path, capsys, "doc", "export", view.document_id, "-o", str(dest), "--json")
    assert rc == 0 and json.loads(out)["path"] == str(dest) and dest.exists()
    rc, out, _ = _run(path, capsys, "doc", "verify", str(dest), "--json")
    assert rc == 0 and json.loads(out)["ours"] is True and json.loads(out)["altered"] is False
    data = bytearray(dest.read_bytes())
    data[data.index(b"stream\n") + 40] ^= 1
    dest.write_bytes(bytes(data))
    rc, out, err = _run(path, capsys, "doc", "verify", str(dest))
    assert rc != 0 and "ALTERED" in out
    rc, out, err = _run(path, capsys, "doc", "export", "NOPE-NOPE", "-o", str(tmp_path / "x.pdf"))
    assert rc == 3 and not (tmp_path / "x.pdf").exists()


def _templates_available() -> bool:
    try:
        from liaison.documents import context  # noqa: F401
    except ImportError:
        return False
    return True


@needs_doc_group
@pytest.mark.skipif(not _templates_available(), reason="the template engine is not there yet")
def test_cli_render_draft_final_and_email(vault, case, monkeypatch, capsys, tmp_path):
    from liaison.documents import context

    vault.settings.set("officer.name", "Insp. Anna Kowalska")
    vault.settings.set("officer.email", "anna.kowalska@police.example")
    path = vault.path
    ref = case["reference"]
    gaps = context.missing(vault, ref, "status-inquiry")
    vault.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    private_tmp(monkeypatch, tmp_path)
    before = set(os.listdir(tempfile.gettempdir()))
    # a draft can always be made
    draft = tmp_path / "draft.pdf"
    rc, out, err = _run(path, capsys, "doc", "render", ref, "status-inquiry", "--draft", "-o", str(draft), "--json")
    assert rc == 0, err
    assert json.loads(out)["status"] == "draft" and draft.exists()
    assert "DRAFT" in PdfReader(str(draft)).pages[0].extract_text()
    # a final one is refused while anything is missing, and nothing is written
    final = tmp_path / "final.pdf"
    if gaps:
        rc, out, err = _run(path, capsys, "doc", "render", ref, "status-inquiry", "-o", str(final))
        assert rc == 2 and not final.exists() and gaps[0]["label"] in err
    # fill what is missing, then render a final, bilingual
    from liaison.vault import Vault

    with Vault.open(path, PASSPHRASE) as v:
        v.agencies.add(name="Malta Police Force", kind="central-authority", country="MT")
        for gap in context.missing(v, ref, "status-inquiry"):
            if gap["source"] == "answer":
                context.set_answer(v, ref, "status-inquiry", gap["field"], "2026-03-01")
        assert context.missing(v, ref, "status-inquiry") == []
    rc, out, err = _run(path, capsys, "doc", "render", ref, "status-inquiry", "--lang", "en", "--second-lang", "fr",
                        "-o", str(final), "--json")
    assert rc == 0, err
    made = json.loads(out)
    assert made["status"] == "final" and made["version"] == 1 and final.exists()
    rc, out, _ = _run(path, capsys, "doc", "verify", str(final), "--json")
    assert rc == 0 and json.loads(out)["document_id"] == made["id"]
    eml = tmp_path / "draft.eml"
    rc, out, err = _run(path, capsys, "doc", "email", made["id"], "--to", "duty@police.mt.example", "-o", str(eml))
    assert rc == 0, err
    import email
    from email import policy

    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1" and msg["To"] == "duty@police.mt.example"
    assert next(msg.iter_attachments()).get_content() == final.read_bytes()
    assert set(os.listdir(tempfile.gettempdir())) == before == set()


def test_printing_is_recorded(vault, case):
    red = _view(case, handling="TLP:RED")
    reg.finalise(vault, red)
    reg.record_printed(vault, red.document_id)  # the officer's own copy
    with pytest.raises(reg.RestrictedHandling):
        reg.record_printed(vault, red.document_id, recipients=["Prosecutor Dupont"])
    reg.record_printed(vault, red.document_id, recipients=["Prosecutor Dupont"], justification="court order 12/2026")
    entries = vault.audit.list(record_type="document")
    assert [(e["action"], e["recipients"], e["justification"]) for e in entries[1:]] == [
        ("export", None, None), ("disclose", ["Prosecutor Dupont"], "court order 12/2026")]


def test_case_erasure_drops_pdfs_and_keeps_register_entries(vault, case):
    view = _view(case)
    reg.finalise(vault, view)
    pdf = reg.pdf_bytes(vault, view.document_id)
    vault.retention.erase_case(case["reference"], justification="retention period over for this case")
    doc = reg.get_document(vault, view.document_id)
    assert doc["sha256"] and doc["title"] == "[erased]"
    with pytest.raises(NotFound) as err:
        reg.pdf_bytes(vault, view.document_id)
    assert "erased" in str(err.value)
    assert vault.search.query("custodian Valletta", types=["document"]).get("document", []) == []
    # a copy held elsewhere is still recognised as ours
    assert reg.verify(vault, pdf)["ours"]
