"""Document commands of the renderer: ``doc render|list|export|verify|email`` (joined to the ``doc`` group by
``doc_cmds.py``).

``doc render`` makes a final document (stored in the register, audited) unless ``--draft`` is given, and writes
the PDF the officer asked for; ``doc verify FILE`` says whether a PDF is one of ours (exit 0), altered or
foreign (exit 1).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import strictread
from ..documents import register as reg
from ..documents.email import email_draft
from ..errors import UsageError
from ..fileutil import atomic_write
from .context import Context, Output, int64

_MAX_VERIFY_BYTES = 512 * 1024 * 1024


def register(doc_sub, common) -> None:
    """Add render, list, export, verify and email to the ``doc`` group."""
    p = doc_sub.add_parser("render", parents=[common], help="make a document as PDF (final and registered, or a draft)")
    p.add_argument("case", metavar="CASE", help="the case's reference or id")
    p.add_argument("template", metavar="TEMPLATE", help="a template id (see `doc templates`)")
    p.add_argument("--lang", default="en", metavar="LANG", help="the sender's language (default en)")
    p.add_argument("--second-lang", metavar="LANG", help="the receiving state's language, side by side")
    p.add_argument("--authentic", metavar="LANG", help="which language's text is authentic (default the first)")
    p.add_argument("--draft", action="store_true", help="a draft: always possible, DRAFT on every page, not registered")
    p.add_argument("--addressee", metavar="AGENCY_OR_CONTACT", help="an agency (id or name) or a contact (id or e-mail)")
    p.add_argument("--annex", action="append", default=[], metavar="FILE", help="a file annexed (its SHA-256 is listed)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the document's date (default today)")
    p.add_argument("--basis", metavar="AGREEMENT",
                   help="the legal basis of this document instead of the case's (id or reference)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--overwrite", action="store_true", help="replace FILE.pdf if it exists")
    p.set_defaults(func=cmd_render)

    p = doc_sub.add_parser("list", parents=[common],
                           help="the register of documents, newest first (of one case, one template, ...)")
    p.add_argument("case", metavar="CASE", nargs="?", help="only this case's documents (reference or id)")
    p.add_argument("--template", metavar="ID", help="only documents made from this template")
    p.add_argument("--state", choices=reg.STATES, help="only current versions, or only superseded ones")
    p.add_argument("--language", metavar="CODE", help="only documents written in this language (ISO 639-1)")
    p.add_argument("--tlp", metavar="LABEL", help="only documents with this TLP label (e.g. TLP:RED)")
    p.add_argument("--from", dest="dated_from", metavar="YYYY-MM-DD", help="dated on or after this day")
    p.add_argument("--until", dest="dated_until", metavar="YYYY-MM-DD", help="dated on or before this day")
    p.add_argument("--sort", choices=reg.SORTABLE, default="created_at")
    order = p.add_mutually_exclusive_group()
    order.add_argument("--descending", action="store_true", default=True)
    order.add_argument("--ascending", dest="descending", action="store_false")
    p.add_argument("--limit", type=int64, default=50, metavar="N", help="rows per page (1-1000)")
    p.add_argument("--after", metavar="CURSOR", help="the next_cursor of the previous page")
    p.set_defaults(func=cmd_list)

    p = doc_sub.add_parser("export", parents=[common], help="write a registered document's PDF to a file")
    p.add_argument("document", metavar="DOC_ID", help="the document id (or the short id in its footer)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--to", action="append", default=[], metavar="RECIPIENT",
                   help="who it is for (recorded as a disclosure); repeat for several")
    p.add_argument("--justification", metavar="TEXT",
                   help="why it goes to them (required for TLP:RED or H2; otherwise the document's own purpose is "
                        "recorded)")
    p.add_argument("--overwrite", action="store_true", help="replace FILE.pdf if it exists")
    p.set_defaults(func=cmd_export)

    p = doc_sub.add_parser("verify", parents=[common], help="is this PDF one of ours, which one, and unaltered?")
    p.add_argument("file", metavar="FILE.pdf")
    p.set_defaults(func=cmd_verify)

    p = doc_sub.add_parser("email", parents=[common], help="write an e-mail draft (.eml) with the document attached")
    p.add_argument("document", metavar="DOC_ID", help="the document id (or the short id in its footer)")
    p.add_argument("--to", action="append", required=True, metavar="ADDRESS", help="repeat for several")
    p.add_argument("--cc", action="append", default=[], metavar="ADDRESS")
    p.add_argument("--justification", metavar="TEXT",
                   help="why it goes to them (required for TLP:RED or H2; otherwise the document's own purpose is "
                        "recorded)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.eml")
    p.add_argument("--overwrite", action="store_true", help="replace FILE.eml if it exists")
    p.set_defaults(func=cmd_email)


def _output_path(ctx: Context, args: argparse.Namespace, suffix: str) -> Path:
    """Refused before any work: a folder, a missing folder, a file of the vault, an existing file without
    --overwrite."""
    return ctx.output_path(args.output, overwrite=args.overwrite)


def cmd_render(ctx: Context, args: argparse.Namespace) -> Output:
    from ..documents import context as doc_context  # the template engine

    dest = _output_path(ctx, args, ".pdf")
    vault = ctx.vault()
    view = doc_context.resolve(vault, args.case, args.template, lang=args.lang, second_lang=args.second_lang,
                               addressee=args.addressee, draft=args.draft, annexes=args.annex, date=args.date,
                               basis=args.basis, authentic=args.authentic)
    if args.draft:
        reg.export_draft(vault, view, dest, overwrite=args.overwrite)
        data = {"id": view.document_id, "status": "draft", "path": str(dest),
                "missing": [f.key for f in view.missing]}
        note = f" ({len(view.missing)} field(s) still missing)" if view.missing else ""
        return Output(data, f"Draft written to {dest}{note}. Drafts are not kept in the register.")
    changes = reg.finalise(vault, view)
    reg.export_pdf(vault, view.document_id, dest, overwrite=args.overwrite)
    data = {"id": view.document_id, "status": "final", "version": changes.extra["version"],
            "sha256": changes.extra["sha256"], "supersedes": changes.extra["supersedes"], "path": str(dest)}
    return Output(data, f"Document {view.document_id} (version {data['version']}) registered and written to {dest}.")


def cmd_list(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    page = reg.list_documents(vault, args.case, template=args.template, state=args.state, language=args.language,
                              tlp=args.tlp, dated_from=args.dated_from, dated_until=args.dated_until,
                              sort=args.sort, descending=args.descending, after=args.after, limit=args.limit)

    def text() -> str:
        if not page.items:
            return "No documents."
        lines = [f"{d['id']}  {d['case_reference']:<14} v{d['version']:<3} {d['template_id']:<24} "
                 f"{d['document_date']:<10}  {d['title']}" + ("  (superseded)" if d["superseded_by"] else "")
                 for d in page.items]
        if page.next_cursor:
            lines.append(f"more: --after {page.next_cursor}")
        return "\n".join(lines)

    return Output(page.to_dict(), text)


def cmd_export(ctx: Context, args: argparse.Namespace) -> Output:
    dest = _output_path(ctx, args, ".pdf")
    vault = ctx.vault()
    doc_id = reg.resolve(vault, args.document)
    reg.export_pdf(vault, doc_id, dest, recipients=args.to, justification=args.justification,
                   overwrite=args.overwrite)
    return Output({"id": doc_id, "path": str(dest), "recipients": args.to}, f"Written to {dest}.")


def cmd_verify(ctx: Context, args: argparse.Namespace) -> Output:
    path = Path(args.file).expanduser()
    try:
        data = strictread.read_bytes(path, what="document", max_bytes=_MAX_VERIFY_BYTES)
    except strictread.FileRefused as exc:
        raise UsageError(exc.message) from None
    result = reg.verify(ctx.vault(), data)
    good = result["ours"] and not result["altered"]
    return Output(result, result["message"], exit_code=0 if good else 1)


def cmd_email(ctx: Context, args: argparse.Namespace) -> Output:
    dest = _output_path(ctx, args, ".eml")
    vault = ctx.vault()
    doc_id = reg.resolve(vault, args.document)
    raw = email_draft(vault, doc_id, args.to, cc=args.cc, justification=args.justification)
    try:
        atomic_write(dest, raw, overwrite=args.overwrite)
    except OSError as exc:
        raise UsageError(f"Cannot write {dest}: {exc.strerror or exc}.") from exc
    return Output({"id": doc_id, "path": str(dest), "to": args.to, "cc": args.cc},
                  f"E-mail draft written to {dest}; open it in your mail client to review and send.")
