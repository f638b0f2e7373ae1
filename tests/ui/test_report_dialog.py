"""The oversight report dialog: period, key figures from the core, PDF and CSV
saved through the dialog seam (and audited), refusals in words."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from types import SimpleNamespace

import pypdf
import pytest

from liaison import demo
from ui import dialogs
from ui.report_dialog import OversightReportDialog

WAIT_MS = 15_000


@pytest.fixture(autouse=True)
def _seam():
    dialogs.reset()
    yield
    dialogs.reset()


@pytest.fixture
def dlg(qtbot, vault):
    demo.populate(vault, today="2026-06-30")
    d = OversightReportDialog(SimpleNamespace(vault=vault), today=date(2026, 6, 30))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.task is None and d.figures is not None, timeout=WAIT_MS)
    return d


def _set_period(qtbot, d, start: date, end: date) -> None:
    d.start.setValue(start)
    d.end.setValue(end)
    qtbot.waitUntil(lambda: d.task is None and d.figures is not None
                    and d.figures["period"] == {"from": start.isoformat(), "to": end.isoformat()}, timeout=WAIT_MS)


def _exports(vault):
    return [json.loads(r[0]) for r in vault.db.execute(
        "SELECT details FROM audit WHERE action = 'export' AND record_type = 'report' ORDER BY seq")]


def test_preview_shows_the_core_figures(qtbot, dlg, vault):
    assert dlg.start.value() == date(2025, 1, 1) and dlg.end.value() == date(2025, 12, 31)
    _set_period(qtbot, dlg, date(2025, 1, 1), date(2026, 12, 31))
    stats = vault.stats.report(date_from=date(2025, 1, 1), date_to=date(2026, 12, 31))
    t = stats["totals"]
    assert f"Requests sent: {t['sent']}" in dlg.totals.text()
    assert f"in all: {t['sent'] + t['received']}" in dlg.totals.text()
    overall = {r["direction"]: r for r in stats["response_times"]["overall"]}
    assert f"median {overall['sent']['median_days']:.1f} days" in dlg.times.text()
    # The first country row is the busiest, with its sent and received counts.
    merged = {}
    for r in stats["by_country"]:
        merged.setdefault(r["label"], {"sent": 0, "received": 0})[r["direction"]] += r["count"]
    top = dlg.countries.item(0, 0).text()
    assert dlg.countries.item(0, 1).text() == str(merged[top]["sent"])
    assert dlg.countries.item(0, 2).text() == str(merged[top]["received"])
    assert max(v["sent"] + v["received"] for v in merged.values()) == merged[top]["sent"] + merged[top]["received"]
    assert dlg.pdf_button.isEnabled() and dlg.csv_button.isEnabled()
    assert _exports(vault) == []  # a preview is not an export


def test_saves_pdf_and_csv_through_the_seam(qtbot, dlg, vault, tmp_path):
    _set_period(qtbot, dlg, date(2025, 1, 1), date(2026, 12, 31))
    pdf_path, csv_path = tmp_path / "r.pdf", tmp_path / "r.csv"
    dialogs.next_answer(str(pdf_path), kind="save_file")
    dlg.pdf_button.click()
    qtbot.waitUntil(lambda: dlg.task is None and pdf_path.exists(), timeout=WAIT_MS)
    assert dialogs.calls[-1].args["suggested"] == "oversight-report-2025-01-01-2026-12-31.pdf"
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(pdf_path)).pages)
    t = dlg.figures["totals"]
    assert f"Requests sent {t['sent']}" in text and "Period 2025-01-01 to 2026-12-31" in text
    assert str(pdf_path) in dlg.message.text()

    dialogs.next_answer(str(csv_path), kind="save_file")
    dlg.csv_button.click()
    qtbot.waitUntil(lambda: dlg.task is None and csv_path.exists(), timeout=WAIT_MS)
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text())))
    assert {r["direction"]: int(r["count"]) for r in rows if r["section"] == "total"} == t
    assert [e["format"] for e in _exports(vault)] == ["pdf", "csv"]
    assert dlg.saved == [str(pdf_path), str(csv_path)]


def test_cancelled_save_and_bad_period_write_nothing(qtbot, dlg, vault, tmp_path):
    dialogs.next_answer(None, kind="save_file")  # the officer cancels the file dialog
    dlg.pdf_button.click()
    assert dlg.task is None and _exports(vault) == [] and not list(tmp_path.glob("*.pdf"))
    dlg.start.setValue(date(2026, 12, 31))
    dlg.end.setValue(date(2026, 1, 1))
    qtbot.waitUntil(lambda: dlg.task is None and "ends before it starts" in dlg.message.text(), timeout=WAIT_MS)
    assert not dlg.pdf_button.isEnabled() and not dlg.csv_button.isEnabled()
    dlg.end.setValue(None)
    assert "last day" in dlg.message.text()
    assert _exports(vault) == []
