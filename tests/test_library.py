"""``lib/`` is a library of its own: builds, imports and works without Home Assistant."""

from __future__ import annotations

import ast
from collections.abc import Iterator
import importlib
import inspect
from pathlib import Path
import subprocess
import sys
import textwrap
from typing import Any
from unittest.mock import patch
import zipfile

import aiohttp
import pytest

from custom_components.nuisance_calls import lib
from custom_components.nuisance_calls.lib import exceptions
from custom_components.nuisance_calls.lib.listclient import ListClient
from custom_components.nuisance_calls.lib.tellows import TellowsClient
from custom_components.nuisance_calls.lib.tr064 import (
    ONTEL_SERVICE,
    Tr064Client,
    parse_phonebook,
    soap_envelope,
)

LIB = Path(lib.__file__).parent
MODULES = sorted(path.stem for path in LIB.glob("*.py") if path.stem != "__init__")
FORBIDDEN_ROOTS = ("homeassistant", "custom_components", "probatio", "voluptuous")


def foreign_imports(source: str) -> Iterator[str]:
    """Imports in a module of ``lib`` that reach outside it: HA, the glue, parents."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level > 1:
                yield f"{'.' * node.level}{node.module or ''}"
                continue
            names = [node.module or ""] if node.level == 0 else []
        else:
            continue
        for name in names:
            if name.split(".")[0] in FORBIDDEN_ROOTS:
                yield name


def test_library_imports_nothing_of_home_assistant_or_the_glue() -> None:
    """No module under lib/ imports Home Assistant, the integration, or goes up a level."""
    found = {path.name: list(foreign_imports(path.read_text("utf-8"))) for path in LIB.glob("*.py")}
    assert {name: imports for name, imports in found.items() if imports} == {}


def test_the_import_check_finds_what_it_must() -> None:
    """The check above would catch each way of reaching outside lib/."""
    for source, expected in (
        ("import homeassistant.core", ["homeassistant.core"]),
        ("from homeassistant.core import callback", ["homeassistant.core"]),
        (
            "from custom_components.nuisance_calls import const",
            ["custom_components.nuisance_calls"],
        ),
        ("from ..const import DOMAIN", ["..const"]),
        ("from .. import household", [".."]),
        ("import probatio", ["probatio"]),
        ("from .models import CallEvent\nimport asyncio", []),
    ):
        assert list(foreign_imports(source)) == expected, source


def test_every_public_name_is_exported_and_typed() -> None:
    """Each module says what it exports; the package re-exports the API; py.typed ships."""
    assert (LIB / "py.typed").exists()
    for module_name in MODULES:
        module = importlib.import_module(f"{lib.__name__}.{module_name}")
        assert isinstance(module.__all__, list), module_name
        for name in module.__all__:
            assert hasattr(module, name), (module_name, name)
    for name in lib.__all__:
        assert getattr(lib, name) is not None, name


def test_every_error_is_a_nuisance_calls_error() -> None:
    """One exception base: a caller catches ``NuisanceCallsError`` for all of them."""
    errors = [
        value
        for value in vars(exceptions).values()
        if inspect.isclass(value) and issubclass(value, Exception)
    ]
    assert len(errors) >= 10
    for error in errors:
        assert issubclass(error, exceptions.NuisanceCallsError), error


def test_wheel_builds_and_works_without_home_assistant(tmp_path: Path) -> None:
    """The distribution builds from lib/ as it stands and imports with HA blocked."""
    hatchling = pytest.importorskip("hatchling.build")
    wheel_dir = tmp_path / "dist"
    built = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import hatchling.build as b; print(b.build_wheel({str(wheel_dir)!r}))",
        ],
        cwd=LIB,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    assert hatchling is not None
    wheel = wheel_dir / built.stdout.strip().splitlines()[-1]
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "site")
    assert "nuisance_calls_core/py.typed" in names
    assert "nuisance_calls_core/pyproject.toml" not in names
    assert {f"nuisance_calls_core/{module}.py" for module in MODULES} <= set(names)
    script = textwrap.dedent(
        f"""
        import importlib.abc, sys
        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path, target=None):
                if name.split(".")[0] in {FORBIDDEN_ROOTS!r}:
                    raise ImportError("blocked: " + name)
        sys.meta_path.insert(0, Block())
        sys.path.insert(0, {str(tmp_path / "site")!r})
        import nuisance_calls_core as core
        assert core.__file__.startswith({str(tmp_path)!r}), core.__file__
        missing = [name for name in core.__all__ if not hasattr(core, name)]
        assert not missing, missing
        assert core.normalize("030 123456", "DE") == "+4930123456"
        verdict = core.classify("+4930123456", core.PersonalList())
        assert verdict.verdict is core.VerdictKind.UNKNOWN
        # A list big enough for the worker process, from wherever this runs.
        body = b"\\n".join(b"+4930%07d" % number for number in range(200_000))
        assert len(body) >= core.isolated.ISOLATE_FROM_BYTES
        parsed, index = core.parse_document(body, "DE", "list:big", False)
        assert (parsed.count, index.exact_count) == (200_000, 200_000)
        print(core.__version__)
        """
    )
    # -I: no current directory, no user site, no PYTHON* variables on the path.
    result = subprocess.run(
        [sys.executable, "-I", "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == lib.__version__
    assert wheel.name == f"nuisance_calls_core-{lib.__version__}-py3-none-any.whl"


def test_fritzconnection_codec_we_rely_on_is_pinned() -> None:
    """What we take from fritzconnection (no I/O) is exactly what the box expects.

    A fritzconnection release that changed its envelope template, argument
    encoding or phone book model would fail here before it reaches a box.
    """
    from fritzconnection.core.soaper import Soaper

    assert soap_envelope(ONTEL_SERVICE, "GetPhonebook", {"NewPhonebookID": 1}) == (
        b'<?xml version="1.0" encoding="utf-8"?>'
        b'<s:Envelope s:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/" '
        b'xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
        b'<u:GetPhonebook xmlns:u="urn:dslforum-org:service:X_AVM-DE_OnTel:1">'
        b"<NewPhonebookID>1</NewPhonebookID></u:GetPhonebook></s:Body></s:Envelope>"
    )
    # The client sends these with its own soapaction.
    assert Soaper.headers == {"soapaction": "", "content-type": "text/xml", "charset": "utf-8"}
    body = (
        b'<?xml version="1.0" encoding="utf-8"?><phonebooks><phonebook name="Tb">'
        b"<contact><category>0</category><person><realName>Anna &amp; Ben</realName></person>"
        b'<telephony nid="2"><number type="home" prio="1" id="0">030 1234567</number>'
        b'<number type="mobile" id="1">0171 2345678</number></telephony>'
        b"<uniqueid>17</uniqueid></contact></phonebook></phonebooks>"
    )
    (contact,) = parse_phonebook(body)
    assert (contact.uid, contact.name, contact.numbers) == (
        17,
        "Anna & Ben",
        ("030 1234567", "0171 2345678"),
    )


async def test_clients_close_only_the_session_they_made(socket_enabled: None) -> None:
    """Made without a session a client owns one and closes it; an injected one stays open."""
    from .realha import free_port

    closed = f"http://127.0.0.1:{free_port()}"
    port = int(closed.rsplit(":", 1)[1])

    async def request(client: ListClient | TellowsClient | Tr064Client) -> object:
        if isinstance(client, ListClient):
            return await client.fetch(closed, max_bytes=10)
        if isinstance(client, TellowsClient):
            return await client.verify()
        return await client.phonebook_ids()

    async def use(client: ListClient | TellowsClient | Tr064Client) -> None:
        with pytest.raises(exceptions.NuisanceCallsError):
            await request(client)

    async with aiohttp.ClientSession() as shared:
        for client in (
            ListClient(shared),
            TellowsClient(shared, "key", "partner", base_url=closed),
            Tr064Client(shared, "127.0.0.1", "user", "password", port=port),
        ):
            async with client:
                await use(client)
            assert not shared.closed, client
    for own in (
        ListClient(),
        TellowsClient(None, "key", "partner", base_url=closed),
        Tr064Client(None, "127.0.0.1", "user", "password", port=port),
    ):
        async with own:
            await use(own)
            made = own.session
            assert made is not None
            assert not made.closed
        assert made.closed, own


async def test_a_big_download_arrives_whole(socket_enabled: None) -> None:
    """Small documents are joined on the loop, big ones in a thread of their own that
    ends when it is done (not one of the executor's long-lived threads: glibc keeps a
    freed block in each thread's arena, which grew Home Assistant by ~130 MB): byte for
    byte."""
    import asyncio
    from concurrent.futures import Executor, ThreadPoolExecutor
    import threading

    from aiohttp import web
    from aiohttp.test_utils import TestServer

    from custom_components.nuisance_calls.lib import listclient

    documents = {
        "/small": b"+4930111\n" * 10,
        "/big": bytes(range(256)) * 6_000 + b"end",  # 1.5 MB, every byte value
    }

    async def serve(request: web.Request) -> web.Response:
        return web.Response(body=documents[request.path])

    loop = asyncio.get_running_loop()
    real_run_in_executor = loop.run_in_executor
    executors: list[Executor | None] = []

    def run_in_executor(executor: Executor | None, *args: Any) -> Any:
        executors.append(executor)
        return real_run_in_executor(executor, *args)

    app = web.Application()
    app.router.add_get("/{name}", serve)
    async with TestServer(app, host="127.0.0.1") as server, ListClient() as client:
        with patch.object(loop, "run_in_executor", run_in_executor):
            for path in (*documents, "/big"):
                download = await client.fetch(str(server.make_url(path)), max_bytes=2 << 20)
                assert download.body == documents[path], path
                assert isinstance(download.body, bytes)
    # The small one on the loop; each big one in a thread pool of its own, shut down.
    assert len(executors) == 2
    assert executors[0] is not executors[1]
    for executor in executors:
        assert isinstance(executor, ThreadPoolExecutor)
        assert executor._thread_name_prefix == listclient._JOIN_THREAD
        assert executor._shutdown
    async with asyncio.timeout(5):  # and its thread ends
        while any(t.name.startswith(listclient._JOIN_THREAD) for t in threading.enumerate()):
            await asyncio.sleep(0.01)
