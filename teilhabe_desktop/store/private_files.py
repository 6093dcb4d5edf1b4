"""Files the store writes beside the database (key files, copies of backups): complete
or not at all, for the user alone (0600)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def _replacing(target: Path) -> Iterator[BinaryIO]:
    """Write beside ``target`` under a name that tells nothing, then rename over it."""
    handle, name = tempfile.mkstemp(prefix=".teilhabe-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":
            os.chmod(name, 0o600)
        os.replace(name, target)
    finally:
        with contextlib.suppress(OSError):
            Path(name).unlink(missing_ok=True)


def write_private(path: Path, data: bytes) -> None:
    with _replacing(path) as out:
        out.write(data)


def copy_private(source: Path, target: Path) -> None:
    """Copy in chunks (a database may be large)."""
    with _replacing(target) as out, open(source, "rb") as origin:
        while chunk := origin.read(1 << 20):
            out.write(chunk)
