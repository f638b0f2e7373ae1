"""Pictures of the dashboard, the command palette, the Audit section and the
settings dialog, taken on an unlocked demo window.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.shots_dashboard OUTDIR

Run as a module it builds its own demo vault in a temporary folder with an
in-memory keychain (nothing real is touched) and installs these pages in place
of the placeholders.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .audit_page import AuditPage
from .dashboard_page import DashboardPage2
from .palette import install_palette
from .screenshots import run_area, save_grab, wait_until
from .settings_dialog import SettingsDialog


def shoot(window: Any, session: Any, out: Path) -> list[Path]:
    """Drive an unlocked demo ``window`` to each screen of this area and save it."""
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    window.show_section("dashboard")
    page = window.pages.get("dashboard")
    if isinstance(page, DashboardPage2):
        page.refresh()
        wait_until(lambda: page.data is not None and not page.loading)
    shots.append(save_grab(window, out, "dashboard-1-today"))
    if isinstance(page, DashboardPage2):
        bar = page.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        shots.append(save_grab(window, out, "dashboard-2-overview"))
        bar.setValue(0)

    palette = getattr(window, "palette_widget", None) or install_palette(window)
    palette.open_palette()
    palette.query.setText("Papadopoulos")
    wait_until(lambda: palette.searched_text == "Papadopoulos")
    shots.append(save_grab(window, out, "palette-1-latin"))
    palette.query.setText("王")
    wait_until(lambda: palette.searched_text == "王")
    shots.append(save_grab(window, out, "palette-2-han"))
    palette.query.setText("كريم")
    wait_until(lambda: palette.searched_text == "كريم")
    shots.append(save_grab(window, out, "palette-3-arabic"))
    palette.query.setText("go to")
    wait_until(lambda: palette.searched_text == "go to")
    shots.append(save_grab(window, out, "palette-4-actions"))
    palette.close_palette()

    window.show_section("audit")
    audit = window.pages.get("audit")
    if isinstance(audit, AuditPage):
        audit.verify()
        wait_until(lambda: audit.result is not None)
    shots.append(save_grab(window, out, "audit-1-verified"))

    dialog = SettingsDialog(session, window)
    dialog.show()
    shots.append(save_grab(dialog, out, "settings-1-profile"))
    bar = dialog.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    shots.append(save_grab(dialog, out, "settings-2-security"))
    dialog.reject()
    return shots


def main(argv: list[str] | None = None) -> int:
    """Build a demo window in a temporary folder and take the pictures."""
    return run_area(shoot, argv)



if __name__ == "__main__":
    sys.exit(main())
