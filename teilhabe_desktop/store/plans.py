"""Repository of plans: the working draft (autosaved as a whole) and frozen versions."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime

from teilhabe_desktop.core.audit import AuditAction
from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.plan import Person, Plan, PlanSnapshot, PlanVersion
from teilhabe_desktop.core.plan_checks import check_draft, check_finalise, plan_problems
from teilhabe_desktop.core.plan_codec import dumps, from_data
from teilhabe_desktop.core.plan_validation import (
    MAX_SHORT_TEXT,
    PlanInvalid,
    Problem,
    WishInUse,
    default_review_date,
)
from teilhabe_desktop.store.audit import AuditRepository
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.glossary import GlossaryRepository
from teilhabe_desktop.store.persons import PersonNotFound, PersonRepository
from teilhabe_desktop.store.places import PlacesRepository
from teilhabe_desktop.store.plan_checksums import (
    damaged_versions,  # noqa: F401 - also named here, as before
    snapshot_checksum,
)
from teilhabe_desktop.store.plan_rows import read_plan, write_plan
from teilhabe_desktop.store.reference import ReferenceRepository
from teilhabe_desktop.store.settings import SettingsRepository
from teilhabe_desktop.store.sql import Database


class VersionNotFound(UserError):
    def __init__(self, number: int) -> None:
        super().__init__(f"Die Planversion {number} gibt es nicht.")


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class VersionDamaged(UserError):
    exit_code = 1

    def __init__(self, number: int) -> None:
        super().__init__(
            f"Die Planversion {number} wurde außerhalb des Programms verändert oder ist "
            "beschädigt (Prüfsumme stimmt nicht). Sie wird so nicht gedruckt. Bitte "
            "stellen Sie eine Sicherung wieder her."
        )


class PlanRepository:
    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = _now,
    ) -> None:
        self._db = db
        self._today = today
        self._now = now
        self._persons = PersonRepository(db, today)

    # -- the draft ---------------------------------------------------------------------

    def draft(self, person_id: str) -> Plan:
        """The working draft; a new one starts with the home Sozialraum, a review date
        24 months ahead and the Leistungsträger of the settings."""
        plan = read_plan(self._db, person_id)
        if plan is not None:
            return plan
        person = self._person(person_id)
        plan = Plan(person_id, review_date=default_review_date(self._today()))
        plan.authority = SettingsRepository(self._db).get("authority")
        if person.home_sozialraum_id:
            plan.sozialraum_ids = [person.home_sozialraum_id]
        with self._db.atomic():
            if read_plan(self._db, person_id) is None:
                write_plan(self._db, plan, self._stamp())
        return read_plan(self._db, person_id) or plan

    def problems(self, plan: Plan) -> list[Problem]:
        """Everything to fix before finalising (blocking ones stop even autosave)."""
        return plan_problems(plan, self._today())

    def save_draft(self, plan: Plan) -> None:
        """Autosave: write the whole draft in one transaction.

        Raises :class:`PlanInvalid` (German message) for problems that must not be stored,
        e.g. :class:`WishInUse` when a wish that goals derive from was removed; the stored
        draft then stays as it was.
        """
        today = self._today()
        try:
            check_draft(plan, today)
        except WishInUse:
            check_draft(plan, today, read_plan(self._db, plan.person_id))
            raise
        self._check_references(plan)
        with self._db.atomic():
            if not self._persons.exists(plan.person_id):
                raise PersonNotFound(plan.person_id)
            write_plan(self._db, plan, self._stamp())

    def _check_references(self, plan: Plan) -> None:
        problems: list[Problem] = []
        known = {r[0] for r in self._db.execute("SELECT id FROM sozialraum")}
        for sozialraum_id in plan.sozialraum_ids:
            if sozialraum_id not in known:
                problems.append(
                    Problem("plan", None, "sozialraum_ids", "Unbekannter Sozialraum ausgewählt.")
                )
        offer_ids = sorted({link.offer_id for link in plan.offer_links})
        if offer_ids:
            marks = ", ".join("?" * len(offer_ids))
            found = {
                r[0]
                for r in self._db.execute(f"SELECT id FROM offer WHERE id IN ({marks})", offer_ids)
            }
            for link in plan.offer_links:
                if link.offer_id not in found:
                    problems.append(
                        Problem(
                            "offer_links",
                            link.id,
                            "offer_id",
                            "Ein verknüpftes Angebot ist nicht (mehr) im Katalog.",
                        )
                    )
        if problems:
            raise PlanInvalid(problems)

    # -- versions ------------------------------------------------------------------------

    def finalise(self, person_id: str, by: str) -> PlanVersion:
        """Freeze the draft as the next version; the draft goes on as the next draft."""
        by = (by or "").strip()
        if not by:
            raise PlanInvalid(
                [Problem("plan", None, "finalised_by", "Bitte geben Sie an, wer abschließt.")]
            )
        if len(by) > MAX_SHORT_TEXT:
            raise PlanInvalid([Problem("plan", None, "finalised_by", "Der Name ist zu lang.")])
        with self._db.atomic():
            person = self._person(person_id)
            plan = self.draft(person_id)
            today = self._today()
            if plan.review_date is None:
                plan.review_date = default_review_date(today)
                write_plan(self._db, plan, self._stamp())
            check_finalise(person, plan, today)
            snapshot = self._build_snapshot(person, plan)
            number = self._db.execute(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM plan_version WHERE person_id = ?",
                [person_id],
            ).fetchone()[0]
            finalised_at = self._now()
            self._db.execute(
                """INSERT INTO plan_version (person_id, number, finalised_at, finalised_by,
                                             review_date, snapshot, snapshot_sha256)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                [
                    person_id,
                    number,
                    finalised_at.isoformat(),
                    by,
                    plan.review_date.isoformat(),
                    frozen := dumps(snapshot),
                    snapshot_checksum(frozen),
                ],
            )
            AuditRepository(self._db).record(
                AuditAction.FINALISED, person_id, detail=f"version {number}", app_user=by
            )
        return self.version(person_id, number)

    def restore_version(self, version: PlanVersion) -> None:
        """Insert a finalised version as it was (person import). Never overwrites."""
        if self._db.execute(
            "SELECT 1 FROM plan_version WHERE person_id = ? AND number = ?",
            [version.person_id, version.number],
        ).fetchone():
            raise UserError(f"Die Planversion {version.number} ist bereits vorhanden.")
        review = version.snapshot.plan.review_date
        self._db.execute(
            """INSERT INTO plan_version (person_id, number, finalised_at, finalised_by,
                                         review_date, snapshot, snapshot_sha256)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [
                version.person_id,
                version.number,
                version.finalised_at.isoformat(),
                version.finalised_by,
                review.isoformat() if review else None,
                frozen := dumps(version.snapshot),
                snapshot_checksum(frozen),
            ],
        )

    def versions(self, person_id: str) -> list[PlanVersion]:
        rows = self._db.execute(
            """SELECT number, finalised_at, finalised_by, snapshot FROM plan_version
               WHERE person_id = ? ORDER BY number""",
            [person_id],
        ).fetchall()
        return [self._version(person_id, *row) for row in rows]

    def version_numbers(self, person_id: str) -> list[int]:
        rows = self._db.execute(
            "SELECT number FROM plan_version WHERE person_id = ? ORDER BY number", [person_id]
        )
        return [r[0] for r in rows]

    def version(self, person_id: str, number: int) -> PlanVersion:
        """One finalised version, as it was frozen; refuses one whose checksum fails."""
        row = self._db.execute(
            """SELECT number, finalised_at, finalised_by, snapshot, snapshot_sha256
               FROM plan_version WHERE person_id = ? AND number = ?""",
            [person_id, number],
        ).fetchone()
        if row is None:
            raise VersionNotFound(number)
        if row[4] is not None and snapshot_checksum(row[3]) != row[4]:
            raise VersionDamaged(number)
        return self._version(person_id, *row[:4])

    def latest_version(self, person_id: str) -> PlanVersion | None:
        numbers = self.version_numbers(person_id)
        return self.version(person_id, numbers[-1]) if numbers else None

    def snapshot(self, person_id: str, version: int | None = None) -> PlanSnapshot:
        """The draft with the linked offers as they are now, or a frozen version as it was."""
        if version is not None:
            return self.version(person_id, version).snapshot
        person = self._person(person_id)
        return self._build_snapshot(person, self.draft(person_id))

    # -- helpers -------------------------------------------------------------------------

    def _version(
        self, person_id: str, number: int, finalised_at: str, by: str, snapshot: str
    ) -> PlanVersion:
        frozen = from_data(PlanSnapshot, json.loads(snapshot), "snapshot")
        return PlanVersion(person_id, number, datetime.fromisoformat(finalised_at), by, frozen)

    def _person(self, person_id: str) -> Person:
        person = self._persons.get(person_id)
        if person is None:
            raise PersonNotFound(person_id)
        return person

    def _stamp(self) -> str:
        return self._now().isoformat()

    def _build_snapshot(self, person: Person, plan: Plan) -> PlanSnapshot:
        reference = ReferenceRepository(self._db)
        ids = list(dict.fromkeys(link.offer_id for link in plan.offer_links))
        found = CatalogueRepository(self._db).get_many(ids) if ids else {}
        offers: dict[str, Offer] = {i: found[i] for i in ids if i in found}
        domains = reference.life_domains()
        return PlanSnapshot(
            person=person,
            plan=plan,
            offers=offers,
            sozialraum_names={s.id: s.name for s in reference.sozialraeume()},
            life_domain_names={d.code: d.name for d in domains},
            life_domain_plain_names={d.code: d.plain_name for d in domains},
            sozialraum_map=PlacesRepository(self._db).plan_map(person, plan, offers),
            glossary=GlossaryRepository(self._db).terms(),
        )
