"""Hand-made persons, plans and offers for the planning tests (no database needed)."""

from __future__ import annotations

from datetime import date

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer
from teilhabe_desktop.core.gesamtplan_check import missing_items
from teilhabe_desktop.core.plan import (
    Barrier,
    Capability,
    Consent,
    ConsentPurpose,
    FactorKind,
    FormalService,
    Goal,
    GoalKind,
    GoalStatus,
    Housing,
    NetworkContact,
    NetworkSector,
    OfferLink,
    Participant,
    ParticipantRole,
    PaymentForm,
    Person,
    Plan,
    Rater,
    ResourceState,
    Step,
    StepOwner,
    Strength,
    StrengthKind,
    Wish,
)


def offer(offer_id: str, name: str, **changes) -> Offer:
    values = {"life_domains": ["d9"], "sozialraum_id": "lobeda", "place": "Lobeda-West"}
    values.update(changes)
    access = values.pop("step_free", None)
    result = Offer(offer_id, name, **values)
    if access is not None:
        result.accessibility["step_free"] = access
    return result


def person(person_id: str = "p1", **changes) -> Person:
    return Person(person_id, "Anna", "Beispiel", place="Lobeda-Ost", **changes)


def full_person(person_id: str = "p1", **changes) -> Person:
    """Every field differs from its default, so a dropped or swapped column shows."""
    values = {
        "birth_date": date(1990, 1, 2),
        "file_number": "AZ-17/2025",
        "street": "Karl-Marx-Allee 5",
        "postcode": "07747",
        "city": "Jena (Saale)",
        "place": "Lobeda-Ost",
        "home_sozialraum_id": "lobeda",
        "home_sozialraum_overridden": True,
        "phone": "03641 123456",
        "email": "anna@example.org",
        "easy_language": True,
        "sign_language": True,
        "interpreter_language": "Polnisch",
        "wheelchair": True,
        "walking_distance_m": 200,
        "uses_public_transport": False,
        "guardian": "Herr Betreuer, 03641 111",
        "trusted_person": "Frau Vertraut, 03641 222",
        "consent_given": True,
        "consent_date": date(2026, 1, 10),
        "caseworker": "Frau Schmidt",
        "caseworker_phone": "03641 49-0",
        "housing": Housing.SPECIAL,
        "care_level": 2,
        "consents": [
            Consent(ConsentPurpose.PROVIDERS, True, date(2026, 1, 10), "nur Lebenshilfe"),
            Consent(ConsentPurpose.DOCTORS, True, date(2026, 1, 11), "nur Hausarztpraxis"),
        ],
        "home_district_code": 63,
    }
    values.update(changes)
    return Person(person_id, "Anna", "Beispiel", **values)


def complete_gesamtplan(plan: Plan) -> Plan:
    """Fill every mandatory item of the Gesamtplan (core.gesamtplan_check) that ``plan``
    leaves empty, so that it can be finalised; returns ``plan``."""
    plan.authority = plan.authority or "Stadt Jena, Fachdienst Soziales"
    plan.application_date = plan.application_date or date(2025, 11, 3)
    plan.responsible_since = plan.responsible_since or date(2025, 11, 10)
    plan.needs_findings = plan.needs_findings or "Bedarf an Assistenz im Alltag."
    plan.assessment_instrument = plan.assessment_instrument or "ITP Thüringen"
    plan.assessment_date = plan.assessment_date or date(2026, 1, 12)
    plan.procedure = plan.procedure or "ITP Thüringen, Gespräche im Sozialraum"
    plan.own_activities = plan.own_activities or "Die Person fragt selbst nach."
    plan.wunsch_und_wahlrecht = plan.wunsch_und_wahlrecht or "Die Person wählt selbst."
    plan.lump_sum_choice = (
        plan.lump_sum_choice or "Eine pauschale Geldleistung ist nicht gewünscht."
    )
    if not plan.participants:
        plan.participants = [
            Participant(f"{plan.person_id}-pa", "Die Person selbst", ParticipantRole.PERSON)
        ]
    if not any(s.state for s in plan.strengths):
        plan.strengths.append(
            Strength(f"{plan.person_id}-s", "Ist zuverlässig", state=ResourceState.AVAILABLE)
        )
    for goal in plan.goals:
        goal.indicator = goal.indicator or "Die Person sagt, es hat geklappt."
    if not plan.goals:
        plan.goals = [Goal(f"{plan.person_id}-g", None, "Ein Ziel", indicator="Es ist erreicht.")]
    # what is still open is marked "entfällt" (cash advice applies only in a special
    # housing form, which the fixture persons do not live in)
    person = Person(plan.person_id, "", "", consent_given=True, housing=Housing.OWN_HOME)
    for requirement in missing_items(person, plan):
        if requirement.waivable:
            plan.waivers[requirement.key] = "Beispiel: liegt nicht vor"
    return plan


def full_plan(person_id: str = "p1", offer_id: str | None = None) -> Plan:
    """A plan in which every field of every item differs from its default.

    Without ``offer_id`` the plan has no offer links (the store refuses unknown offers).
    Values of different fields differ, so a swapped column shows as well.
    """
    plan = Plan(person_id, review_date=date(2027, 12, 31), sozialraum_ids=["lobeda", "nord"])
    plan.wishes = [
        Wish("w1", "Ich möchte mit Tieren arbeiten.", date(2026, 1, 5), "Anna", "d8"),
        Wish("w2", "Ich will Freunde finden.", date(2026, 1, 6), "Schwester Maria", "d7"),
    ]
    plan.goals = [
        Goal("g1", "w1", "Praktikum im Tierheim", GoalKind.LEITZIEL, "d8",
             "Anna war vier Wochen jeden Dienstag im Tierheim.", date(2026, 9, 30),
             GoalStatus.IN_PROGRESS, "Erstes Gespräch mit dem Tierheim war gut.",
             date(2026, 2, 15), "Die Mutter hält ein Praktikum für zu früh.", True,
             "Kein Praktikum mit Fahrdienst in Lobeda.", -1, Rater.PERSON,
             "Ich mache ein Praktikum im Tierheim.", "Ich war 4 Wochen im Tierheim."),
        Goal("g2", "w2", "Eine Freizeitgruppe besuchen", GoalKind.LEITZIEL, "d9",
             "Anna kennt zwei Leute aus der Gruppe mit Namen.", date(2027, 6, 30),
             GoalStatus.PARTLY, "Einmal in der Gruppe gewesen.", date(2026, 2, 20),
             "Anna möchte lieber allein hingehen.", True, "Keine Gruppe am Wochenende.",
             1, Rater.TOGETHER, "Ich gehe in eine Gruppe.", "Ich kenne 2 Leute."),
    ]  # fmt: skip
    plan.strengths = [
        Strength("s1", "Geduldig mit Tieren", StrengthKind.ABILITY, ResourceState.AVAILABLE,
                 "Ich bin geduldig mit Tieren."),
        Strength("s2", "Zeichnet gern", StrengthKind.INTEREST, ResourceState.TO_ACTIVATE,
                 "Ich zeichne gern."),
    ]  # fmt: skip
    plan.network = [
        NetworkContact("n1", "Schwester Maria", NetworkSector.FAMILY, 1, "Fahrten", "0176 1234567",
                       ResourceState.AVAILABLE, "Maria fährt mich.")
    ]  # fmt: skip
    plan.barriers = [
        # both helpful: the guard below wants every field off its default (BARRIER)
        Barrier(
            "b1",
            "Straßenbahn nach Lobeda ist stufenlos",
            FactorKind.FACILITATOR,
            "d4",
            "lobeda",
            offer_id,
        ),
        Barrier(
            "b2", "Nachbarin hilft beim Einkauf", FactorKind.FACILITATOR, "d6", "nord", offer_id
        ),
    ]
    if offer_id:
        plan.offer_links = [OfferLink("l1", "g1", offer_id, "Frau K. fragt nach")]
    plan.steps = [
        Step("st1", "Im Tierheim anrufen", StepOwner.NETWORK, "Schwester Maria",
             date(2026, 2, 1), True, "g1", "Maria ruft im Tierheim an.")
    ]  # fmt: skip
    plan.services = [
        FormalService("f1", "Assistenzleistung (§ 113 SGB IX)", "Lebenshilfe", 4.5,
                      date(2026, 1, 1), date(2027, 12, 31), "assistance_qualified",
                      "Begleitung zum Tierheim, Üben der Busfahrt", 18.0, PaymentForm.IN_KIND,
                      ["g1"], "org-lebenshilfe", "Eine Assistenz übt mit mir Bus fahren.")
    ]  # fmt: skip
    plan.procedure = "ITP Thüringen, Hausbesuch; Überprüfung der Ziele nach 6 Monaten"
    plan.own_activities = "Anna fragt selbst im Tierheim nach."
    plan.wunsch_und_wahlrecht = "Anna wählt den Anbieter selbst."
    plan.medical_findings = "Gutachten vom 10.01.2026 liegt vor."
    plan.cash_advice = "Beratung zum Barbetrag am 12.01.2026."
    plan.differing_views = "Die Schwester sieht den Umfang der Assistenz anders."
    plan.authority = "Stadt Jena, Fachdienst Soziales"
    plan.application_date = date(2025, 11, 3)
    plan.responsible_since = date(2025, 11, 10)
    plan.forwarded_from = "Agentur für Arbeit Jena"
    plan.assessment_instrument = "ITP Thüringen"
    plan.assessment_date = date(2026, 1, 12)
    plan.needs_findings = "Assistenz bei Wegen und im Haushalt."
    plan.employment_agency_statement = "Stellungnahme vom 05.12.2025: WfbM nicht angezeigt."
    plan.participants = [
        Participant("pa1", "Anna Beispiel", ParticipantRole.PERSON, "im Gespräch"),
        Participant("pa2", "Dr. Beispiel", ParticipantRole.DOCTOR, "Hausarztpraxis"),
    ]
    plan.conference_date = date(2026, 1, 20)
    plan.conference_participants = "Anna, Schwester Maria, Lebenshilfe"
    plan.conference_results = "Assistenz 4,5 Stunden pro Woche vereinbart."
    plan.agreement_date = date(2026, 1, 25)
    plan.agreement_content = "Praktikum im Tierheim bis September."
    plan.caring_relatives = "Die Schwester pflegt die Mutter mit."
    plan.previous_support = "Bisher Hilfe nur durch die Familie."
    plan.previous_experiences = "Eine Tagesstätte war zu laut."
    plan.work_and_day = "Vormittags zu Hause, nachmittags mit Maria unterwegs."
    plan.capabilities = [Capability(f"d{n}", n % 5, f"Beschreibung d{n}") for n in range(1, 10)]
    plan.lump_sum_choice = "Eine pauschale Geldleistung ist nicht gewünscht."
    plan.waivers = {"medical": "keine Gutachten vorhanden"}
    plan.plain_checked_by = "Prüfgruppe Leichte Sprache Jena"
    plan.plain_checked_on = date(2026, 2, 1)
    return plan


__all__ = [
    "Availability",
    "Cost",
    "complete_gesamtplan",
    "full_person",
    "full_plan",
    "offer",
    "person",
]


def save_lobeda(store, finalised: int = 1, now=None) -> str:
    """The Lobeda example in ``store`` (offers, person, plan), finalised ``finalised``
    times; from the second version on, the first wish differs. Returns the person id."""
    from teilhabe_desktop.store.catalogue import CatalogueRepository
    from teilhabe_desktop.store.persons import PersonRepository
    from teilhabe_desktop.store.plans import PlanRepository
    from tests.reports.snapshots import lobeda_snapshot

    example = lobeda_snapshot()
    for offer in example.offers.values():
        CatalogueRepository(store.db).save(offer)
    PersonRepository(store.db, today=lambda: date(2026, 3, 1)).save(example.person)
    clock = {"now": now} if now is not None else {}
    plans = PlanRepository(store.db, today=lambda: date(2026, 3, 1), **clock)
    plans.save_draft(example.plan)
    for number in range(1, finalised + 1):
        if number > 1:
            plan = plans.draft("p-lobeda")
            plan.wishes[0].text = "Ich möchte mit anderen zusammen kochen."
            plans.save_draft(plan)
        plans.finalise("p-lobeda", by="Sabine Krüger")
    return "p-lobeda"


def complete_person(person: Person) -> Person:
    """What the Gesamtplan needs of the person: consent and Wohnform; returns ``person``."""
    if not person.consent_given:
        person.consent_given, person.consent_date = True, person.consent_date or date(2026, 1, 5)
    person.housing = person.housing or Housing.OWN_HOME
    return person


def make_finalisable(db, person_id: str) -> None:
    """Complete the stored person and draft of ``person_id`` so that it can be finalised
    (for tests about what happens after finalising, not about completeness)."""
    from teilhabe_desktop.store.persons import PersonRepository
    from teilhabe_desktop.store.plans import PlanRepository

    persons, plans = PersonRepository(db), PlanRepository(db)
    persons.save(complete_person(persons.get(person_id)))
    plans.save_draft(complete_gesamtplan(plans.draft(person_id)))
