"""``teilhabe-desktop person retention``: persons without activity for years."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from teilhabe_desktop.cli import main
from teilhabe_desktop.commands import retention
from teilhabe_desktop.core.audit import AuditAction
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.session import open_session
from teilhabe_desktop.store.audit import AuditRepository
from teilhabe_desktop.store.database import open_database
from tests.conftest import encryption_key

TODAY = date(2026, 7, 1)


def set_person_updated(db, person_id: str, when: datetime) -> None:
    """Tests only: the person's own change time (the repository takes the clock)."""
    db.execute(
        "UPDATE person SET created_at = ?, updated_at = ? WHERE id = ?",
        [when.isoformat(timespec="seconds")] * 2 + [person_id],
    )


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(retention, "today", lambda: TODAY)


@pytest.fixture
def db(db_path):
    store = open_database(db_path, encryption_key(db_path))
    store.persons.save(Person("p1", "Олена", "Шевченко", file_number="AZ 1"))
    store.persons.save(Person("p2", "Jürgen", "Ärmel"))
    store.persons.save(Person("p3", "Anna", "Aktiv"))
    set_person_updated(store.db, "p1", datetime(2022, 3, 4, 9, 0))
    set_person_updated(store.db, "p2", datetime(2018, 1, 2, 9, 0))
    set_person_updated(store.db, "p3", datetime(2019, 1, 2, 9, 0))
    AuditRepository(store.db, now=lambda: datetime(2025, 11, 3, 14, 0)).record(
        AuditAction.OPENED, "p3"
    )
    store.close()
    return db_path


def test_lists_the_inactive_longest_first(db, capsys):
    assert main(["person", "retention", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("  ") == [
        "p2", "Jürgen Ärmel", "–", "letzte Aktivität 02.01.2018", "seit 8 Jahren",
    ]  # fmt: skip
    assert lines[1].split("  ") == [
        "p1", "Олена Шевченко", "AZ 1", "letzte Aktivität 04.03.2022", "seit 4 Jahren",
    ]  # fmt: skip
    assert "p3" not in "\n".join(lines)  # opened last November
    assert lines[2].startswith("2 Person(en) ohne Aktivität seit 3 Jahren")


def test_json_is_stable_and_complete(db, capsys):
    assert main(["person", "retention", "--years", "5", "--json", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "id": "p2",
            "name": "Jürgen Ärmel",
            "file_number": "",
            "last_activity": "2018-01-02T09:00:00",
            "years_since": 8,
        }
    ]


def test_nobody_inactive_says_so(db, capsys):
    assert main(["person", "retention", "--years", "10", "--db", str(db)]) == 0
    assert capsys.readouterr().out == (
        "Keine Person ist seit 10 Jahren oder länger ohne Aktivität.\n"
    )
    assert main(["person", "retention", "--years", "10", "--json", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize("years", ["0", "-2", "drei", "2.5", ""])
def test_years_must_be_a_positive_whole_number(db, years, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["person", "retention", f"--years={years}", "--db", str(db)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "--years" in err and "ganze Zahl ab 1" in err
    assert "argument" not in err  # German only


def test_reads_beside_an_open_window(db, keys, capsys):
    with open_session(db, keys=keys):  # holds the writer lock, as the GUI does
        assert main(["person", "retention", "--db", str(db)]) == 0
    assert "Jürgen Ärmel" in capsys.readouterr().out
