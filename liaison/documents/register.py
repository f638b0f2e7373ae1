"""The register of documents: every final PDF kept in the vault, its versions, export and verification.

A final document is rendered once, and those exact bytes are stored (inside the encrypted vault) with their
SHA-256, the template and its version, the languages, the case, the date and the author. Finalising the same
case and template again makes a new version that supersedes the previous one (all its language versions);
old versions stay. The same content finalised in another language is a sibling: the same version number,
``language_of`` naming the first language version, nothing superseded. The PDF
carries its document id in its metadata (``/LiaisonDocumentId``), so :func:`verify` can tell whether a file is
one of ours, which one, and whether it was altered since.

Generating is audited as ``create``; writing a copy for the officer as ``export``, or as ``disclose`` with the
recipients when it goes to someone. A document marked TLP:RED or H2 goes to recipients only with a
justification. Nothing is written to disk except the file the officer asked for.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from liaison.changes import Changes, created
from liaison.db import DatabaseError, IntegrityError
from liaison.documents.context import DocumentIncomplete
from liaison.documents.model import DocumentView
from liaison.documents.render import field_text, handling_parts, render, short_id
from liaison.errors import Conflict, LiaisonError, NotFound, ValidationError, VaultCorrupted
from liaison.fileutil import atomic_write, check_output_path
from liaison.handling import tlp_labels
from liaison.ids import is_id
from liaison.paging import Page, keyset_page
from liaison.timeutil import parse_date, utcnow_iso

__all__ = [
    "DocumentIncomplete",
    "RestrictedHandling",
    "disclosure_reason",
    "document_id_from_pdf",
    "export_draft",
    "export_pdf",
    "finalise",
    "get_document",
    "list_documents",
    "pdf_bytes",
    "record_printed",
    "register_choices",
    "resolve",
    "restricts_disclosure",
    "verify",
]

RECORD_TYPE = "document"
SORTABLE = ("created_at", "title", "template_id", "own_reference", "document_date", "status")
# The columns a listing returns: never the PDF itself.
_COLUMNS = (
    "d.id, d.case_id, c.reference AS case_reference, d.template_id, d.template_version, d.languages, d.title, "
    "d.own_reference, d.counterpart_reference, d.document_date, d.author, d.status, d.version, d.supersedes_id, "
    "d.superseded_by, d.sha256, d.size, d.handling, d.created_at, d.updated_at, d.rev, d.origin, d.language_of"
)
_ID_IN_PDF = re.compile(rb"/LiaisonDocumentId\s*\(([0-9A-Za-z]{26})\)")


class RestrictedHandling(ValidationError):
    """TLP:RED or H2 material leaving without the officer's justification."""


def restricts_disclosure(handling: str) -> bool:
    """TLP:RED and Europol H2 keep a document out of e-mail and exports to others unless justified."""
    tlp, code, _colour = handling_parts(handling)
    return tlp == "TLP:RED" or code == "H2"


def check_disclosure(handling: str, justification: str | None, what: str) -> str | None:
    """The justification, stripped; refuses TLP:RED / H2 without one."""
    text = (justification or "").strip() or None
    if restricts_disclosure(handling) and not text:
        raise RestrictedHandling(
            f"This document is marked {handling}: it is not {what} without the provider's permission.",
            field="justification",
            hint="If you have that permission, give a justification (--justification TEXT); it is written to the "
                 "audit trail.",
        )
    return text


def disclosure_reason(doc: dict[str, Any], justification: str | None, what: str) -> str:
    """The justification recorded with a disclosure of ``doc`` (LED Art. 25: the log of a disclosure shows
    it). TLP:RED / H2: only with one given (:class:`RestrictedHandling` otherwise). Without one, the document's
    own purpose is recorded, as the document states it (a formal request names its subject, its legal basis and
    the references it answers): its title and references, and that no further reason was given."""
    text = check_disclosure(doc["handling"], justification, what)
    if text:
        return text
    refs = "; ".join(f"{label} {value}" for label, value in (
        ("our reference", doc.get("own_reference")), ("their reference", doc.get("counterpart_reference"))) if value)
    title = doc.get("title") or doc.get("template_id") or "document"
    return f"the document's own purpose: {title}" + (f" ({refs})" if refs else "") + "; no further reason given"


def _missing(view: DocumentView) -> list[dict[str, str]]:
    lang = (view.languages or ["en"])[0]
    out = []
    for section in view.sections:
        for f in section.fields:
            if f.missing:
                out.append({"field": f.key, "section": section.key,
                            "label": f.label.get(lang) or f.label.get("en") or f.key})
    return out


def _search_text(view: DocumentView) -> str:
    lang = (view.languages or ["en"])[0]
    parts = [view.subject.get(lang, ""), view.counterpart_reference]
    for section in view.sections:
        parts.append(section.heading.get(lang, ""))
        parts.extend(field_text(f) for f in section.fields)
    return "\n".join(p for p in parts if p)


@contextlib.contextmanager
def _db_errors(what: str) -> Iterator[None]:
    """Driver exceptions never leave the register."""
    try:
        yield
    except IntegrityError as exc:
        raise Conflict(f"Could not save the {what}: it conflicts with a record already in the vault ({exc}).") \
            from exc
    except DatabaseError as exc:
        raise LiaisonError(f"Could not save the {what}: the vault refused the change ({exc}).") from exc


def finalise(vault: Any, view: DocumentView, *, origin: str = "user") -> Changes:
    """Render ``view`` as a final document and store it: version 1, or the next version of the same case and
    template, superseding the previous one. Refused (nothing stored) while a required field is missing.
    ``Changes.extra`` holds ``version``, ``sha256``, ``size`` and ``supersedes``."""
    missing = _missing(view)
    if missing:
        raise DocumentIncomplete(view.template_id, missing)
    if origin not in ("user", "reference", "demo", "import"):
        raise ValidationError("origin must be user, reference, demo or import.", field="origin")
    if not is_id(str(view.document_id or "")):
        raise ValidationError("The document has no valid id (a ULID); build it again.", field="document_id")
    db = vault.db
    case = db.execute("SELECT id, reference FROM cases WHERE id = ?", (view.case_id,)).fetchone()
    if case is None:
        raise NotFound(f"The case of this document ({view.case_id}) is not in the vault.")
    if db.execute("SELECT 1 FROM documents WHERE id = ?", (view.document_id,)).fetchone():
        raise Conflict(f"Document {view.document_id} is already in the register; build the document again for a "
                       "new version.")
    final = dataclasses.replace(view, draft=False)
    content = _content_key(vault, final)
    lang = (view.languages or ["en"])[0]
    title = final.title.get(lang) or final.title.get("en") or final.template_id
    author = str((final.sender or {}).get("name") or vault.actor)
    now = utcnow_iso()
    with _db_errors("document"), vault.transaction() as tx:
        prev = tx.execute(
            "SELECT id, version, supersedes_id, language_of, meta FROM documents WHERE case_id = ? AND "
            "template_id = ? AND status = 'final' ORDER BY version DESC, created_at LIMIT 1",
            (final.case_id, final.template_id)).fetchone()
        sibling = _sibling_of(tx, prev, final, content)
        if sibling:  # another language version of the same content: the same number, nothing superseded
            version, supersedes, language_of = prev[1], prev[2], prev[3] or prev[0]
        else:
            version, supersedes, language_of = (prev[1] + 1 if prev else 1), (prev[0] if prev else None), ""
        head = vault.audit.head()
        pdf = render(final, version=version, audit_head=f"{head['seq']}:{head['hash']}")
        digest = hashlib.sha256(pdf).hexdigest()
        meta = {
            "subject": final.subject, "title": final.title, "handling_text": final.handling_text,
            "sender_email": (final.sender or {}).get("email", ""), "sender_name": (final.sender or {}).get("name", ""),
            "addressee": final.addressee, "labels": {lg: final.labels.get(lg, {}) for lg in final.languages},
            "annexes": [dataclasses.asdict(a) for a in final.annexes], "short_id": short_id(final.document_id),
            "content_key": content,
        }
        row = {
            "id": final.document_id, "case_id": final.case_id, "template_id": final.template_id,
            "template_version": int(final.template_version), "languages": json.dumps(list(final.languages)),
            "title": title, "own_reference": final.own_reference or "",
            "counterpart_reference": final.counterpart_reference or "", "document_date": final.date or "",
            "author": author, "status": "final", "version": version, "supersedes_id": supersedes,
            "language_of": language_of,
            "sha256": digest, "size": len(pdf), "handling": final.handling or "",
            "meta": json.dumps(meta, ensure_ascii=False), "created_at": now, "updated_at": now, "rev": 1,
            "origin": origin,
        }
        ref = vault.files.put(pdf)
        row.update(file_id=ref.id, file_key=ref.key)
        tx.execute(f"INSERT INTO documents ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                   tuple(row.values()))
        if prev and not sibling:  # every language version of the previous version is superseded
            tx.execute("UPDATE documents SET superseded_by = ?, updated_at = ?, rev = rev + 1 WHERE case_id = ? "
                       "AND template_id = ? AND status = 'final' AND version = ? AND superseded_by = ''",
                       (final.document_id, now, final.case_id, final.template_id, prev[1]))
        vault.audit.log(
            "create", RECORD_TYPE, final.document_id, ref=f"{case[1]} {final.template_id} v{version}",
            summary=f"final document generated: {title} (version {version}, {', '.join(final.languages)}"
                    + (", another language version)" if sibling else ")"),
            details={"case_id": final.case_id, "template_id": final.template_id,
                     "template_version": final.template_version, "version": version, "sha256": digest,
                     "supersedes": supersedes, "language_of": language_of or None},
        )
        search = getattr(vault, "search", None)
        if search is not None and hasattr(search, "index"):
            search.index(RECORD_TYPE, final.document_id, title=title, text=_search_text(final),
                         ref=final.own_reference or None, case_id=final.case_id)
    changes = created(RECORD_TYPE, final.document_id, version=version, sha256=digest, size=len(pdf),
                      supersedes=supersedes, language_of=language_of or None)
    if prev and not sibling:
        changes = changes + Changes(updated=((RECORD_TYPE, prev[0]),))
    return changes


def _content_key(vault: Any, view: DocumentView) -> str:
    """What a document says, whatever its language: the officer's answers for this case and template (their
    translations aside), the case's revision, the date, the template's version, the addressee, the handling
    code and the annexes. Two finals with the same key are language versions of one document."""
    db = vault.db
    answers = db.execute("SELECT key, value FROM document_answers WHERE case_id = ? AND template_id = ? "
                         "AND instr(key, '@') = 0 ORDER BY key", (view.case_id, view.template_id)).fetchall()
    case = db.execute("SELECT rev FROM cases WHERE id = ?", (view.case_id,)).fetchone()
    what = [answers, case[0] if case else None, view.date, view.template_version, view.handling,
            sorted((view.addressee or {}).items()), [a.sha256 for a in view.annexes], view.layout]
    return hashlib.sha256(json.dumps(what, ensure_ascii=False, default=str).encode()).hexdigest()


def _sibling_of(tx: Any, prev: Any, view: DocumentView, content: str) -> bool:
    """Whether ``view`` is another language version of the latest final ``prev``: the same content, in a set of
    languages none of its versions has yet."""
    if prev is None or json.loads(prev[4] or "{}").get("content_key") != content:
        return False
    family = prev[3] or prev[0]
    held = {r[0] for r in tx.execute("SELECT languages FROM documents WHERE id = ? OR language_of = ?",
                                     (family, family))}
    return json.dumps(list(view.languages)) not in held


def resolve(vault: Any, ref_or_id: str) -> str:
    """A document's id from its id (a ULID) or the short identifier printed in its footer ("ABCD-1234")."""
    text = str(ref_or_id or "").strip()
    if not text:
        raise NotFound("No document given: name it by its document id (printed on every page).")
    db = vault.db
    if is_id(text):
        row = db.execute("SELECT id FROM documents WHERE id = ?", (text.upper(),)).fetchone()
        if row:
            return row[0]
    short = re.sub(r"[^0-9A-Za-z]", "", text).upper()
    if len(short) == 8:
        rows = db.execute("SELECT id FROM documents WHERE substr(id, 19, 8) = ? LIMIT 2", (short,)).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if len(rows) > 1:
            raise NotFound(f"Several documents end in {text}; give the full document id.")
    raise NotFound(f"No document '{text}' in the register.", hint="`doc list CASE` shows the documents of a case.")


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    if "languages" in row:
        row["languages"] = json.loads(row["languages"] or "[]")
    if "meta" in row:
        row["meta"] = json.loads(row["meta"] or "{}")
    for private in ("pdf", "file_id", "file_key"):
        row.pop(private, None)
    return row


def get_document(vault: Any, ref_or_id: str) -> dict[str, Any]:
    """One register entry (without the PDF bytes), with its case reference and meta."""
    doc_id = resolve(vault, ref_or_id)
    row = next(vault.db.query(
        f"SELECT {_COLUMNS}, d.meta FROM documents d JOIN cases c ON c.id = d.case_id WHERE d.id = ?", [doc_id]))
    return _decode(row)


def pdf_bytes(vault: Any, ref_or_id: str) -> bytes:
    """The stored PDF (decrypted by the vault, in memory)."""
    doc_id = resolve(vault, ref_or_id)
    file_id, key, digest = vault.db.execute(
        "SELECT file_id, file_key, sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if file_id is None:
        raise NotFound(
            "This document's PDF was erased with the personal data of its case; its register entry (date, "
            "template, SHA-256) is kept for the audit trail."
        )
    data = vault.files.read(file_id, key, what="document")
    if hashlib.sha256(data).hexdigest() != digest:
        raise VaultCorrupted("The document's PDF does not match its recorded SHA-256: it is damaged.",
                             hint="Restore the vault from a backup.")
    return data


def erase_for_case(vault: Any, db: Any, case_id: str) -> int:
    """Drop the PDFs of a case's documents (they hold personal data) inside the
    caller's transaction. The register entries stay, with their SHA-256, so that
    what was disclosed can still be accounted for. Returns how many were erased."""
    rows = db.execute("SELECT id, file_id FROM documents WHERE case_id = ? AND file_id IS NOT NULL",
                      (case_id,)).fetchall()
    for doc_id, _file_id in rows:
        db.execute("UPDATE documents SET file_id = NULL, file_key = NULL, title = '[erased]' WHERE id = ?", (doc_id,))
        vault.search.remove(RECORD_TYPE, doc_id)
    vault.files.discard(f for _d, f in rows)  # removed once the erasure commits
    return len(rows)


def _reason(doc: dict[str, Any], justification: str | None, who: list[str], what: str) -> str | None:
    """A disclosure's reason when the document goes to ``who`` (:func:`disclosure_reason`); for a copy
    the officer keeps, the justification given, if any."""
    if who:
        return disclosure_reason(doc, justification, what)
    return (justification or "").strip() or None


STATES = ("current", "superseded")


def list_documents(
    vault: Any,
    case: str | None = None,
    *,
    template: str | None = None,
    state: str | None = None,
    language: str | None = None,
    tlp: str | None = None,
    dated_from: str | None = None,
    dated_until: str | None = None,
    sort: str = "created_at",
    descending: bool = True,
    after: str | None = None,
    limit: int = 50,
) -> Page:
    """A page of register entries, newest first by default. Each filter narrows the register:
    ``case`` (id or reference); ``template`` (its id); ``state``, "current" (the latest version of its
    document) or "superseded"; ``language`` (an ISO 639-1 code the document is written in); ``tlp``
    (its TLP label, "TLP:RED"); ``dated_from``/``dated_until`` (YYYY-MM-DD, inclusive, on the date
    printed on the document)."""
    where, params = [], []
    if case:
        where.append("d.case_id = ?")
        params.append(vault.cases.resolve(case))
    if template:
        where.append("d.template_id = ?")
        params.append(str(template))
    if state:
        if state not in STATES:
            raise ValidationError(f"state: '{state}' is not one of {', '.join(STATES)}.", field="state")
        where.append("d.superseded_by = ''" if state == "current" else "d.superseded_by <> ''")
    if language:
        where.append("EXISTS (SELECT 1 FROM json_each(d.languages) WHERE value = ?)")
        params.append(str(language).strip().lower())
    if tlp:
        label = str(tlp).strip().upper()
        if label not in tlp_labels():
            raise ValidationError(f"tlp: '{tlp}' is not a TLP label ({', '.join(tlp_labels())}).", field="tlp")
        where.append("(d.handling = ? OR d.handling LIKE ?)")  # "TLP:AMBER H3" for TLP:AMBER
        params += [label, label + " %"]  # a known label: no LIKE wildcard in it
    for value, op, name in ((dated_from, ">=", "dated_from"), (dated_until, "<=", "dated_until")):
        if value:
            where.append(f"d.document_date <> '' AND d.document_date {op} ?")
            params.append(parse_date(value, field=name).isoformat())
    page = keyset_page(
        vault.db, select=f"SELECT {_COLUMNS} FROM documents d JOIN cases c ON c.id = d.case_id", where=where,
        params=params, sort=sort, sortable=SORTABLE, descending=descending, after=after, limit=limit,
        sort_expr=f"d.{sort}" if sort in SORTABLE else None, id_expr="d.id",
    )
    return Page([_decode(r) for r in page.items], page.next_cursor)


def register_choices(vault: Any) -> dict[str, list[str]]:
    """What the register holds, for a filter bar: the template ids and languages in use, sorted."""
    templates = [r[0] for r in vault.db.execute("SELECT DISTINCT template_id FROM documents ORDER BY 1")]
    languages = [r[0] for r in vault.db.execute(
        "SELECT DISTINCT j.value FROM documents d, json_each(d.languages) j ORDER BY 1")]
    return {"templates": templates, "languages": languages}


def _recipients(recipients: Iterable[str]) -> list[str]:
    if isinstance(recipients, str):
        recipients = [recipients]
    return [r.strip() for r in recipients if r and r.strip()]


def export_pdf(
    vault: Any,
    ref_or_id: str,
    dest: str | Path,
    *,
    recipients: Iterable[str] = (),
    justification: str | None = None,
    overwrite: bool = False,
) -> Path:
    """Write the stored PDF to ``dest`` (owner-only, atomically) and audit it: ``disclose`` with the recipients
    when it goes to someone (TLP:RED / H2 only with a justification), else ``export``. An existing ``dest`` is
    replaced only with ``overwrite`` (the officer agreed); a file of the vault never."""
    dest = check_output_path(dest, overwrite=overwrite)
    doc = get_document(vault, ref_or_id)
    who = _recipients(recipients)
    reason = _reason(doc, justification, who, "given to others")
    data = pdf_bytes(vault, doc["id"])
    with vault.transaction():
        if who:
            vault.audit.log("disclose", RECORD_TYPE, doc["id"], ref=f"{doc['case_reference']} v{doc['version']}",
                            summary=f"document exported for {', '.join(who)}", justification=reason, recipients=who,
                            details={"sha256": doc["sha256"]})
        else:
            vault.audit.log("export", RECORD_TYPE, doc["id"], ref=f"{doc['case_reference']} v{doc['version']}",
                            summary="document written to a file", justification=reason,
                            details={"sha256": doc["sha256"]})
        try:
            atomic_write(dest, data, overwrite=overwrite)
        except OSError as exc:
            raise ValidationError(f"Cannot write {dest}: {exc.strerror or exc}.", field="output") from exc
    return dest


def record_printed(
    vault: Any,
    ref_or_id: str,
    *,
    recipients: Iterable[str] = (),
    justification: str | None = None,
) -> None:
    """Record that a registered document was printed (the UI prints the stored bytes): ``disclose`` with the
    recipients when it is handed to someone (TLP:RED / H2 only with a justification), else ``export``."""
    doc = get_document(vault, ref_or_id)
    who = _recipients(recipients)
    reason = _reason(doc, justification, who, "handed to others")
    with vault.transaction():
        vault.audit.log("disclose" if who else "export", RECORD_TYPE, doc["id"],
                        ref=f"{doc['case_reference']} v{doc['version']}",
                        summary="document printed" + (f" for {', '.join(who)}" if who else ""),
                        justification=reason, recipients=who or None, details={"sha256": doc["sha256"]})


def export_draft(vault: Any, view: DocumentView, dest: str | Path, *, overwrite: bool = False) -> Path:
    """A draft (always possible, DRAFT on every page) written to ``dest`` and audited as ``export``. Drafts are
    not kept in the register."""
    dest = check_output_path(dest, overwrite=overwrite)
    draft = dataclasses.replace(view, draft=True)
    data = render(draft)
    with vault.transaction():
        vault.audit.log("export", RECORD_TYPE, draft.document_id, ref=f"{draft.own_reference} {draft.template_id}",
                        summary=f"draft written to a file ({len(draft.missing)} field(s) missing)",
                        details={"case_id": draft.case_id, "template_id": draft.template_id, "draft": True,
                                 "sha256": hashlib.sha256(data).hexdigest()})
        try:
            atomic_write(dest, data, overwrite=overwrite)
        except OSError as exc:
            raise ValidationError(f"Cannot write {dest}: {exc.strerror or exc}.", field="output") from exc
    return dest


def document_id_from_pdf(data: bytes) -> str | None:
    """The Liaison document id in a PDF's metadata, or None. Read with pypdf; a file pypdf cannot parse (a
    damaged copy) is searched for the metadata entry directly."""
    try:
        from pypdf import PdfReader  # runtime dependency of verify only

        info = PdfReader(io.BytesIO(data)).metadata or {}
        value = info.get("/LiaisonDocumentId")
        if value:
            text = str(value).strip()
            return text.upper() if is_id(text) else None
    except Exception:  # noqa: BLE001 - any parse failure: fall back to the raw search below
        pass
    match = _ID_IN_PDF.search(data)
    if match:
        text = match.group(1).decode("ascii")
        return text.upper() if is_id(text) else None
    return None


def _received_from(db: Any, doc_id: str) -> str | None:
    """The vault a document came from when it was received in a bundle (not made here), else None."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_sources'").fetchone():
        return None
    row = db.execute("SELECT source_vault FROM record_sources WHERE table_name = 'documents' AND record_id = ? "
                     "LIMIT 1", (doc_id,)).fetchone()
    if row is None:
        return None
    # One of ours that went out and came back is still ours: this vault's trail recorded making it.
    made_here = db.execute("SELECT 1 FROM audit WHERE record_type = ? AND record_id = ? AND action = 'create' "
                           "LIMIT 1", (RECORD_TYPE, doc_id)).fetchone()
    return None if made_here else row[0]


def verify(vault: Any, data: bytes) -> dict[str, Any]:
    """Is this PDF one of ours? ``{ours, document_id, version, status, case_reference, altered, message}``.

    An exact copy of a stored document is ours and not altered. A PDF naming one of our documents but whose
    SHA-256 differs was altered. Otherwise it is not a document of this vault."""
    digest = hashlib.sha256(data).hexdigest()
    db = vault.db
    row = db.execute(
        "SELECT d.id, d.version, d.status, c.reference, d.superseded_by, d.title FROM documents d "
        "JOIN cases c ON c.id = d.case_id WHERE d.sha256 = ? LIMIT 1", (digest,)).fetchone()
    result: dict[str, Any] = {"ours": False, "document_id": None, "version": None, "status": None,
                              "case_reference": None, "altered": False, "sha256": digest, "superseded_by": None}
    if row:
        received = _received_from(db, row[0])
        if received is not None:
            # A copy that came in a bundle: the register holds it as received, never as a document of ours
            # (a PDF forged inside a bundle would otherwise verify as genuine).
            result.update(document_id=row[0], version=row[1], status=row[2], case_reference=row[3],
                          received_from=received)
            result["message"] = (f"Not a document of this vault: it is a copy of document {row[0]} received in a "
                                 f"bundle from vault {received}, unaltered since it was received. Its origin can "
                                 "only be confirmed by the vault that made it.")
            return result
        result.update(ours=True, document_id=row[0], version=row[1], status=row[2], case_reference=row[3],
                      superseded_by=row[4] or None)
        note = f"; superseded by {row[4]}" if row[4] else ""
        result["message"] = (f"Genuine: this is document {row[0]} ('{row[5]}'), version {row[1]} ({row[2]}) of "
                             f"case {row[3]}, unaltered{note}.")
        return result
    doc_id = document_id_from_pdf(data)
    if doc_id is None:
        result["message"] = "Not a Liaison document: it carries no Liaison document id."
        return result
    row = db.execute(
        "SELECT d.id, d.version, d.status, c.reference FROM documents d JOIN cases c ON c.id = d.case_id "
        "WHERE d.id = ?", (doc_id,)).fetchone()
    result["document_id"] = doc_id
    if row is None:
        result["message"] = (f"Not a document of this vault: it names document {doc_id}, which is not in this "
                             "register (another vault, or a draft).")
        return result
    received = _received_from(db, doc_id)
    if received is not None:
        result["message"] = (f"Not a document of this vault: it names document {doc_id}, a copy received from vault "
                             f"{received}, and its content differs from the copy received.")
        result.update(altered=True, received_from=received)
        return result
    result.update(ours=True, altered=True, version=row[1], status=row[2], case_reference=row[3])
    result["message"] = (f"ALTERED: this file claims to be document {doc_id}, version {row[1]} of case {row[3]}, "
                         "but its content differs from the stored original. Do not rely on it; export the original "
                         "with `doc export`.")
    return result
