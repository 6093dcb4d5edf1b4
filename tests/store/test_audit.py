"""The audit trail: what was done with a person, by whom and when — never the content;
append-only; an erased person's rows become an anonymous tombstone."""

from __future__ import annotations

import json

import pytest

from teilhabe_desktop import cli
from teilhabe_desktop.core.audit import AuditAction
from teilhabe_desktop.core.plan import Person, Plan, Wish
from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import open_session
from teilhabe_desktop.store.connection import DriverError
from tests.conftest import TEST_PASSPHRASE
from tests.plan_fixtures import make_finalisable

NAME = "Zweifelsfrei-Unverwechselbar"


@pytest.fixture
def saved(db_path):
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        session.persons.save(Person("p1", NAME, "Beispiel"))
        session.plans.save_draft(Plan("p1", wishes=[Wish("w1", "Ich möchte singen.")]))
    return db_path


def test_print_export_import_finalise_are_recorded_without_content(
    saved, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("TEILHABE_EXPORT_PASSPHRASE", "Übergabe an Frau Meier")
    db = ["--db", str(saved)]
    out = tmp_path / "plan.pdf"
    assert cli.main(["plan", "pdf", "p1", "--variant", "formal", "--out", str(out), *db]) == 0
    assert cli.main(["person", "export", "p1", str(tmp_path / "p1.json"), *db]) == 0
    with open_session(saved, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        make_finalisable(session.store.db, "p1")
        session.plans.finalise("p1", by="Sabine Krüger")
    capsys.readouterr()
    assert cli.main(["person", "audit", "p1", "--json", *db]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [e["action"] for e in events] == ["printed", "exported", "finalised"]
    assert events[0]["detail"] == "formal draft"
    assert events[1]["detail"].startswith("person-file encrypted ")
    assert events[2]["app_user"] == "Sabine Krüger" and events[2]["detail"] == "version 1"
    text = json.dumps(events, ensure_ascii=False)
    assert NAME not in text and "singen" not in text
    assert cli.main(["person", "audit", "p1", *db]) == 0
    assert "gedruckt – formal draft" in capsys.readouterr().out


def test_the_trail_cannot_be_changed_or_deleted(saved):
    with open_session(saved, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        session.record(AuditAction.OPENED, "p1")
        db = session.store.db
        with pytest.raises(DriverError, match="append-only"):
            db.execute("DELETE FROM audit_event")
        with pytest.raises(DriverError, match="append-only"):
            db.execute("UPDATE audit_event SET action = 'printed'")
        with pytest.raises(DriverError, match="append-only"):
            db.execute("UPDATE audit_event SET person_id = 'p2'")
        assert [e.action for e in session.audit.for_person("p1")] == [AuditAction.OPENED]


def test_erasure_leaves_an_anonymous_tombstone(saved):
    with open_session(saved, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        session.record(AuditAction.OPENED, "p1")
        session.persons.delete("p1")
        assert session.audit.for_person("p1") == []
        rows = session.store.db.execute(
            "SELECT action, person_id FROM audit_event ORDER BY id"
        ).fetchall()
    assert rows == [("opened", None), ("deleted", None)]
