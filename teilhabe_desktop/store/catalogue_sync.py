"""What a database knows about the team's catalogue (migration 0010): the publishing
side's key pair and sequence number; a workstation's trusted publisher, the last applied
package, the base of the three-way merge and the remembered answers to conflicts."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.catalogue_merge import MergeResult
from teilhabe_desktop.core.plan_codec import from_data, to_data
from teilhabe_desktop.store.catalogue import CatalogueRepository, now_utc
from teilhabe_desktop.store.offer_handover import HandoverMarks
from teilhabe_desktop.store.sql import Database


@dataclass(frozen=True)
class Publisher:
    name: str
    public_key: str  # PEM
    sealed_key: str
    last_sequence: int


@dataclass(frozen=True)
class Applied:
    publisher: str
    sequence: int
    published_at: datetime


def _now() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


class CatalogueSync:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the publishing side --------------------------------------------------------------
    def publisher(self) -> Publisher | None:
        row = self._db.execute(
            "SELECT name, public_key, sealed_key, last_sequence FROM catalogue_publisher"
        ).fetchone()
        return Publisher(*row) if row else None

    def create_publisher(self, name: str, public_key: str, sealed_key: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO catalogue_publisher (id, name, public_key, sealed_key, created_at) "
                "VALUES (1, ?, ?, ?, ?)",
                [name, public_key, sealed_key, _now()],
            )

    def set_sequence(self, sequence: int, name: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "UPDATE catalogue_publisher SET last_sequence = ?, name = ? WHERE id = 1",
                [sequence, name],
            )

    # -- a workstation ---------------------------------------------------------------------
    def trusted(self) -> str | None:
        """The PEM of the trusted publisher's key."""
        row = self._db.execute("SELECT public_key FROM catalogue_trust").fetchone()
        return row[0] if row else None

    def trust(self, public_key: str, fingerprint: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO catalogue_trust (id, public_key, fingerprint, trusted_at) "
                "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "public_key = excluded.public_key, fingerprint = excluded.fingerprint, "
                "trusted_at = excluded.trusted_at",
                [public_key, fingerprint, _now()],
            )

    def applied(self) -> Applied | None:
        row = self._db.execute(
            "SELECT publisher, sequence, published_at FROM catalogue_applied"
        ).fetchone()
        return Applied(row[0], row[1], datetime.fromisoformat(row[2])) if row else None

    def base(self) -> tuple[dict[str, Offer], set[str]]:
        """Every entry of the last applied package (removed ones as marked) and the ids
        of the removed ones."""
        offers: dict[str, Offer] = {}
        removed: set[str] = set()
        for offer_id, data, gone in self._db.execute(
            "SELECT offer_id, data, removed FROM catalogue_base"
        ):
            offers[offer_id] = from_data(Offer, json.loads(data), "catalogue_base")
            if gone:
                removed.add(offer_id)
        return offers, removed

    def removed_centrally(self, offer_id: str) -> bool:
        row = self._db.execute(
            "SELECT removed FROM catalogue_base WHERE offer_id = ?", [offer_id]
        ).fetchone()
        return bool(row and row[0])

    def decisions(self) -> dict[tuple[str, str], tuple[object, str]]:
        """``(offer id, field) -> (central value answered, "mine" | "theirs")``."""
        return {
            (offer_id, name): (json.loads(theirs), choice)
            for offer_id, name, theirs, choice in self._db.execute(
                "SELECT offer_id, field, theirs, choice FROM catalogue_decision"
            )
        }

    def apply(self, result: MergeResult, publisher: str, sequence: int, published: datetime):
        """Write a complete merge in one transaction: the entries, the new base, the
        answers, the handover marks it replaces and the package now applied."""
        if not result.complete:
            raise ValueError("open conflicts")
        stamp = now_utc()
        writes = []
        for offer_id, offer in result.to_write.items():
            if offer_id not in result.new:
                offer = replace(offer, updated_at=stamp)
            writes.append(offer)
        with self._db.atomic():
            CatalogueRepository(self._db).save_many(writes)
            HandoverMarks(self._db).unmark(result.from_handover)
            self._db.execute("DELETE FROM catalogue_base")
            for offer_id, offer in result.base.items():
                gone = offer_id not in result.central_ids
                self._db.execute(
                    "INSERT INTO catalogue_base (offer_id, data, removed) VALUES (?, ?, ?)",
                    [offer_id, json.dumps(to_data(offer), ensure_ascii=False), int(gone)],
                )
            for conflict, choice in result.decided:
                self._db.execute(
                    "INSERT INTO catalogue_decision (offer_id, field, theirs, choice) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (offer_id, field) DO UPDATE SET "
                    "theirs = excluded.theirs, choice = excluded.choice",
                    [conflict.offer_id, conflict.field, json.dumps(conflict.theirs), choice],
                )
            self._db.execute(
                "INSERT INTO catalogue_applied (id, publisher, sequence, published_at, "
                "applied_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "publisher = excluded.publisher, sequence = excluded.sequence, "
                "published_at = excluded.published_at, applied_at = excluded.applied_at",
                [publisher, sequence, published.isoformat(), _now()],
            )
