"""Dates as people in Germany read them. The database keeps ISO; the user sees these."""

from __future__ import annotations

from datetime import date


def german_date(value: date | None) -> str:
    """``05.03.2026``; an empty string for no date."""
    return value.strftime("%d.%m.%Y") if value else ""
