"""Persons without activity for years: what counts as activity, and the order."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teilhabe_desktop.core.audit import AuditAction
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.session import open_session
from teilhabe_desktop.store.audit import AuditRepository
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository
from tests.plan_fixtures import make_finalisable

CUTOFF = date(2023, 6, 1)
OLD = datetime(2021, 4, 2, 10, 15)


def set_person_updated(db, person_id: str, when: datetime) -> None:
    """Tests only: the person's own change time (the repository takes the clock)."""
    db.execute(
        "UPDATE person SET created_at = ?, updated_at = ? WHERE id = ?",
        [when.isoformat(timespec="seconds")] * 2 + [person_id],
    )


@pytest.fixture
def persons(store):
    return PersonRepository(store.db)


def test_a_person_changed_long_ago_is_listed_with_that_moment(store, persons):
    persons.save(Person("p1", "Mira", "Beispiel", file_number="AZ 1"))
    persons.save(Person("p2", "Ben", "Neu"))
    set_person_updated(store.db, "p1", OLD)
    [listed] = persons.inactive_since(CUTOFF)
    assert (listed.id, listed.display_name, listed.file_number) == ("p1", "Mira Beispiel", "AZ 1")
    assert listed.last_activity == OLD


def test_a_recent_audit_event_keeps_a_person_off_the_list(store, persons):
    persons.save(Person("p1", "Mira", "Beispiel"))
    set_person_updated(store.db, "p1", OLD)
    AuditRepository(store.db, now=lambda: datetime(2024, 1, 5, 8, 0)).record(
        AuditAction.OPENED, "p1"
    )
    assert persons.inactive_since(CUTOFF) == []
    assert [p.last_activity for p in persons.inactive_since(date(2024, 2, 1))] == [
        datetime(2024, 1, 5, 8, 0)
    ]


def test_an_old_audit_event_does_not_count_as_recent(store, persons):
    persons.save(Person("p1", "Mira", "Beispiel"))
    set_person_updated(store.db, "p1", OLD)
    AuditRepository(store.db, now=lambda: datetime(2022, 3, 1, 12, 0)).record(
        AuditAction.PRINTED, "p1", "person draft"
    )
    assert [p.last_activity for p in persons.inactive_since(CUTOFF)] == [
        datetime(2022, 3, 1, 12, 0)
    ]


def test_a_recent_draft_save_or_version_counts(store, persons):
    persons.save(Person("p1", "Mira", "Beispiel"))
    persons.save(Person("p2", "Ben", "Beispiel"))
    for pid in ("p1", "p2"):
        set_person_updated(store.db, pid, OLD)
    PlanRepository(store.db, now=lambda: datetime(2024, 2, 2, 9, 0)).draft("p1")
    PlanRepository(store.db, now=lambda: datetime(2021, 5, 1, 9, 0)).draft("p2")
    assert [p.id for p in persons.inactive_since(CUTOFF)] == ["p2"]
    make_finalisable(store.db, "p2")
    PlanRepository(store.db).finalise("p2", "Frau Schmidt")  # today
    assert persons.inactive_since(CUTOFF) == []


def test_the_longest_inactive_come_first(store, persons):
    for pid, year in (("p1", 2022), ("p2", 2019), ("p3", 2021)):
        persons.save(Person(pid, "Person", pid))
        set_person_updated(store.db, pid, datetime(year, 1, 1))
    assert [p.id for p in persons.inactive_since(CUTOFF)] == ["p2", "p3", "p1"]


def test_the_cutoff_day_itself_is_not_inactive(store, persons):
    persons.save(Person("p1", "Mira", "Beispiel"))
    set_person_updated(store.db, "p1", datetime(2023, 6, 1, 0, 0))
    assert persons.inactive_since(CUTOFF) == []
    set_person_updated(store.db, "p1", datetime(2023, 5, 31, 23, 59, 59))
    assert [p.id for p in persons.inactive_since(CUTOFF)] == ["p1"]


def test_erased_persons_leave_no_entry(store, persons):
    persons.save(Person("p1", "Mira", "Beispiel"))
    set_person_updated(store.db, "p1", OLD)
    persons.delete("p1")
    assert persons.inactive_since(CUTOFF) == []


def test_listed_from_an_encrypted_database(db_path, keys):
    with open_session(db_path, keys=keys) as session:
        session.persons.save(Person("p1", "Mira", "Beispiel"))
        set_person_updated(session.store.db, "p1", OLD)
        assert [p.id for p in session.persons.inactive_since(CUTOFF)] == ["p1"]
