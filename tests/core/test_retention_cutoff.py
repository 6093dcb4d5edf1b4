"""The retention cutoff: whole years back, 29 February as §§ 187, 188 BGB count it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teilhabe_desktop.core.retention import (
    RETENTION_YEARS,
    InactivePerson,
    full_years_between,
    retention_cutoff,
)


def test_the_default_is_three_years():
    assert RETENTION_YEARS == 3


def test_the_cutoff_is_the_same_day_years_back():
    assert retention_cutoff(date(2027, 6, 15), 3) == date(2024, 6, 15)
    assert retention_cutoff(date(2027, 1, 1), 1) == date(2026, 1, 1)


def test_a_leap_day_without_its_day_years_back_is_followed_by_1_march():
    assert retention_cutoff(date(2028, 2, 29), 3) == date(2025, 3, 1)
    assert retention_cutoff(date(2028, 2, 29), 1) == date(2027, 3, 1)
    assert retention_cutoff(date(2028, 2, 29), 4) == date(2024, 2, 29)
    assert retention_cutoff(date(2028, 2, 28), 3) == date(2025, 2, 28)
    assert retention_cutoff(date(2028, 3, 1), 3) == date(2025, 3, 1)


def test_an_activity_on_a_leap_day_is_three_years_past_after_28_february():
    # last activity 29.02.2024: the period ends with 28.02.2027 (§ 188 (3) BGB)
    activity = date(2024, 2, 29)
    assert not activity < retention_cutoff(date(2027, 2, 28), 3)
    assert activity < retention_cutoff(date(2027, 3, 1), 3)


def test_the_cutoff_never_goes_back_in_time_day_by_day():
    day = date(2027, 1, 1)
    previous = retention_cutoff(day, 3)
    for offset in range(1, 800):
        current = retention_cutoff(date.fromordinal(day.toordinal() + offset), 3)
        assert current >= previous
        previous = current


@pytest.mark.parametrize("years", [0, -1])
def test_years_must_be_positive(years):
    with pytest.raises(ValueError):
        retention_cutoff(date(2027, 1, 1), years)


def test_full_years_between():
    assert full_years_between(date(2024, 6, 15), date(2027, 6, 14)) == 2
    assert full_years_between(date(2024, 6, 15), date(2027, 6, 15)) == 3
    assert full_years_between(date(2024, 2, 29), date(2027, 2, 28)) == 2
    assert full_years_between(date(2024, 2, 29), date(2027, 3, 1)) == 3
    assert full_years_between(date(2027, 1, 1), date(2026, 1, 1)) == 0


def test_an_inactive_person_reads_like_a_person():
    person = InactivePerson("p1", "Mira", "Beispiel", "AZ 1", datetime(2022, 5, 1, 9, 30))
    assert person.display_name == "Mira Beispiel"
    assert person.years_since(date(2026, 5, 2)) == 4
