"""Create the demo line in a fresh demo config (used by scripts/develop).

Writes ``.storage/core.config_entries`` with one nuisance_calls entry for the
simulated FRITZ!Box (its call monitor; given a TR-064 port, also its TR-064
side with the demo user, reading the phone book and blocking flagged numbers
at the box; given a SIP port, also the IP phone that stops nuisance calls,
with one demo call centre on the personal list so that it is stopped from its
first call), only when that file does not exist yet: a config that HA has
already written is never touched. HA migrates the minimal entry to its
current format when it loads it.
"""

from __future__ import annotations

import json
from pathlib import Path
import sys
import uuid

DEMO_FLAG = {
    "number": "+49301234567",
    "action": "flag",
    "tags": ["telemarketing"],
    "label": "Demo call centre",
    "added": None,
}


def main(
    config: Path,
    port: int,
    tr064_port: int | None = None,
    sip_port: int | None = None,
    phone_port: int | None = None,
) -> None:
    """Seed the entry if the config has none yet."""
    path = config / ".storage" / "core.config_entries"
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    data: dict[str, object] = {"source": "fritzbox", "host": "127.0.0.1", "port": port}
    options: dict[str, object] = {"region": "DE"}
    if tr064_port is not None:
        data |= {"tr064_port": tr064_port, "username": "admin", "password": "secret"}
        options |= {"block_at_box": True}
    if sip_port is not None:
        data |= {"sip_port": sip_port, "phone_user": "ipphone", "phone_password": "secret"}
        options |= {"phone_port": phone_port or 5062, "stop_action": "hang_up"}
        personal = {
            "version": 1,
            "minor_version": 1,
            "key": "nuisance_calls.personal_list",
            "data": {"entries": [DEMO_FLAG]},
        }
        (path.parent / "nuisance_calls.personal_list").write_text(
            json.dumps(personal, indent=2), encoding="utf-8"
        )
    entry = {
        "entry_id": uuid.uuid4().hex,
        "version": 1,
        "minor_version": 2,
        "domain": "nuisance_calls",
        "title": "FRITZ!Box (simulated)",
        "data": data,
        "options": options,
        "source": "user",
        "unique_id": None,
        "disabled_by": None,
        "pref_disable_new_entities": False,
        "pref_disable_polling": False,
    }
    store = {
        "version": 1,
        "minor_version": 1,
        "key": "core.config_entries",
        "data": {"entries": [entry]},
    }
    path.write_text(json.dumps(store, indent=2), encoding="utf-8")
    print(f"[develop] created the demo line for 127.0.0.1:{port}")


if __name__ == "__main__":
    ports = [int(arg) for arg in sys.argv[2:]]
    main(Path(sys.argv[1]), *ports)
