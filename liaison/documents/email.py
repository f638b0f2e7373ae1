"""An e-mail draft (``.eml``) carrying a registered document, for the officer's own mail client.

The draft has the recipients, a subject with both references, the title and the handling code, a plain-text
body from the layout labels, the stored PDF attached, and ``X-Unsent: 1`` so that Outlook (and clients that
follow it) open it as a draft to be reviewed and sent. Nothing is sent from here.

A document marked TLP:RED or H2 is not e-mailed unless the officer gives a justification; every draft is
recorded in the audit trail as a disclosure with its recipients and its justification (the one given, or the
document's own purpose: see :func:`liaison.documents.register.disclosure_reason`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from liaison.documents.register import (
    RECORD_TYPE,
    disclosure_reason,
    get_document,
    pdf_bytes,
    restricts_disclosure,
)
from liaison.documents.render import LAYOUT_LABELS
from liaison.errors import ValidationError

__all__ = ["EMAIL_LABELS", "attachment_name", "email_draft", "subject_line"]

EMAIL_LABELS = {
    "email_body": "Please find attached our document referenced below. The attached PDF is the authoritative "
                  "version.",
    "email_sha256": "SHA-256 of the attached PDF",
    "email_regards": "Kind regards",
}
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\]+$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u0085]+")


def _one_line(text: Any) -> str:
    """Header text on one line: no CR/LF or other control characters (no header injection)."""
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", str(text or ""))).strip()


def _addresses(values: Iterable[str] | str, field: str) -> list[str]:
    if isinstance(values, str):
        values = [values]
    out = []
    for raw in values:
        for part in str(raw or "").split(","):
            addr = part.strip()
            if not addr:
                continue
            if _CONTROL.search(addr) or not _ADDRESS.match(addr):
                raise ValidationError(f"{field}: '{_one_line(addr)}' is not an e-mail address (name@example.org).",
                                      field=field)
            out.append(addr)
    return out


def _label(labels: dict[str, dict[str, str]], key: str, lang: str) -> str:
    for candidate in (f"layout.{key}", key):
        for language in (lang, "en"):
            text = (labels.get(language) or {}).get(candidate)
            if text:
                return str(text)
    return EMAIL_LABELS.get(key) or LAYOUT_LABELS.get(key, key)


def subject_line(doc: dict[str, Any]) -> str:
    """"<own ref> / <counterpart ref> - <title> [<handling>]" on one line."""
    refs = " / ".join(_one_line(r) for r in (doc["own_reference"], doc["counterpart_reference"]) if _one_line(r))
    subject = f"{refs} - {_one_line(doc['title'])}" if refs else _one_line(doc["title"])
    if _one_line(doc["handling"]):
        subject += f" [{_one_line(doc['handling'])}]"
    return subject


def attachment_name(doc: dict[str, Any]) -> str:
    """A file name safe on every system: the references and the version, ASCII letters, digits and dashes."""
    base = "-".join(x for x in (doc["own_reference"], doc["template_id"], f"v{doc['version']}") if x)
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip("-.") or "document"
    return safe[:120] + ".pdf"


def _body(doc: dict[str, Any]) -> str:
    meta = doc.get("meta") or {}
    labels = meta.get("labels") or {}
    langs = doc.get("languages") or ["en"]
    lang = langs[0]
    lines = [_label(labels, "email_body", lang), ""]
    title = (meta.get("title") or {}).get(lang) or doc["title"]
    lines.append(str(title))
    for key, value in (("our_reference", doc["own_reference"]), ("your_reference", doc["counterpart_reference"]),
                       ("date", doc["document_date"]), ("document_id", doc["id"])):
        if value:
            lines.append(f"{_label(labels, key, lang)}: {value}")
    if doc["handling"]:
        meaning = (meta.get("handling_text") or {}).get(lang, "")
        lines.append(f"{_label(labels, 'handling', lang)}: {doc['handling']}" + (f" - {meaning}" if meaning else ""))
    lines.append(f"{_label(labels, 'email_sha256', lang)}: {doc['sha256']}")
    annexes = meta.get("annexes") or []
    if annexes:
        lines += ["", f"{_label(labels, 'annexes', lang)}:"]
        lines += [f"- {a.get('name', '')} (SHA-256 {a.get('sha256', '')})" for a in annexes]
    lines += ["", _label(labels, "email_regards", lang), str(meta.get("sender_name") or doc["author"])]
    return "\n".join(lines) + "\n"


def email_draft(
    vault: Any,
    doc_id: str,
    to: Iterable[str] | str,
    *,
    cc: Iterable[str] | str = (),
    justification: str | None = None,
) -> bytes:
    """The ``.eml`` draft of a registered document, as bytes (the caller writes the file the officer asked
    for). Refused for TLP:RED or H2 without a justification; audited as ``disclose`` with the recipients."""
    doc = get_document(vault, doc_id)
    recipients = _addresses(to, "to")
    if not recipients:
        raise ValidationError("to: give at least one recipient's e-mail address.", field="to")
    copies = _addresses(cc, "cc")
    reason = disclosure_reason(doc, justification, "e-mailed")
    sender = (doc.get("meta") or {}).get("sender_email") or vault.settings.get("officer.email") or ""
    sender_list = _addresses(sender, "from") if sender else []

    msg = EmailMessage(policy=policy.SMTP)
    if sender_list:
        msg["From"] = sender_list[0]
    msg["To"] = ", ".join(recipients)
    if copies:
        msg["Cc"] = ", ".join(copies)
    msg["Subject"] = subject_line(doc)
    msg["Date"] = formatdate(localtime=True)
    domain = Address(addr_spec=sender_list[0]).domain if sender_list else "liaison.invalid"
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["X-Unsent"] = "1"
    msg["X-Liaison-Document-Id"] = doc["id"]
    msg.set_content(_body(doc))
    msg.add_attachment(pdf_bytes(vault, doc["id"]), maintype="application", subtype="pdf",
                       filename=attachment_name(doc))
    data = msg.as_bytes()
    with vault.transaction():
        vault.audit.log(
            "disclose", RECORD_TYPE, doc["id"], ref=f"{doc['case_reference']} v{doc['version']}",
            summary="e-mail draft prepared" + (
                f" (marked {doc['handling']}: restriction overridden)" if restricts_disclosure(doc["handling"]) else ""),
            justification=reason, recipients=[*recipients, *copies],
            details={"sha256": doc["sha256"], "subject": msg["Subject"]},
        )
    return data

