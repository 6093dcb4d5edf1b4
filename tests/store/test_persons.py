"""Persons: saving, finding (umlaut tolerant, filters), review state, deleting for real."""

from __future__ import annotations

from datetime import date

import pytest

from teilhabe_desktop.core.person_query import PersonFilter, ReviewState
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.core.plan_validation import PersonInvalid
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository
from tests.plan_fixtures import make_finalisable

TODAY = date(2026, 3, 1)


@pytest.fixture
def persons(store):
    return PersonRepository(store.db, today=lambda: TODAY)


def test_names_in_any_script_are_stored_and_found(persons):
    persons.save(Person("p1", "Łukasz", "Yılmaz", place="Neulobeda"))
    persons.save(Person("p2", "Олена", "Шевченко", place="Winzerla"))
    persons.save(Person("p3", "Jürgen", "Müller", file_number="AZ-17/2025"))
    assert persons.get("p1").display_name == "Łukasz Yılmaz"
    assert persons.get("p2").first_name == "Олена"
    assert [r.id for r in persons.list(PersonFilter(text="олена"))] == ["p2"]
    assert [r.id for r in persons.list(PersonFilter(text="lukasz"))] == ["p1"]
    for text in ("Mueller", "muller", "Müller", "jürgen müll", "AZ-17"):
        assert [r.id for r in persons.list(PersonFilter(text=text))] == ["p3"], text


def test_home_sozialraum_is_derived_from_the_place_unless_overridden(persons):
    saved = persons.save(Person("p1", "Anna", "Beispiel", place="Lobeda-Ost"))
    assert saved.home_sozialraum_id == "lobeda"
    assert persons.get("p1").home_sozialraum_id == "lobeda"
    persons.save(Person("p2", "Ben", "Beispiel", place="Schlegelsberg"))
    assert persons.get("p2").home_sozialraum_id == "ost"
    persons.save(
        Person(
            "p3",
            "Cem",
            "Beispiel",
            place="Lobeda-Ost",
            home_sozialraum_id="nord",
            home_sozialraum_overridden=True,
        )
    )
    assert persons.get("p3").home_sozialraum_id == "nord"
    persons.save(Person("p4", "Dora", "Beispiel", place="irgendwo"))
    assert persons.get("p4").home_sozialraum_id is None


def test_an_import_keeps_the_home_sozialraum_it_brings(persons):
    # The exporting office may have assigned the district differently: keep its answer.
    imported = Person("p5", "Emil", "Beispiel", place="Löbstedt", home_sozialraum_id="west_zentrum")
    persons.save(imported, derive_home=False)
    assert persons.get("p5").home_sozialraum_id == "west_zentrum"
    with pytest.raises(PersonInvalid):
        persons.save(
            Person("p6", "Fe", "Beispiel", home_sozialraum_id="atlantis"), derive_home=False
        )


def test_person_round_trips_every_field(persons):
    person = Person(
        "p1", "Anna", "Beispiel", date(1980, 2, 29), "AZ 1", "Weg 1", "07743", "Jena",
        "Winzerla", "winzerla", False, "03641 1", "a@example.org", True, True, "Türkisch",
        True, 200, False, "Betreuerin B.", "Schwester", True, date(2025, 5, 1),
        "Frau Schmidt", "03641 2",
    )  # fmt: skip
    persons.save(person)
    assert persons.get("p1") == person


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"first_name": "", "last_name": "  "}, "Vor- oder Nachnamen"),
        ({"last_name": "x" * 100_000}, "zu lang"),
        ({"birth_date": date(2030, 1, 1)}, "Zukunft"),
        ({"birth_date": date(1850, 1, 1)}, "nicht plausibel"),
        ({"postcode": "7743"}, "fünf Ziffern"),
        ({"email": "kein-at-zeichen"}, "E-Mail"),
        ({"walking_distance_m": -5}, "Gehstrecke"),
        ({"home_sozialraum_id": "mars", "home_sozialraum_overridden": True}, "Sozialraum"),
    ],
)
def test_bad_person_input_is_refused_with_a_german_message(persons, changes, message):
    person = Person("p1", "Anna", "Beispiel")
    for name, value in changes.items():
        setattr(person, name, value)
    with pytest.raises(PersonInvalid) as caught:
        persons.save(person)
    assert message in caught.value.message
    assert persons.get("p1") is None


def test_filters_by_sozialraum_caseworker_and_review(store, persons):
    plans = PlanRepository(store.db, today=lambda: TODAY)
    persons.save(Person("a", "Anna", "A", place="Lobeda-Ost", caseworker="Frau Schmidt"))
    persons.save(Person("b", "Ben", "B", place="Jena-Nord", caseworker="Herr Öztürk"))
    persons.save(Person("c", "Cem", "C", place="Winzerla", caseworker="Frau Schmidt"))
    # Ben also uses Lobeda (work): the filter finds him there too.
    plan = plans.draft("b")
    plan.sozialraum_ids.append("lobeda")
    plans.save_draft(plan)
    assert [r.id for r in persons.list(PersonFilter(sozialraum_id="lobeda"))] == ["a", "b"]
    assert [r.id for r in persons.list(PersonFilter(caseworker="Frau Schmidt"))] == ["a", "c"]
    assert persons.caseworkers() == ["Frau Schmidt", "Herr Öztürk"]

    # no finalised plan: no review
    assert {r.review_state for r in persons.list()} == {ReviewState.NONE}
    for pid, review in (("a", date(2026, 2, 1)), ("b", date(2026, 4, 1)), ("c", date(2027, 1, 1))):
        plan = plans.draft(pid)
        plan.review_date = review
        plans.save_draft(plan)
        make_finalisable(store.db, pid)
        if pid == "a":  # finalised before its review date passed
            PlanRepository(store.db, today=lambda: date(2025, 1, 1)).finalise(pid, "Frau S.")
        else:
            plans.finalise(pid, "Frau S.")
    rows = {r.id: r for r in persons.list()}
    assert rows["a"].review_state is ReviewState.OVERDUE
    assert rows["b"].review_state is ReviewState.DUE
    assert rows["c"].review_state is ReviewState.OK
    assert rows["b"].next_review == date(2026, 4, 1)
    assert [r.id for r in persons.list(PersonFilter(review=ReviewState.DUE))] == ["a", "b"]
    assert [r.id for r in persons.list(PersonFilter(review=ReviewState.OVERDUE))] == ["a"]


def test_list_is_sorted_by_last_name(persons):
    persons.save(Person("1", "Zoe", "Özdemir"))
    persons.save(Person("2", "Anna", "Zander"))
    persons.save(Person("3", "Bea", "Albrecht"))
    assert [r.display_name for r in persons.list()] == [
        "Bea Albrecht",
        "Zoe Özdemir",
        "Anna Zander",
    ]


def test_delete_removes_person_plan_and_versions_from_the_file(store, persons, db_path):
    plans = PlanRepository(store.db, today=lambda: TODAY)
    persons.save(Person("p1", "Geheim", "Unverwechselbarname"))
    plan = plans.draft("p1")
    plans.save_draft(plan)
    make_finalisable(store.db, "p1")
    plans.finalise("p1", "Frau S.")
    persons.delete("p1")
    assert persons.get("p1") is None
    for table in ("plan", "plan_version", "plan_wish"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    assert b"Unverwechselbarname" not in data


def test_an_autosave_of_a_deleted_person_does_not_bring_it_back(store):
    from teilhabe_desktop.store.persons import PersonNotFound

    person = Person("p-gone", "Mira", "Beispiel")
    store.persons.save(person)
    assert store.persons.delete("p-gone")
    with pytest.raises(PersonNotFound):
        store.persons.save(person, must_exist=True)
    assert not store.persons.exists("p-gone")
