"""The Cases section: list, editor, case view, status actions, exchanges,
legal-basis finder, clipboard, consultation audit and a 100,000-case vault."""

from __future__ import annotations

import pytest
from case_helpers import build_demo_vault, open_copy
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from liaison.timeutil import utcnow_iso
from ui import clipboard, dialogs
from ui.cases_page import CasesPage
from ui.persons_page import PersonsPage
from ui.sections import SECTIONS

WAIT_MS = 10_000


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory):
    return build_demo_vault(tmp_path_factory.mktemp("demo-cases"))


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
    win.show_section("cases")
    p = win.pages["cases"]
    assert isinstance(p, CasesPage)
    return p


def _consultations(vault, case_id: str) -> int:
    return len(vault.audit.list(record_type="case", record_id=case_id, action="consult", limit=1000))


def _select_row(page, row: int) -> str:
    page.list_view.table.selectRow(row)
    case_id = page.list_view.current_id()
    assert case_id
    return case_id


# ------------------------------------------------------------------------------------------ list


def test_the_list_model_passes_qtmodeltester_and_shows_the_demo_cases(qtmodeltester, page):
    qtmodeltester.check(page.model)
    vault = page.session.vault
    total = vault.db.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert page.model.rowCount() == min(total, 50)
    newest = vault.cases.list(sort="reference", descending=True, limit=1).items[0]
    assert page.model.record(0)["reference"] == newest["reference"]
    active = vault.db.execute(
        "SELECT count(*) FROM cases WHERE status NOT IN ('closed', 'archived')").fetchone()[0]
    assert page.nav_count() == active


def test_filters_are_done_by_the_core(qtbot, page):
    lv = page.list_view
    combo = lv.combo("urgency")
    combo.setCurrentIndex(combo.findData("urgent"))
    vault = page.session.vault
    urgent = vault.db.execute("SELECT count(*) FROM cases WHERE urgency = 'urgent'").fetchone()[0]
    assert urgent > 0
    assert page.model.rowCount() == urgent
    assert all(page.model.record(r)["urgency"] == "urgent" for r in range(page.model.rowCount()))
    combo.setCurrentIndex(0)
    lv.filter_edit.setText("LO-2026-0001")
    lv.apply_filters()
    assert page.model.rowCount() == 1


# ---------------------------------------------------------------------------------------- editor


def test_create_a_case_through_the_editor(qtbot, page, multiscript):
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ed = page.editor
    assert page.right.currentWidget() is ed
    qtbot.keyClicks(ed.title_edit, "Stolen lorries on the A4")
    ed.requesting_picker.setValue("AT")
    ed.requested_picker.setValue("PL")
    ed.summary_edit.setPlainText("Свидетель: Ολγα Παπαδοπούλου, 王伟")
    ed.offence_picker.setValue("stolen-vehicles-trafficking")
    ed.handling_picker.setValue("TLP:AMBER")
    qtbot.keyClicks(ed.tags_edit, "lorries, A4")
    before = page.session.vault.db.execute("SELECT count(*) FROM cases").fetchone()[0]
    qtbot.keyClick(ed, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    vault = page.session.vault
    assert vault.db.execute("SELECT count(*) FROM cases").fetchone()[0] == before + 1
    case_id = page.view.case_id
    stored = vault.cases.get(case_id)
    assert stored["title"] == "Stolen lorries on the A4"
    assert stored["summary"] == "Свидетель: Ολγα Παπαδοπούλου, 王伟"
    assert (stored["requesting_state"], stored["requested_state"]) == ("AT", "PL")
    assert stored["handling"] == "TLP:AMBER" and stored["tags"] == ["lorries", "A4"]
    assert page.right.currentWidget() is page.view
    assert page.model.row_for_id(case_id) >= 0  # the list re-queried: the new case is in it
    assert page.view.reference_label.text() == stored["reference"]


def test_edit_a_case_and_the_list_row_is_refreshed(qtbot, page):
    case_id = _select_row(page, 0)
    page.view.edit_button.click()
    ed = page.editor
    assert page.right.currentWidget() is ed and not ed.is_dirty()
    ed.title_edit.setText("Renamed by the editor test")
    ed.save()
    assert page.session.vault.cases.get(case_id)["title"] == "Renamed by the editor test"
    row = page.model.row_for_id(case_id)
    assert page.model.record(row)["title"] == "Renamed by the editor test"
    assert page.view.title_label.text() == "Renamed by the editor test"


def test_a_core_validation_error_shows_under_its_field_and_nothing_is_written(qtbot, page):
    page.new_case()
    ed = page.editor
    ed.title_edit.setText("Two states that are one")
    ed.requesting_picker.setValue("AT")
    ed.requested_picker.setValue("AT")
    vault = page.session.vault
    before = vault.db.execute("SELECT count(*) FROM cases").fetchone()[0]
    audit_before = vault.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert ed.save()
    assert "a case is between two states" in (ed.error("requested_state") or "")
    assert vault.db.execute("SELECT count(*) FROM cases").fetchone()[0] == before
    assert vault.db.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_before
    assert page.right.currentWidget() is ed and ed.is_dirty()
    # urgent without a reason: the core's message under the reason
    ed.requested_picker.setValue("DE")
    ed.urgency_combo.setCurrentIndex(ed.urgency_combo.findData("urgent"))
    ed.save()
    assert "needs the reason" in (ed.error("urgency_reason") or "")
    assert vault.db.execute("SELECT count(*) FROM cases").fetchone()[0] == before


def test_escape_on_a_dirty_editor_asks_before_throwing_changes_away(qtbot, page):
    page.new_case()
    ed = page.editor
    qtbot.keyClicks(ed.title_edit, "Half typed")
    dialogs.next_answer(False, kind="confirm")
    qtbot.keyClick(ed.title_edit, Qt.Key.Key_Escape)
    assert dialogs.calls[-1].kind == "confirm" and "Discard" in dialogs.calls[-1].args["title"]
    assert page.right.currentWidget() is ed and ed.title_edit.text() == "Half typed"
    dialogs.next_answer(True, kind="confirm")
    qtbot.keyClick(ed.title_edit, Qt.Key.Key_Escape)
    assert page.right.currentWidget() is not ed
    # changing only the H3 restriction of a case also counts as a change
    vault = page.session.vault
    case_id = vault.cases.add(title="H3 case", requesting_state="AT", requested_state="DE", handling="H3",
                              handling_h3_text="Not to be passed to third states").id
    page.edit_case(case_id)
    assert not ed.is_dirty() and ed.handling_picker.h3_text() == "Not to be passed to third states"
    ed.handling_picker.h3_edit.setText("Not to be passed on")
    assert ed.is_dirty()
    ed.save()
    assert vault.cases.get(case_id)["handling_h3_text"] == "Not to be passed on"
    assert not ed.is_dirty()


# -------------------------------------------------------------------------------------- case view


def test_opening_a_case_is_audited_once_per_opening(qtbot, page):
    vault = page.session.vault
    case_id = vault.cases.list(sort="reference", limit=1).items[0]["id"]
    before = _consultations(vault, case_id)
    page.open_record("case", case_id)
    assert page.view.case_id == case_id
    assert _consultations(vault, case_id) == before + 1
    page.view.reload()  # a re-read after a write is not a new consultation
    page.view.tabs.setCurrentIndex(5)
    assert _consultations(vault, case_id) == before + 1
    page.show_case(case_id)
    assert _consultations(vault, case_id) == before + 2
    table = page.view.history_table
    history = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert history[0] == "consult" and history[-1] == "create"  # newest first
    assert table.rowCount() == len(vault.audit.list(record_type="case", record_id=case_id, limit=1000))


def test_status_change_with_confirmation_and_a_refused_one(qtbot, page):
    vault = page.session.vault
    case_id = vault.cases.add(title="Status test", requesting_state="AT", requested_state="DE").id
    page.open_record("case", case_id)
    view = page.view
    assert set(view.status_buttons) == {"open", "closed"}
    # the officer says no: nothing changes
    dialogs.next_answer(False, kind="confirm")
    assert not view.change_status("open")
    assert vault.cases.get(case_id)["status"] == "draft"
    dialogs.next_answer(True, kind="confirm")
    view.status_buttons["closed"].click()
    assert vault.cases.get(case_id)["status"] == "closed"
    assert view.status_label.text() == "Closed"
    assert set(view.status_buttons) == {"archived", "open"}
    assert "Reopen" in view.status_buttons["open"].text()
    # reopening without a reason: the core refuses and says why
    dialogs.next_answer(True, kind="confirm")
    assert not view.change_status("open")
    assert "needs a reason" in view.message_text()
    assert vault.cases.get(case_id)["status"] == "closed"
    view.status_reason.setText("New evidence arrived from Germany")
    dialogs.next_answer(True, kind="confirm")
    assert view.change_status("open")
    assert vault.cases.get(case_id)["status"] == "open"
    assert view.status_reason.text() == ""


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_log_a_received_request_and_see_the_cross_check(qtbot, page, tmp_path):
    """Over a case, the log's own editor (every field the log has: urgency, access, legal basis...) for an
    entry of that case; an urgent request on directly accessible information gets its 8-hour deadline."""
    from datetime import datetime

    vault = page.session.vault
    person = vault.persons.list(limit=1).items[0]
    case = vault.cases.list(sort="reference", limit=1).items[0]
    case_id = case["id"]
    page.open_record("case", case_id)
    before = vault.db.execute("SELECT count(*) FROM exchanges").fetchone()[0]
    view = page.view
    view.log_received_button.click()
    ed = view.exchange_editor
    assert ed is not None and ed.values()["direction"] == "received"
    assert ed.values()["case"] == case["reference"] and not ed.field("case").isEnabled()  # this case's entry
    _choose(ed.field("request_type"), "information-request")
    _choose(ed.field("urgency"), "urgent")
    _choose(ed.field("information_access"), "direct")
    qtbot.keyClicks(ed.field("summary"), "Request about a known person")
    ed.field("names").setPlainText(person["display_name"])
    _choose(ed.field("channel"), "Europol SIENA")
    contact = vault.contacts.list(limit=1).items[0]
    lookup = ed.field("counterpart")
    lookup.setValue(contact["id"])
    letter = tmp_path / "request.txt"
    letter.write_text("Please check the person named in the request.", encoding="utf-8")
    dialogs.next_answer(str(letter), kind="open_file")
    ed.field("attachments").add_button.click()
    assert ed.field("attachments").value() == [str(letter)]
    ed.save()
    # A save with files runs off the main thread: the form is read-only until it is done.
    assert ed.saving and not ed.save_button.isEnabled() and not ed.field("summary").isEnabled()
    qtbot.waitUntil(lambda: not ed.saving)
    assert vault.db.execute("SELECT count(*) FROM exchanges").fetchone()[0] == before + 1
    assert view.last_cross_check is not None
    matched = [p["id"] for p in view.last_cross_check["persons"]]
    assert person["id"] in matched
    assert view.cross_check_box.isVisibleTo(view)
    texts = [view.cross_check_tree.topLevelItem(i).text(0) for i in range(view.cross_check_tree.topLevelItemCount())]
    assert any(t.startswith("Persons: ") and not t.endswith(": 0") for t in texts)
    seq = vault.db.execute("SELECT max(seq) FROM exchanges").fetchone()[0]
    assert view.timeline.item(0, 0).text() == f"#{seq}"
    assert "Received" in view.timeline.item(0, 2).text()
    entry = vault.exchanges.get(f"#{seq}")
    assert entry["counterpart_id"] == contact["id"] and entry["counterpart_country"] == contact["country"]
    assert [a["filename"] for a in entry["attachments"]] == ["request.txt"]
    assert entry["channel"] == "Europol SIENA" and entry["case_id"] == case_id
    assert (entry["urgency"], entry["information_access"]) == ("urgent", "direct")
    starts, due = vault.db.execute("SELECT starts_at, due_at FROM deadlines WHERE exchange_id = ?",
                                   (entry["id"],)).fetchone()
    assert (datetime.fromisoformat(due) - datetime.fromisoformat(starts)).total_seconds() == 8 * 3600


def test_an_exchange_refused_by_the_core_shows_the_message_and_logs_nothing(qtbot, page):
    from datetime import UTC, datetime, timedelta

    vault = page.session.vault
    case_id = vault.cases.list(sort="reference", limit=1).items[0]["id"]
    page.open_record("case", case_id)
    before = vault.db.execute("SELECT count(*) FROM exchanges").fetchone()[0]
    ed = page.view.log_exchange("sent")
    ed.field("summary").setPlainText("Logged ahead of time")
    ed.field("occurred_at").setValue(datetime.now(UTC) + timedelta(days=2))
    ed.save()
    assert "future" in (ed.error("occurred_at") or "")
    assert vault.db.execute("SELECT count(*) FROM exchanges").fetchone()[0] == before
    assert page.view.exchange_dialog.isVisible()  # the officer corrects it there


def test_legal_basis_finder_shows_results_and_exclusions_and_sets_the_basis(qtbot, page):
    vault = page.session.vault
    case_id = vault.cases.add(title="Finder test", requesting_state="AT", requested_state="MA").id
    page.open_record("case", case_id)
    view = page.view
    view.finder_button.click()
    assert view.finder.isVisibleTo(view)
    view.measure_combo.setCurrentIndex(view.measure_combo.findData("hearing"))
    view.find_button.click()
    result = view.last_finder_result
    expected = vault.agreements.find_basis("AT", "MA", "hearing")
    assert [r["agreement_id"] for r in result["results"]] == [r["agreement_id"] for r in expected["results"]]
    assert expected["results"], "the demo has a treaty between AT and MA"
    shown = view.finder_results.toPlainText()
    for r in expected["results"]:
        assert r["reasons"][0] in shown
    for r in expected["excluded"]:
        assert r["reason"] in shown
    assert f"Excluded ({len(expected['excluded'])})" in shown
    best = expected["results"][0]
    assert shown.index(best["reference"]) < shown.index("Excluded")
    assert view.basis_combo.currentData() == best["agreement_id"]
    assert view.use_basis_button.isEnabled()
    view.use_basis_button.click()
    assert vault.cases.get(case_id)["legal_basis_id"] == best["agreement_id"]
    assert best["reference"] in view.summary_values["legal_basis"].text()


def test_copying_a_reference_clears_the_clipboard_after_the_delay(qtbot, page):
    case_id = _select_row(page, 0)
    view = page.view
    view.clipboard_delay_ms = 50
    view.copy_reference_button.click()
    board = QGuiApplication.clipboard()
    ref = page.session.vault.cases.get(case_id)["reference"]
    assert board.text() == ref
    qtbot.waitUntil(lambda: board.text() == "", timeout=WAIT_MS)
    assert not clipboard.pending()


def test_persons_tab_links_and_unlinks(qtbot, page):
    vault = page.session.vault
    case_id = vault.cases.add(title="Link test", requesting_state="AT", requested_state="DE").id
    person = vault.persons.list(limit=1).items[0]
    page.open_record("case", case_id)
    view = page.view
    view.link_edit.setText(person["reference"])
    view.link_role.setCurrentIndex(view.link_role.findData("witness"))
    assert view.link_person()
    assert view.persons_table.rowCount() == 1
    assert view.persons_table.item(0, 1).text() == person["display_name"]
    assert view.persons_table.item(0, 2).text() == "Witness"
    view.persons_table.selectRow(0)
    dialogs.next_answer(True, kind="confirm")
    assert view.unlink_selected()
    assert vault.cases.get(case_id)["persons"] == []
    # opening a linked person goes to the Persons section
    view.link_edit.setText(person["reference"])
    assert view.link_person()
    view.persons_table.selectRow(0)
    view.open_person_button.click()
    win = page.window()
    assert win.current_section() == "persons"
    assert win.pages["persons"].view.person_id == person["id"]
    # the consultation's log says which case the person was opened for
    consulted = vault.audit.list(record_id=person["id"], action="consult")
    case_ref = vault.cases.get(case_id)["reference"]
    assert consulted and consulted[0]["justification"] == f"for case {case_ref}"
    # a new person created from the case is linked to it
    win.show_section("cases")
    view.new_person_button.click()
    persons = win.pages["persons"]
    assert win.current_section() == "persons" and persons.right.currentWidget() is persons.editor
    assert "in case" in persons.editor.title_label.text()
    persons.editor.names_editor.rows[0][0].setText("Chen Jing 陈静")
    persons.editor.save()
    linked = [p["display_name"] for p in vault.cases.get(case_id)["persons"]]
    assert "Chen Jing 陈静" in linked
    win.show_section("cases")
    # a reference that names nobody: the core's message, nothing linked
    view.link_edit.setText("P-1999-9999")
    assert not view.link_person()
    assert "No person" in view.message_text()


def test_deadlines_tab_shows_state_in_words_and_the_counterparts_time(qtbot, page):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    vault = page.session.vault
    row = vault.db.execute(
        "SELECT d.case_id, d.id, d.due_at, c.time_zone FROM deadlines d JOIN exchanges e ON e.id = d.exchange_id "
        "JOIN contacts c ON c.id = e.counterpart_id WHERE c.time_zone != '' AND d.case_id IS NOT NULL "
        "ORDER BY d.due_at LIMIT 1").fetchone()
    case_id, deadline_id, due_at, zone = row
    page.open_record("case", case_id)
    table = page.view.deadlines_table
    expected = vault.deadlines.list(case=case_id, limit=200).items
    assert table.rowCount() == len(expected)
    words = {"due": "Due", "overdue": "⚠ Overdue", "met": "✓ Met"}
    for r, d in enumerate(expected):
        assert table.item(r, 1).text() == words[d["state"]]
    r = next(i for i, d in enumerate(expected) if d["id"] == deadline_id)
    local = datetime.fromisoformat(due_at).astimezone(ZoneInfo(zone))
    assert table.item(r, 3).text() == f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def test_locking_drops_the_case(qtbot, page):
    case_id = _select_row(page, 0)
    assert page.view.case_id == case_id
    win = page.window()
    win.lock()
    qtbot.waitUntil(lambda: not win.pages, timeout=WAIT_MS)
    assert page.view.case is None and page.model is None


def test_screenshots_are_taken_of_every_screen(qtbot, page, tmp_path):
    from ui.shots_cases import shoot

    win = page.window()
    paths = shoot(win, win.session, tmp_path / "shots")
    assert len(paths) == 13
    assert all(p.exists() and p.stat().st_size > 10_000 for p in paths)


# ----------------------------------------------------------------------------------------- scale


def _big_vault(vault, n: int) -> None:
    """n open cases written in one SQL statement (as bench/bench_cases.py does, but in SQL)."""
    now = utcnow_iso()
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO cases (id, reference, title, status, requesting_state, requested_state, created_at, "
            "updated_at) WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "SELECT printf('01HZZ%021d', i), printf('BIG-%06d', i), 'Case number ' || i, 'open', 'AT', 'DE', ?, ? "
            "FROM n", (n - 1, now, now))


def test_a_100000_case_vault_loads_one_page_only(qtbot, tmp_path):
    from shell_helpers import make_session, make_vault, open_window, unlock

    from liaison.vault import Vault
    session = make_session(tmp_path)
    make_vault(session.vault_path)
    from conftest import PASSPHRASE
    from keyrings import MemoryKeyring

    from liaison.keychain import Keychain
    v = Vault.open(session.vault_path, PASSPHRASE, keychain=Keychain(MemoryKeyring()))
    _big_vault(v, 100_000)
    v.close()
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    page = win.pages["cases"]
    win.show_section("cases")
    QApplication.processEvents()
    assert page.model.fetch_count <= 2
    assert page.model.rowCount() <= 100
    assert page.model.has_more()
    assert page.nav_count() == 100_000
    page.list_view.table.scrollToBottom()
    QApplication.processEvents()
    assert page.model.rowCount() <= 200


def test_keyboard_shortcuts_of_the_case_view(qtbot, page):
    case_id = _select_row(page, 0)
    view = page.view
    assert view.case_id == case_id
    qtbot.keyClick(view.tabs, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert view.finder.isVisibleTo(view) and view.finder_button.isChecked()
    qtbot.keyClick(view.tabs, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not view.finder.isVisibleTo(view)
    qtbot.keyClick(view.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.right.currentWidget() is page.editor and page.editor.case_id == case_id
    assert "Ctrl+B" in view.finder_button.toolTip() and "Ctrl+N" in page.new_button.toolTip()


def test_the_splitter_position_is_remembered_across_a_lock(qtbot, page):
    win = page.window()
    page.splitter.setSizes([300, 900])
    page._save_splitter()
    first = page.splitter.sizes()[0]
    win.lock()
    qtbot.waitUntil(lambda: not win.pages, timeout=WAIT_MS)
    from shell_helpers import unlock

    unlock(qtbot, win)
    win.show_section("cases")
    again = win.pages["cases"]
    assert again is not page
    assert abs(again.splitter.sizes()[0] - first) <= 2
