"""Benchmarks: `make bench` (python -m bench). Each bench_*.py module has
``run(quick=False) -> list[dict]`` and measures against a floor taken in the same run."""
