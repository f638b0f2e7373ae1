"""Hand-over through the dialogs: export a case from vault A (to a recipient's
key and to a passphrase), import it into vault B, restricted records, a hostile
bundle, cancelling, and conflicts settled in the dialog."""

from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import PASSPHRASE

from liaison.bundles import container, importer, safety
from liaison.bundles.identity import public_key
from liaison.vault import Vault
from ui import dialogs
from ui.handover import ExportBundleDialog, ImportBundleDialog

WAIT_MS = 15_000
BUNDLE_PASS = "bundle passphrase for the dialog tests"


def _load_make():
    path = Path(__file__).resolve().parents[1] / "fixtures" / "bundles" / "make.py"
    spec = importlib.util.spec_from_file_location("bundle_fixtures_make", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


make = sys.modules.get("bundle_fixtures_make") or _load_make()


@pytest.fixture(autouse=True)
def _seam(monkeypatch):
    dialogs.reset()
    # age's scrypt at a low work factor, so that passphrase bundles take milliseconds
    monkeypatch.setattr(container, "passphrase_encrypt",
                        lambda plain, pw: make.age_passphrase_encrypt(plain, pw, log_n=10))
    yield
    dialogs.reset()


@pytest.fixture
def vault_b(tmp_path, memory_keychain):
    v, _ = Vault.create(tmp_path / "b" / "vault.liaison", PASSPHRASE, keychain=memory_keychain)
    yield v
    v.close()


def make_case(vault, multiscript, *, restricted: bool = False) -> dict:
    """A case with persons named in several scripts, a contact and two exchanges."""
    names = [multiscript[k][0] if isinstance(multiscript.get(k), list) else None for k in multiscript]
    names = [n if isinstance(n, str) else (n or {}).get("name") if isinstance(n, dict) else None for n in names]
    names = [n for n in names if n][:3] or ["Jan Kowalski", "Ζωή Παπαδοπούλου", "张伟"]
    agency = vault.agencies.add(name="Policia Judiciária", kind="police", country="PT").id
    contact = vault.contacts.add(name="Ana Ferreira", agency=agency, country="PT", email="ana@pj.example").id
    case = vault.cases.add(title="Invoice fraud network", requesting_state="PL", requested_state="PT",
                           legal_basis="ETS 30", summary="Invoices and transfers.")
    cid = case.id
    persons = [vault.persons.add(case=cid, name=n, category="suspect").id for n in names[:2]]
    e1 = vault.exchanges.add(direction="sent", summary="Request for bank records", case=cid, counterpart=contact,
                             request_type="mla-request", channel="e-mail").id
    e2 = vault.exchanges.add(direction="received", summary="Partial answer from the bank", case=cid,
                             response_to=e1, outcome="partially granted",
                             handling="TLP:RED" if restricted else "").id
    return {"case": cid, "ref": vault.cases.get(cid)["reference"], "persons": persons, "names": names[:2],
            "exchanges": [e1, e2]}


def _count(vault, table: str) -> int:
    return vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _digest(vault) -> dict[str, int]:
    return {t: _count(vault, t) for t in ("cases", "persons", "exchanges", "contacts", "agencies", "audit",
                                          "bundle_conflicts")}


def export_dialog(qtbot, vault, ref: str, out: Path, *, recipients=None, passphrase=None,
                  purpose: str = "handover to my successor") -> ExportBundleDialog:
    dlg = ExportBundleDialog(SimpleNamespace(vault=vault), ref)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.purpose.setText(purpose)
    if recipients:
        dlg.recipients.setPlainText("\n".join(recipients))
    else:
        dlg.to_passphrase.setChecked(True)
        dlg.passphrase.setText(passphrase or BUNDLE_PASS)
        dlg.passphrase2.setText(passphrase or BUNDLE_PASS)
    dialogs.next_answer(str(out), kind="save_file")
    dlg.choose_button.click()
    assert dlg.output == str(out)
    return dlg


def run_export(qtbot, dlg: ExportBundleDialog) -> None:
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.task is None, timeout=WAIT_MS)


def run_import(qtbot, vault, path: Path, *, passphrase=None) -> ImportBundleDialog:
    dlg = ImportBundleDialog(SimpleNamespace(vault=vault))
    qtbot.addWidget(dlg)
    dlg.show()
    dialogs.next_answer(str(path), kind="open_file")
    dlg.choose_button.click()
    if passphrase:
        assert dlg.encryption == "passphrase"
        dlg.passphrase.setText(passphrase)
    dlg.open_button.click()
    qtbot.waitUntil(lambda: dlg.task is None, timeout=WAIT_MS)
    return dlg


def test_export_to_recipient_and_import_through_the_dialogs(qtbot, vault, vault_b, multiscript, tmp_path,
                                                            monkeypatch):
    made = make_case(vault, multiscript)
    out = tmp_path / "case.liaison-bundle"
    dlg = export_dialog(qtbot, vault, made["ref"], out, recipients=[public_key(vault_b)])
    assert "1 case" in dlg.summary.text() and "2 persons" in dlg.summary.text()
    assert dlg.withheld_items == [] and not dlg.withheld_list.isVisible()
    run_export(qtbot, dlg)
    assert out.exists() and dlg.result is not None
    text = dlg.message.text()
    assert str(out) in text and made["ref"] in text and public_key(vault_b) in text
    assert not dlg.export_button.isEnabled()  # done: one export per dialog
    disclosed = [dict(r) for r in vault.db.query("SELECT * FROM audit WHERE action = 'disclose'")]
    assert len(disclosed) == 1 and disclosed[0]["record_id"] == made["case"]

    before = _digest(vault_b)
    decrypted = []
    decrypt = safety.decrypt
    monkeypatch.setattr(safety, "decrypt", lambda *a, **k: decrypted.append(1) or decrypt(*a, **k))
    imp = run_import(qtbot, vault_b, out)
    assert len(decrypted) == 1  # shown and checked (dry run) from one decryption
    assert imp.encryption == "recipients"
    assert made["ref"] in imp.inside_text.text()
    assert imp.plan is not None and imp.plan["actions"]["case"] == {"insert": 1}
    assert _digest(vault_b) == before  # opening and planning wrote nothing
    assert imp.import_button.isEnabled()
    imp.import_button.click()
    qtbot.waitUntil(lambda: imp.result is not None, timeout=WAIT_MS)
    assert "Imported case" in imp.message.text()
    assert len(decrypted) == 1 and imp.opened is None  # imported from the bundle as opened, then let go
    case_b = vault_b.cases.get(made["ref"])
    assert case_b["id"] == made["case"]
    names_b = {vault_b.persons.get(p)["display_name"] for p in made["persons"]}
    assert names_b == {vault.persons.get(p)["display_name"] for p in made["persons"]}
    assert _count(vault_b, "exchanges") == before["exchanges"] + 2


def test_export_to_passphrase_and_import_with_it(qtbot, vault, vault_b, multiscript, tmp_path):
    made = make_case(vault, multiscript)
    out = tmp_path / "pass.liaison-bundle"
    # A short passphrase is refused with the core's own message; nothing is written.
    dlg = export_dialog(qtbot, vault, made["ref"], out, passphrase="short")
    run_export(qtbot, dlg)
    assert not out.exists() and dlg.result is None
    assert "12" in dlg.passphrase_error.text()
    # Two different passphrases are refused before any work.
    dlg.passphrase.setText(BUNDLE_PASS)
    dlg.passphrase2.setText(BUNDLE_PASS + "x")
    assert "differ" in dlg.passphrase_match.text()
    dlg.export_button.click()
    assert dlg.task is None and not out.exists()
    dlg.passphrase2.setText(BUNDLE_PASS)
    assert dlg.passphrase_match.text() == ""
    run_export(qtbot, dlg)
    assert out.exists(), dlg.message.text()
    assert "holder of the bundle passphrase" in dlg.message.text()
    assert dlg.passphrase.text() == ""  # the secret does not stay in the dialog

    # A wrong passphrase is refused in words; then the right one opens it.
    imp = run_import(qtbot, vault_b, out, passphrase="not the right passphrase at all")
    assert imp.plan is None and imp.opened is None and "passphrase" in imp.message.text().lower()
    imp.passphrase.setText(BUNDLE_PASS)
    imp.open_button.click()
    qtbot.waitUntil(lambda: imp.task is None and imp.plan is not None, timeout=WAIT_MS)
    assert imp.opened is not None  # kept for the import: the passphrase is not worked through again
    looked = run_import(qtbot, vault_b, out, passphrase=BUNDLE_PASS)
    assert looked.opened is not None
    looked.reject()  # closing the dialog (or a lock) lets the decrypted bundle go
    assert looked.opened is None and looked.data is None
    imp.import_button.click()
    qtbot.waitUntil(lambda: imp.result is not None, timeout=WAIT_MS)
    assert vault_b.cases.get(made["ref"])["title"] == "Invoice fraud network"


def test_restricted_item_needs_a_justification(qtbot, vault, vault_b, multiscript, tmp_path):
    made = make_case(vault, multiscript, restricted=True)
    out = tmp_path / "r.liaison-bundle"
    dlg = export_dialog(qtbot, vault, made["ref"], out, recipients=[public_key(vault_b)])
    assert len(dlg.withheld_items) == 1 and "TLP:RED" in dlg.withheld_items[0]
    assert "Partial answer" in dlg.withheld_items[0]
    assert dlg.withheld_list.count() == 1 and dlg.include_restricted.isVisible()
    assert not dlg.justification.isEnabled()
    dlg.include_restricted.setChecked(True)
    assert dlg.justification.isEnabled()
    before = _digest(vault)
    dlg.export_button.click()  # no justification: refused here, nothing written
    assert "justification" in dlg.justification_error.text().lower() or "why" in dlg.justification_error.text()
    assert dlg.task is None and not out.exists() and _digest(vault) == before
    dlg.justification.setText("Originator's consent by e-mail of 3 March")
    run_export(qtbot, dlg)
    assert out.exists(), dlg.message.text()
    assert dlg.result["counts"]["exchange"] == 2 and not dlg.result["withheld"]
    entry = dict(next(iter(vault.db.query("SELECT * FROM audit WHERE action = 'disclose'"))))
    assert entry["justification"] == ("handover to my successor; restricted records included: "
                                      "Originator's consent by e-mail of 3 March")

    # Without including it, the restricted answer stays out.
    out2 = tmp_path / "r2.liaison-bundle"
    dlg2 = export_dialog(qtbot, vault, made["ref"], out2, recipients=[public_key(vault_b)])
    run_export(qtbot, dlg2)
    assert dlg2.result["counts"]["exchange"] == 1 and dlg2.result["withheld"] == {"exchange": 1}
    assert "Left out as restricted: 1 exchange" in dlg2.message.text()


def test_an_export_says_why_or_is_refused_inline(qtbot, vault, vault_b, multiscript, tmp_path):
    """Every hand-over is a disclosure whose record says why (LED Art. 25): the dialog asks, and refuses
    without a reason, writing nothing."""
    made = make_case(vault, multiscript)
    out = tmp_path / "w.liaison-bundle"
    dlg = export_dialog(qtbot, vault, made["ref"], out, recipients=[public_key(vault_b)], purpose="  ")
    before = _digest(vault)
    dlg.export_button.click()
    assert "why" in dlg.purpose_error.text().lower()
    assert dlg.task is None and not out.exists() and _digest(vault) == before
    dlg.purpose.setText("Reply to request DE-SPOC-2026/6608")
    assert dlg.purpose_error.text() == ""
    dlg.given_to.setText("BKA liaison desk")
    run_export(qtbot, dlg)
    assert out.exists(), dlg.message.text()
    entry = vault.audit.list(record_id=made["case"], action="disclose")[-1]
    assert entry["justification"] == "Reply to request DE-SPOC-2026/6608" and "BKA liaison desk" in entry["recipients"]


def test_bad_recipient_is_refused_inline(qtbot, vault, multiscript, tmp_path):
    made = make_case(vault, multiscript)
    out = tmp_path / "x.liaison-bundle"
    dlg = export_dialog(qtbot, vault, made["ref"], out, recipients=["age1notakey"])
    before = _digest(vault)
    dlg.export_button.click()
    assert "age1notakey" in dlg.recipients_error.text() and "age1" in dlg.recipients_error.text()
    assert dlg.task is None and not out.exists() and _digest(vault) == before


def test_hostile_bundle_is_refused_and_vault_unchanged(qtbot, vault_b, tmp_path):
    fixture = next(f for f in make.FIXTURES if f.name == "path-traversal.bundle")
    path = tmp_path / fixture.name
    path.write_bytes(fixture.build())
    before = _digest(vault_b)
    imp = run_import(qtbot, vault_b, path, passphrase=make.PASSPHRASE)
    assert imp.plan is None and imp.result is None
    text = imp.message.text()
    assert text.startswith("The bundle was refused") and "../../escape.json" in text
    assert not imp.import_button.isEnabled()
    assert _digest(vault_b) == before
    assert not (tmp_path.parent / "escape.json").exists()
    # A file that is not a bundle at all is refused as soon as it is chosen.
    junk = tmp_path / "notes.txt"
    junk.write_text("not a bundle")
    imp.load_file(str(junk))
    assert "cannot be used" in imp.message.text() and imp.data is None
    assert _digest(vault_b) == before


def test_cancel_export_and_import_leave_nothing(qtbot, vault, vault_b, multiscript, tmp_path, monkeypatch):
    made = make_case(vault, multiscript)
    gate = threading.Event()
    real_encrypt = container.passphrase_encrypt

    def slow_encrypt(plain, pw):
        gate.wait(10)
        return real_encrypt(plain, pw)

    monkeypatch.setattr(container, "passphrase_encrypt", slow_encrypt)
    out = tmp_path / "c.liaison-bundle"
    dlg = export_dialog(qtbot, vault, made["ref"], out, passphrase=BUNDLE_PASS)
    before = _digest(vault)
    dlg.export_button.click()
    assert dlg.task is not None
    qtbot.waitUntil(lambda: dlg.progress.cancel_button.isVisible(), timeout=WAIT_MS)  # after ~0.5 s
    assert dlg.progress.busy.isVisible()
    dlg.progress.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: dlg.task is None, timeout=WAIT_MS)
    assert dlg.message.text().startswith("Cancelled")
    assert not out.exists() and dlg.result is None
    assert _digest(vault) == before  # no disclosure recorded
    assert _count(vault, "bundle_sync") == 0

    # Import: cancelled after the plan, before the write.
    monkeypatch.setattr(container, "passphrase_encrypt", real_encrypt)
    dlg = export_dialog(qtbot, vault, made["ref"], out, passphrase=BUNDLE_PASS)
    run_export(qtbot, dlg)
    imp = run_import(qtbot, vault_b, out, passphrase=BUNDLE_PASS)
    assert imp.plan is not None
    gate.clear()
    real_plan = importer.plan_import

    def slow_plan(v, bundle):
        gate.wait(10)
        return real_plan(v, bundle)

    monkeypatch.setattr(importer, "plan_import", slow_plan)
    before_b = _digest(vault_b)
    imp.import_button.click()
    imp.cancel()
    gate.set()
    qtbot.waitUntil(lambda: imp.task is None, timeout=WAIT_MS)
    assert imp.message.text() == "Cancelled: nothing was imported."
    assert _digest(vault_b) == before_b and imp.result is None
    # The files the import had begun to write (in its temporary folder) are gone too.
    assert vault_b.files.on_disk() == [] and not list(vault_b.files.dir.glob(".incoming-*"))


def test_conflicts_are_shown_and_resolved(qtbot, vault, vault_b, multiscript, tmp_path):
    made = make_case(vault, multiscript)
    first = tmp_path / "1.liaison-bundle"
    run_export(qtbot, export_dialog(qtbot, vault, made["ref"], first, recipients=[public_key(vault_b)]))
    imp = run_import(qtbot, vault_b, first)
    imp.import_button.click()
    qtbot.waitUntil(lambda: imp.result is not None, timeout=WAIT_MS)
    # Both sides change the case; B hands it back.
    vault.cases.update(made["case"], title="Title changed in A")
    vault_b.cases.update(made["case"], title="Title changed in B")
    back = tmp_path / "2.liaison-bundle"
    run_export(qtbot, export_dialog(qtbot, vault_b, made["ref"], back, passphrase=BUNDLE_PASS))
    imp = run_import(qtbot, vault, back, passphrase=BUNDLE_PASS)
    assert imp.plan["actions"]["case"] == {"conflict": 1}
    assert "Conflict" in imp.plan_notes.text()
    imp.import_button.click()
    qtbot.waitUntil(lambda: imp.result is not None, timeout=WAIT_MS)
    assert "Conflicts left for you to decide below: 1." in imp.message.text()
    panel = imp.conflicts
    assert imp.conflicts_box.isVisible()
    assert len(panel.rows) == 1 and panel.rows[0]["record_id"] == made["case"]
    assert panel.table.item(0, 1).text() == "Changed on both sides"
    assert vault.cases.get(made["case"])["title"] == "Title changed in A"  # local kept until decided
    cell = panel.table.cellWidget(0, 3)
    from PySide6.QtWidgets import QPushButton

    mine, theirs = cell.findChildren(QPushButton)
    assert mine.text() == "Keep mine" and theirs.text() == "Keep theirs" and theirs.isEnabled()
    theirs.click()
    assert vault.cases.get(made["case"])["title"] == "Title changed in B"
    assert panel.rows == [] and "No import conflict" in panel.title.text()
    assert importer.list_conflicts(vault).items == []


def test_screenshots_of_this_area(qtbot, tmp_path):
    from shell_helpers import make_session, make_vault, open_window, unlock

    from liaison import demo
    from ui.shots_handover import shoot

    session = make_session(tmp_path)
    make_vault(session.vault_path)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    demo.populate(session.vault, today="2026-06-30")
    shots = shoot(win, session, tmp_path / "shots")
    assert [p.name for p in shots] == [
        "handover-1-export.png", "handover-2-export-result.png", "handover-3-import-plan.png",
        "handover-4-import-result.png", "handover-5-export-passphrase.png", "handover-6-conflicts.png",
        "handover-7-refused.png", "report-1-dialog.png"]
    assert all(p.stat().st_size > 5000 for p in shots)
    assert session.is_open
    # The hooks the lead wires into the case view, the palette and the menus.
    from ui.handover import open_export, open_import
    from ui.report_dialog import open_report

    ref = session.vault.cases.list(limit=1).items[0]["reference"]
    for dlg in (open_export(win, ref), open_import(win), open_report(win)):
        assert dlg.isVisible() and dlg.parent() is win
        qtbot.waitUntil(lambda d=dlg: getattr(d, "task", None) is None, timeout=WAIT_MS)
        dlg.close()


def test_a_lock_during_an_export_stops_it_before_it_writes(qtbot, tmp_path, monkeypatch):
    """A lock (idle, screen or by hand) asks the export to stop; it stops before writing the file or the
    disclosure, then the window locks."""
    from shell_helpers import make_session, open_window, unlock

    from liaison import demo
    from ui.handover import bexport

    session = make_session(tmp_path)
    v, _ = Vault.create(session.vault_path, PASSPHRASE)
    demo.populate(v)
    ref = v.cases.list(limit=1).items[0]["reference"]
    v.close()
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    started = threading.Event()
    real = bexport.export_case

    def slow_export(vault, case, target, **kwargs):
        started.set()
        for _ in range(500):  # encrypting a large case, until the lock asks it to stop
            if target.cancel.is_set():
                break
            threading.Event().wait(0.01)
        return real(vault, case, target, **kwargs)

    monkeypatch.setattr(bexport, "export_case", slow_export)
    dlg = ExportBundleDialog(session, ref, win)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.to_passphrase.setChecked(True)
    dlg.passphrase.setText(BUNDLE_PASS)
    dlg.passphrase2.setText(BUNDLE_PASS)
    dlg.purpose.setText("handover to my successor")
    out = tmp_path / "locked.liaison-bundle"
    dialogs.next_answer(str(out), kind="save_file")
    dlg.choose_button.click()
    dlg.export_button.click()
    qtbot.waitUntil(started.is_set)
    win.lock("idle")
    assert session.is_open  # not under the export: it is asked to stop first
    qtbot.waitUntil(lambda: not session.is_open, timeout=WAIT_MS)
    assert not out.exists()
    with Vault.open(session.vault_path, PASSPHRASE) as vault:
        assert vault.audit.list(action="disclose") == []


def test_a_lock_while_a_bundle_is_opened_closes_the_dialog_and_lets_it_go(qtbot, tmp_path, monkeypatch):
    """Opening (decrypting, checking, the dry run) reads only: a lock does not wait for it, the dialog goes
    with the lock and what the opening decrypted is not kept."""
    from shell_helpers import make_session, open_window, unlock

    from liaison import demo
    from liaison.bundles.export import export_case

    session = make_session(tmp_path)
    v, _ = Vault.create(session.vault_path, PASSPHRASE)
    demo.populate(v)
    ref = v.cases.list(limit=1).items[0]["reference"]
    out = tmp_path / "own.liaison-bundle"
    export_case(v, ref, out, passphrase=BUNDLE_PASS, purpose="a copy to look at")
    v.close()
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    started, release = threading.Event(), threading.Event()
    real_inspect = importer.inspect

    def slow_inspect(bundle):
        started.set()
        release.wait(10)
        return real_inspect(bundle)

    monkeypatch.setattr(importer, "inspect", slow_inspect)
    closed = []
    real_close = safety.Bundle.close
    monkeypatch.setattr(safety.Bundle, "close", lambda self: closed.append(self) or real_close(self))
    dlg = ImportBundleDialog(session, win)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load_file(str(out))
    dlg.passphrase.setText(BUNDLE_PASS)
    dlg.open_button.click()
    qtbot.waitUntil(started.is_set)
    win.lock("idle")
    release.set()
    qtbot.waitUntil(lambda: not session.is_open, timeout=WAIT_MS)
    assert not dlg.isVisible() and dlg.task is None  # gone with the lock, not after the opening
    qtbot.waitUntil(lambda: len(closed) == 1, timeout=WAIT_MS)  # the opening's bundle, once it came
    assert dlg.opened is None and dlg.plan is None
