"""The integration installed as HACS installs it, in a real Home Assistant.

HACS copies the repository's ``custom_components/nuisance_calls`` folder (or,
with ``zip_release`` in ``hacs.json``, the release zip) into the user's
``<config>/custom_components/``. This test does the same with what is
committed (``git archive HEAD``: uncommitted files are not part of a
release), starts ``python -m homeassistant`` on that config folder, onboards
an owner through the REST API, adds a line through the config flow as the UI
does, rings a call on the simulated FRITZ!Box and checks the line's entities
and HA's log, then stops HA with SIGTERM. Only 127.0.0.1 is used: the test
skips the onboarding steps that set up internet services, and HA runs with a
``sitecustomize`` that refuses TCP connections elsewhere (one tried from the
integration's code fails the test).

HA needs ``home-assistant-frontend`` in the venv: without it HA starts in
recovery mode, without custom integrations (``scripts/browser_test`` installs
it; ``scripts/setup`` alone does not).

HA runs with ``--skip-pip``: without it HA would install missing requirements
into this venv (or fetch them from PyPI), which a test must not do. What HA
would check before installing (each requirement of ``manifest.json`` already
satisfied) is checked here instead, with HA's own ``is_installed``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
import importlib.util
import io
import json
from pathlib import Path, PurePosixPath
import re
import subprocess
import tarfile
import time
from typing import Any
import urllib.request
import zipfile

from homeassistant.util.package import is_installed
import pytest

from tests.realha import (
    ROOT,
    HomeAssistantUnderTest,
    child_env,
    free_port,
    start_home_assistant,
    start_simulator,
    stop,
    wait_for_port,
    wait_until_up,
)

DOMAIN = "nuisance_calls"
PACKAGE = f"custom_components/{DOMAIN}"
HA_START_TIMEOUT = 120.0
WAIT_TIMEOUT = 30.0
CALLER = "0301234567"

CONFIGURATION = """\
# Written by tests/packaging/test_hacs_install.py. HA sets up frontend,
# onboarding and the rest of its defaults by itself; api and config are what
# the REST calls of this test need.
api:
config:
onboarding:
http:
  server_host: 127.0.0.1
  server_port: {port}
logger:
  default: warning
  logs:
    custom_components.nuisance_calls: debug
"""

REQUIRED_FILES = {
    "__init__.py",
    "config_flow.py",
    "manifest.json",
    "services.yaml",
    "icons.json",
    "translations/en.json",
    "frontend/nuisance-calls-card.js",
    # HA shows a custom integration's own brand/ images (integrations page, HACS).
    "brand/icon.png",
    "brand/logo.png",
}
FORBIDDEN_PARTS = {"__pycache__", "node_modules", "tests", "test", ".pytest_cache"}
FORBIDDEN_NAME = re.compile(r"(\.py[co]$|^test_.*\.py$|_test\.py$|^conftest\.py$|^\.DS_Store$)")

# Our logger, our files in a traceback, or HA naming the integration (not a
# path that merely contains the name, like a cache folder).
OURS = re.compile(rf"custom_components[./]{DOMAIN}|(?<![\w/.-]){DOMAIN}(?![\w/])")
# One record of HA's log starts with its time stamp; tracebacks follow it.
LOG_RECORD = re.compile(r"^(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ )", re.MULTILINE)
LOG_LEVEL = re.compile(r"^\S+ \S+ (\w+) ")
EXPECTED_WARNING = f"We found a custom integration {DOMAIN} which has not been tested"


# --- what HACS downloads -----------------------------------------------------


def _git(*args: str) -> bytes:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True).stdout


def _hacs_json() -> dict[str, Any]:
    """The committed hacs.json (HACS reads the repository's, not a checkout's)."""
    return json.loads(_git("show", "HEAD:hacs.json"))


@dataclass(frozen=True)
class Archive:
    """``git archive HEAD`` of the integration folder, and its files (names
    relative to the folder)."""

    tar: bytes
    files: dict[str, bytes]

    @classmethod
    def of_head(cls) -> Archive:
        tar = _git("archive", "--format=tar", "HEAD", PACKAGE)
        files = {}
        with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
            for member in archive.getmembers():
                assert member.isfile() or member.isdir(), f"{member.name}: not a plain file"
                if member.isfile() and (data := archive.extractfile(member)) is not None:
                    files[str(PurePosixPath(member.name).relative_to(PACKAGE))] = data.read()
        return cls(tar, files)

    def install(self, custom_components: Path) -> Path:
        """Into ``<config>/custom_components/<domain>`` as HACS does: the folder
        (a copy), or with ``zip_release`` the release zip's contents."""
        target = custom_components / DOMAIN
        if _hacs_json().get("zip_release"):
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as release:
                for name, data in sorted(self.files.items()):
                    release.writestr(name, data)
            target.mkdir(parents=True)
            with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as release:
                release.extractall(target)
        else:
            custom_components.mkdir(parents=True)
            with tarfile.open(fileobj=io.BytesIO(self.tar)) as archive:
                archive.extractall(custom_components.parent, filter="data")
        return target


@pytest.fixture(scope="module")
def archive() -> Archive:
    """What ``git archive HEAD`` holds of the integration."""
    return Archive.of_head()


def test_hacs_finds_one_integration_folder() -> None:
    """HACS takes the first folder under custom_components/: there is only ours,
    and hacs.json describes that layout."""
    hacs = _hacs_json()
    assert not hacs.get("content_in_root"), "the test archives custom_components/<domain>"
    committed = _git("ls-tree", "--name-only", "HEAD", "custom_components/").decode().split()
    assert committed == [PACKAGE]


def test_archive_has_what_the_integration_needs(archive: Archive) -> None:
    """Files HA and the card need are committed, nothing built or cached is,
    and ``git archive`` leaves nothing out that HACS would fetch."""
    missing = sorted(REQUIRED_FILES - archive.files.keys())
    unwanted = [
        name
        for name in archive.files
        if FORBIDDEN_PARTS & set(PurePosixPath(name).parts[:-1])
        or FORBIDDEN_NAME.search(PurePosixPath(name).name)
    ]
    assert (missing, unwanted) == ([], []), f"not committed: {missing}; should not ship: {unwanted}"
    # HACS reads the repository's tree, not an archive: export-ignore in
    # .gitattributes must not make the two differ.
    tree = _git("ls-tree", "-r", "--name-only", "HEAD", PACKAGE).decode().splitlines()
    assert sorted(archive.files) == sorted(str(PurePosixPath(p).relative_to(PACKAGE)) for p in tree)

    manifest = json.loads(archive.files["manifest.json"])
    assert manifest["domain"] == DOMAIN
    assert manifest.get("version"), "HA refuses a custom integration without a version"
    for name in (n for n in archive.files if n.endswith(".json")):
        json.loads(archive.files[name])  # valid JSON, or HA drops the file


def _module(name: str) -> str:
    """``lib/calls.py`` -> ``lib.calls``, ``lib/__init__.py`` -> ``lib``."""
    parts = PurePosixPath(name).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_names(source: bytes) -> set[str]:
    names: set[str] = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def test_archive_imports_only_committed_modules(archive: Archive) -> None:
    """Every relative import names a module in the archive: a module that is
    only imported inside a function is not loaded when HA starts."""
    sources = {name: data for name, data in archive.files.items() if name.endswith(".py")}
    modules = {_module(name) for name in sources}
    problems = []
    for name, data in sources.items():
        package = list(PurePosixPath(name).parent.parts)
        for node in ast.walk(ast.parse(data, name)):
            if not isinstance(node, ast.ImportFrom) or node.level == 0:
                continue
            if node.level - 1 > len(package):
                problems.append(f"{name}:{node.lineno} imports from outside the package")
                continue
            base = package[: len(package) - (node.level - 1)]
            if node.module is not None:
                if ".".join([*base, node.module]) not in modules:
                    problems.append(f"{name}:{node.lineno} from {'.' * node.level}{node.module}")
                continue
            # ``from . import x``: a module, or a name the package's __init__ defines.
            init = sources.get("/".join([*base, "__init__.py"]), b"")
            defined = _top_level_names(init)
            problems.extend(
                f"{name}:{node.lineno} from {'.' * node.level} import {alias.name}"
                for alias in node.names
                if ".".join([*base, alias.name]) not in modules and alias.name not in defined
            )
    assert not problems, f"imports of modules that are not committed: {problems}"


def test_manifest_requirements_are_installed(archive: Archive) -> None:
    """What HA checks before it would install anything (skipped by --skip-pip)."""
    manifest = json.loads(archive.files["manifest.json"])
    missing = [req for req in manifest.get("requirements", []) if not is_installed(req)]
    assert not missing, f"HA would try to install {missing}"


# --- HA with the installed copy --------------------------------------------------


@dataclass
class Installed:
    """HA running on the installed copy, the simulator's port and the archive."""

    ha: HomeAssistantUnderTest
    package: Path
    sim_port: int
    archive: Archive
    exit_code: int | None = None


def _frontend_is_installed() -> None:
    """HA goes into recovery mode (no custom integrations, its default port)
    when its frontend does not load: the package must be in the venv."""
    if importlib.util.find_spec("hass_frontend") is None:
        pytest.fail(
            "Home Assistant needs home-assistant-frontend (the version its frontend "
            "manifest pins) to start normally: scripts/browser_test installs it"
        )


@contextmanager
def _installed(
    tmp_path: Path, archive: Archive, *, in_config_folder: bool = False
) -> Iterator[Installed]:
    """A fresh config folder with the archived integration, HA and the simulator;
    both stopped (SIGTERM, wait) on the way out, HA's exit code kept.

    HA's working directory is the folder above the config folder (a Core venv
    install run from anywhere), or with ``in_config_folder`` the config folder
    itself (the container image's ``WORKDIR /config``, which Home Assistant OS
    and Supervised run too)."""
    _frontend_is_installed()
    config = tmp_path / "config"
    package = archive.install(config / "custom_components")
    assert not package.is_symlink()
    port, sim_port, control_port = free_port(), free_port(), free_port()
    (config / "configuration.yaml").write_text(CONFIGURATION.format(port=port))
    ha = HomeAssistantUnderTest(f"http://127.0.0.1:{port}", config, control_port)
    installed = Installed(ha, package, sim_port, archive)
    simulator = start_simulator(sim_port, control_port, tmp_path / "simulator.log")
    hass = None
    try:
        wait_for_port(control_port, simulator)
        cwd = config if in_config_folder else tmp_path
        hass = start_home_assistant(config, cwd=cwd, env=child_env(tmp_path / "guard"))
        wait_until_up(ha, hass, "/api/onboarding", HA_START_TIMEOUT)
        ha.onboard(complete=False)
        # Until HA's start is over (its SIGTERM handler is in place only then).
        ha.wait_running(HA_START_TIMEOUT)
        yield installed
    finally:
        if hass is not None:
            installed.exit_code = stop(hass)
        stop(simulator)


def _until(what: str, check: Any, ha: HomeAssistantUnderTest) -> Any:
    deadline = time.monotonic() + WAIT_TIMEOUT
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.1)
    pytest.fail(f"{what}: not within {WAIT_TIMEOUT:.0f} s\n{ha.log_tail()}")


def _add_fritzbox_line(ha: HomeAssistantUnderTest, sim_port: int) -> dict[str, Any]:
    """The config flow, step by step as the UI posts it."""
    flow = ha.request("/api/config/config_entries/flow", {"handler": DOMAIN})
    assert flow["type"] == "menu", flow
    assert "fritzbox" in flow["menu_options"]
    path = f"/api/config/config_entries/flow/{flow['flow_id']}"
    form = ha.request(path, {"next_step_id": "fritzbox"})
    assert (form["type"], form["step_id"]) == ("form", "fritzbox"), form
    created = ha.request(path, {"host": "127.0.0.1", "port": sim_port})
    assert created["type"] == "create_entry", created
    entry_id = created["result"]["entry_id"]

    def loaded() -> dict[str, Any] | None:
        entries = ha.request(f"/api/config/config_entries/entry?domain={DOMAIN}")
        return next(
            (e for e in entries if e["entry_id"] == entry_id and e["state"] == "loaded"), None
        )

    return _until("the entry is loaded", loaded, ha)


def _states(ha: HomeAssistantUnderTest, entity_ids: list[str]) -> dict[str, dict[str, Any]]:
    wanted = set(entity_ids)
    return {s["entity_id"]: s for s in ha.request("/api/states") if s["entity_id"] in wanted}


def _one(states: dict[str, dict[str, Any]], domain: str, suffix: str) -> dict[str, Any]:
    """The line's entity ``<domain>.<line>_<suffix>`` (its name from translations/en.json)."""
    found = [
        s
        for entity_id, s in states.items()
        if entity_id.startswith(f"{domain}.")
        and entity_id.endswith(f"_{suffix}")
        and not entity_id.endswith(f"_nuisance_{suffix}")
    ]
    assert len(found) == 1, f"{domain} …_{suffix}: {sorted(states)}"
    return found[0]


def _assert_log_clean(ha: HomeAssistantUnderTest) -> None:
    """No error or warning of ours, from start to shutdown: no failed import,
    no traceback through our files, no "Detected that custom integration
    'nuisance_calls' ..." from HA's checks. HA's notice that it loads a
    custom integration is the one warning expected."""
    problems = []
    for record in LOG_RECORD.split(ha.log()):
        level = m.group(1) if (m := LOG_LEVEL.match(record)) else ""
        if not OURS.search(record) or EXPECTED_WARNING in record:
            continue
        if (
            level in {"WARNING", "ERROR", "CRITICAL"}
            or "Error loading custom_components" in record
            or "No module named" in record
            or "Traceback" in record
        ):
            problems.append(record.strip())
    assert not problems, "\n\n".join(problems)


def _processes_in(folder: Path) -> list[str]:
    """Processes still working in ``folder`` (HA's children inherit its cwd)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            cwd = proc.joinpath("cwd").readlink()
            cmdline = proc.joinpath("cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if cwd.is_relative_to(folder) or str(folder) in cmdline:
            found.append(f"{proc.name}: {cmdline}")
    return found


def _assert_stayed_local(record: Path) -> None:
    """The integration tried to connect nowhere but 127.0.0.1 (HA's own
    attempts, refused as well, are not its business)."""
    attempts = record.read_text(encoding="utf-8").split("--- ") if record.exists() else []
    ours = [attempt for attempt in attempts if f"custom_components/{DOMAIN}/" in attempt]
    assert not ours, "\n".join(ours)


def test_hacs_install_in_a_real_home_assistant(
    socket_enabled: None, tmp_path: Path, archive: Archive
) -> None:
    """Config flow, entities, a call, the card: all from the installed copy;
    then a clean stop and a log without errors of ours."""
    with _installed(tmp_path, archive) as installed:
        _works(installed)
    assert installed.exit_code == 0, f"HA's exit code on SIGTERM: {installed.exit_code}"
    assert not _processes_in(tmp_path), "processes left behind"
    _assert_log_clean(installed.ha)
    _assert_stayed_local(tmp_path / "guard" / "connections.log")


def _works(installed: Installed) -> None:
    ha = installed.ha
    entry = _add_fritzbox_line(ha, installed.sim_port)
    assert entry["title"] == f"FRITZ!Box 127.0.0.1:{installed.sim_port}"

    # HA imported the copy in the config folder (byte code written next to it),
    # not the repository's working tree.
    assert (installed.package / "__pycache__").is_dir()
    # The card is served from the installed copy, unchanged (static: no token).
    files = installed.archive.files
    card = f"{ha.url}/{DOMAIN}/nuisance-calls-card.js"
    with urllib.request.urlopen(card, timeout=30) as response:
        assert response.read() == files["frontend/nuisance-calls-card.js"]
    # So are its brand images (HA's brands API, the installed copy's brand/).
    for image in ("icon.png", "logo.png"):
        served = ha.get_bytes(f"/api/brands/integration/{DOMAIN}/{image}?placeholder=no")
        assert served == files[f"brand/{image}"], image

    template = f"{{{{ integration_entities('{DOMAIN}') | tojson }}}}"
    # The rendered text is JSON: request() decodes it.
    entity_ids = ha.request("/api/template", {"template": template})
    assert isinstance(entity_ids, list), entity_ids
    domains = {entity_id.split(".")[0] for entity_id in entity_ids}
    assert {"event", "binary_sensor", "sensor", "switch", "button"} <= domains, entity_ids

    # The connectivity sensor is diagnostic (disabled by default); the line's
    # other entities are available once its source is connected.
    _until(
        "the line connects to the simulated box",
        lambda: _one(_states(ha, entity_ids), "sensor", "last_caller")["state"] != "unavailable",
        ha,
    )
    states = _states(ha, entity_ids)
    calls_today = _one(states, "sensor", "calls_today")
    assert calls_today["state"] == "0"
    assert calls_today["attributes"].get("unit_of_measurement") == "calls"
    for domain, suffix in (
        ("binary_sensor", "nuisance_call"),
        ("sensor", "last_caller"),
        ("switch", "mute_ringer"),
        ("button", "flag_last_caller"),
        ("event", "call"),
    ):
        assert _one(states, domain, suffix)["state"] != "unavailable", (domain, suffix)

    # A call rings and ends on the box.
    reply = ha.box(f"ring {CALLER}")
    call_id = re.search(r"id (\d+)", reply)
    assert call_id, reply
    ha.box(f"hangup {call_id.group(1)}")
    _until(
        "calls today counts the call",
        lambda: _one(_states(ha, entity_ids), "sensor", "calls_today")["state"] == "1",
        ha,
    )
    states = _states(ha, entity_ids)
    assert _one(states, "event", "call")["state"] not in {"unknown", "unavailable"}
    assert _one(states, "sensor", "last_caller")["state"] not in {"unknown", "unavailable"}
    assert ha.lookup(CALLER)["tally"]["count"] == 1


BIG_LIST_ENTRIES = 300_000
"""About 3.6 MB as text: parsed in the worker process (2 MiB and more)."""


@contextmanager
def _list_server(body: bytes) -> Iterator[str]:
    """A plain HTTP server on 127.0.0.1 serving ``body`` as /big.txt; its URL."""
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # http.server's name
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/big.txt"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.parametrize("install", ["core", "container"])
def test_a_big_list_on_every_install_type(
    socket_enabled: None, tmp_path: Path, archive: Archive, install: str
) -> None:
    """HA started as a Core venv install starts it (``hass -c <config>`` from another
    folder) and as the container image (also OS and Supervised) starts it (from the
    config folder): a list big enough for the worker process is read, refreshed and
    applied."""
    body = "\n".join(f"+4930{number:07d}" for number in range(BIG_LIST_ENTRIES)).encode()
    assert len(body) >= 2 << 20
    in_config_folder = install == "container"
    with (
        _list_server(body) as url,
        _installed(tmp_path, archive, in_config_folder=in_config_folder) as installed,
    ):
        ha = installed.ha
        flow = ha.request("/api/config/config_entries/flow", {"handler": DOMAIN})
        path = f"/api/config/config_entries/flow/{flow['flow_id']}"
        ha.request(path, {"next_step_id": "shared_list"})
        created = ha.request(
            path,
            {
                "name": "Big",
                "url": url,
                "mode": "flag",
                "refresh_hours": 6,
                "max_size_mb": 50,
            },
        )
        assert created["type"] == "create_entry", created
        _until(
            "the big list is applied",
            lambda: ha.lookup("+49300123456")["verdict"] == "nuisance",
            ha,
        )
        ha.action("refresh_lists")
        assert ha.lookup("+49300299999")["sources"] == ["list:Big"]
    assert installed.exit_code == 0
    assert "BrokenProcessPool" not in installed.ha.log()
    _assert_log_clean(installed.ha)
