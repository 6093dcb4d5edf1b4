"""Where a person lives or an offer is: district and Sozialraum from what is known.

The order is fixed: street and house number (street directory) first, then the place
name (:class:`~teilhabe_desktop.core.places.PlaceResolver`), and coordinates by
point-in-polygon where boundaries exist. Every answer says what it was derived from;
several candidates mean the user must choose.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from teilhabe_desktop.core.codes import CodedEnum
from teilhabe_desktop.core.places import PlaceResolver
from teilhabe_desktop.core.reference import District, PlaceName
from teilhabe_desktop.core.street_directory import StreetDirectory, StreetMatch
from teilhabe_desktop.core.street_names import split_address

#: ``(lat, lon) -> district code or None`` (point-in-polygon over the boundaries)
PointLookup = Callable[[float, float], int | None]


class Basis(CodedEnum):
    STREET = "street", "Straße und Hausnummer"
    PLACE = "place", "Ortsname"
    POINT = "point", "Koordinaten"


@dataclass(frozen=True)
class Candidate:
    """One place the text may mean: a district, or only a Sozialraum (Ortsteil names)."""

    sozialraum_id: str
    district_code: int | None = None
    label: str = ""  # German, e.g. "Bezirk 63 Lobeda-Ost" or "Ortsteil Neulobeda"


@dataclass(frozen=True)
class Derivation:
    """What was derived, from what (``basis`` and the text or point ``used``)."""

    basis: Basis | None = None
    used: str = ""
    candidates: tuple[Candidate, ...] = ()
    note: str = ""  # German: why nothing came of a street, for example

    @property
    def found(self) -> bool:
        return bool(self.candidates)

    @property
    def district_code(self) -> int | None:
        codes = {c.district_code for c in self.candidates}
        return codes.pop() if len(codes) == 1 else None

    @property
    def sozialraum_id(self) -> str | None:
        ids = {c.sozialraum_id for c in self.candidates}
        return ids.pop() if len(ids) == 1 else None

    @property
    def ambiguous(self) -> bool:
        """More than one Sozialraum, or one Sozialraum but several districts to choose."""
        return len(self.candidates) > 1


NOTHING = Derivation()


class Locator:
    """Derives district and Sozialraum from an address, a place name or a point."""

    def __init__(
        self,
        resolver: PlaceResolver,
        districts: Iterable[District],
        streets: StreetDirectory | None = None,
        point_lookup: PointLookup | None = None,
    ) -> None:
        self._resolver = resolver
        self._districts = {d.code: d for d in districts}
        self._streets = streets or StreetDirectory([])
        self._point_lookup = point_lookup

    @property
    def has_streets(self) -> bool:
        return len(self._streets) > 0

    @property
    def has_boundaries(self) -> bool:
        return self._point_lookup is not None

    def district(self, code: int | None) -> District | None:
        return self._districts.get(code) if code is not None else None

    def locate(
        self,
        street_line: str = "",
        postcode: str = "",
        place: str = "",
        lat: float | None = None,
        lon: float | None = None,
    ) -> Derivation:
        """Street and house number first, then coordinates (where given), then the place
        name."""
        by_street = self.from_street(street_line, postcode)
        if by_street.found:
            return by_street
        if lat is not None and lon is not None:
            by_point = self.from_point(lat, lon)
            if by_point.found:
                return by_point
        by_place = self.from_place(place)
        if by_place.found or not by_street.note:
            return by_place
        return by_street

    def locate_text(self, text: str) -> Derivation:
        """An address ("Karl-Marx-Allee 12, 07747 Jena") or a place name, as one text."""
        by_street = self.from_street(text)
        if by_street.found:
            return by_street
        by_place = self.from_place(text)
        return by_place if by_place.found else by_street

    def from_street(self, street_line: str, postcode: str = "") -> Derivation:
        if not self.has_streets or not street_line.strip():
            return NOTHING
        address = split_address(street_line)
        if not address.street or not self._streets.knows(address.street):
            return NOTHING
        match = self._streets.lookup(address.street, address.number, postcode or address.postcode)
        used = f"{match.street} {address.house_number}".strip()
        if not match.ranges:
            return Derivation(
                Basis.STREET,
                used,
                note=f"Die Hausnummer {address.house_number} steht für „{match.street}“ "
                "nicht im Straßenverzeichnis.",
            )
        return Derivation(Basis.STREET, used, self._street_candidates(match))

    def from_place(self, place: str) -> Derivation:
        hits = self._resolver.resolve(place)
        if not hits:
            return NOTHING
        candidates = tuple(dict.fromkeys(self._place_candidate(p) for p in hits))
        return Derivation(Basis.PLACE, place.strip(), candidates)

    def from_point(self, lat: float, lon: float) -> Derivation:
        used = f"{lat:.5f}, {lon:.5f}"
        code = self._point_lookup(lat, lon) if self._point_lookup else None
        district = self.district(code)
        if district is None:
            return NOTHING
        return Derivation(Basis.POINT, used, (self._district_candidate(district),))

    def _street_candidates(self, match: StreetMatch) -> tuple[Candidate, ...]:
        found = []
        for code in match.district_codes:
            district = self.district(code)
            if district is not None:
                found.append(self._district_candidate(district))
        return tuple(found)

    @staticmethod
    def _district_candidate(district: District) -> Candidate:
        return Candidate(
            district.sozialraum_id, district.code, f"Bezirk {district.code} {district.name}"
        )

    def _place_candidate(self, place: PlaceName) -> Candidate:
        district = self.district(place.district_code)
        if district is not None:
            return self._district_candidate(district)
        return Candidate(place.sozialraum_id, None, place.name)
