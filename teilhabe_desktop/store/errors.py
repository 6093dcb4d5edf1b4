"""Errors of the database layer, each with a German message for the user.

The driver's own exceptions (sqlcipher3 has its own classes, not ``sqlite3.Error``) are
translated where they leave the driver (:mod:`teilhabe_desktop.store.connection`): a
locked database, a full disk, an I/O error and a damaged file become the errors below.
They are still driver errors too (``except DriverError`` keeps working), and their
messages never quote case content: SQLite's own text is not part of them.
"""

from __future__ import annotations

import sqlcipher3

from teilhabe_desktop.core.errors import UserError

_Operational = sqlcipher3.dbapi2.OperationalError
_Database = sqlcipher3.dbapi2.DatabaseError


class DatabaseOpenError(UserError):
    """The database file cannot be used; the file has not been changed."""


class DatabaseUnusable(DatabaseOpenError):
    """What was the database is empty, cut short, damaged or without its WAL: never
    overwritten, and a backup can be put back in its place."""


class DatabaseFailure(UserError):
    """Something went wrong while working with a usable database."""

    exit_code = 1


class DatabaseLocked(DatabaseFailure, _Operational):
    """Another program holds the database; trying again later may work."""

    retryable = True


class DiskFull(DatabaseFailure, _Operational):
    """The disk (or the user's quota) is full."""

    retryable = True


class DatabaseIOError(DatabaseFailure, _Operational):
    """The operating system could not read or write the file."""

    retryable = True


class DatabaseDamaged(DatabaseFailure, _Database):
    """The file is damaged or not a database (any more)."""

    retryable = False


# SQLite primary result codes (https://sqlite.org/rescode.html); extended codes keep the
# primary code in their low byte.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_IOERR, _SQLITE_CORRUPT = 5, 6, 10, 11
_SQLITE_FULL, _SQLITE_NOTADB = 13, 26

_MESSAGES: dict[int, tuple[type[DatabaseFailure], str]] = {
    _SQLITE_BUSY: (
        DatabaseLocked,
        "Die Datenbank ist gerade von einem anderen Programm gesperrt. "
        "Bitte versuchen Sie es gleich noch einmal.",
    ),
    _SQLITE_FULL: (
        DiskFull,
        "Der Speicherplatz ist voll. Bitte schaffen Sie Platz auf dem Laufwerk der Datenbank.",
    ),
    _SQLITE_IOERR: (
        DatabaseIOError,
        "Die Datenbankdatei kann nicht gelesen oder geschrieben werden "
        "(Ein-/Ausgabefehler des Laufwerks).",
    ),
    _SQLITE_CORRUPT: (
        DatabaseDamaged,
        "Die Datenbankdatei ist beschädigt. Bitte stellen Sie eine Sicherung wieder her.",
    ),
}
_MESSAGES[_SQLITE_LOCKED] = _MESSAGES[_SQLITE_BUSY]
_MESSAGES[_SQLITE_NOTADB] = _MESSAGES[_SQLITE_CORRUPT]


def translate(error: BaseException) -> BaseException:
    """The project's own error for a driver error, or ``error`` itself if it has none."""
    if isinstance(error, DatabaseFailure) or not isinstance(error, _Database):
        return error
    code = getattr(error, "sqlite_errorcode", None)
    entry = _MESSAGES.get(code & 0xFF) if isinstance(code, int) else None
    if entry is None:
        return error
    cls, message = entry
    translated = cls(message)
    translated.sqlite_errorcode = code
    return translated
