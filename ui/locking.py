"""When to lock: after idle time, and when the screen locks.

Idle means no key, mouse, wheel or touch event anywhere in the application (an
event filter on the QApplication). The screen lock is heard where the platform
announces it: on Linux the freedesktop/GNOME screen savers' ``ActiveChanged``
and logind's ``Lock`` signals over D-Bus, when QtDBus and a bus are there.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without user input, once per
    activation. ``last_activity`` (monotonic seconds) is kept for the status bar."""

    idle = Signal()
    activity = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, int(interval_ms)))
        self._timer.timeout.connect(self._on_timeout)
        self.last_activity = time.monotonic()
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(max(1, int(interval_ms)))
        if self._timer.isActive():
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.last_activity = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def poke(self) -> None:
        """Count as activity (also what the event filter does)."""
        self.last_activity = time.monotonic()
        if self._timer.isActive():
            self._timer.start()
        self.activity.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and self._timer.isActive():
            self.poke()
        return False

    def _on_timeout(self) -> None:
        self.stop()
        self.idle.emit()


class ScreenLockWatcher(QObject):
    """Emits ``screen_locked`` when the desktop says the screen locked. Silent
    (and harmless) where there is no D-Bus: ``listening`` says what it hears."""

    screen_locked = Signal()

    _SESSION_SIGNALS = (
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
    )

    def __init__(self, parent: QObject | None = None, *, session_bus=None, use_system_bus: bool = True) -> None:
        """``session_bus`` (a QDBusConnection) replaces the user's session bus:
        tests listen on a private one."""
        super().__init__(parent)
        self.listening: list[str] = []
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            log.info("QtDBus is not available: the screen lock is not watched")
            return
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface, name in self._SESSION_SIGNALS:
                if session.connect("", path, interface, name, self, SLOT("on_active_changed(bool)")):
                    self.listening.append(f"{interface}.{name} at {path}")
        if not use_system_bus:
            return
        system = QDBusConnection.systemBus()
        if system.isConnected():
            # Any session object: logind sends Lock to the session that must lock. (A Lock meant for
            # another session of this machine locks us too: locking too often is the safe error.)
            if system.connect("org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock", self,
                              SLOT("on_lock()")):
                self.listening.append("org.freedesktop.login1.Session.Lock")

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def on_lock(self) -> None:
        self.screen_locked.emit()
