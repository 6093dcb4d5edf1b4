"""The access report (Art. 15 GDPR, § 83 SGB X): everything stored about one person, as
a readable PDF and, beside it, the same data as JSON.

The JSON holds the person's full exchange document (see ``docs/person-json.md``) and
the audit entries::

    {"format": "teilhabe-desktop-access-report", "version": 1, "created_at": "…",
     "person_document": {…}, "audit": [{"at", "os_user", "app_user", "action", "detail"}]}

Building reads only; writing and recording is the session's part.
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from teilhabe_desktop.core.audit import AuditEvent
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange.person_json import person_document

FORMAT = "teilhabe-desktop-access-report"
FORMAT_VERSION = 1


def json_path_for(pdf_path: Path) -> Path:
    """``Auskunft.pdf`` → ``Auskunft.json`` (same folder, same stem)."""
    json_path = pdf_path.with_suffix(".json")
    if json_path == pdf_path:
        raise UserError(
            f"„{pdf_path}“ ist der Name der JSON-Datei, die neben der PDF-Datei entsteht. "
            "Bitte einen Dateinamen mit der Endung .pdf angeben."
        )
    return json_path


def audit_entries(events: list[AuditEvent]) -> list[dict[str, Any]]:
    """The audit entries as JSON data (as ``person audit --json`` prints them)."""
    return [
        {
            "at": e.at.isoformat(),
            "os_user": e.os_user,
            "app_user": e.app_user,
            "action": e.action.value,
            "detail": e.detail,
        }
        for e in events
    ]


def build_access_report(store, person_id: str, created_at: datetime) -> tuple[bytes, bytes]:
    """``(PDF, JSON)`` of the access report; raises ``PersonNotFound`` for an unknown id.
    Nothing is written, not even a new draft."""
    from teilhabe_desktop.reports.access_report import AccessReport, build_access_report_pdf

    document = person_document(store, person_id)  # raises for an unknown person
    events = store.audit.for_person(person_id)
    person = store.persons.get(person_id)
    draft = store.plans.snapshot(person_id) if document["plan"] is not None else None
    report = AccessReport(
        person=person,
        draft=draft,
        versions=store.plans.versions(person_id),
        audit=events,
        created_at=created_at,
        sozialraum_names={s.id: s.name for s in store.reference.sozialraeume()},
    )
    pdf = io.BytesIO()
    build_access_report_pdf(report, pdf)
    data = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "created_at": created_at.isoformat(timespec="seconds"),
        "person_document": document,
        "audit": audit_entries(events),
    }
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return pdf.getvalue(), text.encode("utf-8")
