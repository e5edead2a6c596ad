"""What HACS, the Marketplace and hassfest read: manifest.json, hacs.json, quality_scale.yaml.

The tools cannot run here, so their rules are written down below (from
hassfest's manifest schema, HACS's hacs.json schema and the Integration
Quality Scale) and every file is checked against them; a quality-scale rule
marked ``done`` is checked against the code where that can be checked.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
import re
import tomllib
from typing import Any
from unittest.mock import patch

from awesomeversion import AwesomeVersion
from homeassistant.const import __version__ as HA_VERSION
import yaml

from custom_components.nuisance_calls.binary_sensor import BINARY_SENSORS
from custom_components.nuisance_calls.button import FLAG_LAST_CALLER
from custom_components.nuisance_calls.event import CALL_EVENT
from custom_components.nuisance_calls.sensor import CALL_BARRING, LIST_SENSORS, PHONE, SENSORS
from custom_components.nuisance_calls.switch import MUTE_RINGER, STOP_CALLS

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "custom_components" / "nuisance_calls"

# hassfest's manifest schema for custom integrations (script/hassfest/manifest.py).
MANIFEST_KEYS = {
    "domain",
    "name",
    "after_dependencies",
    "bluetooth",
    "codeowners",
    "config_flow",
    "dependencies",
    "dhcp",
    "documentation",
    "homekit",
    "integration_type",
    "iot_class",
    "issue_tracker",
    "loggers",
    "mqtt",
    "requirements",
    "single_config_entry",
    "ssdp",
    "usb",
    "version",
    "zeroconf",
}
IOT_CLASSES = {
    "assumed_state",
    "cloud_polling",
    "cloud_push",
    "local_polling",
    "local_push",
    "calculated",
}
INTEGRATION_TYPES = {"device", "entity", "hardware", "helper", "hub", "service", "system"}
# HACS's hacs.json schema.
HACS_KEYS = {
    "name",
    "content_in_root",
    "zip_release",
    "filename",
    "hide_default_branch",
    "country",
    "homeassistant",
    "persistent_directory",
    "render_readme",
}

RULES = {
    "bronze": [
        "action-setup",
        "appropriate-polling",
        "brands",
        "common-modules",
        "config-flow-test-coverage",
        "config-flow",
        "dependency-transparency",
        "docs-actions",
        "docs-conditions",
        "docs-high-level-description",
        "docs-installation-instructions",
        "docs-removal-instructions",
        "docs-triggers",
        "entity-event-setup",
        "entity-unique-id",
        "has-entity-name",
        "runtime-data",
        "test-before-configure",
        "test-before-setup",
        "unique-config-entry",
    ],
    "silver": [
        "action-exceptions",
        "config-entry-unloading",
        "docs-configuration-parameters",
        "docs-installation-parameters",
        "entity-unavailable",
        "integration-owner",
        "log-when-unavailable",
        "parallel-updates",
        "reauthentication-flow",
        "test-coverage",
    ],
    "gold": [
        "devices",
        "diagnostics",
        "discovery-update-info",
        "discovery",
        "docs-data-update",
        "docs-examples",
        "docs-known-limitations",
        "docs-supported-devices",
        "docs-supported-functions",
        "docs-troubleshooting",
        "docs-use-cases",
        "dynamic-devices",
        "entity-category",
        "entity-device-class",
        "entity-disabled-by-default",
        "entity-translations",
        "exception-translations",
        "icon-translations",
        "reconfiguration-flow",
        "repair-issues",
        "stale-devices",
    ],
    "platinum": ["async-dependency", "inject-websession", "strict-typing"],
}
PLATFORM_MODULES = ["binary_sensor", "button", "event", "sensor", "switch"]


def _json(path: Path) -> Any:
    return json.loads(path.read_text("utf-8"))


def _source(module: str) -> str:
    return (PACKAGE / f"{module}.py").read_text("utf-8")


def _defines(module: str, name: str) -> bool:
    """Whether ``module`` (or, for the config flow, one of its step modules) defines ``name``."""
    paths = [PACKAGE / f"{module}.py"]
    if module == "config_flow":
        paths += sorted((PACKAGE / "flows").glob("*.py"))
    return any(
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name
        for path in paths
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
    )


def test_manifest_is_what_hassfest_and_hacs_accept() -> None:
    """Only known keys, in hassfest's order, with valid values."""
    manifest = _json(PACKAGE / "manifest.json")
    assert set(manifest) <= MANIFEST_KEYS, set(manifest) - MANIFEST_KEYS
    keys = list(manifest)
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:]), "hassfest wants domain, name, then sorted keys"
    assert manifest["domain"] == PACKAGE.name
    assert AwesomeVersion(manifest["version"]).valid
    assert manifest["iot_class"] in IOT_CLASSES
    assert manifest["integration_type"] in INTEGRATION_TYPES
    assert all(owner.startswith("@") for owner in manifest["codeowners"])
    assert manifest["documentation"].startswith("https://")
    assert manifest["issue_tracker"].startswith("https://")
    assert manifest["config_flow"] is True
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.]+", r) for r in manifest["requirements"])
    # The requirements are the ones the tests run with.
    pinned = dict(
        line.split("==", 1)
        for line in (ROOT / "requirements_test.txt").read_text("utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    )
    for requirement in manifest["requirements"]:
        name, version = requirement.split("==")
        assert pinned.get(name) == version, requirement


def test_hacs_json_is_what_hacs_accepts() -> None:
    """Only HACS's keys; the minimum HA version is the one the tests run against."""
    hacs = _json(ROOT / "hacs.json")
    assert set(hacs) <= HACS_KEYS, set(hacs) - HACS_KEYS
    assert hacs["name"] == _json(PACKAGE / "manifest.json")["name"]
    assert hacs["homeassistant"] == HA_VERSION
    if hacs.get("zip_release"):
        assert hacs.get("filename", "").endswith(".zip")


def test_quality_scale_lists_every_rule_honestly() -> None:
    """Bronze to gold: done or exempt with a reason; platinum as far as claimed."""
    rules = yaml.safe_load((PACKAGE / "quality_scale.yaml").read_text("utf-8"))["rules"]
    everything = [rule for tier in RULES.values() for rule in tier]
    assert sorted(rules) == sorted(everything)
    for tier in ("bronze", "silver", "gold"):
        for rule in RULES[tier]:
            status = rules[rule] if isinstance(rules[rule], str) else rules[rule]["status"]
            assert status in ("done", "exempt"), f"{rule} is {status}"
    for rule, value in rules.items():
        if isinstance(value, dict):
            assert value["status"] in ("done", "exempt", "todo")
            if value["status"] != "done":
                assert len(value.get("comment", "")) > 20, f"{rule}: say why"
    assert _done("strict-typing")
    assert _done("async-dependency")


def _done(rule: str) -> bool:
    rules = yaml.safe_load((PACKAGE / "quality_scale.yaml").read_text("utf-8"))["rules"]
    value = rules[rule]
    return (value if isinstance(value, str) else value["status"]) == "done"


def test_done_rules_have_what_they_claim() -> None:
    """Where a rule can be checked in the code, a ``done`` must be true."""
    manifest = _json(PACKAGE / "manifest.json")
    en = _json(PACKAGE / "translations" / "en.json")
    icons = _json(PACKAGE / "icons.json")
    if _done("config-flow"):
        assert manifest["config_flow"]
        assert (PACKAGE / "config_flow.py").exists()
    if _done("reconfiguration-flow"):
        assert _defines("config_flow", "async_step_reconfigure")
    if _done("reauthentication-flow"):
        assert _defines("config_flow", "async_step_reauth")
        assert "async_start_reauth" in _source("phonebook") + _source("barring")
    if _done("discovery"):
        assert manifest.get("ssdp")
        assert _defines("config_flow", "async_step_ssdp")
    if _done("diagnostics"):
        diagnostics = _source("diagnostics")
        assert "async_get_config_entry_diagnostics" in diagnostics
        assert "async_redact_data" in diagnostics
        for secret in ('"number"', '"password"', '"webhook_id"', '"label"'):
            assert secret in diagnostics
    if _done("action-setup"):
        assert "async_setup_services(hass)" in _source("__init__")
    if _done("runtime-data"):
        for module in ("line", "lists", "tellows"):
            assert "entry.runtime_data = " in _source(module), module
        for alias in ("LineConfigEntry", "ListConfigEntry", "TellowsConfigEntry"):
            assert f"type {alias} = ConfigEntry[" in _source("types"), alias
    if _done("parallel-updates"):
        for module in PLATFORM_MODULES:
            assert "PARALLEL_UPDATES = " in _source(module), module
    if _done("has-entity-name"):
        assert "_attr_has_entity_name = True" in _source("entity")
    entity_keys = {
        str(description.translation_key)
        for description in (
            *BINARY_SENSORS,
            *SENSORS,
            *LIST_SENSORS,
            CALL_BARRING,
            CALL_EVENT,
            FLAG_LAST_CALLER,
            MUTE_RINGER,
            PHONE,
            STOP_CALLS,
        )
    }
    if _done("entity-translations"):
        translated = {key for platform in en["entity"].values() for key in platform}
        assert entity_keys <= translated, entity_keys - translated
    if _done("icon-translations"):
        for platform, entities in icons["entity"].items():
            assert set(entities) <= set(en["entity"].get(platform, {})), platform
        assert set(icons["services"]) == set(en["services"])
    if _done("exception-translations"):
        used = set(
            re.findall(
                r'translation_key="([a-z_]+)"',
                "".join(path.read_text("utf-8") for path in PACKAGE.rglob("*.py")),
            )
        )
        messages = set(en["exceptions"]) | set(en["issues"]) | set(en["selector"])
        assert used - entity_keys <= messages, used - entity_keys - messages
    if _done("integration-owner"):
        assert manifest["codeowners"]
    if _done("brands"):
        assert (PACKAGE / "brand" / "icon.png").exists()
    _more_done_rules_have_what_they_claim()


def _flow_calls(name: str) -> list[ast.Call]:
    """Calls of ``name`` in the config flow's modules."""
    paths = [PACKAGE / "config_flow.py", *sorted((PACKAGE / "flows").glob("*.py"))]
    return [
        node
        for path in paths
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", "")) == name
    ]


def _more_done_rules_have_what_they_claim() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    if _done("test-coverage") or _done("config-flow-test-coverage"):
        gate = (ROOT / "scripts" / "coverage_gate.py").read_text("utf-8")
        assert "MODULE_MINIMUM = 95.0" in gate
        assert 'f"{PACKAGE}flows/"' in gate
        assert "scripts/coverage_gate.py" in (ROOT / "scripts" / "test").read_text("utf-8")
    if _done("unique-config-entry"):
        # A unique id only from the box's UPnP device name, never host, port or URL.
        for call in _flow_calls("async_set_unique_id"):
            assert ast.unparse(call.args[0]) == "udn", ast.unparse(call)
        assert _flow_calls("_async_abort_entries_match")
    if _done("config-flow"):
        options = (PACKAGE / "flows" / "line_options.py").read_text("utf-8")
        assert "CONF_PASSWORD" not in options
        assert "CONF_USERNAME" not in options
        assert "entry.data.get(CONF_USERNAME)" in _source(
            "boxapi"
        ) or "data.get(CONF_USERNAME)" in (_source("boxapi"))
    if _done("reauthentication-flow"):
        for module in ("phonebook", "lists", "tellows"):
            assert "async_start_reauth" in _source(module), module
        for step in (
            "async_step_reauth_fritzbox",
            "async_step_reauth_list",
            "async_step_reauth_tellows",
        ):
            assert _defines("config_flow", step), step
    if _done("reconfiguration-flow"):
        for step in (
            "async_step_reconfigure_fritzbox",
            "async_step_reconfigure_list",
            "async_step_reconfigure_tellows",
            "async_step_reconfigure_webhook",
            "async_step_entity_mapping",
        ):
            assert _defines("config_flow", step), step
    if _done("entity-disabled-by-default"):
        diagnostic = [
            description
            for description in (*BINARY_SENSORS, *SENSORS, *LIST_SENSORS, CALL_BARRING)
            if description.entity_category is not None
        ]
        assert len(diagnostic) == 5
        for description in diagnostic:
            assert description.entity_registry_enabled_default is False, description.key
    if _done("test-before-setup"):
        assert "setup_error(" in _source("line")
        assert "setup_error(" in _source("lists")
        assert "setup_error(" in _source("tellows")
        assert "setup_error(" in _source("phoneblock")
    if _done("docs-supported-devices"):
        assert "## Supported devices and systems" in readme
    if _done("diagnostics"):
        for kind in ("_line(", "_shared_list(", "_tellows(", "_phoneblock("):
            assert kind in _source("diagnostics"), kind


def test_platinum_rules_have_what_they_claim() -> None:
    """strict-typing, inject-websession and async-dependency, where code can show them."""
    if _done("strict-typing"):
        mypy = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mypy"]
        assert mypy["strict"] is True
        assert "custom_components.nuisance_calls" in mypy["packages"]
        assert "overrides" not in mypy  # no module's missing types are ignored
        assert (PACKAGE / "lib" / "py.typed").exists()
        assert (ROOT / "typings" / "fritzconnection" / "core" / "soaper.pyi").exists()
        for module in ("binary_sensor", "button", "event", "switch"):
            assert "entry: LineConfigEntry" in _source(module), module
    if _done("inject-websession"):
        for module in ("lists", "tellows", "boxapi"):
            assert "async_get_clientsession" in _source(module), module
    if _done("async-dependency"):
        assert _blocking_network_imports() == []


# fritzconnection's codec and model, which do no I/O; everything else of it
# (FritzConnection, FritzPhonebook, get_xml_root, ...) talks over ``requests``.
FRITZCONNECTION_CODEC = {
    "Description",
    "process_node",
    "Soaper",
    "preprocess_arguments",
    "Phonebook",
}
BLOCKING_NETWORK_MODULES = ("requests", "urllib.request", "http.client", "urllib3")


def _blocking_network_imports() -> list[str]:
    """Imports in the package of libraries that do network I/O synchronously."""
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE)
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
                names: list[str] = []
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
                names = [alias.name for alias in node.names]
            else:
                continue
            for module in modules:
                if module.startswith(BLOCKING_NETWORK_MODULES):
                    found.append(f"{where}: {module}")
                elif module.split(".")[0] == "fritzconnection" and (
                    not names or set(names) - FRITZCONNECTION_CODEC
                ):
                    found.append(f"{where}: {module} {names}")
    return found


def test_the_blocking_network_check_finds_blocking_imports(tmp_path: Path) -> None:
    """The async-dependency check is not vacuous: it sees what the old code imported."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from fritzconnection import FritzConnection\n"
        "from fritzconnection.lib.fritzphonebook import FritzPhonebook, Phonebook\n"
        "from fritzconnection.core.processor import process_node\n"
        "import requests\n",
        "utf-8",
    )
    with patch(f"{__name__}.PACKAGE", tmp_path):
        assert _blocking_network_imports() == [
            "bad.py: fritzconnection ['FritzConnection']",
            "bad.py: fritzconnection.lib.fritzphonebook ['FritzPhonebook', 'Phonebook']",
            "bad.py: requests",
        ]
