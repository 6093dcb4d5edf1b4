"""Stopping a running statement from the outside (a search that went stale)."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

#: SQLite virtual-machine steps between two checks (~0.1 ms of work).
CHECK_EVERY = 2000


def cancel_when(db: Database, stale: Callable[[], bool] | None) -> None:
    """Abort any statement on ``db`` as soon as ``stale()`` is true (it then raises an
    "interrupted" error); ``None`` removes the check."""
    if stale is None:
        db.conn.set_progress_handler(None, 0)
    else:
        db.conn.set_progress_handler(lambda: 1 if stale() else 0, CHECK_EVERY)
