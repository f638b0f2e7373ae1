"""Statistics for oversight bodies: requests by country, legal basis, type and
outcome, and response times (median and 90th percentile) per country and per
legal basis, for a period; as a dict, text or CSV.

Definitions (stated in every report so that figures can be read correctly):

- A *request* is an exchange-log entry of a formal request type (``is_request``:
  MLA, preservation, information, EIO request), sent or received, whose
  ``occurred_at`` falls in the period (UTC days, both ends included). Only the
  current version of a corrected entry counts.
- Its *country* is the entry's counterpart country, else the case's requested
  state (sent) or requesting state (received). Its *legal basis* is the entry's,
  else the case's.
- Its *response* is the first current entry that answers it (``response_to``,
  also to an earlier version of the request), whenever it came. Its *outcome* is
  the outcome of the latest answering entry that has one; "pending" when nothing
  answered it, "no outcome recorded" when answers carry none.
- *Response time* is from the request to its first response, in days; median and
  90th percentile use linear interpolation between ranks (as numpy's default).

Rows are streamed from one SQL query, never a whole table in Python; what is
held is one number per answered request of the period (for the percentiles).
"""

from __future__ import annotations

import csv
import io
import math
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from .errors import ValidationError
from .refdata import country_name
from .timeutil import parse_date

DIRECTIONS = ("sent", "received")
PENDING = "pending"
NO_OUTCOME = "no outcome recorded"
UNKNOWN = ""  # key for "not recorded"
DEFINITIONS = (
    "Requests: formal requests (MLA, preservation, information, EIO) logged in the period (UTC), current versions "
    "only. Country: counterpart country, else the case's other state. Legal basis: the entry's, else the case's. "
    "Response time: request to first answering entry, in days; percentiles by linear interpolation. Outcome: of "
    "the latest answer that records one."
)


def percentile(values: list[float], p: float) -> float | None:
    """The p-th percentile (0-100) of sorted ``values``, linear interpolation."""
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    pos = (len(values) - 1) * p / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (pos - lo)


def _days(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 86400.0, 2)


def _period(date_from: str | date | None, date_to: str | date | None) -> tuple[str | None, str | None, str, str]:
    start = parse_date(date_from, field="from") if isinstance(date_from, str) else date_from
    end = parse_date(date_to, field="to") if isinstance(date_to, str) else date_to
    if start and end and end < start:
        raise ValidationError("to: the period ends before it starts; swap --from and --to.", field="to")
    lo = start.isoformat() if start else None
    hi = (end + timedelta(days=1)).isoformat() if end else None  # exclusive bound: 'to' day included
    return lo, hi, start.isoformat() if start else "", end.isoformat() if end else ""


class Statistics:
    """Figures from the exchange log (and cases, for country and legal basis)."""

    def __init__(self, vault) -> None:
        self.vault = vault

    # ------------------------------------------------------------------ report
    def report(self, *, date_from: str | date | None = None, date_to: str | date | None = None) -> dict[str, Any]:
        """Counts and response times for requests logged in the period."""
        lo, hi, shown_from, shown_to = _period(date_from, date_to)
        db = self.vault.db
        labels = self._agreement_labels()

        where, params = ["e.is_request = 1", "NOT EXISTS (SELECT 1 FROM exchanges x WHERE x.corrects_id = e.id)"], []
        answer_where = ""
        if lo:
            # An answer never comes before its request. The unary + keeps SQLite from
            # reading answers through the date index (random page reads): a scan is cheaper.
            answer_where = "AND +r.occurred_at >= ?"
            where.append("e.occurred_at >= ?")
            params.append(lo)
        if hi:
            where.append("e.occurred_at < ?")
            params.append(hi)
        # Per answered request: its first answer's time and latest recorded outcome,
        # in an in-memory temporary table keyed by the request (the vault file is
        # not written). Answers to an earlier version of a corrected request count
        # for its current version.
        db.execute("DROP TABLE IF EXISTS temp.stats_answers")
        db.execute("CREATE TEMP TABLE stats_answers (rid TEXT PRIMARY KEY, first_at TEXT, last_outcome TEXT)")
        try:
            db.execute(
                f"""INSERT INTO temp.stats_answers (rid, first_at, last_outcome)
                WITH RECURSIVE
                chain(old, cur) AS (
                    SELECT corrects_id, id FROM exchanges WHERE corrects_id IS NOT NULL
                    UNION
                    SELECT chain.old, x.id FROM chain JOIN exchanges x ON x.corrects_id = chain.cur
                ),
                latest(old, cur) AS (
                    SELECT old, cur FROM chain
                    WHERE NOT EXISTS (SELECT 1 FROM exchanges y WHERE y.corrects_id = chain.cur)
                )
                SELECT coalesce(l.cur, r.response_to_id), min(r.occurred_at),
                       max(CASE WHEN r.outcome IS NOT NULL THEN r.occurred_at || '|' || r.outcome END)
                FROM exchanges r LEFT JOIN latest l ON l.old = r.response_to_id
                WHERE r.response_to_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM exchanges x WHERE x.corrects_id = r.id) {answer_where}
                GROUP BY 1""",
                [lo] if lo else [],
            )
            sql = f"""
                SELECT e.direction, e.request_type, e.occurred_at,
                       CASE WHEN e.counterpart_country <> '' THEN e.counterpart_country
                            WHEN e.direction = 'sent' THEN coalesce(c.requested_state, '')
                            ELSE coalesce(c.requesting_state, '') END,
                       coalesce(e.legal_basis_id, c.legal_basis_id, ''),
                       a.first_at, a.last_outcome, a.rid IS NOT NULL
                FROM exchanges e
                LEFT JOIN cases c ON c.id = e.case_id
                LEFT JOIN temp.stats_answers a ON a.rid = e.id
                WHERE {' AND '.join(where)}"""
            rows = db.execute(sql, params)
            aggregated = self._aggregate(rows)
        finally:
            db.execute("DROP TABLE IF EXISTS temp.stats_answers")
        counts, times, pending, totals = aggregated

        def label(dim: str, key: str) -> str:
            if key == UNKNOWN:
                return "(not recorded)"
            if dim == "country":
                return country_name(key)
            if dim == "legal_basis":
                return labels.get(key, key)
            return key

        def count_rows(dim: str) -> list[dict[str, Any]]:
            rows = [{"direction": d, "key": k, "label": label(dim, k), "count": n} for (d, k), n in counts[dim].items()]
            rows.sort(key=lambda r: (DIRECTIONS.index(r["direction"]), -r["count"], r["label"]))
            return rows

        def time_rows(dim: str) -> list[dict[str, Any]]:
            keys = set(times[dim]) | set(pending[dim])
            rows = []
            for d, k in keys:
                values = sorted(times[dim].get((d, k), []))
                rows.append({
                    "direction": d, "key": k, "label": label(dim, k) if dim != "overall" else "all",
                    "answered": len(values), "pending": pending[dim][(d, k)],
                    "median_days": _days(percentile(values, 50)), "p90_days": _days(percentile(values, 90)),
                })
            rows.sort(key=lambda r: (DIRECTIONS.index(r["direction"]), -(r["answered"] + r["pending"]), r["label"]))
            return rows

        return {
            "period": {"from": shown_from, "to": shown_to},
            "definitions": DEFINITIONS,
            "totals": {d: totals[d] for d in DIRECTIONS},
            "by_country": count_rows("country"),
            "by_legal_basis": count_rows("legal_basis"),
            "by_request_type": count_rows("request_type"),
            "by_outcome": count_rows("outcome"),
            "response_times": {
                "overall": time_rows("overall"),
                "by_country": time_rows("country"),
                "by_legal_basis": time_rows("legal_basis"),
            },
        }

    @staticmethod
    def _aggregate(rows) -> tuple[dict[str, Counter], dict[str, dict], dict[str, Counter], Counter]:
        """Counters and response-time lists from the streamed request rows."""
        counts: dict[str, Counter] = {k: Counter() for k in ("country", "legal_basis", "request_type", "outcome")}
        times: dict[str, dict[tuple[str, str], list[float]]] = {
            "country": defaultdict(list), "legal_basis": defaultdict(list), "overall": defaultdict(list)}
        pending: dict[str, Counter] = {k: Counter() for k in times}
        totals: Counter = Counter()
        for direction, rtype, at, country, basis, first_at, last_outcome, answered in rows:
            country, basis, rtype = country or UNKNOWN, basis or UNKNOWN, rtype or UNKNOWN
            totals[direction] += 1
            counts["country"][(direction, country)] += 1
            counts["legal_basis"][(direction, basis)] += 1
            counts["request_type"][(direction, rtype)] += 1
            if last_outcome:
                outcome = last_outcome.partition("|")[2]
            elif answered:
                outcome = NO_OUTCOME
            else:
                outcome = PENDING
            counts["outcome"][(direction, outcome)] += 1
            keys = {"country": country, "legal_basis": basis, "overall": ""}
            if first_at:
                seconds = (datetime.fromisoformat(first_at) - datetime.fromisoformat(at)).total_seconds()
                for dim, key in keys.items():
                    times[dim][(direction, key)].append(max(0.0, seconds))
            else:
                for dim, key in keys.items():
                    pending[dim][(direction, key)] += 1
        return counts, times, pending, totals

    def _agreement_labels(self) -> dict[str, str]:
        rows = self.vault.db.execute("SELECT id, reference, title FROM agreements").fetchall()
        return {r[0]: (r[1] or r[2]) for r in rows}

    # ----------------------------------------------------------------- formats
    def to_csv(self, report: dict[str, Any] | None = None, **period: Any) -> str:
        """One flat table: section, direction, key, label and the figures. Text
        cells that a spreadsheet would run as a formula get a leading quote."""
        report = report if report is not None else self.report(**period)
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["section", "direction", "key", "label", "count", "answered", "pending", "median_days",
                    "p90_days", "period_from", "period_to"])
        pf, pt = report["period"]["from"], report["period"]["to"]
        for d in DIRECTIONS:
            w.writerow(["total", d, "", "", report["totals"][d], "", "", "", "", pf, pt])
        for section in ("by_country", "by_legal_basis", "by_request_type", "by_outcome"):
            for r in report[section]:
                w.writerow([section[3:], r["direction"], _cell(r["key"]), _cell(r["label"]), r["count"],
                            "", "", "", "", pf, pt])
        for section, rows in report["response_times"].items():
            for r in rows:
                w.writerow([f"response_time_{section.removeprefix('by_')}", r["direction"], _cell(r["key"]),
                            _cell(r["label"]), r["answered"] + r["pending"], r["answered"], r["pending"],
                            "" if r["median_days"] is None else r["median_days"],
                            "" if r["p90_days"] is None else r["p90_days"], pf, pt])
        return out.getvalue()

    def to_text(self, report: dict[str, Any]) -> str:
        p = report["period"]
        lines = [f"Requests from {p['from'] or 'the start'} to {p['to'] or 'today'} (UTC): "
                 f"{report['totals']['sent']} sent, {report['totals']['received']} received."]
        titles = {"by_country": "By country", "by_legal_basis": "By legal basis",
                  "by_request_type": "By request type", "by_outcome": "By outcome"}
        for section, title in titles.items():
            if report[section]:
                lines.append(f"\n{title}:")
                for r in report[section]:
                    lines.append(f"  {r['direction']:<9} {_printable(r['label'])[:60]:<60} {r['count']:>7}")
        for section, rows in report["response_times"].items():
            if not rows:
                continue
            lines.append(f"\nResponse times ({section.removeprefix('by_').replace('_', ' ')}), days:"
                         f"{'':<37}median    p90  answered pending")
            for r in rows:
                med = "-" if r["median_days"] is None else f"{r['median_days']:.1f}"
                p90 = "-" if r["p90_days"] is None else f"{r['p90_days']:.1f}"
                lines.append(f"  {r['direction']:<9} {_printable(r['label'])[:50]:<50} {med:>7} {p90:>6} "
                             f"{r['answered']:>9} {r['pending']:>7}")
        lines.append(f"\n{report['definitions']}")
        return "\n".join(lines)


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else " " for c in text)
