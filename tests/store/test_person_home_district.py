"""The person's home district and Sozialraum: street and number first, then the place name."""

from __future__ import annotations

from datetime import date

import pytest

from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.core.plan_validation import PersonInvalid
from teilhabe_desktop.core.street_directory import Side, StreetRange
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.places import PlacesRepository


@pytest.fixture
def persons(store):
    PlacesRepository(store.db).replace_street_ranges(
        [
            StreetRange("Karl-Marx-Allee", 63, 1, 29, Side.ODD),
            StreetRange("Karl-Marx-Allee", 62, 2, 30, Side.EVEN),
        ],
        "strassen.csv",
    )
    return PersonRepository(store.db, today=lambda: date(2026, 3, 1))


def test_the_street_wins_over_the_place_name(persons):
    persons.save(Person("p1", "A", "B", street="Karl-Marx-Allee 12", place="Winzerla"))
    saved = persons.get("p1")
    assert (saved.home_district_code, saved.home_sozialraum_id) == (62, "lobeda")


def test_the_place_name_where_the_street_is_unknown(persons):
    persons.save(Person("p1", "A", "B", street="Kahlaische Str. 4", place="Jena-Süd (Ringwiese)"))
    saved = persons.get("p1")
    assert (saved.home_district_code, saved.home_sozialraum_id) == (22, "winzerla")


def test_a_choice_by_hand_is_kept(persons):
    chosen = Person(
        "p1",
        "A",
        "B",
        street="Karl-Marx-Allee",
        home_sozialraum_id="lobeda",
        home_district_code=63,
        home_sozialraum_overridden=True,
    )
    persons.save(chosen)
    saved = persons.get("p1")
    assert (saved.home_district_code, saved.home_sozialraum_id) == (63, "lobeda")


def test_an_unknown_district_is_refused(persons):
    bad = Person("p1", "A", "B", home_district_code=9999)
    with pytest.raises(PersonInvalid, match="Bezirk"):
        persons.save(bad, derive_home=False)
    assert persons.get("p1") is None
