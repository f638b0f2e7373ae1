"""The Persons section: list, person editor with names in many scripts, the
person view (facts and assessments apart), erasure and consultation audit."""

from __future__ import annotations

import pytest
from case_helpers import build_demo_vault, open_copy
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ui import clipboard, dialogs
from ui.cases_page import CasesPage
from ui.persons_page import PersonsPage
from ui.sections import SECTIONS

WAIT_MS = 10_000


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory):
    return build_demo_vault(tmp_path_factory.mktemp("demo-persons"))


@pytest.fixture(autouse=True)
def _seam(monkeypatch):
    monkeypatch.setitem(SECTIONS, "cases", CasesPage)
    monkeypatch.setitem(SECTIONS, "persons", PersonsPage)
    dialogs.reset()
    yield
    dialogs.reset()
    clipboard.clear_if_ours()


@pytest.fixture
def page(qtbot, tmp_path, demo_source):
    win = open_copy(qtbot, tmp_path, demo_source)
    win.show_section("persons")
    p = win.pages["persons"]
    assert isinstance(p, PersonsPage)
    return p


def test_the_list_model_passes_qtmodeltester_and_filters_by_category(qtmodeltester, page):
    qtmodeltester.check(page.model)
    vault = page.session.vault
    live = vault.db.execute("SELECT count(*) FROM persons WHERE erased_at = ''").fetchone()[0]
    assert page.nav_count() == live
    assert page.model.rowCount() == min(live, 50)
    combo = page.list_view.combo("category")
    combo.setCurrentIndex(combo.findData("victim"))
    victims = vault.db.execute("SELECT count(*) FROM persons WHERE category = 'victim' AND erased_at = ''"
                               ).fetchone()[0]
    assert page.model.rowCount() == victims
    assert {page.model.record(r)["category"] for r in range(page.model.rowCount())} == {"victim"}


def test_a_person_with_arabic_and_chinese_names_is_created_and_shown_exactly(qtbot, page):
    arabic, chinese = "محمد بن سلمان العتيبي", "王小明"
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ed = page.editor
    assert page.right.currentWidget() is ed
    first = ed.names_editor.rows[0]
    first[0].setText(arabic)
    qtbot.keyClicks(first[1], "Arabic")
    first[2].setValue("ar")
    second = ed.names_editor.add_row()
    second[0].setText(chinese)
    second[1].setText("Han")
    second[2].setValue("zh")
    ed.category_combo.setCurrentIndex(ed.category_combo.findData("witness"))
    qtbot.keyClicks(ed.dob_edit, "1980-04")
    ed.nationality_picker.setValue("SA")
    doc = ed.documents_editor.add_row()
    qtbot.keyClicks(doc[1], "X1234567")
    doc[2].setValue("SA")
    ed.save()
    vault = page.session.vault
    person_id = page.view.person_id
    assert person_id and page.right.currentWidget() is page.view
    stored = vault.persons.get(person_id)
    assert stored["names"] == [{"text": arabic, "script": "Arabic", "lang": "ar"},
                               {"text": chinese, "script": "Han", "lang": "zh"}]
    assert stored["documents"][0]["number"] == "X1234567"
    shown = [page.view.names_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.view.names_list.count())]
    assert shown == [arabic, chinese]
    assert page.view.names_list.item(0).text().startswith(arabic)
    assert "Arabic" in page.view.names_list.item(0).text()
    assert page.view.name_label.text() == arabic
    translit = page.view.values["transliteration"].text()
    assert stored["transliteration_auto"] and "automatic" in translit
    assert page.model.row_for_id(person_id) >= 0


def test_a_core_refusal_shows_under_the_field_and_nothing_is_written(qtbot, page):
    page.new_person()
    ed = page.editor
    ed.names_editor.rows[0][0].setText("Иван Петров")
    ed.dob_edit.setText("2999-01-01")
    vault = page.session.vault
    before = vault.db.execute("SELECT count(*) FROM persons").fetchone()[0]
    ed.save()
    assert "plausible" in (ed.error("date_of_birth") or "")
    assert vault.db.execute("SELECT count(*) FROM persons").fetchone()[0] == before
    # a required field left empty: said before the core is asked
    page.editor.names_editor.rows[0][0].setText("")
    assert not ed.save()
    assert ed.error("names")


def test_facts_and_assessments_are_kept_apart(qtbot, page):
    vault = page.session.vault
    person_id = vault.persons.add(name="Олга Петрова", category="witness").id
    page.open_record("person", person_id)
    view = page.view
    view.facts_box.text_edit.setText("Rented flat 3 in Musterstraße 5 since 2024")
    view.facts_box.source_edit.setText("Land register extract")
    view.facts_box.add_button.click()
    view.assessments_box.text_edit.setText("Seems to know more than she says")
    view.assessments_box.source_edit.setText("Interviewing officer")
    view.assessments_box.add_button.click()
    stored = vault.persons.get(person_id)
    assert [f["text"] for f in stored["facts"]] == ["Rented flat 3 in Musterstraße 5 since 2024"]
    assert [a["text"] for a in stored["assessments"]] == ["Seems to know more than she says"]
    facts, assessments = view.facts_box.texts(), view.assessments_box.texts()
    assert len(facts) == 1 and "Musterstraße" in facts[0] and "Land register extract" in facts[0]
    assert len(assessments) == 1 and "Interviewing officer" in assessments[0]
    assert "Seems to know" not in facts[0] and "Musterstraße" not in assessments[0]
    # an entry without a source is refused by the core, and nothing is added
    view.facts_box.text_edit.setText("No source")
    view.facts_box.add_button.click()
    assert "source" in view.message_text()
    assert len(vault.persons.get(person_id)["facts"]) == 1


def test_erasing_asks_for_a_justification_and_the_data_is_gone(qtbot, page):
    vault = page.session.vault
    person_id = vault.persons.add(names=[{"text": "Ахмед Салех", "lang": "ru"}], category="suspect",
                                  date_of_birth="1970").id
    page.open_record("person", person_id)
    view = page.view
    view.erase_button.click()
    assert view.erase_panel.isVisibleTo(view)
    assert "removes for good" in view.erase_what.text() and "1 name(s)" in view.erase_what.text()
    # too short a justification: the core refuses; nothing erased
    view.erase_justification.setText("no")
    dialogs.next_answer(True, kind="confirm")
    assert not view.erase()
    assert not vault.persons.get(person_id)["erased"]
    # the officer changes their mind at the confirmation
    view.erase_justification.setText("Retention period ended; review of 2026")
    dialogs.next_answer(False, kind="confirm")
    assert not view.erase()
    assert not vault.persons.get(person_id)["erased"]
    dialogs.next_answer(True, kind="confirm")
    view.erase_confirm.click()
    stored = vault.persons.get(person_id)
    assert stored["erased"] and stored["date_of_birth"] == ""
    assert all("Ахмед" not in n["text"] for n in stored["names"])
    assert view.name_label.text() == "Erased person"
    entry = vault.audit.list(record_type="person", record_id=person_id, action="erase")[0]
    assert entry["justification"] == "Retention period ended; review of 2026"


def test_opening_a_person_is_audited_once_per_opening(qtbot, page):
    vault = page.session.vault
    person_id = vault.persons.list(limit=1).items[0]["id"]

    def consults() -> int:
        return len(vault.audit.list(record_type="person", record_id=person_id, action="consult", limit=1000))

    before = consults()
    page.open_record("person", person_id)
    assert consults() == before + 1
    page.view.reload()
    assert consults() == before + 1
    page.show_person(person_id)
    assert consults() == before + 2


def test_copy_reference_is_cleared_and_cases_open_the_case(qtbot, page):
    vault = page.session.vault
    row = vault.db.execute("SELECT person_id, case_id FROM case_persons LIMIT 1").fetchone()
    page.open_record("person", row[0])
    view = page.view
    view.clipboard_delay_ms = 30
    view.copy_button.click()
    board = QGuiApplication.clipboard()
    assert board.text() == view.person["reference"]
    qtbot.waitUntil(lambda: board.text() == "", timeout=WAIT_MS)
    assert view.cases_list.count() >= 1
    view.open_case.emit(view.cases_list.item(0).data(Qt.ItemDataRole.UserRole))
    win = page.window()
    assert win.current_section() == "cases"
    assert win.pages["cases"].view.case_id == row[1]


def test_edit_a_person_and_the_list_row_is_refreshed(qtbot, page):
    vault = page.session.vault
    person_id = vault.persons.add(names=[{"text": "Δημήτρης Παπάς", "lang": "el"}], category="suspect").id
    page.refresh()
    page.open_record("person", person_id)
    page.view.edit_button.click()
    ed = page.editor
    assert page.right.currentWidget() is ed and not ed.is_dirty()
    assert ed.display_edit.text() == ""  # follows the first name
    ed.names_editor.rows[0][0].setText("Δημήτριος Παπάς")
    assert ed.is_dirty()
    ed.save()
    stored = vault.persons.get(person_id)
    assert stored["names"][0]["text"] == "Δημήτριος Παπάς" and stored["display_name"] == "Δημήτριος Παπάς"
    assert stored["transliteration_auto"] and stored["transliteration"] == "Dimitrios Papas"
    assert page.view.name_label.text() == "Δημήτριος Παπάς"
    row = page.model.row_for_id(person_id)
    assert row >= 0 and page.model.record(row)["display_name"] == "Δημήτριος Παπάς"
