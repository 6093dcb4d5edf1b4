"""The Sozialraumprofil: description, reference figures, offers and planning figures.

Figures from the reference data as held: the populations of the Ortsteile (2010, 2017,
2020) summed over the Ortsteile assigned to the Sozialraum, the area as the sum of its
statistical districts, the districts and Ortsteile. An Ortsteil counts wholly for the
Sozialraum it is assigned to; one whose districts lie partly in another Sozialraum
(Jena-Süd: Beutenberg and Ringwiese belong to Winzerla) is named there as "teilweise".
A year in which an Ortsteil has no figure gives a sum "ohne" that Ortsteil, said so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from teilhabe_desktop.core.offer_coverage import Coverage
from teilhabe_desktop.core.planning_suppression import PlanningTable
from teilhabe_desktop.core.reference import District, Ortsteil, Sozialraum

POPULATION_YEARS = (2010, 2017, 2020)


@dataclass(frozen=True)
class ProfileText:
    """The editable description of a Sozialraum and who changed it last, when."""

    sozialraum_id: str
    description: str = ""
    edited_by: str = ""
    edited_at: datetime | None = None


@dataclass(frozen=True)
class Population:
    year: int
    total: int | None  # None: no Ortsteil has a figure for the year
    missing: tuple[str, ...] = ()  # Ortsteile without a figure for the year


@dataclass
class SozialraumProfile:
    sozialraum: Sozialraum
    sozialraeume: list[Sozialraum]  # all, in order (the heat map's columns)
    text: ProfileText
    districts: list[District]
    ortsteile: list[Ortsteil]  # assigned to this Sozialraum
    partly: list[Ortsteil]  # assigned elsewhere, with districts here
    coverage: Coverage
    planning: PlanningTable
    made_on: date
    domain_names: dict[str, str] = field(default_factory=dict)

    @property
    def area_km2(self) -> float | None:
        areas = [d.area_km2 for d in self.districts if d.area_km2 is not None]
        return round(sum(areas), 2) if areas else None

    @property
    def population(self) -> list[Population]:
        return populations(self.ortsteile)

    @property
    def derived_districts(self) -> list[District]:
        return [d for d in self.districts if d.derived]


def populations(ortsteile: list[Ortsteil]) -> list[Population]:
    found = []
    for year in POPULATION_YEARS:
        values = {o.name: getattr(o, f"population_{year}") for o in ortsteile}
        known = [v for v in values.values() if v is not None]
        missing = tuple(sorted(name for name, v in values.items() if v is None))
        found.append(Population(year, sum(known) if known else None, missing))
    return found


def split_reference(
    sozialraum_id: str, districts: list[District], ortsteile: list[Ortsteil]
) -> tuple[list[District], list[Ortsteil], list[Ortsteil]]:
    """This Sozialraum's districts, its Ortsteile, and the Ortsteile of other
    Sozialräume that have districts here."""
    own = [d for d in districts if d.sozialraum_id == sozialraum_id]
    here = {d.ortsteil_id for d in own}
    assigned = [o for o in ortsteile if o.sozialraum_id == sozialraum_id]
    partly = [o for o in ortsteile if o.sozialraum_id != sozialraum_id and o.id in here]
    return own, assigned, partly
