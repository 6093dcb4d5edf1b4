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


@dataclass(frozen=True)
class PersonRow:
    id: str
    display_name: str
    file_number: str
    birth_date: date | None
    home_sozialraum_id: str | None
    caseworker: str
    next_review: date | None
    review_state: ReviewState


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
