"""The Sozialraum descriptions (table ``sozialraum_profile``) and the catalogue facts
of the offer coverage matrix."""

from __future__ import annotations

import json
from datetime import datetime

from teilhabe_desktop.core.dates import date_from_iso, datetime_from_iso
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.offer_coverage import ACCESS_FEATURES, OfferFact
from teilhabe_desktop.core.sozialraum_profile import ProfileText
from teilhabe_desktop.store.sql import Database

MAX_DESCRIPTION = 20_000

_OFFERS = f"""
SELECT o.sozialraum_id, o.mainstream, o.last_verified, o.is_example,
       {", ".join(f"o.acc_{feature}" for feature in ACCESS_FEATURES)},
       (SELECT json_group_array(code) FROM offer_life_domain d WHERE d.offer_num = o.num)
FROM offer o
WHERE o.status <> 'ended'
"""


class SozialraumProfileRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def text(self, sozialraum_id: str) -> ProfileText:
        row = self._db.execute(
            "SELECT description, edited_by, edited_at FROM sozialraum_profile "
            "WHERE sozialraum_id = ?",
            [sozialraum_id],
        ).fetchone()
        if row is None:
            return ProfileText(sozialraum_id)
        return ProfileText(sozialraum_id, row[0], row[1], datetime_from_iso(row[2]))

    def save_text(
        self, sozialraum_id: str, description: str, edited_by: str, now: datetime
    ) -> ProfileText:
        """Store the description; who edits it must be named."""
        edited_by = " ".join(edited_by.split())
        if not edited_by:
            raise UserError("Bitte geben Sie an, wer die Beschreibung bearbeitet hat.")
        if len(description) > MAX_DESCRIPTION:
            raise UserError(f"Die Beschreibung ist zu lang (höchstens {MAX_DESCRIPTION} Zeichen).")
        known = self._db.execute("SELECT 1 FROM sozialraum WHERE id = ?", [sozialraum_id])
        if known.fetchone() is None:
            raise UserError(f"Einen Sozialraum „{sozialraum_id}“ gibt es nicht.")
        stamp = now.replace(microsecond=0).isoformat()
        with self._db.atomic():
            self._db.execute(
                """INSERT INTO sozialraum_profile (sozialraum_id, description, edited_by,
                                                   edited_at)
                   VALUES (?, ?, ?, ?)
                   ON CONFLICT (sozialraum_id) DO UPDATE SET description = excluded.description,
                       edited_by = excluded.edited_by, edited_at = excluded.edited_at""",
                [sozialraum_id, description.strip(), edited_by, stamp],
            )
        return self.text(sozialraum_id)

    def offer_facts(self) -> list[OfferFact]:
        """Every catalogue entry that has not ended, as the coverage matrix needs it."""
        facts = []
        for row in self._db.execute(_OFFERS):
            sozialraum, mainstream, verified, example = row[:4]
            access = row[4 : 4 + len(ACCESS_FEATURES)]
            features = frozenset(
                f for f, v in zip(ACCESS_FEATURES, access, strict=True) if v == "yes"
            )
            facts.append(
                OfferFact(
                    sozialraum_id=sozialraum,
                    life_domains=tuple(json.loads(row[-1])),
                    mainstream=bool(mainstream),
                    features=features,
                    last_verified=date_from_iso(verified),
                    is_example=bool(example),
                )
            )
        return facts
