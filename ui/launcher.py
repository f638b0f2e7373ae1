"""The ``liaison`` console script.

With a subcommand it runs the core's command line (no Qt is imported); without
one it opens the desktop app. Keeping this dispatcher on the ``ui`` side is
what lets ``liaison/`` stay free of Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Options that take a value, so that their value is not mistaken for a command.
_VALUE_OPTIONS = {"--vault", "--data-dir", "--passphrase-file"}
_GUI_FLAGS = {"--demo"}


def wants_gui(argv: Sequence[str]) -> bool:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _VALUE_OPTIONS:
            skip = True
            continue
        if arg in ("-h", "--help"):
            return False
        if not arg.startswith("-"):
            return False  # a subcommand
    return True


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(argv):
        from .app import run

        return run(argv)
    from liaison.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
