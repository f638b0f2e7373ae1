"""Bundle commands: bundle export|inspect|import|conflicts|resolve, identity, export-csv.

The bundle's own passphrase comes from ``--bundle-passphrase-file`` or
``LIAISON_BUNDLE_PASSPHRASE``, else a prompt on a terminal, else a clear error
(``--passphrase-file`` stays the vault's).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from .. import strictread
from ..bundles import export as bexport
from ..bundles import importer
from ..bundles.identity import public_key
from ..bundles.safety import describe_encryption, read_file
from ..errors import PassphraseRequired, UsageError
from .context import Context, Output, _read_secret_file, int64, read_env_secret

ENV = "LIAISON_BUNDLE_PASSPHRASE"


def register(sub, common) -> None:
    p = sub.add_parser("bundle", parents=[common], help="export, inspect and import encrypted case bundles")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    e = bsub.add_parser("export", parents=[common], help="write one encrypted file holding a whole case")
    e.add_argument("case", metavar="CASE", help="the case's id or reference")
    e.add_argument("-o", "--output", required=True, metavar="FILE")
    e.add_argument("--recipient", action="append", default=[], metavar="AGE1...",
                   help="encrypt to this age public key (repeatable); without one, to a passphrase")
    e.add_argument("--to", action="append", default=[], metavar="NAME",
                   help="who receives it, for the audit trail (repeatable)")
    e.add_argument("--bundle-passphrase-file", metavar="FILE", help="read the bundle passphrase from FILE")
    e.add_argument("--redact", action="store_true", help="leave out personal data (for reports and statistics)")
    e.add_argument("--purpose", metavar="TEXT",
                   help="why the case goes to them (required: recorded with the disclosure, LED Art. 25)")
    e.add_argument("--include-restricted", action="store_true", help="include TLP:RED and H2 records")
    e.add_argument("--justification", metavar="TEXT",
                   help="why the restricted records go too (required with --include-restricted)")
    e.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    e.set_defaults(func=cmd_export)

    i = bsub.add_parser("inspect", parents=[common], help="show what a bundle holds, without touching the vault")
    i.add_argument("file", metavar="FILE")
    _open_options(i)
    i.set_defaults(func=cmd_inspect)

    m = bsub.add_parser("import", parents=[common], help="import a bundle in one transaction")
    m.add_argument("file", metavar="FILE")
    m.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    _open_options(m)
    m.set_defaults(func=cmd_import)

    c = bsub.add_parser("conflicts", parents=[common], help="records changed on both sides, left for you to decide")
    c.add_argument("--status", default="open", choices=["open", "kept-local", "took-theirs", "dismissed"])
    c.add_argument("--limit", type=int64, default=50)
    c.add_argument("--after", metavar="CURSOR")
    c.set_defaults(func=cmd_conflicts)

    r = bsub.add_parser("resolve", parents=[common], help="settle an import conflict")
    r.add_argument("conflict", metavar="ID")
    r.add_argument("--keep", required=True, choices=["local", "theirs"])
    r.set_defaults(func=cmd_resolve)

    p = sub.add_parser("identity", parents=[common], help="print this vault's public key for receiving bundles")
    p.set_defaults(func=cmd_identity)

    p = sub.add_parser("export-csv", parents=[common], help="export a register as CSV for reports")
    p.add_argument("register", choices=sorted(bexport.REGISTERS))
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--overwrite", action="store_true")
    p.set_defaults(func=cmd_export_csv)


def _open_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bundle-passphrase-file", metavar="FILE", help="read the bundle passphrase from FILE")
    p.add_argument("--identity-file", metavar="FILE", help="an age identity file (AGE-SECRET-KEY-1...)")


def bundle_passphrase(args, *, confirm: bool) -> str:
    """--bundle-passphrase-file, LIAISON_BUNDLE_PASSPHRASE, a prompt, or an error."""
    pfile = getattr(args, "bundle_passphrase_file", None)
    if pfile:
        return _read_secret_file(pfile, "bundle passphrase")
    env = read_env_secret(ENV)
    if env:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise PassphraseRequired(
            "The bundle passphrase is needed and there is no terminal to ask for it.",
            hint=f"Use --bundle-passphrase-file FILE or set {ENV} (or encrypt to --recipient age1...).",
        )
    first = getpass.getpass("Bundle passphrase: ")
    if confirm and getpass.getpass("Repeat the bundle passphrase: ") != first:
        raise UsageError("The two passphrases differ; nothing was written.")
    return first


def _identities(args) -> list[str]:
    path = getattr(args, "identity_file", None)
    if not path:
        return []
    try:
        text = strictread.read_text(path, what="identity file", max_bytes=64 << 10, allow_stdin=True)
    except strictread.FileRefused as exc:
        raise UsageError(exc.message, hint=exc.hint) from None
    return [ln.strip() for ln in text.splitlines() if ln.strip().startswith("AGE-SECRET-KEY-")]


def cmd_export(ctx: Context, args: argparse.Namespace) -> Output:
    if not (args.purpose or "").strip() and sys.stdin.isatty() and sys.stderr.isatty():
        print("Why does this case go to them? (recorded with the disclosure)", file=sys.stderr)
        args.purpose = input("Reason: ")
    if not (args.purpose or "").strip():
        raise UsageError("Say why the case goes to them with --purpose (for example --purpose \"handover to my "
                         "successor\"): it is recorded with the disclosure. Nothing was written.")
    vault = ctx.vault()
    passphrase = None if args.recipient else bundle_passphrase(args, confirm=True)
    result = bexport.export_case(
        vault, args.case, args.output, passphrase=passphrase, recipients=args.recipient, to=args.to,
        redact=args.redact, include_restricted=args.include_restricted, justification=args.justification,
        purpose=args.purpose, overwrite=args.overwrite)
    counts = ", ".join(f"{n} {t}" for t, n in sorted(result["counts"].items()))
    text = f"Wrote {result['path']} ({result['bytes']:,} bytes): case {result['case']['reference']}; {counts}."
    if result["withheld"]:
        text += "\nWithheld as restricted (TLP:RED/H2): " + ", ".join(
            f"{n} {t}" for t, n in sorted(result["withheld"].items()))
    return Output(result, text)


def _open(ctx: Context, args, *, need_vault: bool):
    data = read_file(args.file)
    passphrase = None
    if describe_encryption(data) == "passphrase":
        passphrase = bundle_passphrase(args, confirm=False)
    idents = _identities(args)
    vault = ctx.vault() if need_vault or (passphrase is None and not idents) else None
    return data, passphrase, idents, vault


def cmd_inspect(ctx: Context, args: argparse.Namespace) -> Output:
    data, passphrase, idents, vault = _open(ctx, args, need_vault=False)
    with importer.open_for_vault(data, vault, passphrase=passphrase, identities=idents) as bundle:
        info = importer.inspect(bundle)

    def text() -> str:
        case = info.get("case") or {}
        lines = [
            f"Bundle of case {case.get('reference') or case.get('id')} (format {info['format_version']}, "
            f"schema {info['schema_version']})",
            f"Exported by {info['exported_by']} on {info['created_at']}",
            f"Members: {info['members']} ({info['files']} files, {info['bytes']:,} bytes); all hashes verified.",
        ]
        lines += [f"  {t}: {n}" for t, n in sorted(info["counts"].items())]
        if info["withheld"]:
            lines.append("Withheld as restricted: " + ", ".join(f"{n} {t}" for t, n in sorted(info["withheld"].items())))
        if info["redacted"]:
            lines.append("Redacted: personal data was left out (cannot be imported).")
        return "\n".join(lines)

    return Output(info, text)


def cmd_import(ctx: Context, args: argparse.Namespace) -> Output:
    data, passphrase, idents, vault = _open(ctx, args, need_vault=True)
    result = importer.import_bundle(vault, data, passphrase=passphrase, identities=idents, dry_run=args.dry_run)

    def text() -> str:
        head = "Dry run: nothing was written. " if result["dry_run"] else "Imported. "
        lines = [head + f"Case {(result.get('case') or {}).get('reference', '')}."]
        for t, acts in sorted(result["actions"].items()):
            lines.append(f"  {t}: " + ", ".join(f"{n} {a}" for a, n in sorted(acts.items())))
        for c in result["conflicts"]:
            lines.append(f"  conflict ({c['kind']}): {c['record_type']} {c['id']}: {c['message']}")
        return "\n".join(lines)

    return Output(result, text)


def cmd_conflicts(ctx: Context, args: argparse.Namespace) -> Output:
    page = importer.list_conflicts(ctx.vault(), status=args.status, after=args.after, limit=args.limit)

    def text() -> str:
        if not page.items:
            return "No import conflicts."
        lines = [f"{c['id']}  {c['record_type']} {c['record_id']}  {c['kind']}: {c['message']}" for c in page.items]
        if page.next_cursor:
            lines.append(f"More: --after {page.next_cursor}")
        return "\n".join(lines)

    return Output(page.to_dict(), text)


def cmd_resolve(ctx: Context, args: argparse.Namespace) -> Output:
    result = importer.resolve_conflict(ctx.vault(), args.conflict, keep=args.keep)
    which = "the bundle's version" if args.keep == "theirs" else "the local version"
    return Output(result, f"Conflict {args.conflict} settled: kept {which}.")


def cmd_identity(ctx: Context, args: argparse.Namespace) -> Output:
    key = public_key(ctx.vault())
    return Output({"public_key": key}, key)


def cmd_export_csv(ctx: Context, args: argparse.Namespace) -> Output:
    result = bexport.export_register(ctx.vault(), args.register, Path(args.output), overwrite=args.overwrite)
    return Output(result, f"Wrote {result['rows']} {args.register} to {result['path']}.")
