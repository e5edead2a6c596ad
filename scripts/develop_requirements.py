"""Print the requirements of the integrations config/configuration.yaml loads.

Reads the manifests of the installed Home Assistant, so the list always
matches the HA version the tests pin. scripts/develop installs them once,
so HA does not stall on them at its first start.
"""

from __future__ import annotations

import json
from pathlib import Path
import sys

ROOTS = (
    "frontend",
    "config",
    "history",
    "logbook",
    "automation",
    "script",
    "person",
    "sun",
    "system_health",
    "my",
    "energy",
    "onboarding",
    "backup",
    "recorder",
    "analytics",
    # Set up at start by Home Assistant itself whatever the configuration says;
    # without their packages they fail, and a dashboard then never finishes loading.
    "ai_task",
    "assist_pipeline",
    "assist_satellite",
    "camera",
    "conversation",
    "ffmpeg",
    "image_processing",
    "infrared",
    "radio_frequency",
    "tts",
)


def requirements(components: Path) -> list[str]:
    """Requirements of ROOTS and everything they depend on."""
    seen: set[str] = set()
    found: set[str] = set()
    pending = list(ROOTS)
    while pending:
        domain = pending.pop()
        manifest = components / domain / "manifest.json"
        if domain in seen or not manifest.exists():
            continue
        seen.add(domain)
        data = json.loads(manifest.read_text("utf-8"))
        found.update(data.get("requirements", ()))
        pending += data.get("dependencies", []) + data.get("after_dependencies", [])
    return sorted(found)


if __name__ == "__main__":
    import homeassistant

    print("\n".join(requirements(Path(homeassistant.__file__).parent / "components")))
    sys.exit(0)
