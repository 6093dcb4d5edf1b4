"""Opening connections. Every connection of the app is made by :func:`open_connection`.

The driver is sqlcipher3 from the start: it brings a modern SQLite with FTS5 on every
platform and makes encryption at rest possible. Without a key the file is a plain
SQLite database.

Errors leave the driver translated (:func:`teilhabe_desktop.store.errors.translate`):
the connection and its cursors raise the project's German errors for a locked
database, a full disk, an I/O error or a damaged file, wherever a statement runs or a
row is fetched.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from teilhabe_desktop.store.errors import translate
from teilhabe_desktop.store.sql import Database

#: Exceptions of the driver. sqlcipher3 raises its own classes, not ``sqlite3.Error``.
DriverError = sqlcipher3.dbapi2.Error
DriverDatabaseError = sqlcipher3.dbapi2.DatabaseError
IntegrityError = sqlcipher3.dbapi2.IntegrityError

BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA secure_delete = ON",
)


_Cursor = sqlcipher3.dbapi2.Cursor
_Connection = sqlcipher3.dbapi2.Connection


class _TranslatingCursor(_Cursor):
    def execute(self, *args):
        try:
            return super().execute(*args)
        except DriverError as error:
            raise translate(error) from error

    def executemany(self, *args):
        try:
            return super().executemany(*args)
        except DriverError as error:
            raise translate(error) from error

    def executescript(self, *args):
        try:
            return super().executescript(*args)
        except DriverError as error:
            raise translate(error) from error

    def fetchone(self):
        try:
            return super().fetchone()
        except DriverError as error:
            raise translate(error) from error

    def fetchmany(self, *args):
        try:
            return super().fetchmany(*args)
        except DriverError as error:
            raise translate(error) from error

    def fetchall(self):
        try:
            return super().fetchall()
        except DriverError as error:
            raise translate(error) from error

    def __next__(self):
        try:
            return super().__next__()
        except DriverError as error:
            raise translate(error) from error


class _TranslatingConnection(_Connection):
    """A driver connection whose statements raise the project's own errors."""

    def cursor(self, factory=_TranslatingCursor):
        return super().cursor(factory)

    def commit(self):
        try:
            return super().commit()
        except DriverError as error:
            raise translate(error) from error


def key_literal(key: bytes) -> str:
    """A raw 256-bit data key as SQLCipher takes it (its own derivation is skipped)."""
    if len(key) != 32:
        raise ValueError("a data key has 32 bytes")
    return f"\"x'{key.hex()}'\""


def open_connection(path: Path | str, key: bytes | None = None) -> Database:
    """Open ``path`` (or ``":memory:"``) and apply the PRAGMAs every connection needs.

    With ``key`` (the raw data key of :mod:`~teilhabe_desktop.store.keyfile`) the file is
    encrypted by SQLCipher, its WAL too. Returns a :class:`~teilhabe_desktop.store.sql.Database` in
    driver autocommit mode: transactions are explicit, through ``Database.atomic()``.
    """
    conn = sqlcipher3.connect(
        str(path),
        isolation_level=None,
        check_same_thread=False,
        factory=_TranslatingConnection,
    )
    try:
        # SQLCipher would log a failed page check to stderr: the error is ours to report
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = {key_literal(key)}")
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return Database(conn)


def checkpoint(db: Database, wait: bool = True) -> bool:
    """Copy the WAL into the main file and empty it; True if that completed (a reader
    still holding an older snapshot makes it incomplete). With ``wait=False`` it gives
    up at once instead of waiting ``busy_timeout`` for other connections."""
    if not wait:
        timeout = int(db.execute("PRAGMA busy_timeout").fetchone()[0])
        db.execute("PRAGMA busy_timeout = 0")
    try:
        busy, frames, done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        if not wait:
            db.execute(f"PRAGMA busy_timeout = {timeout}")
    return busy == 0 and frames in (-1, 0, done)


def open_immutable(path: Path):
    """A raw read-only connection that never writes, locks or creates anything."""
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlcipher3.connect(uri, uri=True)
