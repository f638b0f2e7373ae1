"""Deadlines at scale: the state of every deadline (100,000 of them, as for
100,000 open cases) through ``vault.deadlines.compute_all``, and the first page
of overdue deadlines through ``vault.deadlines.list``, each against the same
SQL on plain SQLite (standard ``sqlite3``, same schema from ``m0006``, same
rows) as the floor. The ratio is what the encrypted vault and the store add.

The deadlines are inserted in bulk with plain INSERTs, bypassing the store (no
audit entries). Logging a received request, which creates its Art. 5 deadline
inside the same transaction as the entry, its audit entry and its search entry,
is measured separately on a few hundred entries (no floor: there is no plain
equivalent of the whole write).
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from liaison.migrations import m0006_exchanges
from liaison.records.deadlines import COUNT_SQL, RULES
from liaison.vault import Vault

PASSPHRASE = "benchmark passphrase 2026"
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
_RULES = [r for r in RULES if r != "manual"]

# What one would write first: one aggregate pass over the table (reported in the notes).
SCAN_SQL = (
    "SELECT sum(met_at = '' AND due_at >= ?), sum(met_at = '' AND due_at < ?), sum(met_at <> ''),"
    " sum(met_at = '' AND remind_at <> '' AND remind_at <= ?) FROM deadlines"
)


def _plain_compute(conn: sqlite3.Connection, now_iso: str) -> tuple[int, ...]:
    """The floor: the store's own index-only counts, on plain SQLite."""
    due, overdue, total, reminders = (
        conn.execute(COUNT_SQL[k], () if k == "total" else (now_iso,)).fetchone()[0]
        for k in ("due", "overdue", "total", "reminders")
    )
    return due, overdue, total - due - overdue, reminders
OVERDUE_SQL = "SELECT * FROM deadlines WHERE (met_at = '') AND (due_at < ?) ORDER BY due_at ASC, id ASC LIMIT ?"


def _rows(n: int):
    start = NOW - timedelta(days=400)
    for i in range(n):
        begins = start + timedelta(minutes=i * (500 * 24 * 60) // n)  # spread over 500 days
        due = begins + timedelta(days=(3, 7, 30, 60, 90)[i % 5])
        remind = (due - timedelta(days=10)).isoformat() if i % 5 == 3 else ""
        met = (begins + timedelta(days=2)).isoformat() if i % 3 == 0 else ""
        at = begins.isoformat()
        yield (f"01BENCHDL{i:017d}", _RULES[i % len(_RULES)], f"Deadline {i}", at, due.isoformat(), remind, met,
               at, at)


INSERT = ("INSERT INTO deadlines (id, rule, title, starts_at, due_at, remind_at, met_at, created_at, updated_at) "
          "VALUES (?,?,?,?,?,?,?,?,?)")


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _plain(path: Path, n: int) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = OFF")
    m0006_exchanges.up(conn)  # the same DDL (up() only calls execute)
    conn.execute("BEGIN")
    conn.executemany(INSERT, _rows(n))
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    return conn


def run(quick: bool = False) -> list[dict]:
    n = 2_000 if quick else 100_000
    repeat = 3 if quick else 7
    writes = 20 if quick else 300
    now_iso = NOW.isoformat(timespec="seconds")
    results: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        plain = _plain(Path(tmp) / "plain.db", n)
        vault, _code = Vault.create(Path(tmp) / "bench.liaison", PASSPHRASE)
        try:
            with vault.transaction() as db:
                db.conn.executemany(INSERT, _rows(n))
            vault.db.execute("ANALYZE")

            expected = vault.deadlines.compute_all(NOW)
            scan_row = plain.execute(SCAN_SQL, (now_iso,) * 3).fetchone()
            assert tuple(expected.values()) == _plain_compute(plain, now_iso) == tuple(x or 0 for x in scan_row)
            measured = _median(lambda: vault.deadlines.compute_all(NOW), repeat)
            floor = _median(lambda: _plain_compute(plain, now_iso), repeat)
            scan = _median(lambda: plain.execute(SCAN_SQL, (now_iso,) * 3).fetchone(), repeat)
            results.append({
                "name": f"deadlines: state of all {n:,} (compute_all)",
                "measured": measured, "floor": floor, "ratio": measured / floor,
                "aim": "under 100 ms at 100,000; within 2x of plain SQLite",
                "notes": f"{expected}; counts on small partial indexes, the same SQL on plain SQLite "
                         f"{sqlite3.sqlite_version} (one table scan there instead: {scan * 1000:.1f} ms)",
            })

            page = vault.deadlines.list(state="overdue", now=NOW, limit=50)
            floor_rows = plain.execute(OVERDUE_SQL, (now_iso, 51)).fetchall()
            assert [d["id"] for d in page.items] == [r[0] for r in floor_rows[:50]]
            measured = _median(lambda: vault.deadlines.list(state="overdue", now=NOW, limit=50), repeat * 3)
            floor = _median(lambda: plain.execute(OVERDUE_SQL, (now_iso, 51)).fetchall(), repeat * 3)
            results.append({
                "name": f"deadlines: first page of overdue ({n:,} deadlines)",
                "measured": measured, "floor": floor, "ratio": measured / floor,
                "aim": "under 10 ms at any size (index on met_at, due_at, id)",
                "notes": "keyset page of 50 with state and reminder decoded per row",
            })

            deep = page
            for _ in range(3 if quick else 20):
                if not deep.next_cursor:
                    break
                deep = vault.deadlines.list(state="overdue", now=NOW, limit=50, after=deep.next_cursor)
            cursor = deep.next_cursor or page.next_cursor
            if cursor:
                measured = _median(
                    lambda: vault.deadlines.list(state="overdue", now=NOW, limit=50, after=cursor), repeat * 3)
                results.append({
                    "name": "deadlines: a deep page of overdue (keyset)",
                    "measured": measured, "floor": None, "ratio": None,
                    "aim": "as fast as the first page (no OFFSET)", "notes": "",
                })

            start = NOW - timedelta(days=1)
            t = time.perf_counter()
            for i in range(writes):
                vault.exchanges.add(direction="received", summary=f"Request {i} on a vessel",
                                    request_type="information-request", urgency="urgent" if i % 2 else "normal",
                                    information_access="indirect" if i % 2 else None,
                                    occurred_at=start + timedelta(minutes=i), cross_check=False)
            per_add = (time.perf_counter() - t) / writes
            results.append({
                "name": "log a received request with its Art. 5 deadline",
                "measured": per_add, "floor": None, "ratio": None,
                "aim": "under 20 ms per entry",
                "notes": f"mean of {writes}: entry, audit entry, deadline and search entry in one transaction",
            })
        finally:
            vault.close()
            plain.close()
    return results
