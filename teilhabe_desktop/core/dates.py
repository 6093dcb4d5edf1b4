"""Dates as people in Germany read them, and as the database keeps them (ISO text)."""

from __future__ import annotations

from datetime import date, datetime


def german_date(value: date | None) -> str:
    """``05.03.2026``; an empty string for no date."""
    return value.strftime("%d.%m.%Y") if value else ""


def iso_date(value: date | None) -> str | None:
    """``2026-03-05`` for the database; ``None`` for no date."""
    return value.isoformat() if value else None


def date_from_iso(text: str | None) -> date | None:
    """The date of an ISO text from the database; ``None`` for empty or missing text."""
    return date.fromisoformat(text) if text else None


def datetime_from_iso(text: str | None) -> datetime | None:
    """The time stamp of an ISO text from the database; ``None`` for empty or missing text."""
    return datetime.fromisoformat(text) if text else None
