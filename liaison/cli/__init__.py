"""The command line: ``liaison [--vault PATH] [--data-dir DIR] COMMAND [--json]``.

Every command is a function ``(ctx, args) -> Output``. Command groups live in
modules listed in ``COMMAND_MODULES``; each has ``register(subparsers, common)``.
User errors print one line and exit non-zero; they never show a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from importlib import import_module

from .. import logs
from ..errors import LiaisonError
from .context import Context, Output, int64  # noqa: F401 (int64: the type of every whole-number option)

COMMAND_MODULES = [
    "liaison.cli.vault_cmds",
    "liaison.cli.audit_cmds",
    "liaison.cli.search_cmds",
    "liaison.cli.directory_cmds",
    "liaison.cli.case_cmds",
    "liaison.cli.log_cmds",
    "liaison.cli.bundle_cmds",
    "liaison.cli.demo_cmds",
    "liaison.cli.doc_cmds",
    "liaison.cli.report_cmds",
]


def common_options() -> argparse.ArgumentParser:
    """Options accepted before and after the command name."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS, help="the vault file (default: LIAISON_VAULT, then the data folder)")
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="keep settings, logs and the default vault in DIR")
    p.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS, help="read the passphrase from FILE")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON")
    return p


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="liaison",
        description="Liaison: case management for liaison officers, on an encrypted local vault.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # a command group not built yet
                continue
            raise
        module.register(sub, common)
    return parser


def _argument_name(argv: list[str], i: int) -> str:
    arg = argv[i]
    if arg.startswith("--") and "=" in arg:
        return arg.split("=", 1)[0]
    if i > 0 and argv[i - 1].startswith("-") and not argv[i - 1].startswith("---"):
        return argv[i - 1]
    return f"argument {i + 1}"


def check_argv(argv: list[str]) -> None:
    """Every argument is text Liaison can store: refuses, naming the argument, bytes that were not UTF-8
    (Python hands them over as lone surrogates) and NUL characters (possible only through the API)."""
    from ..errors import UsageError

    for i, arg in enumerate(argv):
        if "\x00" in arg:
            raise UsageError(f"{_argument_name(argv, i)}: contains a NUL character, which no field may hold.")
        if any("\ud800" <= c <= "\udfff" for c in arg):
            raise UsageError(f"{_argument_name(argv, i)}: is not valid UTF-8 text (the terminal or script passed "
                             "bytes in another encoding).", hint="Set a UTF-8 locale (e.g. LANG=C.UTF-8) or fix the "
                             "script's encoding.")


def main(argv: Sequence[str] | None = None) -> int:
    # Every file and folder Liaison creates is its owner's only, whatever umask it was started with.
    os.umask(0o077)
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        check_argv(argv)
    except LiaisonError as exc:
        if "--json" in argv:
            print(json.dumps({"error": {"type": type(exc).__name__, "message": str(exc)}}))
        print(f"liaison: error: {str(exc).encode('utf-8', 'replace').decode()}", file=sys.stderr)
        return exc.exit_code
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    ctx = Context(args)
    try:
        if ctx.vault_path.parent.exists() or getattr(args, "data_dir", None):
            logs.setup(ctx.paths)
        out = args.func(ctx, args)
        if out is None:
            out = Output({"ok": True}, "")
        if not out.extra.get("printed"):
            ctx.emit(out)
        return out.exit_code
    except LiaisonError as exc:
        ctx.fail(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        print("liaison: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`liaison ... | head`): not an error of ours.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python quiet at exit
        return 0
    finally:
        ctx.close()


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
