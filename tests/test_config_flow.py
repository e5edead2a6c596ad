"""FRITZ!Box lines through HA's flow manager: add, discover, reconfigure, options.

(Entity and webhook lines: test_sources.py; lists: test_shared_lists.py;
tellows: test_reputation.py; re-authentication of a box: test_phonebook.py.)
"""

from __future__ import annotations

from collections.abc import Generator
import socket
from unittest.mock import patch

from homeassistant import config_entries
from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.ssdp import SsdpServiceInfo
import probatio
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.nuisance_calls.const import DOMAIN
from simulator import FritzBoxSimulator
from simulator.tr064 import FakeFritzBox

PROBE = "custom_components.nuisance_calls.flows.fritzbox.probe"
DEFAULT_PORT = "custom_components.nuisance_calls.flows.fritzbox.DEFAULT_PORT"


@pytest.fixture
def fake_box(socket_enabled: None) -> Generator[FakeFritzBox]:
    """The box's TR-064 side (user admin, password secret) on 127.0.0.1."""
    box = FakeFritzBox({0: ("Telefonbuch", [("Anna", ["030 1234567"])])})
    box.start()
    with patch("custom_components.nuisance_calls.boxapi.TR064_PORT", box.port):
        yield box
    box.stop()


async def _start_fritzbox_step(hass: HomeAssistant) -> str:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    assert result["type"] is FlowResultType.MENU
    assert result["menu_options"] == [
        "fritzbox",
        "entity",
        "webhook",
        "shared_list",
        "tellows",
        "phoneblock",
    ]
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "fritzbox"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "fritzbox"
    schema = result["data_schema"].schema
    defaults = {str(key): key.default() for key in schema if str(key) in ("host", "port")}
    assert defaults == {"host": "fritz.box", "port": 1012}
    assert {str(key) for key in schema} == {"host", "port", "username", "password"}
    return result["flow_id"]


async def test_user_flow_creates_entry(hass: HomeAssistant, simulator: FritzBoxSimulator) -> None:
    """Menu -> fritzbox -> connects -> entry (no unique id from an address), line set up."""
    flow_id = await _start_fritzbox_step(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"host": "127.0.0.1", "port": simulator.port}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == f"FRITZ!Box 127.0.0.1:{simulator.port}"
    assert result["data"] == {"source": "fritzbox", "host": "127.0.0.1", "port": simulator.port}
    entry = result["result"]
    assert entry.unique_id is None
    assert (entry.version, entry.minor_version) == (1, 2)
    await hass.async_block_till_done()
    await simulator.wait_for_clients(1)


async def test_user_flow_checks_the_tr064_user(
    hass: HomeAssistant, simulator: FritzBoxSimulator, fake_box: FakeFritzBox
) -> None:
    """A TR-064 user is tried before it is stored; every way it fails says what to do."""
    flow_id = await _start_fritzbox_step(hass)
    line = {"host": "127.0.0.1", "port": simulator.port}
    for credentials, error in (
        ({"username": "admin", "password": "wrong"}, "invalid_auth"),
        ({"username": "admin"}, "invalid_auth"),
        ({"password": "secret"}, "invalid_auth"),
    ):
        result = await hass.config_entries.flow.async_configure(flow_id, {**line, **credentials})
        assert result["errors"] == {"base": error}, credentials
    with patch("custom_components.nuisance_calls.boxapi.TR064_PORT", 9):
        result = await hass.config_entries.flow.async_configure(
            flow_id, {**line, "username": "admin", "password": "secret"}
        )
    assert result["errors"] == {"base": "tr064_cannot_connect"}
    result = await hass.config_entries.flow.async_configure(
        flow_id, {**line, "username": " admin ", "password": "secret"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {
        **line,
        "source": "fritzbox",
        "username": "admin",
        "password": "secret",
    }
    assert result["result"].options == {}
    await hass.async_block_till_done()
    phonebook = result["result"].runtime_data.phonebook
    assert phonebook is not None


async def test_user_flow_call_monitor_disabled_then_fixed(
    hass: HomeAssistant, simulator: FritzBoxSimulator
) -> None:
    """A refused connection says how to enable the monitor; retry succeeds."""
    port = simulator.port
    await simulator.stop()
    flow_id = await _start_fritzbox_step(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"host": "127.0.0.1", "port": port}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "call_monitor_disabled"}
    assert result["description_placeholders"] == {"dial_code": "#96*5*"}

    revived = FritzBoxSimulator("127.0.0.1", port)
    await revived.start()
    try:
        result = await hass.config_entries.flow.async_configure(
            flow_id, {"host": "127.0.0.1", "port": port}
        )
        assert result["type"] is FlowResultType.CREATE_ENTRY
        await hass.async_block_till_done()
        await revived.wait_for_clients(1)
        assert await hass.config_entries.async_unload(result["result"].entry_id)
    finally:
        await revived.stop()


@pytest.mark.parametrize(
    ("error", "key"),
    [
        (socket.gaierror(-2, "Name or service not known"), "cannot_connect"),
        (OSError(113, "No route to host"), "cannot_connect"),
        (TimeoutError(), "timeout"),
    ],
)
async def test_user_flow_connect_errors(hass: HomeAssistant, error: OSError, key: str) -> None:
    """An unknown host, an unreachable one or a silent one: clear error each."""
    flow_id = await _start_fritzbox_step(hass)
    with patch(PROBE, side_effect=error):
        result = await hass.config_entries.flow.async_configure(
            flow_id, {"host": "fritz.box", "port": 1012}
        )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": key}


async def test_user_flow_duplicate_aborts(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, simulator: FritzBoxSimulator
) -> None:
    """The same box and port twice aborts, also written another way or by a name for it."""
    for host in ("127.0.0.1", "localhost"):
        hass.config_entries.async_update_entry(
            loaded_entry, data={**loaded_entry.data, "host": host}
        )
        flow_id = await _start_fritzbox_step(hass)
        result = await hass.config_entries.flow.async_configure(
            flow_id, {"host": "127.0.0.1", "port": simulator.port}
        )
        assert result["type"] is FlowResultType.ABORT, host
        assert result["reason"] == "already_configured"
    # Another port of the same box is another line.
    flow_id = await _start_fritzbox_step(hass)
    with patch(PROBE):
        result = await hass.config_entries.flow.async_configure(
            flow_id, {"host": "127.0.0.1", "port": simulator.port + 1}
        )
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_reconfigure_changes_host_and_port(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, simulator: FritzBoxSimulator
) -> None:
    """Reconfigure moves the line to another port and reloads it there."""
    other = FritzBoxSimulator("127.0.0.1", 0)
    await other.start()
    try:
        result = await loaded_entry.start_reconfigure_flow(hass)
        assert result["step_id"] == "reconfigure_fritzbox"
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {"host": "127.0.0.1", "port": other.port}
        )
        assert result["type"] is FlowResultType.ABORT
        assert result["reason"] == "reconfigure_successful"
        await hass.async_block_till_done()
        assert loaded_entry.data["port"] == other.port
        assert loaded_entry.title == f"FRITZ!Box 127.0.0.1:{other.port}"
        await other.wait_for_clients(1)
    finally:
        await hass.config_entries.async_unload(loaded_entry.entry_id)
        await other.stop()


async def test_reconfigure_cannot_connect_or_duplicate_keeps_entry(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, simulator: FritzBoxSimulator
) -> None:
    """A bad new address shows an error; another line's address aborts; nothing changes."""
    result = await loaded_entry.start_reconfigure_flow(hass)
    with patch(PROBE, side_effect=socket.gaierror(-2, "Name or service not known")):
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {"host": "no-such-box.invalid", "port": 1012}
        )
    assert result["errors"] == {"base": "cannot_connect"}
    other = MockConfigEntry(
        domain=DOMAIN,
        version=1,
        minor_version=2,
        data={"source": "fritzbox", "host": "192.168.178.1", "port": 1012},
    )
    other.add_to_hass(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"host": "192.168.178.1", "port": 1012}
    )
    assert result["reason"] == "already_configured"
    assert loaded_entry.data["port"] == simulator.port


async def test_reconfigure_adds_keeps_and_drops_the_tr064_user(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    fake_box: FakeFritzBox,
) -> None:
    """The user is added (checked), kept with an empty password field, and dropped."""
    line = {"host": "127.0.0.1", "port": simulator.port}
    for form, stored in (
        ({**line, "username": "admin", "password": "secret"}, ("admin", "secret")),
        ({**line, "username": "admin"}, ("admin", "secret")),
        (line, (None, None)),
    ):
        result = await loaded_entry.start_reconfigure_flow(hass)
        assert {str(key) for key in result["data_schema"].schema} == {
            "host",
            "port",
            "username",
            "password",
        }
        result = await hass.config_entries.flow.async_configure(result["flow_id"], form)
        assert result["reason"] == "reconfigure_successful", form
        await hass.async_block_till_done()
        data = loaded_entry.data
        assert (data.get("username"), data.get("password")) == stored
        assert (loaded_entry.runtime_data.phonebook is None) == (stored[0] is None)


@pytest.mark.parametrize("country", ["IT", None])
async def test_options_flow(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    country: str | None,
) -> None:
    """The line's options have their own form; saved flat, applied after the reload."""
    hass.config.country = country
    hass.config_entries.async_update_entry(loaded_entry, options={})
    await hass.async_block_till_done()
    result = await hass.config_entries.options.async_init(loaded_entry.entry_id)
    assert result["step_id"] == "line_options"
    assert result["description_placeholders"] == {"name": "FRITZ!Box"}
    schema = result["data_schema"].schema
    sectioned = ("mute", "fritzbox", "phone")
    defaults = {str(key): key.default() for key in schema if str(key) not in sectioned}
    assert defaults == {
        "region": country or "DE",
        "withheld_is_nuisance": False,
        "abroad_is_nuisance": False,
        "invalid_is_nuisance": False,
        "repeat_calls": 3,
        "repeat_days": 7,
    }
    sections = {str(key): value for key, value in schema.items() if str(key) in sectioned}
    mute_keys = {str(k): k for k in sections["mute"].schema.schema}
    assert mute_keys["mute_targets"].default() == []
    assert mute_keys["mute_script"].default is probatio.UNDEFINED
    assert {str(k): k.default() for k in sections["fritzbox"].schema.schema} == {
        "block_at_box": False,
        "block_cap": 200,
    }
    assert sections["mute"].options == {"collapsed": True}
    assert sections["phone"].options == {"collapsed": True}  # no IP phone yet
    form = {
        "region": "AT",
        "withheld_is_nuisance": True,
        "abroad_is_nuisance": True,
        "invalid_is_nuisance": True,
        "repeat_calls": 0,
        "repeat_days": 14,
        "mute": {"mute_targets": ["media_player.kitchen", "switch.bell"]},
        "fritzbox": {"block_at_box": False, "block_cap": 50},
        "phone": {},
    }
    result = await hass.config_entries.options.async_configure(result["flow_id"], form)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert loaded_entry.options == {
        "region": "AT",
        "withheld_is_nuisance": True,
        "abroad_is_nuisance": True,
        "invalid_is_nuisance": True,
        "repeat_calls": 0,
        "repeat_days": 14,
        "mute_targets": ["media_player.kitchen", "switch.bell"],
        "block_at_box": False,
        "block_cap": 50,
    }
    line = loaded_entry.runtime_data
    assert line.ringer.targets == ["media_player.kitchen", "switch.bell"]
    rules = line.calls.rules
    assert line.calls.region == "AT"
    assert rules.withheld_is_nuisance
    assert rules.abroad_is_nuisance
    assert rules.invalid_is_nuisance
    assert rules.home_region == "AT"
    assert (rules.repeat_calls, rules.repeat_days) == (0, 14)


async def test_options_block_needs_login(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Blocking at the box without a TR-064 user is refused in the form."""
    result = await hass.config_entries.options.async_init(loaded_entry.entry_id)
    form = {
        "region": "DE",
        "withheld_is_nuisance": False,
        "abroad_is_nuisance": False,
        "repeat_calls": 3,
        "repeat_days": 7,
        "mute": {"mute_targets": []},
        "fritzbox": {"block_at_box": True, "block_cap": 200},
        "phone": {},
    }
    result = await hass.config_entries.options.async_configure(result["flow_id"], form)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"fritzbox": "block_needs_login"}
    hass.config_entries.async_update_entry(
        loaded_entry, data={**loaded_entry.data, "username": "u", "password": "p"}
    )
    result = await hass.config_entries.options.async_configure(result["flow_id"], form)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert loaded_entry.options["block_at_box"] is True


def _ssdp(host: str, udn: str = "uuid:123") -> SsdpServiceInfo:
    return SsdpServiceInfo(
        ssdp_usn=f"{udn}::urn:schemas-upnp-org:device:fritzbox:1",
        ssdp_st="urn:schemas-upnp-org:device:fritzbox:1",
        ssdp_location=f"http://{host}:49000/tr64desc.xml",
        upnp={"UDN": udn, "friendlyName": "FRITZ!Box 7590"},
    )


def _box_entry(host: str, unique_id: str | None = None) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        version=1,
        minor_version=2,
        unique_id=unique_id,
        data={"source": "fritzbox", "host": host, "port": 1012},
    )


async def test_discovered_box_is_added_after_confirm(
    hass: HomeAssistant, simulator: FritzBoxSimulator
) -> None:
    """SSDP finds a box; confirming checks its call monitor; its UDN is the unique id."""
    with patch(DEFAULT_PORT, simulator.port):
        result = await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": config_entries.SOURCE_SSDP}, data=_ssdp("127.0.0.1")
        )
        assert result["step_id"] == "discovery_confirm"
        assert result["description_placeholders"]["host"] == "127.0.0.1"
        # The same box announced again while the first flow is open: one flow.
        again = await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": config_entries.SOURCE_SSDP}, data=_ssdp("127.0.0.1")
        )
        assert again["reason"] == "already_in_progress"
        result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {"source": "fritzbox", "host": "127.0.0.1", "port": simulator.port}
    assert result["result"].unique_id == "123"
    await hass.async_block_till_done()


async def test_discovery_with_call_monitor_off_says_how_to_enable_it(
    hass: HomeAssistant, socket_enabled: None
) -> None:
    """Nothing listens on the call monitor port: the form says so."""
    with patch(DEFAULT_PORT, 9):
        result = await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": config_entries.SOURCE_SSDP}, data=_ssdp("127.0.0.1")
        )
        result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["errors"] == {"base": "call_monitor_disabled"}


async def test_rediscovery_follows_the_box_to_a_new_address(hass: HomeAssistant) -> None:
    """Same UDN, new IP: the line's host follows; a name like fritz.box stays."""
    entry = _box_entry("192.168.178.1", "123")
    entry.add_to_hass(hass)
    named = _box_entry("fritz.box", "456")
    named.add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_SSDP}, data=_ssdp("192.168.178.2")
    )
    assert result["reason"] == "already_configured"
    assert entry.data["host"] == "192.168.178.2"
    assert entry.title == "FRITZ!Box 192.168.178.2"
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": config_entries.SOURCE_SSDP},
        data=_ssdp("192.168.178.9", "uuid:456"),
    )
    assert result["reason"] == "already_configured"
    assert named.data["host"] == "fritz.box"


async def test_discovery_of_a_configured_box_learns_its_udn(hass: HomeAssistant) -> None:
    """A box added by hand is recognised by its address and gets its UDN as unique id."""
    entry = _box_entry("192.168.178.1")
    entry.add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_SSDP}, data=_ssdp("192.168.178.1")
    )
    assert result["reason"] == "already_configured"
    assert entry.unique_id == "123"
    bad = SsdpServiceInfo(ssdp_usn="x", ssdp_st="y", upnp={}, ssdp_location=None)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_SSDP}, data=bad
    )
    assert result["reason"] == "not_fritzbox"


async def test_discovery_can_add_the_tr064_user(
    hass: HomeAssistant, simulator: FritzBoxSimulator, fake_box: FakeFritzBox
) -> None:
    """The confirm form takes an optional user, checked like in the user step."""
    with patch(DEFAULT_PORT, simulator.port):
        result = await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": config_entries.SOURCE_SSDP}, data=_ssdp("127.0.0.1")
        )
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {"username": "admin", "password": "nope"}
        )
        assert result["errors"] == {"base": "invalid_auth"}
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {"username": "admin", "password": "secret"}
        )
    assert result["data"]["username"] == "admin"
    await hass.async_block_till_done()


async def test_the_usual_box_is_just_fritz_box(hass: HomeAssistant) -> None:
    """fritz.box on the usual port gets the plain title."""
    flow_id = await _start_fritzbox_step(hass)
    with patch(PROBE):
        result = await hass.config_entries.flow.async_configure(
            flow_id, {"host": "fritz.box", "port": 1012}
        )
    assert result["title"] == "FRITZ!Box"
    await hass.async_block_till_done()


async def test_a_name_that_does_not_resolve_is_another_box(hass: HomeAssistant) -> None:
    """A configured name that cannot be looked up is not the address being added."""
    _box_entry("box.invalid").add_to_hass(hass)
    flow_id = await _start_fritzbox_step(hass)
    with (
        patch.object(hass.loop, "getaddrinfo", side_effect=socket.gaierror(-2, "unknown")),
        patch(PROBE),
        patch("custom_components.nuisance_calls.async_setup_entry", return_value=True),
    ):
        result = await hass.config_entries.flow.async_configure(
            flow_id, {"host": "192.0.2.7", "port": 1012}
        )
        assert result["type"] is FlowResultType.CREATE_ENTRY
        await hass.async_block_till_done()


async def test_rediscovery_reloads_a_loaded_line(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A loaded line whose box moved is reloaded at the new address."""
    hass.config_entries.async_update_entry(loaded_entry, unique_id="123")
    with patch.object(hass.config_entries, "async_schedule_reload") as reload:
        result = await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": config_entries.SOURCE_SSDP}, data=_ssdp("127.0.0.2")
        )
    assert result["reason"] == "already_configured"
    assert loaded_entry.data["host"] == "127.0.0.2"
    reload.assert_called_once_with(loaded_entry.entry_id)
