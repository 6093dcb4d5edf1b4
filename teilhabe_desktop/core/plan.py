"""The person and their plan: wishes in their own words, goals by life domain,
resources, network, Sozialräume, linked offers, steps, formal services, versions.

A finalised :class:`PlanVersion` is frozen: it holds a full :class:`PlanSnapshot`
(person, plan and the linked offers as they were), so it prints the same forever.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.codes import CodedEnum

REVIEW_MONTHS_MAX = 24  # § 121 Abs. 2 SGB IX: review at the latest after two years


class GoalKind(CodedEnum):
    LEITZIEL = "guiding_goal", "Leitziel"
    HANDLUNGSZIEL = "action_goal", "Handlungsziel"


class GoalStatus(CodedEnum):
    OPEN = "open", "offen"
    IN_PROGRESS = "in_progress", "in Arbeit"
    ACHIEVED = "achieved", "erreicht"
    PARTLY = "partly_achieved", "teilweise erreicht"
    NOT_ACHIEVED = "not_achieved", "nicht erreicht"
    DISCARDED = "discarded", "verworfen"


class NetworkSector(CodedEnum):
    FAMILY = "family", "Familie"
    FRIENDS = "friends", "Freundschaft/Nachbarschaft"
    WORK = "work", "Arbeit/Schule"
    PROFESSIONAL = "professional", "Fachkräfte/Dienste"


class StepOwner(CodedEnum):
    PERSON = "person", "die Person selbst"
    NETWORK = "network", "Kontakt aus dem Netzwerk"
    SERVICE = "service", "Dienst oder Angebot"
    CASEWORKER = "caseworker", "Fallmanagement"


class StrengthKind(CodedEnum):
    STRENGTH = "strength", "Stärke"
    INTEREST = "interest", "Interesse"
    ABILITY = "ability", "Fähigkeit"


@dataclass
class Person:
    id: str
    first_name: str
    last_name: str
    birth_date: date | None = None
    file_number: str = ""  # Aktenzeichen
    street: str = ""
    postcode: str = ""
    city: str = "Jena"
    place: str = ""  # Ortsteil / district / everyday name, as written
    home_sozialraum_id: str | None = None
    home_sozialraum_overridden: bool = False  # chosen by hand instead of derived from place
    phone: str = ""
    email: str = ""
    # communication needs
    easy_language: bool = False
    sign_language: bool = False
    interpreter_language: str = ""  # empty: no interpreter needed
    # mobility needs
    wheelchair: bool = False
    walking_distance_m: int | None = None  # how far the person can walk
    uses_public_transport: bool = True
    guardian: str = ""  # rechtliche Betreuung: name and contact
    trusted_person: str = ""  # Vertrauensperson: name and contact
    consent_given: bool = False
    consent_date: date | None = None
    caseworker: str = ""
    caseworker_phone: str = ""
    # statistical district of the home address: derived like the Sozialraum (street and
    # number, then place name) or chosen with it by hand; None when not known
    home_district_code: int | None = None

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass
class Wish:
    id: str
    text: str  # verbatim, in the person's own words
    said_on: date | None = None
    said_by: str = ""  # usually the person; may be a trusted person
    life_domain: str | None = None


@dataclass
class Goal:
    id: str
    wish_id: str | None
    title: str
    kind: GoalKind = GoalKind.HANDLUNGSZIEL
    life_domain: str | None = None
    indicator: str = ""  # "Woran merken wir, dass …"
    target_date: date | None = None
    status: GoalStatus = GoalStatus.OPEN
    evaluation_note: str = ""
    evaluation_date: date | None = None
    differing_view: str = ""
    no_offer_found: bool = False  # "kein passendes Angebot im Sozialraum"
    missing_offer_note: str = ""  # what is missing, for planning reports


@dataclass
class Strength:
    id: str
    text: str
    kind: StrengthKind = StrengthKind.STRENGTH


@dataclass
class NetworkContact:
    id: str
    name: str
    sector: NetworkSector
    closeness: int = 2  # 1 very close … 3 loose
    helps_with: str = ""
    contact: str = ""


@dataclass
class Barrier:
    id: str
    text: str


@dataclass
class OfferLink:
    id: str
    goal_id: str
    offer_id: str
    note: str = ""


@dataclass
class Step:
    id: str
    what: str
    owner: StepOwner = StepOwner.PERSON
    who: str = ""  # name of the contact, service or caseworker
    due_date: date | None = None
    done: bool = False
    goal_id: str | None = None


@dataclass
class FormalService:
    id: str
    type: str  # e.g. "Assistenzleistung (§ 113 SGB IX)"
    provider: str = ""
    hours_per_week: float | None = None
    start: date | None = None
    end: date | None = None


@dataclass
class Plan:
    """The working draft of a person's plan."""

    person_id: str
    review_date: date | None = None
    wishes: list[Wish] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    strengths: list[Strength] = field(default_factory=list)
    network: list[NetworkContact] = field(default_factory=list)
    barriers: list[Barrier] = field(default_factory=list)
    sozialraum_ids: list[str] = field(default_factory=list)  # home plus others used
    offer_links: list[OfferLink] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    services: list[FormalService] = field(default_factory=list)
    # for the formal plan (§ 121 Abs. 4 SGB IX)
    procedure: str = ""  # Verfahren und Instrumente
    own_activities: str = ""  # Aktivitäten der Person selbst
    wunsch_und_wahlrecht: str = ""  # how § 8 SGB IX was considered
    medical_findings: str = ""  # sozialmedizinische Gutachten
    cash_advice: str = ""  # Beratung zum Barbetrag
    differing_views: str = ""  # abweichende Sichtweisen to the plan as a whole


#: The plan's free texts for the formal plan (§ 121 Abs. 4 SGB IX): field -> German label.
PLAN_TEXT_LABELS: dict[str, str] = {
    "procedure": "Verfahren und Instrumente",
    "own_activities": "Aktivitäten der Person",
    "wunsch_und_wahlrecht": "Wunsch- und Wahlrecht",
    "medical_findings": "Sozialmedizinische Feststellungen",
    "cash_advice": "Beratung zum Barbetrag",
    "differing_views": "Abweichende Sichtweisen",
}


@dataclass
class PlanSnapshot:
    """Everything a printout needs, self-contained: the offers are copies."""

    person: Person
    plan: Plan
    offers: dict[str, Offer] = field(default_factory=dict)  # offer_id -> offer as linked
    sozialraum_names: dict[str, str] = field(default_factory=dict)
    life_domain_names: dict[str, str] = field(default_factory=dict)  # ICF names
    life_domain_plain_names: dict[str, str] = field(default_factory=dict)


@dataclass
class PlanVersion:
    person_id: str
    number: int  # 1, 2, … in the order of finalisation
    finalised_at: datetime
    finalised_by: str
    snapshot: PlanSnapshot
