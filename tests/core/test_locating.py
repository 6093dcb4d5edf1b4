"""District and Sozialraum from street and number first, then the place name, then a point."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.locating import Basis, Locator
from teilhabe_desktop.core.street_directory import Side, StreetDirectory, StreetRange
from teilhabe_desktop.store.reference import ReferenceRepository

STREETS = StreetDirectory(
    [
        StreetRange("Karl-Marx-Allee", 63, 1, 29, Side.ODD),
        StreetRange("Karl-Marx-Allee", 62, 2, 30, Side.EVEN),
        StreetRange("Kahlaische Straße", 90),
        StreetRange("Kahlaische Straße", 30),
        StreetRange("Grenzweg", 44),
        StreetRange("Grenzweg", 12),
    ]
)


@pytest.fixture
def locator(store):
    reference = ReferenceRepository(store.db)
    points = {(50.0, 11.0): 83}
    return Locator(
        reference.place_resolver(),
        reference.districts(),
        STREETS,
        lambda lat, lon: points.get((lat, lon)),
    )


def test_street_and_number_come_first(locator):
    found = locator.locate("Karl-Marx-Allee 12", "07747", place="Winzerla")
    assert found.basis is Basis.STREET
    assert (found.district_code, found.sozialraum_id) == (62, "lobeda")
    assert found.used == "Karl-Marx-Allee 12"
    assert found.candidates[0].label == "Bezirk 62 Lobeda-West"


def test_the_place_name_when_the_street_is_not_in_the_directory(locator):
    found = locator.locate("Unbekannte Gasse 3", place="Lobeda-Ost")
    assert found.basis is Basis.PLACE
    assert (found.district_code, found.sozialraum_id) == (63, "lobeda")


def test_a_number_outside_the_ranges_falls_back_to_the_place_and_says_why(locator):
    assert locator.locate("Karl-Marx-Allee 99", place="Neulobeda").basis is Basis.PLACE
    nothing = locator.locate("Karl-Marx-Allee 99")
    assert not nothing.found
    assert "99" in nothing.note and "Straßenverzeichnis" in nothing.note


def test_a_street_in_two_districts_without_a_number_asks_to_choose(locator):
    found = locator.locate("Karl-Marx-Allee")
    assert found.ambiguous
    assert {c.district_code for c in found.candidates} == {62, 63}
    # both lie in Lobeda: the Sozialraum is clear, the district is not
    assert (found.sozialraum_id, found.district_code) == ("lobeda", None)


def test_two_districts_in_two_sozialraeume_leave_both_open(locator):
    found = locator.locate("Grenzweg")
    assert found.ambiguous and found.sozialraum_id is None
    assert {c.sozialraum_id for c in found.candidates} == {"west_zentrum", "winzerla"}


def test_one_text_as_an_address_or_a_place_name(locator):
    assert locator.locate_text("Karl-Marx-Allee 13, 07747 Jena").district_code == 63
    place = locator.locate_text("Beutenberg (Jena-Süd)")
    assert (place.basis, place.district_code, place.sozialraum_id) == (
        Basis.PLACE,
        12,
        "winzerla",
    )
    assert not locator.locate_text("Berlin").found


def test_an_ortsteil_gives_the_sozialraum_without_a_district(locator):
    found = locator.locate(place="Neulobeda")
    assert (found.sozialraum_id, found.district_code) == ("lobeda", None)
    assert found.candidates[0].label == "Neulobeda"


def test_a_point_by_its_district(locator):
    found = locator.from_point(50.0, 11.0)
    assert (found.basis, found.district_code, found.sozialraum_id) == (Basis.POINT, 83, "ost")
    assert not locator.from_point(10.0, 10.0).found


def test_without_boundaries_a_point_gives_nothing(store):
    reference = ReferenceRepository(store.db)
    locator = Locator(reference.place_resolver(), reference.districts())
    assert not locator.has_boundaries and not locator.has_streets
    assert not locator.from_point(50.9, 11.6).found


def test_coordinates_come_after_the_street_and_before_the_place_name(locator):
    by_point = locator.locate("Unbekannte Gasse 1", place="Winzerla", lat=50.0, lon=11.0)
    assert (by_point.basis, by_point.district_code) == (Basis.POINT, 83)
    by_street = locator.locate("Karl-Marx-Allee 1", place="Winzerla", lat=50.0, lon=11.0)
    assert (by_street.basis, by_street.district_code) == (Basis.STREET, 63)
    outside = locator.locate(place="Winzerla", lat=10.0, lon=10.0)
    assert (outside.basis, outside.district_code) == (Basis.PLACE, 90)
