"""Fail when test coverage is below what quality_scale.yaml claims.

    .venv/bin/python scripts/coverage_gate.py coverage.json

``test-coverage`` (silver) claims more than 95 % for every module of the
integration; ``config-flow-test-coverage`` (bronze) claims all of the config
flow (``config_flow.py`` and ``flows/``). The figures come from the JSON
report of the test run that ``scripts/test`` makes.
"""

from __future__ import annotations

import json
from pathlib import Path
import sys

PACKAGE = "custom_components/nuisance_calls/"
MODULE_MINIMUM = 95.0
FLOW_MODULES = (f"{PACKAGE}config_flow.py", f"{PACKAGE}flows/")


def failures(report: dict[str, object]) -> list[str]:
    """What falls short, one line each (empty: the claims hold)."""
    files = report["files"]
    assert isinstance(files, dict)
    found: list[str] = []
    ours = {name: data for name, data in files.items() if name.startswith(PACKAGE)}
    if not ours:
        return [f"no module of {PACKAGE} was measured"]
    for name, data in sorted(ours.items()):
        percent = float(data["summary"]["percent_covered"])
        minimum = 100.0 if name.startswith(FLOW_MODULES) else MODULE_MINIMUM
        if percent < minimum:
            missing = data["missing_lines"]
            found.append(f"{name}: {percent:.1f} % < {minimum:.0f} % (lines {missing})")
    return found


def main(path: str) -> int:
    report = json.loads(Path(path).read_text("utf-8"))
    totals = report["totals"]
    problems = failures(report)
    for line in problems:
        print(f"coverage: {line}", file=sys.stderr)
    print(
        f"coverage: {totals['percent_covered']:.1f} % of {totals['num_statements']} statements; "
        f"every module >= {MODULE_MINIMUM:.0f} %, the config flow 100 %: "
        f"{'no' if problems else 'yes'}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "coverage.json"))
