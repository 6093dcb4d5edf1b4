"""A database whose WAL went missing is refused (and a backup offered); a crash, a clean
close or a reading command after a crash is no such case."""

from __future__ import annotations

import shutil

import pytest

from teilhabe_desktop import cli
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.session import open_session
from teilhabe_desktop.store.errors import DatabaseUnusable


def _copy(files, target):
    target.mkdir()
    for file in files:
        if file.exists():
            shutil.copy2(file, target / file.name)
    return target / "teilhabe.db"


def _parts(db_path, *suffixes):
    return [db_path.with_name(db_path.name + s) for s in ("", ".key", *suffixes)]


def test_a_file_copied_without_its_wal_while_open_is_refused(tmp_path, db_path, keys):
    session = open_session(db_path, keys=keys)  # stays open: as if it had crashed
    try:
        session.persons.save(Person("p1", "Mira", "Beispiel"))
        assert db_path.with_name("teilhabe.db-wal").exists()
        copied = _copy(_parts(db_path), tmp_path / "ohne-wal")
    finally:
        session.close()
    before = copied.read_bytes()
    with pytest.raises(DatabaseUnusable, match="-wal"):
        open_session(copied, keys=keys)
    assert copied.read_bytes() == before  # nothing used, nothing changed


def test_a_crash_leaves_the_wal_and_nothing_is_missing(tmp_path, db_path, keys):
    session = open_session(db_path, keys=keys)
    try:
        session.persons.save(Person("p1", "Mira", "Beispiel"))
        copied = _copy(_parts(db_path, "-wal"), tmp_path / "mit-wal")
    finally:
        session.close()
    with open_session(copied, keys=keys) as reopened:
        assert reopened.persons.exists("p1")


def test_after_a_clean_close_the_file_alone_is_complete(tmp_path, db_path, keys):
    with open_session(db_path, keys=keys) as session:
        session.persons.save(Person("p1", "Mira", "Beispiel"))
    copied = _copy(_parts(db_path), tmp_path / "sauber")
    with open_session(copied, keys=keys) as reopened:
        assert reopened.persons.exists("p1")


def test_a_reading_command_after_a_crash_does_not_make_a_false_alarm(tmp_path, db_path, keys):
    session = open_session(db_path, keys=keys)
    try:
        session.persons.save(Person("p1", "Mira", "Beispiel"))
        crashed = _copy(_parts(db_path, "-wal"), tmp_path / "nach-absturz")
    finally:
        session.close()
    assert cli.main(["person", "list", "--db", str(crashed)]) == 0  # merges, removes WAL
    assert not crashed.with_name("teilhabe.db-wal").exists()
    with open_session(crashed, keys=keys) as reopened:
        assert reopened.persons.exists("p1")
