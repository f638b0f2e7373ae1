"""The command palette: finds records in any script, keyboard only, safe text."""

from __future__ import annotations

import pytest
from conftest import CHEAP_KDF, PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from shell_helpers import WAIT_MS, make_session, open_window, unlock

from liaison import demo, keyslots
from liaison.vault import Vault, copy_vault_files
from ui import dialogs
from ui.palette import CommandPalette, PaletteAction, emphasised, install_palette, matching_actions
from ui.sections import SECTIONS, SectionPage


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "kdf_params", lambda: dict(CHEAP_KDF))
        v, _ = Vault.create(folder / "vault.liaison", PASSPHRASE)
        demo.populate(v)
        v.close()
    return folder


class PersonsStandIn(SectionPage):
    key, title = "persons", "Persons"
    opened: list[tuple[str, str]] = []

    def open_record(self, record_type: str, record_id: str) -> None:
        PersonsStandIn.opened.append((record_type, record_id))


@pytest.fixture
def window(qtbot, tmp_path, demo_files, monkeypatch):
    dialogs.reset()
    monkeypatch.setitem(SECTIONS, "persons", PersonsStandIn)
    PersonsStandIn.opened = []
    session = make_session(tmp_path)
    session.vault_path.parent.mkdir(parents=True, exist_ok=True)
    copy_vault_files(demo_files / "vault.liaison", session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    install_palette(win)
    return win


def _search(qtbot, palette: CommandPalette, text: str) -> None:
    with qtbot.waitSignal(palette.results_ready, timeout=WAIT_MS):
        palette.query.setText(text)
    qtbot.waitUntil(lambda: palette.searched_text == text, timeout=WAIT_MS)


def _person_id(vault, name: str) -> str:
    hits = vault.search.query(name, types=["person"])["person"]
    return hits[0]["record_id"]


def test_ctrl_k_opens_the_palette_and_finds_a_person_by_latin_and_greek(window, qtbot):
    palette: CommandPalette = window.palette_widget
    window.activateWindow()
    window.search_action.trigger()  # the window's Ctrl+K
    assert palette.isVisible()
    qtbot.waitUntil(lambda: palette.query.hasFocus(), timeout=WAIT_MS)
    vault = window.session.vault
    wanted = _person_id(vault, "Αλέξανδρος Παπαδόπουλος")

    _search(qtbot, palette, "Alexandros Papadopoulos")
    records = [t for kind, t in palette.entries() if kind == "record"]
    assert ["person", wanted] in records
    _search(qtbot, palette, "Παπαδόπουλος")
    records = [t for kind, t in palette.entries() if kind == "record"]
    assert records[0] == ["person", wanted]
    # Grouped by type under a heading, the matched word in bold.
    headings = [palette.results.item(i).data(Qt.ItemDataRole.AccessibleTextRole)
                for i in range(palette.results.count()) if palette.results.item(i).data(Qt.ItemDataRole.UserRole + 1)
                == "header"]
    assert "Persons" in headings
    rows = [i for i in range(palette.results.count())
            if palette.results.item(i).data(Qt.ItemDataRole.UserRole + 2) == ["person", wanted]]
    assert "<b>Παπαδόπουλος</b>" in palette.label_of(rows[0]).text()


def test_keyboard_navigation_and_enter_opens_the_record(window, qtbot):
    palette: CommandPalette = window.palette_widget
    palette.open_palette()
    _search(qtbot, palette, "Papadopoulos")
    entries = palette.entries()
    first_record = next(i for i, (kind, _t) in enumerate(entries) if kind == "record")
    # Down moves over actions and headings to the records; Up comes back.
    for _ in range(first_record):
        qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    current = palette.results.currentItem()
    assert current.data(Qt.ItemDataRole.UserRole + 1) == "record"
    target = current.data(Qt.ItemDataRole.UserRole + 2)
    with qtbot.waitSignal(palette.open_record, timeout=WAIT_MS) as sig:
        qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert sig.args == target
    assert not palette.isVisible() and palette.results.count() == 0
    assert window.current_section() == "persons"
    assert PersonsStandIn.opened == [tuple(target)]


def test_actions_match_the_text_and_run(window, qtbot):
    palette: CommandPalette = window.palette_widget
    palette.open_palette()
    _search(qtbot, palette, "go to aud")
    assert palette.entries()[0] == ("action", "go:audit")
    with qtbot.waitSignal(palette.run_action, timeout=WAIT_MS) as sig:
        qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert sig.args == ["go:audit"]
    assert window.current_section() == "audit"
    palette.open_palette()
    _search(qtbot, palette, "lock")
    assert palette.entries()[0] == ("action", "lock")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=WAIT_MS)
    assert palette.results.count() == 0 and palette.query.text() == ""


def test_hostile_text_is_shown_literally(window, qtbot):
    vault = window.session.vault
    with vault.transaction():
        vault.search.index("case", "01HOSTILE0000000000000000", title="<b>x</b> <img src=q> zyxwquart",
                           text="note <script>alert(1)</script> zyxwquart &amp;", ref="R/1")
    palette: CommandPalette = window.palette_widget
    palette.open_palette()
    _search(qtbot, palette, "zyxwquart")
    row = next(i for i in range(palette.results.count())
               if palette.results.item(i).data(Qt.ItemDataRole.UserRole + 2) == ["case", "01HOSTILE0000000000000000"])
    rich = palette.label_of(row).text()
    assert "<img" not in rich and "<script" not in rich and "<b>x</b>" not in rich
    doc = QTextDocument()
    doc.setHtml(rich)
    shown = doc.toPlainText()
    assert "<b>x</b> <img src=q> zyxwquart" in shown
    assert "<script>alert(1)</script>" in shown and "&amp;" in shown


def test_escape_closes_and_a_stale_answer_is_dropped(window, qtbot):
    palette: CommandPalette = window.palette_widget
    palette.open_palette()
    palette.query.setText("Papadopoulos")
    palette.query.setText("Georgiou")  # the first text never gets searched
    qtbot.waitUntil(lambda: palette.searched_text == "Georgiou", timeout=WAIT_MS)
    titles = [palette.results.item(i).toolTip() for i in range(palette.results.count())]
    assert any("Georgiou" in t for t in titles) and not any("Papadopoulos" in t for t in titles)
    qtbot.keyClick(palette.query, Qt.Key.Key_Escape)
    assert not palette.isVisible() and palette.results.count() == 0


def test_emphasis_and_action_matching_units():
    assert emphasised("a<b>c", [[1, 4]]) == "a<b>&lt;b&gt;</b>c"
    assert emphasised("Łódź & co", [[0, 4]]) == "<b>Łódź</b> &amp; co"
    acts = [PaletteAction("lock", "Lock"), PaletteAction("go:exchanges", "Go to Exchange log")]
    assert [a.name for a in matching_actions(acts, "exch")] == ["go:exchanges"]
    assert [a.name for a in matching_actions(acts, "")] == ["lock", "go:exchanges"]


def test_the_palette_steps_aside_when_focus_leaves_and_on_lock(window, qtbot):
    palette: CommandPalette = window.palette_widget
    window.activateWindow()
    palette.open_palette()
    qtbot.waitUntil(lambda: palette.query.hasFocus(), timeout=WAIT_MS)
    window.nav.setFocus()
    qtbot.waitUntil(lambda: not palette.isVisible(), timeout=WAIT_MS)
    palette.open_palette()
    _search(qtbot, palette, "Papadopoulos")
    assert palette.results.count() > 0
    window.lock("user")
    assert not palette.isVisible() and palette.results.count() == 0 and palette.query.text() == ""
