"""kill -9 in the middle of a stream of calls: at most the last seconds are lost.

A power cut, the OOM killer or a container killed gives Home Assistant no
chance to save anything. The call log writes each call at most a second after
it rang, however many follow, and a user's own act at once, so after a kill
every call older than ``LOSS_WINDOW`` seconds and the flag set just before
are there when Home Assistant starts again. HA runs as a user runs it (its
own process, the committed integration installed in its config folder).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import os
from pathlib import Path
import signal
import subprocess
import time

import pytest

from tests.packaging.test_hacs_install import (
    CONFIGURATION,
    HA_START_TIMEOUT,
    Archive,
    _add_fritzbox_line,
    _frontend_is_installed,
)
from tests.realha import (
    HomeAssistantUnderTest,
    child_env,
    free_port,
    start_home_assistant,
    start_simulator,
    stop,
    wait_for_port,
    wait_until_up,
)

LOSS_WINDOW = 5.0
"""Seconds of calls before a kill that may be lost (the issue's bound)."""
CALLS = 40
GAP = 0.25
"""Seconds between two calls: a steady stream, faster than any delayed save."""


@pytest.fixture(scope="module")
def archive() -> Archive:
    """What ``git archive HEAD`` holds of the integration."""
    return Archive.of_head()


@contextmanager
def _box(tmp_path: Path) -> Iterator[tuple[int, int]]:
    sim_port, control_port = free_port(), free_port()
    simulator = start_simulator(sim_port, control_port, tmp_path / "simulator.log")
    try:
        wait_for_port(control_port, simulator)
        yield sim_port, control_port
    finally:
        stop(simulator)


def _start(ha: HomeAssistantUnderTest, tmp_path: Path) -> subprocess.Popen[bytes]:
    process = start_home_assistant(ha.config, cwd=tmp_path, env=child_env())
    wait_until_up(ha, process, "/api/onboarding", HA_START_TIMEOUT)
    return process


def test_kill_9_during_a_stream_of_calls_loses_at_most_the_last_seconds(
    socket_enabled: None, tmp_path: Path, archive: Archive
) -> None:
    """40 calls, 4 a second, a flag, then SIGKILL: the restart has all but the last ones."""
    _frontend_is_installed()
    config = tmp_path / "config"
    archive.install(config / "custom_components")
    port = free_port()
    (config / "configuration.yaml").write_text(CONFIGURATION.format(port=port))
    with _box(tmp_path) as (sim_port, control_port):
        ha = HomeAssistantUnderTest(f"http://127.0.0.1:{port}", config, control_port)
        process = _start(ha, tmp_path)
        try:
            ha.onboard(complete=False)
            ha.wait_running(HA_START_TIMEOUT)
            _add_fritzbox_line(ha, sim_port)
            time.sleep(3)  # HA's own files (the new entry, the user) are written by now
            rang: list[tuple[str, float]] = []
            for index in range(CALLS):
                number = f"030555{index:04d}"
                ha.box(f"ring {number}")
                rang.append((number, time.monotonic()))
                time.sleep(GAP)
            ha.action("flag_number", number="0309999999")
            time.sleep(0.5)
            killed = time.monotonic()
            os.kill(process.pid, signal.SIGKILL)
            process.wait(30)
        finally:
            stop(process)

        process = _start(ha, tmp_path)
        try:
            ha.wait_running(HA_START_TIMEOUT)
            counted = {number: ha.lookup(number)["count"] for number, _time in rang}
            flagged = ha.lookup("0309999999")["verdict"]
        finally:
            stop(process)
    old = [number for number, at in rang if killed - at > LOSS_WINDOW]
    assert len(old) >= CALLS // 2
    lost = [number for number in old if counted[number] != 1]
    assert not lost, f"calls older than {LOSS_WINDOW} s lost by the kill: {lost}"
    assert all(count in (0, 1) for count in counted.values())
    assert flagged == "nuisance", "the flag set 0.5 s before the kill was lost"
