"""The ``liaison`` and ``liaison-desktop`` commands.

``liaison`` with a command runs the core's command line (no Qt is imported);
with no command, or with only the desktop options below, it opens the desktop
app. Anything else (``--version``, ``--help``, an option nobody knows) goes to
the command line's parser, which prints the version, the help, or an error with
the usage; it never opens a window. Keeping this dispatcher on the ``ui`` side
is what lets ``liaison/`` stay free of Qt.

Desktop options: ``--vault PATH``, ``--data-dir DIR`` (as for the command line),
``--demo`` (the demo vault) and ``--open-bundle FILE`` (the import dialog with
FILE once the vault is unlocked). A lone file name ending in ``.liaison-bundle``
is the same as ``--open-bundle FILE``: that is how file managers, the Windows
file association and macOS pass a double-clicked bundle (``liaison-desktop %f``).

``liaison-desktop`` is the same program installed as a GUI script: on Windows it
opens no console window (the Start menu and the file association use it).
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence

# Options that take a value, so that their value is not mistaken for a command.
_VALUE_OPTIONS = frozenset({"--vault", "--data-dir", "--passphrase-file", "--open-bundle"})
_GUI_FLAGS = {"--demo"}
# Run by a frozen build for age's passphrase work (liaison.bundles.container.AGE_CHILD_FLAG): there is no
# Python interpreter to start the helper with. Spelt here too so that starting imports nothing more.
AGE_CHILD_FLAG = "--liaison-age-child"


def wants_gui(argv: Sequence[str]) -> bool:
    """True when ``argv`` holds only desktop options (with their values), or nothing."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        option = arg.split("=", 1)[0]
        if option in _VALUE_OPTIONS:
            skip = "=" not in arg
            continue
        if arg in _GUI_FLAGS:
            continue
        return False  # a command, --help, --version, or an option for the parser to refuse
    return not skip  # a value option missing its value: the parser says so


class _DesktopOnly(argparse.Action):
    """A desktop option met by the command line's parser: it came with a command."""

    def __call__(self, parser, namespace, values, option_string=None):
        parser.error(f"{option_string} opens the desktop app; it cannot be combined with a command")


def desktop_options(parser: argparse.ArgumentParser) -> None:
    """The desktop's own options, shown in ``liaison --help``."""
    group = parser.add_argument_group(
        "desktop", "With no COMMAND, liaison opens the desktop app; these options are for it.")
    group.add_argument("--demo", nargs=0, action=_DesktopOnly,
                       help="open the demo vault (fictional data; its passphrase is on the unlock screen)")
    group.add_argument("--open-bundle", metavar="FILE", action=_DesktopOnly,
                       help="open FILE (a .liaison-bundle) in the import dialog once the vault is unlocked")


BUNDLE_SUFFIX = ".liaison-bundle"


def bundle_as_option(argv: Sequence[str]) -> list[str]:
    """``liaison [desktop options] FILE.liaison-bundle`` -> ``... --open-bundle FILE``; anything else unchanged
    (``liaison bundle import FILE.liaison-bundle`` stays a command)."""
    argv = list(argv)
    for i, arg in enumerate(argv):
        if arg.lower().endswith(BUNDLE_SUFFIX) and (i == 0 or argv[i - 1] not in _VALUE_OPTIONS):
            rest = argv[:i] + argv[i + 1:]
            if wants_gui(rest) and open_bundle_argument(rest) is None:
                return [*rest, "--open-bundle", arg]
    return argv


def open_bundle_argument(argv: Sequence[str]) -> str | None:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--open-bundle")
    known, _rest = parser.parse_known_args(list(argv))
    return known.open_bundle


def main(argv: Sequence[str] | None = None) -> int:
    argv = bundle_as_option(sys.argv[1:] if argv is None else argv)
    if argv == [AGE_CHILD_FLAG]:
        from liaison.bundles.age_child import main as age_child

        return age_child()
    if wants_gui(argv):
        from .app import run

        return run(argv, open_bundle=open_bundle_argument(argv))
    from liaison.cli import main as cli_main

    return cli_main(argv, extend=desktop_options, extra_value_options=_VALUE_OPTIONS)


def desktop_main() -> int:
    """``liaison-desktop``, the GUI script: the same as ``liaison``. Started without a
    console (Windows), it has nowhere to print: what the parser would print
    (``--version``, ``--help``, a usage error) is shown in a message box instead."""
    if sys.stdout is not None and sys.stderr is not None:
        return main()
    captured = io.StringIO()
    sys.stdout = sys.stderr = captured
    try:
        code = main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    text = captured.getvalue().strip()
    if text:
        from PySide6.QtWidgets import QApplication, QMessageBox

        _app = QApplication.instance() or QApplication(["liaison"])
        show = QMessageBox.critical if code else QMessageBox.information
        show(None, "Liaison", text)
    return code


if __name__ == "__main__":
    sys.exit(main())
