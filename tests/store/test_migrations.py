"""Migrations: from empty, from every frozen file, atomic, and idempotent on re-open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from teilhabe_desktop.store.connection import DriverError, open_connection, open_immutable
from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.store.migrations import (
    apply_migrations,
    available_migrations,
    latest_version,
    pending_migrations,
    schema_version,
)
from teilhabe_desktop.store.plans import damaged_versions

FROZEN = sorted((Path(__file__).resolve().parents[1] / "data").glob("schema_v*.db"))


def frozen_version(path: Path) -> int:
    """The schema version in a frozen file's name (``schema_v5.db`` -> 5)."""
    return int(path.stem.removeprefix("schema_v"))


def dump(db) -> list:
    """Schema, user_version and every row of every table, in a stable order."""
    schema = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1, 2"
    ).fetchall()  # sqlite_stat1 holds SQLite's own query statistics (PRAGMA optimize)
    rows = {
        name: db.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
        for (kind, name, _) in schema
        if kind == "table" and not name.startswith("sqlite_")
    }
    return [schema_version(db), schema, rows]


def test_new_database_gets_latest_schema_and_reference_data(db_path):
    store = open_database(db_path)
    assert schema_version(store.db) == latest_version()
    assert store.db.execute("SELECT count(*) FROM district").fetchone()[0] == 41
    assert store.db.execute("SELECT count(*) FROM ortsteil").fetchone()[0] == 30
    assert store.db.execute("SELECT count(*) FROM sozialraum").fetchone()[0] == 5
    assert store.db.execute("SELECT count(*) FROM life_domain").fetchone()[0] == 9
    assert store.backup_path is None  # nothing to back up in a new file
    store.close()


def test_reopening_changes_nothing(db_path):
    first = open_database(db_path)
    before = dump(first.db)
    first.close()
    second = open_database(db_path)
    assert dump(second.db) == before
    assert second.backup_path is None
    second.close()


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda path: path.name)
def test_every_frozen_database_migrates_and_is_backed_up(tmp_path, frozen):
    version = frozen_version(frozen)
    path = tmp_path / "old.db"
    shutil.copy(frozen, path)
    store = open_database(path)
    assert schema_version(store.db) == latest_version()
    # the reference data is still there, unchanged in count
    assert store.db.execute("SELECT count(*) FROM district").fetchone()[0] == 41
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # every person, draft and finalised version still reads, every checksum verifies
    assert damaged_versions(store.db) == []
    for person in store.persons.list():
        assert store.persons.get(person.id) is not None
        store.plans.draft(person.id)
        for number in store.plans.version_numbers(person.id):
            store.plans.version(person.id, number)
    for (offer_id,) in store.db.execute("SELECT id FROM offer").fetchall():
        assert store.catalogue.get(offer_id) is not None
    store.close()
    if latest_version() > version:
        assert store.backup_path is not None and store.backup_path.exists()
        backup = open_connection(store.backup_path)
        assert schema_version(backup) == version
        # the backup holds exactly what the file held before the migration
        before = open_immutable(frozen)
        try:
            assert dump(backup) == dump(before)
        finally:
            before.close()
        backup.conn.close()


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda path: path.name)
def test_each_frozen_file_itself_has_the_version_of_its_name(frozen):
    db = open_connection(":memory:")
    db.execute("ATTACH DATABASE ? AS frozen", [f"file:{frozen}?mode=ro&immutable=1"])
    assert db.execute("PRAGMA frozen.user_version").fetchone()[0] == frozen_version(frozen)
    db.conn.close()


def test_there_is_a_frozen_database_of_version_1_and_5():
    assert {frozen_version(path) for path in FROZEN} >= {1, 5}


def test_a_failing_migration_applies_nothing(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    shutil.copy(available_migrations()[0].path, folder)
    (folder / "0002_broken.sql").write_text(
        "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n",
        encoding="utf-8",
    )
    db = open_connection(tmp_path / "t.db")
    with pytest.raises(DriverError):
        apply_migrations(db, pending_migrations(db, folder))
    assert schema_version(db) == 0
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables
    assert "district" not in tables
    db.conn.close()


def test_a_gap_in_the_migration_files_is_refused(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    shipped = available_migrations()
    shutil.copy(shipped[0].path, folder)
    shutil.copy(shipped[2].path, folder)  # 0002 missing: a schema would be skipped
    with pytest.raises(RuntimeError, match="without gaps"):
        available_migrations(folder)


def test_migrations_run_without_foreign_keys_and_restore_them(tmp_path):
    db = open_connection(tmp_path / "t.db")
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    apply_migrations(db, pending_migrations(db))
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.conn.close()


def test_migrations_refuse_to_run_inside_an_open_transaction(tmp_path):
    db = open_connection(tmp_path / "t.db")
    db.conn.execute("BEGIN")
    with pytest.raises(RuntimeError, match="open transaction"):
        apply_migrations(db, pending_migrations(db))
    db.conn.execute("ROLLBACK")
    assert schema_version(db) == 0
    db.conn.close()
