"""A real Home Assistant and the simulated FRITZ!Box as subprocesses.

Shared by the tests that start HA the way a user does (``tests/browser``,
``tests/packaging``): free ports on 127.0.0.1, the simulator with its control
port, ``python -m homeassistant`` on a config folder, onboarding through the
REST API for an owner's tokens, and a clean stop of both processes.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
import json
import os
from pathlib import Path
import socket
import subprocess
import sys
import time
from typing import Any
import urllib.error
import urllib.parse
import urllib.request

import pytest

ROOT = Path(__file__).resolve().parents[1]


RECOVERY_MODE = "Activating recovery mode"
"""HA's log when a core part (the frontend, say) did not load."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


RESPONDING_ACTIONS = frozenset(
    {"lookup_number", "create_share", "list_shares", "revoke_share", "group_companies"}
)
"""Actions whose response ``HomeAssistantUnderTest.action`` asks for."""


class WebsocketRefused(Exception):
    """HA's websocket API did not accept the token (its answer is the argument)."""


@dataclass
class HomeAssistantUnderTest:
    """A running HA with the simulated box, and an owner's tokens."""

    url: str
    config: Path
    control_port: int
    tokens: dict[str, Any] = field(default_factory=dict)

    # --- the simulated FRITZ!Box ---------------------------------------------

    def box(self, command: str) -> str:
        """A simulator command (``ring 030123``, ``missed 030123`` ...)."""
        with socket.create_connection(("127.0.0.1", self.control_port), timeout=30) as conn:
            conn.sendall(f"{command}\n".encode())
            conn.shutdown(socket.SHUT_WR)
            return conn.makefile().read().strip()

    # --- REST ------------------------------------------------------------------

    def get_bytes(self, path: str) -> bytes:
        """GET with the owner's token (if any): the body as it comes."""
        headers = {"Authorization": f"Bearer {self.tokens['access_token']}"} if self.tokens else {}
        request = urllib.request.Request(f"{self.url}{path}", headers=headers)
        with urllib.request.urlopen(request, timeout=30) as response:
            return bytes(response.read())

    def request(self, path: str, data: Any = None, *, form: bool = False) -> Any:
        """GET (no data) or POST (JSON, or a form) with the owner's token, if any."""
        headers = {}
        body = None
        if self.tokens:
            headers["Authorization"] = f"Bearer {self.tokens['access_token']}"
        if data is not None:
            if form:
                body = urllib.parse.urlencode(data).encode()
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            else:
                body = json.dumps(data).encode()
                headers["Content-Type"] = "application/json"
        request = urllib.request.Request(f"{self.url}{path}", body, headers)
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
        return json.loads(text) if text else None

    def action(self, service: str, **data: Any) -> Any:
        """Call a nuisance_calls action; returns its response data, if any."""
        query = "?return_response" if service in RESPONDING_ACTIONS else ""
        result = self.request(f"/api/services/nuisance_calls/{service}{query}", data)
        return result.get("service_response") if isinstance(result, dict) else None

    def lookup(self, number: str) -> dict[str, Any]:
        """The verdict on a number (the ``lookup_number`` action)."""
        response = self.action("lookup_number", number=number)
        assert isinstance(response, dict)
        return response

    def websocket(self, *messages: dict[str, Any], token: str | None = None) -> list[Any]:
        """Commands over HA's websocket API, as the frontend sends them (the
        owner's token unless another is given); their results, in order.

        A refused login or a failed command fails the test with HA's answer.
        Its own thread and loop: callers may be inside one (Playwright's sync API).
        """
        talk = self._websocket(messages, token or self.tokens["access_token"])
        with ThreadPoolExecutor(1) as thread:
            return thread.submit(asyncio.run, talk).result()

    async def _websocket(self, messages: tuple[dict[str, Any], ...], token: str) -> list[Any]:
        import aiohttp

        url = self.url.replace("http://", "ws://", 1) + "/api/websocket"
        results = []
        async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
            assert (await ws.receive_json(timeout=30))["type"] == "auth_required"
            await ws.send_json({"type": "auth", "access_token": token})
            if (answer := await ws.receive_json(timeout=30))["type"] != "auth_ok":
                raise WebsocketRefused(answer)
            for number, message in enumerate(messages, 1):
                await ws.send_json({"id": number, **message})
                while (reply := await ws.receive_json(timeout=30)).get("id") != number:
                    pass
                if not reply.get("success"):
                    pytest.fail(f"{message['type']}: {reply.get('error')}")
                results.append(reply["result"])
        return results

    def log(self) -> str:
        """HA's whole log file."""
        log = self.config / "home-assistant.log"
        return log.read_text(errors="replace") if log.exists() else ""

    def log_tail(self, lines: int = 60) -> str:
        """The end of HA's log, for a failure message."""
        return "\n".join(self.log().splitlines()[-lines:]) or "(no log)"

    # --- onboarding ------------------------------------------------------------

    def onboard(self, *, complete: bool = True) -> None:
        """Create the owner and finish onboarding, as the onboarding UI does.

        ``complete=False`` stops after the owner's tokens: the later steps set
        up integrations that go to the internet (weather, radio, TTS).
        """
        client_id = f"{self.url}/"
        created = self.request(
            "/api/onboarding/users",
            {
                "client_id": client_id,
                "name": "Test Owner",
                "username": "owner",
                "password": "correct-horse-battery",
                "language": "en",
            },
        )
        self.tokens = self.request(
            "/auth/token",
            {
                "grant_type": "authorization_code",
                "code": created["auth_code"],
                "client_id": client_id,
            },
            form=True,
        )
        if not complete:
            return
        self.request("/api/onboarding/core_config", {})
        self.request("/api/onboarding/analytics", {})
        self.request(
            "/api/onboarding/integration",
            {"client_id": client_id, "redirect_uri": f"{self.url}/?auth_callback=1"},
        )

    def wait_running(self, timeout: float) -> None:
        """Until HA has finished starting (``/api/config``: RUNNING). Its HTTP
        server answers, and onboarding works, while integrations are still
        being set up; HA handles SIGTERM only once its start is over."""
        deadline = time.monotonic() + timeout
        state = None
        while time.monotonic() < deadline:
            if (state := self.request("/api/config").get("state")) == "RUNNING":
                return
            time.sleep(0.1)
        pytest.fail(f"Home Assistant still {state} after {timeout:.0f} s\n{self.log_tail()}")

    def browser_tokens(self) -> dict[str, Any]:
        """``localStorage.hassTokens`` as the frontend stores it after a login."""
        return {
            **self.tokens,
            "hassUrl": self.url,
            "clientId": f"{self.url}/",
            "expires": int(time.time() * 1000) + int(self.tokens["expires_in"]) * 1000,
        }


def seed_config(config: Path, configuration: str, sim_port: int) -> Path:
    """A fresh config folder: the integration linked in, ``configuration.yaml``, one
    FRITZ!Box line on the simulator at ``sim_port`` (``scripts/seed_demo_entry.py``),
    and onboarding's later steps marked done (they set up integrations that go to
    the internet: weather, radio, TTS); the owner is made through the API."""
    (config / "custom_components").mkdir(parents=True)
    (config / "custom_components" / "nuisance_calls").symlink_to(
        ROOT / "custom_components" / "nuisance_calls"
    )
    (config / "configuration.yaml").write_text(configuration)
    subprocess.run(
        [sys.executable, "scripts/seed_demo_entry.py", str(config), str(sim_port)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (config / ".storage").mkdir(exist_ok=True)
    (config / ".storage" / "onboarding").write_text(
        json.dumps(
            {
                "version": 4,
                "minor_version": 1,
                "key": "onboarding",
                "data": {"done": ["core_config", "analytics", "integration"]},
            }
        )
    )
    return config


def start_simulator(port: int, control_port: int, log: Path) -> subprocess.Popen[bytes]:
    """``python -m simulator`` from the repository, its output in ``log``."""
    with log.open("wb") as output:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "simulator",
                "--port",
                str(port),
                "--control",
                str(control_port),
                "--no-keyboard",
            ],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    """Until something accepts connections on ``127.0.0.1:port``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{process.args} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"nothing listens on 127.0.0.1:{port} after {timeout:.0f} s")


def start_home_assistant(
    config: Path, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """``python -m homeassistant`` on ``config`` (``--skip-pip``), output in
    ``config/stdout.log``."""
    with (config / "stdout.log").open("wb") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "homeassistant", "-c", str(config), "--skip-pip"],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def wait_until_up(
    ha: HomeAssistantUnderTest,
    process: subprocess.Popen[bytes],
    path: str,
    timeout: float,
) -> None:
    """Until HA answers ``GET path`` without an error status (HA's HTTP server
    answers before every integration is set up: pick a path that needs what
    the test needs)."""
    deadline = time.monotonic() + timeout
    problem = "no answer"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Home Assistant exited with {process.returncode}:\n{ha.log_tail()}")
        if RECOVERY_MODE in (log := ha.log()):
            # It restarts without custom integrations on the default port.
            errors = [line for line in log.splitlines() if " ERROR " in line]
            pytest.fail("Home Assistant went into recovery mode:\n" + "\n".join(errors))
        try:
            with urllib.request.urlopen(f"{ha.url}{path}", timeout=10):
                return
        except urllib.error.HTTPError as err:
            problem = f"{path} answers {err}"
        except (OSError, urllib.error.URLError) as err:
            problem = f"no answer ({err})"
        time.sleep(0.25)
    pytest.fail(f"Home Assistant not ready in {timeout:.0f} s: {problem}\n{ha.log_tail()}")


def stop(process: subprocess.Popen[bytes], timeout: float = 30) -> int:
    """SIGTERM, wait; SIGKILL only if it does not end in time. The exit code."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
    return process.returncode


LOOPBACK_ONLY = """\
# Written by tests/realha.py: this process may only open TCP connections to
# 127.0.0.1 (UDP "connects", which HA uses to find its own address, send
# nothing). Others fail as unreachable and are written down, with the stack
# that tried, to {record!r} (with os.write: HA reports open() in its loop).
import errno, ipaddress, os, socket, traceback

_connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex


def _refuse(sock, address):
    if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.type != socket.SOCK_STREAM:
        return False
    try:
        if ipaddress.ip_address(address[0].split("%")[0]).is_loopback:
            return False
    except ValueError:
        pass
    text = "--- connect %r\\n%s" % (address, "".join(traceback.format_stack()[:-2]))
    fd = os.open({record!r}, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)
    return True


def connect(sock, address):
    if _refuse(sock, address):
        raise OSError(errno.ENETUNREACH, "tests may only connect to 127.0.0.1")
    return _connect(sock, address)


def connect_ex(sock, address):
    if _refuse(sock, address):
        return errno.ENETUNREACH
    return _connect_ex(sock, address)


socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
"""


def child_env(guard_dir: Path | None = None) -> dict[str, str]:
    """The environment for HA: this one, minus what would let it import the
    repository's copy of the integration or skip writing byte code.

    With ``guard_dir``, a ``sitecustomize`` there keeps the process on
    127.0.0.1; what else it tried to reach is in ``guard_dir/connections.log``.
    """
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONSAFEPATH"):
        env.pop(name, None)
    if guard_dir is not None:
        guard_dir.mkdir(parents=True, exist_ok=True)
        record = str(guard_dir / "connections.log")
        (guard_dir / "sitecustomize.py").write_text(LOOPBACK_ONLY.format(record=record))
        env["PYTHONPATH"] = str(guard_dir)
    return env
