"""Migration 0008 over the frozen database of schema 5: plans and versions stay as they
were, the new Gesamtplan fields read as their defaults and can be written and read back."""

from __future__ import annotations

import shutil
from pathlib import Path

from teilhabe_desktop.core.plan import Housing, Participant, ParticipantRole
from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.store.migrations import schema_version

DATA = Path(__file__).resolve().parents[1] / "data"


def test_old_plans_read_with_defaults_and_take_the_new_fields(tmp_path):
    name = "schema_v5.db"  # the frozen file with persons, plans and versions (v1 has none)
    path = tmp_path / name
    shutil.copy(DATA / name, path)
    store = open_database(path)
    try:
        assert schema_version(store.db) >= 8
        persons = store.persons.list()
        assert persons, "the frozen file holds persons"
        for row in persons:
            person = store.persons.get(row.id)
            assert person.housing is None and person.consents == []
            plan = store.plans.draft(row.id)
            assert plan.participants == [] and plan.waivers == {}
            assert all(g.attainment is None for g in plan.goals)
            for version in store.plans.versions(row.id):
                assert version.snapshot.plan.capabilities == []  # frozen as it was
        first = persons[0].id
        person = store.persons.get(first)
        person.housing = Housing.SPECIAL
        store.persons.save(person)
        plan = store.plans.draft(first)
        plan.participants = [Participant("pa-x", "Frau Test", ParticipantRole.GUARDIAN)]
        plan.waivers = {"medical": "keine Gutachten"}
        store.plans.save_draft(plan)
    finally:
        store.close()
    store = open_database(path)
    try:
        assert store.persons.get(first).housing is Housing.SPECIAL
        again = store.plans.draft(first)
        assert again.participants[0].role is ParticipantRole.GUARDIAN
        assert again.waivers == {"medical": "keine Gutachten"}
        assert store.settings.get("authority") == "Stadt Jena, Fachdienst Soziales"
    finally:
        store.close()
