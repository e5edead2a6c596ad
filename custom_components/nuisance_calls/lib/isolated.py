"""Parse and index a big list in a separate process.

However little a parse allocates, it runs on HA's heap: a full garbage
collection that happens to fire meanwhile walks everything HA holds and, with
the GIL, stalls the event loop for a tenth of a second or more. In a worker
process the parse and the build allocate nothing in HA, and the worker sorts
at full speed (no thread of its own to keep responsive).

The worker is a fresh interpreter (``sys.executable -I``) that loads this
package from its own folder and gets the parent's module search path, so it
works wherever Home Assistant runs (OS, Container, a Core venv started as
``hass`` from anywhere, Supervised): it never imports the integration, never
depends on the working directory, and never needs ``custom_components`` on
``sys.path`` (HA removes the config folder from it after loading custom
integrations). It runs at a lower priority than Home Assistant
(``WORKER_NICENESS``): on a small machine it must not take the CPU that HA's
event loop needs to answer a ringing call.

What crosses the pipes: the document's bytes (written from the caller's
buffer, not copied), and back a small header of plain values followed by
the index's columns as raw bytes. The parent reads those straight into one
anonymous memory mapping that the new index reads in place (``memoryview``
columns): no copy, no Python object per entry, and when the index is
dropped the whole block goes back to the operating system at once, so
refreshing a list does not leave the process any bigger.
"""

from __future__ import annotations

from contextlib import suppress
import io
import json
import mmap
from pathlib import Path
import pickle
import struct
import subprocess
import sys
import tempfile
import threading
from typing import IO, Any, Final, cast

from .exceptions import ListFormatError
from .listformats import ListFormat, ParsedList, parse_list
from .matcher import IndexBuilder, MatchIndex

__all__ = [
    "ISOLATE_FROM_BYTES",
    "WORKER_NICENESS",
    "WORKER_TIMEOUT",
    "parse_and_build",
    "parse_and_build_isolated",
    "start_worker",
]

ISOLATE_FROM_BYTES: Final = 2 << 20
"""Documents from this size on are parsed in a worker process."""
WORKER_TIMEOUT: Final = 600.0
"""Seconds a worker may take (a 50 MB list takes well under a minute)."""
PACKAGE_DIR: Final = Path(__file__).resolve().parent
WORKER_PACKAGE: Final = "_nuisance_calls_worker"
_LENGTH: Final = struct.Struct("<Q")
_ALIGN: Final = 8
"""Each column starts at a multiple of this in the block (its items stay aligned)."""

# The worker: this package under a name of its own, loaded from its folder
# without running its __init__ (which would import the HTTP clients too).
WORKER_NICENESS: Final = 10
"""How much lower than Home Assistant the worker runs: building an index is
background work; HA's loop (a ringing call's 200 OK) must not wait behind it
for a CPU. (Linux and macOS; ignored where ``os.nice`` is missing or refused.)"""

_WORKER: Final = """
import importlib.machinery, importlib.util, json, os, sys
if hasattr(os, "nice"):
    try:
        os.nice(int(sys.argv[4]))
    except OSError:
        pass
folder, name = sys.argv[1], sys.argv[2]
sys.path[:0] = [path for path in json.loads(sys.argv[3]) if path]
spec = importlib.machinery.ModuleSpec(name, None, is_package=True)
spec.submodule_search_locations = [folder]
sys.modules[name] = importlib.util.module_from_spec(spec)
isolated = importlib.import_module(name + ".isolated")
isolated.serve(sys.stdin.buffer, sys.stdout.buffer)
"""


def parse_and_build(
    body: bytes, region: str, source: str, allow: bool, *, in_runs: bool = True
) -> tuple[ParsedList, MatchIndex]:
    """Parse a document straight into a new index (raises ``ListFormatError``).

    ``in_runs``: sort in short steps (see ``IndexBuilder.build``); a worker
    process does not need to.
    """
    builder = IndexBuilder()
    parsed = parse_list(body, region=region, source=source, allow=allow, into=builder)
    return parsed, builder.build(in_runs=in_runs)


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError(f"{len(data)} of {size} bytes")
    return data


def _read_message(stream: IO[bytes]) -> Any:
    """One pickled message, after its length."""
    return pickle.loads(_read_exactly(stream, _LENGTH.unpack(_read_exactly(stream, 8))[0]))


def _write_message(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message)
    stream.write(_LENGTH.pack(len(data)))
    stream.write(data)


def _padding(size: int) -> int:
    return -size % _ALIGN


def serve(requests: IO[bytes], answers: IO[bytes]) -> None:
    """The worker's side: a request and the document in, the index out.

    In: a message (region, source, allow, the document's size), then the
    document. Out: a message ``("error", text)`` or ``("ok", summary, meta,
    layout)``, and after the latter each column's bytes, each padded to a
    multiple of 8; ``layout`` lists (name, typecode, size) in that order.
    """
    region, source, allow, size = _read_message(requests)
    body = _read_exactly(requests, size)
    try:
        parsed, index = parse_and_build(body, region, source, allow, in_runs=False)
    except ListFormatError as err:
        _write_message(answers, ("error", str(err)))
        return
    del body
    meta, buffers = index.to_buffers()
    summary = (parsed.format.value, parsed.skipped, parsed.name, parsed.count)
    layout = [(name, code, len(data)) for name, code, data in buffers]
    _write_message(answers, ("ok", summary, meta, layout))
    for _name, _code, data in buffers:
        answers.write(data)
        answers.write(bytes(_padding(len(data))))
    answers.flush()


def _receive_index(stream: io.BufferedIOBase, meta: Any, layout: Any) -> MatchIndex:
    """The columns, read into one anonymous memory mapping, as an index over it."""
    sizes = [int(size) for _name, _code, size in layout]
    total = sum(size + _padding(size) for size in sizes)
    block = mmap.mmap(-1, max(total, _ALIGN))
    view = memoryview(block)
    filled = 0
    while filled < total:
        read = stream.readinto(view[filled:total])
        if not read:
            raise EOFError(f"{filled} of {total} bytes of the index")
        filled += read
    buffers = []
    offset = 0
    for (name, code, _size), size in zip(layout, sizes, strict=True):
        buffers.append((str(name), str(code), view[offset : offset + size]))
        offset += size + _padding(size)
    return MatchIndex.from_buffers(meta, buffers)


def _exchange(
    process: subprocess.Popen[bytes], body: bytes, request: tuple[str, str, bool, int]
) -> tuple[ParsedList, MatchIndex] | str:
    """Send the request and the document; the worker's answer (a list error as text)."""
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        _write_message(process.stdin, request)
        process.stdin.write(body)
        process.stdin.close()
    except BrokenPipeError:
        pass  # the worker ended early: its exit status and error output say why
    finally:
        with suppress(OSError):
            process.stdin.close()
    answer = _read_message(process.stdout)
    if answer[0] == "error":
        return str(answer[1])
    _ok, (format_value, skipped, name, count), meta, layout = answer
    index = _receive_index(cast(io.BufferedIOBase, process.stdout), meta, layout)
    parsed = ParsedList(
        ListFormat(format_value), skipped=int(skipped), name=str(name), count=int(count)
    )
    return parsed, index


def start_worker(errors: IO[bytes]) -> subprocess.Popen[bytes]:
    """A worker process (our own interpreter and code, no shell), its error output to
    ``errors``; it waits for a request on its standard input."""
    paths = [path for path in sys.path if path]
    return subprocess.Popen(
        [
            sys.executable,
            "-I",
            "-c",
            _WORKER,
            str(PACKAGE_DIR),
            WORKER_PACKAGE,
            json.dumps(paths),
            str(WORKER_NICENESS),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=errors,
    )


def parse_and_build_isolated(
    body: bytes, region: str, source: str, allow: bool
) -> tuple[ParsedList, MatchIndex]:
    """``parse_and_build`` in a fresh worker process (blocking: call from an executor).

    Raises ``ListFormatError`` for a document that is no list, ``RuntimeError``
    when the worker could not do its job (it is then logged by the caller).
    """
    if not sys.executable:
        return parse_and_build(body, region, source, allow)
    with tempfile.TemporaryFile() as errors:
        process = start_worker(errors)
        # A worker that hangs is killed; its pipe then ends and the read fails.
        watchdog = threading.Timer(WORKER_TIMEOUT, process.kill)
        watchdog.daemon = True
        watchdog.start()
        answer: tuple[ParsedList, MatchIndex] | str | None = None
        problem: Exception | None = None
        try:
            answer = _exchange(process, body, (region, source, allow, len(body)))
        except (EOFError, OSError, ValueError, pickle.UnpicklingError) as err:
            problem = err
        finally:
            watchdog.cancel()
            assert process.stdout is not None
            process.stdout.close()
            returncode = process.wait()
        if returncode != 0 or answer is None:
            errors.seek(0)
            detail = errors.read().decode("utf-8", errors="replace").strip().splitlines()
            reason = detail[-1] if detail else problem or f"exit status {returncode}"
            raise RuntimeError(f"list worker failed: {reason}")
    if isinstance(answer, str):
        raise ListFormatError(answer)
    return answer
