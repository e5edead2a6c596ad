"""What every benchmark prints the same way: the machine and its tables."""

from __future__ import annotations

from collections.abc import Sequence
import gc
import importlib.metadata
import logging
import os
import platform
import socket
import sys

from homeassistant.const import __version__ as HA_VERSION
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component


def machine_info(packages: Sequence[str] = (), *, interpreter_details: bool = False) -> list[str]:
    """Python (with GIL details if asked), HA, the named packages, CPUs and load."""
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    python = f"{platform.python_implementation()} {platform.python_version()}"
    details = "GIL" if gil else "free-threaded"
    if interpreter_details:
        details += (
            f", switch interval {sys.getswitchinterval() * 1000:.0f} ms,"
            f" gc thresholds {gc.get_threshold()}"
        )
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    rows = [
        ("python", f"{python} ({details})"),
        ("home assistant", HA_VERSION),
        *((name, importlib.metadata.version(name)) for name in packages),
        (
            "cpus",
            f"{os.cpu_count()} ({os.process_cpu_count()} usable), load average at the end"
            f" {load} (other processes skew the tails)",
        ),
        ("platform", f"{platform.platform()} / {platform.machine()}"),
    ]
    width = max(len(name) for name, _value in rows) + 2
    return [f"{name + ':':<{width}}{value}" for name, value in rows]


def print_machine(packages: Sequence[str] = (), *, interpreter_details: bool = False) -> None:
    """The "Machine" block that starts every report."""
    print()
    print("Machine")
    for text in machine_info(packages, interpreter_details=interpreter_details):
        print(f"  {text}")
    print()


def print_table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    """A Markdown table: the first column left-aligned, the others right-aligned."""
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers))]

    def line(cells: tuple[str, ...]) -> str:
        return (
            "| "
            + " | ".join(
                cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
                for i, cell in enumerate(cells)
            )
            + " |"
        )

    print(line(headers))
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for row in rows:
        print(line(row))


def quiet_logging() -> None:
    """Warnings only, and not HA's "custom integration not tested" notice."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("homeassistant.loader").setLevel(logging.ERROR)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def setup_loopback_http(hass: HomeAssistant) -> int:
    """Set up HA's ``http`` on 127.0.0.1 and a free port (never 8123: the demo may run).

    Our manifest depends on ``http``; set up on its own it binds 0.0.0.0:8123.
    """
    port = free_port()
    conf = {"http": {"server_host": ["127.0.0.1"], "server_port": port}}
    if not await async_setup_component(hass, "http", conf):
        raise RuntimeError("http did not set up")
    return port
