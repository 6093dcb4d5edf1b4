"""Repository for the reference data: Sozialräume, districts, Ortsteile, domains, categories."""

from __future__ import annotations

from teilhabe_desktop.core.places import PlaceResolver
from teilhabe_desktop.core.reference import (
    District,
    LifeDomain,
    OfferCategory,
    Ortsteil,
    PlaceKind,
    PlaceName,
    Sozialraum,
)
from teilhabe_desktop.store.errors import DatabaseFailure
from teilhabe_desktop.store.sql import Database


class ReferenceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def sozialraeume(self) -> list[Sozialraum]:
        rows = self._db.execute("SELECT id, name FROM sozialraum ORDER BY sort_order")
        return [Sozialraum(*row) for row in rows]

    def ortsteile(self) -> list[Ortsteil]:
        rows = self._db.execute(
            """SELECT id, name, sozialraum_id, derived, population_2020, population_2010,
                      population_2017, area_km2
               FROM ortsteil ORDER BY name"""
        )
        return [Ortsteil(r[0], r[1], r[2], bool(r[3]), *r[4:]) for r in rows]

    def districts(self) -> list[District]:
        rows = self._db.execute(
            """SELECT d.code, d.name, d.sozialraum_id, d.derived, d.ortsteil_id, o.name,
                      d.population_2020, d.area_km2
               FROM district d LEFT JOIN ortsteil o ON o.id = d.ortsteil_id
               ORDER BY d.code"""
        )
        return [District(r[0], r[1], r[2], bool(r[3]), *r[4:]) for r in rows]

    def life_domains(self) -> list[LifeDomain]:
        rows = self._db.execute(
            "SELECT code, name, plain_name FROM life_domain ORDER BY sort_order"
        )
        return [LifeDomain(*row) for row in rows]

    def offer_categories(self) -> list[OfferCategory]:
        rows = self._db.execute("SELECT id, name FROM offer_category ORDER BY sort_order")
        return [OfferCategory(*row) for row in rows]

    def sources(self) -> list[tuple[str, str]]:
        return list(self._db.execute("SELECT dataset, source FROM reference_source ORDER BY 1"))

    def place_names(self) -> list[PlaceName]:
        places = [PlaceName(s.name, PlaceKind.SOZIALRAUM, s.id) for s in self.sozialraeume()]
        for d in self.districts():
            places.append(
                PlaceName(d.name, PlaceKind.DISTRICT, d.sozialraum_id, d.code, d.ortsteil_id)
            )
        for o in self.ortsteile():
            places.append(PlaceName(o.name, PlaceKind.ORTSTEIL, o.sozialraum_id, None, o.id))
        rows = self._db.execute(
            """SELECT a.alias, COALESCE(d.sozialraum_id, o.sozialraum_id), a.district_code,
                      COALESCE(a.ortsteil_id, d.ortsteil_id)
               FROM place_alias a
               LEFT JOIN district d ON d.code = a.district_code
               LEFT JOIN ortsteil o ON o.id = a.ortsteil_id"""
        )
        places.extend(PlaceName(r[0], PlaceKind.ALIAS, r[1], r[2], r[3]) for r in rows)
        return places

    def place_resolver(self) -> PlaceResolver:
        return PlaceResolver(self.place_names())

    def assign_district(self, code: int, sozialraum_id: str) -> None:
        """Assign a district to a Sozialraum; a user's decision is no longer 'abgeleitet'."""
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE district SET sozialraum_id = ?, derived = 0 WHERE code = ?",
                [sozialraum_id, code],
            )
            if cursor.rowcount != 1:
                raise DatabaseFailure(f"Statistischer Bezirk {code} ist nicht bekannt.")
