"""Checks of a plan draft: what blocks saving and what blocks finalising a version.

A problem's location (``Problem.section``) is ``"plan"`` or the attribute of one of the
plan's item lists in :data:`~teilhabe_desktop.core.plan_sections.ITEM_LISTS`;
:func:`~teilhabe_desktop.core.plan_sections.section_of` gives the section that shows it.
"""

from __future__ import annotations

from datetime import date

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.formatting import shorten
from teilhabe_desktop.core.gesamtplan_check import completeness_problems
from teilhabe_desktop.core.plan import PLAN_TEXT_LABELS, Person, Plan
from teilhabe_desktop.core.plan_sections import ITEM_LISTS
from teilhabe_desktop.core.plan_validation import (
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    PlanInvalid,
    Problem,
    WishInUse,
    date_problem,
    latest_review_date,
    length_problem,
)
from teilhabe_desktop.core.reference import is_life_domain


def _duplicates(problems: list[Problem], section: str, label: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if not item_id:
            problems.append(
                Problem(section, None, "id", f"Ein Eintrag bei „{label}“ hat keine Kennung.")
            )
        elif item_id in seen:
            problems.append(
                Problem(section, item_id, "id", f"Ein Eintrag bei „{label}“ ist doppelt vorhanden.")
            )
        seen.add(item_id)


def _wish_problems(plan: Plan, previous: Plan | None) -> list[Problem]:
    """Goals whose wish is gone: a removed wish that goals derive from."""
    problems: list[Problem] = []
    wish_ids = {w.id for w in plan.wishes}
    old_texts = {w.id: w.text for w in previous.wishes} if previous else {}
    orphans: dict[str, list[str]] = {}
    for goal in plan.goals:
        if goal.wish_id is not None and goal.wish_id not in wish_ids:
            orphans.setdefault(goal.wish_id, []).append(goal.title)
    for wish_id, titles in orphans.items():
        goals = ", ".join(f"„{shorten(t)}“" if t.strip() else "ohne Titel" for t in titles)
        noun = "Das Ziel" if len(titles) == 1 else "Die Ziele"
        verb = "leitet" if len(titles) == 1 else "leiten"
        if wish_id in old_texts:
            head = f"Der Wunsch „{shorten(old_texts[wish_id])}“ kann nicht gelöscht werden: "
        else:
            head = "Ein Ziel gehört zu einem Wunsch, den es nicht gibt: "
        problems.append(
            Problem(
                "wishes",
                wish_id,
                "id",
                f"{head}{noun} {goals} {verb} sich daraus ab. Bitte ordnen Sie "
                f"{'es' if len(titles) == 1 else 'sie'} zuerst einem anderen Wunsch zu "
                f"oder löschen Sie {'es' if len(titles) == 1 else 'sie'}.",
            )
        )
    return problems


def plan_problems(
    plan: Plan, today: date, previous: Plan | None = None, base_date: date | None = None
) -> list[Problem]:
    """All problems of ``plan``; ``previous`` is the stored draft (for clearer messages).

    ``base_date`` is the day the 24-month review limit counts from (finalisation; for a
    draft the earliest day it can be finalised: today).
    """
    problems: list[Problem] = []
    base = base_date or today
    ids: dict[str, list[str]] = {}
    for attr, item_list in ITEM_LISTS.items():
        if not item_list.ids_only:
            ids[attr] = [item.id for item in getattr(plan, attr)]
            _duplicates(problems, attr, item_list.label, ids[attr])
    if len(set(plan.sozialraum_ids)) != len(plan.sozialraum_ids):
        problems.append(
            Problem("plan", None, "sozialraum_ids", "Ein Sozialraum ist doppelt ausgewählt.")
        )
    for field, label in PLAN_TEXT_LABELS.items():
        length_problem(problems, "plan", None, field, label, getattr(plan, field), MAX_LONG_TEXT)

    review = plan.review_date
    latest = latest_review_date(base)
    if review is not None and review > latest:
        problems.append(
            Problem(
                "plan",
                None,
                "review_date",
                f"Die Überprüfung muss spätestens nach 24 Monaten stattfinden (§ 121 Abs. 2 "
                f"SGB IX): spätestens am {german_date(latest)}.",
            )
        )
    date_problem(problems, "plan", None, "review_date", "Überprüfung", review)

    for wish in plan.wishes:
        length_problem(problems, "wishes", wish.id, "text", "Wunsch", wish.text, MAX_LONG_TEXT)
        length_problem(
            problems, "wishes", wish.id, "said_by", "Gesagt von", wish.said_by, MAX_SHORT_TEXT
        )
        date_problem(problems, "wishes", wish.id, "said_on", "Gesagt am", wish.said_on)
        if wish.life_domain is not None and not is_life_domain(wish.life_domain):
            problems.append(
                Problem("wishes", wish.id, "life_domain", "Unbekannter Lebensbereich beim Wunsch.")
            )
        if not wish.text.strip():
            problems.append(
                Problem(
                    "wishes",
                    wish.id,
                    "text",
                    "Ein Wunsch ist noch leer. Bitte schreiben Sie ihn in den Worten der "
                    "Person auf oder löschen Sie ihn.",
                    blocking=False,
                )
            )
    problems.extend(_wish_problems(plan, previous))

    goal_ids = set(ids["goals"])
    for goal in plan.goals:
        name = shorten(goal.title) or "ohne Titel"
        for field, label in (
            ("title", "Ziel"),
            ("indicator", "Woran merken wir es"),
            ("evaluation_note", "Bewertung"),
            ("differing_view", "Abweichende Sichtweise"),
            ("missing_offer_note", "Was fehlt"),
        ):
            length_problem(
                problems, "goals", goal.id, field, label, getattr(goal, field), MAX_LONG_TEXT
            )
        date_problem(problems, "goals", goal.id, "target_date", "Zieldatum", goal.target_date)
        date_problem(
            problems, "goals", goal.id, "evaluation_date", "Bewertet am", goal.evaluation_date
        )
        if goal.life_domain is not None and not is_life_domain(goal.life_domain):
            problems.append(
                Problem("goals", goal.id, "life_domain", f"Unbekannter Lebensbereich bei „{name}“.")
            )
        if not goal.title.strip():
            problems.append(
                Problem("goals", goal.id, "title", "Ein Ziel hat noch keinen Text.", blocking=False)
            )
        if goal.target_date and review and goal.target_date > review:
            problems.append(
                Problem(
                    "goals",
                    goal.id,
                    "target_date",
                    f"Das Zieldatum {german_date(goal.target_date)} des Ziels „{name}“ liegt "
                    f"nach der Überprüfung am {german_date(review)}. Bitte wählen Sie ein "
                    "früheres Zieldatum oder besprechen Sie das Ziel bei der Überprüfung.",
                    blocking=False,
                )
            )

    for strength in plan.strengths:
        length_problem(
            problems, "strengths", strength.id, "text", "Ressource", strength.text, MAX_LONG_TEXT
        )
    for contact in plan.network:
        length_problem(
            problems, "network", contact.id, "name", "Name", contact.name, MAX_SHORT_TEXT
        )
        length_problem(
            problems, "network", contact.id, "contact", "Kontakt", contact.contact, MAX_SHORT_TEXT
        )
        length_problem(
            problems,
            "network",
            contact.id,
            "helps_with",
            "Hilft bei",
            contact.helps_with,
            MAX_LONG_TEXT,
        )
        if contact.closeness not in (1, 2, 3):
            problems.append(
                Problem("network", contact.id, "closeness", "Die Nähe ist 1, 2 oder 3.")
            )
    for barrier in plan.barriers:
        length_problem(
            problems, "barriers", barrier.id, "text", "Barriere", barrier.text, MAX_LONG_TEXT
        )
    for link in plan.offer_links:
        length_problem(problems, "offer_links", link.id, "note", "Notiz", link.note, MAX_LONG_TEXT)
        if link.goal_id not in goal_ids:
            problems.append(
                Problem(
                    "offer_links",
                    link.id,
                    "goal_id",
                    "Ein verknüpftes Angebot gehört zu keinem Ziel mehr.",
                )
            )
        if not link.offer_id.strip():
            problems.append(Problem("offer_links", link.id, "offer_id", "Angebot fehlt."))
    for step in plan.steps:
        length_problem(problems, "steps", step.id, "what", "Schritt", step.what, MAX_LONG_TEXT)
        length_problem(problems, "steps", step.id, "who", "Wer", step.who, MAX_SHORT_TEXT)
        date_problem(problems, "steps", step.id, "due_date", "Bis wann", step.due_date)
        if step.goal_id is not None and step.goal_id not in goal_ids:
            problems.append(
                Problem("steps", step.id, "goal_id", "Ein Schritt gehört zu keinem Ziel mehr.")
            )
        if not step.what.strip():
            problems.append(
                Problem("steps", step.id, "what", "Ein Schritt ist noch leer.", blocking=False)
            )
    for service in plan.services:
        length_problem(
            problems, "services", service.id, "type", "Leistung", service.type, MAX_SHORT_TEXT
        )
        length_problem(
            problems,
            "services",
            service.id,
            "provider",
            "Anbieter",
            service.provider,
            MAX_SHORT_TEXT,
        )
        date_problem(problems, "services", service.id, "start", "Beginn", service.start)
        date_problem(problems, "services", service.id, "end", "Ende", service.end)
        hours = service.hours_per_week
        if hours is not None and not 0 <= hours <= 168:
            problems.append(
                Problem(
                    "services",
                    service.id,
                    "hours_per_week",
                    "Die Stunden pro Woche müssen zwischen 0 und 168 liegen.",
                )
            )
        if service.start and service.end and service.end < service.start:
            problems.append(
                Problem(
                    "services",
                    service.id,
                    "end",
                    f"Die Leistung „{shorten(service.type)}“ endet vor ihrem Beginn.",
                    blocking=False,
                )
            )
    return problems


def check_draft(plan: Plan, today: date, previous: Plan | None = None) -> list[Problem]:
    """Raise on blocking problems; return the others (they only stop finalising)."""
    problems = plan_problems(plan, today, previous)
    blocking = [p for p in problems if p.blocking]
    if blocking:
        if any(p.section == "wishes" and p.field == "id" for p in blocking):
            raise WishInUse(blocking)
        raise PlanInvalid(blocking)
    return problems


def check_finalise(person: Person, plan: Plan, today: date) -> None:
    """Raise :class:`PlanInvalid` unless ``plan`` can be finalised ``today``: no problem
    and every mandatory item of the Gesamtplan filled or marked "entfällt"."""
    problems = plan_problems(plan, today, base_date=today)
    problems += completeness_problems(person, plan)
    if plan.review_date is not None and plan.review_date < today:
        problems.append(
            Problem(
                "plan",
                None,
                "review_date",
                "Die Überprüfung liegt in der Vergangenheit. Bitte legen Sie einen neuen "
                "Termin fest.",
            )
        )
    if problems:
        raise PlanInvalid(problems)
