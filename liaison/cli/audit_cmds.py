"""Audit trail commands: ``audit list``, ``audit verify``, ``audit export``."""

from __future__ import annotations

import argparse
import re

from .. import strictread
from ..audit import ACTIONS, key_fingerprint, verify_export
from ..errors import UsageError, ValidationError, VaultCorrupted
from ..fileutil import atomic_write
from ..timeutil import parse_datetime, to_iso
from .context import Context, Output, int64

_ANCHOR = re.compile(r"^(\d+):([0-9a-f]{64})$")


# A broken chain exits like other damage found by 'liaison check'.
BROKEN_EXIT = VaultCorrupted.exit_code


def register(sub, common) -> None:
    audit = sub.add_parser("audit", parents=[common], help="the audit trail: list, verify, export")
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    p = asub.add_parser("list", parents=[common], help="entries in order, a page at a time")
    p.add_argument("--record-type", metavar="TYPE", help="only entries about this record type (case, person, ...)")
    p.add_argument("--record-id", metavar="ID", help="only entries about this record")
    p.add_argument("--action", choices=ACTIONS, help="only this action")
    p.add_argument("--since", metavar="DATE", help="from this date or time (UTC unless a zone is given)")
    p.add_argument("--until", metavar="DATE", help="before this date or time")
    p.add_argument("--limit", type=int64, default=50, metavar="N", help="entries per page (1-1000, default 50)")
    p.add_argument("--after", type=int64, default=0, metavar="SEQ", help="start after this sequence number")
    p.set_defaults(func=cmd_list)

    p = asub.add_parser("verify", parents=[common], help="check the hash chain; names the first bad entry")
    p.add_argument("--anchor", metavar="SEQ:HASH", help="a head written down earlier that must still be in the chain")
    p.add_argument("--file", metavar="FILE", help="verify an export file on its own, without the vault")
    p.add_argument("--public-key", metavar="KEY",
                   help="with --file: the vault's audit key (as 'audit key' prints it) that must have signed it")
    p.add_argument("--against", metavar="FILE",
                   help="prove the trail was not rewritten since FILE was made (a document, an oversight report, a "
                        "bundle or an audit export of this vault)")
    _bundle_open_options(p)
    p.set_defaults(func=cmd_verify)

    p = asub.add_parser("key", parents=[common], help="this vault's audit signing key (public), for oversight")
    p.set_defaults(func=cmd_key)

    p = asub.add_parser("export", parents=[common], help="every entry with its hash, for a supervisory authority")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write (refused if it exists)")
    p.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    p.add_argument("--format", choices=("csv", "json"), default="json", help="json (default, with the chain head) or csv")
    p.add_argument("--justification", metavar="TEXT", help="why the trail is exported (recorded in the trail)")
    p.set_defaults(func=cmd_export)


def _when(text: str | None, field: str) -> str | None:
    return to_iso(parse_datetime(text, field=field)) if text else None


def cmd_list(ctx: Context, args: argparse.Namespace) -> Output:
    if not 1 <= args.limit <= 1000:
        raise ValidationError("--limit: a page holds 1 to 1000 entries.", field="limit")
    if args.after < 0:
        raise ValidationError("--after: give a sequence number (0 or more).", field="after")
    entries = ctx.vault().audit.list(
        record_type=args.record_type,
        record_id=args.record_id,
        action=args.action,
        since=_when(args.since, "since"),
        until=_when(args.until, "until"),
        after_seq=args.after,
        limit=args.limit + 1,
    )
    more = len(entries) > args.limit
    entries = entries[: args.limit]
    next_after = entries[-1]["seq"] if more and entries else None
    data = {"items": entries, "next_after": next_after}

    def text() -> str:
        if not entries:
            return "No audit entries."
        lines = []
        for e in entries:
            what = f"{e['record_type']}" + (f" {e['ref']}" if e["ref"] else (f" {e['record_id']}" if e["record_id"] else ""))
            line = f"{e['seq']:>6}  {e['at'][:19]}  {e['actor']:<12}  {e['action']:<8}  {what}  {e['summary']}"
            if e["justification"]:
                line += f"  (why: {e['justification']})"
            if e["recipients"]:
                line += f"  (to: {', '.join(e['recipients'])})"
            lines.append(_printable(line))
        if next_after:
            lines.append(f"More: --after {next_after}")
        return "\n".join(lines)

    return Output(data, text)


def _printable(text: str) -> str:
    """Audit text comes from users: keep control characters off the terminal."""
    return "".join(c if c.isprintable() else " " for c in text)


def _parse_anchor(text: str | None) -> dict | None:
    if not text:
        return None
    m = _ANCHOR.match(text.strip().lower())
    if not m:
        raise UsageError("--anchor: give SEQ:HASH, e.g. 42:3f5a... (64 hex digits), as printed by 'audit export'.")
    return {"seq": int(m.group(1)), "hash": m.group(2)}


def _bundle_open_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bundle-passphrase-file", metavar="FILE", help="with --against a bundle locked with a passphrase")


_MAX_EVIDENCE_BYTES = 1 << 30


def _read(path: str, what: str) -> bytes:
    try:
        return strictread.read_bytes(path, what=what, max_bytes=_MAX_EVIDENCE_BYTES)
    except strictread.FileRefused as exc:
        raise UsageError(exc.message) from None


def _bundle_head(ctx: Context, args: argparse.Namespace, data: bytes) -> dict:
    from ..bundles import importer
    from ..bundles.safety import describe_encryption
    from .bundle_cmds import bundle_passphrase

    vault = ctx.vault()
    passphrase = bundle_passphrase(args, confirm=False) if describe_encryption(data) == "passphrase" else None
    with importer.open_for_vault(data, vault, passphrase=passphrase) as bundle:
        manifest = bundle.manifest
    if manifest.get("source_vault") != vault.id:
        raise UsageError(f"{args.against} was made by another vault ({manifest.get('source_vault')}); it carries "
                         "that vault's audit head, not this one's.")
    head = manifest.get("audit_head")
    if not isinstance(head, dict):
        raise UsageError(f"{args.against} carries no audit head.")
    return head


def cmd_verify(ctx: Context, args: argparse.Namespace) -> Output:
    anchor = _parse_anchor(args.anchor)
    if args.file:
        if anchor or args.against:
            raise UsageError("--anchor and --against apply to the vault's trail, not to an export file.")
        raw = _read(args.file, "audit export")
        try:
            content = strictread.decode_text(raw, what="audit export", source=args.file)
        except strictread.FileRefused as exc:
            raise UsageError(exc.message) from None
        result = verify_export(content, public_key=args.public_key)
        source = f"the export {args.file}"
    elif args.against:
        raw = _read(args.against, "file")
        head = _bundle_head(ctx, args, raw) if raw.startswith(b"age-encryption.org/") else None
        result = ctx.vault().audit.verify_against(raw, head=head, source=args.against)
        source = f"the audit trail (against {args.against})"
    else:
        result = ctx.vault().audit.verify(anchor=anchor)
        source = "the audit trail"
    data = result.to_dict()
    signer = f" Signed by the key {key_fingerprint(result.signer)}." if result.signer else ""
    if result.ok:
        return Output(
            data,
            f"{source[0].upper() + source[1:]} is intact: {result.entries} entries, "
            f"head {result.last_seq}:{result.last_hash}.{signer}",
        )
    where = f" at entry {result.first_bad_seq}" if result.first_bad_seq else ""
    message = (f"{source[0].upper() + source[1:]} is broken{where}: {result.problem}. "
               f"Keep the vault and the file as they are and report it.{signer}")
    data["message"] = message
    return Output(data, message, exit_code=BROKEN_EXIT)


def cmd_key(ctx: Context, args: argparse.Namespace) -> Output:
    key = ctx.vault().audit.public_key()
    return Output({"public_key": key, "fingerprint": key_fingerprint(key)},
                  f"Audit signing key: {key}\nFingerprint:       {key_fingerprint(key)}\n"
                  "An oversight body keeps it to check exports: liaison audit verify --file EXPORT --public-key KEY")


def cmd_export(ctx: Context, args: argparse.Namespace) -> Output:
    dest = ctx.output_path(args.output, overwrite=args.overwrite)
    audit = ctx.vault().audit
    content = audit.export(args.format, justification=args.justification)
    atomic_write(dest, content.encode("utf-8"), overwrite=args.overwrite)
    head = audit.head()
    data = {"file": str(dest), "format": args.format, "head": head}
    return Output(
        data,
        f"Audit trail written to {dest} ({args.format}, owner-only).\n"
        f"Chain head: {head['seq']}:{head['hash']}\n"
        "Keep the head apart from the vault: 'liaison audit verify --anchor SEQ:HASH' later shows the trail was not "
        "rewritten since.",
    )
