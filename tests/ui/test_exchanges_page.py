"""The Exchange log section: the paged list (one page of 200,000 entries), filters,
logging sent and received entries, corrections, response links, the cross-check
panel and attachments through the dialog seam."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from shell_helpers import make_session, open_window, unlock

from liaison import demo
from liaison.vault import Vault
from ui import dialogs
from ui.exchanges_page import ExchangesPage
from ui.sections import SECTIONS


@pytest.fixture(autouse=True)
def _seam():
    dialogs.reset()
    yield
    dialogs.reset()


def _page(qtbot, tmp_path, *, populate: bool = True) -> ExchangesPage:
    session = make_session(tmp_path)
    vault, _code = Vault.create(session.vault_path, PASSPHRASE)
    if populate:
        demo.populate(vault)
    session.attach(vault)
    page = ExchangesPage(session)
    qtbot.addWidget(page, before_close_func=lambda _w: session.close())
    page.resize(1400, 900)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, tmp_path) -> ExchangesPage:
    return _page(qtbot, tmp_path)


def _count(page, table: str = "exchanges") -> int:
    return int(page.session.vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _select_seq(page, seq: int) -> dict:
    rid = page.session.vault.exchanges.resolve(f"#{seq}")
    assert page.open_record("exchange", rid)
    return page.current_record


def test_model_passes_qtmodeltester_and_shows_words(page, qtmodeltester):
    model = page.model
    assert model.rowCount() == 50 and model.has_more()
    first = model.record(0)
    assert model.index(0, model.column_index("log_ref_text")).data() == f"#{first['seq']}"
    direction = model.index(0, model.column_index("direction")).data()
    assert direction in ("↗ Sent", "↙ Received")
    assert page.nav_count() == 200
    qtmodeltester.check(model, force_py=True)  # (it pages further itself)


def test_filters_by_direction_type_country_and_case(page):
    lst, model = page.list, page.model
    combo = lst.combo("direction")
    combo.setCurrentIndex(combo.findData("received"))
    assert model.rowCount() > 0
    assert {model.record(r)["direction"] for r in range(model.rowCount())} == {"received"}
    lst.clear_filters()
    rt = lst.combo("request_type")
    rt.setCurrentIndex(rt.findData("preservation-request"))
    assert {model.record(r)["request_type"] for r in range(model.rowCount())} == {"preservation-request"}
    lst.clear_filters()
    lst.filter_edit.setText("LO-2026-0002")
    lst.apply_filters()
    assert model.rowCount() > 0
    assert {model.record(r)["case_reference"] for r in range(model.rowCount())} == {"LO-2026-0002"}
    lst.filter_edit.setText("LO-1999-9999")
    lst.apply_filters()
    assert "No case" in lst.error_label.text()


def test_log_a_sent_entry_with_refusal_then_attachment(page, tmp_path, qtbot):
    before = (_count(page), _count(page, "audit"))
    page.sent_button.click()
    ed = page.editor
    assert page.is_editing() and ed.values()["direction"] == "sent"
    assert not ed.save_button.isEnabled()  # the summary is required
    ed.field("summary").setPlainText("Λίστα κλήσεων στάλθηκε — call records sent")
    channel = ed.field("channel")
    channel.setCurrentIndex(channel.findData("Europol SIENA"))
    lookup = ed.field("counterpart")
    lookup.setText("Wróbel")
    lookup.textEdited.emit("Wróbel")
    assert lookup.matches(), "the contact lookup asks the search index"
    lookup.pick(0)
    contact = page.session.vault.contacts.get(lookup.value())
    assert contact["name"] == "Agnieszka Wróbel"
    ed.field("case").setText("LO-2026-0002")
    ed.handling_picker.tlp_combo.setCurrentIndex(ed.handling_picker.tlp_combo.findText("TLP:AMBER"))
    ed.handling_picker.europol_combo.setCurrentIndex(ed.handling_picker.europol_combo.findData("H3"))
    ev = ed.field("evaluation")
    ev.source.setCurrentIndex(ev.source.findData("B"))
    ev.info.setCurrentIndex(ev.info.findData("2"))
    file = tmp_path / "letter.txt"
    file.write_text("Dear colleague", encoding="utf-8")
    dialogs.next_answer(str(file), kind="open_file")
    ed.field("attachments").add_button.click()
    assert ed.field("attachments").value() == [str(file)]
    # A save with files runs off the main thread: the form is read-only meanwhile, and a refusal by the
    # core comes back under its field as from any save.
    assert ed.save()
    assert ed.saving and not ed.field("summary").isEnabled() and not ed.save()
    qtbot.waitUntil(lambda: not ed.saving)
    assert "H3 needs the text" in ed.error("handling")
    assert ed.field("summary").isEnabled() and ed.is_dirty()
    assert (_count(page), _count(page, "audit")) == before
    ed.handling_picker.h3_edit.setText("Not for court use without asking")
    assert ed.save()
    qtbot.waitUntil(lambda: not ed.saving)
    assert _count(page) == before[0] + 1
    e = page.current_record
    assert e["seq"] == 201 and e["direction"] == "sent"
    assert e["counterpart_id"] == contact["id"] and e["counterpart_country"] == "PL"
    assert e["handling"] == "TLP:AMBER H3" and e["h3_text"] == "Not for court use without asking"
    assert e["evaluation"] == "B2" and e["case_reference"] == "LO-2026-0002"
    assert [a["filename"] for a in e["attachments"]] == ["letter.txt"]
    assert page.model.record(0)["id"] == e["id"]
    assert "Logged #201" in page.message.text()
    assert page.nav_count() == 201
    assert not page.cross_check.isVisible()  # a sent entry is not cross-checked


def test_time_in_the_future_is_refused_under_its_field(page):
    before = _count(page)
    page.start_log("sent")
    ed = page.editor
    ed.field("summary").setPlainText("Something")
    ed.field("occurred_at").setValue(datetime.now(UTC) + timedelta(days=2))
    ed.save()
    assert "future" in ed.error("occurred_at")
    assert _count(page) == before


def test_received_request_shows_the_cross_check_with_links(page):
    vault = page.session.vault
    person = vault.persons.list(limit=1).items[0]
    page.received_button.click()
    ed = page.editor
    assert ed.values()["direction"] == "received"
    ed.field("summary").setPlainText("Request for information about a suspect")
    rt = ed.field("request_type")
    rt.setCurrentIndex(rt.findData("information-request"))
    ed.field("names").setPlainText(person["display_name"])
    ed.field("counterpart_reference").setText("DE-SPOC-2026/6608")
    ed.field("counterpart_name").setText("Katrin Vogel")
    ed.field("counterpart_country").setValue("DE")
    assert ed.save()
    panel = page.cross_check
    assert panel.isVisible()
    assert panel.result is not None
    items = panel.match_items()
    assert items, "the cross-check finds the person and the earlier entry"
    kinds = {it.data(0, Qt.ItemDataRole.UserRole + 30)[0] for it in items}
    assert {"person", "exchange"} <= kinds
    assert "match(es)" in panel.summary.text()
    matched = " ".join(it.text(2) for it in items)
    assert person["display_name"] in matched and "DE-SPOC-2026/6608" in matched
    # A matching log entry opens here.
    entry = next(it for it in items if it.data(0, Qt.ItemDataRole.UserRole + 30)[0] == "exchange")
    target = entry.data(0, Qt.ItemDataRole.UserRole + 30)[1]
    new_seq = page.current_record["seq"]
    panel.tree.itemActivated.emit(entry, 0)
    assert page.current_record["id"] == target
    assert panel.isVisible() and panel.match_items() and f"#{new_seq}" in panel.heading.text()
    panel.close_button.click()
    assert panel.result is None
    last = vault.db.execute("SELECT action FROM audit WHERE action = 'combine' ORDER BY seq DESC LIMIT 1").fetchone()
    assert last is not None


def test_correction_marks_the_original(page):
    vault = page.session.vault
    original = _select_seq(page, 150)
    page.correct_button.click()
    ed = page.editor
    assert ed.mode == "correct" and ed.field("summary").toPlainText() == original["summary"]
    assert "#150 stays in the log" in ed.correction_note.text()
    ed.field("summary").setPlainText(original["summary"] + " (date corrected)")
    before = _count(page)
    ed.save()
    assert ed.error("reason") == "This field is required."  # the core refused, under the field
    assert _count(page) == before
    ed.field("reason").setPlainText("Typing error in the summary")
    assert ed.save()
    assert _count(page) == before + 1
    new = page.current_record
    assert new["corrects_id"] == original["id"] and new["correction_reason"] == "Typing error in the summary"
    assert new["handling"] == original["handling"]
    assert new["occurred_at"] == original["occurred_at"]  # the seconds the picker does not show are kept
    old = vault.exchanges.get(original["id"])
    assert old["corrected"] and old["summary"] == original["summary"]
    assert "was corrected" in page.message.text() or "marked as corrected" in page.message.text()
    # The original is out of the current list, shown as corrected with the versions.
    assert page.model.row_for_id(original["id"]) < 0
    page.show_corrected.setChecked(True)
    page.open_record("exchange", original["id"])
    row = page.model.row_for_id(original["id"])
    assert row >= 0
    assert page.model.index(row, 0).data() == "#150 (corrected)"
    page.open_record("exchange", original["id"])
    assert "corrected by" in page.detail.note.text()
    assert "Typing error" in page.detail.value_text("Correction history")
    assert not page.correct_button.isEnabled()


def test_link_as_response_to_a_request(page):
    vault = page.session.vault
    request = vault.exchanges.list(requests_only=True, direction="received", limit=1).items[0]
    page.start_log("sent")
    ed = page.editor
    ed.field("summary").setPlainText("Reply with the information")
    assert ed.save()
    reply = page.current_record
    assert reply["response_to_id"] is None
    page.link_button.click()
    assert ed.mode == "correct" and "as a response" in ed.title_label.text()
    lookup = ed.field("response_to")
    lookup.setText(f"#{request['seq']}")
    lookup.textEdited.emit(f"#{request['seq']}")
    assert lookup.matches()[0][1] == f"#{request['seq']}"
    lookup.pick(0)
    out = ed.field("outcome")
    out.setCurrentIndex(out.findData("information provided"))
    assert ed.save()
    linked = page.current_record
    assert linked["response_to_id"] == request["id"] and linked["corrects_id"] == reply["id"]
    assert linked["outcome"] == "information provided"
    assert f"#{request['seq']}" in page.detail.value_text("Response to")
    page.open_record("exchange", request["id"])
    assert f"#{linked['seq']}" in page.detail.value_text("Responses")


def test_attachment_save_as_through_the_seam(page, tmp_path, qtbot):
    vault = page.session.vault
    aid, eid = vault.db.execute("SELECT id, exchange_id FROM attachments WHERE redacted = 0 LIMIT 1").fetchone()
    page.open_record("exchange", eid)
    assert "save as" in page.detail.value_text("Attachments")
    target = tmp_path / "saved.bin"
    dialogs.next_answer(str(target), kind="save_file")
    page.detail.link_activated.emit(f"attachment:{aid}")
    qtbot.waitUntil(lambda: "Saved" in page.message.text())  # decrypted and written off the main thread
    assert target.read_bytes() == vault.attachments.content(aid)
    assert dialogs.calls[-1].kind == "save_file"
    last = vault.db.execute("SELECT action, record_id FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert tuple(last) == ("export", aid)
    # Cancelled: nothing written, nothing said.
    dialogs.next_answer(None, kind="save_file")
    assert page.save_attachment(aid) is None


def test_escape_guard_on_the_log_editor(page, qtbot):
    page.start_log("received")
    ed = page.editor
    ed.field("summary").setPlainText("Half typed")
    dialogs.next_answer(False, kind="confirm")
    qtbot.keyClick(ed.field("reference"), Qt.Key.Key_Escape)
    assert page.is_editing()
    dialogs.next_answer(True, kind="confirm")
    qtbot.keyClick(ed.field("reference"), Qt.Key.Key_Escape)
    assert not page.is_editing()
    assert _count(page) == 200


def test_a_log_of_200000_entries_loads_one_page(qtbot, tmp_path):
    page = _page(qtbot, tmp_path, populate=False)
    db = page.session.vault.db
    with page.session.vault.transaction():
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
            "INSERT INTO exchanges (id, seq, occurred_at, direction, channel, summary, created_at, updated_at) "
            "SELECT printf('X%025d', i), i, strftime('%Y-%m-%dT%H:%M:%S+00:00', 1700000000 + i * 60, 'unixepoch'), "
            "CASE i % 2 WHEN 0 THEN 'sent' ELSE 'received' END, 'E-mail', 'Entry ' || i, "
            "'2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00' FROM n"
        )
    page.refresh()
    model = page.model
    assert model.rowCount() == 50 and model.has_more()
    assert model.record(0)["seq"] == 200000
    fetches = model.fetch_count
    model.fetchMore(model.index(0, 0).parent())  # what scrolling to the end asks for: one more page
    assert model.rowCount() == 100 and model.fetch_count == fetches + 1
    assert page.nav_count() == 200000


def _window_on_the_log(qtbot, tmp_path, monkeypatch):
    """The main window on a demo vault, unlocked: (window, session, the exchange log page)."""
    monkeypatch.setitem(SECTIONS, "exchanges", ExchangesPage)
    session = make_session(tmp_path)
    v, _ = Vault.create(session.vault_path, PASSPHRASE)
    demo.populate(v)
    v.close()
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    return win, session, win.pages["exchanges"]


def test_page_in_the_window(qtbot, tmp_path, monkeypatch):
    win, _session, page = _window_on_the_log(qtbot, tmp_path, monkeypatch)
    assert isinstance(page, ExchangesPage) and page.model.rowCount() == 50
    win.lock()
    assert win.pages == {}


def test_screenshots_of_the_directory_screens(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage

    from ui import shots_directory

    session = make_session(tmp_path)
    v, _ = Vault.create(session.vault_path, PASSPHRASE)
    demo.populate(v)
    v.close()
    win = open_window(qtbot, session)
    win.resize(*shots_directory.SIZE)
    unlock(qtbot, win)
    shots = shots_directory.shoot(win, session, tmp_path / "shots")
    assert len(shots) == 12
    for path in shots:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 1000
    assert dialogs.pending_answers() == 0


def test_a_lock_waits_for_a_save_under_way_then_locks(qtbot, tmp_path, monkeypatch):
    """Locking (by hand, on idle, with the screen) must not close the vault under a save half done: it
    waits for the save on the thread pool, which completes, then locks."""
    import threading

    win, session, page = _window_on_the_log(qtbot, tmp_path, monkeypatch)
    gate = threading.Event()
    real_add = type(session.vault.exchanges).add

    def slow_add(store, *args, **kwargs):
        gate.wait(10)  # a large file being encrypted
        return real_add(store, *args, **kwargs)

    monkeypatch.setattr(type(session.vault.exchanges), "add", slow_add)
    page.start_log("sent")
    ed = page.editor
    ed.field("summary").setPlainText("Сведения отправлены — records sent")
    file = tmp_path / "annex.bin"
    file.write_bytes(bytes(range(256)) * 4096)
    ed.field("attachments").setValue([str(file)])
    assert ed.save() and ed.saving
    win.lock("user")
    assert session.is_open and win.pages  # not yet: the save is under way
    gate.set()
    qtbot.waitUntil(lambda: not session.is_open)
    assert win.pages == {}
    with Vault.open(session.vault_path, PASSPHRASE) as vault:
        entry = vault.exchanges.get(vault.exchanges.list(limit=1).items[0]["id"])
        assert entry["summary"] == "Сведения отправлены — records sent"
        assert vault.attachments.content(entry["attachments"][0]["id"]) == file.read_bytes()


def test_a_file_gone_before_the_save_is_named_and_nothing_is_logged(page, tmp_path, qtbot):
    before = (_count(page), _count(page, "attachments"))
    page.start_log("sent")
    ed = page.editor
    ed.field("summary").setPlainText("Annex sent")
    file = tmp_path / "annex.pdf"
    file.write_bytes(b"%PDF-1.4 annex")
    ed.field("attachments").setValue([str(file)])
    file.unlink()
    assert ed.save()
    qtbot.waitUntil(lambda: not ed.saving)
    shown = (ed.error("attachments") or "") + (ed.banner_text() or "")
    assert "annex.pdf" in shown
    assert page.is_editing() and ed.is_dirty() and ed.field("summary").isEnabled()
    assert (_count(page), _count(page, "attachments")) == before
