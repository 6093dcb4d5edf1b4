"""Dates for people (German) and for the database (ISO), each written and read one way."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teilhabe_desktop.core.dates import (
    InvalidDate,
    date_from_iso,
    datetime_from_iso,
    german_date,
    iso_date,
    parse_date,
)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-03-01", date(2026, 3, 1)), ("1.3.2026", date(2026, 3, 1)),
     ("01.03.2026", date(2026, 3, 1)), (" 01.03.2026 ", date(2026, 3, 1)),
     ("1/3/2026", date(2026, 3, 1)), ("2026-3-1", date(2026, 3, 1)),
     ("2026-03-01T10:30:00+01:00", date(2026, 3, 1)), ("1.3.26", date(2026, 3, 1)),
     ("1.3.99", date(1999, 3, 1)), ("", None), ("   ", None), (None, None)],
)  # fmt: skip
def test_parse_date_reads_iso_and_german(text, expected):
    assert parse_date(text, today=date(2026, 1, 1)) == expected


#: Wrong text -> what the German message says.
WRONG_DATES = {
    "31.02.2026": "Den 31.02.2026 gibt es nicht",
    "2025-02-29": "gibt es nicht",
    "00.01.2026": "gibt es nicht",
    "1.13.2026": "gibt es nicht",
    "morgen": "„morgen“ ist kein Datum. Bitte im Format TT.MM.JJJJ",
    "1.3/2026": "kein Datum",
    "01.03.20266": "kein Datum",
    "x" * 100_000: "kein Datum",
}


def test_parse_date_says_in_german_what_is_wrong():
    for text, message in WRONG_DATES.items():
        with pytest.raises(InvalidDate, match=message):
            parse_date(text)


def test_the_plan_and_the_csv_import_read_dates_alike():
    from teilhabe_desktop.core.plan_validation import InvalidInput
    from teilhabe_desktop.core.plan_validation import parse_date as plan_date
    from teilhabe_desktop.exchange.csv_columns import ValueProblem
    from teilhabe_desktop.exchange.csv_columns import parse_date as csv_date

    for text in ("2026-03-01", "1.3.2026", "01.03.2026"):
        assert plan_date(text) == csv_date(text) == date(2026, 3, 1)
    for text in ("31.02.2026", "morgen"):
        with pytest.raises(InvalidInput) as plan_error:
            plan_date(text)
        with pytest.raises(ValueProblem) as csv_error:
            csv_date(text)
        assert str(plan_error.value) == str(csv_error.value)


def test_typed_dates_as_caseworkers_type_them():
    from datetime import date

    import pytest

    from teilhabe_desktop.core.dates import InvalidDate, parse_typed_date

    today = date(2026, 12, 2)
    for typed in ("15.03.1985", "15031985", "15.3.85", "150385", "1985-03-15"):
        assert parse_typed_date(typed, today) == date(1985, 3, 15), typed
    assert parse_typed_date("1.4.", today) == date(2026, 4, 1)
    assert parse_typed_date("30.06.27", today) == date(2027, 6, 30)
    assert parse_typed_date("", today) is None
    with pytest.raises(InvalidDate, match="gibt es nicht"):
        parse_typed_date("31.02.2027", today)  # refused, never made into 28.02.
    with pytest.raises(InvalidDate):
        parse_typed_date("3102", today)
