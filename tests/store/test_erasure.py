"""Deleting a person leaves no trace in the database file or its WAL, also when another
connection was reading meanwhile (then the delete says so and finishes at next open)."""

from __future__ import annotations

from teilhabe_desktop import cli
from teilhabe_desktop.core.plan import Person, Plan, Wish
from teilhabe_desktop.store.connection import open_connection
from teilhabe_desktop.store.database import open_database
from tests.conftest import encryption_key

NAME = "Zweifelsfrei-Unverwechselbar"
WISH = "Ich möchte im Chor der Nachbarschaft singen"


def _traces(folder) -> list[str]:
    found = []
    for file in sorted(folder.iterdir()):
        data = file.read_bytes()
        if NAME.encode() in data or WISH.encode() in data:
            found.append(file.name)
    return found


def _save_person(store) -> None:
    store.persons.save(Person("p-del", NAME, "Beispiel", file_number="AZ-4711"))
    store.plans.save_draft(Plan("p-del", wishes=[Wish("w1", WISH)]))


def test_delete_leaves_nothing_in_database_or_wal(tmp_path):
    store = open_database(tmp_path / "teilhabe.db")
    _save_person(store)
    assert _traces(tmp_path)  # the test can see the data while it is there
    assert store.persons.delete("p-del") is True
    assert _traces(tmp_path) == []
    store.close()


def test_a_reader_delays_the_erasure_and_the_command_says_so(tmp_path, capsys):
    # the encrypted database of real use (the plaintext test above shows the data itself
    # is gone, not only unreadable)
    path = tmp_path / "teilhabe.db"
    store = open_database(path, encryption_key(path))
    _save_person(store)
    store.close()
    reader = open_connection(path, encryption_key(path))
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM person").fetchone()  # holds a snapshot
    try:
        code = cli.main(["person", "delete", "p-del", "--yes", "--db", str(path)])
        err = capsys.readouterr().err
    finally:
        reader.execute("COMMIT")
        reader.conn.close()
    assert code == 1
    assert "noch nicht restlos" in err and NAME not in err
    reopened = open_database(path, encryption_key(path))  # the next open finishes the erasure
    assert not reopened.persons.exists("p-del")
    assert _traces(tmp_path) == []
    reopened.close()


def test_a_checkpoint_that_must_not_wait_reports_a_busy_writer_and_keeps_the_timeout(
    tmp_path,
):
    from teilhabe_desktop.store.connection import BUSY_TIMEOUT_MS, checkpoint

    path = tmp_path / "teilhabe.db"
    store = open_database(path)
    _save_person(store)
    writer = open_connection(path)
    writer.execute("BEGIN IMMEDIATE")  # another program is writing right now
    try:
        assert checkpoint(store.db, wait=False) is False  # gave up, reported honestly
    finally:
        writer.execute("ROLLBACK")
        writer.conn.close()
    # later saves still wait for a lock as long as before
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    assert checkpoint(store.db, wait=False) is True  # free again: it completes
    store.close()
