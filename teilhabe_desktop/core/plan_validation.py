"""Checks for persons and plans, with German messages.

Two levels: a *blocking* problem stops any saving (text far too long, a goal whose wish
is gone, a review date later than § 121 allows …); the others only stop finalising a
version (an empty wish, a goal target date after the review date …), so autosave never
loses what was typed.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from teilhabe_desktop.core import dates
from teilhabe_desktop.core.contact_rules import is_email, is_german_postcode
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.formatting import german_number, shorten
from teilhabe_desktop.core.plan import REVIEW_MONTHS_MAX, Person

MAX_SHORT_TEXT = 300  # names, file number, address, contact, who …
MAX_LONG_TEXT = 10_000  # wishes, goals, notes, the formal plan's texts
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)


@dataclass(frozen=True)
class Problem:
    section: str  # "person", "plan" or an ItemList.attr of core.plan_sections ("wishes" …)
    item_id: str | None  # id of the wish, goal … or None for the person / plan itself
    field: str  # attribute name
    message: str  # German, complete sentence
    blocking: bool = True  # False: saving works, finalising does not


class InvalidInput(UserError):
    """Input that cannot be used (e.g. an impossible date)."""


class _ProblemsError(UserError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(p.message for p in problems))
        self.problems = problems


class PersonInvalid(_ProblemsError):
    """The person cannot be saved; ``problems`` says why."""


class PlanInvalid(_ProblemsError):
    """The plan cannot be saved or finalised; ``problems`` says why."""


class WishInUse(PlanInvalid):
    """A wish that goals derive from was removed."""


def parse_date(text: str) -> date | None:
    """A date typed as ``TT.MM.JJJJ`` (or ISO) and plausible. Empty text gives ``None``."""
    try:
        value = dates.parse_date(text)
    except dates.InvalidDate as exc:
        raise InvalidInput(str(exc)) from None
    if value is not None and not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InvalidInput(f"Das Datum {text.strip()} ist nicht plausibel.")
    return value


def add_months(start: date, months: int) -> date:
    """``start`` plus ``months``; the 31st becomes the month's last day."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def latest_review_date(base: date) -> date:
    """The latest allowed review date for a plan finalised (or created) on ``base``."""
    return add_months(base, REVIEW_MONTHS_MAX)


def default_review_date(base: date) -> date:
    return latest_review_date(base)


def length_problem(
    problems: list[Problem],
    section: str,
    item: str | None,
    field: str,
    label: str,
    text: str,
    limit: int,
) -> None:
    if len(text) > limit:
        problems.append(
            Problem(
                section,
                item,
                field,
                f"Der Text bei „{label}“ ist zu lang ({german_number(len(text))} Zeichen, "
                f"höchstens {german_number(limit)}). Bitte kürzen Sie ihn.",
            )
        )


def date_problem(
    problems: list[Problem],
    section: str,
    item: str | None,
    field: str,
    label: str,
    value: date | None,
) -> None:
    if value is not None and not EARLIEST_DATE <= value <= LATEST_DATE:
        problems.append(
            Problem(section, item, field, f"Das Datum bei „{label}“ ({value}) ist nicht plausibel.")
        )


_PERSON_TEXTS = {
    "first_name": "Vorname",
    "last_name": "Nachname",
    "file_number": "Aktenzeichen",
    "street": "Straße",
    "postcode": "Postleitzahl",
    "city": "Ort",
    "place": "Ortsteil",
    "phone": "Telefon",
    "email": "E-Mail",
    "interpreter_language": "Dolmetschen in",
    "caseworker": "Zuständig",
    "caseworker_phone": "Telefon Fallmanagement",
}
_PERSON_LONG = {"guardian": "Rechtliche Betreuung", "trusted_person": "Vertrauensperson"}


def validate_person(person: Person, today: date) -> list[Problem]:
    """Everything that stops ``person`` from being saved (all problems block)."""
    problems: list[Problem] = []
    if not person.id.strip():
        problems.append(Problem("person", None, "id", "Die Person hat keine Kennung."))
    if not (person.first_name.strip() or person.last_name.strip()):
        problems.append(
            Problem("person", None, "last_name", "Bitte geben Sie einen Vor- oder Nachnamen ein.")
        )
    for field, label in _PERSON_TEXTS.items():
        length_problem(
            problems, "person", None, field, label, getattr(person, field), MAX_SHORT_TEXT
        )
    for field, label in _PERSON_LONG.items():
        length_problem(
            problems, "person", None, field, label, getattr(person, field), MAX_LONG_TEXT
        )
    if person.birth_date is not None:
        if person.birth_date > today:
            problems.append(
                Problem("person", None, "birth_date", "Das Geburtsdatum liegt in der Zukunft.")
            )
        elif person.birth_date < EARLIEST_DATE:
            problems.append(
                Problem("person", None, "birth_date", "Das Geburtsdatum ist nicht plausibel.")
            )
    if person.consent_date is not None and person.consent_date > today:
        problems.append(
            Problem(
                "person",
                None,
                "consent_date",
                "Das Datum der Einwilligung liegt in der Zukunft.",
            )
        )
    date_problem(problems, "person", None, "consent_date", "Einwilligung", person.consent_date)
    postcode = person.postcode.strip()
    if postcode and not is_german_postcode(postcode):
        problems.append(
            Problem("person", None, "postcode", "Die Postleitzahl hat fünf Ziffern, z. B. 07743.")
        )
    email = person.email.strip()
    if email and len(email) <= MAX_SHORT_TEXT and not is_email(email):
        problems.append(
            Problem(
                "person",
                None,
                "email",
                f"Die E-Mail-Adresse „{shorten(email)}“ sieht nicht gültig aus.",
            )
        )
    if person.walking_distance_m is not None and not 0 <= person.walking_distance_m <= 100_000:
        problems.append(
            Problem(
                "person",
                None,
                "walking_distance_m",
                "Die Gehstrecke muss zwischen 0 und 100.000 Metern liegen.",
            )
        )
    return problems


def check_person(person: Person, today: date) -> None:
    problems = validate_person(person, today)
    if problems:
        raise PersonInvalid(problems)
