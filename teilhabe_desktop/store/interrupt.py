"""Stopping a running statement from another thread (a search that went stale)."""

from __future__ import annotations

from teilhabe_desktop.store.sql import Database


def interrupt(db: Database) -> None:
    """Abort the statement running on ``db`` now, if any (it raises an "interrupted"
    error in its thread). Safe from any thread; costs the running query nothing until
    then, unlike a progress handler, which takes the GIL again and again."""
    db.conn.interrupt()


def was_interrupted(error: BaseException) -> bool:
    """Whether ``error`` is what :func:`interrupt` made a statement raise."""
    seen: BaseException | None = error
    while seen is not None:
        if "interrupt" in str(seen).lower():
            return True
        seen = seen.__cause__
    return False
