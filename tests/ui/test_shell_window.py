"""The main window: sections, shortcuts, search field, locking, clipboard, the
dialog seam and the session's choice of vault."""

from __future__ import annotations

import subprocess

import pytest
from conftest import PASSPHRASE
from environment import needs
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from shell_helpers import WAIT_MS, make_session, make_vault, open_window, unlock

from liaison.paths import Paths
from ui import clipboard, dialogs, sections
from ui.sections import SECTIONS, PlaceholderSection, SectionPage
from ui.session import Session
from ui.strength import estimate


@pytest.fixture(autouse=True)
def _seam():
    dialogs.reset()
    yield
    dialogs.reset()
    clipboard.clear_if_ours()


@pytest.fixture
def unlocked(qtbot, tmp_path):
    def make(idle_ms: int | None = None, watch_screen: bool = False):
        session = make_session(tmp_path)
        make_vault(session.vault_path)
        win = open_window(qtbot, session, idle_ms=idle_ms, watch_screen=watch_screen)
        unlock(qtbot, win)
        return win

    return make


def _press(qtbot, win, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not None, timeout=WAIT_MS)
    target = QApplication.focusWidget() or win
    qtbot.keyClick(target, key, modifier)


def _assert_locked_and_bare(win) -> None:
    assert not win.session.is_open
    assert win.states.currentWidget() is win.unlock_page
    assert win.pages == {}
    assert win.nav.count() == 0 and win.section_stack.count() == 0
    assert not win.toolbar.isVisible() and not win.statusBar().isVisible()
    assert win.vault_status.text() == win.unlock_status.text() == win.lock_status.text() == ""
    assert win.search.text() == ""
    assert not win.lock_action.isEnabled()
    assert all(not a.isEnabled() for a in win.section_actions)


def test_sections_are_registered_in_order_with_real_counts(unlocked):
    win = unlocked()
    assert list(win.pages) == list(SECTIONS) == [
        "dashboard", "cases", "persons", "contacts", "agreements", "exchanges", "documents", "audit"
    ]
    assert [win.nav.item(i).text().split("   ")[0] for i in range(win.nav.count())] == [
        "Dashboard", "Cases", "Persons", "Contacts and agencies", "Agreements", "Exchange log", "Documents", "Audit"
    ]
    # The real pages stand in the registry (ui.workspace), not the shell's placeholders.
    assert {k: type(p).__name__ for k, p in win.pages.items()} == {
        "dashboard": "DashboardPage2", "cases": "CasesPage", "persons": "PersonsPage",
        "contacts": "ContactsPage", "agreements": "AgreementsPage", "exchanges": "ExchangesPage",
        "documents": "DocumentsPage", "audit": "AuditPage",
    }


def test_a_placeholder_says_when_its_table_is_not_in_the_vault(qtbot, tmp_path):
    class Missing(PlaceholderSection):
        key, title = "missing", "Missing"
        tables = (("no_such_table_here", "Things"),)

    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    page = Missing(session)
    qtbot.addWidget(page)
    page.refresh()
    assert page.counts.text() == "In this vault: Things: not in this vault yet"
    assert page.nav_count() is None
    page.clear()
    assert page.counts.text() == ""


def test_a_section_can_be_replaced_in_the_registry(qtbot, tmp_path, monkeypatch):
    class RealCases(SectionPage):
        key, title = "cases", "Cases"
        refreshed = 0

        def refresh(self) -> None:
            RealCases.refreshed += 1

    monkeypatch.setitem(sections.SECTIONS, "cases", RealCases)
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    assert isinstance(win.pages["cases"], RealCases)
    assert RealCases.refreshed == 1
    assert list(win.pages)[1] == "cases"


def test_ctrl_digits_switch_sections(qtbot, unlocked):
    win = unlocked()
    assert win.current_section() == "dashboard"
    _press(qtbot, win, Qt.Key.Key_2)
    assert win.current_section() == "cases"
    _press(qtbot, win, Qt.Key.Key_8)
    assert win.current_section() == "audit"
    _press(qtbot, win, Qt.Key.Key_1)
    assert win.current_section() == "dashboard"


def test_ctrl_l_locks_and_nothing_of_the_data_stays(qtbot, unlocked):
    win = unlocked()
    table = win.pages["dashboard"].recent
    qtbot.waitUntil(lambda: table.topLevelItemCount() > 0, timeout=WAIT_MS)
    # A secondary window and a dialog are open when the lock comes.
    dialog = QDialog(win)
    dialog.setWindowTitle("Some record")
    dialog.show()
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    clipboard.copy_sensitive("a secret reference")
    _press(qtbot, win, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: not win.session.is_open, timeout=WAIT_MS)
    _assert_locked_and_bare(win)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert not other.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert table.topLevelItemCount() == 0  # the page was emptied before it was thrown away
    assert win.windowTitle() == "Liaison - vault.liaison"
    assert win.unlock_page.keychain_line.text() == "Locked."
    assert win.unlock_page.passphrase.text() == ""
    # Unlocking brings the workspace back, rebuilt.
    unlock(qtbot, win)
    assert list(win.pages) == list(SECTIONS)
    assert win.toolbar.isVisible()


def test_ctrl_l_on_the_unlock_screen_does_nothing(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    _press(qtbot, win, Qt.Key.Key_L)
    assert win.states.currentWidget() is win.unlock_page


def test_idle_time_locks(qtbot, unlocked):
    win = unlocked(idle_ms=150)
    assert win.idle.active
    assert "Locks after 1 s idle" in win.lock_status.text()
    with qtbot.waitSignal(win.session.locked, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args == ["idle"]
    _assert_locked_and_bare(win)
    assert "without activity" in win.unlock_page.keychain_line.text()
    assert not win.idle.active


def test_input_counts_as_activity(qtbot, unlocked):
    win = unlocked(idle_ms=60_000)
    before = win.idle.last_activity
    qtbot.mouseMove(win.nav)
    qtbot.keyClick(win.nav, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: win.idle.last_activity > before, timeout=WAIT_MS)
    assert win.idle.active


def test_the_idle_lock_setting_is_read_from_the_vault(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    assert win.idle.interval_ms == 5 * 60_000
    session.vault.settings.set("ui.idle_lock_minutes", 2)
    assert session.idle_lock_minutes() == 2
    session.vault.settings.set("ui.idle_lock_minutes", "never")
    assert session.idle_lock_minutes() == 5  # unreadable: the default, never "do not lock"
    session.vault.settings.set("ui.idle_lock_minutes", 0)
    assert session.idle_lock_minutes() == 5
    session.vault.settings.set("ui.idle_lock_minutes", 3)
    win.lock("user")
    unlock(qtbot, win)
    assert win.idle.interval_ms == 3 * 60_000
    assert "Locks after 3 min idle" in win.lock_status.text()


def test_a_screen_lock_signal_locks(qtbot, unlocked):
    win = unlocked(watch_screen=True)
    assert win.screen_watcher is not None
    win.screen_watcher.on_active_changed(False)  # the screen saver stopping is no reason
    assert win.session.is_open
    win.screen_watcher.on_active_changed(True)
    assert not win.session.is_open
    assert "screen was locked" in win.unlock_page.keychain_line.text()


def test_search_is_disabled_with_a_tooltip_when_there_is_no_index(qtbot, tmp_path, monkeypatch):
    from ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "_search_engine", lambda self: None)
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    assert not win.search.isEnabled()
    assert "not available" in win.search.toolTip()
    win.focus_search()
    assert "not available" in win.statusBar().currentMessage()


def test_ctrl_k_focuses_search_and_results_show_in_a_popup(qtbot, tmp_path, monkeypatch):
    from ui.main_window import MainWindow

    asked = []

    class FakeIndex:
        def query(self, q, *, limit_per_type):
            asked.append((q, limit_per_type))
            return {"case": [{"record_type": "case", "record_id": "01J", "ref": "LO-2026-0001", "title": "Smuggling"}]}

    monkeypatch.setattr(MainWindow, "_search_engine", lambda self: FakeIndex() if self.session.is_open else None)
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    assert win.search.isEnabled()
    _press(qtbot, win, Qt.Key.Key_K)  # Ctrl+K opens the command palette (tests/ui/test_palette.py)
    qtbot.waitUntil(lambda: win.palette_widget.isVisible(), timeout=WAIT_MS)
    win.palette_widget.close_palette()
    win.focus_search()
    qtbot.waitUntil(lambda: win.search.hasFocus(), timeout=WAIT_MS)
    qtbot.keyClicks(win.search, "smug")
    qtbot.waitUntil(lambda: win.completer.popup().isVisible(), timeout=WAIT_MS)
    assert asked[-1] == ("smug", 5)
    assert win._search_model.stringList() == ["Smuggling  (case: LO-2026-0001)"]
    win._on_search_pick(win._search_model.index(0))
    assert win.current_section() == "cases"
    assert win.picked_search_hit["record_id"] == "01J"
    win.lock("user")
    assert win._search_model.stringList() == [] and not win.completer.popup().isVisible()


def test_window_titles_name_only_the_vault_file(qtbot, unlocked):
    win = unlocked()
    assert win.windowTitle() == "Liaison - vault.liaison"
    for key in SECTIONS:
        win.show_section(key)
        assert win.windowTitle() == "Liaison - vault.liaison"


def test_copy_sensitive_clears_the_clipboard_after_the_delay(qtbot):
    board = QGuiApplication.clipboard()
    timer = clipboard.copy_sensitive("Ivanova, passport 1234", delay_ms=50)
    assert board.text() == "Ivanova, passport 1234"
    assert board.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    with qtbot.waitSignal(timer.timeout, timeout=WAIT_MS):
        pass
    assert board.text() == ""
    assert not clipboard.pending()


def test_copy_sensitive_leaves_what_the_officer_copied_since(qtbot, multiscript):
    board = QGuiApplication.clipboard()
    secret, other = multiscript["names"][0]["text"], multiscript["names"][1]["text"]
    timer = clipboard.copy_sensitive(secret, delay_ms=50)
    assert board.text() == secret  # any script round-trips
    board.setText(other)
    with qtbot.waitSignal(timer.timeout, timeout=WAIT_MS):
        pass
    assert board.text() == other
    assert not clipboard.pending()


def test_the_dialog_seam_answers_in_order_and_checks_the_kind():
    dialogs.next_answer(True, kind="confirm")
    dialogs.next_answer("/tmp/out.pdf")
    assert dialogs.confirm(None, "Erase", "Erase the case?", destructive=True) is True
    assert dialogs.ask_save_file(None, "Export", "case.pdf") == "/tmp/out.pdf"
    assert [c.kind for c in dialogs.calls] == ["confirm", "save_file"]
    assert dialogs.calls[0].args["destructive"] is True
    dialogs.next_answer("/tmp/x", kind="open_file")
    with pytest.raises(dialogs.UnexpectedDialog):
        dialogs.confirm(None, "Sure?", "Sure?")
    assert dialogs.pending_answers() == 0


def test_the_session_chooses_the_vault_like_the_command_line(tmp_path, monkeypatch):
    data = tmp_path / "d"
    s = Session.from_argv(["--data-dir", str(data)])
    assert s.vault_path == Paths.resolve(data).default_vault() and not s.demo
    s = Session.from_argv(["--data-dir", str(data), "--vault", str(tmp_path / "x.liaison")])
    assert s.vault_path == (tmp_path / "x.liaison").resolve()
    s = Session.from_argv(["--data-dir", str(data), "--demo"])
    assert s.demo and s.vault_path == Paths.resolve(data).demo_vault()
    monkeypatch.setenv("LIAISON_VAULT", str(tmp_path / "env.liaison"))
    s = Session.from_argv(["--data-dir", str(data)])
    assert s.vault_path == (tmp_path / "env.liaison").resolve()


def test_the_strength_estimate_speaks_in_words():
    assert estimate("short").label == "Too short"
    assert estimate("aaaaaaaaaaaaaaaa").label == "Weak"
    assert estimate("password1234").label == "Weak"
    assert estimate(PASSPHRASE).label == "Fair"
    assert estimate(PASSPHRASE + " orbit").label in ("Good", "Strong")
    assert estimate("дом кот лес река поле").label in ("Good", "Strong")


def test_screenshots_are_written(qtbot, tmp_path):
    from ui import screenshots

    shots = screenshots.take(tmp_path / "shots", areas=())  # each area's shots are tested with the area
    assert len(shots) == 9 and not screenshots.FAILED
    for path in shots:
        assert path.stat().st_size > 5_000, path
    # The windows the script opened are gone; nothing was left open.
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, QLabel)]


def test_the_last_section_and_splitter_are_remembered_per_machine(qtbot, unlocked):
    win = unlocked()
    win.show_section("persons")
    win.lock("user")
    unlock(qtbot, win)
    assert win.current_section() == "persons"
    assert win._settings.value("main/section") == "persons"
    assert str(win._settings.fileName()).endswith("window.ini")  # never the officer's real settings in tests


@needs("dbus-daemon")
def test_the_screen_saver_d_bus_signal_is_heard(qtbot, tmp_path):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    from ui.locking import ScreenLockWatcher

    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        address = daemon.stdout.readline().strip()
        listener = QDBusConnection.connectToBus(address, "liaison-test-listener")
        sender = QDBusConnection.connectToBus(address, "liaison-test-sender")
        assert listener.isConnected() and sender.isConnected()
        watcher = ScreenLockWatcher(session_bus=listener, use_system_bus=False)
        assert any("org.freedesktop.ScreenSaver.ActiveChanged" in s for s in watcher.listening)
        signal = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                                           "ActiveChanged")
        signal.setArguments([True])
        heard = []
        watcher.screen_locked.connect(lambda: heard.append(True))

        def sent_and_heard() -> bool:
            # The bus installs the match rule asynchronously: say it again until it is heard.
            if not heard:
                assert sender.send(signal)
            return bool(heard)

        qtbot.waitUntil(sent_and_heard, timeout=WAIT_MS)
        QDBusConnection.disconnectFromBus("liaison-test-listener")
        QDBusConnection.disconnectFromBus("liaison-test-sender")
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


def test_run_opens_the_first_run_screen_for_a_new_data_folder(qtbot, tmp_path):
    from PySide6.QtCore import QTimer

    from ui import app as app_module
    from ui.main_window import MainWindow

    seen = {}

    def look_and_close() -> None:
        wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["count"] = len(wins)
        if wins:
            seen["state"] = type(wins[0].states.currentWidget()).__name__
            seen["title"] = wins[0].windowTitle()
            wins[0].close()

    QTimer.singleShot(0, look_and_close)
    assert app_module.run(["--data-dir", str(tmp_path / "data")]) == 0
    assert seen == {"count": 1, "state": "FirstRunPage", "title": "Liaison - vault.liaison"}
    assert QApplication.applicationName() == "Liaison"
    assert not (tmp_path / "data" / "vault.liaison").exists()
