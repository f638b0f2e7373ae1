"""``liaison demo``: fill an empty vault with the fictional demo data set."""

from __future__ import annotations

import argparse

from .. import demo
from .context import Context, Output, int64

_LABELS = (
    ("cases", "cases"), ("countries", "counterpart countries"), ("persons", "persons"), ("agencies", "agencies"),
    ("contacts", "contacts"), ("agreements", "agreements"), ("exchanges", "log entries"),
    ("corrections", "of them corrections"), ("attachments", "attachments"), ("deadlines", "deadlines"),
    ("deadlines_overdue", "of them overdue"),
)


def register(sub, common) -> None:
    p = sub.add_parser(
        "demo", parents=[common],
        help="fill an empty vault with fictional demo data (refused on a vault holding real records)",
    )
    p.add_argument("--seed", type=int64, default=2026, metavar="N",
                   help="the random seed: the same seed gives the same data set (default 2026)")
    p.set_defaults(func=cmd_demo)


def cmd_demo(ctx: Context, args: argparse.Namespace) -> Output:
    counts = demo.populate(ctx.vault(), seed=args.seed)

    def text() -> str:
        lines = ["Demo data added (fictional; every record is marked as demo):"]
        lines += [f"  {counts.get(key, 0):>5}  {label}" for key, label in _LABELS]
        return "\n".join(lines)

    return Output(counts, text)
