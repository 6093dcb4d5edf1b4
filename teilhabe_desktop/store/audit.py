"""Repository of the audit trail (table ``audit_event``, append-only by triggers)."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import datetime

from teilhabe_desktop.core.audit import AuditAction, AuditEvent
from teilhabe_desktop.store.sql import Database


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the user database
        return ""


class AuditRepository:
    def __init__(self, db: Database, now: Callable[[], datetime] = datetime.now) -> None:
        self._db = db
        self._now = now

    def record(
        self, action: AuditAction, person_id: str | None, detail: str = "", app_user: str = ""
    ) -> None:
        """Append one event. ``detail`` must be a fixed code of ours, never user text."""
        self._db.execute(
            "INSERT INTO audit_event (at, os_user, app_user, action, person_id, detail) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                self._now().isoformat(timespec="seconds"),
                _os_user(),
                app_user,
                AuditAction(action).value,
                person_id,
                detail,
            ],
        )

    def for_person(self, person_id: str) -> list[AuditEvent]:
        rows = self._db.execute(
            "SELECT at, os_user, app_user, action, person_id, detail FROM audit_event "
            "WHERE person_id = ? ORDER BY id",
            [person_id],
        ).fetchall()
        return [
            AuditEvent(datetime.fromisoformat(r[0]), r[1], r[2], AuditAction(r[3]), r[4], r[5])
            for r in rows
        ]

    def tombstone(self, person_id: str) -> int:
        """Make the person's events anonymous (after erasure); returns how many."""
        cursor = self._db.execute(
            "UPDATE audit_event SET person_id = NULL WHERE person_id = ?", [person_id]
        )
        return cursor.rowcount
