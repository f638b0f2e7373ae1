"""Statistics from real rows written through the case and exchange stores."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import PASSPHRASE

from liaison.cli import main
from liaison.errors import ValidationError
from liaison.stats import NO_OUTCOME, PENDING, percentile


def _row(rows, direction, key):
    found = [r for r in rows if r["direction"] == direction and r["key"] == key]
    assert len(found) == 1, (direction, key, rows)
    return found[0]


def _at(day: int, hour: int = 10) -> str:
    return f"2026-01-{day:02d} {hour:02d}:00"


@pytest.fixture
def log(vault):
    """Sent requests to PL (via the case) and FR (via the entry), a received one
    from IT, answers after 2, 4, 6 and 10 days, one pending, one corrected."""
    case_pl = vault.cases.add(title="Harbour", requesting_state="DE", requested_state="PL", legal_basis="ETS 30").id
    ex = vault.exchanges
    ids = {}
    # Four MLA requests to PL in January (country and basis come from the case).
    for i, (day, answer_after) in enumerate([(1, 2), (2, 4), (3, 6), (4, 10)]):
        rid = ex.add(direction="sent", summary=f"MLA {i}", case=case_pl, request_type="mla-request",
                     occurred_at=_at(day)).id
        ids[f"pl{i}"] = rid
        ex.add(direction="received", summary=f"answer {i}", response_to=rid,
               outcome="granted" if i < 3 else "refused", occurred_at=_at(day + answer_after))
    # A later answer to pl0 does not change its response time, but its outcome.
    ex.add(direction="received", summary="final answer", response_to=ids["pl0"], outcome="partially granted",
           occurred_at=_at(20))
    # A preservation request to FR with no answer yet.
    ids["fr"] = ex.add(direction="sent", summary="Preserve logs", counterpart_country="FR",
                       request_type="preservation-request", legal_basis="ETS 185", occurred_at=_at(5)).id
    # A received information request from IT, answered without an outcome after 1 day.
    ids["it"] = ex.add(direction="received", summary="Info request", counterpart_country="IT",
                       request_type="information-request", occurred_at=_at(6), cross_check=False).id
    ex.add(direction="sent", summary="Here you are", response_to=ids["it"], occurred_at=_at(7))
    # Not a formal request: never counted.
    ex.add(direction="sent", summary="Status?", counterpart_country="PL", request_type="status-inquiry",
           occurred_at=_at(8))
    # A request in March, outside a January period.
    ids["march"] = ex.add(direction="sent", summary="March MLA", counterpart_country="ES",
                          request_type="mla-request", occurred_at="2026-03-02 09:00").id
    return vault, ids


def test_percentile_interpolates():
    assert percentile([], 50) is None
    assert percentile([5.0], 90) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile([2.0, 4.0, 6.0, 10.0], 90) == pytest.approx(8.8)


def test_counts_by_country_basis_type_and_outcome(log):
    vault, _ = log
    rep = vault.stats.report(date_from="2026-01-01", date_to="2026-01-31")
    assert rep["totals"] == {"sent": 5, "received": 1}
    assert _row(rep["by_country"], "sent", "PL")["count"] == 4  # from the case's requested state
    assert _row(rep["by_country"], "sent", "PL")["label"] == "Poland"
    assert _row(rep["by_country"], "sent", "FR")["count"] == 1
    assert _row(rep["by_country"], "received", "IT")["count"] == 1
    assert not [r for r in rep["by_country"] if r["key"] == "ES"]  # March is outside the period
    ets30 = vault.agreements.resolve("ETS 30")
    ets185 = vault.agreements.resolve("ETS 185")
    assert _row(rep["by_legal_basis"], "sent", ets30)["count"] == 4  # from the case
    assert _row(rep["by_legal_basis"], "sent", ets30)["label"] == "ETS 30"
    assert _row(rep["by_legal_basis"], "sent", ets185)["count"] == 1
    assert _row(rep["by_legal_basis"], "received", "")["label"] == "(not recorded)"
    assert _row(rep["by_request_type"], "sent", "mla-request")["count"] == 4
    assert _row(rep["by_request_type"], "sent", "preservation-request")["count"] == 1
    assert not [r for r in rep["by_request_type"] if r["key"] == "status-inquiry"]
    outcomes = {(r["direction"], r["key"]): r["count"] for r in rep["by_outcome"]}
    assert outcomes == {
        ("sent", "granted"): 2, ("sent", "partially granted"): 1, ("sent", "refused"): 1,
        ("sent", PENDING): 1, ("received", NO_OUTCOME): 1,
    }


def test_response_times_median_and_p90(log):
    vault, _ = log
    rep = vault.stats.report(date_from="2026-01-01", date_to="2026-01-31")
    pl = _row(rep["response_times"]["by_country"], "sent", "PL")
    assert pl["answered"] == 4 and pl["pending"] == 0
    assert pl["median_days"] == 5.0  # first answers after 2, 4, 6, 10 days
    assert pl["p90_days"] == 8.8
    fr = _row(rep["response_times"]["by_country"], "sent", "FR")
    assert fr["answered"] == 0 and fr["pending"] == 1 and fr["median_days"] is None
    ets30 = vault.agreements.resolve("ETS 30")
    assert _row(rep["response_times"]["by_legal_basis"], "sent", ets30)["median_days"] == 5.0
    overall = _row(rep["response_times"]["overall"], "sent", "")
    assert overall["answered"] == 4 and overall["pending"] == 1
    it = _row(rep["response_times"]["overall"], "received", "")
    assert it["median_days"] == 1.0


def test_period_bounds_are_inclusive_days(log):
    vault, _ = log
    rep = vault.stats.report(date_from="2026-01-04", date_to="2026-01-05")
    assert rep["totals"] == {"sent": 2, "received": 0}  # pl3 on the 4th, FR on the 5th
    everything = vault.stats.report()
    assert everything["totals"] == {"sent": 6, "received": 1}
    assert everything["period"] == {"from": "", "to": ""}


def test_corrected_request_counts_once_and_keeps_its_answers(log):
    vault, ids = log
    vault.exchanges.correct(ids["pl1"], reason="wrong country", counterpart_country="CZ")
    rep = vault.stats.report(date_from="2026-01-01", date_to="2026-01-31")
    assert rep["totals"]["sent"] == 5
    assert _row(rep["by_country"], "sent", "PL")["count"] == 3
    cz = _row(rep["response_times"]["by_country"], "sent", "CZ")
    assert cz["answered"] == 1 and cz["median_days"] == 4.0  # the answer to the old version still counts


def test_refuses_bad_periods(vault):
    with pytest.raises(ValidationError) as exc:
        vault.stats.report(date_from="2026-02-01", date_to="2026-01-01")
    assert exc.value.field == "to"
    with pytest.raises(ValidationError):
        vault.stats.report(date_from="last week")


def test_empty_vault_reports_zero(vault):
    rep = vault.stats.report()
    assert rep["totals"] == {"sent": 0, "received": 0}
    assert rep["by_country"] == [] and rep["response_times"]["overall"] == []
    assert "0 sent" in vault.stats.to_text(rep)


def test_csv_export(log):
    vault, _ = log
    text = vault.stats.to_csv(date_from="2026-01-01", date_to="2026-01-31")
    rows = list(csv.DictReader(io.StringIO(text)))
    total = [r for r in rows if r["section"] == "total" and r["direction"] == "sent"]
    assert total[0]["count"] == "5" and total[0]["period_from"] == "2026-01-01"
    pl = [r for r in rows if r["section"] == "response_time_country" and r["key"] == "PL"]
    assert pl[0]["median_days"] == "5.0" and pl[0]["p90_days"] == "8.8" and pl[0]["answered"] == "4"
    assert {r["section"] for r in rows} >= {"country", "legal_basis", "request_type", "outcome",
                                            "response_time_overall", "response_time_country",
                                            "response_time_legal_basis"}


def test_csv_defuses_formula_labels(vault):
    vault.agreements.add(title="=cmd|' /C calc'!A0", type="bilateral-treaty", parties=["DE", "PL"])
    agreement = vault.db.execute("SELECT id FROM agreements WHERE title LIKE '=cmd%'").fetchone()[0]
    vault.exchanges.add(direction="sent", summary="x", request_type="mla-request", legal_basis=agreement,
                        counterpart_country="PL", occurred_at="2026-01-02 10:00")
    rows = list(csv.reader(io.StringIO(vault.stats.to_csv())))
    assert not any(cell.startswith("=") for row in rows for cell in row)
    assert any(cell.startswith("'=cmd") for row in rows for cell in row)


def test_cli_stats(vault_path, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(vault_path), "init", "--no-keychain", "--json"]) == 0
    from liaison.vault import Vault

    v = Vault.open(vault_path, PASSPHRASE)
    rid = v.exchanges.add(direction="sent", summary="MLA", counterpart_country="PL", request_type="mla-request",
                          occurred_at="2026-01-02 10:00").id
    v.exchanges.add(direction="received", summary="ok", response_to=rid, outcome="granted",
                    occurred_at="2026-01-05 10:00")
    v.close()
    capsys.readouterr()
    out_csv = tmp_path / "stats.csv"
    assert main(["--vault", str(vault_path), "stats", "--from", "2026-01-01", "--to", "2026-01-31",
                 "--csv", str(out_csv), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"] == {"sent": 1, "received": 0}
    assert data["response_times"]["by_country"][0]["median_days"] == 3.0
    assert "response_time_country" in out_csv.read_text()
    assert out_csv.stat().st_mode & 0o077 == 0
    assert main(["--vault", str(vault_path), "stats"]) == 0
    text = capsys.readouterr().out
    assert "Poland" in text and "1 sent" in text
    assert main(["--vault", str(vault_path), "stats", "--from", "2026-13-01"]) == 2
    assert main(["--vault", str(vault_path), "stats", "--from", "2026-02-01", "--to", "2026-01-01"]) == 2


def test_answers_follow_a_chain_of_corrections(log):
    vault, ids = log
    second = vault.exchanges.correct(ids["pl2"], reason="typo", counterpart_country="CZ").id
    vault.exchanges.correct(second, reason="another typo", counterpart_country="SK")
    rep = vault.stats.report(date_from="2026-01-01", date_to="2026-01-31")
    assert rep["totals"]["sent"] == 5
    sk = _row(rep["response_times"]["by_country"], "sent", "SK")
    assert sk["answered"] == 1 and sk["median_days"] == 6.0
    assert not [r for r in rep["by_country"] if r["key"] == "CZ"]
    assert _row(rep["by_outcome"], "sent", "granted")["count"] == 2
