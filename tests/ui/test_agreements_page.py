"""The Agreements section: list, view of a reference instrument with its source,
the editor (parties only for reference data), and the legal-basis finder."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from shell_helpers import make_session

from liaison import demo
from liaison.refdata import builtin_pack
from liaison.vault import Vault
from ui import dialogs
from ui.agreements_page import AgreementsPage


@pytest.fixture(autouse=True)
def _seam():
    dialogs.reset()
    yield
    dialogs.reset()


@pytest.fixture
def page(qtbot, tmp_path) -> AgreementsPage:
    session = make_session(tmp_path)
    vault, _code = Vault.create(session.vault_path, PASSPHRASE)
    demo.populate(vault)
    session.attach(vault)
    page = AgreementsPage(session)
    qtbot.addWidget(page, before_close_func=lambda _w: session.close())
    page.resize(1300, 850)
    page.show()
    page.refresh()
    return page


def _count(page, table: str) -> int:
    return int(page.session.vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_list_model_passes_qtmodeltester_and_marks_reference_data(page, qtmodeltester):
    model = page.list_tab.model
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == _count(page, "agreements") == page.nav_count()
    origin_col = model.column_index("origin")
    shown = {model.index(r, origin_col).data() for r in range(model.rowCount())}
    assert "Reference data" in shown
    combo = page.list_tab.list.combo("origin")
    combo.setCurrentIndex(combo.findData("reference"))
    assert model.rowCount() >= 5
    assert all(model.record(r)["origin"] == "reference" for r in range(model.rowCount()))
    party = page.list_tab.list.combo("country")
    combo.setCurrentIndex(0)
    party.setCurrentIndex(party.findData("UA"))
    # issue 15: the reference pack's party lists count (Ukraine is a party to ETS 30)
    assert sorted(model.record(r)["reference"] for r in range(model.rowCount())) == ["DEMO-BT-UA-2017", "ETS 30"]


def test_text_filter_and_source_tooltip(page):
    tab = page.list_tab
    tab.list.filter_edit.setText("Budapest")
    tab.list.apply_filters()
    model = tab.model
    assert [model.record(r)["reference"] for r in range(model.rowCount())] == ["ETS 185"]
    tip = model.index(0, model.column_index("origin")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Source:") and "DOMAIN.md" in tip


def test_view_of_a_reference_instrument_shows_its_source(page):
    rid = page.session.vault.agreements.resolve("ETS 185")
    assert page.open_record("agreement", rid)
    detail = page.list_tab.detail
    assert detail.title.text().startswith("Convention on Cybercrime")
    assert "Reference data from Liaison's catalogue" in detail.note.text()
    assert "DOMAIN.md" in detail.note.text()
    assert "DOMAIN.md" in detail.value_text("Source")
    # issue 15: the parties come from the reference pack, the list's status and date shown (never guessed)
    assert detail.value_text("Parties").startswith("Partial list")
    assert "Austria (AT) (from 2012-10-01)" in detail.value_text("Parties")
    assert f"reference pack (version {builtin_pack().version}" in detail.note.text()
    assert "Expedited preservation" in detail.value_text("Measures listed")
    assert detail.value_text("In force from")


def test_reference_instrument_parties_come_from_the_pack(page):
    """Issue 15: a reference instrument's parties come from the reference pack (with sources); the officer cannot
    add guessed ones (this test used to add parties by hand)."""
    tab = page.list_tab
    rid = page.session.vault.agreements.resolve("ETS 185")
    page.open_record("agreement", rid)
    before = page.session.vault.agreements.get(rid)
    tab.start_edit()
    ed = tab.editor
    assert ed.reference_mode and ed.reference_note.isVisible()
    assert "reference pack" in ed.reference_note.text()
    parties = ed.field("parties")
    parties.picker.setValue("PL")
    parties.add_current()
    ed.save()
    assert "reference pack" in ed.error("parties")
    after = page.session.vault.agreements.get(rid)
    assert after["rev"] == before["rev"] and after["parties"] == before["parties"]


def test_create_agreement_and_validation_under_the_field(page):
    tab = page.list_tab
    before = (_count(page, "agreements"), _count(page, "audit"))
    tab.start_add()
    ed = tab.editor
    assert not ed.reference_mode and all(s.isVisible() for s in ed.sections)
    ed.field("title").setText("Συμφωνία συνεργασίας (AT–GR)")
    ed.field("type").setCurrentIndex(ed.field("type").findData("bilateral-treaty"))
    ed.field("parties").add("GR")
    assert ed.save()
    assert "exactly two parties" in ed.error("parties")
    assert (_count(page, "agreements"), _count(page, "audit")) == before
    ed.field("parties").add("AT")
    ed.field("in_force").setValue(date(2015, 3, 1))
    ed.field("signed").setValue(date(2016, 1, 1))
    ed.save()
    assert "before it was signed" in ed.error("in_force")
    assert _count(page, "agreements") == before[0]
    ed.field("signed").setValue(date(2014, 6, 1))
    ms = ed.field("measures")
    for i in range(ms.count()):
        if ms.item(i).data(Qt.ItemDataRole.UserRole + 10) == "hearing":
            ms.item(i).setCheckState(Qt.CheckState.Checked)
    ed.field("accepted_languages").setValue(["el", "de"])
    assert ed.save()
    assert _count(page, "agreements") == before[0] + 1
    stored = page.session.vault.agreements.get(tab.current_record["id"])
    assert stored["parties"] == ["AT", "GR"] and stored["in_force"] == "2015-03-01"
    assert stored["measures"] == [{"measure": "hearing", "article": ""}]
    assert stored["origin"] == "user" and stored["accepted_languages"] == ["el", "de"]


def test_finder_results_and_exclusions_with_reasons(page):
    page.tabs.setCurrentWidget(page.finder)
    f = page.finder
    f.requesting.setValue("AT")
    f.requested.setValue("UA")
    f.measure.setCurrentIndex(f.measure.findData("information-held"))
    f.on.setValue(date(2026, 11, 1))
    found = f.find()
    assert found is not None
    assert f.results.topLevelItemCount() == len(found["results"]) >= 1
    first = f.results.topLevelItem(0)
    assert first.text(1) == "DEMO-BT-UA-2017"
    assert "among its parties" in first.text(2)
    assert f.excluded.topLevelItemCount() == len(found["excluded"]) >= 1
    reasons = [f.excluded.topLevelItem(i).text(2) for i in range(f.excluded.topLevelItemCount())]
    assert any("not a party" in r or "status not recorded" in r for r in reasons)
    assert "can carry a request" in f.summary.text()
    # Opening a result shows it in the list tab.
    f.results.itemActivated.emit(first, 0)
    assert page.tabs.currentWidget() is page.list_tab
    assert page.list_tab.current_record["reference"] == "DEMO-BT-UA-2017"


def test_finder_refusal_in_words(page):
    f = page.finder
    f.requesting.setValue("AT")
    f.requested.setValue("AT")
    assert f.find() is None
    assert "same as the requesting state" in f.error.text()
    assert f.results.topLevelItemCount() == 0
