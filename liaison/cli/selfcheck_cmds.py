"""``liaison self-check``: does this installation work on this machine?"""

from __future__ import annotations

import argparse
import sys

from .. import selfcheck
from .context import Context, Output


def register(sub, common) -> None:
    p = sub.add_parser(
        "self-check", parents=[common],
        help="run a short end-to-end check in a temporary folder (your vault and keychain are not touched)")
    p.set_defaults(func=cmd_self_check)


def cmd_self_check(ctx: Context, args: argparse.Namespace) -> Output:
    def progress(step: selfcheck.Step) -> None:
        if not ctx.json:
            mark = "ok  " if step.ok else "FAIL"
            print(f"{mark} {step.name:<20} {step.seconds:6.2f} s  {step.detail}", flush=True)

    if not ctx.json:
        print(f"Liaison {selfcheck.__version__} self-check (Python {sys.version.split()[0]}, {sys.platform}"
              f"{', frozen' if getattr(sys, 'frozen', False) else ''})", flush=True)
    result = selfcheck.run(progress)
    failed = [s["name"] for s in result["steps"] if not s["ok"]]
    text = (f"All {len(result['steps'])} steps passed in {result['seconds']:.1f} s." if result["ok"]
            else f"Self-check FAILED at: {', '.join(failed)}.")
    return Output(result, text, exit_code=0 if result["ok"] else 1)
