"""A crafted database for the planning report: who has which goals where.

Lobeda, d9: three persons (Anna Berger with two goals there, Karl Weiß, Li Wu), so the
cell shows 3; Lobeda, d4: only Karl (shows "< 3"); Nord, d9: Mia Sommer with a goal
marked "kein passendes Angebot" whose note names Karl Weiß (it must never leave).
"""

from __future__ import annotations

from datetime import date

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.plan import Goal, GoalStatus, OfferLink, Person, Wish

NAMES = ("Anna", "Berger", "Karl", "Weiß", "Li", "Wu", "Mia", "Sommer")


def _offer(store, offer_id: str, mainstream: bool, domain: str = "d9") -> None:
    store.catalogue.save(
        Offer(offer_id, f"Treff {offer_id}", life_domains=[domain], mainstream=mainstream,
              sozialraum_id="lobeda")
    )  # fmt: skip


def _person(store, pid, first, last, sozialraum, goals, links=(), wish_on=None) -> None:
    store.persons.save(
        Person(pid, first, last, home_sozialraum_id=sozialraum, home_sozialraum_overridden=True)
    )
    plan = store.plans.draft(pid)
    if wish_on is not None:
        plan.wishes = [Wish(f"{pid}-w", "Ich möchte unter Leute.", said_on=wish_on)]
    plan.goals = goals
    plan.offer_links = [OfferLink(f"{pid}-l{i}", g, o) for i, (g, o) in enumerate(links)]
    store.plans.save_draft(plan)


def goal(gid: str, domain: str | None, **changes) -> Goal:
    return Goal(gid, changes.pop("wish_id", None), f"Ziel {gid}", life_domain=domain, **changes)


def craft(store) -> None:
    _offer(store, "regel", mainstream=True)
    _offer(store, "fach", mainstream=False)
    _person(
        store, "p-anna", "Anna", "Berger", "lobeda",
        [goal("a1", "d9"), goal("a2", "d9", no_offer_found=True,
                                missing_offer_note="Schwimmkurs für Frauen am Abend")],
        links=[("a1", "regel")],
    )  # fmt: skip
    _person(
        store, "p-karl", "Karl", "Weiß", "lobeda",
        [goal("k1", "d9", no_offer_found=True, missing_offer_note="Schwimmkurs am Abend"),
         goal("k2", "d4")],
        links=[("k1", "fach")],
    )  # fmt: skip
    _person(
        store, "p-li", "Li", "Wu", "lobeda",
        [goal("l1", "d9", no_offer_found=True, missing_offer_note="Chor ohne Noten",
              wish_id="p-li-w", status=GoalStatus.ACHIEVED, evaluation_date=date(2026, 2, 1))],
        wish_on=date(2025, 6, 1),
    )  # fmt: skip
    _person(
        store, "p-mia", "Mia", "Sommer", "nord",
        [goal("m1", "d9", no_offer_found=True, missing_offer_note="Tandem mit Karl Weiß")],
    )  # fmt: skip
