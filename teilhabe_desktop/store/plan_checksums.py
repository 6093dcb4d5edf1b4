"""Checksums of frozen plan versions: made when a version is frozen, filled in once at
open for versions frozen before checksums existed, checked before a version is printed.

Kept apart from :mod:`store.plans` so that opening a database (which fills missing
checksums) does not import the planning code: a command that only searches the
catalogue starts faster (issue 16).
"""

from __future__ import annotations

import hashlib

from teilhabe_desktop.store.sql import Database


def snapshot_checksum(frozen: str) -> str:
    """SHA-256 of a version's stored snapshot text."""
    return hashlib.sha256(frozen.encode("utf-8")).hexdigest()


def damaged_versions(db: Database) -> list[tuple[str, int]]:
    """``(person id, number)`` of every version whose snapshot fails its checksum."""
    return [
        (person_id, number)
        for person_id, number, frozen, checksum in db.execute(
            "SELECT person_id, number, snapshot, snapshot_sha256 FROM plan_version"
        ).fetchall()
        if checksum is not None and snapshot_checksum(frozen) != checksum
    ]


def fill_missing_checksums(db: Database) -> None:
    """Give versions frozen before checksums existed theirs (once, at open)."""
    rows = db.execute(
        "SELECT rowid, snapshot FROM plan_version WHERE snapshot_sha256 IS NULL"
    ).fetchall()
    if rows:
        with db.atomic():
            for rowid, frozen in rows:
                db.execute(
                    "UPDATE plan_version SET snapshot_sha256 = ? WHERE rowid = ?",
                    [snapshot_checksum(frozen), rowid],
                )
