"""Finding persons: the filter of the *Personen* page and the review state of a plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from teilhabe_desktop.core.places import fold, fold_spelled

#: A review is "fällig" this long before its date.
REVIEW_DUE_WINDOW = timedelta(weeks=8)


class ReviewState(Enum):
    NONE = "keine"
    OK = "ok"
    DUE = "fällig"  # within 8 weeks
    OVERDUE = "überfällig"


def review_state(next_review: date | None, today: date) -> ReviewState:
    """The state of a review date seen from ``today``."""
    if next_review is None:
        return ReviewState.NONE
    if next_review < today:
        return ReviewState.OVERDUE
    if next_review <= today + REVIEW_DUE_WINDOW:
        return ReviewState.DUE
    return ReviewState.OK


@dataclass(frozen=True)
class PersonFilter:
    text: str = ""  # name or file number, umlaut tolerant
    sozialraum_id: str | None = None  # home Sozialraum or any Sozialraum of the plan
    caseworker: str | None = None
    review: ReviewState | None = None  # DUE means due or overdue


def person_sort_key(first_name: str, last_name: str) -> str:
    """The one order of persons: by last name, then first name, case and accents folded.

    A single string (the fields joined by a control character that sorts before every
    letter), so Qt's sort proxy orders by it exactly as Python's ``sorted`` does."""
    return f"{fold(last_name)}\x1f{fold(first_name)}"


@dataclass(frozen=True)
class PersonRow:
    id: str
    first_name: str
    last_name: str
    file_number: str
    birth_date: date | None
    home_sozialraum_id: str | None
    caseworker: str
    next_review: date | None
    review_state: ReviewState

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def sort_key(self) -> str:
        return person_sort_key(self.first_name, self.last_name)


def review_matches(wanted: ReviewState | None, state: ReviewState) -> bool:
    """Whether a row in ``state`` passes the review filter ``wanted``."""
    if wanted is None:
        return True
    if wanted is ReviewState.DUE:
        return state in (ReviewState.DUE, ReviewState.OVERDUE)
    return state is wanted


# Letters without a Unicode decomposition that people type without the mark.
_LATIN_EXTRA = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t"})


def search_keys(text: str) -> list[str]:
    """``text`` folded for searching: plain vowels and umlauts spelled out ("ü" = "ue")."""
    text = (text or "").casefold().translate(_LATIN_EXTRA)
    return [fold(text), fold_spelled(text)]


def text_matches(query: str, *fields: str) -> bool:
    """Every word of ``query`` occurs in one of ``fields`` (case and umlaut tolerant)."""
    haystack = " ".join(key for field in fields for key in search_keys(field))
    for word in search_keys(query)[0].split():
        if word not in haystack and search_keys(word)[1] not in haystack:
            return False
    return True
