"""Person exchange file: byte-identical round trip, all-or-nothing import, clear errors."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.plan import GoalStatus
from teilhabe_desktop.exchange.person_json import (
    PersonFileError,
    export_person,
    import_person,
)
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PersonNotFound, PlanRepository
from tests.plan_fixtures import full_person, full_plan, person

TODAY = date(2026, 3, 1)


@pytest.fixture
def filled(store):
    CatalogueRepository(store.db).save(Offer("o1", "Tierheim Jena", life_domains=["d8"]))
    persons = PersonRepository(store.db, today=lambda: TODAY)
    plans = PlanRepository(store.db, today=lambda: TODAY, now=lambda: datetime(2026, 3, 1, 9))
    who = full_person()
    who.first_name, who.last_name = "Łukasz", "Yılmaz"
    persons.save(who)
    plans.save_draft(full_plan(offer_id="o1"))
    plans.finalise("p1", "Frau Schmidt")
    draft = plans.draft("p1")
    draft.goals[0].status = GoalStatus.ACHIEVED
    draft.services[0].hours_per_week = 3.0
    plans.save_draft(draft)
    plans.finalise("p1", "Herr Öztürk")
    draft.wishes[0].text = "Ich möchte mit Tieren arbeiten – am liebsten mit Pferden."
    plans.save_draft(draft)
    return store


def test_export_import_export_is_byte_identical(filled, tmp_path):
    first = tmp_path / "person.json"
    export_person(filled, "p1", first)
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["format"] == "teilhabe-desktop-person"
    assert [v["number"] for v in data["versions"]] == [1, 2]
    assert data["person"]["first_name"] == "Łukasz"
    assert "Łukasz" in first.read_text(encoding="utf-8")  # readable, not \\u-escaped

    PersonRepository(filled.db).delete("p1")
    imported = import_person(filled, first)
    assert imported.display_name == "Łukasz Yılmaz"
    second = tmp_path / "again.json"
    export_person(filled, "p1", second)
    assert second.read_bytes() == first.read_bytes()
    plans = PlanRepository(filled.db)
    assert plans.version("p1", 1).snapshot.plan.goals[0].status is GoalStatus.IN_PROGRESS
    assert plans.draft("p1").wishes[0].text.endswith("Pferden.")


def test_importing_a_person_that_exists_is_refused(filled, tmp_path):
    path = tmp_path / "p.json"
    export_person(filled, "p1", path)
    with pytest.raises(PersonFileError, match="bereits vorhanden"):
        import_person(filled, path)


def test_import_is_all_or_nothing(filled, tmp_path):
    path = tmp_path / "p.json"
    export_person(filled, "p1", path)
    PersonRepository(filled.db).delete("p1")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["versions"][1]["snapshot"]["plan"]["goals"][0]["target_date"] = "2026-02-30"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PersonFileError, match=r"versions\[1\].snapshot.plan.goals\[0\]"):
        import_person(filled, path)
    assert PersonRepository(filled.db).get("p1") is None
    # a linked offer missing from this catalogue: named, nothing stored
    data = json.loads(path.read_text(encoding="utf-8"))
    data["versions"][1]["snapshot"]["plan"]["goals"][0]["target_date"] = "2026-02-28"
    data["plan"]["offer_links"][0]["offer_id"] = "fehlt-hier"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PersonFileError, match=r"fehlt-hier.*nichts gespeichert"):
        import_person(filled, path)
    assert PersonRepository(filled.db).get("p1") is None
    assert filled.db.execute("SELECT count(*) FROM plan_version").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "kein g\u00fcltiges JSON"),
        (b"{nope", "kein g\u00fcltiges JSON \\(Zeile 1"),
        (b"\xff\xfe\x00", "keine UTF-8-Textdatei"),
        (b"[1, 2]", "keine Personendatei"),
        (b'{"format": "teilhabe-desktop-person", "format_version": 99}', "neueren Version"),
        (b'{"format": "teilhabe-desktop-person", "format_version": 1, "person": 5}', "Objekt"),
        (
            b'{"format": "teilhabe-desktop-person", "format_version": 1, '
            b'"person": {"id": "x", "first_name": "A", "last_name": "B"}, "plan": null, '
            b'"versions": [{"number": 2}]}',
            "1, 2, 3",
        ),
        (b"[" * 100_000, "JSON|verschachtelt"),
    ],
)
def test_bad_files_give_clear_german_errors(store, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(PersonFileError, match=message):
        import_person(store, path)
    assert PersonRepository(store.db).list() == []


def test_missing_file_and_unknown_person(store, tmp_path):
    with pytest.raises(PersonFileError, match="gibt es nicht"):
        import_person(store, tmp_path / "nope.json")
    with pytest.raises(PersonNotFound):
        export_person(store, "nobody", tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_a_person_without_a_plan_round_trips(store, tmp_path):
    PersonRepository(store.db).save(person("solo"))
    path = tmp_path / "solo.json"
    export_person(store, "solo", path)
    assert json.loads(path.read_text(encoding="utf-8"))["plan"] is None
    PersonRepository(store.db).delete("solo")
    import_person(store, path)
    again = tmp_path / "again.json"
    export_person(store, "solo", again)
    assert again.read_bytes() == path.read_bytes()


def test_the_gesamtplan_fields_travel_and_a_format_2_file_still_imports(filled, tmp_path):
    path = tmp_path / "person.json"
    export_person(filled, "p1", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == 4
    assert data["person"]["housing"] == "special_housing" and data["person"]["care_level"] == 2
    assert data["plan"]["waivers"] == {"medical": "keine Gutachten vorhanden"}
    assert data["plan"]["capabilities"][3] == {
        "id": "d4", "qualifier": 4, "description": "Beschreibung d4"
    }  # fmt: skip
    assert data["versions"][0]["snapshot"]["plan"]["participants"][1]["role"] == "doctor"
    # a file of format 2 knew none of these: it imports with their defaults
    for key in ("housing", "care_level", "consents"):
        del data["person"][key]
    for key in ("authority", "participants", "capabilities", "waivers", "lump_sum_choice"):
        del data["plan"][key]
    data["format_version"] = 2
    del data["offers"]  # format 4
    data["versions"] = []
    old = tmp_path / "format2.json"
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    PersonRepository(filled.db).delete("p1")
    person = import_person(filled, old)
    assert person.housing is None and person.consents == []
    plan = PlanRepository(filled.db).draft("p1")
    assert plan.participants == [] and plan.waivers == {} and plan.authority == ""
    assert plan.wishes[0].text.startswith("Ich möchte mit Tieren arbeiten")
