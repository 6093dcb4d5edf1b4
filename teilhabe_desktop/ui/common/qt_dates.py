"""Dates between Python and Qt date fields: one rule for "no date".

A ``QDateEdit`` cannot be empty; its minimum date :data:`NO_DATE` (shown with a special
text such as "kein Datum" or "nie geprüft") stands for ``None``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

#: the value of a date field that holds no date (its minimum)
NO_DATE = QDate(1900, 1, 1)


def to_qdate(value: date | None) -> QDate:
    """``value`` for a date field; ``None`` becomes :data:`NO_DATE`."""
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date | None:
    """The date of a field; :data:`NO_DATE` and invalid dates become ``None``."""
    if not value.isValid() or value == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())
