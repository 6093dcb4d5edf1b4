"""Bad database paths: a clear German message, and the file stays byte-for-byte untouched."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from pathlib import Path

import pytest

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.store.errors import DatabaseOpenError
from teilhabe_desktop.store.migrations import latest_version


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def make_text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("Das ist keine Datenbank, sondern ein Brief.\n" * 50, encoding="utf-8")
    return path


def make_newer_database(tmp_path: Path) -> Path:
    path = tmp_path / "newer.db"
    store = open_database(path)
    store.db.execute(f"PRAGMA user_version = {latest_version() + 5}")
    store.close()
    return path


def make_foreign_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "browser.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('x')")
    conn.commit()
    conn.close()
    return path


def make_read_only(tmp_path: Path) -> Path:
    path = tmp_path / "readonly.db"
    open_database(path).close()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (make_text_file, "kein SQLite-Format"),
        (make_newer_database, "neueren Version"),
        (make_foreign_sqlite, "nicht von Teilhabe Desktop"),
        (make_read_only, "schreibgeschützt"),
    ],
    ids=["not-sqlite", "newer-schema", "foreign-sqlite", "read-only"],
)
def test_bad_file_is_refused_and_untouched(tmp_path, make, words):
    path = make(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert words in info.value.message
    assert str(path) in info.value.message
    assert snapshot(tmp_path) == before  # no byte changed, no -wal/-shm/backup left behind


def test_directory_is_refused(tmp_path):
    with pytest.raises(DatabaseOpenError, match="ist ein Ordner"):
        open_database(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseOpenError, match="existiert nicht"):
        open_database(tmp_path / "gibt-es-nicht" / "t.db")
    assert list(tmp_path.iterdir()) == []


def test_folder_without_write_permission_is_refused(tmp_path, monkeypatch):
    # os.access is faked: chmod does not stop root, who runs CI.
    folder = tmp_path / "locked"
    folder.mkdir()
    real_access = os.access

    def no_write_in_folder(path, mode, *args, **kwargs):
        if Path(path) == folder and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr("teilhabe_desktop.store.database.os.access", no_write_in_folder)
    with pytest.raises(
        DatabaseOpenError, match=re.escape(f"Keine Schreibberechtigung im Ordner „{folder}“")
    ):
        open_database(folder / "t.db")
    assert list(folder.iterdir()) == []


def test_a_zero_byte_file_is_refused_and_left_as_it_is(tmp_path):
    path = tmp_path / "teilhabe.db"
    path.touch()  # what a failed copy or a full disk leaves where a database was
    with pytest.raises(DatabaseOpenError, match="leer"):
        open_database(path)
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["teilhabe.db"]


def test_a_wal_without_its_database_is_refused(tmp_path):
    path = tmp_path / "teilhabe.db"
    store = open_database(path)
    store.close()
    path.with_name("teilhabe.db-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 28)
    path.unlink()  # the main file went missing, its WAL is still there
    with pytest.raises(DatabaseOpenError, match="Änderungsdatei"):
        open_database(path)
    assert not path.exists()


def test_database_files_are_for_the_user_alone(tmp_path):
    import os
    import stat

    path = tmp_path / "teilhabe.db"
    path.write_bytes(b"")
    path.unlink()
    store = open_database(path)
    try:
        store.db.execute("CREATE TABLE probe(x)")
        for name in ("teilhabe.db", "teilhabe.db-wal", "teilhabe.db-shm"):
            file = tmp_path / name
            if os.name == "posix" and file.exists():
                assert stat.S_IMODE(file.stat().st_mode) == 0o600, name
    finally:
        store.close()


def test_damaged_database_gives_a_message(tmp_path):
    path = tmp_path / "damaged.db"
    open_database(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # destroy the schema page after the header
    path.write_bytes(bytes(data))
    with pytest.raises(UserError) as info:
        open_database(path)
    assert "Datenbank" in info.value.message
