"""The app's log file, which never contains case content, and the last-resort handler.

The log lives in ``logs/teilhabe.log`` in the user's data folder, readable by the user
alone. An exception is logged by its *type* and the code locations it passed through
(file, line, function), never by its message or variables: messages of the driver, of
parsers or of our own errors may quote names, wishes or file names.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from functools import cache
from pathlib import Path
from types import TracebackType

from teilhabe_desktop import __version__
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.paths import DataFolder, log_folder, user_data_folder

LOG_FILE = "teilhabe.log"
LOGGER = logging.getLogger("teilhabe_desktop")
_MAX_BYTES = 512 * 1024
_BACKUPS = 3


def _private_file(path: Path) -> None:
    """Create ``path`` for the user alone (0600) unless it exists; tighten it if it does."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    if os.name == "posix":
        os.chmod(path.parent, 0o700)
        os.chmod(path, 0o600)


@cache
def _handler_class() -> type[logging.Handler]:
    """The rotating file handler for the user alone; ``logging.handlers`` (socket, pickle,
    queue …) loads when a log file is opened, not with every module that may log."""
    import logging.handlers

    class PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
        def _open(self):
            _private_file(Path(self.baseFilename))
            return super()._open()

    return PrivateRotatingHandler


def setup_logging(data_folder: DataFolder = user_data_folder) -> Path | None:
    """Log to the user's log file; returns its path, or ``None`` if it cannot be written
    (the app works on without a log)."""
    path = log_folder(data_folder) / LOG_FILE
    rotating = _handler_class()
    for handler in list(LOGGER.handlers):  # one log file per process: the newest set-up
        if isinstance(handler, rotating):
            if handler.baseFilename == str(path):
                return path
            LOGGER.removeHandler(handler)
            handler.close()
    try:
        handler = rotating(path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    LOGGER.propagate = False
    LOGGER.info("Teilhabe Desktop %s started (Python %s)", __version__, sys.version.split()[0])
    return path


def log_file() -> Path | None:
    for handler in LOGGER.handlers:
        name = getattr(handler, "baseFilename", None)
        if name:
            return Path(name)
    return None


def describe(error: BaseException, tb: TracebackType | None = None) -> str:
    """Type and code locations of ``error`` and the errors it came from — no messages."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        frames = traceback.extract_tb(tb if current is error and tb else current.__traceback__)
        lines.extend(f"  at {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames)
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by")
    return "\n".join(lines)


def log_error(what: str, error: BaseException, tb: TracebackType | None = None) -> None:
    """Record an error: ``what`` must be a fixed text of ours, never user content."""
    if isinstance(error, UserError):
        LOGGER.warning("%s: %s", what, describe(error, tb))
    else:
        LOGGER.error("%s: %s", what, describe(error, tb))


def unexpected_error_text() -> str:
    """The German text for an error that is a bug of ours."""
    where = log_file()
    text = (
        "Ein unerwarteter Programmfehler ist aufgetreten. Was zuletzt gespeichert wurde, "
        "bleibt erhalten."
    )
    if where is not None:
        text += f" Technische Angaben (ohne Falldaten) stehen im Protokoll: {where}"
    return text
