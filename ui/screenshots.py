"""Pictures of the desktop screens, to look at what we build.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.screenshots OUTDIR

Everything happens in a temporary folder with an in-memory keychain: no real
vault, home folder or keychain is touched.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from liaison import keyslots
from liaison.keychain import Keychain
from liaison.paths import Paths

from .app import make_application
from .main_window import MainWindow
from .session import Session

SIZE = (1320, 820)  # the first window on a screen with room (main_window.default_size)


class _MemoryKeyring(KeyringBackend):
    """A keychain that exists only while the screenshots are taken."""

    priority = 1
    name = "Screenshot keychain"

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Handle events until ``condition()`` holds (``TimeoutError`` after ``timeout`` seconds)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


AREAS = ("dashboard", "cases", "directory", "documents", "handover")
FAILED: list[str] = []


def _settle() -> None:
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()


def save_grab(widget: QWidget, out: Path, name: str) -> Path:
    """``widget`` as ``out/name.png``, once pending events have been handled."""
    _settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _shot(widget: QWidget, out: Path, name: str) -> Path:
    path = save_grab(widget, out, name)
    print(path)
    return path


def take(out: Path, areas: tuple[str, ...] = AREAS) -> list[Path]:
    """The shell's screens, then each area's (their own tests cover them one by one)."""
    out.mkdir(parents=True, exist_ok=True)
    make_application()
    # Cheap key derivation: these vaults are thrown away at the end.
    keyslots.kdf_params = lambda: {"time_cost": 1, "memory_cost": 8 * 1024, "parallelism": 1}
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        # Window state (QSettings) goes to the temporary folder too, not the user's config.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        paths = Paths.resolve(tmp)
        keychain = Keychain(_MemoryKeyring())
        session = Session(paths.default_vault(), keychain=keychain, paths=paths)
        win = MainWindow(session, watch_screen=False)
        win.resize(*SIZE)
        win.show()
        win.start()
        fr = win.first_run
        fr.pass1.setText("correct horse battery staple")
        fr.pass2.setText("correct horse battery staple")
        shots.append(_shot(win, out, "1-first-run"))
        fr.create_button.click()
        wait_until(lambda: fr.steps.currentIndex() == 1)
        shots.append(_shot(win, out, "2-recovery-code"))
        fr.written.setChecked(True)
        fr.continue_button.click()
        wait_until(lambda: win.states.currentWidget() is win.workspace)
        win.close()

        session = Session(paths.default_vault(), keychain=Keychain(_MemoryKeyring()), paths=paths)
        win = MainWindow(session, watch_screen=False)
        win.resize(*SIZE)
        win.show()
        win.start()
        up = win.unlock_page
        shots.append(_shot(win, out, "3-unlock"))
        up.passphrase.setText("not the passphrase at all")
        up.unlock_button.click()
        wait_until(lambda: up.error.isVisible())
        shots.append(_shot(win, out, "4-unlock-wrong-passphrase"))
        up.passphrase.setText("correct horse battery staple")
        up.unlock_button.click()
        wait_until(lambda: win.states.currentWidget() is win.workspace)
        shots.append(_shot(win, out, "5-dashboard"))
        win.show_section("contacts")
        shots.append(_shot(win, out, "6-contacts-empty"))
        win.lock("idle")
        shots.append(_shot(win, out, "7-locked"))
        win.close()

        demo = Session(paths.demo_vault(), demo=True, keychain=Keychain(_MemoryKeyring()), paths=paths)
        win = MainWindow(demo, watch_screen=False)
        win.resize(*SIZE)
        win.show()
        win.start()
        # The demo filler is someone else's module: a failure of it is pictured, not fatal here.
        wait_until(lambda: win.states.currentWidget() is win.workspace or win.unlock_page.problem.isVisible())
        win.show_section("dashboard")
        shots.append(_shot(win, out, "8-demo-dashboard"))
        # Every area's own screens, on the populated demo workspace.
        for area in areas:
            module = importlib.import_module(f"ui.shots_{area}")
            target = out / area
            target.mkdir(parents=True, exist_ok=True)
            try:
                shots += module.shoot(win, demo, target)
            except Exception as exc:  # one area failing must not hide the others
                FAILED.append(f"{area}: {type(exc).__name__}: {exc}")
                print(f"screenshots of {area} failed: {exc}", file=sys.stderr)
            win.show_section("dashboard")
            _settle()
        win.lock("user")
        shots.append(_shot(win, out, "9-demo-unlock"))
        win.close()
    return shots


@contextlib.contextmanager
def demo_window() -> Iterator[tuple[MainWindow, Session]]:
    """An unlocked demo workspace in a temporary folder: cheap key derivation
    (the vault is thrown away), window state kept in that folder too."""
    make_application()
    keyslots.kdf_params = lambda: {"time_cost": 1, "memory_cost": 8 * 1024, "parallelism": 1}
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        paths = Paths.resolve(tmp)
        session = Session(paths.demo_vault(), demo=True, keychain=Keychain(_MemoryKeyring()), paths=paths)
        win = MainWindow(session, watch_screen=False,
                         settings=QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat))
        win.resize(*SIZE)
        win.show()
        win.start()
        wait_until(lambda: win.states.currentWidget() is win.workspace)
        try:
            yield win, session
        finally:
            win.close()
            QApplication.processEvents()


def run_area(shoot: Callable[[MainWindow, Session, Path], list[Path]], argv: list[str] | None = None) -> int:
    """``python -m ui.shots_<area> OUTDIR``: one area's pictures on a fresh demo window."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with demo_window() as (win, session):
        for path in shoot(win, session, out):
            print(path)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "screenshots")
    take(out)
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
