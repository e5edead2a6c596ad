"""The register benchmark keeps working: one tiny run, its figures consistent (no time asserted)."""

from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys

ROOT = Path(__file__).resolve().parents[1]


def test_register_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    """Both designs measured on the same 20 x 3 register, one table printed."""
    figures_file = tmp_path / "figures.json"
    command = [
        sys.executable, "-m", "benchmarks.register_scale", "--sizes", "20x3", "--calls", "10",
        "--repeat", "1", "--json", str(figures_file),
    ]  # fmt: skip
    run = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )

    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    assert "| 20 x 3   | file on disk" in run.stdout
    assert "The issue's table, old -> new" in run.stdout
    figures = json.loads(figures_file.read_text())["20x3"]
    meta, old, new = figures["meta"], figures["old"], figures["new"]
    assert meta["calls"] == 60
    assert old["callers"] == new["callers"] == 20
    # Every call exported, by both; the card answered.
    assert old["export_rows"] == new["export_rows"] == 60
    assert old["card_bytes"] > 0
    assert new["card_bytes"] > 0
    # Ten calls recorded each: timed, each ring and end flushed and appended to the WAL
    # (the database file itself grows in whole pages: ten calls may not need one).
    assert len(old["record_s"]) == len(new["ring_s"]) == len(new["end_s"]) == 10
    assert len(new["take_s"]) == len(new["write_s"]) == 20
    assert new["wal_per_flush"] > 0
    # One start-up with the stall monitor, at least one without.
    assert any(run["stall_ms"] is not None for run in new["load"])
    assert any(run["loop_cpu"] is not None for run in new["load"])
