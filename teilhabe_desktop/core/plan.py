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
from teilhabe_desktop.core.plan_map import PlanMap

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


class ResourceState(CodedEnum):
    """§ 121 Abs. 4 Nr. 3 SGB IX: self-help potential that is there or can be activated."""

    AVAILABLE = "available", "vorhanden"
    TO_ACTIVATE = "to_activate", "zu aktivieren"


class Housing(CodedEnum):
    """Wohnform; a special housing form makes § 121 Abs. 4 Nr. 6 (Barbetrag) apply."""

    OWN_HOME = "own_home", "eigene Wohnung"
    WITH_FAMILY = "with_family", "bei Angehörigen"
    SHARED = "shared_flat", "Wohngemeinschaft"
    SPECIAL = "special_housing", "besondere Wohnform (§ 42a Abs. 2 Nr. 2 SGB XII)"
    OTHER = "other", "andere Wohnform"


class ConsentPurpose(CodedEnum):
    """Purpose-specific consents (§ 117 Abs. 3, § 119 SGB IX, Art. 9 Abs. 2 lit. a DSGVO)."""

    PROVIDERS = "providers", "Austausch mit Leistungserbringern"
    REHABILITATION = "rehabilitation_bodies", "Beteiligung anderer Rehabilitationsträger"
    DOCTORS = "doctors", "Austausch mit Ärztinnen und Ärzten"
    CARE_INSURANCE = "care_insurance", "Austausch mit der Pflegekasse"
    CONFERENCE = "conference", "Teilnahme Dritter an der Gesamtplankonferenz"


class FactorKind(CodedEnum):
    """ITP Thüringen: environmental factors that help or hinder."""

    BARRIER = "barrier", "Barriere"
    FACILITATOR = "facilitator", "Förderfaktor"


class ParticipantRole(CodedEnum):
    """Who takes part in the Gesamtplanverfahren (§ 117 Abs. 2, § 119 Abs. 3 SGB IX)."""

    PERSON = "person", "leistungsberechtigte Person"
    TRUSTED = "trusted_person", "Vertrauensperson"
    GUARDIAN = "guardian", "rechtliche Betreuung"
    DOCTOR = "doctor", "Ärztin oder Arzt"
    HEALTH_OFFICE = "health_office", "Gesundheitsamt"
    EMPLOYMENT_AGENCY = "employment_agency", "Bundesagentur für Arbeit"
    REHABILITATION = "rehabilitation_body", "anderer Rehabilitationsträger"
    CARE_INSURANCE = "care_insurance", "Pflegekasse"
    PROVIDER = "provider", "Leistungserbringer"
    CASEWORKER = "caseworker", "Fallmanagement"
    OTHER = "other", "andere Beteiligte"


class Rater(CodedEnum):
    """Who rated a goal's attainment."""

    PERSON = "person", "die Person"
    CASEWORKER = "caseworker", "Fallmanagement"
    PROVIDER = "provider", "Leistungserbringer"
    TOGETHER = "together", "gemeinsam"


class PaymentForm(CodedEnum):
    """How a Leistung is paid (§§ 29, 105, 116 SGB IX)."""

    IN_KIND = "in_kind", "Sachleistung"
    PERSONAL_BUDGET = "personal_budget", "Persönliches Budget (§ 29 SGB IX)"
    LUMP_SUM = "lump_sum", "pauschale Geldleistung (§ 116 Abs. 1 SGB IX)"
    SHARED_USE = "shared_use", "gemeinsame Inanspruchnahme (§ 116 Abs. 2 SGB IX)"


#: Goal Attainment Scaling: the expected level is 0
GAS_LEVELS: dict[int, str] = {
    -2: "−2 viel weniger als erwartet",
    -1: "−1 etwas weniger als erwartet",
    0: "0 wie erwartet",
    1: "+1 etwas mehr als erwartet",
    2: "+2 viel mehr als erwartet",
}
#: ICF qualifiers of an impairment
ICF_QUALIFIERS: dict[int, str] = {
    0: "0 keine Beeinträchtigung",
    1: "1 leicht",
    2: "2 mäßig",
    3: "3 erheblich",
    4: "4 voll ausgeprägt",
}


@dataclass
class Consent:
    purpose: ConsentPurpose
    given: bool = False
    given_on: date | None = None
    note: str = ""  # limits, e.g. "nur Dr. Beispiel"


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
    consent_given: bool = False  # to the Gesamtplanung and its data processing
    consent_date: date | None = None
    caseworker: str = ""
    caseworker_phone: str = ""
    housing: Housing | None = None  # Wohnform
    care_level: int | None = None  # Pflegegrad 1–5; 0: none
    consents: list[Consent] = field(default_factory=list)  # further, purpose by purpose
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
    attainment: int | None = None  # Goal Attainment Scaling −2 … +2 (GAS_LEVELS)
    rated_by: Rater | None = None  # who rated the attainment (on evaluation_date)
    plain_title: str = ""  # in Leichter Sprache, first person, for Mein Plan
    plain_indicator: str = ""


@dataclass
class Strength:
    id: str
    text: str
    kind: StrengthKind = StrengthKind.STRENGTH
    state: ResourceState | None = None
    plain_text: str = ""


@dataclass
class NetworkContact:
    id: str
    name: str
    sector: NetworkSector
    closeness: int = 2  # 1 very close … 3 loose
    helps_with: str = ""
    contact: str = ""
    state: ResourceState | None = None
    plain_text: str = ""


@dataclass
class Barrier:
    """An environmental factor (ITP Thüringen): a barrier or, with ``kind``, a help."""

    id: str
    text: str
    kind: FactorKind = FactorKind.BARRIER
    life_domain: str | None = None
    sozialraum_id: str | None = None
    offer_id: str | None = None


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
    plain_text: str = ""


@dataclass
class FormalService:
    id: str
    type: str  # the name as written, e.g. "Assistenz beim Einkaufen"
    provider: str = ""
    hours_per_week: float | None = None
    start: date | None = None
    end: date | None = None
    kind: str | None = None  # code from core.service_kinds
    content: str = ""  # Inhalt
    hours_per_month: float | None = None  # scope per month instead of per week
    payment: PaymentForm | None = None
    goal_ids: list[str] = field(default_factory=list)
    provider_organization_id: str | None = None  # from the catalogue's Träger
    plain_text: str = ""


@dataclass
class Participant:
    """Someone who took part in the planning, with their role."""

    id: str
    name: str
    role: ParticipantRole = ParticipantRole.OTHER
    note: str = ""  # institution, how they took part


@dataclass
class Capability:
    """Fähigkeiten und Beeinträchtigungen in one life domain (ITP Thüringen, ICF)."""

    id: str  # the life domain code, d1 … d9
    qualifier: int | None = None  # ICF_QUALIFIERS
    description: str = ""


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
    # procedure (§ 19 Abs. 2, §§ 117–122 SGB IX)
    authority: str = ""  # Leistungsträger
    application_date: date | None = None  # Antragseingang
    responsible_since: date | None = None  # Zuständigkeitsklärung (§§ 14, 15)
    forwarded_from: str = ""  # weitergeleitet von
    assessment_instrument: str = ""  # Bedarfsermittlung (§ 118): ITP Thüringen
    assessment_date: date | None = None
    needs_findings: str = ""  # Feststellungen über den individuellen Bedarf
    employment_agency_statement: str = ""  # Stellungnahme der BA (§ 54)
    participants: list[Participant] = field(default_factory=list)
    conference_date: date | None = None  # Gesamtplankonferenz (§ 119)
    conference_participants: str = ""
    conference_results: str = ""
    agreement_date: date | None = None  # Teilhabezielvereinbarung (§ 122)
    agreement_content: str = ""
    caring_relatives: str = ""  # situation of caring relatives
    previous_support: str = ""  # bisherige Betreuungs- und Unterstützungssituation
    previous_experiences: str = ""  # bisherige Erfahrungen mit Hilfen
    work_and_day: str = ""  # Arbeit, Beschäftigung, Tagesstruktur
    capabilities: list[Capability] = field(default_factory=list)
    lump_sum_choice: str = ""  # Nr. 4: Wunsch- und Wahlrecht and a pauschale Geldleistung
    waivers: dict[str, str] = field(default_factory=dict)  # mandatory item → "entfällt" reason
    plain_checked_by: str = ""  # Prüflesen of Mein Plan by a reader of the target group
    plain_checked_on: date | None = None


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
    # the small map of the person's Sozialräume (core.plan_map); None in snapshots made
    # before there were maps, and when no Sozialraum has a shape
    sozialraum_map: PlanMap | None = None
    #: the caseworker's own Wörter-Buch terms (term -> plain explanation) as printed
    glossary: dict[str, str] = field(default_factory=dict)


@dataclass
class PlanVersion:
    person_id: str
    number: int  # 1, 2, … in the order of finalisation
    finalised_at: datetime
    finalised_by: str
    snapshot: PlanSnapshot
