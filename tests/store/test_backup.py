"""Backups: complete and verified or none, for the user alone, rotated; restore brings the
backup back and keeps the state before it."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta

import pytest

from teilhabe_desktop import cli
from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import open_session
from teilhabe_desktop.store.backup import BackupInvalid, backups_in, to_keep, verify
from tests.conftest import TEST_PASSPHRASE, data_key
from tests.plan_fixtures import person


def test_backup_restore_round_trip(db_path, tmp_path, capsys):
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        session.persons.save(person("p1"))
    target = tmp_path / "sicherung.db"
    assert cli.main(["backup", str(target), "--db", str(db_path)]) == 0
    assert verify(target, data_key(db_path)) > 0
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        session.persons.delete("p1")
    assert cli.main(["restore", str(target), "--db", str(db_path)]) == 0
    assert "vorige Stand" in capsys.readouterr().out
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        assert session.persons.exists("p1")  # back from the backup
        (_, safety), *_ = backups_in(session.backup_folder)
    with open_session(safety, keys=FixedKeys(TEST_PASSPHRASE)) as before_restore:
        assert not before_restore.persons.exists("p1")  # the state before the restore


def test_a_broken_backup_is_refused_and_nothing_changes(db_path, tmp_path, capsys):
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        session.persons.save(person("p1"))
    broken = tmp_path / "kaputt.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert cli.main(["restore", str(broken), "--db", str(db_path)]) == 2
    assert "Fehler:" in capsys.readouterr().err
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        assert session.persons.exists("p1")
        assert backups_in(session.backup_folder) == []  # nothing was even started
    with pytest.raises(BackupInvalid):
        verify(broken)


def test_default_backups_go_to_the_rotation_folder(db_path):
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        first = session.backup()
        assert first.parent == session.backup_folder
        if os.name == "posix":
            assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
        assert [p for _, p in backups_in(session.backup_folder)] == [first]


def test_rotation_keeps_seven_days_and_four_weeks():
    now = datetime(2026, 12, 2, 18, 0)
    stamps = [now - timedelta(hours=6 * i) for i in range(4 * 60)]  # 60 days, 4 a day
    keep = to_keep(stamps, now)
    days = {s.date() for s in keep}
    assert len([d for d in days if (now.date() - d).days < 7]) == 7
    assert all((now.date() - s.date()).days < 28 for s in keep)  # older ones expire
    # one per day: the newest of that day
    for day in {s.date() for s in keep if (now.date() - s.date()).days < 7}:
        assert max(s for s in stamps if s.date() == day) in keep
    assert len(keep) <= 7 + 4 + 5
    # the five newest are kept even when they are from the same day
    assert set(sorted(stamps, reverse=True)[:5]) <= keep


def test_delete_says_when_the_last_backup_with_the_person_expires(db_path, capsys):
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        session.persons.save(person("p1"))
        session.backup()
    capsys.readouterr()
    assert cli.main(["person", "delete", "p1", "--yes", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    expected = (datetime.now() + timedelta(weeks=4)).strftime("%d.%m.%Y")
    assert "Sicherungen" in out and expected in out


def test_restore_on_the_command_line_repairs_an_unusable_database(db_path, capsys):
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        session.persons.save(person("p1"))
        backup = session.backup()
    db_path.write_bytes(b"")  # what a full disk leaves behind
    assert cli.main(["person", "list", "--db", str(db_path)]) == 2  # refused, untouched
    assert cli.main(["restore", str(backup), "--db", str(db_path)]) == 0
    assert "unbrauchbare Datei" in capsys.readouterr().out
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        assert session.persons.exists("p1")
    kept = list(db_path.parent.glob("teilhabe.db.unbrauchbar-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b""
