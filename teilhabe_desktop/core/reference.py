"""Reference data of Jena and of the planning domain, as plain data classes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class Sozialraum:
    id: str
    name: str


@dataclass(frozen=True)
class Ortsteil:
    id: int
    name: str
    sozialraum_id: str
    derived: bool
    population_2020: int | None = None
    population_2010: int | None = None
    population_2017: int | None = None
    area_km2: float | None = None  # official area


@dataclass(frozen=True)
class District:
    """A statistical district (official code) and the Sozialraum it belongs to.

    ``derived`` marks an assignment the city's slides do not name: it was made by
    position and must be checked ("abgeleitet – bitte prüfen").
    """

    code: int
    name: str
    sozialraum_id: str
    derived: bool
    ortsteil_id: int | None = None
    ortsteil_name: str | None = None
    population_2020: int | None = None
    area_km2: float | None = None


#: The nine ICF activity and participation domains of § 118 SGB IX, "d1" … "d9".
LIFE_DOMAINS: tuple[str, ...] = tuple(f"d{chapter}" for chapter in range(1, 10))


def is_life_domain(code: str | None) -> bool:
    """Whether ``code`` is one of :data:`LIFE_DOMAINS` (exactly, lower case)."""
    return code in LIFE_DOMAINS


@dataclass(frozen=True)
class LifeDomain:
    code: str  # "d1" … "d9"
    name: str  # ICF chapter title
    plain_name: str  # plain language for the person's own plan


@dataclass(frozen=True)
class OfferCategory:
    id: str
    name: str


class PlaceKind(Enum):
    DISTRICT = "district"
    ALIAS = "alias"
    ORTSTEIL = "ortsteil"
    SOZIALRAUM = "sozialraum"


@dataclass(frozen=True)
class PlaceName:
    """One name by which people call a place, and where it lies."""

    name: str
    kind: PlaceKind
    sozialraum_id: str
    district_code: int | None = None
    ortsteil_id: int | None = None
