"""Two households, two real Home Assistants: you and your friend Anna.

Each household is ``python -m homeassistant`` on a config folder of its own,
with a line on a simulated FRITZ!Box of its own, onboarded through the REST
API (``tests/realha.py``). Only the share link crosses between them, as it
would in a message:

- you flag numbers with company labels, the calls ring on your box, and you
  create a share for Anna that carries your tally (``create_share``; the link
  is in the action's response, shown once);
- Anna's Home Assistant subscribes with the link alone, through the config
  flow's REST API as the UI posts it;
- her ``lookup_number`` says the number is flagged by the shared list and has
  called both households; her group ranking (the card's websocket command)
  shows your calls per company;
- the link opens nothing else of yours: not the states, not an action, not
  the websocket, not the admin's list, and writing to it is refused;
- you revoke the share: her refresh keeps the last copy and raises the
  "revoked" repair issue;
- the secret is in neither log file (your integration logs at debug level)
  nor in any diagnostics download.

Both processes run with the loopback guard of ``tests/realha.py``: the
integration may connect to 127.0.0.1 only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
import json
from pathlib import Path
import re
import subprocess
import time
from typing import Any
import urllib.error
import urllib.request

import pytest

from tests.realha import (
    HomeAssistantUnderTest,
    WebsocketRefused,
    child_env,
    free_port,
    seed_config,
    start_home_assistant,
    start_simulator,
    stop,
    wait_for_port,
    wait_until_up,
)

DOMAIN = "nuisance_calls"
HA_START_TIMEOUT = 120.0
WAIT_TIMEOUT = 30.0

CONFIGURATION = """\
# Written by tests/test_two_households.py
homeassistant:
  external_url: "http://127.0.0.1:{port}"
api:
config:
diagnostics:
onboarding:
repairs:
http:
  server_host: 127.0.0.1
  server_port: {port}
logger:
  default: info
  logs:
    custom_components.{domain}: debug
"""

# Your flagged numbers: (as typed, E.164, label, calls to your household).
TELEKOM = ("030 1111111", "+49301111111", "Telekom", 3)
TELEKOM_GMBH = ("030 1111122", "+49301111122", "TELEKOM GmbH", 1)
UPSELL = ("030 2222222", "+49302222222", "telekom upsell", 2)
YOUR_FLAGS = (TELEKOM, TELEKOM_GMBH, UPSELL)
LIST_NAME = "Nuisance Calls"
"""The title a subscription takes from the shared document when the friend names it not."""


@dataclass
class Household:
    """One household's Home Assistant and its process."""

    ha: HomeAssistantUnderTest
    process: subprocess.Popen[bytes]
    guard: Path

    def ring_and_hang_up(self, number: str) -> None:
        """A call on the household's box that nobody answers."""
        reply = self.ha.box(f"ring {number.replace(' ', '')}")
        call_id = re.search(r"id (\d+)", reply)
        assert call_id, reply
        self.ha.box(f"hangup {call_id.group(1)}")


@contextmanager
def _two_households(tmp_path: Path) -> Iterator[tuple[Household, Household]]:
    """You and Anna, started side by side; both stopped (SIGTERM) on the way out."""
    with ExitStack() as stack:
        households = []
        for name in ("you", "anna"):
            folder = tmp_path / name
            port, sim_port, control_port = free_port(), free_port(), free_port()
            configuration = CONFIGURATION.format(port=port, domain=DOMAIN)
            config = seed_config(folder / "config", configuration, sim_port)
            simulator = start_simulator(sim_port, control_port, folder / "simulator.log")
            stack.callback(stop, simulator)
            wait_for_port(control_port, simulator)
            guard = folder / "guard"
            process = start_home_assistant(config, cwd=folder, env=child_env(guard))
            stack.callback(stop, process)
            ha = HomeAssistantUnderTest(f"http://127.0.0.1:{port}", config, control_port)
            households.append(Household(ha, process, guard))
        for household in households:
            wait_until_up(household.ha, household.process, "/api/onboarding", HA_START_TIMEOUT)
            household.ha.onboard(complete=False)
        for household in households:
            household.ha.wait_running(HA_START_TIMEOUT)
            _until(
                "the line connects to its box", lambda h=household: _connected(h.ha), household.ha
            )
        you, anna = households
        yield you, anna


LAST_CALLER_STATES = (
    f"{{{{ integration_entities('{DOMAIN}') | select('search', '_last_caller$')"
    " | map('states') | list | tojson }}"
)


def _connected(ha: HomeAssistantUnderTest) -> bool:
    """The line's sensors are available once its call monitor connection is up
    (a ring before that would reach no one)."""
    states = ha.request("/api/template", {"template": LAST_CALLER_STATES})
    return bool(states) and "unavailable" not in states


def _until(what: str, check: Any, ha: HomeAssistantUnderTest) -> Any:
    deadline = time.monotonic() + WAIT_TIMEOUT
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.1)
    pytest.fail(f"{what}: not within {WAIT_TIMEOUT:.0f} s\n{ha.log_tail()}")


def _status(url: str, *, method: str = "GET", token: str | None = None) -> tuple[int, bytes]:
    """A request as anyone who holds nothing but ``token`` (if given): status and body."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body = b"{}" if method == "POST" else None
    if body is not None:
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, body, headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, bytes(response.read())
    except urllib.error.HTTPError as err:
        return err.code, bytes(err.read())


def _subscribe(anna: HomeAssistantUnderTest, link: str) -> str:
    """The shared-list flow with the link alone, as the UI posts it; the entry's id."""
    flow = anna.request("/api/config/config_entries/flow", {"handler": DOMAIN})
    assert flow["type"] == "menu", flow
    path = f"/api/config/config_entries/flow/{flow['flow_id']}"
    form = anna.request(path, {"next_step_id": "shared_list"})
    assert (form["type"], form["step_id"]) == ("form", "shared_list"), form
    created = anna.request(path, {"url": link})
    assert created["type"] == "create_entry", created
    assert created["title"] == LIST_NAME
    return str(created["result"]["entry_id"])


def _line_entry_id(ha: HomeAssistantUnderTest) -> str:
    entries = ha.request(f"/api/config/config_entries/entry?domain={DOMAIN}")
    return next(str(e["entry_id"]) for e in entries if e["title"] == "FRITZ!Box (simulated)")


def test_you_and_a_friend_share_a_list_and_a_tally(socket_enabled: None, tmp_path: Path) -> None:
    """The whole way of a share between two households, and what it never gives away."""
    with _two_households(tmp_path) as (you, anna):
        secret = _share_and_use(you, anna)
    for household in (you, anna):
        assert household.process.returncode == 0, household.ha.log_tail()
        assert secret not in household.ha.log(), f"the secret is in {household.ha.config}'s log"
        _assert_stayed_local(household.guard / "connections.log")


def _share_and_use(you: Household, anna: Household) -> str:
    """Everything between the two running households; the share's secret."""
    # --- you: flag, take calls, share --------------------------------------------
    for typed, _number, label, _calls in YOUR_FLAGS:
        you.ha.action("flag_number", number=typed, tag="telemarketing", label=label)
    for typed, number, _label, calls in YOUR_FLAGS:
        for _ in range(calls):
            you.ring_and_hang_up(typed)
        _until(
            f"your tally counts {calls} calls from {number}",
            lambda n=number, c=calls: you.ha.lookup(n)["tally"]["count"] == c,
            you.ha,
        )
    share = you.ha.action("create_share", name="Anna", tally=True)
    link = share["url"]
    assert link.startswith(f"{you.ha.url}/api/webhook/"), link
    secret = link.rsplit("/", 1)[1]
    assert len(secret) == 64, "256 bits"
    bert = you.ha.action("create_share", name="Bert")

    # --- Anna subscribes with the link alone ------------------------------------------
    entry_id = _subscribe(anna.ha, link)
    anna.ring_and_hang_up(TELEKOM[0])
    _until(
        "Anna's tally counts the Telekom call",
        lambda: anna.ha.lookup(TELEKOM[1])["tally"]["count"] == 1,
        anna.ha,
    )

    # (1) Flagged by the shared list; it called both households.
    looked_up = anna.ha.lookup(TELEKOM[0])
    assert looked_up["verdict"] == "nuisance", looked_up
    assert looked_up["sources"] == [f"list:{LIST_NAME}"], looked_up
    assert looked_up["label"] == "Telekom"
    assert looked_up["group_households"] == 2, looked_up
    assert anna.ha.lookup(UPSELL[0])["group_households"] == 1
    assert you.ha.lookup(TELEKOM[0])["group_households"] == 1, "you do not subscribe to Anna"

    # (2) The group's companies, as the card asks for them: your calls under
    # your share's name, hers as "you" ("").
    [ranking] = anna.ha.websocket({"type": f"{DOMAIN}/group_companies"})
    assert ranking["households"] == 2
    rows = {row["key"]: row for row in ranking["companies"]}
    assert rows.keys() == {"telekom", "telekom upsell"}, ranking
    telekom, upsell = rows["telekom"], rows["telekom upsell"]
    assert telekom["company"] == "Telekom"
    assert telekom["by_household"] == {LIST_NAME: TELEKOM[3] + TELEKOM_GMBH[3], "": 1}
    assert (telekom["calls"], telekom["households"], telekom["numbers"]) == (5, 2, 2)
    assert upsell["by_household"] == {LIST_NAME: UPSELL[3]}
    assert [row["key"] for row in ranking["companies"]] == ["telekom", "telekom upsell"]

    # (3) The link gives nothing else.
    _assert_link_opens_nothing_else(you.ha, link, secret, bert["url"])

    # (4) Revoked: Anna's refresh fails, keeps the last copy, raises the repair.
    you.ha.action("revoke_share", share_id=share["id"])
    with pytest.raises(urllib.error.HTTPError):
        anna.ha.action("refresh_lists")
    [issues] = anna.ha.websocket({"type": "repairs/list_issues"})
    revoked = [i for i in issues["issues"] if i["issue_id"] == f"list_failed_{entry_id}"]
    assert [i["translation_key"] for i in revoked] == ["list_revoked"], issues
    assert revoked[0]["translation_placeholders"]["name"] == LIST_NAME
    kept = anna.ha.lookup(TELEKOM[0])
    assert (kept["verdict"], kept["group_households"]) == ("nuisance", 2), kept
    status, body = _status(bert["url"])
    assert (status, TELEKOM[1].encode() in body) == (200, True), "Bert's link still works"

    # (5) Not in a diagnostics download (the logs are read once HA has stopped).
    for ha, entry in ((anna.ha, entry_id), (anna.ha, _line_entry_id(anna.ha))):
        download = ha.get_bytes(f"/api/diagnostics/config_entry/{entry}").decode()
        assert secret not in download, entry
    download = you.ha.get_bytes(f"/api/diagnostics/config_entry/{_line_entry_id(you.ha)}")
    assert secret.encode() not in download
    return str(secret)


def _assert_link_opens_nothing_else(
    you: HomeAssistantUnderTest, link: str, secret: str, other_link: str
) -> None:
    """Whoever has the link gets the flagged numbers: no login, no other door."""
    status, body = _status(link)
    assert status == 200
    document = json.loads(body)
    assert {entry["number"] for entry in document["entries"]} == {n for _t, n, _l, _c in YOUR_FLAGS}
    assert other_link.rsplit("/", 1)[1] not in body.decode()
    for path in ("/api/states", "/api/config", f"/api/{DOMAIN}/list"):
        assert _status(f"{you.url}{path}", token=secret)[0] == 401, path
    service = f"{you.url}/api/services/{DOMAIN}/unflag_number"
    assert _status(service, method="POST", token=secret)[0] == 401
    # The link is read, never written (and a write is no way into a log).
    assert _status(link, method="POST")[0] == 405
    # Below the link there is nothing; beside it, another share's address
    # made from the secret opens no list.
    assert _status(f"{link}/{other_link.rsplit('/', 1)[1]}")[0] == 404
    status, body = _status(f"{you.url}/api/webhook/{secret[::-1]}")
    assert b"+49" not in body, status
    with pytest.raises(WebsocketRefused):
        you.websocket({"type": "get_states"}, token=secret)
    listed = json.dumps(you.action("list_shares"))
    assert secret not in listed
    assert {share["name"] for share in json.loads(listed)["shares"]} == {"Anna", "Bert"}


def _assert_stayed_local(record: Path) -> None:
    """The integration tried to connect nowhere but 127.0.0.1."""
    attempts = record.read_text(encoding="utf-8").split("--- ") if record.exists() else []
    ours = [attempt for attempt in attempts if f"custom_components/{DOMAIN}/" in attempt]
    assert not ours, "\n".join(ours)
