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
from collections.abc import Callable, Sequence
from importlib import import_module

from .. import __version__

# The vault and its drivers are imported by main() once a command is to run: `liaison --version` and a
# usage error import none of it.

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
    "liaison.cli.reference_cmds",
    "liaison.cli.selfcheck_cmds",
]


# Options before the command that take a value.
VALUE_OPTIONS = frozenset({"--vault", "--data-dir", "--passphrase-file"})


def common_options() -> argparse.ArgumentParser:
    """Options accepted before and after the command name."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS, help="the vault file (default: LIAISON_VAULT, then the data folder)")
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="keep settings, logs and the default vault in DIR")
    p.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS, help="read the passphrase from FILE")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON")
    return p


def version_text() -> str:
    return f"liaison {__version__}"


def build_parser(
    extend: Callable[[argparse.ArgumentParser], None] | None = None,
    *,
    commands: bool = True,
) -> argparse.ArgumentParser:
    """The whole command line. ``extend`` adds options of a front end (the desktop's, in
    ``ui/launcher.py``) so that they show in ``--help`` and are known to the parser.
    ``commands=False`` leaves the command groups unloaded (about 0.5 s of imports) for
    an argument list that names no command: its only outcomes are a usage error or the version."""
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="liaison",
        description="Liaison: case management for liaison officers, on an encrypted local vault.",
        parents=[common],
    )
    parser.add_argument("-V", "--version", action="version", version=version_text(),
                        help="print the version and exit")
    if extend is not None:
        extend(parser)
    if not commands:
        parser.add_argument("command", nargs="?", metavar="COMMAND ...", help=argparse.SUPPRESS)
        return parser
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


def names_a_command(argv: Sequence[str], value_options: frozenset[str] = VALUE_OPTIONS) -> bool:
    """Does ``argv`` name a command, or ask for the help (which lists the commands)?"""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in value_options:
            skip = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
    return False


def main(
    argv: Sequence[str] | None = None,
    extend: Callable[[argparse.ArgumentParser], None] | None = None,
    extra_value_options: frozenset[str] = frozenset(),
) -> int:
    """Run one command. ``extend`` and ``extra_value_options``: a front end's own options (see
    :func:`build_parser`)."""
    # Every file and folder Liaison creates is its owner's only, whatever umask it was started with.
    os.umask(0o077)
    argv = list(sys.argv[1:] if argv is None else argv)
    from ..errors import LiaisonError  # light: no driver, no vault

    try:
        check_argv(argv)
    except LiaisonError as exc:
        if "--json" in argv:
            print(json.dumps({"error": {"type": type(exc).__name__, "message": str(exc)}}))
        print(f"liaison: error: {str(exc).encode('utf-8', 'replace').decode()}", file=sys.stderr)
        return exc.exit_code
    parser = build_parser(extend, commands=names_a_command(argv, VALUE_OPTIONS | extra_value_options))
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    from .. import logs
    from .context import Context, Output

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
