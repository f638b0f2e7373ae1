"""The benchmarks run (quick sizes) and report ratios; timings are not asserted."""

import importlib
import pkgutil

import pytest

import bench

MODULES = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))


@pytest.mark.parametrize("name", MODULES)
def test_bench_runs_quick(name):
    rows = importlib.import_module(f"bench.{name}").run(quick=True)
    assert rows
    for r in rows:
        assert r["name"] and r["measured"] > 0
        if r.get("floor"):
            assert r["ratio"] == pytest.approx(r["measured"] / r["floor"])
