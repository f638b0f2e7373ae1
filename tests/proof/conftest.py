"""The proof suite (issue 17): crashes, full disks, two processes, properties, fuzzing. ``make test`` runs a
short version; ``make soak`` (LIAISON_SOAK=1) a long one. Each test records what it tried and what held;
the figures are printed at the end of the run (and written to the file LIAISON_PROOF_FIGURES names, if any)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

SOAK = os.environ.get("LIAISON_SOAK") == "1"
FIGURES: list[dict] = []


@pytest.fixture
def figures():
    def record(suite: str, tried: int, held: int, **detail) -> None:
        FIGURES.append({"suite": suite, "tried": tried, "held": held, **detail})
        print(f"\n[proof] {suite}: tried {tried}, held {held}" + "".join(f", {k} {v}" for k, v in detail.items()))

    return record


def pytest_terminal_summary(terminalreporter):
    if not FIGURES:
        return
    terminalreporter.section(f"proof suite ({'soak' if SOAK else 'short'})")
    for f in FIGURES:
        extra = "".join(f", {k} {v}" for k, v in f.items() if k not in ("suite", "tried", "held"))
        terminalreporter.write_line(f"{f['suite']}: tried {f['tried']}, held {f['held']}{extra}")
    name = os.environ.get("LIAISON_PROOF_FIGURES")
    if not name:
        return
    out = Path(name)
    try:
        out.write_text(json.dumps({"mode": "soak" if SOAK else "short", "figures": FIGURES}, indent=1))
    except OSError:
        pass
