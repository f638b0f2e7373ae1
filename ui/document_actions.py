"""What an officer does with a registered document: print it, save a copy, prepare an e-mail draft, and check
whether a PDF is one of ours. Shared by the Documents page and the request wizard.

Every step asks the core (``liaison.documents.register`` / ``email``), which audits it and refuses TLP:RED / H2
disclosures without a justification; here we only ask the officer the questions and report the answer in words.
The e-mail draft is written to a file the officer chooses (never a hidden temporary file): it holds the
decrypted PDF, so it must be somewhere the officer knows about and can delete.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QWidget

from liaison.documents import email as doc_email
from liaison.documents import register
from liaison.errors import LiaisonError
from liaison.fileutil import atomic_write

from . import dialogs
from .pdf_preview import ask_text, open_url, print_pdf

MAX_VERIFY_BYTES = 200 * 1024 * 1024


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentActions", text)


@dataclass
class Outcome:
    """What happened, in words for a status line. ``done`` False means refused, cancelled or failed."""

    done: bool
    message: str
    path: Path | None = None
    details: dict[str, Any] = field(default_factory=dict)


def _error(exc: LiaisonError) -> str:
    hint = getattr(exc, "hint", None)
    return f"{exc.message} {hint}" if hint else exc.message


def print_document(parent: QWidget | None, vault: Any, doc_id: str) -> Outcome:
    """The stored PDF through the print dialog; recorded in the audit trail once printed."""
    try:
        doc = register.get_document(vault, doc_id)
        data = register.pdf_bytes(vault, doc["id"])
    except LiaisonError as exc:
        return Outcome(False, _error(exc))
    if not print_pdf(parent, data, doc["title"] or doc["template_id"]):
        return Outcome(False, _tr("Printing cancelled."))
    try:
        register.record_printed(vault, doc["id"])
    except LiaisonError as exc:
        return Outcome(False, _error(exc))
    return Outcome(True, _tr("Printed version {version} of {ref}; recorded in the audit trail.").format(
        version=doc["version"], ref=doc["case_reference"]))


def save_as(parent: QWidget | None, vault: Any, doc_id: str) -> Outcome:
    """A copy of the stored PDF where the officer chooses (audited as an export)."""
    try:
        doc = register.get_document(vault, doc_id)
    except LiaisonError as exc:
        return Outcome(False, _error(exc))
    path = dialogs.ask_save_file(parent, _tr("Save the document as"), doc_email.attachment_name(doc),
                                 _tr("PDF documents (*.pdf)"))
    if not path:
        return Outcome(False, _tr("Not saved."))
    try:
        # The save dialog asked before replacing a file; the core still refuses the vault's own files.
        written = register.export_pdf(vault, doc["id"], path, overwrite=True)
    except LiaisonError as exc:
        return Outcome(False, _error(exc))
    return Outcome(True, _tr("Saved to {path}; recorded in the audit trail.").format(path=written), path=written)


def email(parent: QWidget | None, vault: Any, doc_id: str) -> Outcome:
    """An ``.eml`` draft with the PDF attached, saved where the officer chooses and opened in the default mail
    client. Marked TLP:RED or H2: the core refuses unless the officer gives a justification (or cancels)."""
    try:
        doc = register.get_document(vault, doc_id)
    except LiaisonError as exc:
        return Outcome(False, _error(exc))
    suggested = str(((doc.get("meta") or {}).get("addressee") or {}).get("email") or "")
    to = ask_text(parent, _tr("E-mail draft"), _tr("Send to (e-mail addresses, separated by commas):"), suggested,
                  kind="recipients")
    if to is None or not to.strip():
        return Outcome(False, _tr("No e-mail draft made."))
    path = dialogs.ask_save_file(parent, _tr("Save the e-mail draft as"),
                                 doc_email.attachment_name(doc)[:-4] + ".eml", _tr("E-mail drafts (*.eml)"))
    if not path:
        return Outcome(False, _tr("No e-mail draft made."))
    justification: str | None = None
    while True:
        try:
            data = doc_email.email_draft(vault, doc["id"], to, justification=justification)
            break
        except register.RestrictedHandling as exc:
            if justification is not None:  # given but refused: say why and stop
                return Outcome(False, _error(exc))
            answer = ask_text(
                parent, _tr("Restricted document"),
                _tr("This document is marked {handling}: it may not be e-mailed without the provider's "
                    "permission. If you have it, say so here (written to the audit trail):").format(
                    handling=doc["handling"]), kind="justification", multiline=True)
            if answer is None or not answer.strip():
                return Outcome(False, _tr("Not e-mailed: the document is marked {handling} and no justification "
                                          "was given.").format(handling=doc["handling"]))
            justification = answer
        except LiaisonError as exc:
            return Outcome(False, _error(exc))
    target = Path(path)
    try:
        atomic_write(target, data)
    except LiaisonError as exc:  # a file of the vault: never written over
        return Outcome(False, _error(exc))
    except OSError as exc:
        return Outcome(False, _tr("Cannot write {path}: {reason}").format(path=target, reason=exc.strerror or exc))
    opened = open_url(QUrl.fromLocalFile(str(target)))
    note = _tr("E-mail draft saved to {path} and opened in your mail client; review it and send it from there.") \
        if opened else _tr("E-mail draft saved to {path}; open it with your mail client to send it.")
    return Outcome(True, note.format(path=target), path=target)


def verify_bytes(vault: Any, data: bytes) -> Outcome:
    """Whether ``data`` is one of our documents, which one and which version, in words."""
    try:
        result = register.verify(vault, data)
    except LiaisonError as exc:
        return Outcome(False, _error(exc))
    if result["ours"] and not result["altered"]:
        if result.get("superseded_by"):
            head = _tr("Ours, unaltered, but superseded: version {version} of case {ref}.")
        else:
            head = _tr("Ours, unaltered and current: version {version} of case {ref}.")
        head = head.format(version=result["version"], ref=result["case_reference"])
        kind = "genuine"
    elif result["ours"]:
        head = _tr("ALTERED: it claims to be version {version} of case {ref}, but its content differs from the "
                   "original kept in the vault.").format(version=result["version"], ref=result["case_reference"])
        kind = "altered"
    else:
        head = _tr("Not ours: this PDF is not a document of this vault.")
        kind = "foreign"
    return Outcome(result["ours"] and not result["altered"], f"{head}\n{result.get('message', '')}".strip(),
                   details={**result, "kind": kind})


def verify_file(vault: Any, path: str | Path) -> Outcome:
    """Read a PDF the officer dropped or chose (read only, never copied) and verify it."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_VERIFY_BYTES:
            return Outcome(False, _tr("{name} is larger than 200 MB: not a Liaison document.").format(name=p.name),
                           details={"kind": "foreign"})
        data = p.read_bytes()
    except OSError as exc:
        return Outcome(False, _tr("Cannot read {name}: {reason}").format(name=p.name, reason=exc.strerror or exc),
                       details={"kind": "error"})
    out = verify_bytes(vault, data)
    out.path = p
    return out
