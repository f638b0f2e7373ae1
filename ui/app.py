"""The desktop app: ``liaison`` without a command, or ``liaison --demo``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from . import i18n, style
from .main_window import MainWindow
from .session import Session
from .worker import wait_for_all

APP_NAME = "Liaison"
ORGANISATION = "Liaison"


def make_application() -> QApplication:
    """The one QApplication, named so that QSettings and the desktop know us.
    Qt's own options come from the environment (QT_QPA_PLATFORM, QT_STYLE_OVERRIDE)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "liaison"])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setOrganizationDomain("liaison.invalid")
    QApplication.setDesktopFileName("liaison")
    style.apply(app)
    # The interface language chosen in the settings (per machine), else the system's.
    i18n.install(app, i18n.startup_language())
    return app


def run(argv: Sequence[str]) -> int:
    """Open the window on the vault the options name (``--vault``, ``--data-dir``,
    ``--demo``): the first-run screen when there is none yet, else the unlock screen."""
    session = Session.from_argv(argv)
    app = make_application()
    window = MainWindow(session)
    window.show()
    window.start()
    try:
        code = app.exec()
    finally:
        wait_for_all()
        session.close()
    return int(code)
