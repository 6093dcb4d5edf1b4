"""Repository of places: the street directory and the imported boundaries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.locating import Locator
from teilhabe_desktop.core.plan import Person, Plan
from teilhabe_desktop.core.plan_map import PlanMap, person_sozialraeume
from teilhabe_desktop.core.street_directory import Side, StreetDirectory, StreetRange
from teilhabe_desktop.store.reference import ReferenceRepository
from teilhabe_desktop.store.sql import Database

if TYPE_CHECKING:
    from teilhabe_desktop.core.boundaries import BoundaryIndex

# shapely, pyproj and numpy load only when geometry is used (they cost start-up time)
LEVELS = ("district", "ortsteil")


@dataclass(frozen=True)
class MapShapes:
    """The districts' shapes for a map (WGS84); ``schematic`` before any import."""

    shapes: dict
    schematic: bool


@dataclass(frozen=True)
class ImportedFrom:
    """Where a dataset came from: the file's name (no path) and when it was imported."""

    file_name: str
    imported_at: datetime


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _street_row(r: StreetRange) -> tuple:
    return (r.street, r.district_code, r.number_from, r.number_to, r.side.value, r.postcode)


class PlacesRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- street directory ---------------------------------------------------------------
    def street_ranges(self) -> list[StreetRange]:
        rows = self._db.execute(
            """SELECT street, district_code, number_from, number_to, side, postcode
               FROM street_range ORDER BY id"""
        )
        return [StreetRange(r[0], r[1], r[2], r[3], Side(r[4]), r[5]) for r in rows]

    def street_directory(self) -> StreetDirectory:
        return StreetDirectory(self.street_ranges())

    def street_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM street_range").fetchone()[0]

    def replace_street_ranges(self, ranges: Sequence[StreetRange], file_name: str) -> None:
        """The directory becomes ``ranges``, all at once (one transaction)."""
        with self._db.atomic():
            self._db.execute("DELETE FROM street_range")
            self._db.conn.executemany(
                """INSERT INTO street_range
                   (street, district_code, number_from, number_to, side, postcode)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                [_street_row(r) for r in ranges],
            )
            self._db.execute(
                """INSERT INTO street_directory_source (id, file_name, imported_at)
                   VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET
                   file_name = excluded.file_name, imported_at = excluded.imported_at""",
                [file_name, _now()],
            )

    def street_source(self) -> ImportedFrom | None:
        row = self._db.execute(
            "SELECT file_name, imported_at FROM street_directory_source"
        ).fetchone()
        return ImportedFrom(row[0], datetime.fromisoformat(row[1])) if row else None

    # -- boundaries ---------------------------------------------------------------------
    def boundaries(self, level: str = "district") -> dict[int, bytes]:
        """Code -> WKB geometry (WGS84) of one level; empty before any import."""
        rows = self._db.execute(
            "SELECT code, geometry FROM boundary WHERE level = ? ORDER BY code", [level]
        )
        return {code: bytes(wkb) for code, wkb in rows}

    def replace_boundaries(self, level: str, shapes: Mapping[int, bytes], file_name: str) -> None:
        """The boundaries of ``level`` become ``shapes``, all at once."""
        if level not in LEVELS:
            raise ValueError(level)
        with self._db.atomic():
            self._db.execute("DELETE FROM boundary WHERE level = ?", [level])
            self._db.conn.executemany(
                "INSERT INTO boundary (level, code, geometry) VALUES (?, ?, ?)",
                [(level, code, wkb) for code, wkb in shapes.items()],
            )
            self._db.execute(
                """INSERT INTO boundary_source (level, file_name, imported_at) VALUES (?, ?, ?)
                   ON CONFLICT(level) DO UPDATE SET
                   file_name = excluded.file_name, imported_at = excluded.imported_at""",
                [level, file_name, _now()],
            )

    def has_boundaries(self, level: str = "district") -> bool:
        found = self._db.execute("SELECT 1 FROM boundary WHERE level = ? LIMIT 1", [level])
        return found.fetchone() is not None

    def boundary_source(self, level: str = "district") -> ImportedFrom | None:
        row = self._db.execute(
            "SELECT file_name, imported_at FROM boundary_source WHERE level = ?", [level]
        ).fetchone()
        return ImportedFrom(row[0], datetime.fromisoformat(row[1])) if row else None

    def district_areas(self) -> dict[int, float]:
        """Code -> area in km² from the imported district boundaries (empty before an
        import: the app ships no figures derived from the city's boundary files)."""
        from teilhabe_desktop.core.geometry import from_wkb, to_metres

        return {
            code: round(to_metres(from_wkb(wkb)).area / 1e6, 2)
            for code, wkb in self.boundaries("district").items()
        }

    def boundary_index(self, level: str = "district") -> BoundaryIndex | None:
        from teilhabe_desktop.core.boundaries import BoundaryIndex

        shapes = self.boundaries(level)
        return BoundaryIndex.from_wkb(shapes) if shapes else None

    def map_shapes(self) -> MapShapes:
        """Imported district boundaries, or else the schematic cells of the centroids."""
        from teilhabe_desktop.core.geometry import from_wkb
        from teilhabe_desktop.core.schematic_map import schematic_cells

        shapes = self.boundaries("district")
        if shapes:
            return MapShapes({code: from_wkb(wkb) for code, wkb in shapes.items()}, False)
        rows = self._db.execute("SELECT code, lat, lon FROM district WHERE lat IS NOT NULL")
        return MapShapes(schematic_cells({code: (lat, lon) for code, lat, lon in rows}), True)

    def plan_map(self, person: Person, plan: Plan, offers: Mapping[str, Offer]) -> PlanMap | None:
        """The printed plan's map of the person's Sozialräume with the ``offers`` that have
        coordinates; ``None`` when none of the Sozialräume has a shape."""
        from teilhabe_desktop.core.plan_map_build import build_plan_map

        sozialraum_ids = person_sozialraeume(person.home_sozialraum_id, plan.sozialraum_ids)
        if not sozialraum_ids:
            return None
        shapes = self.map_shapes()
        districts = {d.code: d.sozialraum_id for d in ReferenceRepository(self._db).districts()}
        places = {
            i: (o.lat, o.lon) for i, o in offers.items() if o.lat is not None and o.lon is not None
        }
        return build_plan_map(shapes.shapes, districts, sozialraum_ids, places, shapes.schematic)

    # -- deriving places ----------------------------------------------------------------
    def locator(self) -> Locator:
        """Street directory, place names and (imported) boundaries, as they are now."""
        reference = ReferenceRepository(self._db)
        index = self.boundary_index("district") if self.has_boundaries() else None
        return Locator(
            reference.place_resolver(),
            reference.districts(),
            self.street_directory(),
            index.district_at if index is not None else None,
        )
