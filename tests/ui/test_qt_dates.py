"""Dates between Python and Qt date fields: ``None`` is the field's empty minimum."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from teilhabe_desktop.ui.common.qt_dates import NO_DATE, from_qdate, to_qdate


def test_round_trip_and_no_date(qapp):
    assert to_qdate(date(2024, 2, 29)) == QDate(2024, 2, 29)
    assert from_qdate(QDate(2024, 2, 29)) == date(2024, 2, 29)
    assert to_qdate(None) == NO_DATE
    assert from_qdate(NO_DATE) is None
    assert from_qdate(QDate()) is None  # an invalid date is no date
