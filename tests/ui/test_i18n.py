"""Translations: French complete and faithful to the English (placeholders,
shortcuts), the compiled files current, the language switched at run time, and
the window's layouts holding with the longer French strings."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QToolButton, QWidget
from shell_helpers import make_session, make_vault, open_window, unlock

from liaison import demo
from ui import i18n
from ui.sections import SECTIONS

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent  # pyside6-lupdate and pyside6-lrelease sit beside the interpreter
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&(?!&)\w", re.UNICODE)


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            out.append((name, msg.findtext("source") or "", msg.find("translation")))
    return out


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    """A test that switches language leaves the application in English."""
    yield
    i18n.install(qapp, "en")


# ------------------------------------------------------------------ the files
def test_every_french_message_is_translated():
    messages = _messages(TRANSLATIONS / "liaison_fr.ts")
    assert len(messages) > 500  # the whole interface, not a sample
    untranslated = [(c, s) for c, s, t in messages
                    if t is None or t.get("type") in ("unfinished", "obsolete", "vanished") or not (t.text or "").strip()]
    assert untranslated == []
    # A translation that is the English left as is is a miss, except words French shares.
    same = {PLACEHOLDER.sub("", s) for c, s, t in messages if t.text == s}
    words = {w for s in same for w in re.findall(r"[A-Za-z]{3,}", s)}
    shared = {"min", "Action", "Actions", "Audit", "Contact", "Contacts", "Date", "Dates", "Document", "Documents",
              "Images", "png", "jpg", "jpeg", "Instrument", "Justification", "Liaison", "Message", "Note", "Notes",
              "Organisation", "Parties", "SHA", "Sections", "Source", "Suspect", "Type", "Urgent", "Version",
              "Versions", "contact", "contacts", "document", "documents", "page", "Ctrl", "Europol", "SIENA",
              "INTERPOL", "Police", "Direct", "direct", "Indirect", "indirect", "audit", "TLP"}
    assert words - shared == set()


def test_placeholders_and_shortcut_letters_are_kept():
    for lang in ("fr", "en"):
        for context, source, tr in _messages(TRANSLATIONS / f"liaison_{lang}.ts"):
            text = tr.text or ""
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (context, source, text)
            # A menu or button with an Alt+ letter keeps exactly one in French.
            assert len(MNEMONIC.findall(source)) == len(MNEMONIC.findall(text)), (context, source, text)
            assert text.count("\n") == source.count("\n"), (context, source)


def test_english_file_is_the_identity():
    for context, source, tr in _messages(TRANSLATIONS / "liaison_en.ts"):
        assert tr.text == source and tr.get("type") is None, (context, source)


def test_tooltips_name_the_french_shortcut_letter():
    """"Next step (Alt+N)" is right only if the French button has that letter."""
    fr = {(c, s): t.text for c, s, t in _messages(TRANSLATIONS / "liaison_fr.ts")}
    pairs = [("RequestWizard", "&Next", "Next step (Alt+N)"), ("RequestWizard", "&Back", "Previous step (Alt+B)"),
             ("CaseView", "Log &sent…", "Log something sent about this case (Alt+S)"),
             ("CaseView", "Log &received…", "Log something received about this case (Alt+R)")]
    for context, button, tip in pairs:
        if (context, button) not in fr:
            continue  # the control was renamed: nothing to compare
        letter = MNEMONIC.search(fr[(context, button)]).group(0)[1].upper()
        assert f"(Alt+{letter})" in fr[(context, tip)], (button, fr[(context, button)], fr[(context, tip)])


def test_compiled_files_match_the_sources(tmp_path):
    for lang in ("en", "fr"):
        out = tmp_path / f"liaison_{lang}.qm"
        subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TRANSLATIONS / f"liaison_{lang}.ts"),
                        "-qm", str(out)], check=True, timeout=60)
        assert out.read_bytes() == (TRANSLATIONS / f"liaison_{lang}.qm").read_bytes(), (
            f"liaison_{lang}.qm is stale: run packaging/update-translations.sh")


def test_every_string_of_the_interface_is_in_the_translation_files(tmp_path):
    """Re-extracting from ui/*.py finds nothing that the committed .ts lacks."""
    for f in TRANSLATIONS.glob("*.ts"):
        shutil.copy(f, tmp_path / f.name)
    env = dict(os.environ, TRANSLATIONS_DIR=str(tmp_path), PYTHON=sys.executable,
               LUPDATE=str(TOOLS / "pyside6-lupdate"), LRELEASE=str(TOOLS / "pyside6-lrelease"))
    subprocess.run(["sh", str(ROOT / "packaging" / "update-translations.sh")], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=120)
    fresh = {(c, s) for c, s, _t in _messages(tmp_path / "liaison_fr.ts")}
    committed = {(c, s) for c, s, _t in _messages(TRANSLATIONS / "liaison_fr.ts")}
    assert fresh - committed == set(), "new strings: run packaging/update-translations.sh and translate them"
    assert all(t.get("type") != "unfinished" for _c, _s, t in _messages(tmp_path / "liaison_fr.ts"))


# ------------------------------------------------------------- the language
def test_language_choice(tmp_path):
    assert i18n.available_languages() == {"en": "English", "fr": "Français"}
    assert i18n.normalise("fr_FR") == "fr" and i18n.normalise("fr-BE") == "fr"
    assert i18n.normalise("de") == "en" and i18n.normalise(None) == "en"
    qs = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert i18n.startup_language(qs) == i18n.system_language()
    assert i18n.system_language() in i18n.available_languages()
    qs.setValue("ui/language", "fr")
    assert i18n.startup_language(qs) == "fr"
    qs.setValue("ui/language", "xx")
    assert i18n.startup_language(qs) == "en"


def test_install_translates_ours_and_qt_own_strings(qapp):
    assert i18n.install(qapp, "fr") == "fr"
    assert i18n.current_language() == "fr"
    assert QCoreApplication.translate("Sections", "Cases") == "Dossiers"
    assert QCoreApplication.translate("UnlockPage", "Unlock") == "Déverrouiller"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own, from qtbase_fr
    i18n.install(qapp, "en")
    assert QCoreApplication.translate("Sections", "Cases") == "Cases"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.fixture
def demo_window(qtbot, tmp_path):
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    demo.populate(session.vault)
    win.refresh_all()
    return win


def _nav_titles(win) -> list[str]:
    return [re.sub(r"\s+[\d,]+$", "", win.nav.item(row).text()) for row in range(win.nav.count())]


def test_switching_to_french_and_back_at_run_time(demo_window, qtbot):
    win = demo_window
    win.show_section("cases")
    assert _nav_titles(win)[:2] == ["Dashboard", "Cases"]
    i18n.apply_language(win, "fr")
    assert _nav_titles(win)[:2] == ["Tableau de bord", "Dossiers"]
    assert [a.text() for a in win.section_actions][:2] == ["Tableau de bord", "Dossiers"]
    assert win.vault_menu.title() == "&Coffre" and win.lock_action.text() == "&Verrouiller"
    assert win.search.placeholderText() == "Rechercher (Ctrl+K)"
    assert win.vault_status.text().startswith("Coffre")
    assert win.current_section() == "cases"  # the officer stays where they were
    if len(getattr(win, "tool_actions", [])) == 3:  # the Tools menu ui.workspace adds
        assert win.tool_actions[0].text() == "&Paramètres…"
    texts = {lab.text() for lab in win.pages["dashboard"].findChildren(QLabel)}
    heading = QCoreApplication.translate("DashboardPage2", "What needs me today")
    assert heading == "À traiter aujourd'hui"
    if SECTIONS["dashboard"].__name__ == "DashboardPage2":
        assert heading in texts
    else:  # the shell's own dashboard
        assert "Tableau de bord" in texts
    i18n.apply_language(win, "en")
    assert _nav_titles(win)[:2] == ["Dashboard", "Cases"]
    assert win.vault_menu.title() == "&Vault"


def test_an_unsaved_form_is_not_thrown_away_by_a_switch(demo_window):
    win = demo_window
    win.show_section("cases")
    page = win.pages["cases"]
    if not hasattr(page, "new_case"):
        pytest.skip("the cases page of this version has no editor")
    page.new_case()
    page.editor.title_edit.setText("Typed but not saved")
    assert page.editor.is_dirty()
    i18n.apply_language(win, "fr")
    assert win.pages["cases"] is page  # not rebuilt: the typing is still there
    assert page.editor.title_edit.text() == "Typed but not saved"
    assert _nav_titles(win)[:2] == ["Tableau de bord", "Dossiers"]  # the frame did switch
    assert "prochain déverrouillage" in win.statusBar().currentMessage()
    page.editor.title_edit.clear()
    page.editor.start_new()
    assert not page.editor.is_dirty()
    i18n.apply_language(win, "en")
    assert win.pages["cases"] is not page  # nothing unsaved: rebuilt in English
    assert win.pages["cases"].isVisible() or win.current_section() == "cases"


def test_saving_the_settings_switches_the_window(demo_window, tmp_path):
    from ui.settings_dialog import SettingsDialog

    win = demo_window
    dialog = SettingsDialog(win.session, win)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("fr"))
    assert dialog.save()
    assert i18n.current_language() == "fr"
    assert _nav_titles(win)[0] == "Tableau de bord"
    assert win._settings.value("ui/language") == "fr"
    dialog.close()


def _checked(root: QWidget) -> int:
    """How many visible labels and buttons with text ``_clipped`` looks at."""
    return sum(1 for w in root.findChildren(QWidget) if w.isVisible() and isinstance(w, (QLabel, QAbstractButton))
               and w.text())


def _clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and drop-down lists whose text does not fit their width."""
    bad = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
            if w.sizeHint().width() > w.width() + 1:
                bad.append(f"label {w.text()!r}: needs {w.sizeHint().width()}, has {w.width()}")
        elif isinstance(w, QComboBox) and w.currentText() and not w.isEditable():
            # The chosen item's text beside the drop-down arrow.
            needed = w.fontMetrics().horizontalAdvance(w.currentText()) + 28
            if needed > w.width() + 1:
                bad.append(f"list {w.currentText()!r}: needs {needed}, has {w.width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if isinstance(w, QToolButton) and w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
                continue  # shows its icon; the text is its accessible name
            if w.sizeHint().width() > w.width() + 1:
                bad.append(f"button {w.text()!r}: needs {w.sizeHint().width()}, has {w.width()}")
    return bad


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_open_case_and_its_filters_hold_at_the_smallest_first_window(demo_window, language):
    """At 1180x760 (the first window on a small screen) the case header beside the list keeps every
    button, reference and fact whole, and the list's filters wrap rather than being cut."""
    win = demo_window
    i18n.apply_language(win, language)
    win.resize(1180, 760)
    win.show_section("cases")
    page = win.pages["cases"]
    case_id = win.session.vault.cases.list(limit=1).items[0]["id"]
    page.open_record("case", case_id)
    QApplication.processEvents()
    header = page.view.header
    assert _checked(header) > 8
    assert _clipped(header) == []
    assert _clipped(page.list_view) == []
    right_edge = header.mapTo(win, header.rect().topRight()).x()
    for w in header.findChildren(QAbstractButton):
        if w.isVisible():  # inside the header's frame, not pushed past its edge
            assert w.mapTo(win, w.rect().topRight()).x() <= right_edge, w.text()


def test_french_layouts_hold_at_the_default_size(demo_window, qtbot):
    win = demo_window
    i18n.apply_language(win, "fr")
    win.resize(1180, 760)
    problems = {}
    for key in list(win.pages):
        win.show_section(key)
        QApplication.processEvents()
        assert _checked(win) > 5, key  # the page is on screen, with its texts
        found = _clipped(win)
        if found:
            problems[key] = found
    assert problems == {}


def test_unlock_screen_in_french(qtbot, tmp_path, qapp):
    i18n.install(qapp, "fr")
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    page = win.unlock_page
    assert win.states.currentWidget() is page
    assert page.title.text() == "Liaison est verrouillé"
    assert page.unlock_button.text() == "Déverrouiller"
    assert page.vault_line.text().startswith("Coffre\u00a0: ")
    assert page.other_link.text() == "Ouvrir un autre coffre..."
    page.unlock_with_passphrase()  # empty: the refusal is in French too
    assert page.error.text() == "Saisissez la phrase de passe, puis appuyez sur Déverrouiller."
    assert _clipped(page) == []
    assert _checked(page) > 5
    # Back to English while locked: the unlock screen is rebuilt, still working.
    i18n.apply_language(win, "en")
    assert win.unlock_page is not page
    assert win.states.currentWidget() is win.unlock_page
    assert win.unlock_page.title.text() == "Liaison is locked"
    unlock(qtbot, win, PASSPHRASE)
    assert win.session.is_open


def test_french_screenshots_are_written(demo_window, tmp_path):
    from ui import shots_i18n

    shots = shots_i18n.shoot(demo_window, demo_window.session, tmp_path / "shots")
    assert len(shots) >= 10
    for path in shots:
        assert path.stat().st_size > 5_000, path
    assert i18n.current_language() == "en"  # the window is left in the language it had
    assert demo_window.vault_menu.title() == "&Vault"


def test_values_of_the_core_lists_shown_on_screen_are_translated(qapp):
    """The directory, agreement and exchange screens translate the core's list
    values at run time; a value added to a core list must reach the catalogue."""
    from liaison import handling as core_handling
    from liaison.records.agreements import TYPE_LABELS, measures
    from liaison.records.exchanges import ACCESS, OUTCOMES, URGENCIES
    from ui import agreement_editor, contact_editor, exchange_log_editor, exchanges_page

    values = [*exchange_log_editor.REQUEST_TYPE_LABELS.values(), *exchange_log_editor.DIRECTION_LABELS.values(),
              *core_handling.channels(), *measures().values(), *agreement_editor.DATE_LABELS.values(),
              *agreement_editor.ORIGIN_LABELS.values(), *contact_editor.KIND_LABELS.values(),
              *exchanges_page.DEADLINE_STATES.values(), *(t[:1].upper() + t[1:] for t in TYPE_LABELS.values())]
    for seq in (URGENCIES, ACCESS, OUTCOMES):
        values += [*seq, *(v.capitalize() for v in seq)]
    codes = core_handling._codes()
    values += [*codes["source_reliability"].values(), *codes["information_accuracy"].values()]
    same_in_french = {"Europol SIENA", "INTERPOL I-24/7", "Police", "Direct", "direct", "Indirect", "indirect"}
    i18n.install(qapp, "fr")
    missing = [v for v in values if v not in same_in_french and QCoreApplication.translate("Directory", v) == v]
    assert missing == [], "add them to ui.i18n.DIRECTORY_VALUES, then run packaging/update-translations.sh"


def test_country_and_language_pickers_speak_french(qtbot, qapp):
    from ui.pickers import CountryPicker, LanguagePicker

    i18n.install(qapp, "fr")
    countries = CountryPicker()
    qtbot.addWidget(countries)
    countries.setValue("DE")
    assert countries.lineEdit().text() == "Allemagne (DE)"
    assert countries.search("Allemagne")[0] == "DE"
    assert countries.search("Germany")[0] == "DE"  # the English name still finds it
    assert countries.search("Deutschland")[0] == "DE"
    languages = LanguagePicker()
    qtbot.addWidget(languages)
    languages.setValue("ar")
    assert languages.lineEdit().text() == "Arabe (ar)"
    i18n.install(qapp, "en")
    english = CountryPicker()
    qtbot.addWidget(english)
    english.setValue("DE")
    assert english.lineEdit().text() == "Germany (DE)"


def test_first_run_screen_in_french(qtbot, tmp_path, qapp):
    i18n.install(qapp, "fr")
    session = make_session(tmp_path)
    win = open_window(qtbot, session)
    page = win.first_run
    assert win.states.currentWidget() is page
    assert page.title.text() == "Bienvenue dans Liaison"
    assert page.create_button.text() == "Créer le coffre"
    page.pass1.setText("court")
    assert page.meter.words.text().startswith("Robustesse (estimation)\u00a0: Trop courte.")
    assert _clipped(page) == []


def test_palette_actions_follow_a_language_switch(qtbot, tmp_path):
    from shell_helpers import make_session, make_vault, open_window, unlock

    from ui import i18n

    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    try:
        i18n.apply_language(win, "fr")
        titles = {a.name: a.title for a in win.palette_widget.actions_list}
        assert titles["new-case"] == QCoreApplication.translate("Workspace", "New case") != "New case"
        assert win.tools_menu.title() != "&Tools"
    finally:
        i18n.apply_language(win, "en")
    assert {a.name: a.title for a in win.palette_widget.actions_list}["new-case"] == "New case"
