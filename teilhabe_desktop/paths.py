"""Where the app keeps its files, without Qt (the command line must not load Qt).

:func:`user_data_folder` follows the rule of Qt's ``QStandardPaths.AppDataLocation``
(organisation and application name below the platform's data folder), so the command
line and the GUI find the same database. The GUI passes Qt's own answer
(``ui/shell/paths.py``); a test checks that both agree.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from teilhabe_desktop import APP_NAME, ORGANIZATION

DATABASE_FILE = "teilhabe.db"
LOG_FOLDER = "logs"

DataFolder = Callable[[], Path]


def user_data_folder() -> Path:
    """The user's data folder of the app, as ``QStandardPaths.AppDataLocation`` has it."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / ORGANIZATION / APP_NAME


def default_database_path(data_folder: DataFolder = user_data_folder) -> Path:
    """``teilhabe.db`` in the user's data folder."""
    return data_folder() / DATABASE_FILE


def log_folder(data_folder: DataFolder = user_data_folder) -> Path:
    return data_folder() / LOG_FOLDER
