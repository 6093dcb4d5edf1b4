"""Offers get the same derivation as a person's home on save and import: street and number,
then coordinates (point-in-polygon over imported boundaries), then the place name."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.geometry import to_wkb
from teilhabe_desktop.core.schematic_map import schematic_cells
from teilhabe_desktop.core.street_directory import Side, StreetRange
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.places import PlacesRepository


@pytest.fixture
def places(store):
    return PlacesRepository(store.db)


def test_the_street_directory_places_an_offer(store, places):
    places.replace_street_ranges([StreetRange("Karl-Marx-Allee", 62, 2, 30, Side.EVEN)], "s.csv")
    saved = CatalogueRepository(store.db).save(
        Offer("o1", "Treff", street="Karl-Marx-Allee 20", place="Winzerla")
    )
    assert (saved.sozialraum_id, saved.district_code, saved.ortsteil_id) == ("lobeda", 62, 4)


def test_coordinates_place_an_offer_once_boundaries_are_imported(store, places):
    rows = store.db.execute("SELECT code, lat, lon FROM district").fetchall()
    cells = schematic_cells({code: (lat, lon) for code, lat, lon in rows})
    lat, lon = next((lat, lon) for code, lat, lon in rows if code == 83)
    before = CatalogueRepository(store.db).save(Offer("o1", "Treff", lat=lat, lon=lon))
    assert before.district_code is None
    places.replace_boundaries("district", {c: to_wkb(g) for c, g in cells.items()}, "b.geojson")
    after = CatalogueRepository(store.db).save(Offer("o2", "Treff", lat=lat, lon=lon))
    assert (after.sozialraum_id, after.district_code, after.ortsteil_id) == ("ost", 83, 24)


def test_a_given_sozialraum_is_not_contradicted_by_the_street(store, places):
    places.replace_street_ranges([StreetRange("Karl-Marx-Allee", 62)], "s.csv")
    saved = CatalogueRepository(store.db).save(
        Offer("o1", "Treff", street="Karl-Marx-Allee 20", sozialraum_id="nord", place="Zwätzen")
    )
    assert (saved.sozialraum_id, saved.district_code) == ("nord", 120)


def test_without_directory_and_boundaries_the_place_name_as_before(store):
    saved = CatalogueRepository(store.db).save(Offer("o1", "Treff", place="Schlegelsberg"))
    assert (saved.sozialraum_id, saved.district_code) == ("ost", 83)
