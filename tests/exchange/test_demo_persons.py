"""The example persons of ``--demo``: complete, idempotent, linked to example offers."""

from __future__ import annotations

from datetime import date

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer
from teilhabe_desktop.core.person_query import ReviewState
from teilhabe_desktop.core.plan_diff import diff_snapshots
from teilhabe_desktop.demo import DEMO_LOADERS
from teilhabe_desktop.exchange.demo_persons import load_demo_persons
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository

TODAY = date(2026, 3, 1)
IDS = ["demo-person-lobeda", "demo-person-nord", "demo-person-winzerla"]


def test_three_complete_persons_in_different_sozialraeume(store):
    load_demo_persons(store, TODAY)
    rows = PersonRepository(store.db).list()
    assert sorted(r.id for r in rows) == IDS
    assert {r.home_sozialraum_id for r in rows} == {"lobeda", "nord", "winzerla"}
    states = {r.id: r.review_state for r in PersonRepository(store.db, today=lambda: TODAY).list()}
    assert states["demo-person-nord"] is ReviewState.DUE
    assert states["demo-person-lobeda"] is ReviewState.OK
    plans = PlanRepository(store.db, today=lambda: TODAY)
    lobeda = PersonRepository(store.db).get("demo-person-lobeda")
    assert lobeda.wheelchair
    for pid in IDS:
        plan = plans.draft(pid)
        assert plan.wishes and plan.goals and plan.strengths and plan.network
        assert plan.barriers and plan.steps and plan.services
        assert all(" ich " in f" {w.text.lower()} " for w in plan.wishes)  # own words
        assert any(g.indicator for g in plan.goals)
        assert [v.number for v in plans.versions(pid)] == [1]
        # the draft goes on with a small change after the finalised version
        assert diff_snapshots(plans.snapshot(pid, 1), plans.snapshot(pid)) != []
        assert plans.problems(plan) == []
    assert "Ich möchte mit Tieren arbeiten." in [w.text for w in plans.draft(IDS[0]).wishes]


def test_loading_twice_changes_nothing(store):
    load_demo_persons(store, TODAY)
    before = PlanRepository(store.db).draft("demo-person-nord")
    load_demo_persons(store, TODAY)
    assert len(PersonRepository(store.db).list()) == 3
    assert PlanRepository(store.db).draft("demo-person-nord") == before
    assert [v.number for v in PlanRepository(store.db).versions("demo-person-nord")] == [1]


def test_example_offers_are_linked_when_the_catalogue_has_them(store):
    catalogue = CatalogueRepository(store.db)
    catalogue.save(
        Offer(
            "tiere",
            "Tierhof am Stadtrand",
            description="Praktikum mit Tieren",
            life_domains=["d8"],
            place="Lobeda-West",
            cost=Cost.FREE,
            accessibility={"step_free": Availability.YES},
        )
    )
    catalogue.save(
        Offer(
            "stufen",
            "Tierpension mit Treppe",
            description="Arbeit mit Tieren",
            life_domains=["d8"],
            place="Lobeda-West",
            accessibility={"step_free": Availability.NO},
        )
    )
    load_demo_persons(store, TODAY)
    links = PlanRepository(store.db).draft("demo-person-lobeda").offer_links
    assert [link.offer_id for link in links] == ["tiere"]
    assert PlanRepository(store.db).snapshot("demo-person-lobeda", 1).offers["tiere"].name


def test_demo_loader_is_wired():
    assert "teilhabe_desktop.exchange.demo_persons:load_demo_persons" in DEMO_LOADERS
