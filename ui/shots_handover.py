"""Screenshots of the hand-over dialogs and the oversight report dialog.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.shots_handover OUTDIR

:func:`shoot` drives an unlocked demo window: the export dialog (with a record
withheld as restricted), its result, the import dialog with its plan (into a
second, temporary vault), a refused bundle, the conflicts left by an import,
and the report dialog. Everything happens in temporary folders with an
in-memory keychain.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pyrage
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from liaison.bundles.identity import public_key
from liaison.keychain import Keychain
from liaison.vault import Vault

from . import dialogs
from .handover import ExportBundleDialog, ImportBundleDialog
from .main_window import MainWindow
from .report_dialog import OversightReportDialog
from .screenshots import _MemoryKeyring
from .session import Session

SIZE = (1180, 760)
DIALOG = (900, 820)
BUNDLE_PASS = "screenshot bundle passphrase"


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the dialog did not reach the expected state")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _save(widget: QWidget, out: Path, name: str) -> Path:
    app = QApplication.instance()
    for _ in range(6):
        app.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _case_to_show(vault) -> str:
    """The busiest case that may be handed over, with one restricted entry added so
    that the export shows what it withholds."""
    row = vault.db.execute(
        "SELECT e.case_id FROM exchanges e JOIN cases c ON c.id = e.case_id "
        "WHERE c.handling NOT LIKE '%RED%' AND c.handling NOT LIKE '%H2%' "
        "GROUP BY e.case_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    vault.exchanges.add(direction="received", case=row[0], handling="TLP:RED", channel="e-mail",
                        summary="Intelligence report from the partner, not to be passed on")
    return vault.cases.get(row[0])["reference"]


def _dialog(dlg: QWidget) -> QWidget:
    dlg.resize(*DIALOG)
    dlg.show()
    return dlg


def shoot(window: MainWindow, session: Session, out: Path) -> list[Path]:
    """Each screen of the hand-over and report dialogs, as PNG files in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    vault = session.vault
    assert vault is not None
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # The colleague's vault: temporary, with a keychain that exists only in memory.
        other, _code = Vault.create(work / "colleague" / "vault.liaison", "colleague passphrase 2026",
                                    keychain=Keychain(_MemoryKeyring()))
        try:
            ref = _case_to_show(vault)
            # 1-2: export to the colleague's key (and a partner's), with a withheld record.
            exp = _dialog(ExportBundleDialog(session, ref, window))
            partner = str(pyrage.x25519.Identity.generate().to_public())
            exp.recipients.setPlainText(f"{public_key(other)}\n{partner}")
            exp.given_to.setText("Colleague taking over; Policía Nacional liaison desk")
            exp.purpose.setText("Handover on rotation; the Madrid desk answers request ES-PN-2026/0412")
            bundle = work / f"{ref.replace('/', '-')}.liaison-bundle"
            dialogs.next_answer(str(bundle), kind="save_file")
            exp.choose_button.click()
            shots.append(_save(exp, out, "handover-1-export"))
            exp.export_button.click()
            _wait(lambda: exp.task is None)
            shots.append(_save(exp, out, "handover-2-export-result"))
            exp.close()

            # 3-4: the colleague imports it: what is inside and what will change, then the result.
            imp = _dialog(ImportBundleDialog(SimpleNamespace(vault=other), window))
            dialogs.next_answer(str(bundle), kind="open_file")
            imp.choose_button.click()
            imp.open_button.click()
            _wait(lambda: imp.task is None)
            shots.append(_save(imp, out, "handover-3-import-plan"))
            imp.import_button.click()
            _wait(lambda: imp.task is None)
            shots.append(_save(imp, out, "handover-4-import-result"))
            imp.close()

            # 5-6: both sides change the case; the colleague's bundle back leaves a conflict.
            case_id = vault.cases.resolve(ref)
            vault.cases.update(case_id, summary="Summary updated here after the hand-over.")
            other.cases.update(case_id, summary="Summary updated by the colleague who took over.")
            back = _dialog(ExportBundleDialog(SimpleNamespace(vault=other), ref, window))
            back.to_passphrase.setChecked(True)
            back.passphrase.setText(BUNDLE_PASS)
            back.passphrase2.setText(BUNDLE_PASS)
            back.purpose.setText("Case returned to its first officer")
            returned = work / "returned.liaison-bundle"
            dialogs.next_answer(str(returned), kind="save_file")
            back.choose_button.click()
            back.export_button.click()
            _wait(lambda: back.task is None)
            shots.append(_save(back, out, "handover-5-export-passphrase"))
            back.close()
            mine = _dialog(ImportBundleDialog(session, window))
            dialogs.next_answer(str(returned), kind="open_file")
            mine.choose_button.click()
            mine.passphrase.setText(BUNDLE_PASS)
            mine.open_button.click()
            _wait(lambda: mine.task is None)
            mine.import_button.click()
            _wait(lambda: mine.task is None)
            shots.append(_save(mine, out, "handover-6-conflicts"))
            mine.close()

            # 7: a damaged bundle is refused in words.
            damaged = work / "damaged.liaison-bundle"
            data = bytearray(returned.read_bytes())
            data[-40] ^= 0xFF
            damaged.write_bytes(bytes(data))
            bad = _dialog(ImportBundleDialog(session, window))
            dialogs.next_answer(str(damaged), kind="open_file")
            bad.choose_button.click()
            bad.passphrase.setText(BUNDLE_PASS)
            bad.open_button.click()
            _wait(lambda: bad.task is None)
            shots.append(_save(bad, out, "handover-7-refused"))
            bad.close()
        finally:
            other.close()

    # 8: the oversight report dialog, over the demo's period.
    rep = _dialog(OversightReportDialog(session, window))
    rep.start.setValue(date(2025, 1, 1))
    rep.end.setValue(date(2026, 12, 31))
    _wait(lambda: rep.task is None and rep.figures is not None and rep.figures["period"]["to"] == "2026-12-31")
    shots.append(_save(rep, out, "report-1-dialog"))
    rep.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    """Build a demo window in a temporary folder and take the pictures."""
    from .screenshots import run_area

    return run_area(shoot, argv)



if __name__ == "__main__":
    sys.exit(main())
