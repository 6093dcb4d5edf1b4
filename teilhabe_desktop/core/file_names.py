"""File names the app suggests for printouts: whose plan, which version, which day.

``Mein-Plan_Sommerfeld_Mira_V2_2026-03-01.pdf`` or ``Gesamtplan_…_Entwurf_….pdf``. The
names are the person's names as written, reduced to characters every file system
accepts; they are only a suggestion in the save dialog (no temporary file is named so).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_BASE = {"person": "Mein-Plan", "formal": "Gesamtplan"}
_UNSAFE = re.compile(r"[^\w-]+")


def _part(text: str) -> str:
    cleaned = _UNSAFE.sub("-", unicodedata.normalize("NFC", text.strip())).strip("-_")
    return cleaned.replace("_", "-")


def printout_file_name(
    variant: str, last_name: str, first_name: str, version: int | None, on: date
) -> str:
    parts = [_BASE[variant], _part(last_name), _part(first_name)]
    parts.append(f"V{version}" if version else "Entwurf")
    parts.append(on.isoformat())
    return "_".join(p for p in parts if p) + ".pdf"
