"""What the catalogue page asks for, and one line of its answer (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from teilhabe_desktop.core.catalogue import Cost, OfferStatus

#: Sort keys of :class:`OfferQuery`; "relevance" without text sorts by name.
SORT_KEYS: tuple[str, ...] = (
    "relevance",
    "name",
    "organization",
    "sozialraum",
    "category",
    "last_verified",
    "cost",
)


@dataclass(frozen=True)
class OfferQuery:
    text: str = ""  # any user text; never raises, prefix + umlaut tolerant
    sozialraum_ids: frozenset[str] = frozenset()  # empty: all
    ortsteil_id: int | None = None
    life_domain: str | None = None  # "d1".."d9"
    category_id: str | None = None
    accessibility: frozenset[str] = frozenset()  # keys of ACCESSIBILITY_FEATURES that must be YES
    costs: frozenset[Cost] = frozenset()  # empty: all
    mainstream: bool | None = None  # True Regelangebot, False Fachangebot, None both
    include_inactive: bool = False  # paused/ended entries hidden unless True
    needs_review_only: bool = False
    sort: str = "relevance"  # one of SORT_KEYS
    descending: bool = False


@dataclass(frozen=True)
class OfferRow:
    """One line of the results table, cheap to build."""

    id: str
    name: str
    organization_name: str
    category_names: str  # "Beratung, Selbsthilfe"
    sozialraum_id: str | None
    place: str
    cost: Cost
    mainstream: bool
    status: OfferStatus
    last_verified: date | None
    needs_review: bool
    is_example: bool


@dataclass(frozen=True)
class OfferPin:
    """An offer as the map shows it: where it is (when known) and its district."""

    id: str
    name: str
    lat: float | None
    lon: float | None
    district_code: int | None
    sozialraum_id: str | None
