"""The value types of the HSDS 3.0 table schemas, and values made to fit them.

The official datapackage declares e-mail and URI formats, numbers, dates, date-times and
times (``HH:MM:SS``) and a few enumerations. :func:`fit` gives the value as HSDS accepts
it (``"9:00"`` becomes ``"09:00:00"``, ``"www.jena.de"`` becomes ``"https://www.jena.de"``)
or ``None`` when the column cannot hold it. Zero-width characters, which copied text
brings along and which break e-mail addresses, URLs, numbers and ids, are removed from
typed values; free text keeps them (emoji sequences need the zero width joiner).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time

EMAIL, URI, NUMBER, DATE, DATETIME, TIME = "email", "uri", "number", "date", "datetime", "time"

#: (table, column) -> type or format, as the official HSDS 3.0 datapackage declares them.
COLUMN_TYPES: dict[tuple[str, str], str] = {
    ("organization", "email"): EMAIL,
    ("organization", "website"): URI,
    ("organization", "year_incorporated"): NUMBER,
    ("organization", "uri"): URI,
    ("service", "url"): URI,
    ("service", "email"): EMAIL,
    ("service", "minimum_age"): NUMBER,
    ("service", "maximum_age"): NUMBER,
    ("service", "assured_date"): DATE,
    ("service", "assurer_email"): EMAIL,
    ("service", "last_modified"): DATETIME,
    ("location", "url"): URI,
    ("location", "latitude"): NUMBER,
    ("location", "longitude"): NUMBER,
    ("phone", "extension"): NUMBER,
    ("contact", "email"): EMAIL,
    ("schedule", "valid_from"): DATE,
    ("schedule", "valid_to"): DATE,
    ("schedule", "dtstart"): DATE,
    ("schedule", "timezone"): NUMBER,
    ("schedule", "until"): DATE,
    ("schedule", "count"): NUMBER,
    ("schedule", "interval"): NUMBER,
    ("schedule", "opens_at"): TIME,
    ("schedule", "closes_at"): TIME,
    ("schedule", "schedule_link"): URI,
    ("required_document", "uri"): URI,
    ("accessibility", "url"): URI,
    ("taxonomy_term", "term_uri"): URI,
    ("metadata", "last_action_date"): DATE,
    ("cost_option", "valid_from"): DATE,
    ("cost_option", "valid_to"): DATE,
    ("cost_option", "amount"): NUMBER,
    ("taxonomy", "uri"): URI,
}

#: Zero width space, (non-)joiner, word joiner, zero width no-break space (BOM).
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")
_ATOM = r"[\w!#$%&'*+/=?^`{|}~-]+"
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_EMAIL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+[^\W\d_]{{2,63}}")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")
_BARE_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:/\S*)?", re.IGNORECASE)
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def without_invisible(value: str) -> str:
    return _INVISIBLE.sub("", value)


def is_hsds_email(value: str) -> bool:
    local, _, domain = value.rpartition("@")
    return len(local) <= 64 and len(domain) <= 253 and _EMAIL.fullmatch(value) is not None


def _uri(value: str) -> str | None:
    if _SCHEME.fullmatch(value) and not _BARE_DOMAIN.fullmatch(value):
        return value
    if _BARE_DOMAIN.fullmatch(value):  # "www.jena.de" (or "jena.de:8080"): the web is meant
        return "https://" + value
    return None


def _number(value: str) -> str | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return value if math.isfinite(number) and value.strip() == value else None


def _date(value: str) -> str | None:
    try:
        return date.fromisoformat(value).isoformat() if len(value) == 10 else None
    except ValueError:
        return None


def _datetime(value: str) -> str | None:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return None
    return value if len(value) >= 19 and value[10] in "T " and value[16] == ":" else None


def _time(value: str) -> str | None:
    match = _TIME.fullmatch(value)
    if not match:
        return None
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    try:
        return time(hours, minutes, seconds).isoformat()
    except ValueError:
        return None


_FIT = {
    EMAIL: lambda v: v if is_hsds_email(v) else None,
    URI: _uri,
    NUMBER: _number,
    DATE: _date,
    DATETIME: _datetime,
    TIME: _time,
}


def fit(table: str, column: str, value: str) -> str | None:
    """``value`` as the HSDS 3.0 schema accepts it in ``table.column``, or ``None``."""
    kind = COLUMN_TYPES.get((table, column))
    if kind is None:
        return value
    cleaned = without_invisible(value).strip()
    return _FIT[kind](cleaned) if cleaned else None
