"""Keyset pagination: pages that stay fast at any depth (no OFFSET).

A page is fetched after a cursor, the (sort value, id) of the last row the caller
holds. Sorting is on one column plus ``id`` as the tie-breaker; both must be
covered by an index for large tables.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .errors import ValidationError


@dataclass
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None  # None: this was the last page

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "next_cursor": self.next_cursor}


def encode_cursor(sort_value: Any, row_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([sort_value, row_id]).encode()).decode()


def decode_cursor(cursor: str) -> tuple[Any, str]:
    try:
        value, row_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        return value, str(row_id)
    except (ValueError, TypeError) as exc:
        raise ValidationError("That page cursor is not valid.", field="cursor") from exc


def keyset_page(
    db,
    *,
    select: str,
    where: Sequence[str] = (),
    params: Sequence[Any] = (),
    sort: str,
    sortable: Sequence[str],
    descending: bool = False,
    after: str | None = None,
    limit: int = 50,
    sort_expr: str | None = None,
    id_expr: str = "id",
) -> Page:
    """Run ``select`` (a ``SELECT ... FROM ...`` without WHERE/ORDER/LIMIT) one page
    at a time. ``sort`` must be one of ``sortable`` (column names are never taken
    from user text unchecked). Sort columns must be NOT NULL (use '' for none)
    so that an index on (column, id) serves the ORDER BY."""
    if sort not in sortable:
        raise ValidationError(f"Cannot sort by '{sort}'; choose one of: {', '.join(sortable)}.", field="sort")
    if not 1 <= limit <= 1000:
        raise ValidationError("A page holds 1 to 1000 rows.", field="limit")
    col = sort_expr or sort
    key = col
    clauses, args = list(where), list(params)
    op = "<" if descending else ">"
    if after:
        value, last_id = decode_cursor(after)
        # A row-value comparison lets SQLite seek in the (column, id) index;
        # the equivalent OR form makes it scan from the start.
        clauses.append(f"({key}, {id_expr}) {op} (?, ?)")
        args += [value, last_id]
    sql = select
    if clauses:
        sql += " WHERE " + " AND ".join(f"({c})" for c in clauses)
    direction = "DESC" if descending else "ASC"
    sql += f" ORDER BY {key} {direction}, {id_expr} {direction} LIMIT ?"
    args.append(limit + 1)
    rows = [dict(r) for r in db.query(sql, args)]
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = None
    if more and rows:
        last = rows[-1]
        cursor = encode_cursor(last.get(sort) if last.get(sort) is not None else "", last["id"])
    return Page(rows, cursor)
