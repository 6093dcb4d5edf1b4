"""Names of the rows and columns of the planning report, for PDF and CSV."""

from __future__ import annotations

from teilhabe_desktop.core.planning_report import TOTAL, UNKNOWN, UNKNOWN_COLUMN_LABEL
from teilhabe_desktop.reports.blocks import DOMAIN_NAMES

ALL_DOMAINS = "alle Lebensbereiche"


def column_label(code: str, short: bool = False) -> str:
    """``d9 Gemeinschafts-, soziales …``; short: ``d9``."""
    if code == TOTAL:
        return "alle" if short else ALL_DOMAINS
    if code == UNKNOWN:
        return "ohne" if short else UNKNOWN_COLUMN_LABEL
    return code if short else f"{code} {DOMAIN_NAMES.get(code, '')}".strip()


def measure_heading(label: str) -> str:
    """ "mit Regelangebot" -> "Personen mit Regelangebot"."""
    return label if label.startswith("Personen") else f"Personen {label}"
