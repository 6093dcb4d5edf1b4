"""Driver errors leave the store as the project's German errors (locked, full, damaged)."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.store.connection import DriverError, open_connection
from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.store.errors import DatabaseDamaged, DatabaseLocked, DiskFull
from tests.plan_fixtures import person


def _hold_write_lock(db_path):
    other = open_connection(db_path)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_locked_database_is_reported_in_german(store, db_path):
    store.db.execute("PRAGMA busy_timeout = 50")
    other = _hold_write_lock(db_path)
    try:
        with pytest.raises(DatabaseLocked) as info:
            store.persons.save(person("p1"))
    finally:
        other.execute("ROLLBACK")
        other.conn.close()
    assert "gesperrt" in info.value.message
    assert isinstance(info.value, DriverError)  # old `except DriverError` still catches it
    store.persons.save(person("p1"))  # once the other program lets go, saving works
    assert store.persons.exists("p1")


def test_a_full_disk_is_reported_in_german(store):
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull, match="Speicherplatz ist voll"):
        for number in range(200):
            store.persons.save(
                person(f"p{number}", street="x" * 300, phone="1" * 60, file_number="A" * 60)
            )


def test_a_damaged_file_is_reported_in_german(tmp_path):
    path = tmp_path / "kaputt.db"
    store = open_database(path)
    store.persons.save(person("p1"))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # every page after the first
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match="beschädigt") as info:
        open_database(path).persons.list()
    assert "Anna" not in info.value.message
    assert isinstance(info.value.__cause__, DatabaseDamaged)
