"""Run every benchmark and print a table of ratios against their floors.

``python -m bench [--quick] [--only NAME] [--json FILE]``
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import platform
import sys
import time
from pathlib import Path

import bench


def discover() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))


def fmt_seconds(s: float | None) -> str:
    if s is None:
        return "-"
    if s < 1e-3:
        return f"{s * 1e6:.0f} µs"
    if s < 1:
        return f"{s * 1e3:.2f} ms"
    return f"{s:.2f} s"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench")
    ap.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    ap.add_argument("--only", action="append", help="run only bench_NAME (repeatable)")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args(argv)
    names = discover()
    if args.only:
        names = [n for n in names if n.removeprefix("bench_") in args.only or n in args.only]
    print(f"Liaison benchmarks on {platform.node()} ({platform.processor() or platform.machine()}), "
          f"Python {platform.python_version()}{' (quick)' if args.quick else ''}\n")
    rows: list[dict] = []
    for name in names:
        start = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        results = module.run(quick=args.quick)
        for r in results:
            r.setdefault("module", name)
        rows += results
        print(f"{name}: {len(results)} measurements in {time.perf_counter() - start:.1f} s")
    print()
    width = max((len(r["name"]) for r in rows), default=10)
    print(f"{'measurement':<{width}}  {'measured':>11}  {'floor':>11}  {'ratio':>6}  aim")
    for r in rows:
        ratio = f"{r['ratio']:.2f}x" if r.get("ratio") is not None else "-"
        print(f"{r['name']:<{width}}  {fmt_seconds(r.get('measured')):>11}  {fmt_seconds(r.get('floor')):>11}  "
              f"{ratio:>6}  {r.get('aim', '')}")
        if r.get("notes"):
            print(f"{'':<{width}}  {r['notes']}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
