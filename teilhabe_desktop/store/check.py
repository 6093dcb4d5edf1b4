"""Integrity check of a database file (``teilhabe-desktop check``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from teilhabe_desktop.store.migrations import latest_version, schema_version
from teilhabe_desktop.store.plan_checksums import damaged_versions
from teilhabe_desktop.store.sql import Database


@dataclass
class CheckReport:
    schema_version: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    report = CheckReport(schema_version(db))
    if report.schema_version != latest_version():
        report.problems.append(
            f"Schema-Version {report.schema_version}, erwartet {latest_version()}."
        )
    for person_id, number in damaged_versions(db):
        report.problems.append(
            f"Planversion {number} der Person {person_id}: Prüfsumme stimmt nicht."
        )
    for (message,) in db.execute("PRAGMA integrity_check"):
        if message != "ok":
            report.problems.append(f"Integrität: {message}")
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
        report.problems.append(f"Verweis ins Leere: {table} Zeile {rowid} → {parent}")
    return report
