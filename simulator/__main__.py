"""Command line of the simulated FRITZ!Box: ``python -m simulator --help``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from pathlib import Path
import sys

from .fritzbox import HELP, FritzBoxSimulator, demo
from .tr064 import demo_box


async def _serve_control(sim: FritzBoxSimulator, port: int) -> asyncio.Server:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        replies: list[str] = []
        with contextlib.suppress(OSError):
            while line := await reader.readline():
                replies.clear()
                await sim.run_command(line.decode(errors="replace"), replies.append)
                writer.write(("\n".join(replies) + "\n").encode())
                await writer.drain()
        writer.close()

    return await asyncio.start_server(handle, "127.0.0.1", port)


async def _keyboard(sim: FritzBoxSimulator) -> None:
    loop = asyncio.get_running_loop()
    while True:
        print("fritzbox> ", end="", flush=True)
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        await sim.run_command(line)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m simulator",
        description=__doc__,
        epilog=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=1012)
    parser.add_argument("--control", type=int, help="also take commands on this TCP port")
    parser.add_argument("--script", help="run the commands in this file, then keep serving")
    parser.add_argument(
        "--demo",
        type=float,
        nargs="?",
        const=20.0,
        metavar="SECONDS",
        help="ring a demo caller every SECONDS (default 20)",
    )
    parser.add_argument(
        "--tr064",
        type=int,
        metavar="PORT",
        help="also serve TR-064 (a phone book, the call barring list, an empty call list,"
        " home codes 49/30) on 127.0.0.1:PORT",
    )
    parser.add_argument(
        "--sip",
        type=int,
        metavar="PORT",
        help="also be the box's SIP registrar on udp HOST:PORT: an IP phone registers there"
        " and gets an INVITE for every ring (use a port other than 5060 beside HA)",
    )
    parser.add_argument("--sip-user", default="ipphone", help="the IP phone's user name")
    parser.add_argument("--sip-password", default="secret", help="the IP phone's password")
    parser.add_argument(
        "--sip-extension",
        default="20",
        help="the IP phone's extension in the call monitor (default 20, dialled as **620)",
    )
    parser.add_argument(
        "--sip-ping",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="OPTIONS ping interval (default 30)",
    )
    parser.add_argument(
        "--no-keyboard", action="store_true", help="do not read commands from stdin"
    )
    return parser.parse_args(argv)


async def main(args: argparse.Namespace, script: list[str]) -> None:
    """Serve until interrupted."""
    sim = FritzBoxSimulator(
        args.host,
        args.port,
        sip_user=args.sip_user,
        sip_password=args.sip_password,
        sip_extension=args.sip_extension,
    )
    port = await sim.start()
    print(f"simulated FRITZ!Box call monitor on {args.host}:{port}", flush=True)
    if args.sip is not None:
        sip = await sim.start_sip(args.sip, options_interval=args.sip_ping)
        print(
            f"simulated FRITZ!Box SIP registrar on udp {args.host}:{sip.port}"
            f" (user {args.sip_user}, password {args.sip_password},"
            f" extension {args.sip_extension})",
            flush=True,
        )
    tasks: list[asyncio.Future[object]] = []
    if args.tr064:
        box = demo_box()
        box.start(args.tr064)
        print(
            f"simulated FRITZ!Box TR-064 on 127.0.0.1:{args.tr064}"
            f" (user {box.user}, password {box.password})",
            flush=True,
        )
    if args.control:
        await _serve_control(sim, args.control)
        print(f"control port on 127.0.0.1:{args.control}", flush=True)
    for line in script:
        if line.strip() and not line.lstrip().startswith("#"):
            await sim.run_command(line)
    if args.demo:
        tasks.append(asyncio.ensure_future(demo(sim, args.demo, print)))
    if not args.no_keyboard and sys.stdin.isatty():
        print("type help for commands", flush=True)
        await _keyboard(sim)
    else:
        await asyncio.Event().wait()


if __name__ == "__main__":
    arguments = parse_args()
    script_lines = (
        Path(arguments.script).read_text(encoding="utf-8").splitlines() if arguments.script else []
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main(arguments, script_lines))
