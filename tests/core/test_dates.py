"""Dates for people (German) and for the database (ISO), each written one way."""

from __future__ import annotations

from datetime import date, datetime

from teilhabe_desktop.core.dates import date_from_iso, datetime_from_iso, german_date, iso_date


def test_german_date():
    assert german_date(date(2026, 3, 5)) == "05.03.2026"
    assert german_date(None) == ""


def test_iso_round_trip_and_no_date():
    assert iso_date(date(1980, 2, 29)) == "1980-02-29"
    assert date_from_iso("1980-02-29") == date(1980, 2, 29)
    assert iso_date(None) is None
    assert date_from_iso(None) is None
    assert date_from_iso("") is None
    assert datetime_from_iso("2026-03-05T14:30:00") == datetime(2026, 3, 5, 14, 30)
    assert datetime_from_iso("") is None
