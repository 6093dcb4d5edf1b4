"""Catalogue entries that came with a person's file ("aus Übergabe – bitte prüfen").

The entry itself stays exactly as the file had it (so the person exports the same again);
only this mark says where it came from. Editing the entry in the catalogue, or a central
catalogue package that brings the same entry, takes the mark away.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from teilhabe_desktop.store.sql import Database

#: What the catalogue shows for a marked entry.
HANDOVER_NOTE = "aus Übergabe – bitte prüfen"


class HandoverMarks:
    def __init__(self, db: Database) -> None:
        self._db = db

    def mark(self, offer_ids: Iterable[str]) -> None:
        stamp = datetime.now().replace(microsecond=0).isoformat()
        for offer_id in offer_ids:
            self._db.execute(
                "INSERT INTO offer_handover (offer_id, marked_at) VALUES (?, ?) "
                "ON CONFLICT (offer_id) DO NOTHING",
                [offer_id, stamp],
            )

    def unmark(self, offer_ids: Iterable[str]) -> None:
        for offer_id in offer_ids:
            self._db.execute("DELETE FROM offer_handover WHERE offer_id = ?", [offer_id])

    def is_marked(self, offer_id: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM offer_handover WHERE offer_id = ?", [offer_id]
        ).fetchone()
        return row is not None

    def marked(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT offer_id FROM offer_handover")}
