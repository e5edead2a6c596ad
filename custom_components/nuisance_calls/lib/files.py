"""Writing files so that a crash or a planted link never leaves a half or a wrong one."""

from __future__ import annotations

from collections.abc import Iterable
import os
from pathlib import Path
import tempfile

__all__ = ["write_atomically"]


def write_atomically(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` to ``path`` whole or not at all (blocking: run in an executor).

    ``data``: the bytes, or chunks of them in order (a big file need not be
    one buffer). The bytes go to a new temporary file of a random name in the
    same folder (created exclusively, so a link planted at a predictable name
    is never followed), are flushed to disk, and then replace ``path`` in one
    step.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as file:
            if isinstance(data, bytes):
                file.write(data)
            else:
                for chunk in data:
                    file.write(chunk)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
