"""The desktop app: ``liaison`` without a command, or ``liaison --demo``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from liaison import resources

from . import i18n, style
from .main_window import MainWindow
from .session import Session
from .worker import wait_for_all

APP_NAME = "Liaison"
DESKTOP_ID = "invalid.liaison.Liaison"
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
    # The desktop file's name (packaging/linux/): Wayland and the task bar find the icon and name through it.
    QApplication.setDesktopFileName(DESKTOP_ID)
    QApplication.setWindowIcon(QIcon(str(resources.path("icons", "liaison.svg"))))
    style.apply(app)
    # The interface language chosen in the settings (per machine), else the system's.
    i18n.install(app, i18n.startup_language())
    return app


def offer_bundle(window: MainWindow, path: str) -> None:
    """``--open-bundle FILE`` (a bundle double-clicked in the file manager): the import
    dialog with FILE, as soon as the vault is open (now, or once it is unlocked)."""
    from .handover import open_import

    def show() -> None:
        if window.session.is_open:
            open_import(window).load_file(path)

    if window.session.is_open:
        QTimer.singleShot(0, show)
    else:  # after the unlock screen has made way for the workspace
        window.session.unlocked.connect(lambda: QTimer.singleShot(0, show), Qt.ConnectionType.SingleShotConnection)


def run(argv: Sequence[str], *, open_bundle: str | None = None) -> int:
    """Open the window on the vault the options name (``--vault``, ``--data-dir``,
    ``--demo``): the first-run screen when there is none yet, else the unlock screen."""
    session = Session.from_argv(argv)
    app = make_application()
    window = MainWindow(session)
    window.show()
    window.start()
    if open_bundle:
        offer_bundle(window, open_bundle)
    try:
        code = app.exec()
    finally:
        wait_for_all()
        session.close()
    return int(code)
