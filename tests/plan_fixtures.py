"""Hand-made persons, plans and offers for the planning tests (no database needed)."""

from __future__ import annotations

from datetime import date

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer
from teilhabe_desktop.core.plan import (
    Barrier,
    FormalService,
    Goal,
    GoalKind,
    GoalStatus,
    NetworkContact,
    NetworkSector,
    OfferLink,
    Person,
    Plan,
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
        "home_district_code": 63,
    }
    values.update(changes)
    return Person(person_id, "Anna", "Beispiel", **values)


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
             "Kein Praktikum mit Fahrdienst in Lobeda."),
        Goal("g2", "w2", "Eine Freizeitgruppe besuchen", GoalKind.LEITZIEL, "d9",
             "Anna kennt zwei Leute aus der Gruppe mit Namen.", date(2027, 6, 30),
             GoalStatus.PARTLY, "Einmal in der Gruppe gewesen.", date(2026, 2, 20),
             "Anna möchte lieber allein hingehen.", True, "Keine Gruppe am Wochenende."),
    ]  # fmt: skip
    plan.strengths = [
        Strength("s1", "Geduldig mit Tieren", StrengthKind.ABILITY),
        Strength("s2", "Zeichnet gern", StrengthKind.INTEREST),
    ]
    plan.network = [
        NetworkContact("n1", "Schwester Maria", NetworkSector.FAMILY, 1, "Fahrten", "0176 1234567")
    ]
    plan.barriers = [Barrier("b1", "Bus nach Lobeda-West oft ohne Rampe")]
    if offer_id:
        plan.offer_links = [OfferLink("l1", "g1", offer_id, "Frau K. fragt nach")]
    plan.steps = [
        Step("st1", "Im Tierheim anrufen", StepOwner.NETWORK, "Schwester Maria",
             date(2026, 2, 1), True, "g1")
    ]  # fmt: skip
    plan.services = [
        FormalService("f1", "Assistenzleistung (§ 113 SGB IX)", "Lebenshilfe", 4.5,
                      date(2026, 1, 1), date(2027, 12, 31))
    ]  # fmt: skip
    plan.procedure = "ITP Thüringen"
    plan.own_activities = "Anna fragt selbst im Tierheim nach."
    plan.wunsch_und_wahlrecht = "Anna wählt den Anbieter selbst."
    plan.medical_findings = "Gutachten vom 10.01.2026 liegt vor."
    plan.cash_advice = "Beratung zum Barbetrag am 12.01.2026."
    plan.differing_views = "Die Schwester sieht den Umfang der Assistenz anders."
    return plan


__all__ = ["Availability", "Cost", "full_person", "full_plan", "offer", "person"]


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
