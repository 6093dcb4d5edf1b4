"""The street directory and the boundaries in the database: replaced whole, or not at all."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.street_directory import Side, StreetRange
from teilhabe_desktop.store.places import PlacesRepository


@pytest.fixture
def places(store):
    return PlacesRepository(store.db)


def test_a_new_database_has_no_directory_and_no_boundaries(places):
    assert places.street_count() == 0
    assert places.street_source() is None
    assert places.boundaries("district") == {}
    assert places.boundary_source("district") is None


def test_an_import_replaces_the_whole_directory(places):
    places.replace_street_ranges([StreetRange("Alter Weg", 90)], "alt.csv")
    ranges = [
        StreetRange("Karl-Marx-Allee", 63, 1, 29, Side.ODD, "07747"),
        StreetRange("Löbdergraben", 41),
    ]
    places.replace_street_ranges(ranges, "strassen.csv")
    assert places.street_ranges() == ranges
    assert places.street_source().file_name == "strassen.csv"
    assert places.street_directory().lookup("Karl Marx Allee", 3).district_codes == (63,)
    assert not places.street_directory().knows("Alter Weg")


def test_a_row_the_database_refuses_leaves_the_old_directory(places):
    places.replace_street_ranges([StreetRange("Alter Weg", 90)], "alt.csv")
    with pytest.raises(Exception, match="FOREIGN KEY"):  # district 9999 does not exist
        places.replace_street_ranges(
            [StreetRange("Neuer Weg", 90), StreetRange("Falscher Weg", 9999)], "neu.csv"
        )
    assert [r.street for r in places.street_ranges()] == ["Alter Weg"]
    assert places.street_source().file_name == "alt.csv"


def test_boundaries_per_level(places):
    places.replace_boundaries("district", {63: b"\x01wkb", 62: b"\x01two"}, "bezirke.geojson")
    places.replace_boundaries("ortsteil", {4: b"\x01ot"}, "ortsteile.geojson")
    places.replace_boundaries("district", {63: b"\x01new"}, "bezirke2.geojson")
    assert places.boundaries("district") == {63: b"\x01new"}
    assert places.boundaries("ortsteil") == {4: b"\x01ot"}
    assert places.boundary_source("district").file_name == "bezirke2.geojson"


def test_imported_boundaries_replace_the_schematic_map_and_locate_points(places, store):
    from teilhabe_desktop.core.geometry import to_wkb
    from teilhabe_desktop.core.schematic_map import schematic_cells

    rows = store.db.execute("SELECT code, lat, lon FROM district").fetchall()
    cells = schematic_cells({code: (lat, lon) for code, lat, lon in rows})
    places.replace_boundaries(
        "district", {code: to_wkb(g) for code, g in cells.items()}, "bezirke.geojson"
    )
    assert not places.map_shapes().schematic
    lat, lon = next((lat, lon) for code, lat, lon in rows if code == 83)
    found = places.locator().from_point(lat, lon)
    assert (found.district_code, found.sozialraum_id) == (83, "ost")
