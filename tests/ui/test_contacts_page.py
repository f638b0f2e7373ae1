"""The Contacts and agencies section: lists, editors, validation, the Esc guard,
vCard import and export through the dialog seam."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE
from shell_helpers import make_session, open_window, unlock

from liaison import demo
from liaison.vault import Vault
from ui import clipboard, dialogs
from ui.contacts_page import ContactsPage
from ui.sections import SECTIONS


@pytest.fixture(autouse=True)
def _seam():
    dialogs.reset()
    yield
    dialogs.reset()
    clipboard.clear_if_ours()


def _page(qtbot, tmp_path, *, populate: bool = True) -> ContactsPage:
    session = make_session(tmp_path)
    vault, _code = Vault.create(session.vault_path, PASSPHRASE)
    if populate:
        demo.populate(vault)
    session.attach(vault)
    page = ContactsPage(session)
    qtbot.addWidget(page, before_close_func=lambda _w: session.close())
    page.resize(1300, 800)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, tmp_path) -> ContactsPage:
    return _page(qtbot, tmp_path)


def _count(page, table: str) -> int:
    return int(page.session.vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_list_models_pass_qtmodeltester(page, qtmodeltester):
    assert page.contacts.model.rowCount() == 26
    assert page.agencies.model.rowCount() == 38
    qtmodeltester.check(page.contacts.model, force_py=True)
    qtmodeltester.check(page.agencies.model, force_py=True)
    assert page.nav_count() == 26


def test_filters_are_done_by_the_core(page, qtbot):
    tab = page.contacts
    combo = tab.list.combo("country")
    combo.setCurrentIndex(combo.findData("PL"))
    assert tab.model.rowCount() >= 1
    assert all(tab.model.record(r)["country"] == "PL" for r in range(tab.model.rowCount()))
    tab.list.clear_filters()
    tab.list.filter_edit.setText("Wróbel")
    tab.list.apply_filters()
    names = [tab.model.record(r)["name"] for r in range(tab.model.rowCount())]
    assert names == ["Agnieszka Wróbel"]
    kinds = page.agencies.list.combo("kind")
    kinds.setCurrentIndex(kinds.findData("customs"))
    assert page.agencies.model.rowCount() >= 1
    assert {page.agencies.model.record(r)["kind"] for r in range(page.agencies.model.rowCount())} == {"customs"}


def test_selecting_a_contact_shows_it_and_audits_the_consultation(page):
    tab = page.contacts
    before = _count(page, "audit")
    tab.list.table.selectRow(0)
    record = tab.current_record
    assert record is not None
    assert tab.detail.title.text() == record["name"]
    assert record["email"] in tab.detail.value_text("E-mail")
    assert "Local time there" in tab.detail.value_text("Time zone")
    assert _count(page, "audit") == before + 1
    last = page.session.vault.db.execute("SELECT action, record_id FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert tuple(last) == ("consult", record["id"])


def test_create_and_edit_a_contact_with_multiscript_names(page, multiscript):
    tab = page.contacts
    names = {n["script"]: n["text"] for n in multiscript["names"]}
    greek = "Νικόλαος Παπαδόπουλος"
    arabic = names["Arabic"]
    before = _count(page, "contacts")
    tab.start_add()
    ed = tab.editor
    ed.field("name").setText(greek)
    ed.field("country").setValue("GR")
    ed.field("languages").setValue(["el", "en"])
    ed.field("phones").setPlainText("+30 210 000 0000")
    ed.field("email").setText("n.papadopoulos@gr-police.example.org")
    ed.field("secure_channels").setPlainText("Europol SIENA: GR.UNIT@siena")
    ed.field("time_zone").setValue("Europe/Athens")
    assert "Local time there" in ed.field("time_zone").clock.text()
    ed.field("agency").setValue(page.session.vault.agencies.list(country="GR").items[0]["id"])
    assert ed.save()
    assert _count(page, "contacts") == before + 1
    stored = page.session.vault.contacts.get("n.papadopoulos@gr-police.example.org")
    assert stored["name"] == greek and stored["languages"] == ["el", "en"]
    assert stored["phones"][0]["e164"] == "+302100000000"
    assert stored["secure_channels"] == [{"channel": "Europol SIENA", "address": "GR.UNIT@siena"}]
    assert stored["time_zone"] == "Europe/Athens"
    assert tab.current_record["id"] == stored["id"]
    assert tab.right.currentWidget() is tab.detail
    # edit
    tab.start_edit()
    ed.field("name").setText(arabic)
    ed.field("organisation").setText(names["Han (simplified)"])
    assert ed.save()
    again = page.session.vault.contacts.get(stored["id"])
    assert again["name"] == arabic and again["organisation"] == names["Han (simplified)"] and again["rev"] == 2
    assert tab.detail.title.text() == arabic


def test_validation_error_under_its_field_and_nothing_written(page):
    tab = page.contacts
    before = (_count(page, "contacts"), _count(page, "audit"))
    tab.start_add()
    ed = tab.editor
    ed.field("name").setText("Jean Dupont")
    ed.field("country").setValue("FR")
    ed.field("email").setText("not an address")
    assert ed.save()  # the form asked the core...
    assert "is not an e-mail address" in ed.error("email")  # ...which refused, under the field
    ed.field("email").setText("")
    ed.field("phones").setPlainText("+0 12")
    ed.save()
    assert ed.error("phones")
    assert (_count(page, "contacts"), _count(page, "audit")) == before
    assert tab.right.currentWidget() is ed


def test_agency_create_and_refusal(page):
    tab = page.agencies
    before = _count(page, "agencies")
    tab.start_add()
    ed = tab.editor
    assert not ed.save_button.isEnabled()  # name, kind and country are required
    ed.field("name").setText("Κεντρική Αρχή")
    ed.field("kind").setCurrentIndex(ed.field("kind").findData("central-authority"))
    ed.field("country").setValue("GR")
    ed.field("channels").setPlainText("Carrier pigeon: loft 3")
    ed.save()
    assert "not a known channel" in ed.error("channels")
    assert _count(page, "agencies") == before
    ed.field("channels").setPlainText("Central authority: registry")
    assert ed.save()
    assert _count(page, "agencies") == before + 1
    stored = page.session.vault.agencies.get("Κεντρική Αρχή")
    assert stored["channels"][0]["channel"] == "Central authority"
    assert tab.current_record["id"] == stored["id"]
    # edit it: a kind and a time zone
    tab.start_edit()
    assert ed.title_label.text() == "Edit agency" and ed.field("name").text() == "Κεντρική Αρχή"
    ed.field("kind").setCurrentIndex(ed.field("kind").findData("prosecutor"))
    ed.field("time_zone").setValue("Europe/Athens")
    assert ed.save()
    again = page.session.vault.agencies.get(stored["id"])
    assert again["kind"] == "prosecutor" and again["time_zone"] == "Europe/Athens" and again["rev"] == 2
    assert "Prosecutor" in tab.detail.value_text("Kind")
    # The contact editor offers the new agency.
    page.contacts.start_add()
    assert page.contacts.editor.field("agency").findData(stored["id"]) > 0


def test_escape_guard_keeps_or_discards_changes(page, qtbot):
    from PySide6.QtCore import Qt

    tab = page.contacts
    tab.list.table.selectRow(0)
    original = tab.current_record["name"]
    tab.start_edit()
    ed = tab.editor
    ed.field("name").setText("Changed name")
    dialogs.next_answer(False, kind="confirm")  # keep editing
    qtbot.keyClick(ed.field("name"), Qt.Key.Key_Escape)
    assert tab.right.currentWidget() is ed and ed.field("name").text() == "Changed name"
    assert dialogs.calls[-1].kind == "confirm"
    dialogs.next_answer(True, kind="confirm")  # discard
    qtbot.keyClick(ed.field("name"), Qt.Key.Key_Escape)
    assert tab.right.currentWidget() is tab.detail
    assert page.session.vault.contacts.get(tab.current_record["id"])["name"] == original


VCARDS = """BEGIN:VCARD
VERSION:3.0
FN:Олена Коваленко
N:Коваленко;Олена;;;
EMAIL;TYPE=INTERNET:o.kovalenko@ua-police.example.org
TEL;TYPE=WORK:+380 44 000 0000
X-LIAISON-COUNTRY:UA
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:王伟
N:王;伟;;;
EMAIL;TYPE=INTERNET:wang.wei@cn-police.example.org
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Duplicate Wróbel
EMAIL;TYPE=INTERNET:a.wrobel@pl-police.example.net
X-LIAISON-COUNTRY:PL
END:VCARD
"""


def _imported(qtbot, page) -> None:
    """Run an import through the seam and wait for it (the cards are checked and written off the main thread)."""
    task = page.import_vcard()
    if task is not None:
        qtbot.waitUntil(lambda: page.vcard_task is None)


def test_vcard_import_through_the_seam_reports_skipped_and_errors(page, tmp_path, qtbot):
    tab = page.contacts
    path = tmp_path / "cards.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    before = _count(page, "contacts")
    # Without a country for the second card: refused whole, said in words, nothing written.
    dialogs.next_answer(str(path), kind="open_file")
    _imported(qtbot, page)
    assert "Nothing was imported" in tab.message.text() and "no country" in tab.message.text()
    assert _count(page, "contacts") == before
    # With the list's country filter as the default country.
    combo = tab.list.combo("country")
    combo.setCurrentIndex(combo.findData("CN"))
    dialogs.next_answer(str(path), kind="open_file")
    _imported(qtbot, page)
    assert "2 contact(s) imported, 1 skipped" in tab.message.text()
    assert "a.wrobel@pl-police.example.net" in tab.message.text()
    assert _count(page, "contacts") == before + 2
    assert page.session.vault.contacts.get("wang.wei@cn-police.example.org")["country"] == "CN"
    assert page.import_button.isEnabled() and tab.progress.busy.isHidden()
    # A cancelled dialog does nothing; an unreadable file is refused in words.
    dialogs.next_answer(None, kind="open_file")
    assert page.import_vcard() is None
    bad = tmp_path / "bad.vcf"
    bad.write_bytes(b"\xff\xfe not a card")
    dialogs.next_answer(str(bad), kind="open_file")
    _imported(qtbot, page)
    assert "Nothing was imported" in tab.message.text()
    assert _count(page, "contacts") == before + 2


def _directory_cards(n: int) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Officer {i} Κωνσταντίνου\r\nEMAIL:o{i}@gr-police.example\r\n"
                   f"X-LIAISON-COUNTRY:GR\r\nEND:VCARD\r\n" for i in range(n))


def test_a_large_vcard_imports_off_the_main_thread_and_can_be_cancelled(page, tmp_path, qtbot):
    """A directory of thousands of cards takes seconds: the window stays live, a busy line with Cancel shows,
    and Cancel leaves the directory as it was."""
    tab = page.contacts
    path = tmp_path / "directory.vcf"
    path.write_text(_directory_cards(3000), encoding="utf-8")
    before = _count(page, "contacts")
    dialogs.next_answer(str(path), kind="open_file")
    assert page.import_vcard() is not None
    assert not page.import_button.isEnabled() and page.vcard_task is not None
    qtbot.waitUntil(lambda: tab.progress.cancel_button.isVisible(), timeout=5000)  # after half a second
    tab.progress.cancel_button.click()
    qtbot.waitUntil(lambda: page.vcard_task is None, timeout=20000)
    assert "cancelled" in tab.message.text() and _count(page, "contacts") == before
    assert page.import_button.isEnabled() and tab.progress.busy.isHidden()
    # Left to run, the same file imports whole.
    dialogs.next_answer(str(path), kind="open_file")
    _imported(qtbot, page)
    assert "3000 contact(s) imported" in tab.message.text() and _count(page, "contacts") == before + 3000


def test_vcard_export_through_the_seam(page, tmp_path):
    tab = page.contacts
    out = tmp_path / "out.vcf"
    combo = tab.list.combo("country")
    combo.setCurrentIndex(combo.findData("PL"))
    n = tab.model.rowCount()
    tab.list.table.clearSelection()
    dialogs.next_answer(str(out), kind="save_file")
    page.export_vcard()
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == n and "Wróbel" in text
    assert f"{n} contact(s) exported" in tab.message.text()
    # The selection wins over the filter.
    tab.list.clear_filters()
    tab.list.table.selectRow(0)
    chosen = tab.current_record["email"]
    dialogs.next_answer(str(out), kind="save_file")
    page.export_vcard()
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and chosen in text


def test_empty_state_offers_add_and_import(qtbot, tmp_path):
    page = _page(qtbot, tmp_path, populate=False)
    tab = page.contacts
    assert tab.list.is_empty_state_shown()
    assert tab.list.empty_title.text() == "No contacts yet."
    assert "import a vCard" in tab.list.empty_text.text()
    texts = [b.text() for b in tab.list.empty_buttons]
    assert texts == ["Add contact…", "Import vCard…"]
    tab.list.empty_buttons[0].click()
    assert tab.right.currentWidget() is tab.editor


def test_page_in_the_window_and_open_record(qtbot, tmp_path, monkeypatch):
    monkeypatch.setitem(SECTIONS, "contacts", ContactsPage)
    session = make_session(tmp_path)
    v, _ = Vault.create(session.vault_path, PASSPHRASE)
    demo.populate(v)
    contact_id = v.contacts.list(sort="name", descending=True, limit=1).items[0]["id"]
    agency_id = v.agencies.list(limit=1).items[0]["id"]
    v.close()
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    page = win.pages["contacts"]
    assert isinstance(page, ContactsPage)
    assert page.open_record("contact", contact_id)
    assert page.contacts.current_record["id"] == contact_id
    assert page.open_record("agency", agency_id)
    assert page.tabs.currentWidget() is page.agencies
    win.lock()
    assert win.pages == {}


def test_a_lock_during_a_vcard_import_stops_it_then_locks(qtbot, tmp_path, monkeypatch):
    """The idle lock must not wait for a long import, nor close the vault under it: the import is asked to stop
    (nothing is written), then the window locks."""
    monkeypatch.setitem(SECTIONS, "contacts", ContactsPage)
    session = make_session(tmp_path)
    v, _ = Vault.create(session.vault_path, PASSPHRASE)
    v.close()
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    page = win.pages["contacts"]
    path = tmp_path / "directory.vcf"
    path.write_text(_directory_cards(20000), encoding="utf-8")
    dialogs.next_answer(str(path), kind="open_file")
    assert page.import_vcard() is not None
    win.lock("idle")
    qtbot.waitUntil(lambda: not session.is_open, timeout=20000)
    assert win.pages == {}
    with Vault.open(session.vault_path, PASSPHRASE) as vault:
        assert vault.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
