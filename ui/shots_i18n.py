"""Pictures of the interface in French: the dashboard and each section, a
record editor, the settings, and the unlock screen; then back to English.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.shots_i18n OUTDIR

Run as a module it builds its own demo vault in a temporary folder with an
in-memory keychain (nothing real is touched).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from . import i18n
from .session import DEMO_PASSPHRASE


def _wait(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _shot(widget: QWidget, out: Path, name: str) -> Path:
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _dashboard_ready(window: Any) -> bool:
    page = window.pages.get("dashboard")
    return page is not None and not getattr(page, "loading", False)


def shoot(window: Any, session: Any, out: Path) -> list[Path]:
    """Drive an unlocked demo ``window`` through its screens in French, lock it
    to show the unlock screen, then unlock it again in English."""
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    before = i18n.current_language()
    try:
        i18n.apply_language(window, "fr")
        window.show_section("dashboard")
        _wait(lambda: _dashboard_ready(window))
        shots.append(_shot(window, out, "fr-01-dashboard"))
        for n, key in enumerate(k for k in window.pages if k != "dashboard"):
            window.show_section(key)
            shots.append(_shot(window, out, f"fr-{n + 2:02d}-{key}"))

        cases = window.pages.get("cases")
        if cases is not None and hasattr(cases, "new_case"):
            window.show_section("cases")
            cases.new_case()
            editors = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
            target = editors[0] if editors else window
            shots.append(_shot(target, out, "fr-10-new-case"))
            for w in editors:
                w.close()

        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(session, window)
        dialog.show()
        shots.append(_shot(dialog, out, "fr-11-settings"))
        dialog.reject()

        window.lock("user")
        _wait(lambda: window.states.currentWidget() is window.unlock_page)
        shots.append(_shot(window, out, "fr-12-unlock"))
        window.unlock_page.unlock_with_passphrase()  # empty: shows the refusal under the field
        shots.append(_shot(window, out, "fr-13-unlock-refusal"))
    finally:
        i18n.apply_language(window, before)
    if window.states.currentWidget() is window.unlock_page and session.demo:
        window.unlock_page.passphrase.setText(DEMO_PASSPHRASE)
        window.unlock_page.unlock_with_passphrase()
        _wait(lambda: window.states.currentWidget() is window.workspace)
    return shots


def main(argv: list[str] | None = None) -> int:
    from liaison import keyslots
    from liaison.keychain import Keychain
    from liaison.paths import Paths

    from .app import make_application
    from .main_window import MainWindow
    from .screenshots import SIZE, _MemoryKeyring
    from .session import Session

    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "screenshots")
    make_application()
    keyslots.kdf_params = lambda: {"time_cost": 1, "memory_cost": 8 * 1024, "parallelism": 1}
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        paths = Paths.resolve(tmp)
        session = Session(paths.demo_vault(), demo=True, keychain=Keychain(_MemoryKeyring()), paths=paths)
        win = MainWindow(session, watch_screen=False)
        win.resize(*SIZE)
        win.show()
        win.start()
        _wait(lambda: win.states.currentWidget() is win.workspace)
        for p in shoot(win, session, out):
            print(p)
        win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
