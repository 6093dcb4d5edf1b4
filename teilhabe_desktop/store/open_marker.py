"""Whether a writing session left the database open: how a missing WAL is recognised.

A writing session writes ``left_open = '1'`` at open and checkpoints it into the main
file, and writes ``'0'`` at a clean close (after which SQLite removes the WAL). So a
main file that says ``'1'`` while no WAL lies beside it has lost its WAL, and with it
the newest changes. A crash leaves the WAL in place: that is no loss, SQLite recovers it.
"""

from __future__ import annotations

from teilhabe_desktop.store.sql import Database

_KEY = "left_open"


def _has_table(db: Database) -> bool:
    return bool(
        db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'app_state'"
        ).fetchone()
    )


def left_open(db: Database) -> bool:
    if not _has_table(db):
        return False
    row = db.execute("SELECT value FROM app_state WHERE key = ?", [_KEY]).fetchone()
    return bool(row) and row[0] == "1"


def _set(db: Database, value: str) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO app_state (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [_KEY, value],
        )


def mark_open(db: Database) -> None:
    """The caller checkpoints afterwards, so the mark reaches the main file: a lost WAL
    must not take the mark with it."""
    _set(db, "1")


def mark_closed(db: Database) -> None:
    """Also for a copy (a backup is a closed database, whatever its source was)."""
    if _has_table(db):
        _set(db, "0")
