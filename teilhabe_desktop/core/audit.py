"""The audit trail's vocabulary: what can be recorded about a person (never content)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AuditAction(StrEnum):
    """Stored codes; German labels in :data:`ACTION_LABELS`."""

    OPENED = "opened"
    CHANGED = "changed"
    FINALISED = "finalised"
    PRINTED = "printed"
    EXPORTED = "exported"
    IMPORTED = "imported"
    DELETED = "deleted"


ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.OPENED: "geöffnet",
    AuditAction.CHANGED: "geändert",
    AuditAction.FINALISED: "Version abgeschlossen",
    AuditAction.PRINTED: "gedruckt",
    AuditAction.EXPORTED: "exportiert",
    AuditAction.IMPORTED: "importiert",
    AuditAction.DELETED: "gelöscht",
}


@dataclass(frozen=True)
class AuditEvent:
    at: datetime
    os_user: str
    app_user: str
    action: AuditAction
    person_id: str | None
    detail: str = ""

    @property
    def label(self) -> str:
        return ACTION_LABELS[self.action]
