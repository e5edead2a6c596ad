"""The committed card bundle is exactly what ``frontend/`` builds.

``custom_components/nuisance_calls/frontend/nuisance-calls-card.js`` is
shipped in the repository (HACS installs the integration folder as it is), so
a change to ``frontend/src`` without a rebuild, or a hand edit of the bundle,
must not go unnoticed.
"""

from __future__ import annotations

from pathlib import Path
import shutil
import subprocess

import pytest

ROOT = Path(__file__).parent.parent
FRONTEND = ROOT / "frontend"
BUNDLE = ROOT / "custom_components" / "nuisance_calls" / "frontend" / "nuisance-calls-card.js"
REBUILD = "cd frontend && npm ci && npm run build"


def _node_modules_current() -> bool:
    """Installed by ``npm ci`` from the current lockfile."""
    installed = FRONTEND / "node_modules" / ".package-lock.json"
    lockfile = FRONTEND / "package-lock.json"
    return installed.is_file() and installed.stat().st_mtime >= lockfile.stat().st_mtime


def test_committed_bundle_is_reproducible(tmp_path: Path) -> None:
    """``npm ci && npm run build`` reproduces the committed file byte for byte."""
    npm, node = shutil.which("npm"), shutil.which("node")
    if npm is None or node is None:
        pytest.skip("npm/node not found: the card bundle cannot be rebuilt (install Node.js >= 20)")
    if not _node_modules_current():
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=FRONTEND,
            check=True,
            timeout=600,
        )
    built = tmp_path / "nuisance-calls-card.js"
    subprocess.run(
        [node, "build.mjs", "--outfile", str(built)], cwd=FRONTEND, check=True, timeout=300
    )

    assert built.read_bytes() == BUNDLE.read_bytes(), (
        f"{BUNDLE.relative_to(ROOT)} is not what frontend/ builds; run `{REBUILD}`"
    )
