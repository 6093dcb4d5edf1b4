"""Retention: persons without activity for some years are listed for review and erasure.

Data of a person must be erased once it is no longer needed for its purpose (§ 84
SGB X, Art. 17 GDPR). The app cannot know when a case has ended, so it lists persons
whose data nobody has opened, changed, printed or exported for :data:`RETENTION_YEARS`
years; the caseworker decides and deletes.

Periods in years follow §§ 187, 188 BGB: an activity on 14 June 2024 is three years
past at the end of 14 June 2027, so on 15 June 2027 the person is listed. The cutoff is
the same day of the month ``years`` years back; a day that does not exist in that year
(29 February) is followed by the day after it (1 March), as § 188 (3) BGB lets a period
end on the last day of February.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

#: Years without activity before a person is listed for review (a setting; default).
RETENTION_YEARS = 3
#: The range the setting accepts.
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 30


def retention_cutoff(today: date, years: int) -> date:
    """The first day that does *not* count as inactive: a person whose last activity was
    before it has had none for at least ``years`` full years on ``today``."""
    if years < 1:
        raise ValueError("years must be positive")
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February in a year without it
        return date(today.year - years, 3, 1)


def full_years_between(earlier: date, later: date) -> int:
    """Whole years from ``earlier`` to ``later`` (0 if ``later`` is not after it)."""
    years = later.year - earlier.year - ((later.month, later.day) < (earlier.month, earlier.day))
    return max(0, years)


@dataclass(frozen=True)
class InactivePerson:
    """A person listed for review, with the moment anything was last done with the data."""

    id: str
    first_name: str
    last_name: str
    file_number: str
    last_activity: datetime

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def years_since(self, today: date) -> int:
        return full_years_between(self.last_activity.date(), today)
