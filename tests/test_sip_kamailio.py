"""The SIP phone behind kamailio, a registrar and record-routing proxy nobody here wrote.

The phone registers at kamailio (``tests/sipp/kamailio.cfg``: usrloc in
memory, no auth); SIPp calls the phone's address-of-record through
kamailio, which record-routes the INVITE. kamailio refuses an in-dialog
request without its Route (404), so the SIPp scenario only sees our BYE if
the 200 OK copied Record-Route (SIPp's ACK routes by it) and the BYE
carries it as its Route set.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
import contextlib
from pathlib import Path
import shutil

import pytest

from custom_components.nuisance_calls.lib.phone import HangUp, PhoneState, Say

from .test_sip_phone import (
    SCENARIOS,
    SIPP,
    Recorder,
    call_keys,
    free_port,
    phone_at,
    run_sipp,
    until,
)

KAMAILIO = shutil.which("kamailio") or "/usr/sbin/kamailio"
MODULES = next(
    (
        path
        for path in (
            *Path("/usr/lib").glob("*/kamailio/modules"),
            Path("/usr/lib/kamailio/modules"),
            Path("/usr/local/lib64/kamailio/modules"),
        )
        if (path / "registrar.so").exists()
    ),
    None,
)

pytestmark = [
    pytest.mark.skipif(
        not Path(KAMAILIO).exists() or MODULES is None,
        reason="kamailio is not installed (Debian package kamailio; scripts/sip_tools installs it)",
    ),
    pytest.mark.skipif(
        not Path(SIPP).exists(),
        reason="SIPp is not installed (Debian package sip-tester; scripts/sip_tools installs it)",
    ),
]


@contextlib.asynccontextmanager
async def kamailio(tmp_path: Path) -> AsyncIterator[int]:
    """kamailio on a random 127.0.0.1 port, stopped afterwards; yields the port."""
    port = free_port()
    config = tmp_path / "kamailio.cfg"
    text = (SCENARIOS / "kamailio.cfg").read_text()
    config.write_text(text.replace("@PORT@", str(port)).replace("@MODULES@", f"{MODULES}/"))
    log = tmp_path / "kamailio.log"
    with log.open("wb") as out:
        proc = await asyncio.create_subprocess_exec(
            KAMAILIO,
            "-f",
            str(config),
            "-DD",
            "-E",
            "-w",
            str(tmp_path),
            "-Y",
            str(tmp_path),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=out,
            stderr=out,
            cwd=tmp_path,
        )
    try:
        await until(lambda: b"INFO: <core>" in log.read_bytes() or proc.returncode is not None)
        assert proc.returncode is None, log.read_text(errors="replace")
        yield port
    finally:
        if proc.returncode is None:
            proc.terminate()
            try:
                await asyncio.wait_for(proc.wait(), 10)
            except TimeoutError:
                proc.kill()
                await proc.wait()


@pytest.mark.parametrize("decision", [HangUp(), Say(b"\xd5" * 160 * 5)], ids=["hang_up", "say"])
async def test_a_call_through_kamailio_is_answered_and_the_bye_follows_record_route(
    socket_enabled: None, tmp_path: Path, decision: HangUp | Say
) -> None:
    """REGISTER at kamailio; SIPp -> kamailio -> phone: 100, 200 (PCMA), ACK, BYE via kamailio."""
    async with kamailio(tmp_path) as port:
        recorder = Recorder(decision)
        async with phone_at(port, recorder) as phone:
            await until(lambda: phone.state == PhoneState.REGISTERED)
            sipp = await run_sipp(
                tmp_path,
                "answer",
                port=free_port(),
                target=("127.0.0.1", port),
                keys=call_keys(),
            )
            assert await sipp.result() == 0, sipp.error_text()
            await until(lambda: len(recorder.outcomes) == 1)
    outcome = recorder.outcomes[0]
    assert outcome.answered  # SIPp's ACK reached the phone through kamailio
    assert outcome.reason in {"hung_up", "said"}
    assert recorder.asked[0].caller == "0301234567"


async def test_an_unknown_user_is_refused_by_kamailio(socket_enabled: None, tmp_path: Path) -> None:
    """A call to a user nobody registered gets kamailio's 404: the scenario fails.

    Guards the test above: there, the call reached the phone by its registration.
    """
    async with kamailio(tmp_path) as port:
        sipp = await run_sipp(
            tmp_path,
            "answer",
            port=free_port(),
            target=("127.0.0.1", port),
            keys=call_keys(called="nobody"),
            timeout=5,
        )
        assert await sipp.result() != 0
