"""Search and statistics commands: ``search QUERY`` and ``stats``."""

from __future__ import annotations

import argparse
import sys

from ..errors import ValidationError
from ..fileutil import atomic_write
from ..search import highlight
from .context import Context, Output, int64


def register(sub, common) -> None:
    p = sub.add_parser("search", parents=[common], help="full-text search over every record")
    p.add_argument("query", metavar="QUERY", help="words to find (accents and case do not matter; the last word may be a prefix)")
    p.add_argument("--type", dest="types", action="append", metavar="T",
                   help="only this record type (case, person, contact, agency, agreement, exchange, ...); repeatable")
    p.add_argument("--limit", type=int64, default=10, metavar="N", help="results per type (default 10)")
    p.add_argument("--case", metavar="CASE", help="only entries of this case (its id or reference)")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("stats", parents=[common], help="requests by country, legal basis, type and outcome; response times")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day of the period (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day of the period, included (YYYY-MM-DD)")
    p.add_argument("--csv", metavar="FILE", help="also write the statistics as CSV to FILE")
    p.add_argument("--overwrite", action="store_true", help="replace the CSV file if it exists")
    p.set_defaults(func=cmd_stats)


def _marks() -> tuple[str, str]:
    # Bold on a terminal; visible brackets when piped. The text itself was
    # cleaned of control characters by the search index.
    if sys.stdout.isatty():
        return "\x1b[1m", "\x1b[0m"
    return "[", "]"


def cmd_search(ctx: Context, args: argparse.Namespace) -> Output:
    if not 1 <= args.limit <= 200:
        raise ValidationError("--limit: give 1 to 200 results per type.", field="limit")
    vault = ctx.vault()
    case_id = vault.cases.resolve(args.case) if args.case else None
    result = vault.search.query(args.query, types=args.types, limit_per_type=args.limit, case_id=case_id)
    groups = [{"record_type": t, "results": hits} for t, hits in result.items()]
    recent = any(r["order"] == "recent" for g in groups for r in g["results"])
    data = {"query": args.query, "count": sum(len(g["results"]) for g in groups),
            "order": "recent" if recent else "relevance", "groups": groups}

    def text() -> str:
        if not groups:
            return "No matches."
        on, off = _marks()
        lines: list[str] = []
        if recent:
            lines.append("Too many matches to rank: the most recent are shown, title matches first. "
                         "Add a word to narrow the search.")
        for g in groups:
            lines.append(f"{g['record_type']} ({len(g['results'])})")
            for r in g["results"]:
                head = highlight(r["title"], r["title_spans"], on, off)
                ref = f"{r['ref']}  " if r["ref"] else ""
                lines.append(f"  {ref}{head}  [{r['record_id']}]")
                if r["snippet"]:
                    lines.append(f"      {highlight(r['snippet'], r['spans'], on, off)}")
        return "\n".join(lines)

    return Output(data, text)


def cmd_stats(ctx: Context, args: argparse.Namespace) -> Output:
    dest = ctx.output_path(args.csv, overwrite=args.overwrite, field="csv") if args.csv else None
    stats = ctx.vault().stats
    report = stats.report(date_from=args.date_from, date_to=args.date_to)
    if dest is not None:
        atomic_write(dest, stats.to_csv(report).encode("utf-8"), overwrite=args.overwrite, field="csv")
        ctx.notes.append(f"statistics written to {args.csv}")
    return Output(report, lambda: stats.to_text(report))
