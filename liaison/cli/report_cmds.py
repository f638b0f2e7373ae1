"""The oversight report: ``report --from DATE --to DATE -o FILE.pdf [--csv FILE.csv]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import ValidationError
from ..fileutil import atomic_write
from ..reports import LANGUAGES, oversight_csv, oversight_data, oversight_report
from ..timeutil import parse_date
from .context import Context, Output


def register(sub, common) -> None:
    p = sub.add_parser("report", parents=[common],
                       help="oversight report for a period: PDF with tables and charts, optionally CSV")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="first day (YYYY-MM-DD, UTC)")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last day, included (YYYY-MM-DD)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--csv", metavar="FILE.csv", help="also write the figures as CSV")
    p.add_argument("--lang", default="en", choices=list(LANGUAGES), help="language of the report")
    p.add_argument("--overwrite", action="store_true", help="replace existing files")
    p.set_defaults(func=cmd_report)


def _target(ctx: Context, path: str, overwrite: bool, field: str) -> Path:
    """Refuse, before any work, a file that exists, a folder that does not, a file of the vault."""
    return ctx.output_path(path, overwrite=overwrite, field=field)


def cmd_report(ctx: Context, args: argparse.Namespace) -> Output:
    start = parse_date(args.date_from, field="from")
    end = parse_date(args.date_to, field="to")
    if end < start:
        raise ValidationError("to: the period ends before it starts; swap --from and --to.", field="to")
    pdf_path = _target(ctx, args.output, args.overwrite, "output")
    csv_path = _target(ctx, args.csv, args.overwrite, "csv") if args.csv else None
    vault = ctx.vault()
    pdf = oversight_report(vault, start=start, end=end, lang=args.lang)
    atomic_write(pdf_path, pdf, overwrite=args.overwrite)
    data = {"pdf": str(pdf_path), "bytes": len(pdf), "csv": None}
    if csv_path is not None:
        atomic_write(csv_path, oversight_csv(vault, start=start, end=end).encode("utf-8"), overwrite=args.overwrite,
                     field="csv")
        data["csv"] = str(csv_path)
    figures = oversight_data(vault, start=start, end=end)
    data.update(period=figures["period"], totals=figures["totals"])
    text = (f"Wrote {pdf_path} ({len(pdf):,} bytes): {figures['totals']['sent']} requests sent and "
            f"{figures['totals']['received']} received from {start} to {end}.")
    if csv_path is not None:
        text += f"\nWrote {csv_path}."
    return Output(data, text)
