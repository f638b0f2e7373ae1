"""The main window: first run, unlock screen and workspace in one frame.

The workspace has the mail-client shape: sections on the left, the section's
page on the right, a toolbar with the search field, and a status bar saying
which vault is open, how it was unlocked and when it will lock. Locking
destroys every section page, closes every other window and dialog, and covers
the window with the unlock screen.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QModelIndex,
    QSettings,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from liaison.errors import LiaisonError

from . import clipboard, dialogs, i18n, style, worker, workspace
from .first_run import FirstRunPage
from .forms import RecordEditor
from .locking import IdleWatcher, ScreenLockWatcher
from .palette import open_in_window
from .sections import SECTIONS, SectionPage
from .session import Session
from .unlock import UnlockPage
from .worker import run_in_background

workspace.register_pages()

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 20
SEARCH_PER_TYPE = 5

_LOCK_REASONS = {
    "idle": QT_TRANSLATE_NOOP("MainWindow", "Locked after {minutes} minutes without activity."),
    "screen": QT_TRANSLATE_NOOP("MainWindow", "Locked because the screen was locked."),
    "user": QT_TRANSLATE_NOOP("MainWindow", "Locked."),
}



def default_size() -> tuple[int, int]:
    """The first window: 1320×820 where the screen has room, 1180×760 or the screen's free area on a
    small one, whichever is less (a 1366×768 laptop with a task bar has about 1366×728): never larger
    than the screen."""
    width, height = 1320, 820
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(max(1180, min(width, room.width() - 40)), room.width())
        height = min(max(760, min(height, room.height() - 40)), room.height())
    return width, height


class MainWindow(QMainWindow):
    """One window per session. ``idle_ms`` overrides the vault's idle-lock
    setting (tests use a short one); ``settings`` replaces the per-machine
    QSettings (tests and screenshots keep it in a temporary folder)."""

    def __init__(
        self,
        session: Session,
        *,
        idle_ms: int | None = None,
        watch_screen: bool = True,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self._idle_override = idle_ms
        self.pages: dict[str, SectionPage] = {}
        self.setWindowTitle(self._title())
        self.resize(*default_size())
        self.setMinimumSize(760, 520)
        # Per-machine window state only (splitter, last section): nothing from the vault.
        self._settings = settings if settings is not None else QSettings()

        # ---- the three states of the window
        self.states = QStackedWidget(self)
        self.first_run = self._new_first_run()
        self.unlock_page = self._new_unlock_page()
        self.workspace = QSplitter(Qt.Orientation.Horizontal, self)
        self.workspace.setObjectName("workspace")
        self.workspace.setChildrenCollapsible(False)
        self.nav = QListWidget(self.workspace)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(320)
        style.tabular(self.nav)
        self.section_stack = QStackedWidget(self.workspace)
        self.workspace.addWidget(self.nav)
        self.workspace.addWidget(self.section_stack)
        self.workspace.setStretchFactor(1, 1)
        for w in (self.first_run, self.unlock_page, self.workspace):
            self.states.addWidget(w)
        self.setCentralWidget(self.states)
        self.nav.currentRowChanged.connect(self._on_nav)
        session.locked.connect(self._on_locked)

        self._build_actions()
        self._build_toolbar()
        self._build_status_bar()

        # ---- locking
        self.idle = IdleWatcher(idle_ms or 5 * 60_000, self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.idle.activity.connect(self._update_lock_line)
        self.screen_watcher = ScreenLockWatcher(self) if watch_screen else None
        if self.screen_watcher is not None:
            self.screen_watcher.screen_locked.connect(lambda: self.lock("screen"))
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(20_000)
        self._status_timer.timeout.connect(self._update_lock_line)
        workspace.install(self)
        self._set_workspace_visible(False)

    # ------------------------------------------------------------------ frame
    def _title(self) -> str:
        # The file name only: a title names no person and no case.
        if self.session.demo:
            return self.tr("Liaison - {name} (demo)").format(name=self.session.display_name)
        return self.tr("Liaison - {name}").format(name=self.session.display_name)

    def _new_first_run(self) -> FirstRunPage:
        page = FirstRunPage(self.session, self)
        page.finished.connect(self._enter_workspace)
        page.open_existing.connect(self.open_existing)
        page.open_demo.connect(self.open_demo)
        return page

    def _new_unlock_page(self) -> UnlockPage:
        page = UnlockPage(self.session, self)
        page.unlocked.connect(self._enter_workspace)
        page.open_other.connect(self.open_existing)
        return page

    def _build_actions(self) -> None:
        menu = self.menuBar()
        self.vault_menu = vault_menu = menu.addMenu(self.tr("&Vault"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.lock_action.triggered.connect(lambda: self.lock("user"))
        vault_menu.addAction(self.lock_action)
        vault_menu.addSeparator()
        self.quit_action = quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        vault_menu.addAction(quit_action)

        self.go_menu = menu.addMenu(self.tr("&Go"))
        self.section_actions: list[QAction] = []
        for index, (key, cls) in enumerate(SECTIONS.items()):
            action = QAction(i18n.section_title(cls.title), self)
            action.setData(key)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_section(k))
            self.go_menu.addAction(action)
            self.section_actions.append(action)
        self.go_menu.addSeparator()
        self.search_action = QAction(self.tr("&Search..."), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.focus_search)
        self.go_menu.addAction(self.search_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        # Text only until the project ships its icon set (a padlock, not a red cross).
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.lock_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search = QLineEdit(self.toolbar)
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search records"))
        self.search.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.toolbar.addWidget(self.search)
        self._search_model = QStringListModel(self)
        self._search_hits: list[dict[str, Any]] = []
        self.picked_search_hit: dict[str, Any] | None = None  # for the record views to come
        self.completer = QCompleter(self._search_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.search)
        self.completer.activated[QModelIndex].connect(self._on_search_pick)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.vault_status = QLabel(self)
        self.vault_status.setObjectName("vaultStatus")
        self.unlock_status = QLabel(self)
        self.unlock_status.setObjectName("unlockStatus")
        self.lock_status = QLabel(self)
        self.lock_status.setObjectName("lockStatus")
        style.tabular(self.lock_status)
        for lab in (self.vault_status, self.unlock_status, self.lock_status):
            bar.addPermanentWidget(lab)

    def _set_workspace_visible(self, visible: bool) -> None:
        self.toolbar.setVisible(visible)
        self.statusBar().setVisible(visible)
        self.go_menu.menuAction().setVisible(visible)
        for action in (self.lock_action, self.search_action, *self.section_actions, *getattr(self, "tool_actions", [])):
            action.setEnabled(visible)

    # ------------------------------------------------------------------ start
    def start(self) -> None:
        """Show the right screen for the session's vault."""
        self.setWindowTitle(self._title())
        if self.session.is_open:
            self._enter_workspace()
        elif self.session.demo and not self.session.vault_exists():
            self._prepare_demo()
        elif not self.session.vault_exists():
            self.first_run.prepare()
            self.states.setCurrentWidget(self.first_run)
        else:
            self.states.setCurrentWidget(self.unlock_page)
            self.unlock_page.prepare(try_keychain=True)

    def _prepare_demo(self) -> None:
        self.states.setCurrentWidget(self.unlock_page)
        self.unlock_page.prepare(try_keychain=False)
        self.unlock_page._set_busy(True, self.tr("Preparing the demo vault..."))

        def done(vault) -> None:
            self.unlock_page._set_busy(False)
            if vault is None:
                self.unlock_page.prepare(try_keychain=False)
                return
            self.session.attach(vault)
            self._enter_workspace()

        def failed(exc: BaseException) -> None:
            self.unlock_page._set_busy(False)
            self.unlock_page._on_failed(exc)

        self.unlock_page.task = run_in_background(self.session.prepare_demo, done, failed)

    def open_existing(self, path: str) -> None:
        self.session.switch_to(path)
        self.start()

    def open_demo(self) -> None:
        self.session.switch_to(self.session.paths.demo_vault(), demo=True)
        self.start()

    # -------------------------------------------------------------- workspace
    def _enter_workspace(self) -> None:
        if not self.session.is_open:
            return
        self.setWindowTitle(self._title())
        self._build_pages()
        self.states.setCurrentWidget(self.workspace)
        self._set_workspace_visible(True)
        self._setup_search()
        minutes = self.session.idle_lock_minutes()
        self.idle.set_interval(self._idle_override or minutes * 60_000)
        self.idle.start()
        self._status_timer.start()
        self._update_status()
        state = self._settings.value("main/splitter")
        if isinstance(state, QByteArray):
            self.workspace.restoreState(state)
        last = self._settings.value("main/section", "dashboard")
        self.show_section(last if last in self.pages else "dashboard")

    def _build_pages(self) -> None:
        self._destroy_pages()
        for key, cls in SECTIONS.items():
            try:
                page = cls(self.session, self.section_stack)
            except Exception:  # a broken section must not keep the officer out of the others
                log.exception("the %s section could not be built", key)
                continue
            self.pages[key] = page
            self.section_stack.addWidget(page)
            item = QListWidgetItem(i18n.section_title(cls.title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.refresh_all()

    def refresh_all(self) -> None:
        for key, page in self.pages.items():
            try:
                page.refresh()
            except LiaisonError as exc:
                self.statusBar().showMessage(
                    self.tr("{section}: {message}").format(section=i18n.section_title(page.title), message=exc), 8000)
            except Exception:
                log.exception("refreshing the %s section failed", key)
        self._update_nav_counts()

    def _update_nav_counts(self) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            page = self.pages.get(item.data(Qt.ItemDataRole.UserRole))
            if page is None:
                continue
            count = page.nav_count()
            title = i18n.section_title(page.title)
            item.setText(f"{title}   {count:,}" if count else title)
        # The column fits its longest label and count (and grows with the language's words).
        needed = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24
        self.nav.setMinimumWidth(max(190, min(needed, self.nav.maximumWidth())))

    def _destroy_pages(self) -> None:
        for page in self.pages.values():
            try:
                page.clear()
            except Exception:
                log.exception("clearing the %s section failed", page.key)
            self.section_stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.pages = {}
        self.nav.clear()

    def show_section(self, key: str) -> None:
        if key not in self.pages or not self.session.is_open:
            return
        keys = list(self.pages)
        self.nav.setCurrentRow(keys.index(key))

    def current_section(self) -> str | None:
        page = self.section_stack.currentWidget()
        return page.key if isinstance(page, SectionPage) else None

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages.get(key)
        if page is not None:
            self.section_stack.setCurrentWidget(page)
            self._settings.setValue("main/section", key)

    # ----------------------------------------------------------------- search
    def _search_engine(self) -> Any | None:
        """The vault's search index when it is available in this version."""
        if not self.session.is_open:
            return None
        try:
            engine = self.session.vault.search
        except (ImportError, AttributeError, LiaisonError):
            return None
        except Exception:
            log.exception("the search index could not be opened")
            return None
        return engine if callable(getattr(engine, "query", None)) else None

    def _setup_search(self) -> None:
        available = self._search_engine() is not None
        self.search.setEnabled(available)
        self.search.setToolTip(
            self.tr("Search cases, persons, contacts and documents (Ctrl+K)")
            if available
            else self.tr("Search is not available yet: this version of Liaison has no search index.")
        )

    def focus_search(self) -> None:
        if not self.session.is_open:
            return
        if self.search.isEnabled():
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()
        else:
            self.statusBar().showMessage(self.search.toolTip(), 5000)

    def _run_search(self) -> None:
        engine = self._search_engine()
        text = self.search.text().strip()
        if engine is None or not text:
            self._search_model.setStringList([])
            return
        try:
            result = engine.query(text, limit_per_type=SEARCH_PER_TYPE)
        except LiaisonError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        # The index answers {record_type: [hit, ...]}, groups best first.
        groups = result.values() if isinstance(result, dict) else [getattr(result, "items", result)]
        self._search_hits = [dict(h) for group in groups for h in group][:SEARCH_LIMIT]
        labels = []
        for h in self._search_hits:
            ref = h.get("ref") or ""
            title = h.get("title") or h.get("record_id") or ""
            kind = h.get("record_type") or ""
            labels.append(f"{title}  ({kind}{': ' + ref if ref else ''})")
        self._search_model.setStringList(labels or [self.tr("No matches")])
        self.completer.complete()

    def _on_search_pick(self, index: QModelIndex) -> None:
        row = index.row()
        if not 0 <= row < len(self._search_hits):
            return  # "No matches"
        hit = self._search_hits[row]
        self.picked_search_hit = hit
        open_in_window(self, str(hit.get("record_type")), str(hit.get("record_id")))

    def _clear_search(self) -> None:
        self._search_timer.stop()
        self.completer.popup().hide()
        self.search.clear()
        self._search_hits = []
        self._search_model.setStringList([])

    # ----------------------------------------------------------------- status
    def _update_status(self) -> None:
        if self.session.demo:
            text = self.tr("Vault: {name} (demo, fictional data)")
        else:
            text = self.tr("Vault: {name}")
        self.vault_status.setText(text.format(name=self.session.display_name))
        self.vault_status.setToolTip(str(self.session.vault_path))
        self.unlock_status.setText(self.session.unlock_description())
        self._update_lock_line()

    def _update_lock_line(self) -> None:
        if not self.session.is_open or not self.idle.active:
            self.lock_status.clear()
            return
        ms = self.idle.interval_ms
        at = datetime.now().astimezone() + timedelta(milliseconds=ms)
        if ms >= 60_000:
            text = self.tr("Locks after {minutes} min idle (at {time})").format(minutes=ms // 60_000, time=f"{at:%H:%M}")
        else:
            text = self.tr("Locks after {seconds} s idle (at {time})").format(seconds=max(1, ms // 1000),
                                                                             time=f"{at:%H:%M}")
        if text != self.lock_status.text():
            self.lock_status.setText(text)

    # ------------------------------------------------------------- language
    def retranslate(self) -> None:
        """Show everything in the language just installed (``ui.i18n.apply_language``):
        the menus, toolbar and status bar are re-labelled; the first-run and unlock
        screens and the section pages are rebuilt (pages re-read what they show, as
        on unlock). A screen with work in flight is left as it is."""
        self.setWindowTitle(self._title())
        self.vault_menu.setTitle(self.tr("&Vault"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        for action in self.section_actions:
            cls = SECTIONS.get(action.data())
            if cls is not None:
                action.setText(i18n.section_title(cls.title))
        self.search_action.setText(self.tr("&Search..."))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.search.setAccessibleName(self.tr("Search records"))
        self.search.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self.nav.setAccessibleName(self.tr("Sections"))
        self._retranslate_tools()
        self._rebuild_gate_pages()
        if self.session.is_open and self.states.currentWidget() is self.workspace:
            self._setup_search()
            self._update_status()
            if self._unsaved_forms():
                # Rebuilding would throw the officer's typing away: the sections follow at the next unlock.
                self._update_nav_counts()
                self.statusBar().showMessage(
                    self.tr("The sections change language at the next unlock: a form has unsaved changes."), 15000)
                return
            current = self.current_section() or "dashboard"
            self._build_pages()
            self.show_section(current if current in self.pages else "dashboard")

    def _unsaved_forms(self) -> bool:
        """Whether an editor in a section page holds changes not yet saved."""
        for page in self.pages.values():
            for editor in page.findChildren(RecordEditor):
                try:
                    if editor.isVisible() and editor.is_dirty():
                        return True
                except Exception:  # an editor that cannot say is treated as holding changes
                    log.exception("asking an editor for unsaved changes failed")
                    return True
        return False

    def _retranslate_tools(self) -> None:
        """What ui.workspace added (Tools menu, command palette) in the new language."""
        workspace.retranslate(self)

    def _rebuild_gate_pages(self) -> None:
        """New first-run and unlock screens in the current language, unless one is busy
        (or the first run still holds a recovery code the officer has not confirmed)."""
        if not self.unlock_page.working:
            showing = self.states.currentWidget() is self.unlock_page
            old, self.unlock_page = self.unlock_page, self._new_unlock_page()
            self._swap_state(old, self.unlock_page)
            if showing:
                self.unlock_page.prepare(try_keychain=False)
        first_busy = self.first_run.created is not None or getattr(self.first_run, "working", False)
        if not first_busy:
            showing = self.states.currentWidget() is self.first_run
            old_first, self.first_run = self.first_run, self._new_first_run()
            self._swap_state(old_first, self.first_run)
            if showing:
                self.first_run.prepare()

    def _swap_state(self, old: QWidget, new: QWidget) -> None:
        index = self.states.indexOf(old)
        current = self.states.currentWidget() is old
        self.states.insertWidget(index, new)
        if current:
            self.states.setCurrentWidget(new)
        self.states.removeWidget(old)
        if hasattr(old, "cancel"):
            old.cancel()
        if hasattr(old, "wipe"):
            old.wipe()
        old.hide()
        old.deleteLater()

    # ------------------------------------------------------------------- lock
    def lock(self, reason: str = "user") -> None:
        """Lock now, or as soon as the writes under way have finished: locking must not close the database
        under them. A write that can stop early (an import) is asked to; a save takes moments. The session
        tells us back through ``locked``."""
        if worker.writes_running():
            worker.stop_writes()
            worker.after_writes(lambda: self.lock(reason))
            return
        if not self.session.lock(reason):
            return

    def _on_locked(self, reason: str) -> None:
        self.idle.stop()
        self._status_timer.stop()
        self._clear_search()
        self._destroy_pages()
        self._close_other_windows()
        clipboard.clear_if_ours()
        self.first_run.wipe()
        self._set_workspace_visible(False)
        self.vault_status.clear()
        self.unlock_status.clear()
        self.lock_status.clear()
        self.states.setCurrentWidget(self.unlock_page)
        self.unlock_page.prepare(try_keychain=False)
        minutes = max(1, self.idle.interval_ms // 60_000)
        self.unlock_page.keychain_line.setText(self.tr(_LOCK_REASONS.get(reason, _LOCK_REASONS["user"])).format(
            minutes=minutes))
        style.set_role(self.unlock_page.keychain_line, "muted")
        self.unlock_page.keychain_line.show()
        self.setWindowTitle(self._title())

    def _close_other_windows(self) -> None:
        """Nothing of the data may stay visible: every other window and dialog goes."""
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()

    # ------------------------------------------------------------------ close
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.first_run.created is not None and not dialogs.confirm(
            self,
            self.tr("Close Liaison"),
            self.tr("The recovery code has not been confirmed as written down. It is not shown again "
                    "(a new one can be issued later from the unlocked vault). Close anyway?"),
            destructive=True,
        ):
            event.ignore()
            return
        if self.states.currentWidget() is self.workspace:
            self._settings.setValue("main/splitter", self.workspace.saveState())
        self.unlock_page.cancel()
        self.first_run.wipe()
        self.idle.stop()
        self._destroy_pages()
        clipboard.clear_if_ours()
        self.session.close()
        super().closeEvent(event)
