"""E-mail drafts: parsed back with the email module; TLP:RED / H2 refused without a justification; audited."""

from __future__ import annotations

import email
import os
import tempfile
from email import policy

import pytest
from docviews import make_view, private_tmp

from liaison.documents import register as reg
from liaison.documents.email import attachment_name, email_draft
from liaison.errors import ValidationError


@pytest.fixture
def case(vault) -> dict:
    changes = vault.cases.add(title="Forged customs seals", requesting_state="BE", requested_state="MT",
                              counterpart_reference="MT/CYB/2026/117")
    return vault.cases.get(changes.id)


def _final(vault, case, **kw) -> str:
    view = make_view(case_id=case["id"], own_reference=case["reference"], **kw)
    reg.finalise(vault, view)
    return view.document_id


def _audit_count(vault) -> int:
    return vault.db.execute("SELECT count(*) FROM audit").fetchone()[0]


def test_draft_headers_body_and_attachment(vault, case):
    doc_id = _final(vault, case)
    raw = email_draft(vault, doc_id, ["duty@police.mt.example"], cc="desk@police.mt.example")
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["From"] == "anna.kowalska@police.example"
    assert msg["To"] == "duty@police.mt.example" and msg["Cc"] == "desk@police.mt.example"
    assert msg["Subject"] == (f"{case['reference']} / MT/CYB/2026/117 - Request for the expedited preservation of "
                              "stored computer data [TLP:AMBER H3]")
    assert msg["X-Liaison-Document-Id"] == doc_id and msg["Date"]
    body = msg.get_body(("plain",)).get_content()
    assert "Please find attached" in body and doc_id in body and "TLP:AMBER H3" in body
    stored = reg.pdf_bytes(vault, doc_id)
    import hashlib

    assert hashlib.sha256(stored).hexdigest() in body
    attachments = list(msg.iter_attachments())
    assert len(attachments) == 1
    att = attachments[0]
    assert att.get_content_type() == "application/pdf"
    assert att.get_filename() == f"{case['reference']}-preservation-request-v1.pdf"
    assert att.get_content() == stored
    entry = vault.audit.list(action="disclose")[-1]
    assert entry["record_id"] == doc_id and entry["recipients"] == ["duty@police.mt.example",
                                                                    "desk@police.mt.example"]
    # No reason given: the document's own purpose is recorded as the justification (LED Art. 25).
    assert entry["justification"] == ("the document's own purpose: Request for the expedited preservation of stored "
                                      "computer data (our reference LO-2026-0001; their reference MT/CYB/2026/117); "
                                      "no further reason given")


def test_red_and_h2_refused_without_justification(vault, case):
    red = _final(vault, case, handling="TLP:RED")
    h2 = _final(vault, case, handling="TLP:GREEN H2", template_id="cover-letter")
    before = _audit_count(vault)
    for doc_id in (red, h2):
        with pytest.raises(ValidationError) as exc:
            email_draft(vault, doc_id, "duty@police.mt.example")
        assert exc.value.field == "justification"
        with pytest.raises(ValidationError):
            email_draft(vault, doc_id, "duty@police.mt.example", justification="   ")
    assert _audit_count(vault) == before
    raw = email_draft(vault, red, "duty@police.mt.example", justification="Provider consented in writing (ref 77)")
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["Subject"].endswith("[TLP:RED]")
    entry = vault.audit.list(action="disclose")[-1]
    assert entry["record_id"] == red and entry["justification"] == "Provider consented in writing (ref 77)"
    assert entry["recipients"] == ["duty@police.mt.example"] and "overridden" in entry["summary"]
    assert vault.audit.verify().ok


def test_bad_addresses_and_header_injection_refused(vault, case):
    doc_id = _final(vault, case)
    before = _audit_count(vault)
    for bad in ("", "not-an-address", "a@b.example\r\nBcc: spy@evil.example", "x@y.example>, <z"):
        with pytest.raises(ValidationError):
            email_draft(vault, doc_id, bad)
    with pytest.raises(ValidationError):
        email_draft(vault, doc_id, "ok@police.example", cc=["bad address"])
    assert _audit_count(vault) == before


def test_hostile_references_stay_on_one_line(vault, case):
    view = make_view(case_id=case["id"], own_reference=case["reference"],
                     counterpart_reference="REF\r\nBcc: spy@evil.example")
    reg.finalise(vault, view)
    raw = email_draft(vault, view.document_id, "duty@police.mt.example")
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["Bcc"] is None
    assert "REF Bcc: spy@evil.example" in msg["Subject"]
    name = attachment_name(reg.get_document(vault, view.document_id))
    assert name.endswith(".pdf") and "/" not in name and ".." not in name


def test_no_temp_files(vault, case, monkeypatch, tmp_path):
    doc_id = _final(vault, case)
    private_tmp(monkeypatch, tmp_path)
    before = set(os.listdir(tempfile.gettempdir()))
    email_draft(vault, doc_id, "duty@police.mt.example")
    assert set(os.listdir(tempfile.gettempdir())) == before == set()
