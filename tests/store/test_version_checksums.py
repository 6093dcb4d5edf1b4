"""A finalised version carries the checksum of its snapshot: a version changed outside
the app is refused for printing and found by `check`; older versions get theirs."""

from __future__ import annotations

import pytest

from teilhabe_desktop import cli
from teilhabe_desktop.core.plan import Person, Plan, Wish
from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import open_session
from teilhabe_desktop.store.connection import DriverError
from teilhabe_desktop.store.plans import VersionDamaged
from tests.conftest import TEST_PASSPHRASE
from tests.plan_fixtures import make_finalisable


@pytest.fixture
def finalised(db_path):
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        session.persons.save(Person("p1", "Anna", "Beispiel"))
        session.plans.save_draft(Plan("p1", wishes=[Wish("w1", "Ich möchte singen.")]))
        make_finalisable(session.store.db, "p1")
        session.plans.finalise("p1", by="Sabine Krüger")
    return db_path


def _tamper(session) -> None:
    db = session.store.db
    db.execute("DROP TRIGGER plan_version_frozen_update")  # what an outside tool can do
    db.execute("UPDATE plan_version SET snapshot = replace(snapshot, 'singen', 'tanzen')")


def test_an_intact_version_prints(finalised, tmp_path):
    out = tmp_path / "v1.pdf"
    args = ["plan", "pdf", "p1", "--variant", "formal", "--version", "1", "--out", str(out)]
    assert cli.main([*args, "--db", str(finalised)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_a_changed_version_is_refused_for_printing_and_found_by_check(finalised, tmp_path, capsys):
    with open_session(finalised, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        _tamper(session)
        with pytest.raises(VersionDamaged):
            session.plans.version("p1", 1)
    out = tmp_path / "v1.pdf"
    args = ["plan", "pdf", "p1", "--variant", "person", "--version", "1", "--out", str(out)]
    assert cli.main([*args, "--db", str(finalised)]) == 1
    assert "Prüfsumme" in capsys.readouterr().err
    assert not out.exists()
    assert cli.main(["check", "--db", str(finalised)]) == 1
    assert "Prüfsumme stimmt nicht" in capsys.readouterr().out


def test_the_checksum_itself_cannot_be_changed(finalised):
    with (
        open_session(finalised, keys=FixedKeys(TEST_PASSPHRASE)) as session,
        pytest.raises(DriverError),
    ):
        session.store.db.execute("UPDATE plan_version SET snapshot_sha256 = 'x'")


def test_versions_frozen_before_checksums_get_theirs_at_open(finalised):
    from teilhabe_desktop.store.plans import snapshot_checksum

    with open_session(finalised, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        db = session.store.db
        db.execute("DROP TRIGGER plan_version_frozen_update")
        db.execute("UPDATE plan_version SET snapshot_sha256 = NULL")  # as before 0005
    with open_session(finalised, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        frozen, checksum = session.store.db.execute(
            "SELECT snapshot, snapshot_sha256 FROM plan_version"
        ).fetchone()
    assert checksum == snapshot_checksum(frozen)
