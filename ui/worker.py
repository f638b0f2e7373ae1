"""Background work: slow calls (Argon2id key derivation, a save that encrypts files)
run on the thread pool and their result comes back to the main thread through a signal.

A task that writes to the vault is marked ``write``: locking waits for it (:func:`after_writes`),
so that a lock never closes the database under a save half done."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_live: set["Task"] = set()  # tasks in flight stay referenced until they report
_writes: set["Task"] = set()  # those of them that write to the vault
_after_writes: list[Callable[[], None]] = []


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        # Python owns the runnable (the Task holds it): Qt deleting it after run()
        # would free a wrapper Python still references.
        self.setAutoDelete(False)
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the main thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Task(QObject):
    """One background call. ``finished(result)`` or ``failed(exception)`` is
    emitted on the main thread. A cancelled task drops its result, closing it
    when it is something closable (an opened vault must not stay open unseen)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any], *, write: bool = False,
                 stop: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.write = write
        self.stop = stop  # asks the work to stop early (before it writes), when it can
        self.cancelled = False
        self.running = True
        self._relay = _Relay()
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._runnable = _Runnable(fn, self._relay)

    def start(self) -> "Task":
        _live.add(self)
        if self.write:
            _writes.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self.cancelled = True

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self.running = False
        _live.discard(self)
        try:
            if self.cancelled:
                close = getattr(result, "close", None) or getattr(getattr(result, "vault", None), "close", None)
                if callable(close):
                    with contextlib.suppress(Exception):
                        close()
                return
            self.finished.emit(result)
        finally:
            self._written()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.running = False
        _live.discard(self)
        try:
            if not self.cancelled:
                self.failed.emit(exc)
        finally:
            self._written()

    def _written(self) -> None:
        if not self.write:
            return
        _writes.discard(self)
        if not _writes:
            waiting = list(_after_writes)
            _after_writes.clear()
            for callback in waiting:
                callback()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    write: bool = False,
    stop: Callable[[], None] | None = None,
) -> Task:
    task = Task(fn, write=write, stop=stop)
    task.finished.connect(on_done)
    task.failed.connect(on_error)
    return task.start()


def writes_running() -> bool:
    """Whether a task that writes to the vault is under way."""
    return bool(_writes)


def stop_writes() -> None:
    """Ask every write under way that can stop early to do so (a lock is coming)."""
    for task in list(_writes):
        if task.stop is not None:
            task.stop()


def after_writes(callback: Callable[[], None]) -> None:
    """Call ``callback`` on the main thread once no write is under way (now, when none is)."""
    if _writes:
        _after_writes.append(callback)
    else:
        callback()


def wait_for_all(msecs: int = 30000) -> bool:
    """At exit: let key derivations in flight finish so their vaults get closed."""
    return QThreadPool.globalInstance().waitForDone(msecs)
