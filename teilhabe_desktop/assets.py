"""The one place that finds the packaged folders ``db/`` and ``resources/``.

They live at the repository root in a source checkout, under ``teilhabe_desktop/_data/``
in an installed wheel, and under the bundle folder (``sys._MEIPASS``) in a frozen build.
Every layer may use this module; it imports nothing of ours.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / name)
    found.append(_PACKAGE_DIR / "_data" / name)
    found.append(_PACKAGE_DIR.parent / name)
    return found


@cache
def data_dir(name: str) -> Path:
    """Return the folder ``db`` or ``resources`` wherever the app runs from."""
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Programmdaten fehlen: Ordner '{name}' nicht gefunden")


def migrations_dir() -> Path:
    return data_dir("db") / "migrations"


def resource(*parts: str) -> Path:
    """Path of a file below ``resources/``."""
    return data_dir("resources").joinpath(*parts)
