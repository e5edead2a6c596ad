"""A middle peer of ``benchmarks/sip_latency.py``: the integration's ``SipPhone`` without HA.

``lib.phone.SipPhone`` (the library the line's phone is) in a plain asyncio
process of its own, its ``decide`` answering ``HangUp()`` at once: no Home
Assistant, no list look-up. Between the bare UA and the integration in HA,
it tells how much of the difference is the SIP library and how much is Home
Assistant and the judgement.

Run by the benchmark::

    python -m benchmarks.sip_phone_alone --box-port P --user U --password W

It registers at 127.0.0.1:P (the benchmark's registrar), prints
``ready <port>`` once registered, and runs until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys

from custom_components.nuisance_calls.lib.phone import (
    Decision,
    HangUp,
    IncomingCall,
    PhoneState,
    SipPhone,
)

REGISTER_TIMEOUT = 30.0


async def _hang_up(_call: IncomingCall) -> Decision:
    return HangUp()


async def serve(box_port: int, user: str, password: str) -> None:
    """Register, say so, then answer calls until cancelled."""
    registered = asyncio.Event()

    def on_state(state: PhoneState) -> None:
        if state is PhoneState.REGISTERED:
            registered.set()

    phone = SipPhone(
        box_host="127.0.0.1",
        box_port=box_port,
        user=user,
        password=password,
        decide=_hang_up,
        local_port=0,
        on_state=on_state,
    )
    async with phone:
        async with asyncio.timeout(REGISTER_TIMEOUT):
            await registered.wait()
        print(f"ready {phone.local_address[1]}", flush=True)
        await asyncio.Future()


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sip_phone_alone")
    parser.add_argument("--box-port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.box_port, args.user, args.password))
    return 0


if __name__ == "__main__":
    sys.exit(main())
