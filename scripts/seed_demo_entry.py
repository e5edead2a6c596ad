"""Create the demo line in a fresh demo config (used by scripts/develop).

Writes ``.storage/core.config_entries`` with one nuisance_calls entry for the
simulated FRITZ!Box (its call monitor; given a TR-064 port, also its TR-064
side with the demo user, reading the phone book and blocking flagged numbers
at the box), only when that file does not exist yet: a config that
HA has already written is never touched. HA migrates the minimal entry to its
current format when it loads it.
"""

from __future__ import annotations

import json
from pathlib import Path
import sys
import uuid


def main(config: Path, port: int, tr064_port: int | None = None) -> None:
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
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else None)
