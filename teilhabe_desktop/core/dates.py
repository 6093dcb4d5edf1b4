"""Dates as people in Germany read them, and as the database keeps them (ISO text)."""

from __future__ import annotations

import re
from datetime import date, datetime

_GERMAN = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class InvalidDate(ValueError):
    """A text that is no date; the message is German and says what to type."""


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


def _century(year: int, today: date) -> int:
    """A two-digit year as the nearest: up to ten years ahead, else the last century."""
    return year + (2000 if year <= today.year % 100 + 10 else 1900)


def parse_date(text: str | None, today: date | None = None) -> date | None:
    """A date as people type it or files hold it; ``None`` for empty text.

    German ``1.3.2026``, ``01.03.2026``, ``1.3.26`` (and with ``/``) and ISO
    ``2026-03-01`` (also with a time, which is dropped). Raises :class:`InvalidDate`
    with a German message for anything else or a day that does not exist.
    """
    text = (text or "").strip()
    if not text:
        return None
    if match := _GERMAN.fullmatch(text):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
        if len(match[4]) == 2:
            year = _century(year, today or date.today())
    elif match := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        try:
            return datetime.fromisoformat(text).date()  # an ISO time stamp
        except ValueError:
            raise InvalidDate(
                f"„{text[:40]}“ ist kein Datum. Bitte im Format TT.MM.JJJJ angeben."
            ) from None
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidDate(f"Den {text} gibt es nicht. Bitte prüfen Sie Tag und Monat.") from None


_DIGITS8 = re.compile(r"(\d{2})(\d{2})(\d{4})")
_DIGITS6 = re.compile(r"(\d{2})(\d{2})(\d{2})")
_DAY_MONTH = re.compile(r"(\d{1,2})\.(\d{1,2})\.?")


def parse_typed_date(text: str | None, today: date | None = None) -> date | None:
    """What a caseworker types into a date field, quickly: everything
    :func:`parse_date` takes, and ``15031985`` / ``150385`` (day, month, year without
    dots) and ``1.4.`` (this year). Raises :class:`InvalidDate`; never corrects a day."""
    text = (text or "").strip()
    today = today or date.today()
    if match := _DIGITS8.fullmatch(text) or _DIGITS6.fullmatch(text):
        text = ".".join(match.groups())
    elif match := _DAY_MONTH.fullmatch(text):
        text = f"{match[1]}.{match[2]}.{today.year}"
    return parse_date(text, today)
