"""The SIP latency benchmark keeps working: a tiny run, its figures consistent (no times)."""

from __future__ import annotations

import json
from pathlib import Path
import shutil
import subprocess
import sys

import pytest

ROOT = Path(__file__).resolve().parents[1]
CALLS = 8


@pytest.mark.skipif(shutil.which("sipp") is None, reason="SIPp (sip-tester) is not installed")
def test_sip_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    """Every peer, both conditions, one table; the calls measured and stopped by the phone."""
    figures_file = tmp_path / "figures.json"
    command = [
        sys.executable, "-m", "benchmarks.sip_latency", "--calls", str(CALLS), "--size", "2000",
        "--warmup", "2", "--settle", "0.5", "--rate", "20", "--rounds", "2",
        "--json", str(figures_file), "--time-steps",
    ]  # fmt: skip
    run = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )

    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    out = run.stdout
    assert "| condition " in out
    assert "INVITE->BYE p50 / p99 / max (ms)" in out
    for row in (
        "| list in force, idle  |  nuisance_calls |",
        "| list in force, idle  |  SipPhone alone |",
        "| list in force, idle  |         bare UA |",
        "| list in force, idle  | bare UA, no 100 |",
        "| during refresh_lists |  nuisance_calls |",
        "| during refresh_lists |  SipPhone alone |",
        "| during refresh_lists |         bare UA |",
        "| during refresh_lists | bare UA, no 100 |",
    ):
        assert row in out
    assert "| ratio nuisance_calls / floor |" in out
    assert out.count("BYE p99 <= 20 ms: ") == 2
    assert "python:" in out  # the machine block

    figures = json.loads(figures_file.read_text())
    meta = figures["meta"]
    assert meta["calls"] == CALLS
    assert meta["list_entries"] > 1900  # the subscribed list is in force
    assert meta["refreshes"]
    for condition in ("idle", "refresh"):
        for peer in ("nuisance_calls", "sip_phone_alone", "bare_ua", "bare_ua_no_trying"):
            series = figures["conditions"][condition][peer]
            # every placed call completed (200 and BYE), or fell outside every refresh
            # Calls that did not complete within SIPp's timeouts: none on a quiet
            # machine; a machine loaded several times over its cores can lose some.
            assert series["failures"] <= CALLS // 2
            assert series["placed"] == CALLS
            assert series["calls"] + series["excluded"] + series["failures"] == CALLS
            assert series["calls"] >= 1
            assert len(series["invite_200_ms"]) == len(series["invite_bye_ms"]) == series["calls"]
            # the 200 comes before the BYE, call by call
            assert all(
                0 < ok < bye
                for ok, bye in zip(series["invite_200_ms"], series["invite_bye_ms"], strict=True)
            )
        assert figures["conditions"][condition]["nuisance_calls"]["calls"] > 0
    # during a refresh: each measured INVITE inside one of the refreshes
    windows = meta["refreshes"]
    for peer in ("nuisance_calls", "sip_phone_alone", "bare_ua", "bare_ua_no_trying"):
        for at in figures["conditions"]["refresh"][peer]["invite_at"]:
            assert any(start <= at <= end for start, end in windows)
    # the phone hung up on every call it was offered (warm-up included): judged by the list
    assert meta["phone"]["outcomes"] == {"hang_up/hung_up": 2 + 2 * CALLS}
    for condition in ("idle", "refresh"):
        ratios = figures["conditions"][condition]
        assert len(ratios["ratio_invite_bye"]) == len(ratios["ratio_invite_bye_no_trying"]) == 3
    # --time-steps: each of the phone's steps timed once per call it was offered
    assert "the phone's steps in HA while the idle calls ran" in out
    for condition in ("idle", "refresh"):
        steps = meta["steps"][condition]
        for step in ("decide (HA, whole)", "INVITE handler: start -> 200 sent"):
            assert len(steps[step]) == CALLS
            assert all(0 < took < 5 for took in steps[step])
        assert len(steps["ACK handler: start -> BYE sent"]) == CALLS
        assert len(steps["phone._parse"]) >= 3 * CALLS  # INVITE, ACK, the BYE's 200
    assert meta["phone"]["state"] == "registered"
    assert meta["phone"]["dropped"] == meta["phone"]["malformed"] == 0


def test_the_handler_benchmark_runs_every_peer_warm_and_cold() -> None:
    """``benchmarks.phone_cold`` at a tiny size: every peer answers every call with a 200
    and a BYE (``one_call`` raises otherwise), in both conditions, one table."""
    command = [
        sys.executable, "-m", "benchmarks.phone_cold", "--calls", "60", "--flush-mib", "1",
    ]  # fmt: skip
    run = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )

    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    rows = [line for line in run.stdout.splitlines() if line.startswith(("| warm", "| cold"))]
    peers = ("bare UA", "SipPhone", "SipPhone + judgement", "minimal phone + judgement")
    assert len(rows) == 2 * len(peers)
    for condition in ("warm", "cold"):
        for peer in peers:
            assert any(f"| {condition} " in row and f" {peer} |" in row for row in rows)
    assert all(row.rstrip(" |").endswith("x") for row in rows)
    assert "Cold / warm, INVITE p50" in run.stdout
