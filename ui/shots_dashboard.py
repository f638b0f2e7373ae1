"""Pictures of the dashboard, the command palette, the Audit section and the
settings dialog, taken on an unlocked demo window.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.shots_dashboard OUTDIR

Run as a module it builds its own demo vault in a temporary folder with an
in-memory keychain (nothing real is touched) and installs these pages in place
of the placeholders.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from .audit_page import AuditPage
from .dashboard_page import DashboardPage2
from .palette import install_palette
from .settings_dialog import SettingsDialog


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


def shoot(window: Any, session: Any, out: Path) -> list[Path]:
    """Drive an unlocked demo ``window`` to each screen of this area and save it."""
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    window.show_section("dashboard")
    page = window.pages.get("dashboard")
    if isinstance(page, DashboardPage2):
        page.refresh()
        _wait(lambda: page.data is not None and not page.loading)
    shots.append(_shot(window, out, "dashboard-1-today"))
    if isinstance(page, DashboardPage2):
        bar = page.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        shots.append(_shot(window, out, "dashboard-2-overview"))
        bar.setValue(0)

    palette = getattr(window, "palette_widget", None) or install_palette(window)
    palette.open_palette()
    palette.query.setText("Papadopoulos")
    _wait(lambda: palette.searched_text == "Papadopoulos")
    shots.append(_shot(window, out, "palette-1-latin"))
    palette.query.setText("王")
    _wait(lambda: palette.searched_text == "王")
    shots.append(_shot(window, out, "palette-2-han"))
    palette.query.setText("كريم")
    _wait(lambda: palette.searched_text == "كريم")
    shots.append(_shot(window, out, "palette-3-arabic"))
    palette.query.setText("go to")
    _wait(lambda: palette.searched_text == "go to")
    shots.append(_shot(window, out, "palette-4-actions"))
    palette.close_palette()

    window.show_section("audit")
    audit = window.pages.get("audit")
    if isinstance(audit, AuditPage):
        audit.verify()
        _wait(lambda: audit.result is not None)
    shots.append(_shot(window, out, "audit-1-verified"))

    dialog = SettingsDialog(session, window)
    dialog.show()
    shots.append(_shot(dialog, out, "settings-1-profile"))
    bar = dialog.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    shots.append(_shot(dialog, out, "settings-2-security"))
    dialog.reject()
    return shots


def main(argv: list[str] | None = None) -> int:
    """Build a demo window in a temporary folder and take the pictures."""
    from .screenshots import run_area

    return run_area(shoot, argv)



if __name__ == "__main__":
    sys.exit(main())
