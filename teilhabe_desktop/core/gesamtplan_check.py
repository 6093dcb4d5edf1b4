"""Is the Gesamtplan complete? The mandatory items of § 19 Abs. 2 and § 121 SGB IX.

Each :class:`Requirement` names one item the law asks the plan to contain, where it is
filled in, and whether it may be marked "entfällt" with a reason (``Plan.waivers``):
"keine Gutachten vorhanden" is a legitimate answer to Nr. 5, none to the goals. A
version can only be finalised when every item that applies is filled or so marked
(:func:`completeness_problems`); the Gesamtplan prints every item, "entfällt: …" where
marked (:func:`item_state`), so nothing required silently disappears.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from teilhabe_desktop.core.plan import GoalStatus, Housing, Person, Plan, StepOwner
from teilhabe_desktop.core.plan_sections import plan_section, section_of
from teilhabe_desktop.core.plan_validation import Problem
from teilhabe_desktop.core.reference import LIFE_DOMAINS

Check = Callable[[Person, Plan], bool]


def _always(_person: Person, _plan: Plan) -> bool:
    return True


def _text(value: str) -> bool:
    return bool(value and value.strip())


@dataclass(frozen=True)
class Requirement:
    key: str  # stable: the key of Plan.waivers
    label: str  # German, names the item in messages and the printout
    reference: str  # the legal reference
    section: str  # Problem.section: "person", "plan" or a plan item list
    field: str  # the field to jump to
    filled: Check
    waivable: bool = False  # may be marked "entfällt" with a reason
    applies: Check = _always
    not_applicable: str = ""  # printed when it does not apply


def _goals_complete(_p: Person, plan: Plan) -> bool:
    goals = [g for g in plan.goals if g.status is not GoalStatus.DISCARDED]
    return bool(goals) and all(_text(g.title) and _text(g.indicator) for g in goals)


def _services_complete(_p: Person, plan: Plan) -> bool:
    return bool(plan.services) and all(
        s.kind and _text(s.content) and (s.hours_per_week or s.hours_per_month) and s.start
        for s in plan.services
    )


def _providers_involved(_p: Person, plan: Plan) -> bool:
    return any(_text(s.provider) or s.provider_organization_id for s in plan.services)


def _self_help(_p: Person, plan: Plan) -> bool:
    return any(r.state is not None and _text(r.text) for r in plan.strengths) or any(
        c.state is not None and _text(c.name) for c in plan.network
    )


def _own_activities(_p: Person, plan: Plan) -> bool:
    return _text(plan.own_activities) or any(
        s.owner is StepOwner.PERSON and _text(s.what) for s in plan.steps
    )


def _capabilities(_p: Person, plan: Plan) -> bool:
    rated = {c.id for c in plan.capabilities if c.qualifier is not None}
    return set(LIFE_DOMAINS) <= rated


def _special_housing(person: Person, _plan: Plan) -> bool:
    return person.housing is Housing.SPECIAL


REQUIREMENTS: tuple[Requirement, ...] = (
    Requirement(
        "consent", "Einwilligung in die Gesamtplanung", "§ 117 Abs. 3 SGB IX, Art. 9 DSGVO",
        "person", "consent_given", lambda p, _: p.consent_given,
    ),
    Requirement(
        "housing", "Wohnform", "§ 121 Abs. 4 Nr. 6 SGB IX", "person", "housing",
        lambda p, _: p.housing is not None,
    ),
    Requirement(
        "authority", "Leistungsträger", "§ 121 Abs. 1 SGB IX", "plan", "authority",
        lambda _, plan: _text(plan.authority),
    ),
    Requirement(
        "application", "Tag des Antragseingangs", "§ 19 Abs. 2 Nr. 1 SGB IX", "plan",
        "application_date", lambda _, plan: plan.application_date is not None,
    ),
    Requirement(
        "responsibility", "Ergebnis der Zuständigkeitsklärung",
        "§ 19 Abs. 2 Nr. 1, §§ 14, 15 SGB IX", "plan", "responsible_since",
        lambda _, plan: plan.responsible_since is not None,
    ),
    Requirement(
        "needs", "Feststellungen über den individuellen Bedarf", "§ 19 Abs. 2 Nr. 2 SGB IX",
        "plan", "needs_findings", lambda _, plan: _text(plan.needs_findings),
    ),
    Requirement(
        "instrument", "Instrument und Datum der Bedarfsermittlung",
        "§ 19 Abs. 2 Nr. 3, § 118 SGB IX", "plan", "assessment_instrument",
        lambda _, plan: _text(plan.assessment_instrument) and plan.assessment_date is not None,
    ),
    Requirement(
        "previous_support", "Bisherige Betreuungs- und Unterstützungssituation", "ITP Thüringen",
        "plan", "previous_support", lambda _, plan: _text(plan.previous_support), waivable=True,
    ),
    Requirement(
        "previous_experiences", "Bisherige Erfahrungen mit Hilfen", "ITP Thüringen", "plan",
        "previous_experiences", lambda _, plan: _text(plan.previous_experiences), waivable=True,
    ),
    Requirement(
        "work_and_day", "Arbeit, Beschäftigung und Tagesstruktur", "ITP Thüringen", "plan",
        "work_and_day", lambda _, plan: _text(plan.work_and_day), waivable=True,
    ),
    Requirement(
        "capabilities", "Fähigkeiten und Beeinträchtigungen in allen Lebensbereichen d1–d9",
        "ITP Thüringen, ICF", "capabilities", "qualifier", _capabilities, waivable=True,
    ),
    Requirement(
        "environment", "Umweltfaktoren (Förderfaktoren und Barrieren)", "ITP Thüringen, ICF",
        "barriers", "text", lambda _, plan: any(_text(b.text) for b in plan.barriers),
        waivable=True,
    ),
    Requirement(
        "employment_agency", "Gutachterliche Stellungnahme der Bundesagentur für Arbeit",
        "§ 19 Abs. 2 Nr. 4, § 54 SGB IX", "plan", "employment_agency_statement",
        lambda _, plan: _text(plan.employment_agency_statement), waivable=True,
    ),
    Requirement(
        "participants", "Beteiligte am Gesamtplanverfahren",
        "§ 117 Abs. 1 und 2, § 121 Abs. 3 SGB IX", "participants", "name",
        lambda _, plan: any(_text(x.name) for x in plan.participants),
    ),
    Requirement(
        "providers", "Einbeziehung von Diensten und Einrichtungen", "§ 19 Abs. 2 Nr. 5 SGB IX",
        "services", "provider", _providers_involved, waivable=True,
    ),
    Requirement(
        "goals", "Erreichbare und überprüfbare Teilhabeziele mit Indikator",
        "§ 19 Abs. 2 Nr. 6 SGB IX", "goals", "indicator", _goals_complete,
    ),
    Requirement(
        "services", "Leistungen nach Art, Inhalt, Umfang und Dauer", "§ 121 Abs. 4 SGB IX",
        "services", "kind", _services_complete, waivable=True,
    ),
    Requirement(
        "procedure", "Verfahren, Instrumente und Kriterien der Wirkungskontrolle",
        "§ 121 Abs. 4 Nr. 1 SGB IX", "plan", "procedure", lambda _, plan: _text(plan.procedure),
    ),
    Requirement(
        "own_activities", "Aktivitäten der Person", "§ 121 Abs. 4 Nr. 2 SGB IX", "plan",
        "own_activities", _own_activities,
    ),
    Requirement(
        "self_help", "Verfügbare und aktivierbare Selbsthilfepotentiale (vorhanden/zu aktivieren)",
        "§ 121 Abs. 4 Nr. 3 SGB IX", "strengths", "state", _self_help,
    ),
    Requirement(
        "wunsch_und_wahlrecht", "Berücksichtigung des Wunsch- und Wahlrechts",
        "§ 19 Abs. 2 Nr. 7, § 8 SGB IX", "plan", "wunsch_und_wahlrecht",
        lambda _, plan: _text(plan.wunsch_und_wahlrecht),
    ),
    Requirement(
        "lump_sum", "Wunsch- und Wahlrecht im Hinblick auf eine pauschale Geldleistung",
        "§ 121 Abs. 4 Nr. 4, § 116 Abs. 1 SGB IX", "plan", "lump_sum_choice",
        lambda _, plan: _text(plan.lump_sum_choice),
    ),
    Requirement(
        "medical", "Erkenntnisse aus sozialmedizinischen Gutachten", "§ 121 Abs. 4 Nr. 5 SGB IX",
        "plan", "medical_findings", lambda _, plan: _text(plan.medical_findings), waivable=True,
    ),
    Requirement(
        "cash", "Ergebnis der Beratung zum Barbetrag", "§ 121 Abs. 4 Nr. 6 SGB IX", "plan",
        "cash_advice", lambda _, plan: _text(plan.cash_advice), applies=_special_housing,
        not_applicable="Die Person lebt nicht in einer besonderen Wohnform.",
    ),
    Requirement(
        "conference", "Ergebnisse der Gesamtplankonferenz", "§ 19 Abs. 2 Nr. 9, § 119 SGB IX",
        "plan", "conference_results",
        lambda _, plan: plan.conference_date is not None and _text(plan.conference_results),
        waivable=True,
    ),
    Requirement(
        "caring_relatives", "Besondere Belange pflegender Angehöriger",
        "§ 19 Abs. 2 Nr. 11 SGB IX", "plan", "caring_relatives",
        lambda _, plan: _text(plan.caring_relatives), waivable=True,
    ),
)  # fmt: skip

REQUIREMENT_BY_KEY = {r.key: r for r in REQUIREMENTS}


class ItemState(Enum):
    FILLED = "filled"
    WAIVED = "waived"  # marked "entfällt" with a reason
    NOT_APPLICABLE = "not_applicable"
    MISSING = "missing"


def waiver(requirement: Requirement, plan: Plan) -> str:
    """The reason given for "entfällt", or "" (never for an item that cannot be waived)."""
    if not requirement.waivable:
        return ""
    return (plan.waivers.get(requirement.key) or "").strip()


def item_state(requirement: Requirement, person: Person, plan: Plan) -> tuple[ItemState, str]:
    """The state of one item and the reason to print for "entfällt"."""
    if not requirement.applies(person, plan):
        return ItemState.NOT_APPLICABLE, requirement.not_applicable
    if requirement.filled(person, plan):
        return ItemState.FILLED, ""
    reason = waiver(requirement, plan)
    if reason:
        return ItemState.WAIVED, reason
    return ItemState.MISSING, ""


def missing_items(person: Person, plan: Plan) -> list[Requirement]:
    return [r for r in REQUIREMENTS if item_state(r, person, plan)[0] is ItemState.MISSING]


def where_filled(requirement: Requirement) -> str:
    """The name of the place where ``requirement`` is filled in, as the workspace shows it."""
    if requirement.section == "person":
        return "Person"
    # the texts of § 121 Abs. 4 are written in "Verfahren und Bedarf" as well
    spec = section_of(requirement.section, requirement.field) or plan_section("gesamtplan")
    return f"{spec.number} {spec.label}"


def completeness_problems(person: Person, plan: Plan) -> list[Problem]:
    """One problem per missing item, located where it is filled in."""
    problems = []
    for r in missing_items(person, plan):
        hint = " – oder als „entfällt“ mit Grund markieren" if r.waivable else ""
        message = f"Es fehlt: {r.label} ({r.reference}){hint}. Abschnitt „{where_filled(r)}“."
        problems.append(Problem(r.section, None, r.field, message))
    return problems
