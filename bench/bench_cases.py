"""The case list at 100,000 cases: one keyset page through ``vault.cases.list``
against the same query on plain SQLite (standard ``sqlite3``, same schema, same
rows) as the floor.

The cases are inserted in bulk in one transaction with plain INSERTs, bypassing
the store: no audit entries and no search entries are written for them (the
list query reads neither). The store's own ``add`` is measured separately on a
few hundred cases, with its audit entry and search indexing.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from liaison.migrations import m0005_cases
from liaison.paging import decode_cursor
from liaison.records.cases import LIST_COLUMNS, STATUSES
from liaison.vault import Vault

PASSPHRASE = "benchmark passphrase 2026"
STATES = ("DE", "PL", "FR", "NL", "BE", "AT", "CZ", "IT", "ES", "SE")
OFFICERS = ("Anna Weber", "Piotr Nowak", "Marie Dubois", "Jan de Vries", "")


def _rows(n: int):
    start = datetime(2020, 1, 1, tzinfo=UTC)
    for i in range(n):
        at = (start + timedelta(minutes=37 * i)).isoformat(timespec="seconds")
        a, b = STATES[i % 10], STATES[(i * 7 + 3) % 10]
        if a == b:
            b = STATES[(i + 1) % 10]
        yield (
            f"01BENCH{i:019d}", f"LO-{2020 + i // 20_000}-{i % 20_000 + 1:05d}", f"CP/{i}", f"Case {i} vessel",
            "Summary of the facts " * 5, STATUSES[i % 7], "urgent" if i % 13 == 0 else "normal",
            "flight" if i % 13 == 0 else "", a, b, OFFICERS[i % 5], at, at, '["boat"]' if i % 11 == 0 else "[]",
        )


INSERT = ("INSERT INTO cases (id, reference, counterpart_reference, title, summary, status, urgency, urgency_reason, "
          "requesting_state, requested_state, assigned_officer, created_at, updated_at, tags) "
          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _plain(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = OFF")  # no agreements table here
    m0005_cases.up(conn)  # the same DDL (up() only calls execute)
    return conn


def _plain_page(conn, where: str, params: list, order_col: str, desc: bool, after=None, limit: int = 50) -> list:
    """The floor: the SQL keyset_page would run, as tuples, no decoding."""
    op, direction = ("<", "DESC") if desc else (">", "ASC")
    clauses = [where] if where else []
    args = list(params)
    if after:  # the same seek bound as liaison.records.cases.seek_bound, then the cursor test
        clauses.append(f"{order_col} {op}= ?")
        args.append(after[0])
        clauses.append(f"({order_col} {op} ? OR ({order_col} = ? AND id {op} ?))")
        args += [after[0], after[0], after[1]]
    sql = f"SELECT {LIST_COLUMNS} FROM cases"
    if clauses:
        sql += " WHERE " + " AND ".join(f"({c})" for c in clauses)
    sql += f" ORDER BY {order_col} {direction}, id {direction} LIMIT ?"
    return conn.execute(sql, [*args, limit + 1]).fetchall()


def run(quick: bool = False) -> list[dict]:
    n = 2_000 if quick else 100_000
    repeat = 5 if quick else 30
    n_add = 20 if quick else 300
    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        vault, _code = Vault.create(tmp / "bench.liaison", PASSPHRASE)
        plain = _plain(tmp / "plain.sqlite")
        try:
            rows = list(_rows(n))
            t = time.perf_counter()
            with vault.transaction() as db:
                db.conn.executemany(INSERT, rows)
            bulk = time.perf_counter() - t
            t = time.perf_counter()
            plain.execute("BEGIN")
            plain.executemany(INSERT, rows)
            plain.execute("COMMIT")
            bulk_floor = time.perf_counter() - t
            out.append(_row(f"bulk insert {n:,} cases (one transaction)", bulk, bulk_floor,
                            "within 2x of plain SQLite", "plain INSERTs through the vault connection; no audit, "
                            "no search entries"))

            cases = vault.cases
            # 1. first page, newest first (the default view)
            measured = _median(lambda: cases.list(sort="created_at", descending=True, limit=50), repeat)
            floor = _median(lambda: _plain_page(plain, "", [], "created_at", True), repeat)
            out.append(_row(f"case list: first page of 50 at {n:,}", measured, floor,
                            "under 20 ms", "created_at DESC, no filter; the store builds dicts and decodes JSON tags"))

            # 2. a deep page: keyset from the middle of the table
            page = cases.list(sort="reference", limit=1000)
            for _ in range(n // 2000):
                if not page.next_cursor:
                    break
                page = cases.list(sort="reference", limit=1000, after=page.next_cursor)
            cursor = page.next_cursor
            after = decode_cursor(cursor) if cursor else None
            measured = _median(lambda: cases.list(sort="reference", limit=50, after=cursor), repeat)
            floor = _median(lambda: _plain_page(plain, "", [], "reference", False, after), repeat)
            out.append(_row(f"case list: page of 50 in the middle at {n:,}", measured, floor,
                            "same as the first page (keyset, no OFFSET)", "reference ASC after a cursor half-way"))

            # 3. filtered and sorted: open cases of one state, last updated first
            def filtered():
                return cases.list(status=["open", "request sent"], state="PL", sort="updated_at", descending=True,
                                  limit=50)

            measured = _median(filtered, repeat)
            floor = _median(lambda: _plain_page(
                plain, "status IN (?, ?) AND (requesting_state = ? OR requested_state = ?)",
                ["open", "request sent", "PL", "PL"], "updated_at", True), repeat)
            out.append(_row(f"case list: status + state filter at {n:,}", measured, floor,
                            "under 50 ms", "2 statuses, either state, updated_at DESC; planner statistics from m0005"))

            # 4. text filter (substring scan on reference, counterpart reference, title)
            measured = _median(lambda: cases.list(text="vessel", sort="created_at", descending=True), repeat)
            floor = _median(lambda: _plain_page(
                plain, "(reference LIKE ? ESCAPE '\\' OR counterpart_reference LIKE ? ESCAPE '\\' "
                       "OR title LIKE ? ESCAPE '\\')", ["%vessel%"] * 3, "created_at", True), repeat)
            out.append(_row(f"case list: text filter at {n:,}", measured, floor, "under 50 ms",
                            "LIKE substring; common word, so the page fills early"))

            # 5. the worst case: a text that matches nothing scans every row
            measured = _median(lambda: cases.list(text="no such words", sort="created_at", descending=True),
                               max(3, repeat // 5))
            floor = _median(lambda: _plain_page(
                plain, "(reference LIKE ? ESCAPE '\\' OR counterpart_reference LIKE ? ESCAPE '\\' "
                       "OR title LIKE ? ESCAPE '\\')", ["%no such words%"] * 3, "created_at", True), max(3, repeat // 5))
            out.append(_row(f"case list: text matching nothing at {n:,} (full scan)", measured, floor,
                            "under 500 ms (worst case; search is the tool for words)",
                            "every row decrypted and compared"))

            # 6. the store's add, with audit entry and search index, for scale
            t = time.perf_counter()
            for i in range(n_add):
                cases.add(title=f"Added {i}", requesting_state="DE", requested_state="PL", summary="S")
            per_add = (time.perf_counter() - t) / n_add
            out.append(_row("case add (validation, reference, audit, search)", per_add, None,
                            "under 10 ms per case", f"mean of {n_add} adds into a vault of {n:,} cases"))
        finally:
            vault.close()
            plain.close()
    return out


def _row(name: str, measured: float, floor: float | None, aim: str, notes: str) -> dict:
    return {"name": name, "measured": measured, "floor": floor,
            "ratio": (measured / floor) if floor else None, "aim": aim, "notes": notes}
