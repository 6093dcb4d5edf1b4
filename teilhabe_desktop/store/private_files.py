"""Small files of the store (key files and their copies): complete or not at all, 0600."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` beside ``path`` under a name that tells nothing, then rename."""
    handle, name = tempfile.mkstemp(prefix=".teilhabe-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":
            os.chmod(name, 0o600)
        os.replace(name, path)
    finally:
        with contextlib.suppress(OSError):
            Path(name).unlink(missing_ok=True)
