"""Importing sqlite-utils without numpy and pandas.

sqlite-utils imports numpy and pandas if they are installed, only to know their scalar
types when it creates tables from Python values. Nothing of ours hands it such values,
and numpy is installed here (shapely needs it for the map import): importing it at start
cost ~0.1 s of every start of the app and of every command. While sqlite-utils is first
imported, both names are marked as missing; afterwards they import as usual.
"""

from __future__ import annotations

import sys

_OPTIONAL = ("numpy", "pandas")


def import_sqlite_utils() -> None:
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in _OPTIONAL if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import numpy" -> ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
