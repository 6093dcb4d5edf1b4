"""Repository of persons: the list of the *Personen* page, one person, deleting for real."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from functools import cache
from typing import TYPE_CHECKING

from teilhabe_desktop.core.dates import date_from_iso, datetime_from_iso, iso_date
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.person_query import (
    PersonFilter,
    PersonRow,
    person_sort_key,
    review_matches,
    review_state,
    text_matches,
)
from teilhabe_desktop.core.places import fold
from teilhabe_desktop.store.connection import checkpoint
from teilhabe_desktop.store.sql import Database

if TYPE_CHECKING:  # the list of the first screen needs none of these (issue 16: fast start)
    from teilhabe_desktop.core.plan import Person
    from teilhabe_desktop.core.retention import InactivePerson

_BOOLS = (
    "home_sozialraum_overridden",
    "easy_language",
    "sign_language",
    "wheelchair",
    "uses_public_transport",
    "consent_given",
)
_DATES = ("birth_date", "consent_date")
PERSON_COLUMNS = (
    "id", "first_name", "last_name", "birth_date", "file_number", "street", "postcode",
    "city", "place", "home_sozialraum_id", "home_sozialraum_overridden", "phone", "email",
    "easy_language", "sign_language", "interpreter_language", "wheelchair",
    "walking_distance_m", "uses_public_transport", "guardian", "trusted_person",
    "consent_given", "consent_date", "caseworker", "caseworker_phone", "home_district_code",
)  # fmt: skip


@cache
def person_extra() -> tuple:
    """The person's attributes without a column of their own, kept in ``person.extra``
    (worked out on first use: the planning model loads when a person is read or saved)."""
    from teilhabe_desktop.core.plan import Person
    from teilhabe_desktop.core.plan_codec import extra_fields

    return extra_fields(Person, set(PERSON_COLUMNS))


#: what a home given by hand or by an import must name: attribute, lookup, German reason
_HOME_CHECKS = (
    ("home_sozialraum_id", "SELECT 1 FROM sozialraum WHERE id = ?", "Unbekannter Sozialraum."),
    ("home_district_code", "SELECT 1 FROM district WHERE code = ?", "Unbekannter Bezirk."),
)


def _local(stamp: datetime) -> datetime:
    """A stored time stamp as naive local time (ours are; an imported one may carry a zone)."""
    return stamp.astimezone().replace(tzinfo=None) if stamp.tzinfo else stamp


def person_values(person: Person) -> dict:
    from teilhabe_desktop.core.plan_codec import encode_fields

    values = {name: getattr(person, name) for name in PERSON_COLUMNS}
    for name in _BOOLS:
        values[name] = int(values[name])
    for name in _DATES:
        values[name] = iso_date(values[name])
    values["extra"] = encode_fields(person, person_extra())
    return values


def person_from_row(row: dict) -> Person:
    from teilhabe_desktop.core.plan import Person
    from teilhabe_desktop.core.plan_codec import decode_fields

    values = {name: row[name] for name in PERSON_COLUMNS}
    for name in _BOOLS:
        values[name] = bool(values[name])
    for name in _DATES:
        values[name] = date_from_iso(values[name])
    return Person(**values, **decode_fields(Person, row["extra"], person_extra(), "Person"))


class PersonNotFound(UserError):
    def __init__(self, person_id: str) -> None:
        super().__init__("Diese Person gibt es nicht (mehr) in der Datenbank.")
        self.person_id = person_id


class PersonRepository:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    def list(self, filter: PersonFilter = PersonFilter()) -> list[PersonRow]:  # noqa: B008
        rows = self._db.execute(
            """SELECT p.id, p.first_name, p.last_name, p.file_number, p.birth_date,
                      p.home_sozialraum_id, p.caseworker,
                      (SELECT v.review_date FROM plan_version v WHERE v.person_id = p.id
                       ORDER BY v.number DESC LIMIT 1)
               FROM person p"""
        ).fetchall()
        in_sozialraum: set[str] = set()
        if filter.sozialraum_id:
            in_sozialraum = {
                r[0]
                for r in self._db.execute(
                    "SELECT person_id FROM plan_sozialraum WHERE sozialraum_id = ?",
                    [filter.sozialraum_id],
                )
            }
        today = self._today()
        text = filter.text.strip()
        result: list[PersonRow] = []
        for pid, first, last, file_number, birth, home, caseworker, review in rows:
            name = f"{first} {last}".strip()
            if text and not text_matches(text, name, f"{last} {first}", file_number):
                continue
            if filter.sozialraum_id and home != filter.sozialraum_id and pid not in in_sozialraum:
                continue
            if filter.caseworker is not None and caseworker != filter.caseworker:
                continue
            next_review = date_from_iso(review)
            state = review_state(next_review, today)
            if not review_matches(filter.review, state):
                continue
            result.append(
                PersonRow(
                    pid,
                    first,
                    last,
                    file_number,
                    date_from_iso(birth),
                    home,
                    caseworker,
                    next_review,
                    state,
                )
            )
        result.sort(key=lambda r: (r.sort_key, r.id))
        return result

    def get(self, person_id: str) -> Person | None:
        rows = list(self._db.query("SELECT * FROM person WHERE id = ?", [person_id]))
        return person_from_row(rows[0]) if rows else None

    def exists(self, person_id: str) -> bool:
        return bool(self._db.execute("SELECT 1 FROM person WHERE id = ?", [person_id]).fetchone())

    def save(self, person: Person, derive_home: bool = True, must_exist: bool = False) -> Person:
        """Insert or update ``person``; derives the home Sozialraum unless overridden.

        ``derive_home=False`` keeps ``home_sozialraum_id`` as given (imports).
        ``must_exist=True`` (autosave) raises :class:`PersonNotFound` instead of bringing
        back a person deleted meanwhile."""
        from teilhabe_desktop.core.plan_validation import PersonInvalid, Problem, check_person

        check_person(person, self._today())
        if person.home_sozialraum_overridden or not derive_home:
            for attr, sql, reason in _HOME_CHECKS:
                value = getattr(person, attr)
                if value is not None and not self._db.execute(sql, [value]).fetchone():
                    raise PersonInvalid([Problem("person", None, attr, reason)])
        else:
            # street and house number first, then the place name (as the form shows it)
            from teilhabe_desktop.store.places import PlacesRepository

            found = (
                PlacesRepository(self._db)
                .locator()
                .locate(person.street, person.postcode, person.place)
            )
            person.home_sozialraum_id = found.sozialraum_id
            person.home_district_code = found.district_code
        now = datetime.now().isoformat(timespec="seconds")
        values = person_values(person)
        columns = ", ".join(values)
        marks = ", ".join("?" * len(values))
        updates = ", ".join(f"{c} = excluded.{c}" for c in values if c != "id")
        with self._db.atomic():
            if must_exist and not self.exists(person.id):
                raise PersonNotFound(person.id)
            self._db.execute(
                f"""INSERT INTO person ({columns}, created_at, updated_at)
                    VALUES ({marks}, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET {updates}, updated_at = excluded.updated_at""",
                [*values.values(), now, now],
            )
        return person

    def delete(self, person_id: str) -> bool:
        """Delete the person with plan and all versions, leaving no trace in the file.

        ``secure_delete`` overwrites the freed pages of the main file; older copies of the
        pages stay in the WAL until a checkpoint has copied everything back and emptied
        it. Returns True when that happened; False when another connection is still
        reading (its snapshot keeps the WAL): the erasure then completes at the next
        checkpoint, at the latest when the database is next opened.
        """
        from teilhabe_desktop.core.audit import AuditAction
        from teilhabe_desktop.store.audit import AuditRepository

        with self._db.atomic():
            self._db.execute("DELETE FROM person WHERE id = ?", [person_id])
            audit = AuditRepository(self._db)
            audit.record(AuditAction.DELETED, person_id)
            audit.tombstone(person_id)  # what was done stays; to whom, not
        return checkpoint(self._db)

    def inactive_since(self, cutoff: date) -> list[InactivePerson]:
        """Persons with no activity since before ``cutoff``, the longest inactive first.

        A person's last activity is the latest of: the person's own change, the draft's
        last save, the last finalised version and the person's audit events (opened,
        changed, printed, exported …)."""
        from teilhabe_desktop.core.retention import InactivePerson

        rows = self._db.execute(
            """SELECT p.id, p.first_name, p.last_name, p.file_number, p.updated_at,
                      (SELECT d.updated_at FROM plan d WHERE d.person_id = p.id),
                      (SELECT MAX(v.finalised_at) FROM plan_version v
                       WHERE v.person_id = p.id),
                      (SELECT MAX(a.at) FROM audit_event a WHERE a.person_id = p.id)
               FROM person p"""
        ).fetchall()
        limit = datetime.combine(cutoff, time.min)
        result: list[InactivePerson] = []
        for pid, first, last, file_number, *stamps in rows:
            last_activity = max(_local(s) for s in map(datetime_from_iso, stamps) if s)
            if last_activity < limit:
                result.append(InactivePerson(pid, first, last, file_number, last_activity))
        result.sort(
            key=lambda p: (p.last_activity, person_sort_key(p.first_name, p.last_name), p.id)
        )
        return result

    def caseworkers(self) -> list[str]:
        rows = self._db.execute(
            "SELECT DISTINCT caseworker FROM person WHERE trim(caseworker) <> ''"
        ).fetchall()
        return sorted((r[0] for r in rows), key=lambda n: (fold(n), n))
