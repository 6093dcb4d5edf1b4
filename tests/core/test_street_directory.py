"""Street directory lookups: ranges, odd and even sides, spelling variants, postcodes."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.street_directory import Side, StreetDirectory, StreetRange

DIRECTORY = StreetDirectory(
    [
        # one street, the odd side in one district, the even side in another
        StreetRange("Karl-Marx-Allee", 63, 1, 29, Side.ODD),
        StreetRange("Karl-Marx-Allee", 62, 2, 30, Side.EVEN),
        StreetRange("Karl-Marx-Allee", 131, 31, None, Side.ALL),
        StreetRange("Löbdergraben", 41),
        StreetRange("Hauptstraße", 120, postcode="07743"),
        StreetRange("Hauptstraße", 161, postcode="07751"),
    ]
)


@pytest.mark.parametrize(
    ("number", "district"),
    [(1, 63), (29, 63), (2, 62), (30, 62), (31, 131), (32, 131), (500, 131)],
)
def test_odd_and_even_sides_and_open_ranges(number, district):
    assert DIRECTORY.lookup("Karl-Marx-Allee", number).district_codes == (district,)


def test_a_number_outside_every_range_gives_nothing():
    assert DIRECTORY.lookup("Karl-Marx-Allee", 0).district_codes == ()


def test_without_a_number_a_street_in_several_districts_names_them_all():
    assert set(DIRECTORY.lookup("Karl-Marx-Allee").district_codes) == {63, 62, 131}


@pytest.mark.parametrize("written", ["Loebdergraben", "lobdergraben", "LÖBDERGRABEN"])
def test_spelling_variants_find_the_street(written):
    match = DIRECTORY.lookup(written, 7)
    assert match.district_codes == (41,)
    assert match.street == "Löbdergraben"


@pytest.mark.parametrize(("written", "postcode", "district"), [
    ("Hauptstr.", "07743", 120), ("Hauptstrasse", "07751", 161),
])  # fmt: skip
def test_the_postcode_tells_two_streets_of_one_name_apart(written, postcode, district):
    assert DIRECTORY.lookup(written, 3, postcode).district_codes == (district,)


def test_an_unknown_postcode_does_not_hide_the_street():
    assert set(DIRECTORY.lookup("Hauptstraße", 3, "99999").district_codes) == {120, 161}


def test_unknown_street():
    assert not DIRECTORY.knows("Unter den Linden")
    assert DIRECTORY.lookup("Unter den Linden", 1).ranges == ()


def test_ranges_read_in_german():
    assert StreetRange("A", 1, 1, 29, Side.ODD).numbers == "1–29 (ungerade)"
    assert StreetRange("A", 1).numbers == "alle Hausnummern"
    assert StreetRange("A", 1, 31, None).numbers == "ab 31"
