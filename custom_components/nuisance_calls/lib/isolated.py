"""Parse and index a big list in a separate process.

However little a parse allocates, it runs on HA's heap: a full garbage
collection that happens to fire meanwhile walks everything HA holds and, with
the GIL, stalls the event loop for a tenth of a second or more. In a worker
process the parse and the build allocate nothing in HA; only the finished,
compact index (a few arrays) comes back.

The worker is a fresh interpreter (``sys.executable -I``) that loads this
package from its own folder and gets the parent's module search path, so it
works wherever Home Assistant runs (OS, Container, a Core venv started as
``hass`` from anywhere, Supervised): it never imports the integration, never
depends on the working directory, and never needs ``custom_components`` on
``sys.path`` (HA removes the config folder from it after loading custom
integrations). Only plain values cross the pipe, both ways.
"""

from __future__ import annotations

import json
from pathlib import Path
import pickle
import subprocess
import sys
from typing import Any, Final

from .exceptions import ListFormatError
from .listformats import ListFormat, ParsedList, parse_list
from .matcher import IndexBuilder, MatchIndex

__all__ = [
    "ISOLATE_FROM_BYTES",
    "WORKER_TIMEOUT",
    "parse_and_build",
    "parse_and_build_isolated",
]

ISOLATE_FROM_BYTES: Final = 2 << 20
"""Documents from this size on are parsed in a worker process."""
WORKER_TIMEOUT: Final = 600.0
"""Seconds a worker may take (a 50 MB list takes well under a minute)."""
PACKAGE_DIR: Final = Path(__file__).resolve().parent
WORKER_PACKAGE: Final = "_nuisance_calls_worker"

# The worker: this package under a name of its own, loaded from its folder
# without running its __init__ (which would import the HTTP clients too).
_WORKER: Final = """
import importlib.machinery, importlib.util, json, pickle, sys
folder, name = sys.argv[1], sys.argv[2]
sys.path[:0] = [path for path in json.loads(sys.argv[3]) if path]
spec = importlib.machinery.ModuleSpec(name, None, is_package=True)
spec.submodule_search_locations = [folder]
sys.modules[name] = importlib.util.module_from_spec(spec)
isolated = importlib.import_module(name + ".isolated")
sys.stdout.buffer.write(pickle.dumps(isolated.serve(pickle.loads(sys.stdin.buffer.read()))))
"""


def parse_and_build(
    body: bytes, region: str, source: str, allow: bool
) -> tuple[ParsedList, MatchIndex]:
    """Parse a document straight into a new index (raises ``ListFormatError``)."""
    builder = IndexBuilder()
    parsed = parse_list(body, region=region, source=source, allow=allow, into=builder)
    return parsed, builder.build()


def serve(request: tuple[bytes, str, str, bool]) -> tuple[str, Any]:
    """The worker's side: a parse request in, plain values out."""
    try:
        parsed, index = parse_and_build(*request)
    except ListFormatError as err:
        return "error", str(err)
    summary = (parsed.format.value, parsed.skipped, parsed.name, parsed.count)
    return "ok", (summary, index.to_state())


def parse_and_build_isolated(
    body: bytes, region: str, source: str, allow: bool
) -> tuple[ParsedList, MatchIndex]:
    """``parse_and_build`` in a fresh worker process (blocking: call from an executor).

    Raises ``ListFormatError`` for a document that is no list, ``RuntimeError``
    when the worker could not do its job (it is then logged by the caller).
    """
    if not sys.executable:
        return parse_and_build(body, region, source, allow)
    paths = [path for path in sys.path if path]
    result = subprocess.run(  # our own interpreter and code, no shell
        [sys.executable, "-I", "-c", _WORKER, str(PACKAGE_DIR), WORKER_PACKAGE, json.dumps(paths)],
        input=pickle.dumps((body, region, source, allow)),
        capture_output=True,
        timeout=WORKER_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise RuntimeError(f"list worker failed: {detail[-1] if detail else result.returncode}")
    # Our own child's answer: plain values only (checked while they are rebuilt).
    kind, payload = pickle.loads(result.stdout)
    if kind == "error":
        raise ListFormatError(str(payload))
    (format_value, skipped, name, count), state = payload
    parsed = ParsedList(
        ListFormat(format_value), skipped=int(skipped), name=str(name), count=int(count)
    )
    return parsed, MatchIndex.from_state(state)
