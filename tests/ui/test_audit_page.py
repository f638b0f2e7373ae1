"""The Audit section: lists, filters, Verify (intact and broken), Export."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest
from conftest import CHEAP_KDF, PASSPHRASE
from shell_helpers import WAIT_MS, make_session, open_window, unlock

from liaison import demo, keyslots
from liaison.audit import verify_export
from liaison.vault import Vault, copy_vault_files
from ui import dialogs
from ui.audit_page import AuditPage, audit_page
from ui.sections import SECTIONS


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "kdf_params", lambda: dict(CHEAP_KDF))
        v, _ = Vault.create(folder / "vault.liaison", PASSPHRASE)
        demo.populate(v)
        v.close()
    return folder


@pytest.fixture
def page(qtbot, tmp_path, demo_files, monkeypatch) -> AuditPage:
    dialogs.reset()
    monkeypatch.setitem(SECTIONS, "audit", AuditPage)
    session = make_session(tmp_path)
    session.vault_path.parent.mkdir(parents=True, exist_ok=True)
    copy_vault_files(demo_files / "vault.liaison", session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    win.show_section("audit")
    p = win.pages["audit"]
    assert p.view is not None
    yield p
    dialogs.reset()


def _all_seqs(model) -> list[int]:
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return [model.record(i)["seq"] for i in range(model.rowCount())]


def test_lists_the_trail_newest_first_with_words(page):
    vault = page.session.vault
    head = vault.audit.head()["seq"]
    model = page.model
    assert model.record(0)["seq"] == head
    assert _all_seqs(model) == list(range(head, 0, -1))
    newest = vault.audit.list(after_seq=head - 1, limit=1)[0]
    action_col = model.column_index("action")
    assert model.data(model.index(0, action_col)) == {"alter": "changed", "create": "created",
                                                      "combine": "combined"}[newest["action"]]
    assert model.data(model.index(0, model.column_index("ref"))) == (newest["ref"] or "")


def test_filters_match_the_core(page, qtbot):
    vault = page.session.vault
    view = page.view
    view.combo("action").setCurrentIndex(view.combo("action").findData("combine"))
    view.combo("record_type").setCurrentIndex(view.combo("record_type").findData("case"))
    expected = [e["seq"] for e in vault.audit.list(action="combine", record_type="case", limit=1000)]
    assert expected
    assert _all_seqs(page.model) == sorted(expected, reverse=True)

    view.clear_filters()
    view.filter_edit.setText("status changed")
    view.apply_filters()
    seqs = _all_seqs(page.model)
    assert seqs and all("status changed" in page.model.record(i)["summary"] for i in range(len(seqs)))
    n_text = len(seqs)

    # A date range that holds nothing (all demo entries were written today), then today.
    page.date_to.setValue(date.today() - timedelta(days=3))
    assert page.model.rowCount() == 0 and view.is_empty_state_shown()
    page.date_to.setValue(None)
    page.date_from.setValue(date.today())
    assert len(_all_seqs(page.model)) == n_text
    page.date_to.setValue(date.today() - timedelta(days=1))
    assert page.date_error.isVisibleTo(page) and "ends before it starts" in page.date_error.text()


def test_verify_intact(page, qtbot):
    vault = page.session.vault
    with qtbot.waitSignal(page.verified, timeout=WAIT_MS) as sig:
        page.verify_button.click()
    assert sig.args[0].ok
    n = vault.audit.head()["seq"]
    assert page.verify_status.text().startswith(f"✓ Intact: {n:,} entries")
    assert page.verify_status.property("role") == "ok"


def test_verify_names_the_first_tampered_entry(page, qtbot):
    vault = page.session.vault
    vault.db.execute("UPDATE audit SET summary = 'nothing happened' WHERE seq = 7")
    with qtbot.waitSignal(page.verified, timeout=WAIT_MS) as sig:
        page.verify()
    result = sig.args[0]
    assert not result.ok and result.first_bad_seq == 7
    text = page.verify_status.text()
    assert text.startswith("✗ Broken at entry 7:") and result.problem in text
    assert page.verify_status.property("role") == "error"


@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_export_writes_the_cores_export(page, tmp_path, suffix):
    vault = page.session.vault
    target = tmp_path / f"trail.{suffix}"
    dialogs.next_answer(str(target), kind="save_file")
    assert page.export() == str(target)
    text = target.read_text("utf-8")
    assert verify_export(text).ok
    head = vault.audit.head()
    if suffix == "json":
        doc = json.loads(text)
        assert doc["head"] == head and doc["entries"][-1]["action"] == "export"
    else:
        # the entries, then the export's head and signature on lines of their own
        rows = [r for r in csv.DictReader(io.StringIO(text)) if not r["seq"].startswith("#liaison-")]
        assert int(rows[-1]["seq"]) == head["seq"] and rows[-1]["action"] == "export"
    assert (target.stat().st_mode & 0o077) == 0  # readable by the officer only
    assert page.model.record(0)["action"] == "export"  # the list shows the export's own entry


def test_export_cancelled_writes_nothing(page, tmp_path):
    before = page.session.vault.audit.head()
    dialogs.next_answer(None, kind="save_file")
    assert page.export() is None
    assert page.session.vault.audit.head() == before
    assert list(tmp_path.glob("*.json")) == []


def test_audit_page_refuses_a_bad_page_request(vault):
    from liaison.errors import ValidationError

    with pytest.raises(ValidationError):
        audit_page(vault, action="delete")
    with pytest.raises(ValidationError):
        audit_page(vault, limit=0)
    vault.audit.log("create", "case", "X", summary="50%_off")
    vault.audit.log("create", "case", "Y", summary="5000 off")
    hits = audit_page(vault, text="50%_").items
    assert [h["summary"] for h in hits] == ["50%_off"]


def test_a_tampered_row_is_still_listed_as_stored(vault):
    vault.audit.log("disclose", "case", "X", summary="sent to FR", justification="Art. 7", recipients=["FR NCB"])
    seq = vault.audit.head()["seq"]
    row = audit_page(vault, limit=1).items[0]
    assert row["seq"] == seq and row["recipients"] == ["FR NCB"] and row["justification"] == "Art. 7"
    vault.db.execute("UPDATE audit SET recipients = 'not json' WHERE seq = ?", [seq])
    row = audit_page(vault, limit=1).items[0]
    assert row["recipients"] == ["not json"]
    assert not vault.audit.verify().ok
