"""The oversight report (PDF and CSV) from a demo vault: its figures are the
statistics', its charts are drawn, it names nobody, and it is audited."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from datetime import date

import pypdf
import pytest
from conftest import PASSPHRASE
from environment import needs

from liaison import demo
from liaison.cli import main
from liaison.errors import ValidationError
from liaison.reports import RECEIVED_COLOUR, SENT_COLOUR, oversight_csv, oversight_data, oversight_report

START, END = date(2025, 1, 1), date(2026, 12, 31)


@pytest.fixture
def demo_vault(vault):
    demo.populate(vault, today="2026-06-30")
    return vault


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(p.extract_text() for p in reader.pages)


def _merged(rows):
    out = {}
    for r in rows:
        out.setdefault(r["label"], {"sent": 0, "received": 0})[r["direction"]] += r["count"]
    return out


def _exports(vault):
    return [dict(r) for r in vault.db.query("SELECT * FROM audit WHERE action = 'export' AND record_type = 'report'")]


def test_pdf_figures_match_the_statistics(demo_vault):
    pdf = oversight_report(demo_vault, start=START, end=END)
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    stats = demo_vault.stats.report(date_from=START, date_to=END)
    sent, received = stats["totals"]["sent"], stats["totals"]["received"]
    assert sent + received > 10  # the demo has requests: the test is about real numbers
    assert f"Requests sent {sent}" in text
    assert f"Requests received {received}" in text
    assert f"Requests in all {sent + received}" in text
    for section in ("by_country", "by_legal_basis", "by_outcome"):
        for label, n in _merged(stats[section]).items():
            row = f"{label} {n['sent']} {n['received']} {n['sent'] + n['received']}"
            assert row in text, (section, row)
    # Response times per country: median and p90 printed to one decimal.
    for r in stats["response_times"]["by_country"]:
        if r["median_days"] is not None:
            direction = "Sent" if r["direction"] == "sent" else "Received"
            assert re.search(rf"{re.escape(r['label'])} {direction} {r['answered']} {r['pending']} "
                             rf"{r['median_days']:.1f} {r['p90_days']:.1f}", text), r
    overall = {r["direction"]: r for r in stats["response_times"]["overall"]}
    assert f"median {overall['sent']['median_days']:.1f} days" in text
    assert "Method" in text and "What is counted" in text
    assert re.search(r"Page 1 of (\d+)", text)


def test_pdf_has_charts_and_embeds_its_fonts(demo_vault):
    pdf = oversight_report(demo_vault, start=START, end=END)
    text = _text(pdf)
    for title in ("Requests by country", "Requests by outcome", "Median response time by country, days"):
        assert title in text
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    streams = b"".join(p.get_contents().get_data() for p in reader.pages)
    # the bars of each series are rectangles filled in its colour (as reportlab writes it: ".184314 ...")
    for colour in (SENT_COLOUR, RECEIVED_COLOUR):
        fill = " ".join(f"{c:.6f}".lstrip("0") for c in colour.rgb()) + " rg"
        assert streams.count(fill.encode()) >= 3, fill
    assert streams.count(b" re") > 40
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            desc = font.get_object()
            assert "Helvetica" not in str(desc.get("/BaseFont")), desc


def test_no_personal_data_in_pdf_or_csv(demo_vault):
    pdf_text = _text(oversight_report(demo_vault, start=START, end=END))
    csv_text = oversight_csv(demo_vault, start=START, end=END)
    names = set()
    for (value,) in demo_vault.db.execute("SELECT names FROM persons"):
        names |= {n["text"] for n in json.loads(value)}
    for (value,) in demo_vault.db.execute("SELECT display_name FROM persons"):
        names.add(value)
    for (value,) in demo_vault.db.execute("SELECT name FROM contacts"):
        names.add(value)
    names.add(demo_vault.settings.get("officer.name"))
    names = {n for n in names if n and len(n) > 3}
    assert len(names) > 20
    for name in names:
        assert name not in pdf_text, name
        assert name not in csv_text, name
    # and no case reference either
    for (ref,) in demo_vault.db.execute("SELECT reference FROM cases"):
        assert ref not in pdf_text


def test_csv_is_the_statistics_table_and_both_are_audited(demo_vault):
    before = len(_exports(demo_vault))
    text = oversight_csv(demo_vault, start=START, end=END)
    rows = list(csv.DictReader(io.StringIO(text)))
    stats = demo_vault.stats.report(date_from=START, date_to=END)
    totals = {r["direction"]: int(r["count"]) for r in rows if r["section"] == "total"}
    assert totals == stats["totals"]
    assert {r["period_from"] for r in rows} == {"2025-01-01"}
    oversight_report(demo_vault, start=START, end=END)
    entries = _exports(demo_vault)
    assert len(entries) == before + 2
    details = [json.loads(e["details"]) for e in entries[-2:]]
    assert [d["format"] for d in details] == ["csv", "pdf"]
    assert all(d["from"] == "2025-01-01" and d["to"] == "2026-12-31" for d in details)
    assert demo_vault.audit.verify()["ok"] if isinstance(demo_vault.audit.verify(), dict) else True


def test_refusals_write_nothing(demo_vault):
    before = len(_exports(demo_vault))
    with pytest.raises(ValidationError) as exc:
        oversight_report(demo_vault, start=END, end=START)
    assert exc.value.field == "to"
    with pytest.raises(ValidationError) as exc:
        oversight_report(demo_vault, start=START, end=END, lang="xx")
    assert exc.value.field == "lang"
    with pytest.raises(ValidationError):
        oversight_csv(demo_vault, start=END, end=START)
    assert len(_exports(demo_vault)) == before


def test_empty_period_still_makes_a_report(demo_vault):
    pdf = oversight_report(demo_vault, start=date(2001, 1, 1), end=date(2001, 12, 31))
    text = _text(pdf)
    assert "Requests in all 0" in text
    assert "No request was logged in this period" in text
    data = oversight_data(demo_vault, start=date(2001, 1, 1), end=date(2001, 12, 31))
    assert data["totals"] == {"sent": 0, "received": 0}


def test_cli_report_writes_pdf_and_csv(demo_vault, vault_path, tmp_path, monkeypatch, capsys):
    demo_vault.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    out, out_csv = tmp_path / "report.pdf", tmp_path / "report.csv"
    rc = main(["--vault", str(vault_path), "report", "--from", "2025-01-01", "--to", "2026-12-31",
               "-o", str(out), "--csv", str(out_csv), "--json"])
    assert rc == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pdf"] == str(out) and data["csv"] == str(out_csv)
    assert out.read_bytes().startswith(b"%PDF") and data["bytes"] == out.stat().st_size
    assert out_csv.read_text().startswith("section,direction")
    assert data["totals"]["sent"] > 0
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    # An existing file is refused before any work, and stays as it was.
    old = out.read_bytes()
    rc = main(["--vault", str(vault_path), "report", "--from", "2025-01-01", "--to", "2026-12-31", "-o", str(out)])
    assert rc == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == old
    rc = main(["--vault", str(vault_path), "report", "--from", "2026-12-31", "--to", "2025-01-01",
               "-o", str(tmp_path / "x.pdf")])
    assert rc == 2 and not (tmp_path / "x.pdf").exists()


@needs("pdftoppm")
def test_pages_render_as_images(demo_vault, tmp_path):
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(oversight_report(demo_vault, start=START, end=END))
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(pypdf.PdfReader(str(pdf)).pages) >= 3
    assert all(p.stat().st_size > 2000 for p in pages)


def test_legal_basis_in_any_script_is_printed(demo_vault):
    titles = ["Συμφωνία δικαστικής συνεργασίας", "Договор о правовой помощи", "司法协助条约"]
    for t in titles + ["اتفاقية التعاون القضائي"]:
        a = demo_vault.agreements.add(title=t, type="bilateral-treaty", parties=["DE", "MA"])
        demo_vault.exchanges.add(direction="sent", summary="request", counterpart_country="MA",
                                 request_type="mla-request", legal_basis=a.id, occurred_at="2026-02-01 10:00")
    pdf = oversight_report(demo_vault, start=START, end=END)
    text = _text(pdf)
    for t in titles:
        assert text.count(t) >= 2, t  # in the table and in the chart's labels
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts = {str(f.get_object()["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert len(fonts) >= 3  # Latin, Arabic and CJK faces embedded
