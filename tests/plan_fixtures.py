"""Hand-made persons, plans and offers for the planning tests (no database needed)."""

from __future__ import annotations

from datetime import date

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer
from teilhabe_desktop.core.plan import (
    Barrier,
    FormalService,
    Goal,
    GoalKind,
    NetworkContact,
    NetworkSector,
    OfferLink,
    Person,
    Plan,
    Step,
    StepOwner,
    Strength,
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


def full_plan(person_id: str = "p1", offer_id: str | None = None) -> Plan:
    plan = Plan(person_id, review_date=date(2027, 12, 31), sozialraum_ids=["lobeda", "nord"])
    plan.wishes = [
        Wish("w1", "Ich möchte mit Tieren arbeiten.", date(2026, 1, 5), "Anna", "d8"),
        Wish("w2", "Ich will Freunde finden.", None, "Anna", None),
    ]
    plan.goals = [
        Goal("g1", "w1", "Praktikum im Tierheim", GoalKind.HANDLUNGSZIEL, "d8",
             "Anna war vier Wochen jeden Dienstag im Tierheim.", date(2026, 9, 30)),
        Goal("g2", "w2", "Eine Freizeitgruppe besuchen", GoalKind.LEITZIEL, "d9"),
    ]  # fmt: skip
    plan.strengths = [Strength("s1", "Geduldig mit Tieren")]
    plan.network = [NetworkContact("n1", "Schwester Maria", NetworkSector.FAMILY, 1, "Fahrten")]
    plan.barriers = [Barrier("b1", "Bus nach Lobeda-West oft ohne Rampe")]
    if offer_id:
        plan.offer_links = [OfferLink("l1", "g1", offer_id, "Frau K. fragt nach")]
    plan.steps = [
        Step("st1", "Im Tierheim anrufen", StepOwner.PERSON, "Anna", date(2026, 2, 1), False, "g1")
    ]
    plan.services = [
        FormalService("f1", "Assistenzleistung (§ 113 SGB IX)", "Lebenshilfe", 4.5,
                      date(2026, 1, 1), date(2027, 12, 31))
    ]  # fmt: skip
    plan.procedure = "ITP Thüringen"
    return plan


__all__ = ["Availability", "Cost", "full_plan", "offer", "person"]
