"""Pictures of the interface in French: the dashboard and each section, a
record editor, the settings, and the unlock screen; then back to English.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.shots_i18n OUTDIR

Run as a module it builds its own demo vault in a temporary folder with an
in-memory keychain (nothing real is touched).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from . import i18n
from .screenshots import run_area, save_grab, wait_until
from .session import DEMO_PASSPHRASE


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
        wait_until(lambda: _dashboard_ready(window))
        shots.append(save_grab(window, out, "fr-01-dashboard"))
        for n, key in enumerate(k for k in window.pages if k != "dashboard"):
            window.show_section(key)
            shots.append(save_grab(window, out, f"fr-{n + 2:02d}-{key}"))

        cases = window.pages.get("cases")
        if cases is not None and hasattr(cases, "new_case"):
            window.show_section("cases")
            cases.new_case()
            editors = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
            target = editors[0] if editors else window
            shots.append(save_grab(target, out, "fr-10-new-case"))
            for w in editors:
                w.close()

        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(session, window)
        dialog.show()
        shots.append(save_grab(dialog, out, "fr-11-settings"))
        dialog.reject()

        window.lock("user")
        wait_until(lambda: window.states.currentWidget() is window.unlock_page)
        shots.append(save_grab(window, out, "fr-12-unlock"))
        window.unlock_page.unlock_with_passphrase()  # empty: shows the refusal under the field
        shots.append(save_grab(window, out, "fr-13-unlock-refusal"))
    finally:
        i18n.apply_language(window, before)
    if window.states.currentWidget() is window.unlock_page and session.demo:
        window.unlock_page.passphrase.setText(DEMO_PASSPHRASE)
        window.unlock_page.unlock_with_passphrase()
        wait_until(lambda: window.states.currentWidget() is window.workspace)
    return shots


def main(argv: list[str] | None = None) -> int:
    """Build a demo window in a temporary folder and take the pictures."""
    return run_area(shoot, argv)


if __name__ == "__main__":
    sys.exit(main())
