"""Writing a file completely or not at all, with German messages.

Every export and printout writes to a hidden ``.teilhabe-XXXX.part`` file beside the
target and renames it only when it is complete: a failed or interrupted write never
replaces a good file and leaves nothing behind. The temporary name is random, never the
target's name (which may name a person), and the file is for the user alone (0600).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from teilhabe_desktop.core.errors import UserError


def check_target(path: Path) -> None:
    """Refuse a target that is a folder or lies in a folder that does not exist."""
    if path.is_dir():
        raise UserError(f"„{path}“ ist ein Ordner. Bitte einen Dateinamen angeben.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Den Ordner „{folder}“ gibt es nicht.")


def cannot_write(path: Path, error: OSError) -> UserError:
    return UserError(
        f"Die Datei „{path}“ kann nicht geschrieben werden: {error.strerror or error}."
    )


@contextlib.contextmanager
def atomic_target(path: Path | str) -> Iterator[Path]:
    """Yield the temporary path to write; on success it replaces ``path``."""
    path = Path(path)
    check_target(path)
    try:
        handle, name = tempfile.mkstemp(prefix=".teilhabe-", suffix=".part", dir=path.parent)
    except OSError as error:
        raise cannot_write(path, error) from error
    os.close(handle)  # mkstemp creates it 0600
    partial = Path(name)
    try:
        yield partial
        os.replace(partial, path)
    except OSError as error:
        raise cannot_write(path, error) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def write_bytes(path: Path | str, data: bytes) -> None:
    with atomic_target(path) as partial:
        partial.write_bytes(data)


def write_text(path: Path | str, text: str) -> None:
    with atomic_target(path) as partial:
        partial.write_text(text, encoding="utf-8", newline="\n")
