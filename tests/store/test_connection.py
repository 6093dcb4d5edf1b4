"""Every connection gets the PRAGMAs the app relies on for safety."""

from teilhabe_desktop.store.connection import BUSY_TIMEOUT_MS, open_connection


def test_pragmas_on_every_connection(db_path):
    db = open_connection(db_path)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000 == BUSY_TIMEOUT_MS
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    db.conn.close()


def test_driver_brings_fts5_and_sqlcipher(db_path):
    db = open_connection(db_path)
    assert db.execute("PRAGMA cipher_version").fetchone()[0]
    db.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    db.execute("INSERT INTO t VALUES ('Gebärdensprache')")
    assert db.execute("SELECT count(*) FROM t WHERE t MATCH 'gebardensprache'").fetchone()[0] == 1
    db.conn.close()
