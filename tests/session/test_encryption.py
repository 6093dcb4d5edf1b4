"""Encryption at rest: every database of real use is encrypted; wrong or missing secrets
change nothing; the recovery key opens it; a plaintext database of 0.1 is converted."""

from __future__ import annotations

import os
import stat

import pytest

from teilhabe_desktop import cli
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import open_session
from teilhabe_desktop.store import keyfile
from teilhabe_desktop.store.database import SQLITE_MAGIC, open_database
from teilhabe_desktop.store.errors import DatabaseOpenError
from teilhabe_desktop.store.keyfile import KeyFileError, Secret, WrongSecret
from tests.conftest import TEST_PASSPHRASE
from tests.plan_fixtures import person

NAME = "Zweifelsfrei-Unverwechselbar"


def _save(session, person_id="p1"):
    session.persons.save(Person(person_id, NAME, "Beispiel"))


def _files(folder):
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _with_name(folder):
    return [p.name for p, data in _files(folder).items() if NAME.encode() in data]


def test_a_new_database_is_encrypted_with_a_private_key_file(db_path, keys):
    with open_session(db_path, keys=keys) as session:
        assert session.encrypted
        _save(session)
        assert _with_name(db_path.parent) == []  # database and WAL while open
        session.backup()
    assert not db_path.read_bytes().startswith(SQLITE_MAGIC)
    key_file = keyfile.key_file_path(db_path)
    assert key_file.exists()
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(keys.recovery_keys) == 1  # shown once
    assert _with_name(db_path.parent) == []  # database, key file, backups
    with open_session(db_path, keys=keys) as session:
        assert NAME in session.persons.get("p1").display_name


def test_the_temp_folder_holds_nothing_of_a_person(tmp_path, monkeypatch, keys):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    db = tmp_path / "daten" / "teilhabe.db"
    db.parent.mkdir()
    with open_session(db, keys=keys) as session:
        _save(session)
        session.backup()
        session.save_plan_pdf("p1", "person", tmp_path / "plan.pdf")
    assert _with_name(temp) == []
    assert _with_name(db.parent) == []


def test_a_wrong_passphrase_changes_no_byte(db_path, keys):
    with open_session(db_path, keys=keys) as session:
        _save(session)
    before = _files(db_path.parent)
    with pytest.raises(WrongSecret) as error:
        open_session(db_path, keys=FixedKeys("eine ganz andere Passphrase"))
    assert error.value.exit_code == 2
    assert NAME not in error.value.message
    after = {p: d for p, d in _files(db_path.parent).items() if not p.name.endswith(".lock")}
    assert after == {p: d for p, d in before.items() if not p.name.endswith(".lock")}


def test_the_command_line_without_a_passphrase_exits_2_and_touches_nothing(
    db_path, monkeypatch, capsys
):
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        _save(session)
    before = _files(db_path.parent)
    monkeypatch.delenv("TEILHABE_PASSPHRASE")
    assert cli.main(["person", "list", "--db", str(db_path)]) == 2
    assert "TEILHABE_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("TEILHABE_PASSPHRASE", "falsch, ganz falsch")
    assert cli.main(["person", "delete", "p1", "--yes", "--db", str(db_path)]) == 2
    assert "nicht richtig" in capsys.readouterr().err
    after = {p: d for p, d in _files(db_path.parent).items() if not p.name.endswith(".lock")}
    assert after == {p: d for p, d in before.items() if not p.name.endswith(".lock")}


def test_a_new_database_without_a_passphrase_is_not_created(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("TEILHABE_PASSPHRASE")
    target = tmp_path / "neu.db"
    assert cli.main(["person", "list", "--db", str(target)]) == 2
    assert not target.exists() and not keyfile.key_file_path(target).exists()


def test_a_too_short_passphrase_is_refused(db_path):
    with pytest.raises(WrongSecret, match="zu kurz"):
        open_session(db_path, keys=FixedKeys("kurz"))
    assert not db_path.exists() and not keyfile.key_file_path(db_path).exists()


def test_the_recovery_key_opens_the_database_however_it_is_typed(db_path, keys, monkeypatch):
    with open_session(db_path, keys=keys) as session:
        _save(session)
    recovery = keys.recovery_keys[0]
    typed = recovery.replace("-", " ").lower()
    monkeypatch.delenv("TEILHABE_PASSPHRASE")
    monkeypatch.setenv("TEILHABE_RECOVERY_KEY", typed)
    assert cli.main(["person", "list", "--db", str(db_path)]) == 0
    with pytest.raises(WrongSecret):
        keyfile.unlock(keyfile.key_file_path(db_path), Secret("A" * 32, recovery=True))


def test_changing_the_passphrase_keeps_data_recovery_key_and_backups(
    db_path, keys, monkeypatch, capsys
):
    with open_session(db_path, keys=keys) as session:
        _save(session)
        backup = session.backup()
    recovery = Secret(keys.recovery_keys[0], recovery=True)
    key_before = keyfile.unlock(keyfile.key_file_path(db_path), recovery)
    monkeypatch.setenv("TEILHABE_NEW_PASSPHRASE", "Ein neuer Satz für das Jahr 2027")
    assert cli.main(["passphrase", "change", "--db", str(db_path)]) == 0
    assert "geändert" in capsys.readouterr().out
    # the same data key: the data was not re-encrypted, the recovery key still opens it
    assert keyfile.unlock(keyfile.key_file_path(db_path), recovery) == key_before
    with pytest.raises(WrongSecret):
        open_session(db_path, keys=keys)  # the old passphrase opens nothing
    with open_session(db_path, keys=FixedKeys("Ein neuer Satz für das Jahr 2027")) as session:
        assert session.persons.exists("p1")
    with pytest.raises(WrongSecret):  # the backup's key file followed
        open_session(backup, keys=keys, writer=False)
    with open_session(backup, keys=FixedKeys("Ein neuer Satz für das Jahr 2027")) as copy:
        assert copy.persons.exists("p1")


def test_a_plaintext_database_of_0_1_is_converted_and_its_plaintext_removed(db_path, keys):
    plain = open_database(db_path)  # as version 0.1 left it
    plain.persons.save(Person("p1", NAME, "Beispiel"))
    plain.close()
    leftover = db_path.with_name(db_path.name + ".v3-20260101-120000.bak")
    leftover.write_bytes(db_path.read_bytes())
    assert _with_name(db_path.parent)  # the test sees the plaintext while it is there
    with open_session(db_path, keys=keys) as session:
        assert session.encrypted
        assert NAME in session.persons.get("p1").display_name
    assert not db_path.read_bytes().startswith(SQLITE_MAGIC)
    assert not leftover.exists()
    assert _with_name(db_path.parent) == []
    assert len(keys.recovery_keys) == 1


def test_an_interrupted_conversion_is_redone_or_finished(db_path, keys):
    plain = open_database(db_path)
    plain.persons.save(person("p1"))
    plain.close()
    # stopped after the pending key file was written, before the file was replaced
    keyfile.create(keyfile.pending_key_file_path(db_path), TEST_PASSPHRASE)
    with open_session(db_path, keys=keys) as session:
        assert session.encrypted and session.persons.exists("p1")
    assert not keyfile.pending_key_file_path(db_path).exists()
    # stopped after the encrypted file was in place, before the key file was renamed
    os.replace(keyfile.key_file_path(db_path), keyfile.pending_key_file_path(db_path))
    with open_session(db_path, keys=keys) as session:
        assert session.persons.exists("p1")
    assert keyfile.key_file_path(db_path).exists()


def test_demo_on_a_new_file_is_unencrypted_and_says_so(db_path, keys):
    with open_session(db_path, keys=keys, demo=True) as session:
        assert not session.encrypted
        assert session.persons.list()
    assert db_path.read_bytes().startswith(SQLITE_MAGIC)
    assert not keyfile.key_file_path(db_path).exists()
    assert keys.recovery_keys == []


def test_demo_on_an_encrypted_database_keeps_it_encrypted(db_path, keys):
    open_session(db_path, keys=keys).close()
    with open_session(db_path, keys=keys, demo=True) as session:
        assert session.encrypted and session.persons.list()


def test_a_key_file_of_another_database_is_explained(tmp_path, keys):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    open_session(first, keys=keys).close()
    open_session(second, keys=keys).close()
    os.replace(keyfile.key_file_path(first), keyfile.key_file_path(second))
    with pytest.raises(DatabaseOpenError, match="anderen Datenbank"):
        open_session(second, keys=keys)


def test_a_damaged_key_file_is_explained(db_path, keys):
    open_session(db_path, keys=keys).close()
    keyfile.key_file_path(db_path).write_text("{kaputt", encoding="utf-8")
    with pytest.raises(KeyFileError, match="beschädigt"):
        open_session(db_path, keys=keys)


def test_a_truncated_encrypted_file_is_refused_unchanged(db_path, keys):
    with open_session(db_path, keys=keys) as session:
        _save(session)
    db_path.write_bytes(db_path.read_bytes()[:50])
    with pytest.raises(DatabaseOpenError, match="abgeschnitten"):
        open_session(db_path, keys=keys)
    assert len(db_path.read_bytes()) == 50


def test_a_missing_key_file_is_explained(db_path, keys):
    open_session(db_path, keys=keys).close()
    keyfile.key_file_path(db_path).unlink()
    with pytest.raises(DatabaseOpenError, match="Schlüsseldatei"):
        open_session(db_path, keys=keys)
    assert not keyfile.key_file_path(db_path).exists()  # never replaced by a new key
